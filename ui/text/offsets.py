"""The one place that converts between core code-point offsets and Qt text positions.

The core counts Python code points into the stored text (DESIGN §3). Qt counts UTF-16 units,
and a QTextDocument turns every line break into one block separator: "\\r\\n" is ONE
position there, as are "\\n", a lone "\\r", U+2029 and the frame markers U+FDD0/U+FDD1.
An emoji (outside the BMP) is TWO positions. This module models exactly that, so the
window's positions agree with what `QTextDocument.setPlainText(text)` would hold, and
everything else in `ui/` converts through `OffsetMap` and nowhere else.

The map is built with two regex scans and answers with a bisect, so a 50,000-character
document costs well under a millisecond to map.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Characters (or pairs) that QTextDocument.setPlainText turns into a block break, longest
# first so that "\r\n" is taken as one break.
_BREAK = re.compile("\r\n|[\n\r\u2029\ufdd0\ufdd1]")
# What makes a code point count differently in UTF-16 and QTextDocument positions: a
# character outside the BMP (two units) and the "\n" of a "\r\n" pair (zero; the "\r" holds
# the single block-break position).
_EVENT = re.compile("[\U00010000-\U0010ffff]|\r\n")


def utf16_length(text: str) -> int:
    """Length of `text` in UTF-16 code units (what a QString holds)."""
    return len(text) + sum(1 for _ in re.finditer("[\U00010000-\U0010ffff]", text))


@dataclass(frozen=True)
class Paragraph:
    """One block of the text as Qt sees it: code points [cp_start, cp_end) without its line
    break, and the same run as Qt positions [qt_start, qt_end)."""

    index: int
    cp_start: int
    cp_end: int
    qt_start: int
    qt_end: int
    text: str


class OffsetMap:
    """Code points <-> QTextDocument positions for one stored text, both directions.

    `to_qt(b)` maps a code-point boundary b (0..len) to the Qt position of the same place.
    `to_cp(q)` maps back: the largest boundary b with `to_qt(b) <= q`, so a Qt position inside
    a surrogate pair falls back to the start of that character, and the position after a
    "\\r\\n" break maps past both of its characters. For every b on a character boundary that
    is not between "\\r" and "\\n", `to_cp(to_qt(b)) == b`.
    """

    def __init__(self, text: str):
        self.text = text
        positions: list[int] = []  # code point index where the count changes
        cumulative: list[int] = [0]  # cumulative[k]: total change of the first k events
        for m in _EVENT.finditer(text):
            if m.end() - m.start() == 2:  # "\r\n": the "\n" takes no position
                positions.append(m.start() + 1)
                cumulative.append(cumulative[-1] - 1)
            else:  # astral character: one code point, two UTF-16 units
                positions.append(m.start())
                cumulative.append(cumulative[-1] + 1)
        self._positions = positions
        self._cumulative = cumulative
        # Qt position of the boundary just after each event, for the reverse lookup.
        self._after_qt = [positions[k] + 1 + cumulative[k + 1] for k in range(len(positions))]
        self.qt_length = len(text) + cumulative[-1]
        self.paragraphs = self._split(text)
        self._para_cp_starts = [p.cp_start for p in self.paragraphs]
        self._para_qt_starts = [p.qt_start for p in self.paragraphs]

    # -- conversions ------------------------------------------------------------------------

    def to_qt(self, cp: int) -> int:
        """The Qt position of code-point boundary `cp` (clamped to the text)."""
        cp = min(max(cp, 0), len(self.text))
        return cp + self._cumulative[bisect_left(self._positions, cp)]

    def to_cp(self, qt: int) -> int:
        """The code-point boundary at Qt position `qt` (see the class contract)."""
        qt = min(max(qt, 0), self.qt_length)
        j = bisect_right(self._after_qt, qt)
        cp = qt - self._cumulative[j]
        if j < len(self._positions):
            cp = min(cp, self._positions[j])
        return min(max(cp, 0), len(self.text))

    def document_text(self) -> str:
        """The text with every block break written as "\\n": what `QTextDocument.toPlainText()`
        returns after `setPlainText(self.text)`, position for position (toPlainText also
        writes a U+2028 line separator, which stays inside its block, as "\n")."""
        return _BREAK.sub("\n", self.text)

    # -- paragraphs -------------------------------------------------------------------------

    def _split(self, text: str) -> list[Paragraph]:
        out: list[Paragraph] = []
        start = 0
        for m in _BREAK.finditer(text):
            out.append(self._paragraph(len(out), start, m.start()))
            start = m.end()
        out.append(self._paragraph(len(out), start, len(text)))
        return out

    def _paragraph(self, index: int, cp_start: int, cp_end: int) -> Paragraph:
        return Paragraph(index, cp_start, cp_end, self.to_qt(cp_start), self.to_qt(cp_end), self.text[cp_start:cp_end])

    def paragraph_of_cp(self, cp: int) -> int:
        """Index of the paragraph holding code point `cp`; a line break belongs to the
        paragraph it ends, and `len(text)` to the last paragraph."""
        return max(bisect_right(self._para_cp_starts, cp) - 1, 0)

    def paragraph_of_qt(self, qt: int) -> int:
        return max(bisect_right(self._para_qt_starts, qt) - 1, 0)

    def local(self, cp: int, paragraph: Paragraph) -> int:
        """The UTF-16 index inside `paragraph.text` (a QTextLayout position) of boundary `cp`,
        clamped to the paragraph."""
        return min(max(self.to_qt(cp) - paragraph.qt_start, 0), paragraph.qt_end - paragraph.qt_start)

    def from_local(self, local: int, paragraph: Paragraph) -> int:
        """The code-point boundary of QTextLayout position `local` in `paragraph`."""
        return self.to_cp(paragraph.qt_start + local)
