"""Project-wide work off the window's thread: one worker thread with its own connection to
the project file (SQLite connections belong to the thread that opened them) builds the
search index in chunks, reporting progress, and runs the jobs the window submits
(project search, the document-list filter, annotate-all-occurrences over the project).

A job is a plain function of a `Project`, run on the worker's connection; its result comes
back through the queued `done` signal with the channel and ticket it was submitted under.
A job superseded by a newer one on the same channel before it starts is skipped, and the
window ignores results that are not the latest of their channel. The thread starts on the
first job (never at start-up) and `stop()` ends it, also in the middle of index building.
"""

from __future__ import annotations

import itertools
import queue
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from annotator.errors import AnnotatorError
from annotator.project import Project
from ui.i18n import core_message, translate

Job = Callable[[Project], Any]


class _Stopped(Exception):
    pass


class SearchWorker(QThread):
    progress = Signal(int, int)  # index building: documents done, documents to do
    done = Signal(str, int, object)  # channel, ticket, result
    failed = Signal(str, int, str)  # channel, ticket, one-sentence reason
    # True before the index build's first commit, False after its last: the window's file
    # watch must not take these commits for another program's.
    writing = Signal(bool)

    def __init__(self, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._jobs: queue.Queue[tuple[str, int, Job] | None] = queue.Queue()
        self._latest: dict[str, int] = {}
        self._tickets = itertools.count(1)
        self._stopping = False

    def submit(self, channel: str, job: Job) -> int:
        """Queue `job` on `channel` (replacing any not yet started there); returns its ticket."""
        ticket = next(self._tickets)
        self._latest[channel] = ticket
        self._jobs.put((channel, ticket, job))
        if not self.isRunning() and not self._stopping:
            self.start()
        return ticket

    def is_latest(self, channel: str, ticket: int) -> bool:
        return self._latest.get(channel) == ticket

    def cancel(self, channel: str) -> None:
        """Forget a channel's pending job: its result, if it comes, is not the latest."""
        self._latest[channel] = -1

    def stop(self) -> None:
        """End the thread: index building stops after its current chunk (the next build
        carries on), a running search finishes first. Blocks until the thread has ended."""
        self._stopping = True
        self._jobs.put(None)
        if self.isRunning():
            self.wait()

    def run(self) -> None:
        project: Project | None = None
        try:
            while True:
                item = self._jobs.get()
                if item is None or self._stopping:
                    return
                channel, ticket, job = item
                if self._latest.get(channel) != ticket:
                    continue  # a newer job on this channel is queued
                try:
                    if project is None:
                        project = Project.open(self.path)
                    self._build_index(project)
                    result = job(project)
                except _Stopped:
                    return
                except AnnotatorError as exc:
                    self.failed.emit(channel, ticket, core_message(exc))
                    continue
                except Exception as exc:  # a bug: say so in one line, keep the thread alive
                    traceback.print_exc()
                    self.failed.emit(channel, ticket, translate("SearchWorker", "the search failed ({error})").format(error=f"{type(exc).__name__}: {exc}"))
                    continue
                self.done.emit(channel, ticket, result)
        finally:
            if project is not None:
                project.close()

    def _build_index(self, project: Project) -> None:
        from annotator import search

        if search.missing_index(project) == 0:
            return

        def report(done: int, total: int) -> None:
            self.progress.emit(done, total)
            if self._stopping:
                raise _Stopped

        self.writing.emit(True)
        try:
            search.build_index(project, progress=report)
        finally:
            self.writing.emit(False)
