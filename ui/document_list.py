"""The document list panel: filter by status and text, the lazy table, and its selection.

The text filter matches ids and exact text at once (SQL); the window also runs the core's
project search for it (Devanagari folded or Roman, "ajay mishra") on its worker thread and
hands the documents found back through `show_matches`, which widens the list to them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.models import ID_ROLE, DocumentListModel

STATUS_CHOICES = (("All documents", None), ("New", "new"), ("In progress", "in_progress"), ("Done", "done"))


class DocumentList(QWidget):
    documentActivated = Signal(str)
    searchWanted = Signal(str)  # the filter text, to be searched for over the project

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by id or text (Hindi or Roman)…")
        self.filter_edit.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        for title, value in STATUS_CHOICES:
            self.status_box.addItem(title, value)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: the view never asks 100,000 rows for sizes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 56), (2, 80), (3, 84)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.searching = QLabel("Searching the text…")
        self.searching.setTextFormat(Qt.TextFormat.PlainText)
        self.searching.hide()
        layout.addLayout(top)
        layout.addWidget(self.searching)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

    def apply_filter(self) -> None:
        text = self.filter_edit.text().strip()
        matches = self.model.matches if text == self.model.text_filter else None  # keep what a search found
        self.model.set_filter(self.status_box.currentData(), text, matches)
        if matches is None:
            self.searchWanted.emit(text)

    def show_matches(self, text: str, documents: list[str]) -> None:
        """The documents a project search found for `text` (ignored if the filter changed)."""
        if text != self.filter_edit.text().strip():
            return
        self.set_searching(False)
        self.model.set_filter(self.status_box.currentData(), text, documents)

    def set_searching(self, busy: bool) -> None:
        self.searching.setVisible(busy)

    def _clicked(self, index: QModelIndex) -> None:
        uuid = self.model.index(index.row(), 0).data(ID_ROLE)
        if uuid:
            self.documentActivated.emit(uuid)

    def show_row(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(index, self.table.selectionModel().SelectionFlag.ClearAndSelect | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)
