"""Keeping the review window's rows on the current disagreement: each row centred on the
disagreement's text (both ends of a relation when they fit), and the rows scrolled together
when the user scrolls one of them.

Only the text view's public geometry is used (`cursor_rect`, `span_bar_rect`, its scroll
bar), so each row centres by its own layout: rows differ in height by their span bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint

from ui.text import TextView


def _extent(view: TextView, ranges: Sequence[tuple[int, int]]) -> tuple[int, int, int]:
    """(top, bottom, line height) in document pixels of `ranges`, bars of the spans in them included."""
    scroll = view.verticalScrollBar().value()
    tops, bottoms, line = [], [], 0
    for a, b in ranges:
        first, last = view.cursor_rect(a), view.cursor_rect(max(a, b - 1))
        line = max(line, first.height())
        tops.append(first.top() + scroll)
        bottoms.append(last.bottom() + scroll)
        for uuid, span in view.spans().items():
            if span.start < b and a < span.end:
                bar = view.span_bar_rect(uuid)
                if not bar.isEmpty():
                    bottoms.append(bar.bottom() + view.verticalScrollBar().value())
    return min(tops), max(bottoms), line


def centre(view: TextView, ranges: Sequence[tuple[int, int]]) -> bool:
    """Scroll `view` so `ranges` (code-point ranges) sit in the middle of it, with a line of
    room above for arcs. When they do not fit together, the first range is centred instead.
    True when everything in `ranges` is in view afterwards."""
    if not ranges or not view.text:
        return True
    view.update_scrollbar()
    height = view.viewport().height()
    top, bottom, line = _extent(view, ranges)
    room = line * 2  # arcs are drawn above their line
    fits = bottom - top + room <= height
    if not fits:
        top, bottom, _ = _extent(view, ranges[:1])
    view.update_scrollbar()  # laying out the targets may have changed the height
    bar = view.verticalScrollBar()
    bar.setValue(int((top - room + bottom) / 2 - height / 2))
    return fits


class ScrollSync(QObject):
    """Scrolls every view with the one the user scrolls: the text at the top of that one is
    brought to the same height in the others. `paused` while the window scrolls them itself."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.views: list[TextView] = []
        self.paused = False

    def watch(self, views: Sequence[TextView]) -> None:
        self.views = list(views)
        for view in self.views:
            view.verticalScrollBar().valueChanged.connect(lambda _v, src=view: self.follow(src))

    def follow(self, source: TextView) -> None:
        if self.paused or not source.text or source not in self.views:
            return
        self.paused = True
        try:
            cp = source.position_at(QPoint(4, 1))
            offset = source.cursor_rect(cp).top()
            for view in self.views:
                if view is not source and view.text == source.text:
                    view.update_scrollbar()
                    bar = view.verticalScrollBar()
                    bar.setValue(bar.value() + view.cursor_rect(cp).top() - offset)
        finally:
            self.paused = False
