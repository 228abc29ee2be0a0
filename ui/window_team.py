"""The main window's team side, as a mixin of MainWindow: the review window, the agreement
dialog, merge, export and assignment, and opening a project dropped on the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from annotator.errors import AnnotatorError
from ui import commands, dialogs

if TYPE_CHECKING:
    from ui.agreement_dialog import AgreementDialog
    from ui.review_window import ReviewWindow

PROJECT_SUFFIXES = (".db", ".sqlite")


def ask_assignment(parent, project) -> dict | None:
    """The assignment options from the Assign dialog, or None when cancelled."""
    from ui.team_dialogs import AssignDialog

    dialog = AssignDialog(parent, project)
    return dialog.chosen() if dialog.exec() == AssignDialog.DialogCode.Accepted else None


class TeamMixin:
    """Needs the MainWindow attributes: session, document, doc_model, statusBar(),
    open_project(), open_document()."""

    def _init_team(self) -> None:
        self.review_window: ReviewWindow | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self._team_dialogs: list = []
        self.merge_dialog = None
        self.setAcceptDrops(True)

    def _close_team_windows(self) -> None:
        """A new session (project or annotator): the windows on the old one close."""
        for w in [self.review_window, self.agreement_dialog, *self._team_dialogs]:
            if w is not None:
                w.close()
                w.deleteLater()
        self.review_window = self.agreement_dialog = None
        self._team_dialogs = []

    # -- review and agreement -------------------------------------------------------------------

    def open_review(self, document: str | None = None, annotators: list[str] | None = None) -> ReviewWindow | None:
        """Review ▸ Review document: the review window on `document` (default: the open one if
        it is reviewable, else the first reviewable one)."""
        if self.session is None:
            return None
        from ui.review_window import ReviewWindow

        if self.review_window is None:
            self.review_window = ReviewWindow(self)
        w = self.review_window
        if annotators and list(annotators) != w.names:
            w.set_annotators(list(annotators))
        ids = [d[0] for d in w.documents]
        target = document or (self.document if self.document in ids else (w.document or (ids[0] if ids else None)))
        w.show()
        w.raise_()
        w.activateWindow()
        if target is None:
            w.statusBar().showMessage("No document has two annotators' work yet; choose other annotators, or merge their files first.", 15000)
        elif target != w.document:
            w.load_document(target)
        return w

    def show_agreement(self) -> AgreementDialog | None:
        if self.session is None:
            return None
        from ui.agreement_dialog import AgreementDialog

        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self, self.session.project)
            self.agreement_dialog.documentRequested.connect(lambda uuid, who: self.open_review(uuid, who))
        self.agreement_dialog.compute()
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        return self.agreement_dialog

    # -- merge, export, assign ------------------------------------------------------------------

    def merge_files(self, paths: list[str] | None = None):
        """File ▸ Merge: merge other laptops' files into this project, then reopen it."""
        if self.session is None:
            return None
        from ui import team_dialogs

        paths = paths if paths is not None else team_dialogs.ask_merge_files(self, str(self.session.project.path.parent))
        if not paths:
            return None
        path = self.session.project.path
        # Not among the session's windows: it outlives the reopening that follows the merge.
        dialog = self.merge_dialog = team_dialogs.MergeDialog(self, path, paths)
        dialog.merged.connect(lambda _report: self.open_project(path))  # scheme, list, layers as merged
        dialog.show()
        dialog.start()
        return dialog

    def export_dialog(self):
        if self.session is None:
            return None
        from ui.team_dialogs import ExportDialog

        dialog = ExportDialog(self, self.session.project)
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
            path, _ = QFileDialog.getSaveFileName(self, "Send my work: save one file for the lead", str(suggested), "Project files (*.db)")
            if not path:
                return None
        try:
            info = pack(project, path, force=True)  # the dialog asked before replacing
        except AnnotatorError as exc:
            dialogs.show_error(self, str(exc))
            return None
        self.statusBar().showMessage(f"Send this one file to your lead: {Path(info.path).name} ({info.spans} spans)", 15000)
        return info.path

    def assign_documents(self) -> bool:
        s = self.session
        if s is None:
            return False
        options = ask_assignment(self, s.project)
        if not options:
            return False
        command = commands.AssignDocuments(s, self._refresh_documents, **options)
        if not s.push(command):
            return False
        from annotator import assign

        shared = len(assign.double_annotated(s.project))
        mine = len(assign.queue(s.project, s.annotator_name))
        self.statusBar().showMessage(f"Assigned {len(command.done.assignments)} (document, annotator) pairs; {shared} documents double-annotated; {mine} in your queue.", 10000)
        return True

    def _refresh_documents(self) -> None:
        s = self.session
        self.doc_model.set_project(s.project, s.annotator)
        if self.document is not None:
            self.document_row = self.doc_model.row_of(self.document)
            self.doc_list.show_row(self.document_row)
            self._show_position()

    # -- drops ----------------------------------------------------------------------------------

    @staticmethod
    def _dropped_project(event) -> str | None:
        data = event.mimeData()
        if not data.hasUrls():
            return None
        for url in data.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PROJECT_SUFFIXES:
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_project(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_project(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_project(path)  # says why in one sentence when it cannot
