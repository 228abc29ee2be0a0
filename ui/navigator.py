"""Which document the main window shows: opening one into the text view and the span and
relation lists, stepping through the document list, marking done, the position in the
status bar, and following an undo or redo into the document it changed.

The widgets it drives are given to the constructor; the session comes with `set_session`
(a new project or annotator), which connects it to that session's `changed` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator import worklist
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from ui import commands, dialogs
from ui import settings as saved
from ui.example import ExampleBar, example_layer
from ui.models import STATUS_NAMES
from ui.session import Origin, Session
from ui.i18n import core_message, translate

if TYPE_CHECKING:
    from ui.document_list import DocumentList
    from ui.models import DocumentListModel, RelationListModel, SpanListModel
    from ui.search.find_bar import FindBar
    from ui.text import TextView

Gloss = Callable[[str, str], "list[tuple[int, int, str]] | None"]


class Navigator(QObject):
    """The open document (`document`, its row `document_row` in the filtered list) and the
    verbs that change it. `opened(uuid)` follows every document shown."""

    opened = Signal(str)

    def __init__(
        self,
        *,
        view: TextView,
        span_model: SpanListModel,
        relation_model: RelationListModel,
        doc_model: DocumentListModel,
        doc_list: DocumentList,
        find_bar: FindBar,
        position_label: QLabel,
        status_bar: QStatusBar,
        gloss_for: Gloss,
        parent: QWidget,
        example_bar: ExampleBar | None = None,
    ):
        super().__init__(parent)
        self.view, self.span_model, self.relation_model = view, span_model, relation_model
        self.doc_model, self.doc_list, self.find_bar = doc_model, doc_list, find_bar
        self.position_label, self.status_bar, self.gloss_for = position_label, status_bar, gloss_for
        self.parent_widget = parent
        self.session: Session | None = None
        self.document: str | None = None
        self.document_row: int | None = None
        self.example_bar = example_bar
        self.hidden_examples: set[str] = set()  # documents whose demo example the user hid
        doc_model.modelReset.connect(self.resync_row)
        if example_bar is not None:
            example_bar.copyRequested.connect(self.copy_example)
            example_bar.hideRequested.connect(self.hide_example)

    def set_session(self, session: Session) -> None:
        """Work on `session` from now on: list its documents, follow its changes. Connect
        this after the views, so they have ignored a change to another document before
        that document is opened here."""
        self.session = session
        session.changed.connect(self._on_changed)
        self.doc_model.set_project(session.project, session.annotator)

    def exists(self, uuid: str) -> bool:
        try:
            return self.session is not None and self.session.project.document(uuid) is not None
        except AnnotatorError:
            return False

    # -- showing a document ---------------------------------------------------------------

    def open_document(self, uuid: str) -> None:
        s = self.session
        if s is None:
            return
        try:
            text = s.project.text(uuid)
        except AnnotatorError as exc:
            dialogs.show_error(self.parent_widget, core_message(exc))
            return
        example = example_layer(s.project, uuid, s.annotator, self.hidden_examples) if self.example_bar else None
        layer = example or s.annotator
        spans = s.project.spans(uuid, layer)
        relations = s.project.relations(uuid, layer)
        self.document = uuid
        self.view.load(uuid, layer, text, spans, relations, gloss=self.gloss_for(uuid, text))
        self.opened.emit(uuid)
        if example:  # the lists are the annotator's own layer: empty until they tag
            self.example_bar.show_counts(len(spans), len(relations))
            spans, relations = [], []
        elif self.example_bar is not None:
            self.example_bar.hide()
        self.span_model.set_document(uuid, s.annotator, text, spans)
        self.relation_model.set_relations(relations)
        self.find_bar.refresh()
        self.document_row = self.doc_model.row_of(uuid)
        self.doc_list.show_row(self.document_row)
        saved.set_last_document(str(s.project.path.resolve()), uuid)
        self.show_position()
        self.view.setFocus()

    def open_first(self, preferred: str | None = None) -> None:
        """Open `preferred` if it still exists, else the list's first document, else none."""
        first = self.doc_model.row(0)
        target = preferred if preferred and self.exists(preferred) else (first.uuid if first else None)
        if target:
            self.open_document(target)
        else:
            self.clear()

    def clear(self) -> None:
        self.document = self.document_row = None
        self.view.clear()
        self.span_model.set_document(None, None, "", [])
        self.relation_model.set_relations([])
        self.show_position()

    def show_position(self) -> None:
        if self.document is None or self.session is None:
            self.position_label.setText(translate("Navigator", "No document"))
            return
        project, total = self.session.project, self.doc_model.rowCount()
        info = project.document(self.document)
        state = project.status(self.document, self.session.annotator)
        status = translate("Status", STATUS_NAMES.get(state, state.replace("_", " ")))
        if self.document_row is not None:
            where = translate("Navigator", "Document {n} of {total}").format(n=f"{self.document_row + 1:,}", total=f"{total:,}")
        else:
            where = translate("Navigator", "Document {id} (filtered out)").format(id=info.ext_id)
        self.position_label.setText(f"{where} · {info.ext_id} · {status}")

    def resync_row(self) -> None:
        """The list was filtered (or reloaded): find the open document in it."""
        if self.document is None or not self.exists(self.document):
            return
        self.document_row = self.doc_model.row_of(self.document)
        self.doc_list.show_row(self.document_row)
        self.show_position()

    def reload_list(self) -> None:
        """Read the document list again (assignments changed its order), keeping the open one."""
        s = self.session
        if s is not None:
            self.doc_model.set_project(s.project, s.annotator)
            self.resync_row()

    def reload_from_file(self) -> None:
        """Another window or the command line changed the file: show what it holds now,
        keeping the open document and where it was scrolled to."""
        s = self.session
        if s is None:
            return
        document, scroll = self.document, self.view.verticalScrollBar().value()
        self.doc_model.set_project(s.project, s.annotator)
        if document is not None and self.exists(document):
            self.open_document(document)
            self.view.verticalScrollBar().setValue(scroll)
        else:
            self.clear()
        self.status_bar.showMessage(translate("Navigator", "The project file was changed by another program; shown as it is now"), 6000)

    # -- moving on ------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        if self.document_row is None:
            first = self.doc_model.row(0)
            if first:
                self.open_document(first.uuid)
            return
        row = self.doc_model.row(self.document_row + delta)
        if row is not None:
            self.open_document(row.uuid)
        else:
            self.status_bar.showMessage(translate("Navigator", "No more documents that way."), 4000)

    def mark_done(self) -> None:
        """Mark this document done, then open the next one this annotator has not done."""
        s = self.session
        if s is None or self.document is None:
            return
        if not s.push(commands.SetStatus(s, document=self.document, status="done")):
            return
        nxt = worklist.next_undone(s.project, s.annotator, worklist.seq_of(s.project, self.document))
        if nxt is None:
            self.status_bar.showMessage(translate("Navigator", "Every document is done."), 8000)
            self.show_position()
        else:
            self.open_document(nxt)

    def reopen(self) -> None:
        s = self.session
        if s is not None and self.document is not None:
            s.push(commands.SetStatus(s, document=self.document, status="in_progress"))

    def _on_changed(self, changes: Changes, origin: str) -> None:
        """A status shows in the position; an undo or redo in another document opens that
        document (a macro over many ends on the one changed last). A new edit elsewhere,
        such as accepting suggestions over the project, leaves the open document be."""
        elsewhere = changes.document and changes.document != self.document and (changes.spans or changes.relations)
        if elsewhere and origin != Origin.DO:
            self.open_document(changes.document)
        elif self.showing_example() and changes.document == self.document and self._own_rows(changes):
            self._reopen_in_place(changes)  # the first own span: the example gives way to the own layer
        elif changes.statuses:
            self.show_position()

    # -- the demo layer's example (see ui/example.py) --------------------------------------

    def showing_example(self) -> bool:
        return self.session is not None and self.document is not None and self.view.annotator != self.session.annotator

    def _own_rows(self, changes: Changes) -> bool:
        mine = self.session.annotator
        return any(row is not None and row.annotator == mine for pair in (*changes.spans, *changes.relations) for row in pair)

    def _reopen_in_place(self, changes: Changes | None = None) -> None:
        """Show the document again (the example gone, the own layer shown) with the line
        under the pointer (else the changed span's, else the top one) where it was on the
        window, though the example's rows above it and the example bar are gone."""
        view, window = self.view, self.parent_widget
        anchor = view.anchor_for(changes)
        top = view.line_top(anchor, window) if anchor is not None else None
        self.open_document(self.document)
        box = view.parentWidget().layout() if view.parentWidget() is not None else None
        if box is not None:
            box.activate()  # the example bar's room goes to the view now, not at the next event
        if top is not None:
            view.hold_line(anchor, top, window)

    def copy_example(self) -> None:
        """Copy the shown example into the annotator's own layer (one undoable action)."""
        s = self.session
        if not self.showing_example():
            return
        if s.push(commands.CopyLayer(s, document=self.document, source=self.view.annotator, name=translate("Navigator", "the demo layer"))):
            self.status_bar.showMessage(translate("Navigator", "Copied the example into your layer: correct it and add to it; Ctrl+Z takes it back."), 8000)

    def hide_example(self) -> None:
        if self.showing_example():
            self.hidden_examples.add(self.document)
            self._reopen_in_place()
