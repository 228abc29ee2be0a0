"""The main window's team actions: the review window, the agreement dialog, merge, export,
sending one's work and assignment, and telling a project file dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from annotator.errors import AnnotatorError
from ui import commands, dialogs
from ui.session import Session
from ui.i18n import core_message, translate

if TYPE_CHECKING:
    from ui.review.agreement_dialog import AgreementDialog
    from ui.navigator import Navigator
    from ui.review.window import ReviewWindow
    from ui.team.progress_dialog import ProgressDialog

PROJECT_SUFFIXES = (".db", ".sqlite")


def ask_assignment(parent, project) -> dict | None:
    """The assignment options from the Assign dialog, or None when cancelled."""
    from ui.team.dialogs import AssignDialog

    dialog = AssignDialog(parent, project)
    return dialog.chosen() if dialog.exec() == AssignDialog.DialogCode.Accepted else None


def dropped_project(event: QDropEvent) -> str | None:
    """The first project file among the local files a drag carries, if any."""
    data = event.mimeData()
    if not data.hasUrls():
        return None
    for url in data.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PROJECT_SUFFIXES:
            return url.toLocalFile()
    return None


class TeamActions(QObject):
    """The team verbs of one window: dialogs open over `parent`, messages go to `status_bar`,
    `open_project(path)` reopens a project after a merge, and `navigator` tells the open
    document (the review starts there) and reloads the list after an assignment.
    `set_session` closes the windows on the old session and works on the new one."""

    def __init__(self, parent: QWidget, *, status_bar: QStatusBar, navigator: Navigator, open_project: Callable[[str | Path], bool]):
        super().__init__(parent)
        self.parent_widget, self.status_bar, self.navigator, self.open_project = parent, status_bar, navigator, open_project
        self.session: Session | None = None
        self.review_window: ReviewWindow | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self.progress_dialog: ProgressDialog | None = None
        self._team_dialogs: list = []
        self.merge_dialog = None

    def set_session(self, session: Session | None) -> None:
        """A new session (project or annotator): the windows on the old one close."""
        for w in [self.review_window, self.agreement_dialog, self.progress_dialog, *self._team_dialogs]:
            if w is not None:
                w.close()
                w.deleteLater()
        self.review_window = self.agreement_dialog = self.progress_dialog = None
        self._team_dialogs = []
        self.session = session

    # -- review and agreement -------------------------------------------------------------------

    def open_review(self, document: str | None = None, annotators: list[str] | None = None) -> ReviewWindow | None:
        """Review ▸ Review document: the review window on `document` (default: the open one if
        it is reviewable, else the first reviewable one)."""
        if self.session is None:
            return None
        from ui.review.window import ReviewWindow

        if self.review_window is None:
            self.review_window = ReviewWindow(self.session, self.parent_widget)
        w = self.review_window
        if annotators and list(annotators) != w.names:
            w.set_annotators(list(annotators))
        ids = [d[0] for d in w.documents]
        here = self.navigator.document
        target = document or (here if here in ids else (w.document or (ids[0] if ids else None)))
        w.show()
        w.raise_()
        w.activateWindow()
        if target is None:
            w.statusBar().showMessage(translate("TeamActions", "No document has two annotators' work yet; choose other annotators, or merge their files first."), 15000)
        elif target != w.document:
            w.load_document(target)
        return w

    def show_agreement(self) -> AgreementDialog | None:
        if self.session is None:
            return None
        from ui.review.agreement_dialog import AgreementDialog

        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self.parent_widget, self.session.project)
            self.agreement_dialog.documentRequested.connect(lambda uuid, who: self.open_review(uuid, who))
        self.agreement_dialog.compute()
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        return self.agreement_dialog

    def show_progress(self) -> ProgressDialog | None:
        """Review ▸ Team: the team's progress (annotator.progress), recomputed on each showing."""
        if self.session is None:
            return None
        from ui.team.progress_dialog import ProgressDialog

        if self.progress_dialog is None:
            self.progress_dialog = ProgressDialog(self.parent_widget, self.session.project)
        self.progress_dialog.compute()
        self.progress_dialog.show()
        self.progress_dialog.raise_()
        return self.progress_dialog

    # -- merge, export, assign ------------------------------------------------------------------

    def merge_files(self, paths: list[str] | None = None):
        """File ▸ Merge: merge other laptops' files into this project, then reopen it."""
        if self.session is None:
            return None
        from ui.team import dialogs as team_dialogs

        paths = paths if paths is not None else team_dialogs.ask_merge_files(self.parent_widget, str(self.session.project.path.parent))
        if not paths:
            return None
        path = self.session.project.path
        # Not among the session's windows: it outlives the reopening that follows the merge.
        dialog = self.merge_dialog = team_dialogs.MergeDialog(self.parent_widget, path, paths)
        dialog.merged.connect(lambda _report: self.open_project(path))  # scheme, list, layers as merged
        dialog.show()
        dialog.start()
        return dialog

    def export_dialog(self):
        if self.session is None:
            return None
        from ui.team.dialogs import ExportDialog

        dialog = ExportDialog(self.parent_widget, self.session.project)
        self._team_dialogs.append(dialog)
        dialog.show()
        return dialog

    def send_work(self, path: str | None = None) -> str | None:
        """File ▸ Send my work…: the whole project as one self-contained file (no -wal) for
        the lead, made with SQLite's backup API while the window stays open."""
        if self.session is None:
            return None
        from datetime import date

        from PySide6.QtWidgets import QFileDialog

        from annotator.backup import pack

        project = self.session.project
        if path is None:
            suggested = project.path.with_name(f"{project.path.stem}-{self.session.annotator_name}-{date.today().isoformat()}.db")
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, translate("TeamActions", "Send my work: save one file for the lead"), str(suggested), translate("TeamActions", "Project files (*.db)"))
            if not path:
                return None
        try:
            info = pack(project, path, force=True)  # the dialog asked before replacing
        except AnnotatorError as exc:
            dialogs.show_error(self.parent_widget, core_message(exc))
            return None
        self.status_bar.showMessage(translate("TeamActions", "Send this one file to your lead: {file} ({spans} spans)").format(file=Path(info.path).name, spans=info.spans), 15000)
        return info.path

    def assign_documents(self) -> bool:
        s = self.session
        if s is None:
            return False
        options = ask_assignment(self.parent_widget, s.project)
        if not options:
            return False
        command = commands.AssignDocuments(s, self.navigator.reload_list, **options)
        if not s.push(command):
            return False
        from annotator import assign

        shared = len(assign.double_annotated(s.project))
        mine = len(assign.queue(s.project, s.annotator_name))
        self.status_bar.showMessage(translate("TeamActions", "Assigned {pairs} (document, annotator) pairs; {shared} documents double-annotated; {mine} in your queue.").format(pairs=len(command.done.assignments), shared=shared, mine=mine), 10000)
        return True
