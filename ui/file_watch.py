"""Watching the open project file: changes another program committed, and log frames the
last checkpoint could not copy into the `.db` yet."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.errors import AnnotatorError
from annotator.project import Project


class FileWatch(QObject):
    """Polls `PRAGMA data_version` once a second (cheap: no file read) and emits
    `changed_elsewhere` when another window or the command line committed to the file.

    It also retries the checkpoint while frames are pending (a reader in another process
    held them), so the `.db` alone holds every saved action within about a second.
    """

    changed_elsewhere = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000):
        super().__init__(parent)
        self.project: Project | None = None
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._held = False

    def hold(self, on: bool) -> None:
        """While on, the window's own search worker writes the file (its index): those
        commits are not another program's. A change made elsewhere meanwhile is not seen."""
        self._held = on
        if not on and self.project is not None:
            self._version = self._read(self.project)

    def watch(self, project: Project | None) -> None:
        self.project = project
        self._version = self._read(project) if project is not None else None
        if project is None:
            self._timer.stop()
        else:
            self._timer.start()

    @staticmethod
    def _read(project: Project) -> int | None:
        try:
            return project.data_version()
        except Exception:  # a closed or vanished file: nothing to watch
            return None

    def poll(self) -> None:
        project = self.project
        if project is None or project.db.is_closed():
            return
        if project.pending_frames:
            try:
                project.checkpoint()
            except AnnotatorError:
                pass
        if self._held:
            return
        version = self._read(project)
        if version is not None and self._version is not None and version != self._version:
            self._version = version
            self.changed_elsewhere.emit()
        elif version is not None:
            self._version = version
