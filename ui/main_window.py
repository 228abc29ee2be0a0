"""The main window: document list, text view, side panel, status bar, menus and docks (sized
by `docks.DockWidths`), and the wiring between them. What the window does lives in its
controllers, each given what it needs: `Navigator` (the open document), `SearchActions`
(project search, the list filter, annotate-all-occurrences), `RomanisedView`, and
`TeamActions` (review, agreement, merge, export, assignment). Every receiver of a change
connects itself to the session's `changed(changes, origin)` signal.

The constructor does no I/O; `open_project(path)` opens a project, asks who is annotating
(once; remembered) and shows the last document worked on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from annotator.errors import AnnotatorError
from annotator.project import Project
from ui import dialogs, i18n
from ui import settings as saved
from ui.accessible import name_controls
from ui.annotate import AnnotateActions
from ui.attributes.actions import AttributeActions
from ui.docks import DockWidths, add_dock
from ui.document_list import DocumentList
from ui.example import ExampleBar
from ui.file_watch import FileWatch
from ui.menus import build_menus
from ui.models import DocumentListModel, RelationListModel, SpanListModel
from ui.navigator import Navigator
from ui.window_minimum import hold_minimum
from ui.work_clock import WorkClock
from ui.notes.actions import NoteActions
from ui.project_actions import ProjectActions, dropped_imports
from ui.search.actions import SearchActions
from ui.search.find_bar import FindBar
from ui.search.romanised import RomanisedView
from ui.session import Session
from ui.side_panel import SidePanel
from ui.suggest.sources import SourceSuggestions
from ui.team.actions import TeamActions, dropped_project
from ui.team.jobs import finish_jobs
from ui.text import TextView
from ui.i18n import core_message, translate


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and ids are never rich text
    return label


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "Hindi news annotator"))
        self.session: Session | None = None
        self.view = TextView()
        self.find_bar = FindBar(self.view)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.example_bar = ExampleBar()
        box.addWidget(self.find_bar)
        box.addWidget(self.example_bar)
        box.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.doc_model = DocumentListModel(self)
        self.doc_list = DocumentList(self.doc_model)
        self.span_model = SpanListModel(self)
        self.relation_model = RelationListModel(self.span_model, self)
        self.side = SidePanel(self.span_model, self.relation_model)
        self.doc_dock = add_dock(self, translate("MainWindow", "Documents"), "documents", self.doc_list, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.side_dock = add_dock(self, translate("MainWindow", "Labels and annotations"), "annotations", self.side, Qt.DockWidgetArea.RightDockWidgetArea)
        self.who_label, self.position_label, self.saved_label = _plain_label(), _plain_label(), _plain_label()
        for label in (self.who_label, self.position_label, self.saved_label):
            self.statusBar().addPermanentWidget(label)
        self.actions_: dict[str, QAction] = {}
        self.roman = RomanisedView(self.view, self.side, self.actions_, self)
        self.navigator = Navigator(
            view=self.view,
            span_model=self.span_model,
            relation_model=self.relation_model,
            doc_model=self.doc_model,
            doc_list=self.doc_list,
            find_bar=self.find_bar,
            position_label=self.position_label,
            status_bar=self.statusBar(),
            gloss_for=self.roman.gloss_for,
            parent=self,
            example_bar=self.example_bar,
        )
        self.search = SearchActions(self, view=self.view, doc_list=self.doc_list, navigator=self.navigator, status_bar=self.statusBar())
        self.team = TeamActions(self, status_bar=self.statusBar(), navigator=self.navigator, open_project=self.open_project)
        self.suggest = SourceSuggestions(self, view=self.view, status_bar=self.statusBar(), opened_signal=self.navigator.opened)
        self.projects = ProjectActions(self, open_project=self.open_project, current_path=lambda: self.session.project.path if self.session else None)
        self.annotate: AnnotateActions | None = None  # one per session, made in _set_session
        self.dock_widths = DockWidths(self, [self.doc_dock, self.side_dock])  # the article keeps half the width
        self.notes = NoteActions(self.view, self.span_model, self.relation_model, self.statusBar(), self, open_document=self.navigator.open_document)
        self.notes_dock = add_dock(self, translate("MainWindow", "Notes"), "notes", self.notes.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.notes_dock.hide()  # the lead opens it (View ▸ Notes)
        self.notes_dock.visibilityChanged.connect(lambda shown: shown and self.notes.fill_panel())
        self.attributes = AttributeActions(self.view, self.span_model, self.statusBar(), self)
        self.navigator.opened.connect(lambda _uuid: (self.notes.refresh(), self.attributes.refresh()))
        self.file_watch = FileWatch(self)
        self.work_clock = WorkClock(self)
        self.navigator.opened.connect(self.work_clock.begin)
        self.search.writing.connect(self.file_watch.hold)
        self.file_watch.changed_elsewhere.connect(self.navigator.reload_from_file)
        self.setAcceptDrops(True)
        build_menus(self)
        self.view.set_zoom(saved.zoom())
        self.view.set_arcs_visible(saved.arcs_visible())
        self.side.arcs_box.setChecked(saved.arcs_visible())
        self.view.setAccessibleName(translate("MainWindow", "Article text"))
        name_controls(self)
        self._connect()

    def hold_minimum(self) -> None:
        """The window manager stops a resize where the panels show whole; below that (no
        window manager) they scroll and cut text short rather than overlap."""
        side, docs = self.side, self.doc_list
        lists = side.splitter.minimumSizeHint() + QSize(side.lists_scroll.verticalScrollBar().sizeHint().width(), 0)
        text = QSize(self.view.fontMetrics().horizontalAdvance("M") * 20, 0)  # a readable column
        relaxed = [(side.lists_scroll, lists), (side.arcs_box, QSize()), (docs.status_box, QSize()), (docs.filter_edit, QSize()), (self.view, text)]
        hold_minimum(self, relaxed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.hold_minimum()

    def _connect(self) -> None:
        v = self.view
        v.describe_span = self.roman.describe_span
        self.span_model.describe = self.roman.describe_span
        v.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        v.selectionChanged.connect(self._sync_lists)
        self.side.labelClicked.connect(self.view.request_label)
        self.side.spanActivated.connect(lambda uuid: (self.view.select_span(uuid), self.view.setFocus()))
        self.side.relationActivated.connect(lambda uuid: (self.view.select_relation(uuid), self.view.setFocus()))
        self.side.arcs_box.toggled.connect(self.set_arcs_visible)
        self.doc_list.documentActivated.connect(self.navigator.open_document)

    @property
    def document(self) -> str | None:
        """The open document's uuid (the navigator's), None when none is open."""
        return self.navigator.document

    def open_document(self, uuid: str) -> None:
        self.navigator.open_document(uuid)

    def start_occurrences(self, scope: str) -> None:
        self.search.start_occurrences(scope)

    # -- project and annotator ------------------------------------------------------------------

    def open_project(self, path: str | Path) -> bool:
        """Open a project file (errors shown as one sentence); False when it was not opened."""
        try:
            project = Project.open(path)
        except AnnotatorError as exc:
            dialogs.show_error(self, core_message(exc))
            return False
        name = saved.annotator_name() or dialogs.ask_annotator_name(self, [a.name for a in project.annotators(include_gold=False, include_suggestions=False)])
        chosen = bool(name)
        if not chosen:  # Cancel: open anyway under a stand-in name, not remembered, so the user is never stranded
            name = dialogs.stand_in_name(self.session.annotator_name if self.session else None)
        try:
            session = Session(project, name, self)
        except AnnotatorError as exc:
            project.close()
            dialogs.show_error(self, core_message(exc))
            return False
        if chosen:
            saved.set_annotator_name(name)
        self._set_session(session)
        saved.add_recent_project(str(Path(path).resolve()))
        self.refresh_recent()
        self.navigator.open_first(saved.last_document(str(session.project.path.resolve())))
        if not chosen:
            self.statusBar().showMessage(translate("MainWindow", "Annotating as “{name}” for now: Annotator ▸ Switch annotator… sets your own name.").format(name=name), 0)
        self.activateWindow()
        self.view.setFocus()
        return True

    def _set_session(self, session: Session) -> None:
        self.team.set_session(session)  # the windows on the old session close
        self.work_clock.set_session(session)  # the old sitting is written first
        if self.session is not None:
            self.session.close()
        self.session = session
        # The views first: a change to another document is theirs to ignore before the
        # navigator (connected next) may open that document.
        for receiver in (self.view.apply_changes, self.span_model.apply_changes, self.relation_model.apply_changes, self.doc_model.apply_changes):
            session.changed.connect(receiver)
        session.changed.connect(lambda *_: self.saved_label.setText(translate("MainWindow", "Saved {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))))
        if self.annotate is not None:
            self.annotate.detach()
        self.annotate = AnnotateActions(session, self.view, self.statusBar(), self)
        self.annotate.occurrencesRequested.connect(self.start_occurrences)
        self.annotate.attributesRequested.connect(self.edit_attributes)
        session.failed.connect(lambda message: dialogs.show_error(self, message))
        session.read_only_refused.connect(lambda message: self.statusBar().showMessage(message, 0))
        scheme = session.project.scheme
        self.view.set_scheme(scheme)
        self.span_model.set_scheme(scheme)
        self.side.set_scheme(scheme)
        self.hold_minimum()  # the palette's height depends on the scheme
        self.suggest.set_session(session)
        self.navigator.set_session(session)
        self.search.set_session(session)
        self.notes.set_session(session)
        self.attributes.set_session(session)
        build_menus(self)  # the undo actions belong to this session's stack
        title = translate("MainWindow", "{file} (read-only) — Hindi news annotator") if session.project.read_only else translate("MainWindow", "{file} — Hindi news annotator")
        self.setWindowTitle(title.format(file=session.project.path.name))
        self.who_label.setText(translate("MainWindow", "Annotator: {name}").format(name=session.annotator_name))
        self.file_watch.watch(session.project)
        warnings = [i18n.core_text(warning) for warning in session.project.warnings]
        notes = list(warnings)
        if session.project.read_only:
            notes.insert(0, translate("MainWindow", "{file}: read-only: changes cannot be saved").format(file=session.project.path.name))
        if notes:
            self.statusBar().showMessage(notes[0], 0)
            if warnings:
                dialogs.show_error(self, "\n".join(warnings))

    def switch_annotator(self) -> None:
        if self.session is None:
            return
        project = self.session.project
        name = dialogs.ask_annotator_name(self, [a.name for a in project.annotators(include_gold=False, include_suggestions=False)], self.session.annotator_name)
        if not name or name == self.session.annotator_name:
            return
        saved.set_annotator_name(name)
        self.open_project(project.path)

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

    # -- annotating (the verbs are AnnotateActions'; these keep the menus' and tests' names) ---

    def tag(self, label: str) -> None:
        """A label key, palette click or menu item: relabel the selected span or tag the text."""
        self.view.request_label(label)

    def delete_selected(self) -> None:
        self.view.request_delete()

    def add_relation(self, head: str, tail: str, label: str) -> None:
        if self.annotate is not None:
            self.annotate.add_relation(head, tail, label)

    def reverse_selected_relation(self) -> None:
        if self.annotate is not None:
            self.annotate.reverse_relation(self.view.selected_relation())

    def _sync_lists(self) -> None:
        span, rel = self.view.selected_span(), self.view.selected_relation()
        self.side.show_span(self.span_model.row_of(span) if span else None)
        self.side.show_relation(self.relation_model.row_of(rel) if rel else None)
        self.roman.show_span_roman()

    # -- view -----------------------------------------------------------------------------------

    def zoom(self, factor: float | None) -> None:
        value = 1.0 if factor is None else self.view.zoom * factor
        self.view.set_zoom(value)
        saved.set_zoom(self.view.zoom)

    def edit_attributes(self) -> None:
        """Annotate ▸ Span attributes: edit the selected span's attributes."""
        self.attributes.edit_selected()

    def show_notes(self) -> None:
        """View ▸ Notes: show the notes panel with the keyboard in its search box."""
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes.panel.search.setFocus()
        self.notes.panel.search.selectAll()

    def set_arcs_visible(self, visible: bool) -> None:
        self.view.set_arcs_visible(visible)
        saved.set_arcs_visible(visible)
        if self.side.arcs_box.isChecked() != visible:
            self.side.arcs_box.setChecked(visible)
        action = self.actions_.get("arcs")
        if action and action.isChecked() != visible:
            action.setChecked(visible)

    def set_language(self, language: str) -> None:
        """View ▸ Language: remember the choice and reopen the window in that language, on the
        same project and document (widgets take their texts when they are made, so a new
        window is simpler and surer than retranslating this one); it is kept as `successor`."""
        if language == i18n.current_language():
            return
        i18n.set_chosen_language(language)
        if not i18n.install(language):
            i18n.install(i18n.SOURCE_LANGUAGE)
            dialogs.show_error(self, translate("MainWindow", "The translation could not be loaded; the window stays in English."))
            return
        path = self.session.project.path if self.session else None
        window = MainWindow()
        window.setGeometry(self.geometry())
        window.show()  # before this one closes, so the application does not quit
        app = QApplication.instance()
        if hasattr(app, "window"):
            app.window = window
        self.successor = window
        self.close()  # saves the layout, writes the work clock, closes the session
        window.restore_layout()
        if path is not None:
            window.open_project(path)

    def show_shortcuts(self) -> None:
        sheet = dialogs.ShortcutSheet(self, self.session.project.scheme if self.session else None)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        sheet.activateWindow()  # Escape and the arrows reach the sheet, not the window behind it
        sheet.table.setFocus()
        self._sheet = sheet

    def restore_layout(self) -> None:
        geometry, state = saved.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        saved.fit_to_screen(self, first_run=geometry is None)  # never larger than this screen
        if state is None:  # first run: the article gets half the width, the docks share the rest
            self.dock_widths.first_run(self.doc_list.sizeHint().width())

    # -- a project file dropped on the window opens it -------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_project(event) or dropped_imports(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_project(event)
        if path is None:
            if not self.projects.drop(event):  # article files are imported
                event.ignore()
            return
        event.acceptProposedAction()
        self.open_project(path)  # says why in one sentence when it cannot

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.dock_widths.resized(event)  # a narrower window keeps half its width for the article

    def closeEvent(self, event: QCloseEvent) -> None:
        saved.set_window_state(self.saveGeometry(), self.saveState())
        self.file_watch.watch(None)
        self.work_clock.set_session(None)
        self.search.stop_worker()
        finish_jobs(self)  # the dialogs' imports, merges, exports and agreement reports
        self.suggest.set_session(None)  # a training process still running is stopped
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
