"""The Suggestions panel of annotate-all-occurrences and of the team's suggestion sources:
each suggestion with its state (pending, accepted, rejected) in a table model, and the panel
whose keys and buttons ask for a decision (Enter/Y accepts, Backspace/N rejects, Shift+Y /
Shift+N all at once; where edges may be edited, Shift+← → moves the end and Alt+Shift+← →
the start of the current suggestion before it is accepted).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.search import Suggestion
from ui.models import ListTableModel, plain_tooltip
from ui.contrast import ink
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
D = Qt.ItemDataRole
K = Qt.Key
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
MARKS = {PENDING: "?", ACCEPTED: "✓", REJECTED: "✗"}


def added_spans(count: int, label: str) -> str:
    """The status line after accepting `count` suggestions of `label` at once (one undo step)."""
    if count == 1:
        return translate("OccurrenceReview", "Added 1 {label} span (one undo step).").format(label=label)
    return translate("OccurrenceReview", "Added {count} {label} spans (one undo step).").format(count=count, label=label)


@dataclass
class Item:
    suggestion: Suggestion
    ext_id: str
    state: str = PENDING

    @property
    def key(self) -> tuple[str, int, int, str]:
        s = self.suggestion
        return (s.document, s.start, s.end, s.label)


class SuggestionModel(ListTableModel):
    """The suggestions of one review, in the core's order, each with its state."""

    HEADERS = ("", QT_TRANSLATE_NOOP("Headers", "Document"), QT_TRANSLATE_NOOP("Headers", "Offsets"), QT_TRANSLATE_NOOP("Headers", "Text"), QT_TRANSLATE_NOOP("Headers", "Label"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Item] = []

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_state(self, row: int, state: str) -> None:
        if self.items[row].state != state:
            self.items[row].state = state
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def pending(self) -> list[int]:
        return [i for i, item in enumerate(self.items) if item.state == PENDING]

    def next_pending(self, row: int, forward: bool = True) -> int | None:
        """The nearest pending row after (or before) `row`, wrapping round; `row` itself last."""
        n = len(self.items)
        for k in range(1, n + 1):
            i = (row + (k if forward else -k)) % n
            if self.items[i].state == PENDING:
                return i
        return None

    @property
    def rows(self) -> list[Item]:
        return self.items

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        s = item.suggestion
        if role == D.DisplayRole:
            return (MARKS[item.state], item.ext_id, f"{s.start}–{s.end}", s.text, s.label + ("?" if item.state == PENDING else ""))[index.column()]
        if role == D.ForegroundRole and item.state != PENDING:
            return ink("#2E7D32") if item.state == ACCEPTED else ink("#757575")
        if role == D.ToolTipRole:
            return plain_tooltip(f"{item.state}: {s.label} {s.text} in {item.ext_id} at {s.start}–{s.end}")
        return None


REVIEW_KEYS = {K.Key_Y, K.Key_N, K.Key_Return, K.Key_Enter, K.Key_Backspace, K.Key_Delete, K.Key_Escape}


class _Table(QTableView):
    """The suggestion list takes the review keys; ↑ ↓ step as in any list."""

    def __init__(self, panel: SuggestionPanel):
        super().__init__()
        self.panel = panel

    def event(self, event: QEvent) -> bool:
        # Claim the review keys before the window's shortcuts see them: Delete here rejects a
        # suggestion, it must not delete the span selected in the text.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in REVIEW_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == K.Key_Y and shift:
            self.panel.acceptAllRequested.emit()
        elif key == K.Key_N and shift:
            self.panel.rejectAllRequested.emit()
        elif key in (K.Key_Return, K.Key_Enter, K.Key_Y) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.panel.acceptRequested.emit(self.currentIndex().row())
        elif key in (K.Key_Backspace, K.Key_Delete, K.Key_N):
            self.panel.rejectRequested.emit(self.currentIndex().row())
        elif key == K.Key_Escape:
            self.panel.leaveRequested.emit()
        elif key in (K.Key_Left, K.Key_Right) and shift and self.panel.edits_edges:
            edge = "start" if event.modifiers() & Qt.KeyboardModifier.AltModifier else "end"
            self.panel.edgeRequested.emit(edge, 1 if key == K.Key_Right else -1)
        else:
            super().keyPressEvent(event)


class SuggestionPanel(QWidget):
    acceptRequested = Signal(int)
    rejectRequested = Signal(int)
    acceptAllRequested = Signal()
    rejectAllRequested = Signal()
    currentChanged = Signal(int)
    leaveRequested = Signal()  # Esc: back to the text, the suggestions stay
    edgeRequested = Signal(str, int)  # "start" or "end", one word back (-1) or on (+1)

    def __init__(self, model: SuggestionModel, parent: QWidget | None = None, *, edits_edges: bool = False):
        super().__init__(parent)
        self.model = model
        self.edits_edges = edits_edges
        self.title = QLabel(translate("SuggestionPanel", "Select a span and choose Annotate ▸ Annotate all occurrences."))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.table = _Table(self)
        self.table.setAccessibleName(translate("SuggestionPanel", "Suggestions"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 24), (1, 90), (2, 80), (3, 160)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(False)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, signal in (
            ("accept", translate("SuggestionPanel", "Accept (Y)"), lambda: self.acceptRequested.emit(self.table.currentIndex().row())),
            ("reject", translate("SuggestionPanel", "Reject (N)"), lambda: self.rejectRequested.emit(self.table.currentIndex().row())),
            ("accept_all", translate("SuggestionPanel", "Accept all (Shift+Y)"), self.acceptAllRequested.emit),
            ("reject_all", translate("SuggestionPanel", "Reject all (Shift+N)"), self.rejectAllRequested.emit),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=signal: s())
            buttons.addWidget(button)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda now, _before: self.currentChanged.emit(now.row()))
        model.modelReset.connect(self._enable)
        model.dataChanged.connect(self._enable)

    def _enable(self, *_args) -> None:
        pending = bool(self.model.pending())
        for button in self.buttons.values():
            button.setEnabled(pending)

    def current(self) -> int:
        return self.table.currentIndex().row()

    def set_current(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
