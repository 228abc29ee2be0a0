"""One open project as the window works on it: the annotator's layer, the undo stack, and
the single signal through which every change reaches the views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator import edits
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from annotator.project import Project


class Session(QObject):
    """The project, who is annotating, and the undo stack.

    `apply(action)` runs one core call; on success it emits `changed(Changes)` once (every
    view refreshes from that record and nothing else), on an AnnotatorError it emits
    `failed(message)` with the core's one-sentence reason and changes nothing.
    """

    changed = Signal(object)
    failed = Signal(str)
    # An edit tried in a read-only project: said once in the status bar, not a dialog per key.
    read_only_refused = Signal(str)

    def __init__(self, project: Project, annotator_name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.annotator_name = annotator_name
        self.annotator = edits.ensure_annotator(project, annotator_name)
        self.undo_stack = QUndoStack(self)
        self.last_error: str | None = None

    def apply(self, action: Callable[[], Changes]) -> Changes | None:
        try:
            changes = action()
        except AnnotatorError as exc:
            self.last_error = str(exc)
            self.failed.emit(self.last_error)
            return None
        self.changed.emit(changes)
        return changes

    def push(self, command: QUndoCommand) -> bool:
        """Push (and so run) one command; False when the core refused it (then the stack
        drops the command and `failed` has been emitted). In a read-only project nothing is
        tried: editing is off, the stack stays empty and `read_only_refused` is emitted."""
        self.last_error = None
        if self.project.read_only:
            self.last_error = f"{self.project.path.name} is read-only: changes cannot be saved"
            self.read_only_refused.emit(self.last_error)
            return False
        self.undo_stack.push(command)
        return self.last_error is None

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
