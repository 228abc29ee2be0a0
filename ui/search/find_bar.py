"""Find in the text (Ctrl+F): the core's `find_in_text` — a Devanagari query matches folded
(nukta, digits, ZWJ/ZWNJ, anusvara/chandrabindu), whole words unless the toggle is off, a
Roman one phonetically ("ajay mishra" finds अजय मिश्रा). Hits are highlighted in the view; Enter/F3 steps through them and
selects the hit for tagging.

A Devanagari (or digits-only) query is matched at each keystroke. A Roman query waits for a short pause in
typing (its first use imports the transliteration module, about a third of a second), and
Enter matches at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ui.text import TextView
from ui.i18n import translate

ROMAN_PAUSE_MS = 200


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
        self.edit.setAccessibleName(translate("FindBar", "Find in this document"))
        self.edit.setPlaceholderText(translate("FindBar", "Find in this document, in Hindi or Roman: अजय मिश्रा or ajay mishra (Enter: next, Esc: close)"))
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(translate("FindBar", "Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        # Devanagari queries match whole words unless this is off (मिश्र then also finds मिश्रा)
        self.whole = QToolButton()
        self.whole.setText(translate("FindBar", "Whole words"))
        self.whole.setCheckable(True)
        self.whole.setChecked(True)
        self.whole.setToolTip(translate("FindBar", "Hindi queries match whole words only; off: also inside words"))
        self.whole.toggled.connect(lambda _=False: self.refresh())
        layout.addWidget(self.whole)
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
        self._pause = QTimer(self, singleShot=True, interval=ROMAN_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.edit.textChanged.connect(self._typed)
        self.hide()

    def _typed(self, query: str) -> None:
        from annotator.search import is_roman

        if is_roman(query) and any(ch.isalpha() for ch in query):  # a Roman word, not just digits
            self._pause.start()
        else:
            self._pause.stop()
            self.refresh()

    def pending(self) -> bool:
        """Whether the hits shown are not yet those of the query typed (a Roman query waits)."""
        return self._pause.isActive()

    def open_bar(self) -> None:
        self.show()
        sel = self.view.selection()
        if sel and sel[1] - sel[0] < 80 and not self.edit.text():
            self.edit.setText(self.view.text[sel[0] : sel[1]])
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text() and not self.hits:  # opened again on the same query
            self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.view.set_find_hits([])
        self.view.setFocus()

    def refresh(self) -> None:
        from annotator.search import find_in_text

        self._pause.stop()
        query = self.edit.text()
        found = query.strip() and self.isVisible()
        self.hits = find_in_text(self.view.text, query, whole_words=self.whole.isChecked()) if found else []
        self.current = -1
        self.view.set_find_hits(self.hits)
        self.count.setText(translate("FindBar", "{count} found").format(count=len(self.hits)) if query else "")
        if self.hits:
            self.step(1)

    def _centre(self, cp: int) -> None:
        """Put the hit's line in the middle third of the view (not on its edge)."""
        rect, h = self.view.cursor_rect(cp), self.view.viewport().height()
        if not (h / 3 <= rect.center().y() <= 2 * h / 3):
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - h // 2)

    def step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.pending():  # Enter before the pause ended: match now (selects the first hit)
            self.refresh()
            return
        if not self.hits:
            self.count.setText(translate("FindBar", "not found") if self.edit.text() else "")
            return
        self.current = (self.current + delta) % len(self.hits)
        a, b = self.hits[self.current]
        self.view.set_text_selection(a, b, precise=True)
        self._centre(a)
        self.view.set_find_hits(self.hits, self.current)
        self.count.setText(translate("FindBar", "{n} of {count}").format(n=self.current + 1, count=len(self.hits)))
