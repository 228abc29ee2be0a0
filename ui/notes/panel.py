"""The lead's notes panel (View ▸ Notes, Ctrl+Shift+N): every note and unsure flag of the
project, in document order, filtered by a search in Hindi or Roman (`annotator.search.
search_notes`); Enter or a double-click opens the document at the note's target, and the
keyboard stays in the list, so ↓ and Enter step through the notes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from annotator.notes import NoteEntry
from ui.models import ListTableModel, plain_tooltip
from ui.notes.marks import NOTE_MARK, UNSURE_MARK
from ui.i18n import translate

D = Qt.ItemDataRole
Index = QModelIndex | QPersistentModelIndex


class NoteListModel(ListTableModel):
    """A list of `NoteEntry` rows (`rows`, also `entries`), replaced as a whole by
    `set_entries` (a new search)."""

    HEADERS = (QT_TRANSLATE_NOOP("Headers", "Who"), QT_TRANSLATE_NOOP("Headers", "Document"), QT_TRANSLATE_NOOP("Headers", "On"), QT_TRANSLATE_NOOP("Headers", "Note"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[NoteEntry] = []

    @property
    def entries(self) -> list[NoteEntry]:
        return self.rows

    def set_entries(self, entries: list[NoteEntry]) -> None:
        self.beginResetModel()
        self.rows = list(entries)
        self.endResetModel()

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == D.DisplayRole:
            flag = f"{UNSURE_MARK} " if e.unsure else ""
            note = f"{NOTE_MARK} {e.text}" if e.text else translate("NotesPanel", "(no note)")
            return (e.annotator, e.document, e.what, flag + note)[index.column()]
        if role == D.ToolTipRole:
            unsure = "\n" + translate("NotesPanel", "Unsure") if e.unsure else ""
            where = translate("NotesPanel", "{who} on {document}: {what}").format(who=e.annotator, document=e.document, what=e.what)
            return plain_tooltip(f"{where}\n{e.text}{unsure}")
        return None


class _Table(QTableView):
    """Enter opens the current row's note (a table would only move to the next row)."""

    opened = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class NotesPanel(QWidget):
    """The search box and the list; `noteActivated(entry)` asks to open a note's target.
    Whoever owns the panel fills it (`show_entries`) when the search or the notes change."""

    noteActivated = Signal(object)  # NoteEntry
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("NotesPanel", "Search notes (Hindi or Roman)"))
        self.search.setClearButtonEnabled(True)
        self.model = NoteListModel(self)
        self.table = _Table()
        self.table.setAccessibleName(translate("NotesPanel", "Notes and unsure flags"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)
        self.search.textChanged.connect(self.searchChanged)
        self.search.returnPressed.connect(self._first)
        self.table.opened.connect(self._open)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))

    def show_entries(self, entries: list[NoteEntry]) -> None:
        self.model.set_entries(entries)
        query = self.search.text().strip()
        one = len(entries) == 1
        if query:
            count = translate("NotesPanel", "{count} note matching “{query}”") if one else translate("NotesPanel", "{count} notes matching “{query}”")
        else:
            count = translate("NotesPanel", "{count} note") if one else translate("NotesPanel", "{count} notes")
        self.count.setText(count.format(count=len(entries), query=query))
        if entries:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _first(self) -> None:
        """Enter in the search box opens the first hit."""
        if self.model.entries:
            self._open(self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0)

    def _open(self, row: int) -> None:
        """Open the note of `row`; the keyboard stays in the list, so ↓ and Enter step on."""
        if 0 <= row < len(self.model.entries):
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.noteActivated.emit(self.model.entries[row])
            self.table.setFocus()
