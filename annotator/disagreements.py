"""Finding disagreements: where the compared annotators' layers in a document differ.

`review_document` groups the compared annotators' spans into clusters of overlapping spans
(`SpanGroup`) and their relations by the pair of clusters they join (`RelationGroup`), each
agreed or of one kind: only_one (not every annotator marked it), label, boundary, relation,
or attribute (every annotator marked the same span but gave it different attribute values).
It only reads: the gold spans a cluster already has, and the curator's recorded rejections
(tombstoned gold rows whose provenance says "reject"), mark a group resolved. Recording a
decision is annotator.adjudicate.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import SQL

from annotator import attributes
from annotator.agreement import relation_key
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import GOLD, GOLD_STATUSES, Project, RelationRow, SpanRow
from annotator.schema import Prepared, Relation, Span, param

KINDS = ("only_one", "label", "boundary", "attribute", "relation")

# The curator's recorded decisions in a document: gold tombstones that carry provenance.
_GOLD_TOMBSTONE_SPANS = Prepared(lambda:
    Span.select(Span.start, Span.end, Span.provenance).where(
        (Span.document == param("document")) & (Span.annotator == param("gold")) & (Span.deleted == SQL("1")) & Span.provenance.is_null(False)
    )
)
_GOLD_TOMBSTONE_RELATIONS = Prepared(lambda:
    Relation.select(Relation.head, Relation.tail, Relation.provenance).where(
        (Relation.document == param("document")) & (Relation.annotator == param("gold")) & (Relation.deleted == SQL("1")) & Relation.provenance.is_null(False)
    )
)


@dataclass(frozen=True)
class Candidate:
    """One distinct span proposed in a cluster, with who proposed it and their span ids."""

    start: int
    end: int
    label: str
    annotators: tuple[str, ...]
    spans: tuple[str, ...]
    # per annotator who proposed it: their attribute values on it, as sorted JSON ("{}": none)
    values: tuple[tuple[str, str], ...] = ()

    def values_of(self, annotator: str) -> dict:
        """`annotator`'s attribute values on this span ({} when they gave none or did not mark it)."""
        return json.loads(dict(self.values).get(annotator, "{}"))

    @property
    def values_differ(self) -> bool:
        return len({v for _, v in self.values}) > 1


@dataclass(frozen=True)
class SpanGroup:
    key: str
    document: str
    start: int
    end: int
    kind: str  # "agreed" or one of KINDS
    candidates: tuple[Candidate, ...]
    annotators: tuple[str, ...]
    gold: tuple[str, ...]  # live gold spans overlapping the cluster
    rejected: bool = False  # the curator rejected this very cluster (a recorded decision)

    @property
    def resolved(self) -> bool:
        return bool(self.gold) or self.rejected


@dataclass(frozen=True)
class RelationCandidate:
    """One distinct relation proposed between two clusters: the annotators listed drew it with
    this label between spans at exactly these offsets (`agreement.relation_key`)."""

    head: str  # span group keys
    tail: str
    label: str
    annotators: tuple[str, ...]
    relations: tuple[str, ...]
    sources: tuple[tuple[str, str, str], ...]  # (annotator, head span uuid, tail span uuid)
    ends: tuple[tuple[int, int], tuple[int, int]] = ((0, 0), (0, 0))  # head and tail (start, end) as in the key


@dataclass(frozen=True)
class RelationGroup:
    key: str
    document: str
    groups: tuple[str, str]
    kind: str  # "agreed" or "relation"
    candidates: tuple[RelationCandidate, ...]
    annotators: tuple[str, ...]
    gold: tuple[str, ...]
    rejected: bool = False  # the curator rejected this relation group (a recorded decision)

    @property
    def resolved(self) -> bool:
        return bool(self.gold) or self.rejected


@dataclass(frozen=True)
class DocumentReview:
    document: str
    annotators: tuple[str, ...]
    groups: tuple[SpanGroup, ...]
    relations: tuple[RelationGroup, ...]
    gold_status: str

    @property
    def disagreements(self) -> list[SpanGroup | RelationGroup]:
        """Spans in text order, then relations: the order a curator steps through them."""
        return [g for g in self.groups if g.kind != "agreed"] + [r for r in self.relations if r.kind != "agreed"]

    def group(self, key: str) -> SpanGroup | RelationGroup:
        for g in (*self.groups, *self.relations):
            if g.key == key:
                return g
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no disagreement {key} in this document"), key=key))


def aliases(annotators: Sequence[str]) -> dict[str, str]:
    """Neutral names (A, B, C…) for blind review, in the order given."""
    return {name: chr(ord("A") + i) if i < 26 else f"A{i}" for i, name in enumerate(annotators)}


def _layer(project: Project, names: Sequence[str]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name in names:
        row = project.annotator(name)
        if row is None or row.deleted:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no annotator {name}"), name=repr(name)))
        ids[row.uuid] = name
    return ids


def _kind(cands: Sequence[Candidate], everyone: set[str]) -> str:
    disputed = [c for c in cands if set(c.annotators) != everyone]
    if not disputed:
        return "attribute" if any(c.values_differ for c in cands) else "agreed"
    if set().union(*(c.annotators for c in disputed)) != everyone:
        return "only_one"
    return "label" if len({(c.start, c.end) for c in disputed}) == 1 else "boundary"


def overlaps(span: SpanRow, start: int, end: int) -> bool:
    """Whether `span` shares a code point with [start, end)."""
    return span.start < end and start < span.end


def review_document(project: Project, *, document: str, annotators: Sequence[str]) -> DocumentReview:
    """Every cluster and relation group of `annotators` (names, at least one) in `document`."""
    if GOLD in annotators:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "compare annotators' layers; the gold layer is where decisions go")))
    ids = _layer(project, annotators)
    names = tuple(annotators)
    everyone = set(names)
    spans = sorted((s for s in project.spans(document) if s.annotator in ids), key=lambda s: (s.start, s.end, s.label, s.uuid))
    gold_row = project.annotator(GOLD)
    gold = project.spans(document, gold_row.uuid) if gold_row else []
    rejections = _rejections(project, document, gold_row.uuid) if gold_row else set()
    values = {span: json.dumps(v, ensure_ascii=False, sort_keys=True) for uuid in ids for span, v in attributes.layer_attributes(project, document, uuid).items()}
    clusters: list[list[SpanRow]] = []
    reach = -1
    for s in spans:
        if clusters and s.start < reach:
            clusters[-1].append(s)
            reach = max(reach, s.end)
        else:
            clusters.append([s])
            reach = s.end
    groups: list[SpanGroup] = []
    group_of: dict[str, str] = {}
    for members in clusters:
        start, end = members[0].start, max(s.end for s in members)
        key = f"{start}-{end}"
        by_key: dict[tuple[int, int, str], list[SpanRow]] = defaultdict(list)
        for s in members:
            by_key[(s.start, s.end, s.label)].append(s)
            group_of[s.uuid] = key
        cands = tuple(
            Candidate(
                k[0], k[1], k[2], tuple(n for n in names if any(ids[s.annotator] == n for s in v)), tuple(s.uuid for s in v),
                tuple((ids[s.annotator], values.get(s.uuid, "{}")) for s in sorted(v, key=lambda s: names.index(ids[s.annotator]))),
            )
            for k, v in sorted(by_key.items())
        )
        kind = _kind(cands, everyone)
        inside = tuple(g.uuid for g in gold if overlaps(g, start, end) and (kind != "attribute" or _values_decided(g)))
        groups.append(SpanGroup(key, document, start, end, kind, cands, names, inside, (start, end) in rejections))
    undirected = {r.name for r in project.scheme.relations if not r.directed}
    starts = {g.key: g.start for g in groups}
    gold_groups: dict[str, set[str]] = {g.uuid: {grp.key for grp in groups if overlaps(g, grp.start, grp.end)} for g in gold}
    # Relations are grouped by the clusters they join, and within a group told apart by
    # agreement.relation_key: annotators agree on a relation only with the same label between
    # spans at the same offsets, exactly as the agreement report counts it.
    rel_cands: dict[tuple[str, str], dict[tuple, list[RelationRow]]] = defaultdict(lambda: defaultdict(list))
    live = {s.uuid: s for s in spans}
    for r in project.relations(document):
        if r.annotator not in ids or r.head not in live or r.tail not in live:
            continue
        hs, ts = live[r.head], live[r.tail]
        (h0, h1), (t0, t1), label = relation_key((hs.start, hs.end), (ts.start, ts.end), r.label, undirected)
        h, t = group_of[r.head], group_of[r.tail]
        if (h0, h1) != (hs.start, hs.end):  # undirected, put in offset order
            h, t = t, h
        rel_cands[(h, t) if starts[h] <= starts[t] else (t, h)][((h0, h1), (t0, t1), label, h, t)].append(r)
    relations: list[RelationGroup] = []
    gold_rels = project.relations(document, gold_row.uuid) if gold_row else []
    rejected_rels = _rejected_relations(project, document, gold_row.uuid) if gold_row else set()
    for pair in sorted(rel_cands, key=lambda p: (starts[p[0]], starts[p[1]])):
        cands_r = tuple(
            RelationCandidate(
                k[3], k[4], k[2], tuple(n for n in names if any(ids[r.annotator] == n for r in v)), tuple(r.uuid for r in v),
                tuple((ids[r.annotator], r.head, r.tail) for r in v), (k[0], k[1]),
            )
            for k, v in sorted(rel_cands[pair].items())
        )
        kind = "agreed" if all(set(c.annotators) == everyone for c in cands_r) else "relation"
        inside = tuple(
            r.uuid
            for r in gold_rels
            if (pair[0] in gold_groups.get(r.head, ()) and pair[1] in gold_groups.get(r.tail, ())) or (pair[1] in gold_groups.get(r.head, ()) and pair[0] in gold_groups.get(r.tail, ()))
        )
        refused = any((h, t) in rejected_rels for c in cands_r for _, h, t in c.sources)
        relations.append(RelationGroup(f"{pair[0]}|{pair[1]}", document, pair, kind, cands_r, names, inside, refused))
    status = project.status(document, gold_row.uuid) if gold_row else GOLD_STATUSES[0]
    return DocumentReview(document, names, tuple(groups), tuple(relations), status)


def _values_decided(gold: SpanRow) -> bool:
    """Whether the curator chose this gold span's attribute values (adjudicate.take records whose
    in its provenance); a span accepted as agreed carries only the values all gave alike."""
    try:
        return "attributes_from" in json.loads(gold.provenance or "{}")
    except ValueError:
        return False


def _rejections(project: Project, document: str, gold: str) -> set[tuple[int, int]]:
    """The clusters (start, end) the curator rejected in `document` (see `adjudicate.reject`)."""
    rows = project.run(_GOLD_TOMBSTONE_SPANS, document=document, gold=gold)
    return {(start, end) for start, end, prov in rows if '"action": "reject"' in prov}


def _rejected_relations(project: Project, document: str, gold: str) -> set[tuple[str, str]]:
    """(head, tail) source-span pairs of the relation groups the curator rejected (see `adjudicate.reject_relation`)."""
    rows = project.run(_GOLD_TOMBSTONE_RELATIONS, document=document, gold=gold)
    return {(h, t) for h, t, prov in rows if '"action": "reject"' in prov}
