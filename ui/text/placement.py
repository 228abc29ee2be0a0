"""Where annotations sit on the laid-out lines: the laid-out pieces themselves (a paragraph's
`Para`, its visual `Line`s, the pieces of span bars, `Segment`, and of relation arcs,
`ArcPart`), and the stacking levels that keep them from overlapping. Functions of a document
layout's paragraph; the layout decides when to call them (see layout)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QFontMetricsF

from annotator.project import RelationRow

if TYPE_CHECKING:
    from PySide6.QtGui import QTextLayout, QTextLine

    from annotator.project import SpanRow
    from ui.text.offsets import OffsetMap, Paragraph

GAP = 4.0  # the least room between two lines
MARGIN_X = 16.0  # left and right margin of the text in the view
GLOSS_GAP = 6.0  # the least room between two romanised words on one line


@dataclass
class Segment:
    """The piece of one span on one visual line; x in line coordinates."""

    span: str
    x1: float
    x2: float
    first: bool  # the span's first piece carries the label name
    level: int = 0
    suggested: bool = False
    label_x: float = 0.0  # where the label name starts: under x1, or shifted left to fit the line

    def extent(self, label_w: float) -> tuple[float, float]:
        """The piece's horizontal reach with its label (only the first piece has one)."""
        if not self.first:
            return self.x1, self.x2
        return min(self.x1, self.label_x), max(self.x2, self.label_x + label_w)


@dataclass
class ArcPart:
    """The piece of one relation drawn above one line: from `x1` to `x2`, with a foot down to
    the head and/or tail span where they sit on this line (None where the arc runs off to
    the next or previous line)."""

    relation: str
    x1: float
    x2: float
    head_x: float | None
    tail_x: float | None
    label_w: float
    level: int = 0
    limit: float = 1e9  # the line's width: a label never runs off its right edge

    @property
    def centre(self) -> float:
        half = self.label_w / 2
        return min(max((self.x1 + self.x2) / 2, half), self.limit - half)



@dataclass(frozen=True)
class Suggested:
    """A suggested span (not in the project): drawn like a span, dashed, its label with '?'."""

    uuid: str
    start: int
    end: int
    label: str


@dataclass
class Line:
    qline: QTextLine
    start16: int  # QTextLayout positions inside the paragraph
    end16: int
    y: float = 0.0  # top of this line's block, relative to its paragraph
    arc_h: float = GAP
    text_h: float = 0.0
    gloss_h: float = 0.0  # the romanised row under the text (0 when the view is off)
    band_h: float = GAP
    segments: list[Segment] = field(default_factory=list)
    arcs: list[ArcPart] = field(default_factory=list)
    gloss: list[tuple[float, str]] = field(default_factory=list)  # (x, roman) per word

    @property
    def text_top(self) -> float:
        return self.y + self.arc_h

    @property
    def band_top(self) -> float:
        """Top of the span band: under the text and its gloss row."""
        return self.y + self.arc_h + self.text_h + self.gloss_h

    @property
    def bottom(self) -> float:
        return self.band_top + self.band_h


@dataclass
class Para:
    info: Paragraph
    layout: QTextLayout | None = None  # None until the paragraph is first needed
    lines: list[Line] = field(default_factory=list)
    top: float = 0.0
    height: float = 0.0
    spans: set[str] = field(default_factory=set)  # spans with a piece here
    arcs: set[str] = field(default_factory=set)  # relations with a part here
    suggested: set[str] = field(default_factory=set)  # suggestions with a piece here


class DocumentLayout(Protocol):
    """What placement reads and fills in of a document's layout (`layout.DocumentLayout` is
    the one implementation; written out so this module need not import it)."""

    map: OffsetMap
    paras: list[Para]
    spans: dict[str, SpanRow]
    suggested: dict[str, Suggested]
    anchors: dict[str, tuple[int, int, float]]
    rel_parts: dict[str, list[tuple[int, int, ArcPart]]]
    gloss: list[tuple[int, int, str]] | None
    width: float  # the view's width; lines are this less both margins

    def item(self, uuid: str) -> SpanRow | Suggested: ...
    def label_text(self, uuid: str) -> str: ...
    def relation_text(self, uuid: str) -> str: ...
    def label_width(self, name: str) -> float: ...


def stack(items: list[tuple[float, float]]) -> list[int]:
    """Levels for horizontal extents (lo, hi), given in priority order: each item takes the
    lowest level where it overlaps nothing already placed there."""
    levels: list[list[tuple[float, float]]] = []
    out: list[int] = []
    for lo, hi in items:
        for level, taken in enumerate(levels):
            if all(hi <= a or lo >= b for a, b in taken):
                taken.append((lo, hi))
                out.append(level)
                break
        else:
            levels.append([(lo, hi)])
            out.append(len(levels) - 1)
    return out


def build_segments(lay: DocumentLayout, p: int) -> None:
    """Cut every span and suggestion of laid-out paragraph p into one segment per line, note
    each span's anchor (where its arcs land), and stack the segments of each line."""
    para = lay.paras[p]
    info = para.info
    starts = [line.start16 for line in para.lines]
    label_right = lay.width - MARGIN_X - 2.0  # in line coordinates: up to the right margin's middle
    for line in para.lines:
        line.segments = []
    for uuid in [*para.spans, *para.suggested]:
        s = lay.item(uuid)
        suggested = uuid in lay.suggested
        a, b = max(s.start, info.cp_start), min(s.end, info.cp_end)
        la, lb = lay.map.local(a, info), lay.map.local(b, info)
        first_line = max(bisect_right(starts, la) - 1, 0)
        last_line = max(bisect_right(starts, max(lb - 1, la)) - 1, 0)
        for k in range(first_line, last_line + 1):
            line = para.lines[k]
            x1 = line.qline.cursorToX(max(la, line.start16))[0]
            x2 = line.qline.cursorToX(min(lb, line.end16))[0]
            if x2 - x1 < 4.0:  # a span of only spaces or a line break stays visible
                x2 = x1 + 4.0
            first = s.start >= info.cp_start and k == first_line
            # A label that would run past the right margin moves left until it fits (issue 13, item 9).
            label_x = max(0.0, min(x1, label_right - lay.label_width(lay.label_text(uuid)))) if first else x1
            line.segments.append(Segment(uuid, x1, x2, first, suggested=suggested, label_x=label_x))
            if first and not suggested:
                lay.anchors[uuid] = (p, k, (x1 + x2) / 2)
    for line in para.lines:
        # Inner (shorter) spans sit nearest the text; a label needs its width free.
        # Suggestions go under the spans, so accepting one never moves the others.
        line.segments.sort(key=lambda g: (g.suggested, lay.item(g.span).end - lay.item(g.span).start, g.x1))
        extents = [g.extent(lay.label_width(lay.label_text(g.span))) for g in line.segments]
        for g, level in zip(line.segments, stack(extents)):
            g.level = level


def arc_parts(lay: DocumentLayout, rel: RelationRow, right: float) -> list[tuple[int, int, ArcPart]]:
    """The parts of a relation's arc on the laid-out paragraphs it touches, `right` being the
    lines' width. Across paragraphs, which end comes first is known from the offsets alone,
    so each part needs only its own paragraph's layout."""
    w = lay.label_width(lay.relation_text(rel.uuid))
    hp = lay.map.paragraph_of_cp(lay.spans[rel.head].start)
    tp = lay.map.paragraph_of_cp(lay.spans[rel.tail].start)
    h, t = lay.anchors.get(rel.head), lay.anchors.get(rel.tail)
    if hp == tp:
        if h is None or t is None:
            return []
        if h[1] == t[1]:
            return [(hp, h[1], ArcPart(rel.uuid, min(h[2], t[2]), max(h[2], t[2]), h[2], t[2], w, limit=right))]
        head_first = h[1] < t[1]
    else:
        head_first = hp < tp
    out = []
    first, second = (h, t) if head_first else (t, h)
    if first is not None:  # from its anchor to the right edge, onto the next line
        out.append((first[0], first[1], ArcPart(rel.uuid, first[2], right, first[2] if head_first else None, None if head_first else first[2], w, limit=right)))
    if second is not None:  # in from the left edge down to its anchor
        out.append((second[0], second[1], ArcPart(rel.uuid, 0.0, second[2], None if head_first else second[2], second[2] if head_first else None, w, limit=right)))
    return out


def build_arcs(lay: DocumentLayout, p: int) -> None:
    """Hand each line of paragraph p the arc parts that run above it, stacked."""
    para = lay.paras[p]
    if para.layout is None:
        return
    for line in para.lines:
        line.arcs = []
    for rid in para.arcs:
        for q, k, part in lay.rel_parts.get(rid, []):
            if q == p:
                para.lines[k].arcs.append(part)
    for line in para.lines:
        line.arcs.sort(key=lambda a: (a.x2 - a.x1, a.x1))
        extents = [(min(a.x1, a.centre - a.label_w / 2), max(a.x2, a.centre + a.label_w / 2)) for a in line.arcs]
        for a, level in zip(line.arcs, stack(extents)):
            a.level = level


def place_gloss(lay: DocumentLayout, para: Para, starts_of_gloss: list[int], fm: QFontMetricsF, right: float) -> None:
    """Each Devanagari word's romanisation, centred under the word and pushed right just
    enough not to run into the one before it (a long romanisation of a short word), never
    past x `right`. `starts_of_gloss` are the gloss segments' starts, `fm` measures them."""
    info = para.info
    starts = [line.start16 for line in para.lines]
    lo = bisect_right(starts_of_gloss, info.cp_start - 1)
    prev_end: dict[int, float] = {}
    for a, b, roman in lay.gloss[lo:]:
        if a >= info.cp_end:
            break
        if not any(ch.isalnum() for ch in roman):
            continue  # a danda's "." under it says nothing
        la, lb = lay.map.local(a, info), lay.map.local(min(b, info.cp_end), info)
        k = max(bisect_right(starts, la) - 1, 0)
        if k >= len(para.lines):
            continue
        line = para.lines[k]
        x1 = line.qline.cursorToX(la)[0]
        x2 = line.qline.cursorToX(min(lb, line.end16))[0]
        w = fm.horizontalAdvance(roman)
        # Centred, kept inside the view (the right margin may take the last word's tail).
        x = max(min((x1 + x2) / 2 - w / 2, right - w), prev_end.get(k, 0.0), 0.0)
        line.gloss.append((x, roman))
        prev_end[k] = x + w + GLOSS_GAP
