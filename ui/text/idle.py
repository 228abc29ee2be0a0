"""The text view's idle layout pass: paragraphs not needed for the first screen are laid out
a few milliseconds at a time while the event loop is idle, so opening a long document costs
what its first screen costs."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollBar, QWidget

    from ui.text.layout import DocumentLayout


class Surface(Protocol):
    """What the idle pass needs of the view (`TextCanvas` is the one implementation)."""

    layout_: DocumentLayout | None

    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...  # noqa: N802
    def update_scrollbar(self) -> None: ...


class IdleLayout(QObject):
    """Lays out `view`'s remaining paragraphs in small steps, keeping what is on screen still
    while the estimated heights above it become exact."""

    def __init__(self, view: Surface):
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.step)

    def start(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        """Whether paragraphs are still waiting to be laid out."""
        return self._timer.isActive()

    def step(self, budget: float = 0.006) -> None:
        """Lay out paragraphs for about `budget` seconds; stops the pass when all are done."""
        view = self.view
        lay = view.layout_
        if lay is None:
            self._timer.stop()
            return
        deadline = time.perf_counter() + budget
        bar = view.verticalScrollBar()
        changed_visible = False
        while time.perf_counter() < deadline:
            p = lay.next_unlaid()
            if p is None:
                self._timer.stop()
                break
            # Keep what is on screen still while estimates above it become exact.
            anchor = lay.para_at_y(bar.value())
            offset = bar.value() - lay.paras[anchor].top
            lay.ensure(p)
            if p < anchor:
                view.update_scrollbar()
                bar.setValue(int(lay.paras[anchor].top + offset))
            elif lay.paras[p].top <= bar.value() + view.viewport().height():
                changed_visible = True
        view.update_scrollbar()
        if changed_visible:
            view.viewport().update()
