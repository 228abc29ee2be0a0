"""The gold rows an adjudication decision writes, with provenance: the steps every decision
shares (annotator.adjudicate, annotator.adjudicate_agreed).

Gold rows carry provenance JSON: {"annotators": [who proposed it], "decided_by": curator,
"action": "agreed|take|both|edited", "from": [source uuids]}, plus "attributes_from":
annotator when the span's attribute values are that annotator's (annotator.adjudicate_values).

A relation follows its span: a source relation maps onto the gold span decided for its
endpoint's cluster, so a relation drawn to the competing boundary lands on the kept one, and
replacing a gold span moves its gold relations to the replacement. A gold relation's
"annotators" are only those who drew that label between spans at exactly its endpoints'
offsets (agreement.relation_key, the definition the agreement report counts); "from" lists
every source relation it was made from, mapped or not.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from annotator import edits
from annotator.agreement import relation_key
from annotator.disagreements import DocumentReview, overlaps, review_document
from annotator.edits import Changes
from annotator.errors import InvalidOperation
from annotator.project import GOLD, Project, RelationRow, SpanRow
from annotator.rows import SAME_RELATION


def prov_json(annotators: Sequence[str], curator: str, action: str, sources: Sequence[str], values_from: str | None = None) -> str:
    prov = {"annotators": sorted(annotators), "decided_by": curator, "action": action, "from": sorted(sources)}
    if values_from is not None:
        prov["attributes_from"] = values_from
    return json.dumps(prov, ensure_ascii=False)


def combine(document: str, parts: Sequence[Changes]) -> Changes:
    """One record for several changes: per row the first before and the last after."""

    def fold(pairs, key):
        first: dict = {}
        last: dict = {}
        for before, after in pairs:
            k = key(before or after)
            first.setdefault(k, before)
            last[k] = after
        return tuple((first[k], last[k]) for k in first if first[k] != last[k])

    by_uuid = lambda row: row.uuid  # noqa: E731
    return Changes(
        document,
        fold((p for c in parts for p in c.spans), by_uuid),
        fold((p for c in parts for p in c.relations), by_uuid),
        fold((p for c in parts for p in c.statuses), lambda row: (row.document, row.annotator)),
        fold((p for c in parts for p in c.annotators), by_uuid),
        attributes=fold((p for c in parts for p in c.attributes), by_uuid),
    )


def _holders(project: Project, document: str, annotators: Sequence[str], head: str, tail: str, label: str) -> list[str]:
    """Which of `annotators` drew `label` between spans at exactly the offsets of `head` and
    `tail` (agreement.relation_key): the only ones a gold relation may name as its source."""
    ids = {row.uuid: n for n in annotators if (row := project.annotator(n)) is not None}
    spans = {s.uuid: s for s in project.spans(document)}
    undirected = {r.name for r in project.scheme.relations if not r.directed}
    h, t = project.span(head), project.span(tail)
    want = relation_key((h.start, h.end), (t.start, t.end), label, undirected)
    who = set()
    for r in project.relations(document):
        if r.annotator in ids and r.head in spans and r.tail in spans:
            rh, rt = spans[r.head], spans[r.tail]
            if relation_key((rh.start, rh.end), (rt.start, rt.end), r.label, undirected) == want:
                who.add(ids[r.annotator])
    return sorted(who)


def relation_prov_json(project: Project, document: str, annotators: Sequence[str], head: str, tail: str, label: str, curator: str, action: str, sources: Sequence[str]) -> str:
    return prov_json(_holders(project, document, annotators, head, tail, label), curator, action, sources)


def gold_id(project: Project) -> str:
    return edits.ensure_annotator(project, GOLD, "gold")


def put_span(project: Project, gold: str, document: str, start: int, end: int, label: str, prov: str, out: list[Changes]) -> str:
    """The gold span (start, end, label), added or, when it exists, given this provenance."""
    for g in project.spans(document, gold):
        if (g.start, g.end, g.label) == (start, end, label):
            if g.provenance != prov:
                out.append(edits.set_span_provenance(project, span=g.uuid, provenance=prov))
            return g.uuid
    out.append(edits.add_span(project, document=document, annotator=gold, start=start, end=end, label=label, provenance=prov))
    return out[-1].spans[0][1].uuid


def _best(old: SpanRow, new: Sequence[SpanRow]) -> SpanRow | None:
    scored = [(n.label == old.label, min(n.end, old.end) - max(n.start, old.start), -n.start, n.uuid, n) for n in new if overlaps(n, old.start, old.end)]
    return max(scored)[-1] if scored else None


def _repoint(project: Project, rel: RelationRow, head: str, tail: str, out: list[Changes], annotators: Sequence[str]) -> bool:
    """Move a gold relation onto other spans (ids kept), its provenance then naming who drew it
    on those spans; False when the scheme or a duplicate forbids it."""
    h, t = project.span(head), project.span(tail)
    rtype = project.scheme.relation(rel.label)
    if head == tail or rtype is None or not rtype.allows(h.label, t.label):
        return False
    if project.run(SAME_RELATION, head=head, tail=tail, label=rel.label, uuid=rel.uuid).fetchone():
        return False
    out.append(edits.move_relation(project, relation=rel.uuid, head=head, tail=tail))
    prov = provenance(rel)
    if prov:
        prov["annotators"] = _holders(project, rel.document, annotators, head, tail, rel.label)
        text = json.dumps(prov, ensure_ascii=False)
        if text != rel.provenance:
            out.append(edits.set_relation_provenance(project, relation=rel.uuid, provenance=text))
    return True


def replace_gold(project: Project, olds: Sequence[SpanRow], keep: Sequence[str], out: list[Changes], annotators: Sequence[str]) -> None:
    """Delete the gold spans `olds` not in `keep`, first moving their relations to the best kept span."""
    kept = [project.span(k) for k in keep]
    for old in olds:
        if old.uuid in keep:
            continue
        target = _best(old, kept)
        if target is not None:
            for rel in project.relations_of_span(old.uuid):
                head = target.uuid if rel.head == old.uuid else rel.head
                tail = target.uuid if rel.tail == old.uuid else rel.tail
                _repoint(project, rel, head, tail, out, annotators)
        out.append(edits.delete_span(project, span=old.uuid))


def provenance(row: SpanRow | RelationRow) -> dict:
    """A gold row's provenance as a dict ({} when it has none or it is not ours)."""
    try:
        got = json.loads(row.provenance) if row.provenance else {}
    except ValueError:
        return {}
    return got if isinstance(got, dict) else {}


def gold_for(project: Project, gold: str, document: str, span: str) -> str | None:
    """The gold span a source span maps to: the one made from it, else the best overlapping."""
    live = project.spans(document, gold)
    for g in live:
        if span in provenance(g).get("from", ()):
            return g.uuid
    src = project.span(span)
    best = _best(src, live) if src else None
    return best.uuid if best else None


def in_review(project: Project, document: str, gold: str, out: list[Changes]) -> None:
    if project.status(document, gold) == "not_started":
        out.append(edits.set_status(project, document=document, annotator=gold, status="in_review"))


def follow(
    project: Project, gold: str, document: str, annotators: Sequence[str], curator: str, out: list[Changes], touching: str | None = None, review: DocumentReview | None = None
) -> None:
    """Add the relations all annotators drew alike (touching cluster `touching`, or any) whose
    two clusters now have gold spans. Alike is agreement.relation_key: the same label between
    spans at the same offsets; a relation drawn to competing boundaries stays a disagreement.
    Only the review's relation groups are read, which gold does not change, so a `review`
    read before the gold spans were written may be passed."""
    review = review or review_document(project, document=document, annotators=annotators)
    for group in review.relations:
        if touching is not None and touching not in group.groups:
            continue
        for cand in group.candidates:
            if set(cand.annotators) != set(annotators):
                continue
            _, h, t = cand.sources[0]
            head, tail = gold_for(project, gold, document, h), gold_for(project, gold, document, t)
            if head is None or tail is None or head == tail:
                continue
            put_relation(project, head, tail, cand.label, relation_prov_json(project, document, annotators, head, tail, cand.label, curator, "agreed", cand.relations), out, quiet=True)


def put_relation(project: Project, head: str, tail: str, label: str, prov: str, out: list[Changes], *, quiet: bool = False) -> str | None:
    """The gold relation head -> tail, added unless it exists (either way round if undirected)."""
    rtype = project.scheme.relation(label)
    either = rtype is not None and not rtype.directed
    for r in project.relations_of_span(head):
        if r.label == label and ((r.head, r.tail) == (head, tail) or (either and (r.head, r.tail) == (tail, head))):
            return r.uuid
    try:
        out.append(edits.add_relation(project, head=head, tail=tail, label=label, provenance=prov))
    except InvalidOperation:
        if quiet:
            return None
        raise
    return out[-1].relations[0][1].uuid
