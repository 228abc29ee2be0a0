"""The window's attribute verb: Annotate ▸ Span attributes… (Ctrl+Shift+E) opens the editor on
the selected span; what it saves is one undo command calling `annotator.attributes.
set_attributes`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from annotator import attributes
from annotator.edits import Changes
from ui.attributes.editor import AttributeEditor
from ui.commands import EditCommand
from ui.models import SpanListModel
from ui.session import Session
from ui.text import TextView
from ui.i18n import translate


class SetAttributes(EditCommand):
    def __init__(self, session: Session, *, span: str, values: dict):
        super().__init__(session, translate("AttributeActions", "Span attributes"), lambda: attributes.set_attributes(session.project, span=span, values=values))


class AttributeActions(QObject):
    """Opens the attribute editor on `view`'s selected span, for the current session, and
    keeps the shown document's attributes in `span_model`'s tooltips."""

    def __init__(self, view: TextView, span_model: SpanListModel, status_bar: QStatusBar, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.session: Session | None = None
        self.view, self.span_model, self.status_bar, self.parent_widget = view, span_model, status_bar, parent_widget
        self.editor: AttributeEditor | None = None

    def set_session(self, session: Session) -> None:
        self.session = session
        session.changed.connect(self.on_changed)
        self.refresh()

    def on_changed(self, changes: Changes, _origin: str = "") -> None:
        if any((a or b).document == self.view.document for b, a in changes.attributes):
            self.refresh()

    def refresh(self) -> None:
        """Read the shown document's attributes in the annotator's own layer."""
        s, document = self.session, self.view.document
        found = attributes.layer_attributes(s.project, document, s.annotator) if s is not None and document is not None else {}
        self.span_model.set_attributes(found)

    def edit_selected(self) -> None:
        s, view = self.session, self.view
        span = view.selected_span()
        if s is None or span is None:
            self.status_bar.showMessage(translate("AttributeActions", "Select a span first (click it or press Tab), then edit its attributes."), 8000)
            return
        if view.annotator != s.annotator:
            self.status_bar.showMessage(translate("AttributeActions", "That is the demo layer's example, read-only: attributes go on your own spans."), 8000)
            return
        row = view.spans()[span]
        declared = s.project.scheme.attributes_for(row.label)
        if not declared:
            self.status_bar.showMessage(translate("AttributeActions", "The scheme declares no attributes for {label} spans.").format(label=row.label), 8000)
            return
        what = f"{row.label} “{view.text[row.start:row.end]}”"
        self.editor = AttributeEditor(what, declared, attributes.span_attributes(s.project, span), lambda name: attributes.used_values(s.project, name), self.parent_widget)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(lambda values: self.save(span, values))
        self.editor.finished.connect(lambda _result: view.setFocus())
        self.editor.open()

    def save(self, span: str, values: dict) -> bool:
        s = self.session
        if s is None or not values:
            return False
        if s.push(SetAttributes(s, span=span, values=values)):
            self.status_bar.showMessage(translate("AttributeActions", "Saved the span's attributes."), 4000)
            return True
        return False
