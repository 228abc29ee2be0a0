"""One open project as the window works on it: the annotator's layer, the undo stack, and
the single signal through which every change reaches the views."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator import edits
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.project import Project
from ui.i18n import core_message, translate


class Origin(StrEnum):
    """Why a change happened: a new edit, or the undo stack stepping back or forward."""

    DO = "do"
    UNDO = "undo"
    REDO = "redo"


class Session(QObject):
    """The project, who is annotating, and the undo stack.

    `apply(action, origin)` runs one core call; on success it emits `changed(changes, origin)`
    once (every receiver connects itself to this signal and refreshes from that record and
    nothing else), on an AnnotatorError it emits `failed(message)` with the core's
    one-sentence reason and changes nothing.
    """

    changed = Signal(object, str)
    failed = Signal(str)
    # An edit tried in a read-only project: said once in the status bar, not a dialog per key.
    read_only_refused = Signal(str)

    def __init__(self, project: Project, annotator_name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.annotator_name = annotator_name
        self.annotator = edits.ensure_annotator(project, annotator_name)
        self.undo_stack = QUndoStack(self)
        # Counted from the signal, so a command reporting its own refusal counts as well.
        self._failures = 0
        self.failed.connect(self._count_failure)

    def _count_failure(self, _message: str) -> None:
        self._failures += 1

    def apply(self, action: Callable[[], Changes], origin: Origin = Origin.DO) -> Changes | None:
        try:
            changes = action()
        except AnnotatorError as exc:
            self.failed.emit(core_message(exc))
            return None
        self.changed.emit(changes, str(origin))
        return changes

    def push(self, command: QUndoCommand) -> bool:
        """Push (and so run) one command; False when the core refused it (then the stack
        drops the command and `failed` has been emitted). In a read-only project nothing is
        tried: editing is off, the stack stays empty and `read_only_refused` is emitted."""
        if self.project.read_only:
            self.read_only_refused.emit(translate("Session", "{file} is read-only: changes cannot be saved").format(file=self.project.path.name))
            return False
        failures = self._failures
        self.undo_stack.push(command)
        return self._failures == failures

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
