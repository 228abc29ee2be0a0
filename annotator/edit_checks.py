"""What an edit must satisfy before it is written: live rows, labels and relation types from the
scheme, offsets on grapheme boundaries, no duplicates, known annotators and valid names.

Each check raises InvalidOperation with a translatable message (or, for a name, returns why it
is not valid); annotator.edits calls them inside its transactions, before anything is written.
"""

from __future__ import annotations

import unicodedata

from annotator import rows
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import AnnotatorRow, Project, RelationRow, SpanRow
from annotator.text import check_span


def live_span(project: Project, uuid: str) -> SpanRow:
    span = project.span(uuid)
    if span is None or span.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such span {uuid} (it may have been deleted)"), uuid=uuid))
    return span


def live_relation(project: Project, uuid: str) -> RelationRow:
    rel = project.relation(uuid)
    if rel is None or rel.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such relation {uuid} (it may have been deleted)"), uuid=uuid))
    return rel


def check_label(project: Project, label: str) -> None:
    if project.scheme.entity(label) is None:
        names = ", ".join(e.name for e in project.scheme.entities)
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown entity label {label}; the scheme has {names}"), label=repr(label), names=names))


def check_offsets(project: Project, document: str, start: int, end: int) -> None:
    problem = check_span(project.text(document), start, end)
    if problem:
        raise InvalidOperation(problem)


def check_duplicate_span(project: Project, span: SpanRow) -> None:
    row = project.run(rows.SAME_SPAN, document=span.document, annotator=span.annotator, start=span.start, end=span.end, label=span.label, uuid=span.uuid).fetchone()
    if row:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "this layer already has a {label} span at {start}-{end}"), label=span.label, start=span.start, end=span.end))


def check_relation(project: Project, rel: RelationRow) -> None:
    rtype = project.scheme.relation(rel.label)
    if rtype is None:
        names = ", ".join(r.name for r in project.scheme.relations) or Message(QT_TRANSLATE_NOOP("core", "none"))
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown relation type {label}; the scheme has {names}"), label=repr(rel.label), names=names))
    if rel.head == rel.tail:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "a relation needs two different spans")))
    head, tail = live_span(project, rel.head), live_span(project, rel.tail)
    if not (head.document == tail.document == rel.document):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "a relation's spans must be in the same document")))
    if not (head.annotator == tail.annotator == rel.annotator):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "a relation's spans must be in the same annotator's layer")))
    if not rtype.allows(head.label, tail.label):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the scheme does not allow {label} from {head} to {tail}"), label=rel.label, head=head.label, tail=tail.label))
    dup = project.run(rows.SAME_RELATION, head=rel.head, tail=rel.tail, label=rel.label, uuid=rel.uuid).fetchone()
    if dup:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "this {label} relation already exists"), label=rel.label))


def check_annotator(project: Project, annotator: str) -> AnnotatorRow:
    row = project.annotator_by_uuid(annotator)
    if row is None or row.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such annotator {annotator}"), annotator=annotator))
    return row


def valid_annotator_name(name: str) -> str | None:
    """Why `name` cannot name an annotator, or None."""
    if not name or not name.strip():
        return Message(QT_TRANSLATE_NOOP("core", "an annotator needs a name"))
    if name != name.strip():
        return Message(QT_TRANSLATE_NOOP("core", "an annotator's name may not start or end with spaces"))
    if len(name) > 64:
        return Message(QT_TRANSLATE_NOOP("core", "an annotator's name is at most 64 characters"))
    if any(unicodedata.category(c).startswith("C") for c in name):
        return Message(QT_TRANSLATE_NOOP("core", "an annotator's name may not hold control characters"))
    return None


