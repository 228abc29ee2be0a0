"""Review ▸ Review document: compare annotators' layers of one document and decide, from the
keyboard, what goes into the curator's gold layer.

Each compared annotator's spans and relations are a read-only row (a `TextView` on their
layer), the gold layer is the editable row under them, all on the same text. The list on the
left holds the disagreements `adjudicate.review_document` finds, grouped by kind. Every
decision is one undo command calling one `adjudicate` function (undo: `edits.revert`), pushed
on the main window's undo stack and so saved at once; the window refreshes from the
`Changes` record like every other view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator import adjudicate, store, worklist
from annotator.adjudicate import DocumentReview, RelationGroup, SpanGroup
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.project import GOLD, GOLD_STATUSES
from annotator.review import default_annotators
from ui import commands
from ui.review_gold import GoldMixin
from ui.review_list import DisagreementList
from ui.text_view import TextView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

K = Qt.Key
STATUS_TITLES = {"not_started": "Not started", "in_review": "In review", "adjudicated": "Adjudicated"}


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LayerRow(QWidget):
    """One layer of the document: a title and a text view on that layer."""

    def __init__(self, title: str, editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = _plain(title)
        self.title.setStyleSheet("font-weight: bold; padding: 2px 4px;" + (" background: #FFF8E1;" if editable else " background: #ECEFF1;"))
        self.view = TextView()
        self.view.setMinimumHeight(90)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.title)
        box.addWidget(self.view, 1)


class ReviewWindow(GoldMixin, QMainWindow):
    def __init__(self, main: MainWindow):
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.session = main.session
        project = self.session.project
        self.setWindowTitle(f"Review — {project.path.name}")
        self.gold = store.annotator_uuid(GOLD)
        self.names: list[str] = default_annotators(project)
        self.blind = False
        self.document: str | None = None
        self.text = ""
        self.review: DocumentReview | None = None
        self.current: str | None = None
        self.rows: list[LayerRow] = []
        self.documents: list[tuple[str, str, str]] = []
        self._relation_menu: QMenu | None = None

        self.list = DisagreementList()
        self.list.keyFilter = self.review_key
        self.list.current.connect(self.show_group)
        self.agreed_label = _plain()
        self.agreed_label.setWordWrap(True)
        self.provenance_label = _plain("Select a gold span to see where it came from.")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_label = _plain()
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #455A64")
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(4, 4, 4, 4)
        lbox.addWidget(_plain("Disagreements"))
        lbox.addWidget(self.list, 1)
        lbox.addWidget(self.agreed_label)
        lbox.addWidget(_plain("Provenance"))
        lbox.addWidget(self.provenance_label)
        lbox.addWidget(self.keys_label)
        self.layers = QSplitter(Qt.Orientation.Vertical)
        self.gold_row = LayerRow("Gold (the curator's layer) — edit here", True)
        gv = self.gold_row.view
        gv.labelRequested.connect(self._gold_label)
        gv.deleteRequested.connect(self._gold_delete)
        gv.resizeRequested.connect(lambda span, a, b: self.session.push(commands.ResizeSpan(self.session, span=span, start=a, end=b)))
        gv.relationRequested.connect(self._gold_relation)
        gv.selectionChanged.connect(self._show_provenance)
        gv.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        gv.installEventFilter(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.layers)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 900])
        self.setCentralWidget(split)
        self._toolbar()
        self.saved_label = _plain()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.session.changed.connect(self.on_changed)
        self._build_rows()
        self.resize(1400, 880)

    # -- toolbar and actions --------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, keys: tuple[str, ...] = ()) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_[name] = action
        return action

    def _toolbar(self) -> None:
        self.actions_: dict[str, QAction] = {}
        bar = QToolBar("Review")
        bar.setObjectName("review-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.doc_box = QComboBox()
        self.doc_box.setMinimumContentsLength(28)
        self.doc_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doc_box.activated.connect(lambda i: self.load_document(self.doc_box.itemData(i)))
        bar.addWidget(_plain(" Document "))
        bar.addWidget(self.doc_box)
        self.who_button = QToolButton()
        self.who_button.setText("Annotators ▾")
        self.who_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.who_menu = QMenu(self.who_button)
        self.who_button.setMenu(self.who_menu)
        bar.addWidget(self.who_button)
        blind = self._action("blind", "Hide annotator names", self.set_blind, ("Ctrl+Shift+H",))
        blind.setCheckable(True)
        bar.addAction(blind)
        bar.addSeparator()
        bar.addWidget(_plain(" Gold status "))
        self.status_box = QComboBox()
        self.status_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for status in GOLD_STATUSES:
            self.status_box.addItem(STATUS_TITLES[status], status)
        self.status_box.activated.connect(lambda i: self.set_status(self.status_box.itemData(i)))
        bar.addWidget(self.status_box)
        bar.addSeparator()
        undo = self.session.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.session.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for name, action in (("undo", undo), ("redo", redo)):
            self.addAction(action)
            self.actions_[name] = action
        self._action("accept_agreed", "Accept all agreed", self.accept_agreed, ("Ctrl+Shift+A",))
        self._action("adjudicated", "Mark adjudicated and next", self.mark_adjudicated, ("Ctrl+Return", "Ctrl+Enter"))
        self._action("next_document", "Next document", lambda: self.step_document(1), ("Ctrl+PgDown",))
        self._action("previous_document", "Previous document", lambda: self.step_document(-1), ("Ctrl+PgUp",))
        self._action("back", "Back to the list", self.focus_list, ("F6",))
        self._action("close", "Close", self.close, ("Ctrl+W",))
        # Decisions are clickable too; their keys are handled by the list (see review_key).
        self._action("take_1", "Take 1", lambda: self.decide("take", 0))
        self._action("take_2", "Take 2", lambda: self.decide("take", 1))
        self._action("both", "Take both (B)", lambda: self.decide("both"))
        self._action("reject", "Reject (X)", lambda: self.decide("reject"))
        self._action("edit", "Edit (E)", self.edit_by_hand)
        self.addToolBarBreak()
        decide = QToolBar("Decide")
        decide.setObjectName("decide-toolbar")
        decide.setMovable(False)
        self.addToolBar(decide)
        for name in ("take_1", "take_2", "both", "reject", "edit", "accept_agreed", "adjudicated", "undo", "redo"):
            decide.addAction(self.actions_[name])

    # -- annotators and documents ---------------------------------------------------------------

    def shown(self, name: str) -> str:
        """An annotator as the window shows them: their name, or 'Annotator A' when blind."""
        if self.blind:
            alias = adjudicate.aliases(self.names).get(name)
            return f"Annotator {alias}" if alias else name
        return name

    def set_blind(self, on: bool) -> None:
        self.blind = bool(on)
        if self.actions_["blind"].isChecked() != self.blind:
            self.actions_["blind"].setChecked(self.blind)
        self._titles()
        self.refresh()

    def set_annotators(self, names: list[str]) -> None:
        self.names = list(names)
        self._build_rows()
        if self.document is not None:
            self.load_document(self.document)

    def _who_menu(self) -> None:
        self.who_menu.clear()
        for row in self.session.project.annotators(include_gold=False):
            if row.deleted:
                continue
            action = self.who_menu.addAction(row.name)
            action.setCheckable(True)
            action.setChecked(row.name in self.names)
            action.toggled.connect(lambda on, n=row.name: self._toggle_annotator(n, on))

    def _toggle_annotator(self, name: str, on: bool) -> None:
        order = [a.name for a in self.session.project.annotators(include_gold=False)]
        chosen = (set(self.names) | {name}) if on else (set(self.names) - {name})
        # Later: the menu is rebuilt, and the action emitting this must outlive its signal.
        QTimer.singleShot(0, lambda: self.set_annotators([n for n in order if n in chosen]))

    def _build_rows(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        scheme = self.session.project.scheme
        for i, name in enumerate(self.names):
            row = LayerRow("", False)
            row.view.set_scheme(scheme)
            row.view.installEventFilter(self)
            row.view.selectionChanged.connect(lambda v=row.view: self._row_selected(v))
            self.layers.addWidget(row)
            self.rows.append(row)
        self.gold_row.view.set_scheme(scheme)
        self.layers.addWidget(self.gold_row)  # moves it last
        self._titles()
        self._who_menu()
        self._fill_documents()

    def _titles(self) -> None:
        for i, (row, name) in enumerate(zip(self.rows, self.names)):
            row.title.setText(f"{i + 1} · {self.shown(name)}")
        count = len(self.names)
        takes = ", ".join(f"{i + 1} take {self.shown(n)}" for i, n in enumerate(self.names[:9]))
        self.keys_label.setText(f"Keys: J/K next/previous · {takes} · B take both · X reject · E edit in gold · Ctrl+Shift+A accept agreed · Ctrl+Enter adjudicated")
        self.actions_["take_1"].setText(f"Take {self.shown(self.names[0])} (1)" if count > 0 else "Take 1")
        self.actions_["take_2"].setText(f"Take {self.shown(self.names[1])} (2)" if count > 1 else "Take 2")
        self.who_button.setText(f"Annotators: {', '.join(self.shown(n) for n in self.names) or 'none'} ▾")

    def _annotator_ids(self) -> list[str]:
        ids = []
        for name in self.names:
            row = self.session.project.annotator(name)
            if row is not None:
                ids.append(row.uuid)
        return ids

    def _fill_documents(self) -> None:
        self.documents = worklist.review_documents(self.session.project, self._annotator_ids(), self.gold)
        self.doc_box.blockSignals(True)
        self.doc_box.clear()
        for uuid, ext_id, status in self.documents:
            self.doc_box.addItem(f"{ext_id} — {STATUS_TITLES.get(status, status).lower()}", uuid)
        self.doc_box.blockSignals(False)
        self._sync_doc_box()

    def _sync_doc_box(self) -> None:
        i = self.doc_box.findData(self.document) if self.document else -1
        if i >= 0:
            self.doc_box.setCurrentIndex(i)
            status = adjudicate.gold_status(self.session.project, self.document)
            self.doc_box.setItemText(i, f"{self.documents[i][1]} — {STATUS_TITLES.get(status, status).lower()}")

    def load_document(self, uuid: str | None) -> None:
        """Show `uuid` (every compared layer and gold) and its disagreements."""
        project = self.session.project
        if uuid is None:
            return
        try:
            self.text = project.text(uuid)
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.document = uuid
        self.current = None
        for row, name in zip(self.rows, self.names):
            who = project.annotator(name)
            row.view.load(uuid, who.uuid, self.text, project.spans(uuid, who.uuid), project.relations(uuid, who.uuid))
        self.gold_row.view.load(uuid, self.gold, self.text, project.spans(uuid, self.gold), project.relations(uuid, self.gold))
        info = project.document(uuid)
        self.setWindowTitle(f"Review — {info.ext_id} — {project.path.name}")
        self._sync_doc_box()
        self.refresh()
        keys = self.list.keys
        first = next((k for k in keys if not self.review.group(k).resolved), keys[0] if keys else None)
        self.list.select(first)
        self.focus_list()

    def step_document(self, delta: int) -> None:
        ids = [d[0] for d in self.documents]
        if not ids:
            return
        i = ids.index(self.document) if self.document in ids else -1
        j = i + delta
        if 0 <= j < len(ids):
            self.load_document(ids[j])
        else:
            self.statusBar().showMessage("No more documents to review that way.", 5000)

    # -- the review -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the document's review again (after a decision or undo) and show it."""
        if self.document is None or not self.names:
            self.review = None
            self.list.show_review(None, "", [], self.shown, None)
            return
        try:
            self.review = adjudicate.review_document(self.session.project, document=self.document, annotators=self.names)
        except AnnotatorError as exc:
            self.review = None
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.list.show_review(self.review, self.text, self.names, self.shown, self.current)
        gold = {(s.start, s.end, s.label) for s in self.session.project.spans(self.document, self.gold)}
        everyone = set(self.names)
        waiting = sum(1 for g in self.review.groups for c in g.candidates if set(c.annotators) == everyone and (c.start, c.end, c.label) not in gold)
        agreed = sum(1 for g in self.review.groups for c in g.candidates if set(c.annotators) == everyone)
        rel_agreed = sum(1 for r in self.review.relations for c in r.candidates if set(c.annotators) == everyone)
        self.agreed_label.setText(
            f"All {len(self.names)} annotators agree on {agreed} span(s) and {rel_agreed} relation(s); {waiting} agreed span(s) not in gold yet (A or Ctrl+Shift+A)."
        )
        i = self.status_box.findData(self.review.gold_status)
        self.status_box.setCurrentIndex(max(i, 0))
        self._show_provenance()

    def group(self) -> SpanGroup | RelationGroup | None:
        if self.review is None or self.current is None:
            return None
        try:
            return self.review.group(self.current)
        except AnnotatorError:
            return None

    def show_group(self, key: str) -> None:
        """Put the disagreement `key` in view in every row, each annotator's proposal selected."""
        self.current = key
        group = self.group()
        if group is None:
            return
        if isinstance(group, SpanGroup):
            hits = [(group.start, group.end)]
        else:
            spans = {g.key: g for g in self.review.groups}
            hits = sorted((spans[k].start, spans[k].end) for k in group.groups if k in spans)
        for row, name in zip(self.rows, self.names):
            view = row.view
            view.blockSignals(True)
            if isinstance(group, SpanGroup):
                mine = [s for c in group.candidates if name in c.annotators for s in c.spans if s in view.spans()]
                view.select_span(mine[0] if mine else None)
            else:
                mine = [r for c in group.candidates if name in c.annotators for r in c.relations if r in view.relations()]
                view.select_relation(mine[0] if mine else None)
                if not mine:
                    view.select_span(None)
            view.blockSignals(False)
            view.set_find_hits(hits, 0)
            view.ensure_visible(hits[0][0])
        gv = self.gold_row.view
        gv.set_find_hits(hits, 0)
        gv.ensure_visible(hits[0][0])
        self._show_provenance()

    def _row_selected(self, view: TextView) -> None:
        """A click on a span in an annotator's row selects the disagreement holding it."""
        span = view.selected_span()
        if span is None or self.review is None:
            return
        for g in self.review.groups:
            if g.kind != "agreed" and any(span in c.spans for c in g.candidates) and g.key != self.current:
                self.list.select(g.key)
                return

    # -- deciding -------------------------------------------------------------------------------

    def review_key(self, event: QKeyEvent) -> bool:
        """The review keys (list and annotator rows): True when the key was one."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        key, text = event.key(), event.text().lower()
        if key in (K.Key_J, K.Key_N) and text in ("j", "n"):
            self.step(1)
        elif key in (K.Key_K, K.Key_P) and text in ("k", "p"):
            self.step(-1)
        elif text and text in "123456789" and len(text) == 1:
            self.decide("take", int(text) - 1)
        elif text == "b":
            self.decide("both")
        elif text == "x" or key == K.Key_Delete:
            self.decide("reject")
        elif text == "e" or key in (K.Key_Return, K.Key_Enter):
            self.edit_by_hand()
        elif text == "a":
            self.accept_agreed()
        else:
            return False
        return True

    def step(self, delta: int) -> None:
        keys = self.list.keys
        if not keys:
            self.statusBar().showMessage("No disagreements in this document.", 5000)
            return
        i = keys.index(self.current) if self.current in keys else -1
        j = min(max(i + delta, 0), len(keys) - 1) if i >= 0 else (0 if delta > 0 else len(keys) - 1)
        self.list.select(keys[j])

    def _after_decision(self, command: commands.EditCommand, what: str) -> None:
        """Say what the decision did (relations that followed the kept span included) and
        move to the next undecided disagreement."""
        done = command.done
        if done is None:
            return
        added = [a for b, a in done.relations if b is None and a is not None and not a.deleted]
        moved = [a for b, a in done.relations if b is not None and a is not None and not a.deleted and (b.head, b.tail) != (a.head, a.tail)]
        note = f"{what}."
        if added or moved:
            labels = ", ".join(sorted({r.label for r in added + moved}))
            note += f" {len(added) + len(moved)} relation(s) followed the kept span into gold ({labels})."
        self.statusBar().showMessage(note, 10000)
        keys = self.list.keys
        here = keys.index(self.current) if self.current in keys else -1
        for k in keys[here + 1 :] + keys[: here + 1]:
            if not self.review.group(k).resolved:
                self.list.select(k)
                break

    def decide(self, how: str, index: int = 0) -> None:
        """take (annotator number `index`), both or reject the current disagreement."""
        group = self.group()
        s = self.session
        if group is None:
            self.statusBar().showMessage("Select a disagreement first (J / K).", 5000)
            return
        if how == "take" and index >= len(self.names):
            self.statusBar().showMessage(f"There are {len(self.names)} annotators to take from.", 5000)
            return
        name = self.names[index] if how == "take" else ""
        spans = isinstance(group, SpanGroup)
        if how == "take":
            cls = commands.TakeSpan if spans else commands.TakeRelation
            command = cls(s, group=group, annotator=name, shown=self.shown(name))
            what = f"Took {self.shown(name)}'s {'span' if spans else 'relation'}"
        elif how == "both":
            command = commands.TakeBoth(s, group=group) if spans else commands.TakeBothRelations(s, group=group)
            what = "Took every proposal"
        else:
            command = commands.RejectSpan(s, group=group) if spans else commands.RejectRelation(s, group=group)
            what = "Rejected it"
        if s.push(command):
            self._after_decision(command, what)

    def accept_agreed(self) -> None:
        if self.document is None or not self.names:
            return
        command = commands.AcceptAgreed(self.session, document=self.document, annotators=self.names)
        if self.session.push(command):
            spans = sum(1 for b, a in command.done.spans if b is None)
            rels = sum(1 for b, a in command.done.relations if b is None)
            self.statusBar().showMessage(f"Accepted {spans} agreed spans and {rels} agreed relations (one undo step).", 8000)

    def focus_list(self) -> None:
        self.list.setFocus()

    # -- gold status ----------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        if self.document is None:
            return
        self.session.push(commands.SetGoldStatus(self.session, document=self.document, status=status))

    def mark_adjudicated(self) -> None:
        """Ctrl+Enter: this document is adjudicated; open the next one that is not."""
        if self.document is None:
            return
        left = sum(1 for k in self.list.keys if not self.review.group(k).resolved)
        if not self.session.push(commands.SetGoldStatus(self.session, document=self.document, status="adjudicated")):
            return
        self._fill_documents()
        ids = [d[0] for d in self.documents]
        here = ids.index(self.document) if self.document in ids else -1
        nxt = next((d[0] for d in self.documents[here + 1 :] + self.documents[: here + 1] if d[2] != "adjudicated"), None)
        note = f"Marked adjudicated ({left} disagreements left undecided)." if left else "Marked adjudicated."
        if nxt is None:
            self.statusBar().showMessage(note + " Every document in review is adjudicated.", 8000)
        else:
            self.load_document(nxt)
            self.statusBar().showMessage(note, 8000)

    # -- changes and events ---------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        gold_rows = [r for pair in (*changes.spans, *changes.relations) for r in pair if r is not None and r.annotator == self.gold]
        if changes.document and changes.document != self.document:
            if gold_rows:  # an undo or redo of a decision in another document: show it
                self.load_document(changes.document)
            return
        self.gold_row.view.apply_changes(changes)
        if gold_rows or changes.statuses:
            self.refresh()
            self._sync_doc_box()
        self.saved_label.setText(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.gold_row.view:
                gv = self.gold_row.view
                if event.key() == K.Key_Escape and not gv.picking() and gv.selection() is None and gv.selected_span() is None and gv.selected_relation() is None:
                    self.focus_list()
                    return True
            elif any(watched is row.view for row in self.rows):
                if self.review_key(event):
                    return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.session.changed.disconnect(self.on_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
