"""Find in the text (Ctrl+F): folded matching from the core (nukta, digits, ZWJ/ZWNJ), hits
highlighted in the view, Enter/F3 steps through them and selects the hit for tagging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.text import find_folded
from ui.text_view import TextView


class _Edit(QLineEdit):
    def __init__(self, bar: FindBar):
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: TextView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.edit = _Edit(self)
        self.edit.setPlaceholderText("Find in this document (Enter: next, Shift+Enter: previous, Esc: close)")
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for text, delta in (("▲", -1), ("▼", 1)):
            button = QToolButton()
            button.setText(text)
            button.clicked.connect(lambda _=False, d=delta: self.step(d))
            layout.addWidget(button)
        close = QToolButton()
        close.setText("✕")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.edit.textChanged.connect(self.refresh)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        sel = self.view.selection()
        if sel and sel[1] - sel[0] < 80 and not self.edit.text():
            self.edit.setText(self.view.text[sel[0] : sel[1]])
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.view.set_find_hits([])
        self.view.setFocus()

    def refresh(self) -> None:
        query = self.edit.text()
        self.hits = find_folded(self.view.text, query) if (query and self.isVisible()) else []
        self.current = -1
        self.view.set_find_hits(self.hits)
        self.count.setText(f"{len(self.hits)} found" if query else "")
        if self.hits:
            self.step(1)

    def step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self.hits:
            self.count.setText("not found" if self.edit.text() else "")
            return
        self.current = (self.current + delta) % len(self.hits)
        a, b = self.hits[self.current]
        self.view.set_text_selection(a, b, precise=True)
        self.view.set_find_hits(self.hits, self.current)
        self.count.setText(f"{self.current + 1} of {len(self.hits)}")
