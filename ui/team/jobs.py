"""Long project work (merge, export, the agreement report) on a thread of its own, with its own
connection to the project file (SQLite connections belong to the thread that opened them),
reporting progress and able to be cancelled. The window stays responsive and shows a progress bar.

Work that stops when cancelled raises `JobCancelled` (`stop_if_cancelled` makes a progress
callback that does it): the job then emits `stopped`, neither a result nor an error."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from annotator.errors import AnnotatorError
from annotator.project import Project
from ui.i18n import core_message, translate


class JobCancelled(Exception):
    """Raised inside a job's work to stop it because the job was cancelled."""


def stop_if_cancelled(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Callable[[int, int], None]:
    """A progress callback for work that may stop half-way: reports, then raises JobCancelled
    once the job is cancelled."""

    def report(done: int, total: int) -> None:
        progress(done, total)
        if cancelled():
            raise JobCancelled

    return report


# work(project, progress(done, total), cancelled()) -> result
Work = Callable[[Project, Callable[[int, int], None], Callable[[], bool]], Any]


class ProjectJob(QThread):
    progress = Signal(object, object)  # done, total: may pass 2**31 (bytes read by an import)
    succeeded = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence
    stopped = Signal()  # cancelled: the work raised JobCancelled

    def __init__(self, path: str | Path, work: Work, parent: QObject | None = None, *, read_only: bool = False, cancellable: bool = True):
        super().__init__(parent)
        self.path = Path(path)
        self.work = work
        self.read_only = read_only  # work that only reads opens the file read-only
        # False for work that never looks at `cancelled` (an import, a merge: one transaction of
        # the user's work, which finishes whole); finish_jobs waits for it rather than cancel it.
        self.cancellable = cancellable
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            with Project.open(self.path, read_only=self.read_only or None) as project:
                result = self.work(project, lambda done, total: self.progress.emit(done, total), self.cancelled)
        except JobCancelled:
            self.stopped.emit()
            return
        except AnnotatorError as exc:
            self.failed.emit(core_message(exc))
            return
        except Exception as exc:  # a bug: one line for the user, the traceback on stderr
            traceback.print_exc()
            self.failed.emit(translate("ProjectJob", "Something unexpected went wrong ({error}); the project is unchanged").format(error=f"{type(exc).__name__}: {exc}"))
            return
        self.succeeded.emit(result)


def finish_jobs(owner: QObject) -> None:
    """End every job running under `owner` (the main window, which parents the dialogs that run
    them) before it goes, so no thread outlives it: work that writes nothing when cancelled (an
    export, the agreement report) is cancelled, work that is one transaction of the user's (an
    import, a merge) is waited for. On return no job under `owner` is running."""
    running = [job for job in owner.findChildren(ProjectJob) if job.isRunning()]
    for job in running:  # all told to stop first, so they stop side by side
        if job.cancellable:
            job.cancel()
    for job in running:
        job.wait()
