"""Every change a user can make to a project: one function, one transaction, one change record.

The window's undo commands, the command line and the tests all change a project through these
functions. Each returns `Changes`: the (before, after) state of every row it touched, so a view
can refresh exactly those rows and `revert` can undo it. Rows are never removed: a deletion is a
tombstone (`deleted=True`), so merging laptops can tell "deleted there" from "never seen there",
and undo brings back the very same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotator import rows, store
from annotator.edit_checks import check_annotator, check_duplicate_span, check_label, check_offsets, check_relation, live_relation, live_span, valid_annotator_name
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import GOLD, GOLD_STATUSES, STATUSES, AnnotatorRow, AssignmentRow, Project, RelationRow, SpanRow, StatusRow
from annotator.rows import AttributeRow, NoteRow

SpanChange = tuple[SpanRow | None, SpanRow | None]
RelationChange = tuple[RelationRow | None, RelationRow | None]
StatusChange = tuple[StatusRow | None, StatusRow | None]
AnnotatorChange = tuple[AnnotatorRow | None, AnnotatorRow | None]
AssignmentChange = tuple[AssignmentRow | None, AssignmentRow | None]
NoteChange = tuple[NoteRow | None, NoteRow | None]
AttributeChange = tuple[AttributeRow | None, AttributeRow | None]


@dataclass(frozen=True)
class Changes:
    """What one action changed: (before, after) per row; None before means the row is new."""

    document: str | None = None
    spans: tuple[SpanChange, ...] = ()
    relations: tuple[RelationChange, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
    annotators: tuple[AnnotatorChange, ...] = ()
    assignments: tuple[AssignmentChange, ...] = ()
    notes: tuple[NoteChange, ...] = ()  # notes and unsure flags (annotator.notes)
    attributes: tuple[AttributeChange, ...] = ()  # span attributes (annotator.attributes)

    def inverse(self) -> Changes:
        """The record of the opposite change (after -> before)."""
        flip = lambda pairs: tuple((after, before) for before, after in pairs)  # noqa: E731
        fields = ("spans", "relations", "statuses", "annotators", "assignments", "notes", "attributes")
        return Changes(self.document, *(flip(getattr(self, f)) for f in fields))

    @property
    def empty(self) -> bool:
        return not (self.spans or self.relations or self.statuses or self.annotators or self.assignments or self.notes or self.attributes)


# -- row writes (the checks are in annotator.edit_checks) ---------------------------------


def _write_span(project: Project, span: SpanRow, *, new: bool) -> None:
    write = rows.NEW_SPAN if new else rows.SET_SPAN
    project.run(
        write, uuid=span.uuid, document=span.document, annotator=span.annotator, start=span.start, end=span.end,
        label=span.label, provenance=span.provenance, deleted=int(span.deleted), now=store.now_us(),
    )


def _write_relation(project: Project, rel: RelationRow, *, new: bool) -> None:
    write = rows.NEW_RELATION if new else rows.SET_RELATION
    project.run(
        write, uuid=rel.uuid, document=rel.document, annotator=rel.annotator, head=rel.head, tail=rel.tail,
        label=rel.label, provenance=rel.provenance, deleted=int(rel.deleted), now=store.now_us(),
    )


def _write_status(project: Project, status: StatusRow) -> None:
    project.run(rows.SET_STATUS, uuid=status.uuid, document=status.document, annotator=status.annotator, status=status.status, deleted=int(status.deleted), now=store.now_us())


def write_assignment(project: Project, row: AssignmentRow) -> None:
    """Write one assignment row as it is (new, changed or tombstoned); for annotator.assign."""
    project.run(rows.SET_ASSIGNMENT, uuid=row.uuid, document=row.document, annotator=row.annotator, deleted=int(row.deleted), now=store.now_us())


def write_note(project: Project, note: NoteRow) -> None:
    """Write one note row as it is (new, changed or tombstoned); for annotator.notes and revert."""
    project.run(
        rows.SET_NOTE, uuid=note.uuid, document=note.document, annotator=note.annotator, target_kind=note.target_kind, target=note.target,
        text=note.text, unsure=int(note.unsure), deleted=int(note.deleted), now=store.now_us(),
    )


def write_attribute(project: Project, row: AttributeRow) -> None:
    """Write one attribute row as it is (new, changed or tombstoned); for annotator.attributes and revert."""
    project.run(
        rows.SET_ATTRIBUTE, uuid=row.uuid, document=row.document, annotator=row.annotator, span=row.span, name=row.name,
        value=row.value, deleted=int(row.deleted), now=store.now_us(),
    )


# -- spans --------------------------------------------------------------------------------


def add_span(project: Project, *, document: str, annotator: str, start: int, end: int, label: str, provenance: str | None = None, uuid: str | None = None) -> Changes:
    """Add a span to one annotator's layer. Offsets are code points, end exclusive, on grapheme
    cluster boundaries; the label must be in the scheme; the same span twice is refused."""
    with project.atomic():
        check_annotator(project, annotator)
        check_label(project, label)
        check_offsets(project, document, start, end)
        span = SpanRow(uuid or store.new_uuid(), document, annotator, start, end, label, False, provenance)
        check_duplicate_span(project, span)
        _write_span(project, span, new=True)
    return Changes(document, spans=((None, span),))


def add_spans(project: Project, *, document: str, annotator: str, spans: list[tuple[int, int, str]]) -> Changes:
    """Add several spans (start, end, label) to one layer in one transaction, e.g. accepting
    every suggested occurrence at once: all are checked as add_span checks one, and if any
    is refused none is added."""
    with project.atomic():
        check_annotator(project, annotator)
        added: list[SpanChange] = []
        for start, end, label in spans:
            check_label(project, label)
            check_offsets(project, document, start, end)
            span = SpanRow(store.new_uuid(), document, annotator, start, end, label, False, None)
            check_duplicate_span(project, span)
            _write_span(project, span, new=True)
            added.append((None, span))
    return Changes(document, spans=tuple(added))


def relabel_span(project: Project, *, span: str, label: str) -> Changes:
    """Give a span another label; refused when one of its relations would no longer fit. Its
    attribute values the new label does not take go with the old label (one undo step)."""
    with project.atomic():
        before = live_span(project, span)
        check_label(project, label)
        after = replace(before, label=label)
        check_duplicate_span(project, after)
        for rel in project.relations_of_span(span):
            head = after if rel.head == span else project.span(rel.head)
            tail = after if rel.tail == span else project.span(rel.tail)
            rtype = project.scheme.relation(rel.label)
            if rtype is None or not rtype.allows(head.label, tail.label):
                raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "relabelling to {label} breaks its {relation} relation; delete that relation first"), label=label, relation=rel.label))
        _write_span(project, after, new=False)
        dropped = _drop_attributes_not_for(project, span, label)
    return Changes(before.document, spans=((before, after),), attributes=dropped)


def _drop_attributes_not_for(project: Project, span: str, label: str) -> tuple[AttributeChange, ...]:
    """Tombstone the span's attribute values that `label` does not take (a PERSON's entity_id
    on a span relabelled DATE): what the span now is never carries them into an export, a
    merge carries the removal, and undoing the relabel brings them back with the old label."""
    dropped: list[AttributeChange] = []
    for row in map(rows.attribute_row, project.q("span_attributes", span=span)):
        attribute = project.scheme.attribute(row.name)
        if attribute is not None and not attribute.applies_to(label):
            gone = replace(row, deleted=True)
            write_attribute(project, gone)
            dropped.append((row, gone))
    return tuple(dropped)


def resize_span(project: Project, *, span: str, start: int, end: int) -> Changes:
    """Move a span's edges; the new offsets follow the same rules as add_span."""
    with project.atomic():
        before = live_span(project, span)
        check_offsets(project, before.document, start, end)
        after = replace(before, start=start, end=end)
        check_duplicate_span(project, after)
        _write_span(project, after, new=False)
    return Changes(before.document, spans=((before, after),))


def delete_span(project: Project, *, span: str) -> Changes:
    """Tombstone a span and the live relations that use it."""
    with project.atomic():
        before = live_span(project, span)
        rels = project.relations_of_span(span)
        for rel in rels:
            _write_relation(project, replace(rel, deleted=True), new=False)
        after = replace(before, deleted=True)
        _write_span(project, after, new=False)
    return Changes(before.document, spans=((before, after),), relations=tuple((r, replace(r, deleted=True)) for r in rels))


def set_span_provenance(project: Project, *, span: str, provenance: str | None) -> Changes:
    """Record where a (gold) span came from: which annotators' spans, or 'edited'."""
    with project.atomic():
        before = live_span(project, span)
        after = replace(before, provenance=provenance)
        _write_span(project, after, new=False)
    return Changes(before.document, spans=((before, after),))


# -- relations ----------------------------------------------------------------------------


def add_relation(project: Project, *, head: str, tail: str, label: str, provenance: str | None = None, uuid: str | None = None) -> Changes:
    """Add a relation between two live spans of one layer; the scheme's argument types apply."""
    with project.atomic():
        h = live_span(project, head)
        rel = RelationRow(uuid or store.new_uuid(), h.document, h.annotator, head, tail, label, False, provenance)
        check_relation(project, rel)
        _write_relation(project, rel, new=True)
    return Changes(h.document, relations=((None, rel),))


def relabel_relation(project: Project, *, relation: str, label: str) -> Changes:
    with project.atomic():
        before = live_relation(project, relation)
        after = replace(before, label=label)
        check_relation(project, after)
        _write_relation(project, after, new=False)
    return Changes(before.document, relations=((before, after),))


def reverse_relation(project: Project, *, relation: str) -> Changes:
    """Swap head and tail (when the scheme allows the reversed direction)."""
    with project.atomic():
        before = live_relation(project, relation)
        after = replace(before, head=before.tail, tail=before.head)
        check_relation(project, after)
        _write_relation(project, after, new=False)
    return Changes(before.document, relations=((before, after),))


def move_relation(project: Project, *, relation: str, head: str, tail: str) -> Changes:
    """Point a relation at other spans of its layer (its id kept); the scheme's types apply."""
    with project.atomic():
        before = live_relation(project, relation)
        after = replace(before, head=head, tail=tail)
        check_relation(project, after)
        _write_relation(project, after, new=False)
    return Changes(before.document, relations=((before, after),))


def set_relation_provenance(project: Project, *, relation: str, provenance: str | None) -> Changes:
    """Record where a (gold) relation came from: which annotators drew it on these very spans."""
    with project.atomic():
        before = live_relation(project, relation)
        after = replace(before, provenance=provenance)
        _write_relation(project, after, new=False)
    return Changes(before.document, relations=((before, after),))


def delete_relation(project: Project, *, relation: str) -> Changes:
    with project.atomic():
        before = live_relation(project, relation)
        after = replace(before, deleted=True)
        _write_relation(project, after, new=False)
    return Changes(before.document, relations=((before, after),))


# -- statuses and annotators ----------------------------------------------------------------


def set_status(project: Project, *, document: str, annotator: str, status: str) -> Changes:
    """Set one annotator's status for a document ('new', 'in_progress', 'done'; the gold layer
    uses 'not_started', 'in_review', 'adjudicated')."""
    with project.atomic():
        who = check_annotator(project, annotator)
        allowed = GOLD_STATUSES if who.kind == "gold" else STATUSES
        if status not in allowed:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown status {status}; use one of {allowed}"), status=repr(status), allowed=", ".join(allowed)))
        project.document(document)
        before = project.status_row(document, annotator)
        after = StatusRow(store.status_uuid(document, annotator), document, annotator, status, False)
        if before == after:
            return Changes(document)
        _write_status(project, after)
    return Changes(document, statuses=((before, after),))


def add_annotator(project: Project, *, name: str, kind: str = "human") -> Changes:
    """Add (or bring back) an annotator; the id is derived from the name so laptops agree.
    Adding one that exists changes nothing. The name 'gold' is the curator's layer."""
    problem = valid_annotator_name(name)
    if problem:
        raise InvalidOperation(problem)
    if (name == GOLD) != (kind == "gold"):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the name 'gold' is kept for the curator's gold layer")))
    if kind not in ("human", "import", "gold"):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown annotator kind {kind}"), kind=repr(kind)))
    with project.atomic():
        before = project.annotator(name)
        if before is not None and not before.deleted:
            return Changes()
        after = AnnotatorRow(store.annotator_uuid(name), name, kind, False)
        project.run(rows.ADD_ANNOTATOR, uuid=after.uuid, name=name, kind=kind, now=store.now_us())
    return Changes(annotators=((before, after),))


def ensure_annotator(project: Project, name: str, kind: str = "human") -> str:
    """The uuid of annotator `name`, adding it first when needed (no write when it exists;
    in a read-only project a missing annotator is an empty layer, not an error)."""
    existing = project.annotator(name)
    if (existing is not None and not existing.deleted) or project.read_only:
        return store.annotator_uuid(name)
    add_annotator(project, name=name, kind=kind)
    return store.annotator_uuid(name)


# -- undo ---------------------------------------------------------------------------------


def revert(project: Project, changes: Changes) -> Changes:
    """Put every row `changes` touched back to its before-state, in one transaction.

    A row that did not exist before is tombstoned (a span also loses its provenance).
    Notes, attributes and assignments are put back too, so assigning documents undoes through this one path. Returns the record of this change, whose
    own revert redoes the original. Ids never change, so undo and redo keep every reference.
    """
    with project.atomic():
        spans: list[SpanChange] = []
        relations: list[RelationChange] = []
        statuses: list[StatusChange] = []
        assignments: list[AssignmentChange] = []
        notes: list[NoteChange] = []
        # Relations are put back after spans come back and before spans go away, so no live
        # relation ever points at a tombstoned span.
        for before, after in changes.relations:
            current = project.relation((before or after).uuid)
            target = before if before is not None else replace(after, deleted=True, provenance=None)
            if target.deleted:
                _write_relation(project, target, new=False)
                relations.append((current, target))
        for before, after in changes.spans:
            current = project.span((before or after).uuid)
            # A row the change created goes back to not existing: tombstoned, and without the
            # provenance that said what it was (so a recorded decision is undone too).
            target = before if before is not None else replace(after, deleted=True, provenance=None)
            if not target.deleted:
                check_offsets(project, target.document, target.start, target.end)
            _write_span(project, target, new=False)
            spans.append((current, target))
        for before, after in changes.relations:
            current = project.relation((before or after).uuid)
            target = before if before is not None else replace(after, deleted=True, provenance=None)
            if not target.deleted:
                _write_relation(project, target, new=False)
                relations.append((current, target))
        for before, after in changes.statuses:
            row = before or after
            current = project.status_row(row.document, row.annotator)
            target = before if before is not None else replace(after, deleted=True)
            _write_status(project, target)
            statuses.append((current, target))
        if changes.assignments:
            now_rows = {r.uuid: r for r in project.assignment_rows()}
            for before, after in reversed(changes.assignments):
                target = before if before is not None else replace(after, deleted=True)
                write_assignment(project, target)
                assignments.append((now_rows.get(target.uuid), target))
        for before, after in changes.notes:
            row = project.q("note", uuid=(before or after).uuid).fetchone()
            target = before if before is not None else replace(after, deleted=True)
            write_note(project, target)
            notes.append((rows.note_row(row) if row else None, target))
        attributes: list[AttributeChange] = []
        for before, after in changes.attributes:
            row = project.q("attribute", uuid=(before or after).uuid).fetchone()
            target = before if before is not None else replace(after, deleted=True)
            write_attribute(project, target)
            attributes.append((rows.attribute_row(row) if row else None, target))
    return Changes(
        changes.document, tuple(spans), tuple(relations), tuple(statuses), assignments=tuple(assignments), notes=tuple(notes), attributes=tuple(attributes)
    )
