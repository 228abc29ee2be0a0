"""Painting of the text view: highlights, the text, its romanisation (gloss row), span bars
with label names, suggested spans (dashed, label with '?'), and relation arcs with labelled
arrows. Only the lines inside the exposed rectangle are drawn."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from ui.contrast import readable_chip, text_on
from ui.shapes import draw_shape
from ui.text.layout import BAR_H, MARGIN_X, DocumentLayout, Line, Para
from ui.text.placement import ArcPart

FIND_COLOUR = QColor(255, 235, 59, 150)
CURRENT_FIND_COLOUR = QColor(255, 152, 0, 170)
GLOSS_COLOUR = QColor("#455A64")


@dataclass
class PaintState:
    """What the view shows besides the annotations themselves."""

    entity_colours: dict[str, QColor] = field(default_factory=dict)
    entity_shapes: dict[str, int] = field(default_factory=dict)  # label -> ui.shapes index
    relation_colours: dict[str, QColor] = field(default_factory=dict)
    directed: dict[str, bool] = field(default_factory=dict)
    selection: tuple[int, int] | None = None
    caret: int | None = None
    selected_span: str | None = None
    selected_relation: str | None = None
    hover_span: str | None = None
    pick_head: str | None = None
    pick_target: str | None = None
    preview: tuple[str, int, int] | None = None  # span being dragged: (uuid, start, end)
    find_hits: list[tuple[int, int]] = field(default_factory=list)
    current_hit: int = -1
    current_suggestion: str | None = None


def _line_cps(layout: DocumentLayout, para: Para, line: Line) -> tuple[int, int]:
    info = para.info
    return layout.map.from_local(line.start16, info), layout.map.from_local(line.end16, info)


def _range_x(layout: DocumentLayout, para: Para, line: Line, a: int, b: int, cps: tuple[int, int]) -> tuple[float, float] | None:
    """The x extent on `line` of code points [a, b), or None when they are not on it."""
    lo, hi = cps
    if b <= lo or a >= hi and not (a == b == hi):
        return None
    info = para.info
    la = max(layout.map.local(max(a, lo), info), line.start16)
    lb = min(layout.map.local(min(b, hi), info), line.end16)
    return line.qline.cursorToX(la)[0], line.qline.cursorToX(lb)[0]


def paint(painter: QPainter, layout: DocumentLayout, state: PaintState, rect: QRectF, scroll_y: float, palette: QPalette) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    related = set(layout.span_relations.get(state.hover_span or "", set())) | set(layout.span_relations.get(state.selected_span or "", set()))
    page = palette.color(QPalette.ColorRole.Base)  # label text is made readable on it (ui.contrast)
    for p, k, line in list(layout.visible_lines(scroll_y + rect.top(), scroll_y + rect.bottom())):
        para = layout.paras[p]
        top = para.top + line.y - scroll_y
        text_top = top + line.arc_h
        cps = _line_cps(layout, para, line)
        _paint_fills(painter, layout, state, para, line, cps, text_top, palette)
        painter.setPen(palette.color(QPalette.ColorRole.Text))  # QTextLine.draw uses the pen
        line.qline.draw(painter, QPointF(MARGIN_X, text_top))
        if line.gloss:
            _paint_gloss(painter, layout, line, text_top + line.text_h, page)
        _paint_spans(painter, layout, state, line, text_top, page)
        if layout.arcs_visible:
            for part in line.arcs:
                _paint_arc(painter, layout, state, part, text_top, part.relation in related, page)
        if state.caret is not None and state.selection is None and cps[0] <= state.caret <= cps[1]:
            x = _range_x(layout, para, line, state.caret, state.caret, cps)
            if x is not None:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
                painter.drawLine(QPointF(MARGIN_X + x[0], text_top), QPointF(MARGIN_X + x[0], text_top + line.text_h))


def _paint_gloss(painter: QPainter, layout: DocumentLayout, line: Line, top: float, page: QColor) -> None:
    painter.setFont(layout.gloss_font)
    painter.setPen(text_on(GLOSS_COLOUR, page))
    baseline = top + QFontMetricsF(layout.gloss_font).ascent()
    for x, roman in line.gloss:
        painter.drawText(QPointF(MARGIN_X + x, baseline), roman)


def _fill(painter: QPainter, x: tuple[float, float], top: float, h: float, colour: QColor) -> None:
    painter.fillRect(QRectF(MARGIN_X + x[0], top, max(x[1] - x[0], 2.0), h), colour)


def _paint_fills(painter, layout, state, para, line, cps, text_top, palette) -> None:
    h = line.text_h
    for g in line.segments:
        s = layout.item(g.span)
        colour = QColor(state.entity_colours.get(s.label, QColor("#B0BEC5")))
        if g.suggested:
            current = g.span == state.current_suggestion
            if current:
                fill = QColor(colour)
                fill.setAlpha(45)
                painter.fillRect(QRectF(MARGIN_X + g.x1, text_top, g.x2 - g.x1, h), fill)
            painter.setPen(QPen(colour.darker(150 if current else 120), 2.0 if current else 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(MARGIN_X + g.x1, text_top, g.x2 - g.x1, h))
            continue
        colour.setAlpha(70 if g.span in (state.selected_span, state.hover_span) else 38)
        # The highlight covers the word's romanisation too, so the two read as one.
        painter.fillRect(QRectF(MARGIN_X + g.x1, text_top, g.x2 - g.x1, h + line.gloss_h), colour)
    hits = state.find_hits
    i = max(bisect_left(hits, (cps[0], -1)) - 1, 0)
    while i < len(hits) and hits[i][0] <= cps[1]:
        x = _range_x(layout, para, line, hits[i][0], hits[i][1], cps)
        if x is not None:
            _fill(painter, x, text_top, h, CURRENT_FIND_COLOUR if i == state.current_hit else FIND_COLOUR)
        i += 1
    if state.selection is not None:
        x = _range_x(layout, para, line, state.selection[0], state.selection[1], cps)
        if x is not None:
            colour = QColor(palette.color(QPalette.ColorRole.Highlight))
            colour.setAlpha(110)
            _fill(painter, x, text_top, h, colour)
    if state.preview is not None:
        _, a, b = state.preview
        x = _range_x(layout, para, line, a, b, cps)
        if x is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(MARGIN_X + x[0], text_top, x[1] - x[0], h))


def _label(painter: QPainter, layout: DocumentLayout, rect: QRectF, shape: int | None, text: str, colour: QColor, text_colour: QColor) -> None:
    """A span label: its shape (if any), then its name and marks."""
    x = rect.left() + 2
    if shape is not None:
        size = layout.shape_w - 2
        draw_shape(painter, shape, QRectF(x, rect.center().y() - size / 2, size, size), colour)
    painter.setPen(text_colour)
    painter.drawText(QRectF(x + layout.shape_w, rect.top(), rect.width() - layout.shape_w - 2, rect.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_spans(painter: QPainter, layout: DocumentLayout, state: PaintState, line: Line, text_top: float, page: QColor) -> None:
    band_top = text_top + line.text_h + line.gloss_h + 2.0
    painter.setFont(layout.label_font)
    for g in line.segments:
        s = layout.item(g.span)
        colour = QColor(state.entity_colours.get(s.label, QColor("#B0BEC5")))
        y = band_top + g.level * layout.row_h
        if g.suggested:
            _paint_suggested(painter, layout, state, g, colour, y, g.span == state.current_suggestion, page)
            continue
        selected = g.span == state.selected_span
        picked = g.span in (state.pick_head, state.pick_target)
        painter.fillRect(QRectF(MARGIN_X + g.x1, y, g.x2 - g.x1, BAR_H + (1.5 if selected else 0.0)), colour.darker(115) if selected else colour)
        if selected or picked:
            pen = QPen(colour.darker(170), 1.5, Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(MARGIN_X + g.x1 - 1, text_top - 1, g.x2 - g.x1 + 2, line.text_h + 2))
        if g.first:
            text = layout.label_text(g.span)  # the label and its note / unsure marks
            label_rect = QRectF(MARGIN_X + g.label_x, y + BAR_H, layout.label_width(text), layout.label_h)
            shape = state.entity_shapes.get(s.label)
            if selected:
                fill, ink = readable_chip(colour)
                painter.fillRect(label_rect, fill)
                _label(painter, layout, label_rect, shape, text, ink, ink)
            else:
                ink = text_on(colour, page)
                _label(painter, layout, label_rect, shape, text, ink, ink)


def _paint_suggested(painter: QPainter, layout: DocumentLayout, state: PaintState, g, colour: QColor, y: float, current: bool, page: QColor) -> None:
    """A suggestion's bar is dashed and its label reads 'LABEL?'; the current one is filled."""
    painter.setPen(QPen(colour.darker(130), BAR_H, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(MARGIN_X + g.x1, y + BAR_H / 2), QPointF(MARGIN_X + g.x2, y + BAR_H / 2))
    if not g.first:
        return
    text = layout.label_text(g.span)
    rect = QRectF(MARGIN_X + g.label_x, y + BAR_H, layout.label_width(text), layout.label_h)
    shape = state.entity_shapes.get(layout.item(g.span).label)
    if current:
        fill, ink = readable_chip(colour)
        painter.fillRect(rect, fill)
    else:
        ink = text_on(colour, page)
        painter.setPen(QPen(ink, 1.0, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    _label(painter, layout, rect, shape, text, ink, ink)


def _paint_arc(painter: QPainter, layout: DocumentLayout, state: PaintState, part: ArcPart, text_top: float, related: bool, page: QColor) -> None:
    rel = layout.relations.get(part.relation)
    if rel is None:
        return
    colour = QColor(state.relation_colours.get(rel.label, QColor("#555555")))
    selected = part.relation == state.selected_relation
    y = text_top - 2.0 - (part.level + 0.5) * layout.arc_row_h
    foot = text_top + 1.0
    pen = QPen(colour, 2.4 if (selected or related) else 1.2)
    if (state.hover_span or state.selected_span) and not related and not selected:
        colour.setAlpha(170)  # stays readable; the related arcs are stressed by their width
        pen.setColor(colour)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x1, x2 = MARGIN_X + part.x1, MARGIN_X + part.x2
    r = min(6.0, (x2 - x1) / 2) if x2 > x1 else 0.0
    path = QPainterPath()
    if part.x1 == part.head_x or part.x1 == part.tail_x:
        path.moveTo(x1, foot)
        path.lineTo(x1, y + r)
        path.quadTo(x1, y, x1 + r, y)
    else:  # continues from the previous line
        path.moveTo(x1 - 4, y)
    if part.x2 == part.head_x or part.x2 == part.tail_x:
        path.lineTo(x2 - r, y)
        path.quadTo(x2, y, x2, y + r)
        path.lineTo(x2, foot)
    else:  # continues on the next line
        path.lineTo(x2 + 4, y)
    painter.drawPath(path)
    if part.tail_x is not None and state.directed.get(rel.label, True):
        tx = MARGIN_X + part.tail_x
        painter.setBrush(QBrush(pen.color()))
        painter.drawPolygon(QPolygonF([QPointF(tx, foot + 1), QPointF(tx - 4, foot - 6), QPointF(tx + 4, foot - 6)]))
    label_rect = QRectF(MARGIN_X + part.centre - part.label_w / 2, y - layout.label_h / 2, part.label_w, layout.label_h)
    fill, ink = readable_chip(colour) if selected else (QColor(page.red(), page.green(), page.blue(), 235), text_on(colour, page))
    painter.setBrush(QBrush(fill))
    painter.setPen(QPen(colour, 1.0))
    painter.drawRoundedRect(label_rect, 3, 3)
    painter.setPen(ink)
    painter.setFont(layout.label_font)
    painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, layout.relation_text(part.relation))
