"""The main window's annotating verbs: the text view's requests (tag, relabel, delete, resize,
relate, context menu) turned into undo commands on one session. Each request carries its
target, so nothing here reads the selection back from the view except to select what was
just made.

One `AnnotateActions` belongs to one session: the window makes a new one when a project is
opened and `detach()`es the old one, which then hears nothing more from the view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from annotator.scheme import RelationType
from ui import commands
from ui.session import Session
from ui.text import Hit, TextView
from ui.i18n import translate


EXAMPLE_READ_ONLY = QT_TRANSLATE_NOOP("AnnotateActions", "That is the demo layer's example, read-only. Tag some text to start your own layer, or use Copy into my layer above the text.")


class AnnotateActions(QObject):
    """Pushes the commands for what `view` asks, on `session`; messages go to `status_bar`,
    menus open as children of `parent_widget`."""

    occurrencesRequested = Signal(str)  # "document" or "project": annotate all occurrences
    attributesRequested = Signal()  # edit the selected span's attributes

    def __init__(self, session: Session, view: TextView, status_bar: QStatusBar, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.session = session
        self.view = view
        self.status_bar = status_bar
        self.parent_widget = parent_widget
        self._relation_menu: QMenu | None = None  # kept so the popup is not collected
        self._links = [
            (view.tagRequested, self.tag),
            (view.relabelRequested, self.relabel),
            (view.deleteSpanRequested, self.delete_span),
            (view.deleteRelationRequested, self.delete_relation),
            (view.resizeRequested, self.resize_span),
            (view.relationRequested, self.offer_relations),
            (view.contextRequested, self.context_menu),
        ]
        for signal, slot in self._links:
            signal.connect(slot)

    def detach(self) -> None:
        """Stop acting on the view's requests (another session takes over)."""
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []

    def example_only(self) -> bool:
        """True (and says why) when the view shows the demo layer's example rather than the
        annotator's own layer: its spans and relations are read-only. Tagging text is not
        refused: the new span goes into the annotator's own layer, which is shown from then on."""
        if self.view.annotator == self.session.annotator:
            return False
        self.status_bar.showMessage(translate("AnnotateActions", EXAMPLE_READ_ONLY), 10000)
        return True

    # -- spans ----------------------------------------------------------------------------------

    def tag(self, label: str, start: int, end: int) -> None:
        """Tag [start, end) of the shown document with `label`, then select the new span."""
        s = self.session
        document = self.view.document
        if document is None:
            return
        command = commands.AddSpan(s, document=document, start=start, end=end, label=label)
        if s.push(command):
            # The new span is selected, so R (relation) or a label key (fix it) follow at once.
            self.view.select_span(command.done.spans[0][1].uuid)

    def relabel(self, span: str, label: str) -> None:
        """Give `span` the label `label` (nothing to do when it has it already)."""
        if self.example_only():
            return
        row = self.view.spans().get(span)
        if row is not None and row.label != label:
            self.session.push(commands.RelabelSpan(self.session, span=span, label=label))

    def delete_span(self, span: str) -> None:
        if self.example_only():
            return
        self.session.push(commands.DeleteSpan(self.session, span=span))

    def resize_span(self, span: str, start: int, end: int) -> None:
        if self.example_only():
            return
        self.session.push(commands.ResizeSpan(self.session, span=span, start=start, end=end))

    # -- relations ------------------------------------------------------------------------------

    def offer_relations(self, head: str, tail: str) -> None:
        """Show a menu of the relation types the scheme allows from `head` to `tail`."""
        if self.example_only():
            return
        s = self.session
        spans = self.view.spans()
        h, t = spans[head], spans[tail]
        allowed = s.project.scheme.allowed_relations(h.label, t.label)
        if not allowed:
            self.status_bar.showMessage(translate("AnnotateActions", "The scheme allows no relation from {head} to {tail}; nothing was added.").format(head=h.label, tail=t.label), 10000)
            return
        self._relation_menu = relation_menu(self.view, tail, allowed, lambda name: self.add_relation(head, tail, name), self.parent_widget)

    def add_relation(self, head: str, tail: str, label: str) -> None:
        s = self.session
        if s.push(commands.AddRelation(s, head=head, tail=tail, label=label)):
            self.status_bar.showMessage(translate("AnnotateActions", "Added {label}.").format(label=label), 4000)

    def relabel_relation(self, relation: str, label: str) -> None:
        self.session.push(commands.RelabelRelation(self.session, relation=relation, label=label))

    def reverse_relation(self, relation: str | None) -> None:
        if relation:
            self.session.push(commands.ReverseRelation(self.session, relation=relation))

    def delete_relation(self, relation: str) -> None:
        if self.example_only():
            return
        self.session.push(commands.DeleteRelation(self.session, relation=relation))

    # -- context menu ---------------------------------------------------------------------------

    def context_menu(self, hit: Hit, pos: QPoint) -> None:
        """The right-click menu of a relation or a span (which it selects first)."""
        if self.example_only():
            return
        s = self.session
        view = self.view
        menu = QMenu(self.parent_widget)
        if hit.relation:
            relation = hit.relation
            view.select_relation(relation)
            rel = view.relations()[relation]
            head, tail = view.spans()[rel.head], view.spans()[rel.tail]
            sub = menu.addMenu(translate("AnnotateActions", "Change type"))
            for rtype in s.project.scheme.allowed_relations(head.label, tail.label):
                sub.addAction(rtype.name).triggered.connect(lambda _=False, n=rtype.name: self.relabel_relation(relation, n))
            menu.addAction(translate("AnnotateActions", "Reverse direction")).triggered.connect(lambda: self.reverse_relation(relation))
            menu.addAction(translate("AnnotateActions", "Note… (;)")).triggered.connect(view.request_note)
            menu.addAction(translate("AnnotateActions", "Unsure (?)")).triggered.connect(view.request_unsure)
            menu.addAction(translate("AnnotateActions", "Delete relation")).triggered.connect(lambda: self.delete_relation(relation))
        elif hit.span:
            span = hit.span
            view.select_span(span)
            sub = menu.addMenu(translate("AnnotateActions", "Relabel"))
            for entity in s.project.scheme.entities:
                sub.addAction(entity.name).triggered.connect(lambda _=False, n=entity.name: self.relabel(span, n))
            menu.addAction(translate("AnnotateActions", "Start relation (R)")).triggered.connect(view.start_relation)
            menu.addAction(translate("AnnotateActions", "Note… (;)")).triggered.connect(view.request_note)
            menu.addAction(translate("AnnotateActions", "Unsure (?)")).triggered.connect(view.request_unsure)
            if s.project.scheme.attributes_for(view.spans()[span].label):
                menu.addAction(translate("AnnotateActions", "Attributes… (Ctrl+Shift+E)")).triggered.connect(self.attributesRequested.emit)
            menu.addAction(translate("AnnotateActions", "Annotate all occurrences in this document")).triggered.connect(lambda: self.occurrencesRequested.emit("document"))
            menu.addAction(translate("AnnotateActions", "Annotate all occurrences in the whole project")).triggered.connect(lambda: self.occurrencesRequested.emit("project"))
            menu.addAction(translate("AnnotateActions", "Delete span")).triggered.connect(lambda: self.delete_span(span))
        else:
            return
        menu.popup(pos)


def relation_menu(view: TextView, tail: str, allowed: list[RelationType], pick: Callable[[str], object], parent: QWidget) -> QMenu:
    """Pop up the relation types in `allowed` (each with its key and description) under the
    `tail` span of `view`; choosing one calls `pick(name)`. The caller keeps the menu alive."""
    menu = QMenu(parent)
    menu.setTitle(translate("annotate", "Relation"))
    for rtype in allowed:
        key = f"&{rtype.key}  " if rtype.key else ""
        action = menu.addAction(f"{key}{rtype.name}")
        action.setToolTip(rtype.description)
        action.triggered.connect(lambda _=False, name=rtype.name: pick(name))
    rect = view.span_rect(tail)
    menu.popup(view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))
    # With no current entry QMenu spends the first Enter on making the top one current.
    menu.setActiveAction(menu.actions()[0])
    return menu
