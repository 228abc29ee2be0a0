"""The review window's context strip: the current disagreement as one short row per proposal,
each piece of text in its sentence, so both ends of a relation are seen together however far
apart they are in the document (the rows below can only centre one of them then)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy

from annotator.disagreements import DocumentReview, RelationGroup, SpanGroup

STOPS = "।॥.?!\n"
WIDTH = 38  # code points of context kept on each side of the marked text, at most


def in_sentence(text: str, start: int, end: int, link: bool = False) -> str:
    """`text[start:end]` marked, with what its sentence holds around it (HTML, escaped); with
    `link`, the marked text is a link `end:START:END` (a click brings it into the rows)."""
    left = max((text.rfind(c, 0, start) for c in STOPS), default=-1) + 1
    right = min((i for i in (text.find(c, end) for c in STOPS) if i >= 0), default=len(text))
    before, after = text[max(left, start - WIDTH) : start].lstrip(), text[end : min(right + 1, end + WIDTH)].rstrip()
    lead = "…" if start - WIDTH > left else ""
    tail = "…" if end + WIDTH < right + 1 else ""
    mark = f"<span style='background:#FFE082'><b>{html.escape(text[start:end])}</b></span>"
    if link:
        mark = f"<a href='end:{start}:{end}'>{mark}</a>"
    return f"{lead}{html.escape(before)}{mark}{html.escape(after)}{tail}"


class ContextStrip(QLabel):
    """One line per proposal of the current disagreement, as rich text built only from
    escaped document text and names. A relation's ends are links: `endClicked(start, end)`."""

    endClicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._clicked)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("padding: 3px 6px; background: #FAFAFA; border-bottom: 1px solid #CFD8DC;")
        self.rows: list[str] = []

    def show_group(self, group: SpanGroup | RelationGroup | None, review: DocumentReview | None, text: str, names: list[str], shown: Callable[[str], str]) -> None:
        rows: list[str] = []
        if isinstance(group, SpanGroup):
            for name in names:
                mine = [c for c in group.candidates if name in c.annotators]
                got = " · ".join(f"{html.escape(c.label)} {in_sentence(text, c.start, c.end)}" for c in mine) or "— (nothing here)"
                rows.append(f"<b>{html.escape(shown(name))}</b>: {got}")
        elif isinstance(group, RelationGroup) and review is not None:
            for name in names:
                mine = [c for c in group.candidates if name in c.annotators]
                got = " · ".join(
                    f"{in_sentence(text, *c.ends[0], link=True)} <b>—{html.escape(c.label)}→</b> {in_sentence(text, *c.ends[1], link=True)}" for c in mine
                ) or "— (no relation here)"
                rows.append(f"<b>{html.escape(shown(name))}</b>: {got}")
        self.rows = rows
        self.setText("<br>".join(rows))
        self.setVisible(bool(rows))

    def _clicked(self, href: str) -> None:
        kind, _, where = href.partition(":")
        start, _, end = where.partition(":")
        if kind == "end" and start.isdigit() and end.isdigit():
            self.endClicked.emit(int(start), int(end))
