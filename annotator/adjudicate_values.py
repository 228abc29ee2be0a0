"""Span attribute values in adjudication: which values a span decided into gold carries.

Taking an annotator's span carries that annotator's values, and the gold span's provenance
names them (`attributes_from`), which is what settles an "attribute" disagreement; taking
every proposal, editing by hand and accepting what all agree on carry only the values every
proposer of that span gave alike. Values the scheme no longer allows on the span's label are
left behind rather than failing the decision.
"""

from __future__ import annotations

from annotator import attributes, store
from annotator.attributes import Value
from annotator.disagreements import Candidate
from annotator.edits import Changes, write_attribute
from annotator.project import Project
from annotator.rows import AttributeRow


def agreed_values(c: Candidate) -> dict[str, Value]:
    """The values every annotator who proposed `c` gave it alike."""
    each = [c.values_of(n) for n in c.annotators]
    if not each:
        return {}
    return {k: v for k, v in each[0].items() if all(other.get(k, None) == v for other in each[1:])}


def chosen(c: Candidate, annotator: str | None) -> tuple[dict[str, Value], str | None]:
    """What taking `c` from `annotator` (None: from no one in particular) carries into gold, and
    whose values the provenance names: `annotator` when any proposer of `c` gave values."""
    if annotator is None:
        return agreed_values(c), None
    if all(v == "{}" for _, v in c.values):
        return {}, None
    return c.values_of(annotator), annotator


def _allowed(project: Project, label: str, values: dict[str, Value]) -> dict[str, Value]:
    return {k: v for k, v in values.items() if attributes.check(project.scheme, label, k, v) is None}


def carry(project: Project, gold_span: str, values: dict[str, Value]) -> Changes:
    """Give the gold span exactly `values` (others it has are cleared), in the caller's transaction."""
    row = project.span(gold_span)
    have = attributes.span_attributes(project, gold_span)
    want = _allowed(project, row.label, values)
    change: dict[str, Value | None] = {k: v for k, v in want.items() if have.get(k) != v}
    change.update({k: None for k in have if k not in want})
    if not change:
        return Changes(row.document)
    return attributes.set_attributes(project, span=gold_span, values=change)


def write_new(project: Project, span: str, document: str, gold: str, label: str, values: dict[str, Value]) -> list[tuple[None, AttributeRow]]:
    """Write the values of a gold span just made (accept_agreed's bulk path): new rows only."""
    out: list[tuple[None, AttributeRow]] = []
    for name, value in sorted(_allowed(project, label, values).items()):
        row = AttributeRow(store.attribute_uuid(span, name), document, gold, span, name, attributes.encode(value))
        write_attribute(project, row)
        out.append((None, row))
    return out
