"""Holding the text line being read still on screen while rows above it come or go: which
position to hold (the text under the pointer, else a changed span in view, else the top
line), and scrolling afterwards so that position's line is back where it was, with room
made past either end of the text when it is too short to scroll that far (`room`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF

from ui.text.layout import MARGIN_X

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollBar, QWidget

    from annotator.project import SpanRow
    from ui.text.layout import DocumentLayout
    from ui.text.room import ScrollRoom
    from ui.text.screen import Screen


class Surface(Protocol):
    """What the hold needs of the view (`TextCanvas` is the one implementation)."""

    text: str
    layout_: DocumentLayout | None
    room: ScrollRoom
    screen: Screen

    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...  # noqa: N802
    def update_scrollbar(self) -> None: ...
    def position_at(self, pos: QPointF | QPoint) -> int: ...
    def cursor_rect(self, cp: int) -> QRect: ...


class LineHold:
    """`pointer` is the last pointer position in the viewport (None once it left); the view
    sets it from its mouse events."""

    def __init__(self, view: Surface):
        self.view = view
        self.pointer: QPointF | None = None

    def top(self) -> int | None:
        """The position at the top line of the view; None with no text."""
        return self.view.position_at(QPointF(MARGIN_X, 0)) if self.view.text else None

    def anchor(self, spans: list[tuple[SpanRow | None, SpanRow | None]]) -> int | None:
        """The position whose line must stay where it is on screen while rows are added or
        removed: the text under the pointer, else the changed span (of these (before,
        after) pairs) when it is in view, else the top line (issue 13, item 8: the next
        drag must land where the eye is)."""
        view = self.view
        height = view.viewport().height()
        if self.pointer is not None and view.viewport().rect().contains(self.pointer.toPoint()):
            return view.position_at(self.pointer)
        for before, after in spans:
            row = after or before
            if row is not None and 0 <= view.cursor_rect(min(row.start, len(view.text))).top() < height:
                return row.start
        return self.top()

    def keep(self, anchor: int, before: int) -> None:
        """After heights changed: scroll so the anchor's line is back at screen y `before`,
        then draw everything again (lines above and below moved)."""
        view = self.view
        view.update_scrollbar()
        view.room.scroll_by(view.cursor_rect(anchor).top() - before)
        scroll = float(view.verticalScrollBar().value())
        if view.layout_.ensure_range(scroll, scroll + view.viewport().height()):
            view.update_scrollbar()  # lines laid out only now may have moved it again
            view.room.scroll_by(view.cursor_rect(anchor).top() - before)
        view.screen.invalidate()
        view.viewport().update()
