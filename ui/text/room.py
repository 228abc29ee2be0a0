"""The text view's scroll range, with room made past either end of the text when a line must
stay where it is on screen and the text is too short to scroll that far: rows added above a
line near the end, or taken away above a line near the top (the demo example giving way to
one's own layer at the first tag). The room goes again once it is no longer needed."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar


class ScrollRoom:
    def __init__(self, bar: QScrollBar):
        self.bar = bar
        self.below = 0  # room past the text's end
        self.above = 0  # room above the text's top (a negative scroll minimum)
        bar.valueChanged.connect(self._trim_above)

    def reset(self) -> None:
        self.below = self.above = 0

    def fit(self, end: int, page: int) -> None:
        """Set the range for a text that scrolls to `end`, keeping only the room still in use."""
        value = self.bar.value()
        self.below = max(0, min(self.below, value - end))
        self.above = max(0, min(self.above, -value))
        self.bar.setRange(-self.above, end + self.below)
        self.bar.setPageStep(page)

    def scroll_by(self, shift: int) -> None:
        """Scroll by `shift` pixels, making room at either end when the range is too short."""
        if not shift:
            return
        bar = self.bar
        target = bar.value() + shift
        if target > bar.maximum():
            self.below += target - bar.maximum()
            bar.setMaximum(target)
        elif target < bar.minimum():
            self.above += bar.minimum() - target
            bar.setMinimum(target)
        bar.setValue(target)

    def _trim_above(self, value: int) -> None:
        """The room above the text goes once the user scrolls down into the text."""
        if self.above > max(0, -value):
            self.above = max(0, -value)
            self.bar.setMinimum(-self.above)
