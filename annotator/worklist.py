"""One annotator's work list: the live documents, their queue first, filtered and paged.

The window's document list is a thin adapter over these reads (count, page, position, the
next document not done, the documents worth reviewing); they never write. Each is a query
on annotator.store's models, built per call because the filters vary.

A text filter matches a document's id or its exact text, or, when `matches` is given (the
documents where the core's folded/Roman search found the text), any of those documents.
"""

from __future__ import annotations

import json

import peewee
from peewee import SQL, Tuple, fn

from annotator.project import Project
from annotator.schema import Assignment, Document, Span, Status, live

# The list's own aliases: the annotator's status and assignment of each document.
_S, _Q = Status.alias("s"), Assignment.alias("q")
_STATUS = fn.coalesce(_S.status, "new")
# The list's order: this annotator's assigned queue first, then the rest, each by seq
# (what `assign.document_order` gives, paged in SQL).
_KEY = (_Q.uuid.is_null(), Document.seq)


def _ids(values: list[str] | tuple[str, ...]) -> peewee.Node:
    """Any number of ids as one parameter (json_each: no variable limit, no temp table)."""
    return SQL("(SELECT value FROM json_each(?))", (json.dumps(list(values)),))


def _select(*columns: peewee.Node, annotator: str | None, status: str | None = None, text: str = "", matches: tuple[str, ...] | None = None) -> peewee.Select:
    query = (
        Document.select(*columns)
        .join(_S, peewee.JOIN.LEFT_OUTER, on=(_S.document == Document.uuid) & (_S.annotator == (annotator or "")) & live(_S))
        .switch(Document)
        .join(_Q, peewee.JOIN.LEFT_OUTER, on=(_Q.document == Document.uuid) & (_Q.annotator == (annotator or "")) & live(_Q))
        .where(live(Document))
    )
    if status:
        query = query.where(_STATUS == status)
    if text:
        # instr, not LIKE: no wildcard characters to escape in what the user typed.
        found = (fn.instr(fn.lower(Document.ext_id), fn.lower(text)) > 0) | (fn.instr(Document.text, text) > 0)
        if matches:
            found |= Document.uuid.in_(_ids(matches))
        query = query.where(found)
    return query


def has_queue(project: Project, annotator: str | None) -> bool:
    """Whether `annotator` (a uuid) has any live assignment."""
    if not annotator:
        return False
    return project.run(Assignment.select(SQL("1")).where((Assignment.annotator == annotator) & live(Assignment)).limit(1)).fetchone() is not None


def count_documents(project: Project, annotator: str | None, status: str | None, text: str, matches: tuple[str, ...] | None = None) -> int:
    return project.run(_select(fn.count(), annotator=annotator, status=status, text=text, matches=matches)).fetchone()[0]


def documents_page(project: Project, annotator: str | None, status: str | None, text: str, offset: int, limit: int, matches: tuple[str, ...] | None = None) -> list[tuple]:
    """(uuid, ext_id, length, seq, status, assigned) rows: the annotator's queue first, then
    the rest, each in import order."""
    columns = (Document.uuid, Document.ext_id, fn.length(Document.text), Document.seq, _STATUS, _Q.uuid.is_null(False))
    query = _select(*columns, annotator=annotator, status=status, text=text, matches=matches).order_by(*_KEY).limit(limit).offset(offset)
    return [tuple(r) for r in project.run(query)]


def position_of(project: Project, annotator: str | None, status: str | None, text: str, document: str, matches: tuple[str, ...] | None = None) -> int | None:
    """The 0-based row of `document` in the filtered list, or None when filtered out."""
    filters = {"annotator": annotator, "status": status, "text": text, "matches": matches}
    row = project.run(_select(*_KEY, **filters).where(Document.uuid == document)).fetchone()
    if row is None:
        return None
    return project.run(_select(fn.count(), **filters).where(Tuple(*_KEY) < Tuple(*row))).fetchone()[0]


def statuses_of(project: Project, annotator: str | None, documents: list[str]) -> dict[str, str]:
    if not documents or annotator is None:
        return {}
    query = Status.select(Status.document, Status.status).where((Status.annotator == annotator) & live(Status) & Status.document.in_(documents))
    return dict(project.run(query).fetchall())


def next_undone(project: Project, annotator: str, after_seq: int) -> str | None:
    """The first document after the one at `after_seq` in the list's order (queue first,
    wrapping round) that this annotator has not marked done, or None when every one is done."""
    here = project.run(_select(*_KEY, annotator=annotator).where(Document.seq == after_seq)).fetchone() or (0, after_seq)
    undone = _select(Document.uuid, annotator=annotator).where(_STATUS != "done").order_by(*_KEY).limit(1)
    row = project.run(undone.where(Tuple(*_KEY) > Tuple(*here))).fetchone() or project.run(undone.where(Tuple(*_KEY) <= Tuple(*here))).fetchone()
    return row[0] if row else None


def seq_of(project: Project, document: str) -> int:
    return project.document(document).seq


def review_documents(project: Project, annotators: list[str], gold: str) -> list[tuple[str, str, str]]:
    """(uuid, ext_id, gold status) of the documents that at least two of `annotators` (uuids)
    annotated (a live span, or marked done), in import order: the documents worth reviewing."""
    if len(annotators) < 2:
        return []
    d, g, s, t = Document.alias("d"), Status.alias("g"), Span.alias("sp"), Status.alias("t")
    annotated = (
        s.select(s.annotator).where((s.document == d.uuid) & live(s) & s.annotator.in_(_ids(annotators)))
        | t.select(t.annotator).where((t.document == d.uuid) & live(t) & (t.status == "done") & t.annotator.in_(_ids(annotators)))
    )
    query = (
        d.select(d.uuid, d.ext_id, fn.coalesce(g.status, "not_started"))
        .join(g, peewee.JOIN.LEFT_OUTER, on=(g.document == d.uuid) & (g.annotator == gold) & live(g))
        .where(live(d) & (annotated.select_from(fn.count()) >= 2))
        .order_by(d.seq)
    )
    return [tuple(r) for r in project.run(query)]
