"""A shape per entity label, so labels are told apart without their colour (for colour-blind
annotators, a grey-scale print, a dim screen): the label chips in the text, the palette's
buttons and the entity list draw the label's shape beside its name. Shapes follow the
label's place in the scheme; past the last shape they repeat with the shape hollow."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SHAPES = ("circle", "square", "triangle", "diamond", "down", "hexagon", "plus", "star")


def _polygon(cx: float, cy: float, r: float, points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(cx + x * r, cy + y * r) for x, y in points]))
    path.closeSubpath()
    return path


def shape_path(index: int, rect: QRectF) -> QPainterPath:
    """The outline of shape `index` (mod the number of shapes) inside `rect`."""
    name = SHAPES[index % len(SHAPES)]
    cx, cy, r = rect.center().x(), rect.center().y(), min(rect.width(), rect.height()) / 2
    if name == "circle":
        path = QPainterPath()
        path.addEllipse(QPointF(cx, cy), r, r)
        return path
    if name == "square":
        path = QPainterPath()
        path.addRect(QRectF(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7))
        return path
    if name == "triangle":
        return _polygon(cx, cy, r, [(0, -1), (1, 0.85), (-1, 0.85)])
    if name == "diamond":
        return _polygon(cx, cy, r, [(0, -1), (1, 0), (0, 1), (-1, 0)])
    if name == "down":
        return _polygon(cx, cy, r, [(-1, -0.85), (1, -0.85), (0, 1)])
    if name == "hexagon":
        return _polygon(cx, cy, r, [(math.cos(a), math.sin(a)) for a in (i * math.pi / 3 for i in range(6))])
    if name == "plus":
        t = 0.38
        return _polygon(cx, cy, r, [(-t, -1), (t, -1), (t, -t), (1, -t), (1, t), (t, t), (t, 1), (-t, 1), (-t, t), (-1, t), (-1, -t), (-t, -t)])
    points = []  # star
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        k = 1.0 if i % 2 == 0 else 0.45
        points.append((k * math.cos(a), k * math.sin(a)))
    return _polygon(cx, cy, r, points)


def draw_shape(painter: QPainter, index: int, rect: QRectF, colour: QColor) -> None:
    """Shape `index` in `colour`: filled for the first round of shapes, hollow after."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour if index < len(SHAPES) else Qt.BrushStyle.NoBrush)
    painter.drawPath(shape_path(index, rect))
    painter.restore()


def shape_icon(colour: str | QColor, index: int, size: int = 14) -> QIcon:
    """A swatch of the label's colour with its shape drawn on it in a dark outline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(colour)
    path = shape_path(index, QRectF(1, 1, size - 2, size - 2))
    hollow = index >= len(SHAPES)
    painter.setPen(QPen(fill if hollow else fill.darker(200), 1.8 if hollow else 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else fill)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)
