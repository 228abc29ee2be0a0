"""The main window: document list, text view, side panel, status bar and menus. It turns the
views' requests into undo commands and hands each resulting `Changes` record to every view.
Romanisation, project search and annotate-all-occurrences are its `SearchMixin` side
(ui/window_search.py).

The constructor does no I/O; `open_project(path)` opens a project, asks who is annotating
(once; remembered) and shows the last document worked on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from annotator import worklist
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.project import Project
from ui import commands, dialogs
from ui import settings as saved
from ui.document_list import DocumentList
from ui.file_watch import FileWatch
from ui.find_bar import FindBar
from ui.menus import build_menus
from ui.models import DocumentListModel, RelationListModel, SpanListModel
from ui.session import Session
from ui.side_panel import SidePanel
from ui.text_geometry import Hit
from ui.text_view import TextView
from ui.window_search import SearchMixin
from ui.window_team import TeamMixin


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and ids are never rich text
    return label


class MainWindow(SearchMixin, TeamMixin, QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Hindi news annotator")
        self.session: Session | None = None
        self.document: str | None = None
        self.document_row: int | None = None
        self.view = TextView()
        self.find_bar = FindBar(self.view)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.find_bar)
        box.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.doc_model = DocumentListModel(self)
        self.doc_list = DocumentList(self.doc_model)
        self.span_model = SpanListModel(self)
        self.relation_model = RelationListModel(self.span_model, self)
        self.side = SidePanel(self.span_model, self.relation_model)
        self.doc_dock = self._dock("Documents", "documents", self.doc_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.side_dock = self._dock("Labels and annotations", "annotations", self.side, Qt.DockWidgetArea.RightDockWidgetArea)
        self.who_label, self.position_label, self.saved_label = _plain_label(), _plain_label(), _plain_label()
        for label in (self.who_label, self.position_label, self.saved_label):
            self.statusBar().addPermanentWidget(label)
        self.actions_: dict[str, QAction] = {}
        self._relation_menu: QMenu | None = None
        self.file_watch = FileWatch(self)
        self.file_watch.changed_elsewhere.connect(self.reload_from_file)
        self._init_search()
        self._init_team()
        build_menus(self)
        self.view.set_zoom(saved.zoom())
        self.view.set_arcs_visible(saved.arcs_visible())
        self.side.arcs_box.setChecked(saved.arcs_visible())
        self._connect()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() needs object names
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        v = self.view
        v.labelRequested.connect(self.tag)
        v.deleteRequested.connect(self.delete_selected)
        v.resizeRequested.connect(self.resize_span)
        v.relationRequested.connect(self.offer_relations)
        v.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        v.selectionChanged.connect(self._sync_lists)
        v.contextRequested.connect(self._context_menu)
        self.side.labelClicked.connect(self.tag)
        self.side.spanActivated.connect(lambda uuid: (self.view.select_span(uuid), self.view.setFocus()))
        self.side.relationActivated.connect(lambda uuid: (self.view.select_relation(uuid), self.view.setFocus()))
        self.side.arcs_box.toggled.connect(self.set_arcs_visible)
        self.doc_list.documentActivated.connect(self.open_document)

    # -- project and annotator ------------------------------------------------------------------

    def open_project(self, path: str | Path) -> bool:
        """Open a project file (errors shown as one sentence); False when it was not opened."""
        try:
            project = Project.open(path)
        except AnnotatorError as exc:
            dialogs.show_error(self, str(exc))
            return False
        name = saved.annotator_name() or dialogs.ask_annotator_name(self, [a.name for a in project.annotators(include_gold=False)])
        if not name:
            project.close()
            return False
        try:
            session = Session(project, name, self)
        except AnnotatorError as exc:
            project.close()
            dialogs.show_error(self, str(exc))
            return False
        saved.set_annotator_name(name)
        self._set_session(session)
        saved.add_recent_project(str(Path(path).resolve()))
        self.refresh_recent()
        last = saved.last_document(str(self.session.project.path.resolve()))
        first = self.doc_model.row(0)
        target = last if last and self._document_exists(last) else (first.uuid if first else None)
        if target:
            self.open_document(target)
        else:
            self._clear_document()
        return True

    def _document_exists(self, uuid: str) -> bool:
        try:
            return self.session.project.document(uuid) is not None
        except AnnotatorError:
            return False

    def _set_session(self, session: Session) -> None:
        self._search_session_changed()
        self._close_team_windows()
        if self.session is not None:
            self.session.close()
        self.session = session
        session.changed.connect(self.on_changed)
        session.failed.connect(lambda message: dialogs.show_error(self, message))
        session.read_only_refused.connect(lambda message: self.statusBar().showMessage(message, 0))
        build_menus(self)  # the undo actions belong to this session's stack
        scheme = session.project.scheme
        self.view.set_scheme(scheme)
        self.span_model.set_scheme(scheme)
        self.side.set_scheme(scheme)
        self.doc_model.set_project(session.project, session.annotator)
        read_only = " (read-only)" if session.project.read_only else ""
        self.setWindowTitle(f"{session.project.path.name}{read_only} — Hindi news annotator")
        self.who_label.setText(f"Annotator: {session.annotator_name}")
        self.file_watch.watch(session.project)
        notes = list(session.project.warnings)
        if session.project.read_only:
            notes.insert(0, f"{session.project.path.name}: read-only: changes cannot be saved")
        if notes:
            self.statusBar().showMessage(notes[0], 0)
            if session.project.warnings:
                dialogs.show_error(self, "\n".join(session.project.warnings))

    def reload_from_file(self) -> None:
        """Another window or the command line changed the file: show what it holds now,
        keeping the open document and where it was scrolled to."""
        s = self.session
        if s is None:
            return
        document, scroll = self.document, self.view.verticalScrollBar().value()
        self.doc_model.set_project(s.project, s.annotator)
        if document is not None and self._document_exists(document):
            self.open_document(document)
            self.view.verticalScrollBar().setValue(scroll)
        else:
            self._clear_document()
        self.statusBar().showMessage("The project file was changed by another program; shown as it is now", 6000)

    def switch_annotator(self) -> None:
        if self.session is None:
            return
        project = self.session.project
        name = dialogs.ask_annotator_name(self, [a.name for a in project.annotators(include_gold=False)], self.session.annotator_name)
        if not name or name == self.session.annotator_name:
            return
        saved.set_annotator_name(name)
        path = project.path
        self.open_project(path)

    def choose_project(self) -> None:
        path = dialogs.ask_project_path(self, str(self.session.project.path.parent) if self.session else "")
        if path:
            self.open_project(path)

    def refresh_recent(self) -> None:
        menu = self.actions_.get("recent_menu")
        if menu is None:
            return
        menu.clear()
        for path in saved.recent_projects():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        menu.setEnabled(bool(saved.recent_projects()))

    # -- documents ------------------------------------------------------------------------------

    def open_document(self, uuid: str) -> None:
        s = self.session
        if s is None:
            return
        try:
            text = s.project.text(uuid)
        except AnnotatorError as exc:
            dialogs.show_error(self, str(exc))
            return
        spans = s.project.spans(uuid, s.annotator)
        relations = s.project.relations(uuid, s.annotator)
        self.document = uuid
        self.view.load(uuid, s.annotator, text, spans, relations, gloss=self.gloss_for(uuid, text))
        if self._review is not None:
            self._review.document_opened()
        self.span_model.set_document(uuid, s.annotator, text, spans)
        self.relation_model.set_relations(relations)
        self.find_bar.refresh()
        self.document_row = self.doc_model.row_of(uuid)
        self.doc_list.show_row(self.document_row)
        saved.set_last_document(str(s.project.path.resolve()), uuid)
        self._show_position()
        self.view.setFocus()

    def _clear_document(self) -> None:
        self.document = self.document_row = None
        self.view.clear()
        self.span_model.set_document(None, None, "", [])
        self.relation_model.set_relations([])
        self._show_position()

    def _show_position(self) -> None:
        total = self.doc_model.rowCount()
        if self.document is None:
            self.position_label.setText("No document")
            return
        info = self.session.project.document(self.document)
        status = self.session.project.status(self.document, self.session.annotator).replace("_", " ")
        where = f"Document {self.document_row + 1:,} of {total:,}" if self.document_row is not None else f"Document {info.ext_id} (filtered out)"
        self.position_label.setText(f"{where} · {info.ext_id} · {status}")

    def step_document(self, delta: int) -> None:
        if self.document_row is None:
            first = self.doc_model.row(0)
            if first:
                self.open_document(first.uuid)
            return
        row = self.doc_model.row(self.document_row + delta)
        if row is not None:
            self.open_document(row.uuid)
        else:
            self.statusBar().showMessage("No more documents that way.", 4000)

    def mark_done(self) -> None:
        """Mark this document done, then open the next one this annotator has not done."""
        if self.session is None or self.document is None:
            return
        s = self.session
        if not s.push(commands.SetStatus(s, document=self.document, status="done")):
            return
        nxt = worklist.next_undone(s.project, s.annotator, worklist.seq_of(s.project, self.document))
        if nxt is None:
            self.statusBar().showMessage("Every document is done.", 8000)
            self._show_position()
        else:
            self.open_document(nxt)

    def reopen_document(self) -> None:
        if self.session and self.document:
            self.session.push(commands.SetStatus(self.session, document=self.document, status="in_progress"))

    # -- annotating -----------------------------------------------------------------------------

    def tag(self, label: str) -> None:
        """A label key or palette click: relabel the selected span, or tag the selected text."""
        s = self.session
        if s is None or self.document is None:
            return
        span = self.view.selected_span()
        if span is not None:
            if self.view.spans()[span].label != label:
                s.push(commands.RelabelSpan(s, span=span, label=label))
            return
        sel = self.view.selection()
        if sel is None:
            self.statusBar().showMessage("Select some text first, then press a label key.", 6000)
            return
        command = commands.AddSpan(s, document=self.document, start=sel[0], end=sel[1], label=label)
        if s.push(command):
            # The new span is selected, so R (relation) or a label key (fix it) follow at once.
            self.view.select_span(command.done.spans[0][1].uuid)

    def delete_selected(self) -> None:
        s = self.session
        if s is None:
            return
        if self.view.selected_span():
            s.push(commands.DeleteSpan(s, span=self.view.selected_span()))
        elif self.view.selected_relation():
            s.push(commands.DeleteRelation(s, relation=self.view.selected_relation()))

    def resize_span(self, span: str, start: int, end: int) -> None:
        if self.session:
            self.session.push(commands.ResizeSpan(self.session, span=span, start=start, end=end))

    def offer_relations(self, head: str, tail: str) -> None:
        """Show a menu of the relation types the scheme allows from `head` to `tail`."""
        s = self.session
        spans = self.view.spans()
        h, t = spans[head], spans[tail]
        allowed = s.project.scheme.allowed_relations(h.label, t.label)
        if not allowed:
            self.statusBar().showMessage(f"The scheme allows no relation from {h.label} to {t.label}; nothing was added.", 10000)
            return
        menu = QMenu(self)
        menu.setTitle("Relation")
        for rtype in allowed:
            key = f"&{rtype.key}  " if rtype.key else ""
            action = menu.addAction(f"{key}{rtype.name}")
            action.setToolTip(rtype.description)
            action.triggered.connect(lambda _=False, name=rtype.name: self.add_relation(head, tail, name))
        self._relation_menu = menu
        rect = self.view.span_rect(tail)
        menu.popup(self.view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))

    def add_relation(self, head: str, tail: str, label: str) -> None:
        s = self.session
        if s and s.push(commands.AddRelation(s, head=head, tail=tail, label=label)):
            self.statusBar().showMessage(f"Added {label}.", 4000)

    def reverse_selected_relation(self) -> None:
        rel = self.view.selected_relation()
        if self.session and rel:
            self.session.push(commands.ReverseRelation(self.session, relation=rel))

    def _context_menu(self, hit: Hit, pos: QPoint) -> None:
        s = self.session
        if s is None:
            return
        menu = QMenu(self)
        if hit.relation:
            self.view.select_relation(hit.relation)
            rel = self.view.relations()[hit.relation]
            head, tail = self.view.spans()[rel.head], self.view.spans()[rel.tail]
            sub = menu.addMenu("Change type")
            for rtype in s.project.scheme.allowed_relations(head.label, tail.label):
                sub.addAction(rtype.name).triggered.connect(
                    lambda _=False, n=rtype.name, r=hit.relation: s.push(commands.RelabelRelation(s, relation=r, label=n))
                )
            menu.addAction("Reverse direction").triggered.connect(self.reverse_selected_relation)
            menu.addAction("Delete relation").triggered.connect(self.delete_selected)
        elif hit.span:
            self.view.select_span(hit.span)
            sub = menu.addMenu("Relabel")
            for entity in s.project.scheme.entities:
                sub.addAction(entity.name).triggered.connect(lambda _=False, n=entity.name: self.tag(n))
            menu.addAction("Start relation (R)").triggered.connect(self.view.start_relation)
            menu.addAction("Annotate all occurrences in this document").triggered.connect(lambda: self.start_occurrences("document"))
            menu.addAction("Annotate all occurrences in the whole project").triggered.connect(lambda: self.start_occurrences("project"))
            menu.addAction("Delete span").triggered.connect(self.delete_selected)
        else:
            return
        menu.popup(pos)

    # -- changes --------------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        """Every successful core call lands here once; each view takes what concerns it."""
        if changes.document and changes.document != self.document and (changes.spans or changes.relations):
            self._changed_elsewhere(changes.document)  # undo/redo in another document: show it
        else:
            if changes.spans or changes.relations:
                self._changed_here()
            self.view.apply_changes(changes)
            self.span_model.apply_changes(changes)
            self.relation_model.apply_changes(changes)
        self.doc_model.apply_changes(changes)
        if self._review is not None:
            self._review.on_changed(changes)
        if changes.statuses:
            self._show_position()
        self.saved_label.setText(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")

    def _sync_lists(self) -> None:
        span, rel = self.view.selected_span(), self.view.selected_relation()
        self.side.show_span(self.span_model.row_of(span) if span else None)
        self.side.show_relation(self.relation_model.row_of(rel) if rel else None)
        self._show_span_roman()

    # -- view -----------------------------------------------------------------------------------

    def zoom(self, factor: float | None) -> None:
        value = 1.0 if factor is None else self.view.zoom * factor
        self.view.set_zoom(value)
        saved.set_zoom(self.view.zoom)

    def set_arcs_visible(self, visible: bool) -> None:
        self.view.set_arcs_visible(visible)
        saved.set_arcs_visible(visible)
        if self.side.arcs_box.isChecked() != visible:
            self.side.arcs_box.setChecked(visible)
        action = self.actions_.get("arcs")
        if action and action.isChecked() != visible:
            action.setChecked(visible)

    def show_shortcuts(self) -> None:
        sheet = dialogs.ShortcutSheet(self, self.session.project.scheme if self.session else None)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        self._sheet = sheet

    def restore_layout(self) -> None:
        geometry, state = saved.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        saved.set_window_state(self.saveGeometry(), self.saveState())
        self.file_watch.watch(None)
        self.stop_worker()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
