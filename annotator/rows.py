"""The records the core hands out for rows (documents, annotators, spans, relations,
statuses, assignments, notes, attributes), and the fixed reads and writes on them: built on annotator.store's
models and compiled once (schema.Prepared), so a key press pays what raw SQL costs."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import EXCLUDED, Query, fn

from annotator.schema import Annotator, Assignment, Attribute, Document, Note, Prepared, Relation, SchemeVersion, Span, Status, live, param


@dataclass(frozen=True)
class DocumentInfo:
    uuid: str
    ext_id: str
    length: int
    seq: int


@dataclass(frozen=True)
class AnnotatorRow:
    uuid: str
    name: str
    kind: str
    deleted: bool = False


@dataclass(frozen=True)
class SpanRow:
    uuid: str
    document: str
    annotator: str
    start: int
    end: int
    label: str
    deleted: bool = False
    provenance: str | None = None


@dataclass(frozen=True)
class RelationRow:
    uuid: str
    document: str
    annotator: str
    head: str
    tail: str
    label: str
    deleted: bool = False
    provenance: str | None = None


@dataclass(frozen=True)
class StatusRow:
    uuid: str
    document: str
    annotator: str
    status: str
    deleted: bool = False


@dataclass(frozen=True)
class AssignmentRow:
    uuid: str
    document: str
    annotator: str
    deleted: bool = False


@dataclass(frozen=True)
class NoteRow:
    """One annotator's note and "unsure" flag on a target: kind 'span', 'relation' or
    'document' and its uuid (for a document, the document itself)."""

    uuid: str
    document: str
    annotator: str
    target_kind: str
    target: str
    text: str = ""
    unsure: bool = False
    deleted: bool = False


@dataclass(frozen=True)
class AttributeRow:
    """One span attribute: its name and its value as JSON text (a string or true/false)."""

    uuid: str
    document: str
    annotator: str
    span: str
    name: str
    value: str
    deleted: bool = False


# The columns each row record is read from, in its fields' order.
_SPAN = (Span.uuid, Span.document, Span.annotator, Span.start, Span.end, Span.label, Span.deleted, Span.provenance)
_RELATION = (Relation.uuid, Relation.document, Relation.annotator, Relation.head, Relation.tail, Relation.label, Relation.deleted, Relation.provenance)
_ANNOTATOR = (Annotator.uuid, Annotator.name, Annotator.kind, Annotator.deleted)
_DOCUMENT = (Document.uuid, Document.ext_id, fn.length(Document.text), Document.seq)
_STATUS = (Status.uuid, Status.document, Status.annotator, Status.status, Status.deleted)
_NOTE = (Note.uuid, Note.document, Note.annotator, Note.target_kind, Note.target, Note.text, Note.unsure, Note.deleted)
_ATTRIBUTE = (Attribute.uuid, Attribute.document, Attribute.annotator, Attribute.span, Attribute.name, Attribute.value, Attribute.deleted)
_ASSIGNMENT = (Assignment.uuid, Assignment.document, Assignment.annotator, Assignment.deleted)


_HEAD, _TAIL = Span.alias("h"), Span.alias("t")
# Every fixed read, compiled once (schema.Prepared): the window runs these on each key press.
READS = {
    "has_scheme": Prepared(lambda: SchemeVersion.select(fn.count())),
    "scheme": Prepared(lambda: SchemeVersion.select(SchemeVersion.version, SchemeVersion.name, SchemeVersion.toml).order_by(SchemeVersion.version.desc()).limit(1)),
    "scheme_version": Prepared(lambda: SchemeVersion.select(fn.max(SchemeVersion.version))),
    "add_scheme": Prepared(lambda: SchemeVersion.insert(version=param("version"), name=param("name"), toml=param("toml"), created_at=param("now"))),
    "span_labels": Prepared(lambda: Span.select(Span.label).distinct().where(live(Span))),
    "relation_labels": Prepared(lambda: Relation.select(Relation.label).distinct().where(live(Relation))),
    "document_count": Prepared(lambda: Document.select(fn.count()).where(live(Document))),
    "documents": Prepared(lambda: Document.select(*_DOCUMENT).where(live(Document)).order_by(Document.seq).limit(param("limit")).offset(param("offset"))),
    "document": Prepared(lambda: Document.select(*_DOCUMENT).where(Document.uuid == param("uuid"))),
    "document_by_ext_id": Prepared(lambda: Document.select(*_DOCUMENT).where((Document.ext_id == param("ext_id")) & live(Document))),
    "text": Prepared(lambda: Document.select(Document.text).where(Document.uuid == param("uuid"))),
    "meta": Prepared(lambda: Document.select(Document.meta).where(Document.uuid == param("uuid"))),
    "annotators": Prepared(lambda: Annotator.select(*_ANNOTATOR).where(live(Annotator)).order_by(Annotator.name)),
    "annotator": Prepared(lambda: Annotator.select(*_ANNOTATOR).where(Annotator.name == param("name"))),
    "annotator_by_uuid": Prepared(lambda: Annotator.select(*_ANNOTATOR).where(Annotator.uuid == param("uuid"))),
    "spans": Prepared(lambda: Span.select(*_SPAN).where((Span.document == param("document")) & live(Span)).order_by(Span.start, Span.end, Span.label)),
    "layer_spans": Prepared(lambda:
        Span.select(*_SPAN).where((Span.document == param("document")) & (Span.annotator == param("annotator")) & live(Span)).order_by(Span.start, Span.end, Span.label)
    ),
    "span": Prepared(lambda: Span.select(*_SPAN).where(Span.uuid == param("uuid"))),
    "relation": Prepared(lambda: Relation.select(*_RELATION).where(Relation.uuid == param("uuid"))),
    "relations_of_span": Prepared(lambda: Relation.select(*_RELATION).where(((Relation.head == param("span")) | (Relation.tail == param("span"))) & live(Relation))),
    "status": Prepared(lambda: Status.select(Status.status).where((Status.document == param("document")) & (Status.annotator == param("annotator")) & live(Status))),
    "status_row": Prepared(lambda: Status.select(*_STATUS).where((Status.document == param("document")) & (Status.annotator == param("annotator")))),
    "statuses": Prepared(lambda: Status.select(Status.document, Status.status).where((Status.annotator == param("annotator")) & live(Status))),
    "assignments": Prepared(lambda: Assignment.select(*_ASSIGNMENT)),
    "live_assignments": Prepared(lambda: Assignment.select(*_ASSIGNMENT).where(live(Assignment))),
    "note": Prepared(lambda: Note.select(*_NOTE).where(Note.uuid == param("uuid"))),
    "layer_notes": Prepared(lambda: Note.select(*_NOTE).where((Note.document == param("document")) & (Note.annotator == param("annotator")) & live(Note))),
    "attribute": Prepared(lambda: Attribute.select(*_ATTRIBUTE).where(Attribute.uuid == param("uuid"))),
    "span_attributes": Prepared(lambda: Attribute.select(*_ATTRIBUTE).where((Attribute.span == param("span")) & live(Attribute))),
    "layer_attributes": Prepared(
        lambda: Attribute.select(*_ATTRIBUTE).where((Attribute.document == param("document")) & (Attribute.annotator == param("annotator")) & live(Attribute))
    ),
    "attributes_named": Prepared(lambda: Attribute.select(*_ATTRIBUTE).where((Attribute.name == param("name")) & live(Attribute))),
    "count_done": Prepared(lambda: Status.select(fn.count()).where(live(Status) & Status.status.in_(("done", "adjudicated")))),
}
# Machine suggestions (layers named suggest:…) are proposals, not anyone's work: the counts of
# annotators, spans and relations leave them out, and suggested spans are counted apart.
SUGGESTION_PREFIX = "suggest:"


def _suggestion_layers() -> Query:
    return Annotator.select(Annotator.uuid).where(Annotator.name.startswith(SUGGESTION_PREFIX))


READS["count_document"] = Prepared(lambda: Document.select(fn.count()).where(live(Document)))
READS["count_annotator"] = Prepared(lambda: Annotator.select(fn.count()).where(live(Annotator) & ~Annotator.name.startswith(SUGGESTION_PREFIX)))
for _model in (Span, Relation):
    READS[f"count_{_model._meta.table_name}"] = Prepared(lambda m=_model: m.select(fn.count()).where(live(m) & m.annotator.not_in(_suggestion_layers())))
READS["count_suggested"] = Prepared(lambda: Span.select(fn.count()).where(live(Span) & Span.annotator.in_(_suggestion_layers())))


def _relations_query(annotator: bool) -> Query:
    """Live relations of a document (or of one layer) whose two spans are live too."""
    where = (Relation.document == param("document")) & live(Relation)
    if annotator:
        where &= Relation.annotator == param("annotator")
    return (
        Relation.select(*_RELATION)
        .join(_HEAD, on=(_HEAD.uuid == Relation.head) & live(_HEAD))
        .switch(Relation)
        .join(_TAIL, on=(_TAIL.uuid == Relation.tail) & live(_TAIL))
        .where(where)
        .order_by(Relation.created_at)
    )


READS["relations"] = Prepared(lambda: _relations_query(False))
READS["layer_relations"] = Prepared(lambda: _relations_query(True))


def span_row(row) -> SpanRow:
    return SpanRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


def relation_row(row) -> RelationRow:
    return RelationRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


def annotator_row(row) -> AnnotatorRow:
    return AnnotatorRow(row[0], row[1], row[2], bool(row[3]))


def status_row(row) -> StatusRow:
    return StatusRow(row[0], row[1], row[2], row[3], bool(row[4]))


def note_row(row) -> NoteRow:
    return NoteRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), bool(row[7]))


def attribute_row(row) -> AttributeRow:
    return AttributeRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))


def assignment_row(row) -> AssignmentRow:
    return AssignmentRow(row[0], row[1], row[2], bool(row[3]))


# The writes annotator.edits makes, one statement per kind of change.
NEW_SPAN = Prepared(lambda:
    Span.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), start=param("start"), end=param("end"),
        label=param("label"), provenance=param("provenance"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted"),
    )
)
SET_SPAN = Prepared(lambda:
    Span.update(
        {Span.start: param("start"), Span.end: param("end"), Span.label: param("label"), Span.provenance: param("provenance"), Span.deleted: param("deleted"), Span.updated_at: param("now")}
    ).where(Span.uuid == param("uuid"))
)
SAME_SPAN = Prepared(lambda:
    Span.select(Span.uuid).where(
        (Span.document == param("document")) & (Span.annotator == param("annotator")) & (Span.start == param("start")) & (Span.end == param("end"))
        & (Span.label == param("label")) & live(Span) & (Span.uuid != param("uuid"))
    )
)
NEW_RELATION = Prepared(lambda:
    Relation.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), head=param("head"), tail=param("tail"),
        label=param("label"), provenance=param("provenance"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted"),
    )
)
SET_RELATION = Prepared(lambda:
    Relation.update(
        {Relation.head: param("head"), Relation.tail: param("tail"), Relation.label: param("label"), Relation.provenance: param("provenance"), Relation.deleted: param("deleted"), Relation.updated_at: param("now")}
    ).where(Relation.uuid == param("uuid"))
)
SAME_RELATION = Prepared(lambda:
    Relation.select(Relation.uuid).where(
        (Relation.head == param("head")) & (Relation.tail == param("tail")) & (Relation.label == param("label")) & live(Relation) & (Relation.uuid != param("uuid"))
    )
)
SET_STATUS = Prepared(lambda:
    Status.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), status=param("status"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted")
    ).on_conflict(conflict_target=[Status.uuid], update={Status.status: EXCLUDED.status, Status.deleted: EXCLUDED.deleted, Status.updated_at: EXCLUDED.updated_at})
)
SET_ASSIGNMENT = Prepared(lambda:
    Assignment.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted")
    ).on_conflict(conflict_target=[Assignment.uuid], update={Assignment.deleted: EXCLUDED.deleted, Assignment.updated_at: EXCLUDED.updated_at})
)
ADD_ANNOTATOR = Prepared(lambda:
    Annotator.insert(uuid=param("uuid"), name=param("name"), kind=param("kind"), created_at=param("now"), updated_at=param("now"), deleted=0).on_conflict(
        conflict_target=[Annotator.uuid], update={Annotator.deleted: 0, Annotator.updated_at: EXCLUDED.updated_at}
    )
)
SET_NOTE = Prepared(lambda:
    Note.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), target_kind=param("target_kind"), target=param("target"),
        text=param("text"), unsure=param("unsure"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted"),
    ).on_conflict(conflict_target=[Note.uuid], update={Note.text: EXCLUDED.text, Note.unsure: EXCLUDED.unsure, Note.deleted: EXCLUDED.deleted, Note.updated_at: EXCLUDED.updated_at})
)
SET_ATTRIBUTE = Prepared(lambda:
    Attribute.insert(
        uuid=param("uuid"), document=param("document"), annotator=param("annotator"), span=param("span"), name=param("name"),
        value=param("value"), created_at=param("now"), updated_at=param("now"), deleted=param("deleted"),
    ).on_conflict(conflict_target=[Attribute.uuid], update={Attribute.value: EXCLUDED.value, Attribute.deleted: EXCLUDED.deleted, Attribute.updated_at: EXCLUDED.updated_at})
)
