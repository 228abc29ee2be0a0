"""Recording adjudication decisions: each one into the gold layer, with provenance.

Every decision (take, take both, reject, edit, accept what all agree on, and the same for
relations) is one function, one transaction, returning an `edits.Changes` that
`edits.revert` undoes. The groups decided on come from annotator.disagreements. What the gold
rows carry (provenance, relations following their spans) is annotator.adjudicate_gold's;
accepting what all agree on is annotator.adjudicate_agreed's, re-exported here with
`provenance`, so this module is the one the window and the command line call.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator import adjudicate_values, edits, store
from annotator.adjudicate_agreed import accept_agreed
from annotator.adjudicate_gold import (
    combine,
    follow,
    gold_for,
    gold_id,
    in_review,
    prov_json,
    provenance,
    put_relation,
    put_span,
    relation_prov_json,
    replace_gold,
)
from annotator.disagreements import RelationCandidate, RelationGroup, SpanGroup, overlaps, review_document
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import GOLD, GOLD_STATUSES, Project, RelationRow, SpanRow
from annotator.rows import NEW_RELATION, NEW_SPAN

__all__ = [
    "accept_agreed",
    "add_gold_relation",
    "add_gold_span",
    "edit",
    "gold_status",
    "gold_statuses",
    "provenance",
    "reject",
    "reject_relation",
    "set_gold_status",
    "take",
    "take_both",
    "take_both_relations",
    "take_relation",
]


# -- span decisions ----------------------------------------------------------------------------


Keep = tuple[int, int, str, Sequence[str], Sequence[str], str, tuple[dict, str | None]]  # span, who, sources, action, values


def _decide(project: Project, group: SpanGroup, keep: Sequence[Keep], curator: str) -> Changes:
    out: list[Changes] = []
    with project.atomic():
        gold = gold_id(project)
        olds = [g for g in project.spans(group.document, gold) if overlaps(g, group.start, group.end)]
        kept = []
        for s, e, label, who, src, action, (values, values_from) in keep:
            kept.append(put_span(project, gold, group.document, s, e, label, prov_json(who, curator, action, src, values_from), out))
            out.append(adjudicate_values.carry(project, kept[-1], values))
        replace_gold(project, olds, kept, out, group.annotators)
        in_review(project, group.document, gold, out)
        follow(project, gold, group.document, group.annotators, curator, out, touching=group.key)
    return combine(group.document, out)


def take(project: Project, *, group: SpanGroup, annotator: str, curator: str) -> Changes:
    """Keep `annotator`'s spans in this cluster as gold (none, if they marked nothing here)."""
    if annotator not in group.annotators:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "{annotator} is not among the compared annotators"), annotator=annotator))
    keep = [(c.start, c.end, c.label, c.annotators, c.spans, "take", adjudicate_values.chosen(c, annotator)) for c in group.candidates if annotator in c.annotators]
    return _decide(project, group, keep, curator)


def take_both(project: Project, *, group: SpanGroup, curator: str) -> Changes:
    """Keep every distinct span proposed in this cluster."""
    return _decide(project, group, [(c.start, c.end, c.label, c.annotators, c.spans, "both", adjudicate_values.chosen(c, None)) for c in group.candidates], curator)


def reject(project: Project, *, group: SpanGroup, curator: str) -> Changes:
    """Keep nothing of this cluster in gold (its gold spans and their relations are deleted).

    The decision itself is recorded as a tombstoned gold span over the cluster whose
    provenance says 'reject', so the cluster counts as decided (and the record travels
    through merges); undoing the rejection clears it."""
    decided = _decide(project, group, [], curator)
    with project.atomic():
        label = group.candidates[0].label if group.candidates else project.scheme.entities[0].name
        sources = [u for c in group.candidates for u in c.spans]
        prov = prov_json([n for c in group.candidates for n in c.annotators], curator, "reject", sources)
        marker = SpanRow(store.new_uuid(), group.document, gold_id(project), group.start, group.end, label, True, prov)
        now = store.now_us()
        project.run(
            NEW_SPAN, uuid=marker.uuid, document=marker.document, annotator=marker.annotator, start=marker.start, end=marker.end,
            label=marker.label, provenance=prov, now=now, deleted=1,
        )
    return combine(group.document, [decided, Changes(group.document, spans=((None, marker),))])


def edit(project: Project, *, group: SpanGroup, start: int, end: int, label: str, curator: str) -> Changes:
    """The curator's own span for this cluster, replacing what gold had there."""
    same = [c for c in group.candidates if (c.start, c.end, c.label) == (start, end, label)]
    sources = [s for c in group.candidates for s in c.spans]
    values = adjudicate_values.chosen(same[0], None) if same else ({}, None)
    return _decide(project, group, [(start, end, label, [n for c in same for n in c.annotators], sources, "edited", values)], curator)


def add_gold_span(project: Project, *, document: str, start: int, end: int, label: str, curator: str) -> Changes:
    """A span the curator marks in gold where no annotator did (provenance: edited)."""
    out: list[Changes] = []
    with project.atomic():
        gold = gold_id(project)
        put_span(project, gold, document, start, end, label, prov_json([], curator, "edited", []), out)
        in_review(project, document, gold, out)
    return combine(document, out)


def add_gold_relation(project: Project, *, head: str, tail: str, label: str, curator: str) -> Changes:
    """A relation the curator draws between two gold spans (provenance: edited)."""
    out: list[Changes] = []
    with project.atomic():
        gold = gold_id(project)
        row = project.span(head)
        if row is None or row.annotator != gold:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "draw gold relations between gold spans")))
        put_relation(project, head, tail, label, prov_json([], curator, "edited", []), out)
        in_review(project, row.document, gold, out)
    return combine(row.document, out)



# -- relation decisions ------------------------------------------------------------------------


def _decide_relations(project: Project, group: RelationGroup, keep: Sequence[RelationCandidate], action: str, curator: str) -> Changes:
    out: list[Changes] = []
    with project.atomic():
        gold = gold_id(project)
        review = review_document(project, document=group.document, annotators=group.annotators)
        existing = review.group(group.key).gold
        made: set[str | None] = set()
        for cand in keep:
            _, h, t = cand.sources[0]
            ends = []
            for span in (h, t):
                mapped = gold_for(project, gold, group.document, span)
                if mapped is None:  # the endpoint's cluster is undecided: bring this annotator's span, with their values
                    c = next(c for g in review.groups for c in g.candidates if span in c.spans)
                    values, values_from = adjudicate_values.chosen(c, project.annotator_by_uuid(project.span(span).annotator).name)
                    mapped = put_span(project, gold, group.document, c.start, c.end, c.label, prov_json(c.annotators, curator, "take", c.spans, values_from), out)
                    out.append(adjudicate_values.carry(project, mapped, values))
                ends.append(mapped)
            prov = relation_prov_json(project, group.document, group.annotators, ends[0], ends[1], cand.label, curator, action, cand.relations)
            made.add(put_relation(project, ends[0], ends[1], cand.label, prov, out))
        for uuid in existing:
            rel = project.relation(uuid)
            if rel is not None and not rel.deleted and uuid not in made:
                out.append(edits.delete_relation(project, relation=uuid))
        in_review(project, group.document, gold, out)
    return combine(group.document, out)


def take_relation(project: Project, *, group: RelationGroup, annotator: str, curator: str) -> Changes:
    """Keep `annotator`'s relations between these two clusters (none, if they drew none)."""
    if annotator not in group.annotators:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "{annotator} is not among the compared annotators"), annotator=annotator))
    return _decide_relations(project, group, [c for c in group.candidates if annotator in c.annotators], "take", curator)


def take_both_relations(project: Project, *, group: RelationGroup, curator: str) -> Changes:
    return _decide_relations(project, group, list(group.candidates), "both", curator)


def reject_relation(project: Project, *, group: RelationGroup, curator: str) -> Changes:
    """Keep none of this group's relations in gold, and record the decision as a tombstoned
    gold relation over the first proposal's own spans (never shown or exported; undo clears it)."""
    decided = _decide_relations(project, group, [], "take", curator)
    first = next((c for c in group.candidates if c.sources), None)
    if first is None:
        return decided
    _, head, tail = first.sources[0]
    with project.atomic():
        prov = prov_json([n for c in group.candidates for n in c.annotators], curator, "reject", [u for c in group.candidates for u in c.relations])
        marker = RelationRow(store.new_uuid(), group.document, gold_id(project), head, tail, first.label, True, prov)
        now = store.now_us()
        project.run(
            NEW_RELATION, uuid=marker.uuid, document=marker.document, annotator=marker.annotator, head=head, tail=tail,
            label=marker.label, provenance=prov, now=now, deleted=1,
        )
    return combine(group.document, [decided, Changes(group.document, relations=((None, marker),))])


# -- gold status ----------------------------------------------------------------------------


def gold_status(project: Project, document: str) -> str:
    """not_started, in_review or adjudicated (unset means not_started)."""
    row = project.annotator(GOLD)
    return project.status(document, row.uuid) if row and not row.deleted else GOLD_STATUSES[0]


def set_gold_status(project: Project, *, document: str, status: str) -> Changes:
    """Set a document's gold status; the gold export takes 'adjudicated' ones by default."""
    with project.atomic():
        gold = gold_id(project)
        return edits.set_status(project, document=document, annotator=gold, status=status)


def gold_statuses(project: Project) -> dict[str, str]:
    """Every live document's gold status, by document uuid."""
    row = project.annotator(GOLD)
    set_ = project.statuses(row.uuid) if row else {}
    return {d.uuid: set_.get(d.uuid, GOLD_STATUSES[0]) for d in project.documents()}
