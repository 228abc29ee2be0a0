"""Dialogs: one-sentence errors, the annotator's name, opening a project, the shortcut sheet.

Module-level functions so tests can replace them (a modal dialog would block a test)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.edits import valid_annotator_name
from annotator.scheme import Scheme
from ui.accessible import name_controls
from ui.shortcuts import SHORTCUTS, scheme_keys
from ui.contrast import ink_style
from ui.i18n import translate


def one_sentence(message: str) -> str:
    message = " ".join(str(message).split()) or translate("dialogs", "Something went wrong")
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def show_error(parent: QWidget | None, message: str) -> None:
    """A warning dialog holding one clear sentence (never a traceback), shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("dialogs", "Annotator"), one_sentence(message), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class AnnotatorDialog(QDialog):
    """Asks who is annotating; offers the names the project already knows."""

    def __init__(self, parent: QWidget | None, existing: list[str], current: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("AnnotatorDialog", "Who is annotating?"))
        layout = QVBoxLayout(self)
        note = QLabel(translate("AnnotatorDialog", "Your name labels your annotations. You see only your own work while annotating."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.names = QComboBox()
        self.names.setEditable(True)
        self.names.addItems(existing)
        self.names.setCurrentText(current)
        self.names.setAccessibleName(translate("AnnotatorDialog", "Your name"))
        layout.addWidget(self.names)
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(ink_style("#B71C1C"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_controls(self)  # after every control is made

    def name(self) -> str:
        return self.names.currentText().strip()

    def _accept(self) -> None:
        problem = valid_annotator_name(self.name())
        if problem:
            self.problem.setText(one_sentence(problem))
            return
        self.accept()


def ask_annotator_name(parent: QWidget | None, existing: list[str], current: str = "") -> str | None:
    dialog = AnnotatorDialog(parent, existing, current)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None


def stand_in_name(current: str | None = None) -> str:
    """The name to annotate under when the user cancels the name dialog: the current one, the login, else "annotator"."""
    import getpass

    candidates = [current] if current else []
    try:
        candidates.append(getpass.getuser())
    except (KeyError, OSError):  # no login name (some containers)
        pass
    return next((c for c in candidates if c and not valid_annotator_name(c)), "annotator")


def ask_project_path(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("dialogs", "Open project"), folder, translate("dialogs", "Annotation projects (*.db *.sqlite);;All files (*)"))
    return path or None


class ShortcutSheet(QDialog):
    """F1: every key of the window, and this scheme's label and relation keys."""

    def __init__(self, parent: QWidget | None, scheme: Scheme | None):
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutSheet", "Keyboard shortcuts"))
        rows = SHORTCUTS + (scheme_keys(scheme) if scheme else [])
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([translate("ShortcutSheet", "Where"), translate("ShortcutSheet", "Keys"), translate("ShortcutSheet", "What")])
        table.setAccessibleName(translate("ShortcutSheet", "Keyboard shortcuts"))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):  # the rows are marked for translation in ui/shortcuts.py
                table.setItem(i, j, QTableWidgetItem(translate("Shortcuts", value)))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(820, 640)
        name_controls(self)  # after every control is made


def show_about(parent: QWidget | None) -> None:
    from annotator import __version__

    text = "\n\n".join([
        translate("dialogs", "Hindi news annotator {version}. Works offline; every change is saved at once.").format(version=__version__),
        translate("dialogs", "English spellings of place names: data © GeoNames (geonames.org), licensed CC BY 4.0."),
        translate("dialogs", "English spellings of countries and world cities: Unicode CLDR data © Unicode, Inc. (cldr.unicode.org), licensed under the Unicode License v3, taken from the babel package."),
        translate("dialogs", "Which romanised spellings people write: word frequencies from wordfreq by Robyn Speer (CC BY-SA 4.0; sources include SUBTLEX by Marc Brysbaert et al.)."),
    ])
    box = QMessageBox(QMessageBox.Icon.Information, translate("dialogs", "About"), text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
