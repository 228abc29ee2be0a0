"""The side panel: the label palette (colour, key, name; description as tooltip), this
document's entity and relation lists (click to jump), and the selected span's romanisation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.scheme import Scheme
from ui.models import ID_ROLE, RelationListModel, SpanListModel, plain_tooltip


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    # Fixed sizes: ResizeToContents would read every row after each change.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setColumnWidth(0, 120)
    view.setWordWrap(False)
    return view


class SidePanel(QWidget):
    labelClicked = Signal(str)
    spanActivated = Signal(str)
    relationActivated = Signal(str)
    # The shown span's row came back after an edit (new edges or label): its row is
    # selected again, and whoever draws the romanised line redraws it.
    shownSpanEdited = Signal(str)

    def __init__(self, spans: SpanListModel, relations: RelationListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.palette_box = QGroupBox("Labels")
        self._grid = QGridLayout(self.palette_box)
        self._grid.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        self.entity_view = _table(spans)
        self.relation_view = _table(relations)
        self.arcs_box = QCheckBox("Show relation arcs")
        self.arcs_box.setChecked(True)
        self.roman_label = QLabel("")
        self.roman_label.setTextFormat(Qt.TextFormat.PlainText)
        self.roman_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roman_label.setWordWrap(True)
        self.roman_label.hide()
        lists = QSplitter(Qt.Orientation.Vertical)
        for title, view in (("Entities", self.entity_view), ("Relations", self.relation_view)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            if view is self.entity_view:
                box_layout.addWidget(self.roman_label)  # the selected span, romanised
            lists.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.palette_box)
        layout.addWidget(lists, 1)
        layout.addWidget(self.arcs_box)
        self._shown_span: str | None = None
        self.entity_view.clicked.connect(lambda i: self._activated(i, self.spanActivated))
        spans.rowsInserted.connect(self._span_rows_inserted)
        spans.dataChanged.connect(lambda first, last, _roles=(): self._span_rows_inserted(None, first.row(), last.row()))
        self.relation_view.clicked.connect(lambda i: self._activated(i, self.relationActivated))

    def _activated(self, index: QModelIndex, signal) -> None:
        uuid = index.siblingAtColumn(0).data(ID_ROLE)
        if uuid:
            signal.emit(uuid)

    def set_scheme(self, scheme: Scheme) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for i, entity in enumerate(scheme.entities):
            button = QToolButton()
            button.setText(f"{entity.key.upper() or ' '}  {entity.name}")
            button.setIcon(swatch(entity.color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(plain_tooltip(f"{entity.name} (key {entity.key.upper() or 'none'}): {entity.description}"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text view keeps the keyboard
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding, button.sizePolicy().verticalPolicy())
            button.clicked.connect(lambda _=False, name=entity.name: self.labelClicked.emit(name))
            self._grid.addWidget(button, i // 2, i % 2)
            self.buttons[entity.name] = button

    def show_roman(self, text: str, tooltip: str = "") -> None:
        """The selected span's romanisation under the entity list (hidden when empty)."""
        self.roman_label.setText(text)
        self.roman_label.setToolTip(plain_tooltip(tooltip) if tooltip else "")
        self.roman_label.setVisible(bool(text))

    def show_span(self, row: int | None) -> None:
        """Select the entity row `row` (None: none) and follow that span through edits."""
        model = self.entity_view.model()
        self._shown_span = model.index(row, 0).data(ID_ROLE) if row is not None else None
        self._show(self.entity_view, row)

    def _span_rows_inserted(self, _parent, first: int, last: int) -> None:
        # An edit to a span removes its row and inserts it where it now sorts, which
        # drops the table's selection: select it again and say the span changed.
        if self._shown_span is None:
            return
        model = self.entity_view.model()
        for row in range(first, last + 1):
            if model.index(row, 0).data(ID_ROLE) == self._shown_span:
                self._show(self.entity_view, row)
                self.shownSpanEdited.emit(self._shown_span)
                return

    def show_relation(self, row: int | None) -> None:
        self._show(self.relation_view, row)

    @staticmethod
    def _show(view: QTableView, row: int | None) -> None:
        if row is None:
            view.clearSelection()
            return
        index = view.model().index(row, 0)
        view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect | view.selectionModel().SelectionFlag.Rows)
        view.scrollTo(index)
