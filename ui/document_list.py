"""The document list panel: filter by status and text, the lazy table, and its selection."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.models import ID_ROLE, DocumentListModel

STATUS_CHOICES = (("All documents", None), ("New", "new"), ("In progress", "in_progress"), ("Done", "done"))


class DocumentList(QWidget):
    documentActivated = Signal(str)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by id or text…")
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
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

    def apply_filter(self) -> None:
        self.model.set_filter(self.status_box.currentData(), self.filter_edit.text().strip())

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
