"""The document list panel: filter by status and text, the lazy table, and its selection.

The text filter matches ids and exact text at once (SQL); the window also runs the core's
project search for it (Devanagari folded or Roman, "ajay mishra") on its worker thread and
hands the documents found back through `show_matches`, which widens the list to them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ui.models import ID_ROLE, DocumentListModel
from ui.i18n import translate

STATUS_CHOICES = ((QT_TRANSLATE_NOOP("DocumentList", "All documents"), None), (QT_TRANSLATE_NOOP("DocumentList", "New"), "new"), (QT_TRANSLATE_NOOP("DocumentList", "In progress"), "in_progress"), (QT_TRANSLATE_NOOP("DocumentList", "Done"), "done"))


class DocumentList(QWidget):
    documentActivated = Signal(str)
    searchWanted = Signal(str)  # the filter text, to be searched for over the project

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("DocumentList", "Filter by id or text (Hindi or Roman)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("DocumentList", "Filter the documents"))
        self.status_box = QComboBox()
        for title, value in STATUS_CHOICES:
            self.status_box.addItem(translate("DocumentList", title), value)
        # Both shrink (the choice cut short) in a window forced narrower than its minimum,
        # rather than the list being drawn over the text view.
        self.status_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("MMMM"))
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("MMM"))
        self.table = QTableView()
        self.table.setAccessibleName(translate("DocumentList", "Documents"))
        self.status_box.setAccessibleName(translate("DocumentList", "Show documents by status"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: the view never asks 100,000 rows for sizes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("MM"))
        # Number columns as wide as their widest value can be (read from no row: 100,000
        # rows would be asked for sizes); the id takes the rest, elided, whole in its tooltip.
        for col, widest in ((0, "99,999"), (2, "999,999"), (3, "in progress")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, self._width_for(col, widest))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # ids differ at their ends
        self.table.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.searching = QLabel(translate("DocumentList", "Searching the text…"))
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
        model.modelReset.connect(self._fit_numbers)
        self.table.activated.connect(self._clicked)
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """A narrow list keeps the ids readable: the length column goes first, then the
        status column (2x on a small screen), before the id is cut to a few letters. They
        come back when there is room; both values are in the id's tooltip. Widths are the
        columns' own, never their width while hidden (0), so hiding cannot flip back."""
        width = self.table.viewport().width() - self.table.columnWidth(0)
        least = self.table.fontMetrics().horizontalAdvance("hiner-val-0")
        status, length = self._width_for(3, "in progress"), self._width_for(2, "999,999")
        hide_status = width - status < least
        hide_length = hide_status or width - status - length < least
        for col, hide in ((2, hide_length), (3, hide_status)):
            if hide != self.table.isColumnHidden(col):
                self.table.setColumnHidden(col, hide)

    def _fit_numbers(self) -> None:
        """The "#" column as wide as the largest number (a document's seq) it can show."""
        total = self.model.project.document_count() if self.model.project is not None else 0
        self.table.setColumnWidth(0, self._width_for(0, f"{max(total, 9):,}"))

    def _width_for(self, col: int, widest: str) -> int:
        """Room for `widest` or the column's title, whichever is wider, with padding."""
        title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
        metrics = self.table.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        return max(metrics.horizontalAdvance(widest), self.table.horizontalHeader().fontMetrics().horizontalAdvance(title)) + pad

    def sizeHint(self) -> QSize:
        """Wide enough for the numbers and a typical id ("hiner-val-00000") at first show,
        but at most 30% of the screen's width."""
        hint = super().sizeHint()
        fixed = sum(self.table.columnWidth(c) for c in (0, 2, 3))
        wanted = fixed + self.table.fontMetrics().horizontalAdvance("hiner-val-00000") + 48
        width = max(hint.width(), wanted)
        screen = self.screen()
        if screen is not None:  # the text keeps most of a small (or 2x-scaled) screen
            width = min(width, int(screen.availableGeometry().width() * 0.3))
        return QSize(width, hint.height())

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
