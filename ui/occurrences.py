"""Annotate all occurrences: the selected span's surface form found again (the core's
`annotator.search.occurrences`, in this document or the whole project) and offered as
suggestions. Nothing is applied silently: each suggestion is drawn in the text (dashed, its
label with '?') and listed in the Suggestions panel, where the user accepts or rejects it
(Enter/Y, Backspace/N, stepping with ↑ ↓) or all of them at once (Shift+Y, Shift+N).

Each acceptance is one `AddSpan` undo command; "accept all" is one undo macro. A suggestion
reads as accepted while a span with its document, offsets and label exists in this layer,
so undoing an acceptance makes it a suggestion again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
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

from annotator.edits import Changes
from annotator.search import Suggestion
from ui import commands
from ui.models import ListTableModel, plain_tooltip
from ui.text import Suggested

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
D = Qt.ItemDataRole
K = Qt.Key
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
MARKS = {PENDING: "?", ACCEPTED: "✓", REJECTED: "✗"}


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

    HEADERS = ("", "Document", "Offsets", "Text", "Label")

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
            return QColor("#2E7D32") if item.state == ACCEPTED else QColor("#9E9E9E")
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
        else:
            super().keyPressEvent(event)


class SuggestionPanel(QWidget):
    acceptRequested = Signal(int)
    rejectRequested = Signal(int)
    acceptAllRequested = Signal()
    rejectAllRequested = Signal()
    currentChanged = Signal(int)
    leaveRequested = Signal()  # Esc: back to the text, the suggestions stay

    def __init__(self, model: SuggestionModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.title = QLabel("Select a span and choose Annotate ▸ Annotate all occurrences.")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.table = _Table(self)
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
            ("accept", "Accept (Y)", lambda: self.acceptRequested.emit(self.table.currentIndex().row())),
            ("reject", "Reject (N)", lambda: self.rejectRequested.emit(self.table.currentIndex().row())),
            ("accept_all", "Accept all (Shift+Y)", self.acceptAllRequested.emit),
            ("reject_all", "Reject all (Shift+N)", self.rejectAllRequested.emit),
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


class OccurrenceReview(QObject):
    """Runs one review at a time for the main window: asks the core for the occurrences,
    shows them, and turns accept/reject into undo commands through the session."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.model = SuggestionModel(self)
        self.panel = SuggestionPanel(self.model)
        p = self.panel
        p.acceptRequested.connect(self.accept)
        p.rejectRequested.connect(self.reject)
        p.acceptAllRequested.connect(self.accept_all)
        p.rejectAllRequested.connect(self.reject_all)
        p.currentChanged.connect(self._show)
        p.leaveRequested.connect(lambda: self.window.view.setFocus())
        self.window.view.suggestionClicked.connect(self._clicked)

    # -- starting -------------------------------------------------------------------------

    def start(self, scope: str) -> None:
        """Find the selected span's other occurrences (scope 'document' or 'project')."""
        w = self.window
        s = w.session
        span = w.view.selected_span()
        if s is None or span is None:
            w.statusBar().showMessage("Select a span first (click it or press Tab), then annotate all its occurrences.", 8000)
            return
        row = w.view.spans()[span]
        surface = w.view.text[row.start : row.end]
        where = "this document" if scope == "document" else "the whole project"
        self.model.set_items([])  # a new review replaces the last one
        self._refresh_view()
        self.panel.title.setText(f"Looking for {surface} ({row.label}) in {where}…")
        w.show_dock(w.suggestion_dock)
        if scope == "document":
            from annotator import search

            ext_id = s.project.document(row.document).ext_id
            found = search.occurrences(s.project, span=span, scope="document")
            self.show([(sug, ext_id) for sug in found], surface, row.label, where)
        else:
            w.run_in_background("occurrences", _occurrences_job(span), lambda result: self.show(result, surface, row.label, where))

    def show(self, suggestions: list[tuple[Suggestion, str]], surface: str, label: str, where: str) -> None:
        """Offer (suggestion, document id) pairs, the first one in this document current."""
        w = self.window
        items = [Item(sug, ext_id) for sug, ext_id in suggestions]
        self.model.set_items(items)
        if not items:
            self.panel.title.setText(f"No other occurrence of {surface} without a {label} span in {where}.")
            w.statusBar().showMessage(f"No other occurrence of {surface} to annotate.", 6000)
            self._refresh_view()
            return
        docs = len({i.suggestion.document for i in items})
        in_docs = f" in {docs} documents" if docs > 1 else ""
        self.panel.title.setText(
            f"{len(items)} suggested {label} spans for {surface} in {where}{in_docs}. "
            "Y or Enter accepts, N or Backspace rejects, Shift+Y accepts all (one undo step), ↑ ↓ step."
        )
        w.show_dock(w.suggestion_dock)
        first = next((i for i, item in enumerate(items) if item.suggestion.document == w.document), 0)
        self.panel.set_current(first)
        self._show(first)
        self.panel.table.setFocus()

    def clear(self) -> None:
        self.model.set_items([])
        self.panel.title.setText("Select a span and choose Annotate ▸ Annotate all occurrences.")
        self._refresh_view()

    # -- deciding -------------------------------------------------------------------------

    def accept(self, row: int) -> None:
        if not 0 <= row < len(self.model.items) or self.model.items[row].state != PENDING:
            return
        s = self.window.session
        sug = self.model.items[row].suggestion
        if s.push(commands.AddSpan(s, document=sug.document, start=sug.start, end=sug.end, label=sug.label)):
            self.window.statusBar().showMessage(f"Added {sug.label}: {sug.text}.", 4000)
        self._advance(row)

    def reject(self, row: int) -> None:
        if not 0 <= row < len(self.model.items) or self.model.items[row].state != PENDING:
            return
        self.model.set_state(row, REJECTED)
        self._advance(row)

    def accept_all(self) -> None:
        """Every pending suggestion as one undo step (a macro of AddSpan commands)."""
        rows = self.model.pending()
        s = self.window.session
        if not rows or s is None:
            return
        label = self.model.items[rows[0]].suggestion.label
        by_document: dict[str, list[tuple[int, int, str]]] = {}
        for row in rows:
            sug = self.model.items[row].suggestion
            by_document.setdefault(sug.document, []).append((sug.start, sug.end, sug.label))
        s.undo_stack.beginMacro(f"Accept {len(rows)} suggested {label} spans")
        added = 0
        with self.window.staying():  # spans in other documents: stay on this one
            # One transaction per document (one fsync), not one per span.
            for document, spans in by_document.items():
                if s.push(commands.AddSpans(s, document=document, spans=spans)):
                    added += len(spans)
        s.undo_stack.endMacro()
        self._refresh_view()
        self.window.statusBar().showMessage(f"Added {added} {label} spans (one undo step).", 8000)
        self.window.view.setFocus()

    def reject_all(self) -> None:
        for row in self.model.pending():
            self.model.set_state(row, REJECTED)
        self._refresh_view()
        self.window.statusBar().showMessage("Rejected the remaining suggestions; nothing was added.", 6000)
        self.window.view.setFocus()

    def _advance(self, row: int) -> None:
        nxt = self.model.next_pending(row)
        if nxt is None:
            self._refresh_view()
            self.window.statusBar().showMessage("Every suggestion is decided.", 6000)
            self.window.view.setFocus()
            return
        self.panel.set_current(nxt)
        self._show(nxt)

    def _clicked(self, key: str) -> None:
        row = int(key.removeprefix("?"))
        if 0 <= row < len(self.model.items):
            self.panel.set_current(row)
            self.panel.table.setFocus()

    # -- showing --------------------------------------------------------------------------

    def _show(self, row: int) -> None:
        """Make `row` the current suggestion: open its document if need be, scroll to it."""
        if not 0 <= row < len(self.model.items):
            return
        sug = self.model.items[row].suggestion
        w = self.window
        if sug.document != w.document:
            focus = w.focusWidget()
            w.open_document(sug.document)  # calls document_opened, which draws the rest
            if focus is not None:
                focus.setFocus()
        self._refresh_view()

    def _refresh_view(self) -> None:
        w = self.window
        row = self.panel.current()
        current = f"?{row}" if 0 <= row < len(self.model.items) and self.model.items[row].state == PENDING else None
        items = [
            Suggested(f"?{i}", item.suggestion.start, item.suggestion.end, item.suggestion.label)
            for i, item in enumerate(self.model.items)
            if item.state == PENDING and item.suggestion.document == w.document
        ]
        if items or w.view.suggestions:
            w.view.set_suggestions(items, current)

    def document_opened(self) -> None:
        self._refresh_view()

    def on_changed(self, changes: Changes) -> None:
        """Keep each suggestion's state in step with the spans: a span like it appearing
        (accept, redo) makes it accepted, that span going (undo, delete) pending again."""
        if not self.model.items or not changes.spans or self.window.session is None:
            return
        who = self.window.session.annotator
        by_key = {item.key: i for i, item in enumerate(self.model.items)}
        key = lambda r: (r.document, r.start, r.end, r.label)  # noqa: E731
        touched = False
        for before, after in changes.spans:
            now = key(after) if after is not None and not after.deleted and after.annotator == who else None
            i = by_key.get(now) if now else None
            if i is not None and self.model.items[i].state == PENDING:
                self.model.set_state(i, ACCEPTED)
                touched = True
            if before is not None and not before.deleted and before.annotator == who and key(before) != now:
                j = by_key.get(key(before))
                if j is not None and self.model.items[j].state == ACCEPTED:
                    self.model.set_state(j, PENDING)
                    touched = True
        if touched:
            self._refresh_view()


def _occurrences_job(span: str):
    """A worker job: the core's project-wide occurrences, with each document's id."""

    def run(project):
        from annotator import search

        found = search.occurrences(project, span=span, scope="project")
        ids: dict[str, str] = {}
        out = []
        for sug in found:
            if sug.document not in ids:
                ids[sug.document] = project.document(sug.document).ext_id
            out.append((sug, ids[sug.document]))
        return out

    return run
