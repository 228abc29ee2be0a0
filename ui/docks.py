"""The main window's docks and their widths: a dock made with the object name saveState()
needs, the first run's share of the width between the article and the two side docks, and
the room the docks give back when the window is made narrower (Qt gives all of a resize to
the centre) and take again when it is made wider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def add_dock(window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    """A dock on `window` holding `widget`, named `name` for the saved window state."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState() needs object names
    dock.setAccessibleName(title)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


class DockWidths:
    """Keeps at least half the window's width for the article: `window` calls `resized` from
    its resizeEvent. `docks` are the side docks that share the rest (left to right)."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]):
        self.window = window
        self.docks = docks
        self._had: dict[str, int] = {}  # the docks' widths before a narrower window took some

    def first_run(self, first_width: int) -> None:
        """No saved layout: the first dock gets `first_width` (at most 24% of the window),
        the second 26%, the article the rest."""
        width = self.window.width()
        first, second = self.docks
        self.window.resizeDocks([first, second], [min(first_width, int(width * 0.24)), int(width * 0.26)], Qt.Orientation.Horizontal)

    def resized(self, event: QResizeEvent) -> None:
        """A window made narrower keeps at least half its width for the article: the docks
        give back their share. Made wider again, the docks get back what they gave, up to
        the widths they had."""
        window = self.window
        docks = [d for d in self.docks if d.isVisible() and not d.isFloating()]
        width, used, old = window.width(), sum(d.width() for d in docks), event.oldSize().width()
        if docks and used > width * 0.5 and old > width:
            for d in docks:
                self._had.setdefault(d.objectName(), d.width())
            scale = width * 0.5 / used
            window.resizeDocks(docks, [max(int(d.width() * scale), d.minimumSizeHint().width()) for d in docks], Qt.Orientation.Horizontal)
        elif docks and self._had and 0 < old < width:
            had = [self._had.get(d.objectName(), d.width()) for d in docks]
            scale = min(1.0, width * 0.5 / sum(had))
            window.resizeDocks(docks, [max(int(h * scale), d.width()) for h, d in zip(had, docks)], Qt.Orientation.Horizontal)
            if scale >= 1.0:
                self._had.clear()
