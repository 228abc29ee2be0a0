"""Review ▸ Review document: compare annotators' layers of one document and decide, from the
keyboard, what goes into the curator's gold layer.

Each compared annotator's spans and relations are a read-only row (a `TextView` on their
layer), the gold layer is the editable row under them, all on the same text. The list on the
left holds the disagreements `disagreements.review_document` finds, grouped by kind. Every
decision is one undo command calling one `adjudicate` function (undo: `edits.revert`), pushed
on the session's undo stack (the main window's too) and so saved at once; the window
refreshes from the `Changes` record like every other view. Its parts live beside it: the
rows (layers.py), the left column (disagreements.py), the toolbars (toolbar.py), the
decisions and their commands (decisions.py) and the gold row's editing and provenance (gold.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from annotator import adjudicate, disagreements, store, worklist
from annotator.disagreements import DocumentReview, RelationGroup, SpanGroup
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.agreement_report import default_annotators
from annotator.project import GOLD
from ui.accessible import name_controls
from ui import commands
from ui import settings as saved
from ui.review.decisions import Decisions
from ui.review.disagreements import DisagreementColumn
from ui.review.gold import GoldEditor
from ui.review.layers import LayerRow, LayerStack, plain_label
from ui.review.toolbar import ReviewToolbars
from ui.session import Session
from ui.text import TextView
from ui.i18n import core_message, translate

K = Qt.Key


class ReviewWindow(QMainWindow):
    """The review of one session's project, a top-level window over `parent`."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        project = self.session.project
        self.setWindowTitle(translate("ReviewWindow", "Review — {file}").format(file=project.path.name))
        self.gold = store.annotator_uuid(GOLD)
        self.names: list[str] = default_annotators(project)
        self.blind = False
        self.document: str | None = None
        self.text = ""
        self.review: DocumentReview | None = None
        self.current: str | None = None
        self.documents: list[tuple[str, str, str]] = []

        left = DisagreementColumn()
        self.column, self.list, self.provenance_label = left, left.list, left.provenance_label
        self.list.keyFilter = self.review_key
        self.list.current.connect(self.show_group)
        self.layers = LayerStack()
        self.gold_row = self.layers.gold_row
        gv = self.gold_row.view
        self.gold_editor = GoldEditor(self.session, gv, self.statusBar(), self.provenance_label, gold=self.gold, parent=self)
        gv.select_first_notice = translate("ReviewWindow", "Select some text in the gold row first, then press a label key.")
        gv.tagRequested.connect(self.gold_editor.tag)
        gv.relabelRequested.connect(self.gold_editor.relabel)
        gv.deleteSpanRequested.connect(self.gold_editor.delete_span)
        gv.deleteRelationRequested.connect(self.gold_editor.delete_relation)
        gv.resizeRequested.connect(lambda span, a, b: self.session.push(commands.ResizeSpan(self.session, span=span, start=a, end=b)))
        gv.relationRequested.connect(self.gold_editor.offer_relations)
        gv.selectionChanged.connect(self._show_provenance)
        gv.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        gv.installEventFilter(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.layers)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 980])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.decisions = Decisions(self)
        self._toolbars()
        self.saved_label = plain_label()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.session.changed.connect(self.on_changed)
        self._listening = True
        self._build_rows()
        saved.fit_to_screen(self, first_run=True, size=QSize(1400, 880))  # never larger than the screen
        self._recentre = QTimer(self, singleShot=True, interval=50)
        self._recentre.timeout.connect(self._centre_again)
        name_controls(self)  # after every control is made

    def _toolbars(self) -> None:
        slots = {
            "blind": self.set_blind,
            "accept_agreed": self.decisions.accept_agreed,
            "adjudicated": self.decisions.mark_adjudicated,
            "next_document": lambda: self.step_document(1),
            "previous_document": lambda: self.step_document(-1),
            "back": self.focus_list,
            "close": self.close,
            "take_1": lambda: self.decisions.decide("take", 0),
            "take_2": lambda: self.decisions.decide("take", 1),
            "both": lambda: self.decisions.decide("both"),
            "reject": lambda: self.decisions.decide("reject"),
            "edit": self.edit_by_hand,
        }
        self.bar = ReviewToolbars(self, self.session.undo_stack, slots)
        self.actions_ = self.bar.actions
        self.status_box = self.bar.status_box
        self.bar.documentChosen.connect(self.load_document)
        self.bar.statusChosen.connect(self.decisions.set_status)
        self.bar.annotatorToggled.connect(self._toggle_annotator)

    # -- annotators and documents ---------------------------------------------------------------

    def shown(self, name: str) -> str:
        """An annotator as the window shows them: their name, or 'Annotator A' when blind."""
        if self.blind:
            alias = disagreements.aliases(self.names).get(name)
            return translate("ReviewWindow", "Annotator {alias}").format(alias=alias) if alias else name
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

    def _toggle_annotator(self, name: str, on: bool) -> None:
        order = [a.name for a in self.session.project.annotators(include_gold=False)]
        chosen = (set(self.names) | {name}) if on else (set(self.names) - {name})
        self.set_annotators([n for n in order if n in chosen])

    def _who_menu(self) -> None:
        everyone = [row.name for row in self.session.project.annotators(include_gold=False) if not row.deleted]
        self.bar.show_annotators(everyone, self.names, self.shown)

    @property
    def rows(self) -> list[LayerRow]:
        return self.layers.rows

    def _build_rows(self) -> None:
        self.layers.set_annotators(len(self.names), self.session.project.scheme, self, self._row_selected)
        self._titles()
        self._who_menu()
        self.refill_documents()

    def _titles(self) -> None:
        self.layers.set_titles([self.shown(n) for n in self.names])
        takes = ", ".join(translate("ReviewWindow", "{key} take {name}").format(key=i + 1, name=self.shown(n)) for i, n in enumerate(self.names[:9]))
        self.column.show_keys(takes)
        self.bar.show_names(self.names, self.shown)

    def _annotator_ids(self) -> list[str]:
        ids = []
        for name in self.names:
            row = self.session.project.annotator(name)
            if row is not None:
                ids.append(row.uuid)
        return ids

    def refill_documents(self) -> None:
        """Read the documents in review (and their gold status) again."""
        self.documents = worklist.review_documents(self.session.project, self._annotator_ids(), self.gold)
        self.bar.show_documents(self.documents)
        self._sync_doc_box()

    def _sync_doc_box(self) -> None:
        ids = [d[0] for d in self.documents]
        if self.document in ids:
            ext_id = self.documents[ids.index(self.document)][1]
            self.bar.show_document(self.document, ext_id, adjudicate.gold_status(self.session.project, self.document))

    def load_document(self, uuid: str | None) -> None:
        """Show `uuid` (every compared layer and gold) and its disagreements."""
        project = self.session.project
        if uuid is None:
            return
        try:
            self.text = project.text(uuid)
        except AnnotatorError as exc:
            self.statusBar().showMessage(core_message(exc), 8000)
            return
        self.document = uuid
        self.current = None
        self.layers.load(project, uuid, self.text, self.names, self.gold)
        info = project.document(uuid)
        self.setWindowTitle(translate("ReviewWindow", "Review — {document} — {file}").format(document=info.ext_id, file=project.path.name))
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
            self.statusBar().showMessage(translate("ReviewWindow", "No more documents to review that way."), 5000)

    # -- the review -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the document's review again (after a decision or undo) and show it."""
        if self.document is None or not self.names:
            self.review = None
            self.list.show_review(None, "", [], self.shown, None)
            return
        try:
            self.review = disagreements.review_document(self.session.project, document=self.document, annotators=self.names)
        except AnnotatorError as exc:
            self.review = None
            self.statusBar().showMessage(core_message(exc), 8000)
            return
        self.list.show_review(self.review, self.text, self.names, self.shown, self.current)
        gold = {(s.start, s.end, s.label) for s in self.session.project.spans(self.document, self.gold)}
        self.column.show_agreed(self.review, gold, self.names)
        self.bar.show_status(self.review.gold_status)
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
        if not self.layers.show_group(group, self.review, self.names, self.text, self.shown):
            self.statusBar().showMessage(translate("ReviewWindow", "The relation's ends are too far apart for one pane: both are in the strip above; click one there to bring it into the rows."), 10000)
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

    # -- keys -------------------------------------------------------------------------------------

    def review_key(self, event: QKeyEvent) -> bool:
        """The review keys (list and annotator rows): True when the key was one."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        key, text = event.key(), event.text().lower()
        if key == K.Key_Escape:  # this window's, never the main window's behind it
            self.close()
        elif key in (K.Key_J, K.Key_N) and text in ("j", "n"):
            self.step(1)
        elif key in (K.Key_K, K.Key_P) and text in ("k", "p"):
            self.step(-1)
        elif text and text in "123456789" and len(text) == 1:
            self.decisions.decide("take", int(text) - 1)
        elif text == "b":
            self.decisions.decide("both")
        elif text == "x" or key == K.Key_Delete:
            self.decisions.decide("reject")
        elif text == "e" or key in (K.Key_Return, K.Key_Enter):
            self.edit_by_hand()
        elif text == "a":
            self.decisions.accept_agreed()
        else:
            return False
        return True

    def step(self, delta: int) -> None:
        keys = self.list.keys
        if not keys:
            self.statusBar().showMessage(translate("ReviewWindow", "No disagreements in this document."), 5000)
            return
        i = keys.index(self.current) if self.current in keys else -1
        j = min(max(i + delta, 0), len(keys) - 1) if i >= 0 else (0 if delta > 0 else len(keys) - 1)
        self.list.select(keys[j])

    def edit_by_hand(self) -> None:
        self.gold_editor.edit_by_hand(self.group(), self.names)

    def _show_provenance(self) -> None:
        self.gold_editor.show_provenance(self.group(), self.shown)

    def focus_list(self) -> None:
        self.list.setFocus()

    # -- changes and events ---------------------------------------------------------------------

    def on_changed(self, changes: Changes, _origin: str = "") -> None:
        gold_rows = [r for pair in (*changes.spans, *changes.relations) for r in pair if r is not None and r.annotator == self.gold]
        if changes.document and changes.document != self.document:
            if gold_rows:  # an undo or redo of a decision in another document: show it
                self.load_document(changes.document)
            return
        self.gold_row.view.apply_changes(changes)
        if gold_rows or changes.statuses:
            self.refresh()
            self._sync_doc_box()
        self.saved_label.setText(translate("MainWindow", "Saved {time}").format(time=QTime.currentTime().toString("HH:mm:ss")))

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == K.Key_Escape and not event.modifiers():  # from a toolbar or the status bar
            self.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._listening:  # shown again after a close: hear changes again, and catch up
            self._listening = True
            self.session.changed.connect(self.on_changed)
            self.refresh()
        # Keys go to this window from the start, not after a first click.
        QTimer.singleShot(0, self, self._take_focus)
        self._recentre.start()

    def _centre_again(self) -> None:
        """Centre the rows on the current disagreement once their layouts are exact (the
        idle pass keeps the top line still, not the centred one, while heights settle)."""
        if self.current is None or not self.isVisible():
            return
        if any(v.layout_pending() for v in [*(r.view for r in self.rows), self.gold_row.view]):
            self._recentre.start()
            return
        self.show_group(self.current)

    def resizeEvent(self, event) -> None:
        # The rows re-wrap at their new width (and a window manager sizes the window after
        # it is shown): centre them on the current disagreement again once the size settles.
        super().resizeEvent(event)
        self._recentre.start()

    def _take_focus(self) -> None:
        self.activateWindow()
        self.focus_list()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._listening:  # closed, it stops listening until shown again (a second close has nothing to undo)
            self._listening = False
            self.session.changed.disconnect(self.on_changed)
        super().closeEvent(event)
