"""Where things are in the text view: viewport rectangles of positions, spans, bars and arc
labels, hit testing, and repainting only the lines that changed. A mixin of TextView."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect

from ui.text.layout import MARGIN_X

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


class GeometryMixin:
    """Needs `layout_`, `state`, `viewport()`, `verticalScrollBar()` and `spans()`."""

    def _block_rect(self, a: int, b: int) -> QRect:
        """The viewport rectangle of the line blocks (arcs, text, bars) holding [a, b)."""
        lay = self.layout_
        p1, k1, _ = lay.locate(a)
        p2, k2, _ = lay.locate(max(a, b))
        top = lay.paras[p1].top + lay.paras[p1].lines[k1].y - self._scroll()
        bottom = lay.paras[p2].top + lay.paras[p2].lines[k2].bottom - self._scroll()
        return QRect(0, int(top) - 1, self.viewport().width(), int(bottom - top) + 3)

    def _refresh_spans(self, *uuids: str | None, selection: tuple[int, int] | None = None) -> None:
        """Repaint only the lines of these spans, of their relations' arcs, and of a text
        selection: selecting and hovering never repaint the whole view."""
        if self.layout_ is None:
            return
        lay = self.layout_
        for uuid in uuids:
            span = lay.spans.get(uuid) if uuid else None
            if span is None:
                continue
            self.viewport().update(self._block_rect(span.start, span.end))
            for rid in lay.span_relations.get(uuid, ()):
                rel = lay.relations.get(rid)
                for end in (rel.head, rel.tail) if rel else ():
                    other = lay.spans.get(end)
                    if other is not None:
                        self.viewport().update(self._block_rect(other.start, other.start))
        if selection is not None:
            self.viewport().update(self._block_rect(*selection))

    def _scroll(self) -> float:
        return float(self.verticalScrollBar().value())

    def _update_scrollbar(self) -> None:
        h = self.layout_.height if self.layout_ else 0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(h - self.viewport().height())))
        bar.setPageStep(self.viewport().height())

    def position_at(self, pos: QPointF | QPoint) -> int:
        """The code-point boundary nearest a viewport point."""
        if self.layout_ is None:
            return 0
        p, k = self.layout_.line_at_y(pos.y() + self._scroll())
        return self.layout_.cp_at(p, k, pos.x() - MARGIN_X)

    def cursor_rect(self, cp: int) -> QRect:
        """The viewport rectangle of the text line at code-point boundary `cp` (zero width)."""
        p, k, x = self.layout_.locate(cp)
        para = self.layout_.paras[p]
        line = para.lines[k]
        top = para.top + line.text_top - self._scroll()
        return QRect(int(MARGIN_X + x), int(top), 1, int(line.text_h))

    def span_rect(self, span: str) -> QRect:
        """The viewport rectangle of a span's text on its first line."""
        s = self.spans()[span]
        a, b = self.cursor_rect(s.start), self.cursor_rect(s.end)
        if b.top() != a.top():  # runs onto the next line: to the end of the first line
            b = QRect(int(self.viewport().width() - MARGIN_X), a.top(), 1, a.height())
        return QRect(a.left(), a.top(), max(b.left() - a.left(), 2), a.height())

    def span_bar_rect(self, span: str) -> QRect:
        """The viewport rectangle of a span's bar and label (its own row under the text)."""
        p, k, _ = self.layout_.locate(self.spans()[span].start)
        para = self.layout_.paras[p]
        line = para.lines[k]
        for g in line.segments:
            if g.span == span:
                y = para.top + line.band_top + 2 + g.level * self.layout_.row_h - self._scroll()
                return QRect(int(MARGIN_X + g.x1), int(y), int(max(g.x2 - g.x1, 4)), int(self.layout_.row_h))
        return self.span_rect(span)

    def relation_label_rect(self, relation: str) -> QRect:
        rel = self.relations()[relation]
        for end in (rel.head, rel.tail):
            self.layout_.locate(self.spans()[end].start)  # both ends laid out
        for p, k, part in self.layout_.rel_parts.get(relation, []):
            para = self.layout_.paras[p]
            line = para.lines[k]
            y = para.top + line.text_top - 2 - (part.level + 0.5) * self.layout_.arc_row_h - self._scroll()
            return QRect(int(MARGIN_X + part.centre - part.label_w / 2), int(y - self.layout_.label_h / 2), int(part.label_w), int(self.layout_.label_h))
        return QRect()

    def ensure_visible(self, cp: int) -> None:
        if self.layout_ is None or not self.text and cp == 0:
            return
        rect = self.cursor_rect(cp)
        self._update_scrollbar()  # laying out the target may have changed the height
        bar = self.verticalScrollBar()
        margin = int(self.layout_.arc_row_h * 2)
        if rect.top() - margin < 0:
            bar.setValue(bar.value() + rect.top() - margin)
        elif rect.bottom() + margin > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() + margin - self.viewport().height())

    def hit(self, pos: QPointF | QPoint) -> Hit:
        """What lies under a viewport point."""
        lay = self.layout_
        if lay is None:
            return Hit()
        ydoc = pos.y() + self._scroll()
        p, k = lay.line_at_y(ydoc)
        para = lay.paras[p]
        if not para.lines:
            return Hit(cp=para.info.cp_start)
        line = para.lines[k]
        ly, x = ydoc - para.top, pos.x() - MARGIN_X
        text_bottom = line.text_top + line.text_h
        cp = lay.cp_at(p, k, x)
        selected = self.state.selected_span
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
            width = max(g.x2, g.x1 + lay.label_width(lay.label_text(g.span))) if g.first else g.x2
            if g.level == level and g.x1 - 2 <= x <= width + 2:
                return Hit(cp=cp, suggestion=g.span) if g.suggested else Hit(cp=cp, span=g.span)
        return Hit(cp=cp)

    def spans_at(self, cp: int) -> list[str]:
        """Spans holding code point `cp`, innermost (shortest) first."""
        if self.layout_ is None:
            return []
        p = self.layout_.map.paragraph_of_cp(cp)
        found = [self.spans()[u] for u in self.layout_.paras[p].spans]
        found = [s for s in found if s.start <= cp < s.end]
        return [s.uuid for s in sorted(found, key=lambda s: (s.end - s.start, s.start))]

