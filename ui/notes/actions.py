"""The window's note verbs: `;` writes a note and `?` flips "unsure" on the selected span or
relation, or on the document when nothing is selected, each one undo command calling one
`annotator.notes` function; and the marks that show them on the span bars, the arc labels,
the entity and relation lists and the status bar, refreshed from each change record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator import notes
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.notes import NoteEntry
from annotator.search import search_notes
from annotator.rows import NoteRow
from ui.commands import EditCommand
from ui.models import RelationListModel, SpanListModel, plain_tooltip
from ui.notes.editor import NoteEditor
from ui.notes.marks import mark, marks, tooltip_line
from ui.notes.panel import NotesPanel
from ui.session import Session
from ui.text import TextView
from ui.i18n import core_message, translate


# What a note is on, as the messages name it.
KINDS = (QT_TRANSLATE_NOOP("NoteActions", "span"), QT_TRANSLATE_NOOP("NoteActions", "relation"), QT_TRANSLATE_NOOP("NoteActions", "document"))


class SetNote(EditCommand):
    def __init__(self, session: Session, *, kind: str, target: str, text: str):
        super().__init__(session, translate("NoteActions", "Note on the {kind}").format(kind=translate("NoteActions", kind)), lambda: notes.set_note(session.project, annotator=session.annotator, kind=kind, target=target, text=text))


class DeleteNote(EditCommand):
    def __init__(self, session: Session, *, kind: str, target: str):
        super().__init__(session, translate("NoteActions", "Delete the {kind}'s note").format(kind=translate("NoteActions", kind)), lambda: notes.delete_note(session.project, annotator=session.annotator, kind=kind, target=target))


class ToggleUnsure(EditCommand):
    def __init__(self, session: Session, *, kind: str, target: str):
        super().__init__(session, translate("NoteActions", "Unsure about the {kind}").format(kind=translate("NoteActions", kind)), lambda: notes.toggle_unsure(session.project, annotator=session.annotator, kind=kind, target=target))


class NoteActions(QObject):
    """Acts on `view`'s note requests for the current session and keeps the marks of the
    shown document's notes in `view`, `span_model`, `relation_model` and `doc_label` (a
    status-bar label for the document's own note); fills the notes `panel` and opens a note's
    target with `open_document(uuid)`."""

    def __init__(
        self, view: TextView, span_model: SpanListModel, relation_model: RelationListModel, status_bar: QStatusBar, parent_widget: QWidget,
        open_document: Callable[[str], None],
    ):
        super().__init__(parent_widget)
        self.open_document = open_document
        self.panel = NotesPanel()
        self.panel.searchChanged.connect(lambda _text: self.fill_panel())
        self.panel.noteActivated.connect(self.open_entry)
        self.session: Session | None = None
        self.view, self.span_model, self.relation_model = view, span_model, relation_model
        self.status_bar, self.parent_widget = status_bar, parent_widget
        self.doc_label = QLabel("")
        self.doc_label.setTextFormat(Qt.TextFormat.PlainText)
        self.doc_label.hide()
        status_bar.addPermanentWidget(self.doc_label)
        self.editor: NoteEditor | None = None
        self.shown: dict[str, NoteRow] = {}  # target uuid -> live note, of the shown document
        view.noteRequested.connect(self.edit_note)
        view.unsureRequested.connect(self.toggle_unsure)

    def set_session(self, session: Session) -> None:
        self.session = session
        session.changed.connect(self.on_changed)
        self.refresh()
        self.fill_panel()

    # -- verbs ----------------------------------------------------------------------------------

    def _own(self, kind: str) -> bool:
        """Notes on spans and relations go in their own layer: not on the demo example."""
        if kind != "document" and self.view.annotator != self.session.annotator:
            self.status_bar.showMessage(translate("NoteActions", "That is the demo layer's example, read-only: a note goes on your own spans (or press ; with nothing selected for the document)."), 10000)
            return False
        return True

    def edit_note(self, kind: str, target: str) -> None:
        """Open the note editor on a target; what it saves is one undo step."""
        s = self.session
        if s is None or not self._own(kind):
            return
        current = notes.note_of(s.project, annotator=s.annotator, target=target)
        self.editor = NoteEditor(self.describe(kind, target), current.text if current else "", self.parent_widget)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(lambda text: self.save(kind, target, text))
        self.editor.finished.connect(lambda _result: self.view.setFocus())
        self.editor.open()

    def save(self, kind: str, target: str, text: str) -> bool:
        """Write (or with "" delete) the annotator's note on a target; False when refused."""
        s = self.session
        if s is None:
            return False
        current = notes.note_of(s.project, annotator=s.annotator, target=target)
        if not text:
            if current is None or not current.text:
                return False
            return s.push(DeleteNote(s, kind=kind, target=target))
        if current is not None and current.text == text:
            return False
        return s.push(SetNote(s, kind=kind, target=target, text=text))

    def toggle_unsure(self, kind: str, target: str) -> None:
        s = self.session
        if s is None or not self._own(kind):
            return
        if s.push(ToggleUnsure(s, kind=kind, target=target)):
            note = notes.note_of(s.project, annotator=s.annotator, target=target)
            said = translate("NoteActions", "Marked the {kind} unsure.") if note and note.unsure else translate("NoteActions", "The {kind} is no longer marked unsure.")
        self.status_bar.showMessage(said.format(kind=translate("NoteActions", kind)), 4000)

    def describe(self, kind: str, target: str) -> str:
        if kind == "span" and target in self.view.spans():
            s = self.view.spans()[target]
            return f"{s.label} “{self.view.text[s.start:s.end]}”"
        if kind == "relation" and target in self.view.relations():
            r = self.view.relations()[target]
            spans = self.view.spans()
            head, tail = spans.get(r.head), spans.get(r.tail)
            words = lambda x: self.view.text[x.start:x.end] if x else "?"  # noqa: E731
            return f"{r.label}: “{words(head)}” → “{words(tail)}”"
        return translate("NoteActions", "this document")

    # -- marks ----------------------------------------------------------------------------------

    def on_changed(self, changes: Changes, _origin: str = "") -> None:
        if any((a or b).document == self.view.document for b, a in changes.notes):
            self.refresh()
        if changes.notes or changes.spans or changes.relations:  # a deleted span hides its note
            self.fill_panel()

    # -- the notes panel --------------------------------------------------------------------------

    def fill_panel(self) -> None:
        """List the project's notes (those matching the panel's search) when the panel shows."""
        if self.session is None or not self.panel.isVisible():
            return
        query = self.panel.search.text()
        try:
            found = search_notes(self.session.project, query) if query.strip() else notes.list_notes(self.session.project)
        except AnnotatorError as exc:
            self.status_bar.showMessage(core_message(exc), 8000)
            return
        self.panel.show_entries(found)

    def open_entry(self, entry: NoteEntry) -> None:
        """Open the note's document and select its target: the span or relation when the view
        shows its layer, else the text it is on; a document note just opens the document."""
        s = self.session
        if s is None:
            return
        info = s.project.document_by_ext_id(entry.document)
        if info is None:
            return
        if self.view.document != info.uuid:
            self.open_document(info.uuid)
        if entry.kind == "span" and entry.target in self.view.spans():
            self.view.select_span(entry.target)
        elif entry.kind == "relation" and entry.target in self.view.relations():
            self.view.select_relation(entry.target)
        elif entry.start is not None and entry.end is not None:
            self.view.set_text_selection(entry.start, entry.end, precise=True)
        said = translate("NoteActions", "{who}'s note on {what}: {text}") if entry.text else translate("NoteActions", "{who} marked {what} unsure")
        self.status_bar.showMessage(said.format(who=entry.annotator, what=entry.what, text=entry.text), 10000)

    def refresh(self) -> None:
        """Read the shown document's notes (the shown layer's and the annotator's own) and
        show their marks."""
        s, document = self.session, self.view.document
        found: dict[str, NoteRow] = {}
        if s is not None and document is not None:
            for layer in {self.view.annotator, s.annotator} - {None}:
                found.update(notes.layer_notes(s.project, document, layer))
        self.shown = found
        self.view.set_marks(marks({k: v for k, v in found.items() if v.target_kind != "document"}))
        self.span_model.set_notes(found)
        self.relation_model.set_notes(found)
        own = found.get(document or "")
        text = mark(own).strip()
        self.doc_label.setText(translate("NoteActions", "Document {text}").format(text=text) if text else "")
        self.doc_label.setToolTip(plain_tooltip(tooltip_line(own)) if text else "")
        self.doc_label.setVisible(bool(text))
