"""The main window's minimum size. Its panels scroll, or cut their text short, when they get
less room than they want: an X server with no window manager gives the window any size it is
asked for, and a layout held to minimums it cannot have draws panels over each other (the
status bar over the arcs box, seen on Xvfb). So the window's own layout asks for little.
A window manager should still stop the user's resize where every panel shows whole: that
size is measured with the panels' full minimums and set on the window itself."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QWidget

FRAME = QSize(8, 36)  # a typical title bar and borders, kept on the screen


def hold_minimum(window: QMainWindow, relaxed: list[tuple[QWidget, QSize]]) -> None:
    """Set `window`'s minimum to its layout's minimum with each widget in `relaxed` at its
    full minimum (the size given; an empty size: the widget's own hint), never larger than
    the screen. The widgets keep their small minimums."""
    kept = [(widget, widget.minimumSize()) for widget, _ in relaxed]
    for widget, full in relaxed:
        widget.setMinimumSize(full if full.isValid() else QSize(0, 0))
    _settle(window, [w for w, _ in relaxed])
    wanted = window.layout().minimumSize()
    for widget, size in kept:
        widget.setMinimumSize(size)
    _settle(window, [w for w, _ in relaxed])
    screen = window.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size() - FRAME)
    window.setMinimumSize(wanted)


def _settle(window: QWidget, widgets: list[QWidget]) -> None:
    """Lay out again, now, every widget from these up to the window (a dock holds its own
    minimum, set by its layout, which otherwise follows only at the next event)."""
    for widget in widgets:
        while widget is not None and widget is not window:
            widget = widget.parentWidget()
            if widget is not None and widget.layout() is not None:
                widget.layout().invalidate()
                widget.layout().activate()
