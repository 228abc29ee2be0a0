"""Span attributes declared in the scheme ([[attribute]]: choice, boolean or text, such as
`negated`, `role` or an `entity_id` that ties the mentions of one person across articles):
the verbs (one transaction, one `Changes` each, undone by `edits.revert`) and the reads.

One row per (span, name), its id derived from both (`store.attribute_uuid`), in the span's
layer; the value is stored as JSON (a string, or true/false for a boolean). Clearing a value
tombstones the row, so a merge carries the removal. A span's attributes stay with it through
deletion; relabelling drops those its new label does not take (edits.relabel_span). Undo
brings them back either way.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace

from annotator import rows, store
from annotator.edits import Changes, write_attribute
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import Project
from annotator.rows import AttributeRow
from annotator.scheme import AttributeType, Scheme
from annotator.text import unstorable

Value = str | bool
MAX_CHARS = 200


def value_problem(attribute: AttributeType, value: object) -> str | None:
    """Why `value` cannot be `attribute`'s value, or None: the scheme's kind and values, and
    for text one line of at most MAX_CHARS characters without control characters or outer
    spaces (an entity id must compare equal wherever it is typed)."""
    problem = attribute.value_problem(value)
    if problem or attribute.kind != "text":
        return problem
    assert isinstance(value, str)
    if not value:
        return Message(QT_TRANSLATE_NOOP("core", "attribute {name} needs a value (clear it instead)"), name=attribute.name)
    if value != value.strip():
        return Message(QT_TRANSLATE_NOOP("core", "attribute {name}: {value} has spaces at its ends"), name=attribute.name, value=repr(value))
    if len(value) > MAX_CHARS:
        return Message(QT_TRANSLATE_NOOP("core", "attribute {name} is at most {most} characters (this one has {count})"), name=attribute.name, most=MAX_CHARS, count=len(value))
    if any(unicodedata.category(c) == "Cc" for c in value) or "\u2028" in value or "\u2029" in value:
        return Message(QT_TRANSLATE_NOOP("core", "attribute {name} is one line, without tabs or control characters"), name=attribute.name)
    problem = unstorable(value)
    return Message(QT_TRANSLATE_NOOP("core", "attribute {name}: the value {problem}"), name=attribute.name, problem=problem) if problem else None


def encode(value: Value) -> str:
    return json.dumps(value, ensure_ascii=False)


def decode(value: str) -> Value:
    return json.loads(value)


def check(scheme: Scheme, label: str, name: str, value: object) -> str | None:
    """Why a span labelled `label` cannot have attribute `name` = `value`, or None."""
    attribute = scheme.attribute(name)
    if attribute is None:
        known = ", ".join(a.name for a in scheme.attributes) or Message(QT_TRANSLATE_NOOP("core", "none"))
        return Message(QT_TRANSLATE_NOOP("core", "the scheme has no attribute {name} (it has {known})"), name=repr(name), known=known)
    if not attribute.applies_to(label):
        return Message(QT_TRANSLATE_NOOP("core", "attribute {name} is not for {label} spans (only {labels})"), name=name, label=label, labels=", ".join(attribute.labels))
    return value_problem(attribute, value)


def _live_span(project: Project, span: str):
    row = project.span(span)
    if row is None or row.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such span {uuid} (it may have been deleted)"), uuid=span))
    return row


def _row(project: Project, uuid: str) -> AttributeRow | None:
    row = project.q("attribute", uuid=uuid).fetchone()
    return rows.attribute_row(row) if row else None


def set_attribute(project: Project, *, span: str, name: str, value: Value) -> Changes:
    """Give a span an attribute's value (the scheme's rules; see `check`); writing the value
    it already has changes nothing."""
    with project.atomic():
        row = _live_span(project, span)
        problem = check(project.scheme, row.label, name, value)
        if problem:
            raise InvalidOperation(problem)
        before = _row(project, store.attribute_uuid(span, name))
        after = AttributeRow(store.attribute_uuid(span, name), row.document, row.annotator, span, name, encode(value))
        if before == after:
            return Changes(row.document)
        write_attribute(project, after)
    return Changes(row.document, attributes=((before, after),))


def clear_attribute(project: Project, *, span: str, name: str) -> Changes:
    """Remove a span's value of attribute `name` (tombstoned); nothing to do when it has none."""
    with project.atomic():
        row = _live_span(project, span)
        before = _row(project, store.attribute_uuid(span, name))
        if before is None or before.deleted:
            return Changes(row.document)
        after = replace(before, deleted=True)
        write_attribute(project, after)
    return Changes(row.document, attributes=((before, after),))


def set_attributes(project: Project, *, span: str, values: dict[str, Value | None]) -> Changes:
    """Set (or, with None, clear) several of a span's attributes in one transaction: what the
    window's attribute editor saves as one undo step. Every value is checked before any is
    written; unchanged ones are left alone."""
    with project.atomic():
        row = _live_span(project, span)
        for name, value in values.items():
            problem = check(project.scheme, row.label, name, value) if value is not None else None
            if problem:
                raise InvalidOperation(problem)
        changes: list = []
        for name, value in sorted(values.items()):
            step = clear_attribute(project, span=span, name=name) if value is None else set_attribute(project, span=span, name=name, value=value)
            changes.extend(step.attributes)
    return Changes(row.document, attributes=tuple(changes))


# -- imports ------------------------------------------------------------------------------

# Raw SQL (executemany): an import writes its values in bulk inside the import's transaction.
# A value the layer already has is rewritten only when the file says something else.
_IMPORT = (
    "INSERT INTO attribute (uuid, document, annotator, span, name, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (uuid) DO UPDATE SET value = excluded.value, deleted = 0, updated_at = excluded.updated_at "
    "WHERE attribute.value <> excluded.value OR attribute.deleted <> 0"
)


def imported_rows(document: str, annotator: str, span: str, values: dict[str, Value], now: int) -> list[tuple]:
    """The rows an import writes for one entity's attributes (already checked by the importer)."""
    return [(store.attribute_uuid(span, name), document, annotator, span, name, encode(value), now, now) for name, value in sorted(values.items())]


def write_imported(project: Project, attribute_rows: list[tuple]) -> int:
    """Write the rows `imported_rows` made, inside the caller's transaction; returns how many
    were new or changed."""
    if not attribute_rows:
        return 0
    return project.db.cursor().executemany(_IMPORT, attribute_rows).rowcount


# -- reads --------------------------------------------------------------------------------


def span_attributes(project: Project, span: str) -> dict[str, Value]:
    """A span's live attribute values by name."""
    return {r.name: decode(r.value) for r in map(rows.attribute_row, project.q("span_attributes", span=span))}


def layer_attributes(project: Project, document: str, annotator: str) -> dict[str, dict[str, Value]]:
    """The live attribute values of one layer in one document: span uuid -> name -> value
    (spans that are deleted included: callers look up the spans they show)."""
    out: dict[str, dict[str, Value]] = {}
    for r in map(rows.attribute_row, project.q("layer_attributes", document=document, annotator=annotator)):
        out.setdefault(r.span, {})[r.name] = decode(r.value)
    return {span: dict(sorted(values.items())) for span, values in out.items()}


@dataclass(frozen=True)
class UsedValue:
    """A value of a text attribute already used in the project (an entity id), with the
    surface forms of its live spans, most frequent first, and how many spans carry it."""

    value: str
    surfaces: tuple[str, ...]
    spans: int


def used_values(project: Project, name: str) -> list[UsedValue]:
    """Every value of attribute `name` on live spans of live documents, in any layer, most
    used first (then by value): what the entity_id picker offers."""
    counts: dict[str, dict[str, int]] = {}
    texts: dict[str, str] = {}
    for r in map(rows.attribute_row, project.q("attributes_named", name=name)):
        span = project.span(r.span)
        if span is None or span.deleted:
            continue
        if span.document not in texts:
            texts[span.document] = project.text(span.document)
        value = decode(r.value)
        surfaces = counts.setdefault(str(value), {})
        surface = texts[span.document][span.start : span.end]
        surfaces[surface] = surfaces.get(surface, 0) + 1
    found = [
        UsedValue(value, tuple(s for s, _ in sorted(forms.items(), key=lambda f: (-f[1], f[0]))), sum(forms.values()))
        for value, forms in counts.items()
    ]
    return sorted(found, key=lambda u: (-u.spans, u.value))


def in_use(project: Project) -> dict[str, int]:
    """How many live spans carry each attribute name (a scheme that drops one in use is refused)."""
    # Raw SQL: one count over the table, joined to the spans that are still live.
    found = project.sql(
        "SELECT a.name, count(*) FROM attribute a JOIN span s ON s.uuid = a.span WHERE a.deleted = 0 AND s.deleted = 0 GROUP BY a.name"
    ).fetchall()
    return dict(found)
