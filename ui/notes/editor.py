"""The note editor the `;` key opens: one line of text for a span, a relation or the
document, checked by the core's rules as it is typed. Enter saves, Esc cancels, and
"Delete note" (or saving it empty) removes the note; the unsure flag is left as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from annotator.notes import MAX_CHARS, note_problem
from ui.contrast import ink_style
from ui.accessible import name_controls
from ui.i18n import core_text, translate


class NoteEditor(QDialog):
    """Non-blocking (open(), window-modal): `saved(text)` carries the note to write, "" to
    delete it; nothing is emitted on Cancel."""

    saved = Signal(str)

    def __init__(self, what: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("NoteEditor", "Note"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.had_note = bool(text)
        about = QLabel(translate("NoteEditor", "Note on {what}").format(what=what))
        about.setTextFormat(Qt.TextFormat.PlainText)  # document text is never rich text
        about.setWordWrap(True)
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(MAX_CHARS)
        self.edit.setPlaceholderText(translate("NoteEditor", "What the lead should know (Hindi or English)"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("M") * 40)
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(ink_style("#C62828"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.delete_button: QPushButton | None = None
        if self.had_note:
            self.delete_button = self.buttons.addButton(translate("NoteEditor", "Delete note"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(lambda: self._finish(""))
        self.buttons.accepted.connect(lambda: self._finish(self.edit.text()))
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._check)
        box = QVBoxLayout(self)
        for widget in (about, self.edit, self.problem, self.buttons):
            box.addWidget(widget)
        self._check(text)
        name_controls(self)  # after every control is made

    def _check(self, text: str) -> None:
        problem = note_problem(text) if text.strip() else None
        self.problem.setText(core_text(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(problem is None and (bool(text.strip()) or self.had_note))

    def _finish(self, text: str) -> None:
        text = text.strip()
        if text and note_problem(text):
            return
        self.accept()
        self.saved.emit(text)
