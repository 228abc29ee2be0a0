"""Recording adjudication decisions: each one into the gold layer, with provenance.

Every decision (take, take both, reject, edit, accept what all agree on, and the same for
relations) is one function, one transaction, returning an `edits.Changes` that
`edits.revert` undoes. Gold rows carry provenance JSON: {"annotators": [who proposed it],
"decided_by": curator, "action": "agreed|take|both|edited", "from": [source uuids]}, plus
"attributes_from": annotator when the span's attribute values are that annotator's
(annotator.adjudicate_values). The groups decided on come from annotator.disagreements.

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

from annotator import adjudicate_values, edits, store
from annotator.agreement import relation_key
from annotator.disagreements import Candidate, DocumentReview, RelationCandidate, RelationGroup, SpanGroup, overlaps, review_document
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import GOLD, GOLD_STATUSES, Project, RelationRow, SpanRow
from annotator.rows import NEW_RELATION, NEW_SPAN, SAME_RELATION


# -- writing helpers ------------------------------------------------------------------------


def _prov(annotators: Sequence[str], curator: str, action: str, sources: Sequence[str], values_from: str | None = None) -> str:
    prov = {"annotators": sorted(annotators), "decided_by": curator, "action": action, "from": sorted(sources)}
    if values_from is not None:
        prov["attributes_from"] = values_from
    return json.dumps(prov, ensure_ascii=False)


def _combine(document: str, parts: Sequence[Changes]) -> Changes:
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


def _rel_prov(project: Project, document: str, annotators: Sequence[str], head: str, tail: str, label: str, curator: str, action: str, sources: Sequence[str]) -> str:
    return _prov(_holders(project, document, annotators, head, tail, label), curator, action, sources)


def _gold_id(project: Project) -> str:
    return edits.ensure_annotator(project, GOLD, "gold")


def _put_span(project: Project, gold: str, document: str, start: int, end: int, label: str, prov: str, out: list[Changes]) -> str:
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


def _replace_gold(project: Project, olds: Sequence[SpanRow], keep: Sequence[str], out: list[Changes], annotators: Sequence[str]) -> None:
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


def _gold_for(project: Project, gold: str, document: str, span: str) -> str | None:
    """The gold span a source span maps to: the one made from it, else the best overlapping."""
    live = project.spans(document, gold)
    for g in live:
        if span in provenance(g).get("from", ()):
            return g.uuid
    src = project.span(span)
    best = _best(src, live) if src else None
    return best.uuid if best else None


def _in_review(project: Project, document: str, gold: str, out: list[Changes]) -> None:
    if project.status(document, gold) == "not_started":
        out.append(edits.set_status(project, document=document, annotator=gold, status="in_review"))


def _follow(
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
            head, tail = _gold_for(project, gold, document, h), _gold_for(project, gold, document, t)
            if head is None or tail is None or head == tail:
                continue
            _put_relation(project, head, tail, cand.label, _rel_prov(project, document, annotators, head, tail, cand.label, curator, "agreed", cand.relations), out, quiet=True)


def _put_relation(project: Project, head: str, tail: str, label: str, prov: str, out: list[Changes], *, quiet: bool = False) -> str | None:
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


# -- span decisions ----------------------------------------------------------------------------


Keep = tuple[int, int, str, Sequence[str], Sequence[str], str, tuple[dict, str | None]]  # span, who, sources, action, values


def _decide(project: Project, group: SpanGroup, keep: Sequence[Keep], curator: str) -> Changes:
    out: list[Changes] = []
    with project.atomic():
        gold = _gold_id(project)
        olds = [g for g in project.spans(group.document, gold) if overlaps(g, group.start, group.end)]
        kept = []
        for s, e, label, who, src, action, (values, values_from) in keep:
            kept.append(_put_span(project, gold, group.document, s, e, label, _prov(who, curator, action, src, values_from), out))
            out.append(adjudicate_values.carry(project, kept[-1], values))
        _replace_gold(project, olds, kept, out, group.annotators)
        _in_review(project, group.document, gold, out)
        _follow(project, gold, group.document, group.annotators, curator, out, touching=group.key)
    return _combine(group.document, out)


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
        prov = _prov([n for c in group.candidates for n in c.annotators], curator, "reject", sources)
        marker = SpanRow(store.new_uuid(), group.document, _gold_id(project), group.start, group.end, label, True, prov)
        now = store.now_us()
        project.run(
            NEW_SPAN, uuid=marker.uuid, document=marker.document, annotator=marker.annotator, start=marker.start, end=marker.end,
            label=marker.label, provenance=prov, now=now, deleted=1,
        )
    return _combine(group.document, [decided, Changes(group.document, spans=((None, marker),))])


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
        gold = _gold_id(project)
        _put_span(project, gold, document, start, end, label, _prov([], curator, "edited", []), out)
        _in_review(project, document, gold, out)
    return _combine(document, out)


def add_gold_relation(project: Project, *, head: str, tail: str, label: str, curator: str) -> Changes:
    """A relation the curator draws between two gold spans (provenance: edited)."""
    out: list[Changes] = []
    with project.atomic():
        gold = _gold_id(project)
        row = project.span(head)
        if row is None or row.annotator != gold:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "draw gold relations between gold spans")))
        _put_relation(project, head, tail, label, _prov([], curator, "edited", []), out)
        _in_review(project, row.document, gold, out)
    return _combine(row.document, out)


def accept_agreed(project: Project, *, document: str, annotators: Sequence[str], curator: str, review: DocumentReview | None = None) -> Changes:
    """Put into gold every span and relation that all `annotators` marked alike, in one step,
    each span with the attribute values all of them gave it alike.

    `review` is the document's review_document for these annotators when the caller has it
    (the command line walks 100,000 documents and reads each review once); which spans and
    relations are agreed does not depend on gold, so a review read before is as good."""
    out: list[Changes] = []
    with project.atomic():
        review = review or review_document(project, document=document, annotators=annotators)
        gold = _gold_id(project)
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
            _follow(project, gold, document, annotators, curator, out, review=review)
        if out:
            _in_review(project, document, gold, out)
    return _combine(document, out)


def _new_gold_span(project: Project, gold: str, document: str, c: Candidate, curator: str) -> SpanRow:
    """Write the agreed candidate `c` as a new gold span. Written directly, not through
    edits.add_span: it is a copy of spans the annotators' own layers hold (offsets and label
    checked when they were made), and its absence from gold was just checked; at 26 spans a
    document and 100,000 documents the per-span checks cost more than the decisions."""
    if project.scheme.entity(c.label) is None:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "unknown entity label {label}"), label=repr(c.label)))
    row = SpanRow(store.new_uuid(), document, gold, c.start, c.end, c.label, False, _prov(c.annotators, curator, "agreed", c.spans))
    project.run(
        NEW_SPAN, uuid=row.uuid, document=document, annotator=gold, start=row.start, end=row.end,
        label=row.label, provenance=row.provenance, now=store.now_us(), deleted=0,
    )
    return row


# -- relation decisions ------------------------------------------------------------------------


def _decide_relations(project: Project, group: RelationGroup, keep: Sequence[RelationCandidate], action: str, curator: str) -> Changes:
    out: list[Changes] = []
    with project.atomic():
        gold = _gold_id(project)
        review = review_document(project, document=group.document, annotators=group.annotators)
        existing = review.group(group.key).gold
        made: set[str | None] = set()
        for cand in keep:
            _, h, t = cand.sources[0]
            ends = []
            for span in (h, t):
                mapped = _gold_for(project, gold, group.document, span)
                if mapped is None:  # the endpoint's cluster is undecided: bring this annotator's span, with their values
                    c = next(c for g in review.groups for c in g.candidates if span in c.spans)
                    values, values_from = adjudicate_values.chosen(c, project.annotator_by_uuid(project.span(span).annotator).name)
                    mapped = _put_span(project, gold, group.document, c.start, c.end, c.label, _prov(c.annotators, curator, "take", c.spans, values_from), out)
                    out.append(adjudicate_values.carry(project, mapped, values))
                ends.append(mapped)
            prov = _rel_prov(project, group.document, group.annotators, ends[0], ends[1], cand.label, curator, action, cand.relations)
            made.add(_put_relation(project, ends[0], ends[1], cand.label, prov, out))
        for uuid in existing:
            rel = project.relation(uuid)
            if rel is not None and not rel.deleted and uuid not in made:
                out.append(edits.delete_relation(project, relation=uuid))
        _in_review(project, group.document, gold, out)
    return _combine(group.document, out)


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
        prov = _prov([n for c in group.candidates for n in c.annotators], curator, "reject", [u for c in group.candidates for u in c.relations])
        marker = RelationRow(store.new_uuid(), group.document, _gold_id(project), head, tail, first.label, True, prov)
        now = store.now_us()
        project.run(
            NEW_RELATION, uuid=marker.uuid, document=marker.document, annotator=marker.annotator, head=head, tail=tail,
            label=marker.label, provenance=prov, now=now, deleted=1,
        )
    return _combine(group.document, [decided, Changes(group.document, relations=((None, marker),))])


# -- gold status ----------------------------------------------------------------------------


def gold_status(project: Project, document: str) -> str:
    """not_started, in_review or adjudicated (unset means not_started)."""
    row = project.annotator(GOLD)
    return project.status(document, row.uuid) if row and not row.deleted else GOLD_STATUSES[0]


def set_gold_status(project: Project, *, document: str, status: str) -> Changes:
    """Set a document's gold status; the gold export takes 'adjudicated' ones by default."""
    with project.atomic():
        gold = _gold_id(project)
        return edits.set_status(project, document=document, annotator=gold, status=status)


def gold_statuses(project: Project) -> dict[str, str]:
    """Every live document's gold status, by document uuid."""
    row = project.annotator(GOLD)
    set_ = project.statuses(row.uuid) if row else {}
    return {d.uuid: set_.get(d.uuid, GOLD_STATUSES[0]) for d in project.documents()}
