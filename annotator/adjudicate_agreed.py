"""Accepting what all annotators agree on: every span and relation they all marked alike put
into gold in one step, each span with the attribute values they all gave it alike (the
command line's `adjudicate --accept-agreed` runs it over every document). Re-exported by
annotator.adjudicate."""

from __future__ import annotations

from collections.abc import Sequence

from annotator import adjudicate_values, store
from annotator.adjudicate_gold import combine, follow, gold_id, in_review, prov_json
from annotator.disagreements import Candidate, DocumentReview, review_document
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import Project, SpanRow
from annotator.rows import NEW_SPAN


def accept_agreed(project: Project, *, document: str, annotators: Sequence[str], curator: str, review: DocumentReview | None = None) -> Changes:
    """Put into gold every span and relation that all `annotators` marked alike, in one step,
    each span with the attribute values all of them gave it alike.

    `review` is the document's review_document for these annotators when the caller has it
    (the command line walks 100,000 documents and reads each review once); which spans and
    relations are agreed does not depend on gold, so a review read before is as good."""
    out: list[Changes] = []
    with project.atomic():
        review = review or review_document(project, document=document, annotators=annotators)
        gold = gold_id(project)
        have = {(g.start, g.end, g.label) for g in project.spans(document, gold)}
        added: list[tuple[None, SpanRow]] = []
        values: list = []
        for group in review.groups:
            for c in group.candidates:
                if set(c.annotators) == set(annotators) and (c.start, c.end, c.label) not in have:
                    row = _new_gold_span(project, gold, document, c, curator)
                    added.append((None, row))
                    values += adjudicate_values.write_new(project, row.uuid, document, gold, c.label, adjudicate_values.agreed_values(c))
                    have.add((c.start, c.end, c.label))
        if added:
            out.append(Changes(document, spans=tuple(added), attributes=tuple(values)))
        if review.relations:
            follow(project, gold, document, annotators, curator, out, review=review)
        if out:
            in_review(project, document, gold, out)
    return combine(document, out)


def _new_gold_span(project: Project, gold: str, document: str, c: Candidate, curator: str) -> SpanRow:
    """Write the agreed candidate `c` as a new gold span. Written directly, not through
    edits.add_span: it is a copy of spans the annotators' own layers hold (offsets and label
    checked when they were made), and its absence from gold was just checked; at 26 spans a
    document and 100,000 documents the per-span checks cost more than the decisions."""
    if project.scheme.entity(c.label) is None:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown entity label {label}"), label=repr(c.label)))
    row = SpanRow(store.new_uuid(), document, gold, c.start, c.end, c.label, False, prov_json(c.annotators, curator, "agreed", c.spans))
    project.run(
        NEW_SPAN, uuid=row.uuid, document=document, annotator=gold, start=row.start, end=row.end,
        label=row.label, provenance=row.provenance, now=store.now_us(), deleted=0,
    )
    return row
