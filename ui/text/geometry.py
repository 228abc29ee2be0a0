"""Where things are in the text view, as functions of a `DocumentLayout` and the scroll
position: viewport rectangles of positions, spans, bars and arc labels, hit testing, and the
spans under a position. No widget state: the view passes in what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect

from ui.text.layout import MARGIN_X, DocumentLayout

EDGE_GRAB = 5.0  # pixels either side of a selected span's edge that start an edge drag


@dataclass
class Hit:
    """What is under a point: text at code point `cp`, a span (bar or label), a suggested
    span's bar or label, a relation (arc or its label), or the edge of the selected span."""

    cp: int | None = None
    span: str | None = None
    relation: str | None = None
    edge: str | None = None  # "start" or "end"
    suggestion: str | None = None


def block_rect(lay: DocumentLayout, a: int, b: int, scroll: float, width: int) -> QRect:
    """The viewport rectangle of the line blocks (arcs, text, bars) holding [a, b)."""
    p1, k1, _ = lay.locate(a)
    p2, k2, _ = lay.locate(max(a, b))
    top = lay.paras[p1].top + lay.paras[p1].lines[k1].y - scroll
    bottom = lay.paras[p2].top + lay.paras[p2].lines[k2].bottom - scroll
    return QRect(0, int(top) - 1, width, int(bottom - top) + 3)


def span_blocks(lay: DocumentLayout, uuids: tuple[str | None, ...], scroll: float, width: int) -> list[QRect]:
    """The rectangles to repaint when these spans change look: their lines and the lines
    where their relations' arcs land."""
    out = []
    for uuid in uuids:
        span = lay.spans.get(uuid) if uuid else None
        if span is None:
            continue
        out.append(block_rect(lay, span.start, span.end, scroll, width))
        for rid in lay.span_relations.get(uuid, ()):
            rel = lay.relations.get(rid)
            for end in (rel.head, rel.tail) if rel else ():
                other = lay.spans.get(end)
                if other is not None:
                    out.append(block_rect(lay, other.start, other.start, scroll, width))
    return out


def position_at(lay: DocumentLayout, pos: QPointF | QPoint, scroll: float) -> int:
    """The code-point boundary nearest a viewport point."""
    p, k = lay.line_at_y(pos.y() + scroll)
    return lay.cp_at(p, k, pos.x() - MARGIN_X)


def cursor_rect(lay: DocumentLayout, cp: int, scroll: float) -> QRect:
    """The viewport rectangle of the text line at code-point boundary `cp` (zero width)."""
    p, k, x = lay.locate(cp)
    para = lay.paras[p]
    line = para.lines[k]
    top = para.top + line.text_top - scroll
    return QRect(int(MARGIN_X + x), int(top), 1, int(line.text_h))


def span_rect(lay: DocumentLayout, span: str, scroll: float, width: int) -> QRect:
    """The viewport rectangle of a span's text on its first line."""
    s = lay.spans[span]
    a, b = cursor_rect(lay, s.start, scroll), cursor_rect(lay, s.end, scroll)
    if b.top() != a.top():  # runs onto the next line: to the end of the first line
        b = QRect(int(width - MARGIN_X), a.top(), 1, a.height())
    return QRect(a.left(), a.top(), max(b.left() - a.left(), 2), a.height())


def span_bar_rect(lay: DocumentLayout, span: str, scroll: float, width: int) -> QRect:
    """The viewport rectangle of a span's bar and label (its own row under the text)."""
    p, k, _ = lay.locate(lay.spans[span].start)
    para = lay.paras[p]
    line = para.lines[k]
    for g in line.segments:
        if g.span == span:
            y = para.top + line.band_top + 2 + g.level * lay.row_h - scroll
            lo, hi = g.extent(lay.label_width(lay.label_text(span)))
            return QRect(int(MARGIN_X + lo), int(y), int(max(hi - lo, 4)), int(lay.row_h))
    return span_rect(lay, span, scroll, width)


def relation_label_rect(lay: DocumentLayout, relation: str, scroll: float) -> QRect:
    """The viewport rectangle of a relation's label on its first arc part (empty if none)."""
    rel = lay.relations[relation]
    for end in (rel.head, rel.tail):
        lay.locate(lay.spans[end].start)  # both ends laid out
    for p, k, part in lay.rel_parts.get(relation, []):
        para = lay.paras[p]
        line = para.lines[k]
        y = para.top + line.text_top - 2 - (part.level + 0.5) * lay.arc_row_h - scroll
        return QRect(int(MARGIN_X + part.centre - part.label_w / 2), int(y - lay.label_h / 2), int(part.label_w), int(lay.label_h))
    return QRect()


def hit(lay: DocumentLayout, pos: QPointF | QPoint, scroll: float, selected: str | None) -> Hit:
    """What lies under a viewport point; the edges of span `selected` can be grabbed."""
    ydoc = pos.y() + scroll
    p, k = lay.line_at_y(ydoc)
    para = lay.paras[p]
    if not para.lines:
        return Hit(cp=para.info.cp_start)
    line = para.lines[k]
    ly, x = ydoc - para.top, pos.x() - MARGIN_X
    text_bottom = line.text_top + line.text_h
    cp = lay.cp_at(p, k, x)
    if selected and line.text_top <= ly < text_bottom:  # edges are grabbed on the text
        for g in line.segments:
            if g.span != selected:
                continue
            s = lay.spans[selected]
            if abs(x - g.x1) <= EDGE_GRAB and g.first:
                return Hit(cp=cp, span=selected, edge="start")
            if abs(x - g.x2) <= EDGE_GRAB and lay.locate(s.end)[:2] == (p, k):
                return Hit(cp=cp, span=selected, edge="end")
    if ly < line.text_top:
        if lay.arcs_visible:
            for part in line.arcs:
                y = line.text_top - 2 - (part.level + 0.5) * lay.arc_row_h
                on_label = abs(x - part.centre) <= part.label_w / 2 and abs(ly - y) <= lay.label_h / 2
                on_line = part.x1 - 3 <= x <= part.x2 + 3 and abs(ly - y) <= 4
                if on_label or on_line:
                    return Hit(cp=cp, relation=part.relation)
        return Hit(cp=cp)
    if ly < line.band_top:  # the text, or its romanisation under it
        return Hit(cp=cp)
    level = int((ly - line.band_top - 2) // lay.row_h)
    for g in line.segments:
        lo, hi = g.extent(lay.label_width(lay.label_text(g.span)))
        if g.level == level and lo - 2 <= x <= hi + 2:
            return Hit(cp=cp, suggestion=g.span) if g.suggested else Hit(cp=cp, span=g.span)
    return Hit(cp=cp)


def spans_at(lay: DocumentLayout, cp: int) -> list[str]:
    """Spans holding code point `cp`, innermost (shortest) first."""
    p = lay.map.paragraph_of_cp(cp)
    found = [lay.spans[u] for u in lay.paras[p].spans]
    found = [s for s in found if s.start <= cp < s.end]
    return [s.uuid for s in sorted(found, key=lambda s: (s.end - s.start, s.start))]
