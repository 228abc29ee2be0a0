"""Reading a project's layers for the agreement report, one document at a time.

The only part of the agreement report that touches the database. `iter_layers` walks the
live documents in project order beside four reads (statuses, spans, relations, span
attributes) sorted the same way, so a corpus of any size is read in memory that holds one
document's layers at a time; `read_layers` is the same as a list, for small projects and tests.
Which documents count: those that at least two of the annotators annotated, meaning each
marked it done or has at least one live span in it (`done_only` keeps only documents that
at least two marked done).
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

import peewee
from peewee import JOIN, SQL, fn

from annotator.agreement import AttrT, RelT, SpanT
from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message
from annotator.project import Project
from annotator.schema import Annotator, Attribute, Document, Prepared, Relation, Span, Status, live, param

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DocLayers:
    """One document's annotations per annotator; only annotators who annotated it appear."""

    document: str
    ext_id: str
    text: str
    spans: dict[str, tuple[SpanT, ...]]
    relations: dict[str, tuple[RelT, ...]] = field(default_factory=dict)
    attributes: dict[str, tuple[AttrT, ...]] = field(default_factory=dict)


# The reads, compiled once; `who` is the annotators' uuids as one JSON list (any number of
# them). Each is ordered by the document's `seq` (unique) through the partial index on live
# documents; CROSS JOIN makes SQLite keep the documents as the outer loop and fetch each one's
# rows by index, so there is no sort and no temporary table, and the cursors stream side by side.
_WHO = peewee.Select((fn.json_each(param("who")),), (SQL("value"),))
_HEAD, _TAIL = Span.alias("h"), Span.alias("t")
_ANNOTATORS_WITH_WORK = Prepared(lambda:
    Annotator.select(Annotator.name)
    .where(
        live(Annotator)
        & (Annotator.kind == "human")
        & (
            fn.EXISTS(Span.select(SQL("1")).where((Span.annotator == Annotator.uuid) & live(Span)))
            | fn.EXISTS(Status.select(SQL("1")).where((Status.annotator == Annotator.uuid) & live(Status)))
        )
    )
    .order_by(Annotator.name)
)
_DONE = Prepared(lambda:
    Document.select(Document.seq, Status.annotator)
    .join(Status, JOIN.CROSS)
    .where((Status.document == Document.uuid) & live(Document) & live(Status) & Status.status.in_(("done", "adjudicated")) & Status.annotator.in_(_WHO))
    .order_by(Document.seq)
)
_SPANS = Prepared(lambda:
    Document.select(Document.seq, Span.annotator, Span.start, Span.end, Span.label)
    .join(Span, JOIN.CROSS)
    .where((Span.document == Document.uuid) & live(Document) & live(Span) & Span.annotator.in_(_WHO))
    .order_by(Document.seq)
)
_RELATIONS = Prepared(lambda:
    Document.select(Document.seq, Relation.annotator, _HEAD.start, _HEAD.end, _HEAD.label, _TAIL.start, _TAIL.end, _TAIL.label, Relation.label)
    .join(Relation, JOIN.CROSS)
    .join(_HEAD, on=_HEAD.uuid == Relation.head)
    .switch(Relation)
    .join(_TAIL, on=_TAIL.uuid == Relation.tail)
    .where((Relation.document == Document.uuid) & live(Document) & live(Relation) & live(_HEAD) & live(_TAIL) & Relation.annotator.in_(_WHO))
    .order_by(Document.seq)
)
_ATTRIBUTES = Prepared(lambda:
    Document.select(Document.seq, Attribute.annotator, Span.start, Span.end, Span.label, Attribute.name, Attribute.value)
    .join(Attribute, JOIN.CROSS)
    .join(Span, on=Span.uuid == Attribute.span)
    .where((Attribute.document == Document.uuid) & live(Document) & live(Attribute) & live(Span) & Attribute.annotator.in_(_WHO))
    .order_by(Document.seq)
)
_DOCUMENTS = Prepared(lambda: Document.select(Document.seq, Document.uuid, Document.ext_id, Document.text).where(live(Document)).order_by(Document.seq))
_COUNT = Prepared(lambda: Document.select(fn.COUNT(SQL("*"))).where(live(Document)))


def default_annotators(project: Project) -> list[str]:
    """The human annotators with any live span or status, by name."""
    return [r[0] for r in project.run(_ANNOTATORS_WITH_WORK)]


def annotator_ids(project: Project, annotators: Sequence[str]) -> dict[str, str]:
    """{uuid: name} of `annotators`; an unknown or deleted name is an AnnotatorError."""
    ids: dict[str, str] = {}
    for name in annotators:
        row = project.annotator(name)
        if row is None or row.deleted:
            known = ", ".join(a.name for a in project.annotators()) or Message(QT_TRANSLATE_NOOP("core", "none"))
            raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "{path}: no annotator {name} (annotators: {names})"), path=str(project.path), name=repr(name), names=known))
        ids[row.uuid] = name
    return ids


class _Walk:
    """Rows sorted by a document's seq (column 0), handed out one document's worth at a time."""

    def __init__(self, rows: Iterable[tuple]):
        self._groups = itertools.groupby(rows, key=itemgetter(0))
        self._head = next(self._groups, None)

    def take(self, seq: int) -> list[tuple]:
        """The rows of document `seq`; rows of earlier documents (none are asked for) are skipped."""
        while self._head is not None and self._head[0] < seq:
            self._head = next(self._groups, None)
        if self._head is None or self._head[0] != seq:
            return []
        rows = list(self._head[1])
        self._head = next(self._groups, None)
        return rows


def document_count(project: Project) -> int:
    """How many live documents there are (the total a walk over them reports progress against)."""
    return project.run(_COUNT).fetchone()[0]


def iter_layers(project: Project, annotators: Sequence[str], *, done_only: bool = False, progress: Progress | None = None) -> Iterator[DocLayers]:
    """Each live document that at least two of `annotators` annotated, in project order, read
    as it is needed. `progress(done, total)` is called with live documents walked: at the start,
    every 100 documents at most (every 0.5 % on smaller projects) and once at the end."""
    ids = annotator_ids(project, annotators)  # checked now, not at the first document
    total = document_count(project) if progress else 0
    return _walk(project, ids, done_only, progress, total)


def _walk(project: Project, ids: dict[str, str], done_only: bool, progress: Progress | None, total: int) -> Iterator[DocLayers]:
    who = json.dumps(list(ids))
    # Often enough for a progress bar to move and for a caller that stops from its progress
    # callback (the GUI's Cancel) to stop soon; a call costs next to nothing beside a document.
    step = max(1, min(total // 200, 100))
    # The documents' cursor is opened first and stays open to the end: while any statement
    # is active the connection keeps one read snapshot, so the five reads agree. No write
    # transaction: the report only reads, and must not hold the write lock of a busy project.
    documents = project.run(_DOCUMENTS)
    done = _Walk(project.run(_DONE, who=who))
    spans = _Walk(project.run(_SPANS, who=who))
    relations = _Walk(project.run(_RELATIONS, who=who))
    values = _Walk(project.run(_ATTRIBUTES, who=who))
    walked = reported = 0
    if progress:
        progress(0, total)
    for seq, uuid, ext_id, text in documents:
        walked += 1
        if progress and walked % step == 0:
            progress(walked, total)
            reported = walked
        finished = {ids[ann] for _, ann in done.take(seq)}
        layer: dict[str, list[SpanT]] = defaultdict(list)
        for _, ann, s, e, label in spans.take(seq):
            layer[ids[ann]].append((s, e, label))
        names = finished if done_only else finished | set(layer)
        rels: dict[str, list[RelT]] = defaultdict(list)
        for _, ann, hs, he, hl, ts, te, tl, label in relations.take(seq):
            rels[ids[ann]].append(((hs, he, hl), (ts, te, tl), label))
        attrs: dict[str, list[AttrT]] = defaultdict(list)
        for _, ann, s, e, label, name, value in values.take(seq):
            # the stored JSON text, not decoded: equal values have equal text, and agreement
            # only counts them (decoding cost 15 % of the whole report)
            attrs[ids[ann]].append(((s, e, label), name, value))
        if len(names) < 2:
            continue
        order = sorted(names)
        yield DocLayers(
            uuid,
            ext_id,
            text,
            {n: tuple(sorted(layer.get(n, ()))) for n in order},
            {n: tuple(rels.get(n, ())) for n in order},
            {n: tuple(attrs[n]) for n in order if n in attrs},
        )
    if progress and reported != total:
        progress(total, total)


def read_layers(project: Project, annotators: Sequence[str], *, done_only: bool = False) -> list[DocLayers]:
    """Every document `iter_layers` yields, as a list."""
    return list(iter_layers(project, annotators, done_only=done_only))
