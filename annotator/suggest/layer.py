"""Suggestions as stored rows: one annotator layer per source ('suggest:gazetteer',
'suggest:patterns', 'suggest:model', kind 'import'), its spans the proposals. Ids derive from
(layer, document, offsets, label), so running the sources again, or on another laptop,
finds the same rows. A rejected suggestion stays as a tombstone that says who rejected it:
it is never offered again for that document, and the memory travels through merge like
any other tombstone. Accepting one writes a span into the annotator's own layer with
provenance {"suggested": SOURCE}; the suggestion row itself is left as it was."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from annotator import edits, store
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import Project, SpanRow
from annotator.schema import Span
from annotator.suggest.proposal import SOURCES, Proposal, combine, layer_name, source_of

KIND = "import"  # a layer of pre-annotations: never counted as anyone's work in agreement or review


@dataclass(frozen=True)
class Stored:
    """A live suggestion of one source on one document."""

    uuid: str
    document: str
    source: str
    start: int
    end: int
    label: str
    score: float

    def as_proposal(self) -> Proposal:
        return Proposal(self.start, self.end, self.label, self.source, self.score)


@dataclass(frozen=True)
class Written:
    added: int = 0
    kept: int = 0
    withdrawn: int = 0
    remembered_rejections: int = 0


def layer_uuid(source: str) -> str:
    return store.annotator_uuid(layer_name(source))


def suggestion_uuid(source: str, document: str, start: int, end: int, label: str) -> str:
    return str(uuidlib.uuid5(store.NAMESPACE, f"suggestion:{layer_uuid(source)}:{document}:{start}:{end}:{label}"))


def _rows(project: Project, document: str, source: str) -> list[SpanRow]:
    """Every row of the source's layer on `document`, tombstones included."""
    query = Span.select(Span.uuid, Span.document, Span.annotator, Span.start, Span.end, Span.label, Span.deleted, Span.provenance).where(
        (Span.document == document) & (Span.annotator == layer_uuid(source))
    )
    return [SpanRow(u, d, a, s, e, label, bool(dead), prov) for u, d, a, s, e, label, dead, prov in project.run(query)]


def _prov(row: SpanRow) -> dict:
    try:
        value = json.loads(row.provenance or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write(project: Project, *, document: str, source: str, proposals: Sequence[Proposal]) -> Written:
    """Make the source's layer on `document` hold exactly `proposals`, in one transaction:
    new ones added, ones no longer proposed withdrawn (tombstoned, marked so), and ones a
    person rejected left rejected."""
    if source not in SOURCES:
        raise InvalidOperation(f"unknown suggestion source {source!r}; use one of {', '.join(SOURCES)}")
    added = kept = withdrawn = remembered = 0
    with project.atomic():
        layer = edits.ensure_annotator(project, layer_name(source), KIND)
        existing = {r.uuid: r for r in _rows(project, document, source)}
        wanted: set[str] = set()
        for p in proposals:
            uid = suggestion_uuid(source, document, p.start, p.end, p.label)
            if uid in wanted:
                continue
            wanted.add(uid)
            prov = json.dumps({"source": source, "score": p.score})
            row = existing.get(uid)
            if row is None:
                edits.add_span(project, document=document, annotator=layer, start=p.start, end=p.end, label=p.label, provenance=prov, uuid=uid)
                added += 1
            elif not row.deleted:
                kept += 1
            elif "rejected_by" in _prov(row):
                remembered += 1
            else:  # withdrawn by an earlier run and proposed again
                edits.revert(project, Changes(document, spans=((replace(row, deleted=False, provenance=prov), row),)))
                added += 1
        for uid, row in existing.items():
            if uid not in wanted and not row.deleted:
                edits.set_span_provenance(project, span=uid, provenance=json.dumps({"source": source, "withdrawn": True}))
                edits.delete_span(project, span=uid)
                withdrawn += 1
    return Written(added, kept, withdrawn, remembered)


def stored(project: Project, document: str, sources: Iterable[str] = SOURCES) -> list[Stored]:
    """The live suggestions of `sources` on `document`."""
    out = []
    for source in sources:
        for row in project.spans(document, layer_uuid(source)):
            out.append(Stored(row.uuid, document, source, row.start, row.end, row.label, float(_prov(row).get("score", 1.0))))
    return out


def pending(project: Project, *, document: str, annotator: str, sources: Iterable[str] = SOURCES) -> list[Stored]:
    """What to offer `annotator` on `document`: the live suggestions of `sources` that touch
    none of the annotator's own spans, combined into one non-overlapping set (the earlier
    source in SOURCES wins an overlap), by offsets."""
    order = [s for s in SOURCES if s in set(sources)]
    own = [(s.start, s.end) for s in project.spans(document, annotator)]
    rows = [r for r in stored(project, document, order) if all(r.end <= s or r.start >= e for s, e in own)]
    by_key = {(r.source, r.start, r.end, r.label): r for r in rows}
    by_source: dict[str, list[Proposal]] = {}
    for r in rows:
        by_source.setdefault(r.source, []).append(r.as_proposal())
    return [by_key[(p.source, p.start, p.end, p.label)] for p in combine(by_source, order)]


def _live_suggestion(project: Project, suggestion: str) -> tuple[SpanRow, str]:
    row = project.span(suggestion)
    annotator = project.annotator_by_uuid(row.annotator) if row is not None else None
    source = source_of(annotator.name) if annotator is not None else None
    if row is None or source is None:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such suggestion {uuid}"), uuid=suggestion))
    if row.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "that suggestion was rejected or withdrawn meanwhile")))
    return row, source


def accept(project: Project, *, suggestion: str, annotator: str, start: int | None = None, end: int | None = None, label: str | None = None) -> Changes:
    """Add the suggestion to `annotator`'s own layer (with other edges or label when given:
    the person edited it first), provenance {"suggested": SOURCE} (and "edited": true)."""
    with project.atomic():
        row, source = _live_suggestion(project, suggestion)
        s, e, lab = row.start if start is None else start, row.end if end is None else end, label or row.label
        prov: dict = {"suggested": source}
        if (s, e, lab) != (row.start, row.end, row.label):
            prov["edited"] = True
        return edits.add_span(project, document=row.document, annotator=annotator, start=s, end=e, label=lab, provenance=json.dumps(prov))


def reject(project: Project, *, suggestion: str, annotator: str) -> Changes:
    """Tombstone the suggestion, noting who rejected it, so it is not offered again for this
    document (on this laptop, and on every project it is merged into)."""
    with project.atomic():
        row, source = _live_suggestion(project, suggestion)
        who = project.annotator_by_uuid(annotator)
        prov = {**_prov(row), "rejected_by": who.name if who else annotator}
        first = edits.set_span_provenance(project, span=suggestion, provenance=json.dumps(prov, ensure_ascii=False))
        second = edits.delete_span(project, span=suggestion)
    return Changes(row.document, spans=((first.spans[0][0], second.spans[0][1]),), relations=second.relations)


def accept_many(project: Project, *, suggestions: Sequence[str], annotator: str) -> Changes:
    """Accept several suggestions of one document as they are, in one transaction (accept
    all of one label): if any is refused, none is added."""
    spans = []
    document = None
    with project.atomic():
        for uuid in suggestions:
            change = accept(project, suggestion=uuid, annotator=annotator)
            document = change.document
            spans.extend(change.spans)
    return Changes(document, spans=tuple(spans))


def reject_many(project: Project, *, suggestions: Sequence[str], annotator: str) -> Changes:
    """Reject several suggestions of one document in one transaction (reject all of a label)."""
    spans, relations = [], []
    document = None
    with project.atomic():
        for uuid in suggestions:
            change = reject(project, suggestion=uuid, annotator=annotator)
            document = change.document
            spans.extend(change.spans)
            relations.extend(change.relations)
    return Changes(document, spans=tuple(spans), relations=tuple(relations))
