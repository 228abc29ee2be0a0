"""The side panel: the label palette (colour, key, name; description as tooltip), this
document's entity and relation lists (click to jump), and the selected span's romanisation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.scheme import Scheme
from ui.models import ID_ROLE, RelationListModel, SpanListModel, plain_tooltip
from ui.notes.marks import NOTE_MARK, UNSURE_MARK
from ui.i18n import translate
from ui.shapes import shape_icon


def _table(model) -> QTableView:
    """A read-only row-select table whose columns `_FitColumns` sizes to the view's width.
    ResizeToContents is avoided: it would read every row after each change."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("MMM"))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    row_height = view.fontMetrics().height() + 8
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
    view.setWordWrap(False)
    view.setMinimumHeight(header.sizeHint().height() + row_height + 4)  # a header and a row at least
    return view


def _widest(view: QTableView, col: int, texts: list[str], icon: bool = False) -> int:
    """How wide column `col` must be for the widest of `texts` (or its title), with padding."""
    metrics = view.fontMetrics()
    title = str(view.model().headerData(col, Qt.Orientation.Horizontal) or "")
    widest = max([metrics.horizontalAdvance(t) for t in texts] + [view.horizontalHeader().fontMetrics().horizontalAdvance(title) + 8])
    size = view.iconSize().width()
    if size <= 0:  # not set: the delegate draws the style's small icon
        size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    extra = size + 8 if icon else 0
    return widest + extra + 3 * metrics.horizontalAdvance("M") // 2


class _FitColumns(QObject):
    """Sizes a table's columns to exactly its width, so it never scrolls sideways (a narrow
    panel, 2x scaling): column `col` gets its full width `wanted` (the scheme's longest name),
    but at most `share` of the width; the other columns share the rest equally. Cells elide
    what does not fit; each row's tooltip has it whole."""

    def __init__(self, view: QTableView, col: int, share: float):
        super().__init__(view)
        self.view, self.col, self.share, self.wanted = view, col, share, 0
        view.viewport().installEventFilter(self)

    def set_wanted(self, width: int) -> None:
        self.wanted = width
        self.apply()

    def apply(self) -> None:
        header, room = self.view.horizontalHeader(), self.view.viewport().width()
        others = [c for c in range(header.count()) if c != self.col]
        least = header.minimumSectionSize()
        fixed = max(least, min(self.wanted, int(room * self.share), room - least * len(others)))
        rest = room - fixed
        for i, col in enumerate(others):
            share = rest // len(others) + (rest % len(others) if i == len(others) - 1 else 0)
            header.resizeSection(col, max(least, share))
        header.resizeSection(self.col, fixed)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False


class _FullScroll(QScrollArea):
    """A scroll area that asks for room for all of its content (it scrolls only when the
    panel is shorter or narrower than that)."""

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint() if self.widget() is not None else QSize()
        frame = 2 * self.frameWidth()
        return QSize(inner.width() + frame + self.verticalScrollBar().sizeHint().width(), inner.height() + frame)


class SidePanel(QWidget):
    labelClicked = Signal(str)
    spanActivated = Signal(str)
    relationActivated = Signal(str)
    # The shown span's row came back after an edit (new edges or label): its row is
    # selected again, and whoever draws the romanised line redraws it.
    shownSpanEdited = Signal(str)

    def __init__(self, spans: SpanListModel, relations: RelationListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.palette_box = QGroupBox(translate("SidePanel", "Labels"))
        self._palette = QWidget()
        self._grid = QGridLayout(self._palette)
        self._grid.setSpacing(2)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # Scrolled when the panel is short (2x scale on a small screen), never overlapping.
        palette_scroll = _FullScroll()
        palette_scroll.setWidget(self._palette)
        palette_scroll.setWidgetResizable(True)
        palette_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._palette_scroll, self._columns = palette_scroll, 2
        palette_scroll.viewport().installEventFilter(self)  # its width decides the columns
        box = QVBoxLayout(self.palette_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(palette_scroll)
        self.buttons: dict[str, QToolButton] = {}
        self.entity_view = _table(spans)
        self.relation_view = _table(relations)
        self._label_column = _FitColumns(self.entity_view, 0, 0.6)
        self._type_column = _FitColumns(self.relation_view, 1, 0.5)
        self.entity_view.setAccessibleName(translate("SidePanel", "Entities in this document"))
        self.relation_view.setAccessibleName(translate("SidePanel", "Relations in this document"))
        palette_scroll.setAccessibleName(translate("SidePanel", "Label palette"))
        self.arcs_box = QCheckBox(translate("SidePanel", "Show relation arcs"))
        self.arcs_box.setChecked(True)
        # Its text is cut short, not drawn over the text view, in a window forced that narrow.
        self.arcs_box.setMinimumWidth(self.arcs_box.fontMetrics().horizontalAdvance("MMMM"))
        self.roman_label = QLabel("")
        self.roman_label.setTextFormat(Qt.TextFormat.PlainText)
        self.roman_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One line, never wrapping: a wrapped line would grow the panel past its minimum.
        self.roman_label.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # its line is kept: showing it moves nothing
        self.roman_label.setSizePolicy(policy)
        self.roman_label.hide()
        # One splitter for the palette and both lists: each keeps its minimum, none is drawn
        # over another, and the user decides how the height is shared.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.palette_box)
        for title, view in ((translate("SidePanel", "Entities"), self.entity_view), (translate("SidePanel", "Relations"), self.relation_view)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            box_layout.addWidget(view, 1)
            if view is self.entity_view:
                box_layout.addWidget(self.roman_label)  # the selected span, romanised
            self.splitter.addWidget(box)
        for i, stretch in enumerate((0, 3, 2)):
            self.splitter.setStretchFactor(i, stretch)
        # The lists scroll, rather than reach under the status bar, when the window is made
        # smaller than its minimum (no window manager to stop it); the arcs box stays below.
        self.lists_scroll = _FullScroll()
        self.lists_scroll.setWidget(self.splitter)
        self.lists_scroll.setWidgetResizable(True)
        self.lists_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes to the lists inside, never to the scroll area itself (it has no name to say).
        self.lists_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.lists_scroll, 1)
        layout.addWidget(self.arcs_box)
        self._shown_span: str | None = None
        self._palette_wanted = 0
        self.entity_view.clicked.connect(lambda i: self._activated(i, self.spanActivated))
        spans.rowsInserted.connect(self._span_rows_inserted)
        spans.dataChanged.connect(lambda first, last, _roles=(): self._span_rows_inserted(None, first.row(), last.row()))
        self.relation_view.clicked.connect(lambda i: self._activated(i, self.relationActivated))

    def sizeHint(self) -> QSize:
        """At first show: what the palette wants, but at most 30% of the screen's width, so
        the text keeps most of a small (or 2x-scaled) screen."""
        hint = super().sizeHint()
        screen = self.screen()
        if screen is not None:
            hint.setWidth(min(hint.width(), int(screen.availableGeometry().width() * 0.3)))
        return hint

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
            button.setIcon(shape_icon(entity.color, i))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            key = entity.key.upper() or translate("SidePanel", "none")
            button.setToolTip(plain_tooltip(translate("SidePanel", "{label} (key {key}): {description}").format(label=entity.name, key=key, description=entity.description)))
            button.setAccessibleName(translate("SidePanel", "Label {label}, key {key}").format(label=entity.name, key=key))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text view keeps the keyboard
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding, button.sizePolicy().verticalPolicy())
            button.clicked.connect(lambda _=False, name=entity.name: self.labelClicked.emit(name))
            self._grid.addWidget(button, i // 2, i % 2)
            self.buttons[entity.name] = button
        self._columns = 2
        self._regrid()
        self._label_column.set_wanted(_widest(self.entity_view, 0, [e.name for e in scheme.entities], icon=True))
        # Room for a note's and an unsure flag's marks after the type too.
        self._type_column.set_wanted(_widest(self.relation_view, 1, [f"{r.name} {NOTE_MARK} {UNSURE_MARK}" for r in scheme.relations]))
        # the palette shows two rows of labels at least and all of them when there is room
        row = max((b.sizeHint().height() for b in self.buttons.values()), default=0) + self._grid.spacing()
        self.palette_box.setMinimumHeight(min(1, len(self.buttons)) * row + 32)
        self._palette_wanted = -(-len(self.buttons) // self._columns) * row + 40
        QTimer.singleShot(0, self._share_height)  # once the panel has its height

    def eventFilter(self, watched, event) -> bool:
        if watched is self._palette_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._regrid()
        return False

    def _regrid(self) -> None:
        """Two columns of labels when two fit side by side, else one (2x on a small screen):
        never a label cut off behind a sideways scroll bar."""
        if not self.buttons:
            return
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        columns = 2 if self._palette_scroll.viewport().width() >= 2 * widest + self._grid.spacing() else 1
        if columns == self._columns:
            return
        self._columns = columns
        for i, button in enumerate(self.buttons.values()):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, i // columns, i % columns)

    def _share_height(self) -> None:
        """The palette as tall as its labels (at most 45% of the panel), the lists 3:2."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        top = max(self.palette_box.minimumHeight(), min(self._palette_wanted, int(total * 0.45)))
        rest = max(0, total - top)
        self.splitter.setSizes([top, rest * 3 // 5, rest - rest * 3 // 5])

    def show_roman(self, text: str, tooltip: str = "") -> None:
        """The selected span's romanisation under the entity list (hidden when empty)."""
        self.roman_label.setText(text)
        self.roman_label.setToolTip(plain_tooltip(f"{text}\n{tooltip}") if tooltip else "")
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
