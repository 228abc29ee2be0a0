"""One QUndoCommand per user verb; each redo() calls exactly one `annotator.edits` function.

`QUndoStack.push()` runs `redo()` at once, so callers push and never apply themselves. Undo
calls `edits.revert(changes)` with the record the last redo returned; redo after an undo
reverts the undo's record. Both keep every row id, so relations and later commands still
point at the same spans. A command the core refuses marks itself obsolete, which makes
the stack drop it (the Session has already reported the reason).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator import edits
from annotator.edits import Changes
from ui.session import Session

_RESIZE_ID = 1001


class EditCommand(QUndoCommand):
    """Base: `action` is the one core call of this verb."""

    def __init__(self, session: Session, text: str, action: Callable[[], Changes]):
        super().__init__(text)
        self.session = session
        self._action = action
        self.done: Changes | None = None  # what the latest redo changed
        self._undone: Changes | None = None  # what the latest undo changed

    def redo(self) -> None:
        project = self.session.project
        if self._undone is None:
            changes = self.session.apply(self._action)
        else:
            undone = self._undone
            changes = self.session.apply(lambda: edits.revert(project, undone))
        if changes is None:
            self.setObsolete(True)
            return
        self.done = changes

    def undo(self) -> None:
        if self.done is None:
            return
        done = self.done
        changes = self.session.apply(lambda: edits.revert(self.session.project, done))
        if changes is None:
            self.setObsolete(True)
            return
        self._undone = changes


class AddSpan(EditCommand):
    def __init__(self, session: Session, *, document: str, start: int, end: int, label: str):
        super().__init__(
            session,
            f"Add {label}",
            lambda: edits.add_span(session.project, document=document, annotator=session.annotator, start=start, end=end, label=label),
        )


class RelabelSpan(EditCommand):
    def __init__(self, session: Session, *, span: str, label: str):
        super().__init__(session, f"Relabel as {label}", lambda: edits.relabel_span(session.project, span=span, label=label))


class ResizeSpan(EditCommand):
    """Moving an edge; consecutive moves of the same span's edges merge into one undo step,
    as typing merges in a text editor."""

    def __init__(self, session: Session, *, span: str, start: int, end: int):
        super().__init__(session, "Resize span", lambda: edits.resize_span(session.project, span=span, start=start, end=end))
        self.span = span

    def id(self) -> int:
        return _RESIZE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ResizeSpan) or other.span != self.span or self.done is None or other.done is None:
            return False
        if self._undone is not None or other._undone is not None:
            return False
        first_before = self.done.spans[0][0]
        last_after = other.done.spans[0][1]
        self.done = Changes(self.done.document, spans=((first_before, last_after),))
        return True


class DeleteSpan(EditCommand):
    def __init__(self, session: Session, *, span: str):
        super().__init__(session, "Delete span", lambda: edits.delete_span(session.project, span=span))


class AddRelation(EditCommand):
    def __init__(self, session: Session, *, head: str, tail: str, label: str):
        super().__init__(session, f"Add {label}", lambda: edits.add_relation(session.project, head=head, tail=tail, label=label))


class RelabelRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str, label: str):
        super().__init__(session, f"Relation type {label}", lambda: edits.relabel_relation(session.project, relation=relation, label=label))


class ReverseRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str):
        super().__init__(session, "Reverse relation", lambda: edits.reverse_relation(session.project, relation=relation))


class DeleteRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str):
        super().__init__(session, "Delete relation", lambda: edits.delete_relation(session.project, relation=relation))


class SetStatus(EditCommand):
    def __init__(self, session: Session, *, document: str, status: str):
        super().__init__(
            session,
            f"Mark {status.replace('_', ' ')}",
            lambda: edits.set_status(session.project, document=document, annotator=session.annotator, status=status),
        )
