"""One QUndoCommand per user verb; each redo() calls exactly one `annotator.edits` function.

`QUndoStack.push()` runs `redo()` at once, so callers push and never apply themselves. Undo
calls `edits.revert(changes)` with the record the last redo returned; redo after an undo
reverts the undo's record. Both keep every row id, so relations and later commands still
point at the same spans. A command the core refuses, or whose write the database refuses
(the file locked by another program, the disk full), marks itself obsolete, which makes
the stack drop it: a failed edit never enters the undo stack, and the Session has already
reported the reason in one sentence. A failed undo leaves the edit in place and drops it
too, so it can never be applied twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator import adjudicate, assign, edits, layers
from annotator.edits import Changes
from annotator.errors import AnnotatorError
from ui.i18n import translate
from ui.models import STATUS_NAMES
from ui.review.toolbar import STATUS_TITLES
from ui.session import Origin, Session

_RESIZE_ID = 1001


class NotSaved(AnnotatorError):
    """The database refused a write; str() says so in the user's words, with SQLite's own."""

    def __init__(self, exc: sqlite3.Error):
        reason = str(exc)
        if "locked" in reason or "busy" in reason:
            super().__init__(translate("Commands", "Not saved: the project file is locked by another program ({reason})").format(reason=reason))
        else:
            super().__init__(translate("Commands", "Not saved: the project file could not be written ({reason})").format(reason=reason))


def _saving(action: Callable[[], object]) -> Callable[[], object]:
    """`action` with a database error raised as NotSaved, so the Session reports it like any
    refusal (its transaction has rolled back: nothing changed) instead of it escaping redo()."""

    def run():
        try:
            return action()
        except sqlite3.Error as exc:
            raise NotSaved(exc) from exc

    return run


class EditCommand(QUndoCommand):
    """Base: `action` is the one core call of this verb. The session emits each change with
    its origin: the first redo is a new edit (`Origin.DO`), later ones `REDO`, undo `UNDO`."""

    def __init__(self, session: Session, text: str, action: Callable[[], Changes]):
        super().__init__(text)
        self.session = session
        self._action = action
        self.done: Changes | None = None  # what the latest redo changed
        self._undone: Changes | None = None  # what the latest undo changed

    def redo(self) -> None:
        project = self.session.project
        if self._undone is None:
            changes = self.session.apply(_saving(self._action))
        else:
            undone = self._undone
            changes = self.session.apply(_saving(lambda: edits.revert(project, undone)), Origin.REDO)
        if changes is None:
            self.setObsolete(True)
            return
        self.done = changes

    def undo(self) -> None:
        if self.done is None:
            return
        done = self.done
        changes = self.session.apply(_saving(lambda: edits.revert(self.session.project, done)), Origin.UNDO)
        if changes is None:
            self.setObsolete(True)
            return
        self._undone = changes


class AddSpan(EditCommand):
    def __init__(self, session: Session, *, document: str, start: int, end: int, label: str):
        super().__init__(
            session,
            translate("Commands", "Add {label}").format(label=label),
            lambda: edits.add_span(session.project, document=document, annotator=session.annotator, start=start, end=end, label=label),
        )


class AddSpans(EditCommand):
    """Several spans in one document, one transaction (accepting suggestions all at once)."""

    def __init__(self, session: Session, *, document: str, spans: list[tuple[int, int, str]]):
        super().__init__(
            session,
            translate("Commands", "Add {count} spans").format(count=len(spans)),
            lambda: edits.add_spans(session.project, document=document, annotator=session.annotator, spans=spans),
        )


class RelabelSpan(EditCommand):
    def __init__(self, session: Session, *, span: str, label: str):
        super().__init__(session, translate("Commands", "Relabel as {label}").format(label=label), lambda: edits.relabel_span(session.project, span=span, label=label))


class ResizeSpan(EditCommand):
    """Moving an edge; consecutive moves of the same span's edges merge into one undo step,
    as typing merges in a text editor."""

    def __init__(self, session: Session, *, span: str, start: int, end: int):
        super().__init__(session, translate("Commands", "Resize span"), lambda: edits.resize_span(session.project, span=span, start=start, end=end))
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
        super().__init__(session, translate("Commands", "Delete span"), lambda: edits.delete_span(session.project, span=span))


class AddRelation(EditCommand):
    def __init__(self, session: Session, *, head: str, tail: str, label: str):
        super().__init__(session, translate("Commands", "Add {label}").format(label=label), lambda: edits.add_relation(session.project, head=head, tail=tail, label=label))


class RelabelRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str, label: str):
        super().__init__(session, translate("Commands", "Relation type {label}").format(label=label), lambda: edits.relabel_relation(session.project, relation=relation, label=label))


class ReverseRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str):
        super().__init__(session, translate("Commands", "Reverse relation"), lambda: edits.reverse_relation(session.project, relation=relation))


class DeleteRelation(EditCommand):
    def __init__(self, session: Session, *, relation: str):
        super().__init__(session, translate("Commands", "Delete relation"), lambda: edits.delete_relation(session.project, relation=relation))


class SetStatus(EditCommand):
    def __init__(self, session: Session, *, document: str, status: str):
        super().__init__(
            session,
            translate("Commands", "Mark {status}").format(status=translate("Status", STATUS_NAMES.get(status, status))),
            lambda: edits.set_status(session.project, document=document, annotator=session.annotator, status=status),
        )


class CopyLayer(EditCommand):
    """Copy another layer's spans and relations on one document into the annotator's own."""

    def __init__(self, session: Session, *, document: str, source: str, name: str):
        super().__init__(
            session,
            translate("Commands", "Copy {name}'s annotations").format(name=name),
            lambda: layers.copy_layer(session.project, document=document, source=source, target=session.annotator),
        )


# -- adjudication: each decision is one `annotator.adjudicate` call into the gold layer --------


def _curator(session: Session) -> str:
    return session.annotator_name


class TakeSpan(EditCommand):
    def __init__(self, session: Session, *, group, annotator: str, shown: str | None = None):
        super().__init__(session, translate("Commands", "Take {name}'s span").format(name=shown or annotator), lambda: adjudicate.take(session.project, group=group, annotator=annotator, curator=_curator(session)))


class TakeBoth(EditCommand):
    def __init__(self, session: Session, *, group):
        super().__init__(session, translate("Commands", "Take both spans"), lambda: adjudicate.take_both(session.project, group=group, curator=_curator(session)))


class RejectSpan(EditCommand):
    def __init__(self, session: Session, *, group):
        super().__init__(session, translate("Commands", "Reject span"), lambda: adjudicate.reject(session.project, group=group, curator=_curator(session)))


class EditGoldSpan(EditCommand):
    """'Edit by hand': the curator's own span for a cluster (provenance action 'edited')."""

    def __init__(self, session: Session, *, group, start: int, end: int, label: str):
        super().__init__(
            session, translate("Commands", "Edit as {label}").format(label=label), lambda: adjudicate.edit(session.project, group=group, start=start, end=end, label=label, curator=_curator(session))
        )


class AddGoldSpan(EditCommand):
    def __init__(self, session: Session, *, document: str, start: int, end: int, label: str):
        super().__init__(
            session,
            translate("Commands", "Add gold {label}").format(label=label),
            lambda: adjudicate.add_gold_span(session.project, document=document, start=start, end=end, label=label, curator=_curator(session)),
        )


class AddGoldRelation(EditCommand):
    def __init__(self, session: Session, *, head: str, tail: str, label: str):
        super().__init__(
            session, translate("Commands", "Add gold {label}").format(label=label), lambda: adjudicate.add_gold_relation(session.project, head=head, tail=tail, label=label, curator=_curator(session))
        )


class AcceptAgreed(EditCommand):
    def __init__(self, session: Session, *, document: str, annotators):
        names = list(annotators)
        super().__init__(
            session,
            translate("Commands", "Accept everything all annotators agree on"),
            lambda: adjudicate.accept_agreed(session.project, document=document, annotators=names, curator=_curator(session)),
        )


class TakeRelation(EditCommand):
    def __init__(self, session: Session, *, group, annotator: str, shown: str | None = None):
        super().__init__(
            session, translate("Commands", "Take {name}'s relation").format(name=shown or annotator), lambda: adjudicate.take_relation(session.project, group=group, annotator=annotator, curator=_curator(session))
        )


class TakeBothRelations(EditCommand):
    def __init__(self, session: Session, *, group):
        super().__init__(session, translate("Commands", "Take both relations"), lambda: adjudicate.take_both_relations(session.project, group=group, curator=_curator(session)))


class RejectRelation(EditCommand):
    def __init__(self, session: Session, *, group):
        super().__init__(session, translate("Commands", "Reject relation"), lambda: adjudicate.reject_relation(session.project, group=group, curator=_curator(session)))


class SetGoldStatus(EditCommand):
    def __init__(self, session: Session, *, document: str, status: str):
        super().__init__(
            session, translate("Commands", "Gold: mark {status}").format(status=translate("ReviewToolbars", STATUS_TITLES.get(status, status)).lower()), lambda: adjudicate.set_gold_status(session.project, document=document, status=status)
        )


class AssignDocuments(EditCommand):
    """Review ▸ Assign documents: one `assign.assign` call, undone like every edit by
    `edits.revert`. The document list shows assignments (queue first), so `refresh` rebuilds
    it after each redo and undo that took effect."""

    def __init__(self, session: Session, refresh: Callable[[], None], **options):
        super().__init__(session, translate("Commands", "Assign documents"), lambda: assign.assign(session.project, **options))
        self.refresh = refresh

    def redo(self) -> None:
        super().redo()
        if not self.isObsolete():
            self.refresh()

    def undo(self) -> None:
        super().undo()
        if not self.isObsolete():
            self.refresh()
