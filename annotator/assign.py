"""Assigning documents to annotators, with a share double-annotated, and each annotator's queue.

Assignments live in an `assignment` table: one row per (document, annotator) with a UUID
derived from the pair, timestamps and a tombstone, so they travel through merge like every
other row. The table comes with file format 2 (annotator/store.py). An assignment is an
edit like any other: `assign` and `unassign` return `edits.Changes`, undone by `edits.revert`.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peewee import fn

from annotator import edits, store
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import GOLD, AssignmentRow, DocumentInfo, Project
from annotator.schema import Assignment, Document, Prepared, columns, live, param

# The merge copies whole assignment rows with these columns.
COLUMNS = columns(Assignment)
_QUEUE = Prepared(lambda:
    Document.select(Document.uuid, Document.ext_id, fn.length(Document.text), Document.seq)
    .join(Assignment, on=Assignment.document == Document.uuid)
    .where((Assignment.annotator == param("annotator")) & live(Assignment) & live(Document))
    .order_by(Document.seq)
)


def assignment_uuid(document: str, annotator: str) -> str:
    """One assignment row per (document, annotator), the same id on every laptop."""
    return str(uuidlib.uuid5(store.NAMESPACE, f"assignment:{document}:{annotator}"))


def plan(
    documents: Sequence[str],
    annotators: Sequence[str],
    *,
    overlap: float,
    seed: int,
    copies: int = 2,
    load: Mapping[str, int] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Who gets each document: pure and deterministic for the same inputs and seed.

    The documents are shuffled by `seed`; the first round(overlap * n) go to `copies`
    annotators each (for agreement), the rest to one. Each document goes to the least-loaded
    annotators (counting `load` already assigned), ties broken by a seeded order, so loads
    differ by at most one and the double-annotated pairs rotate.
    """
    if not annotators:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "name at least one annotator")))
    if not 0.0 <= overlap <= 1.0:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the overlap is a fraction from 0 to 1, not {overlap}"), overlap=overlap))
    names = sorted(set(annotators))
    n_overlap = round(overlap * len(documents))
    if overlap > 0 and not 2 <= copies <= len(names):
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "double annotation needs {copies} annotators per document; {count} named"), copies=copies, count=len(names)))
    rng = random.Random(seed)
    docs = sorted(set(documents))
    rng.shuffle(docs)
    order = names[:]
    rng.shuffle(order)
    rank = {n: i for i, n in enumerate(order)}
    counts = {n: (load or {}).get(n, 0) for n in names}
    out: dict[str, tuple[str, ...]] = {}
    for i, doc in enumerate(docs):
        k = copies if i < n_overlap else 1
        chosen = sorted(names, key=lambda n: (counts[n], rank[n]))[:k]
        for n in chosen:
            counts[n] += 1
        out[doc] = tuple(sorted(chosen))
    return out


def assign(
    project: Project,
    *,
    annotators: Sequence[str],
    overlap: float = 0.2,
    seed: int = 0,
    copies: int = 2,
    documents: Sequence[str] | None = None,
    replace: bool = False,
) -> Changes:
    """Assign documents (default: every live document not yet assigned; with `replace`, every
    live document afresh) to the named annotators, adding annotators that do not exist yet.
    One transaction; `edits.revert` undoes it."""
    if GOLD in annotators:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the gold layer is the curator's; it takes no assignments")))
    for name in annotators:
        problem = edits.valid_annotator_name(name)
        if problem:
            raise InvalidOperation(problem)
    with project.atomic():
        uuids = {name: edits.ensure_annotator(project, name) for name in annotators}
        names = {u: n for n, u in uuids.items()}
        live = project.assignment_rows(live_only=True)
        if documents is not None:
            scope = set(documents)
            for doc in scope:
                project.document(doc)
        else:
            scope = {d.uuid for d in project.documents()}
        if replace:
            keep = [r for r in live if r.document not in scope]
        else:
            keep = live
            if documents is None:
                scope -= {r.document for r in live}
        load = Counter(names[r.annotator] for r in keep if r.annotator in names)
        wanted = plan(sorted(scope), list(annotators), overlap=overlap, seed=seed, copies=copies, load=load)
        target = {assignment_uuid(doc, uuids[n]) for doc, who in wanted.items() for n in who}
        current = {r.uuid: r for r in project.assignment_rows()}
        changes: list[edits.AssignmentChange] = []
        if replace:
            for r in live:
                if r.document in scope and r.uuid not in target:
                    after = AssignmentRow(r.uuid, r.document, r.annotator, True)
                    edits.write_assignment(project, after)
                    changes.append((r, after))
        for doc in sorted(wanted):
            for n in wanted[doc]:
                after = AssignmentRow(assignment_uuid(doc, uuids[n]), doc, uuids[n], False)
                before = current.get(after.uuid)
                if before != after:
                    edits.write_assignment(project, after)
                    changes.append((before, after))
    return Changes(assignments=tuple(changes))


def unassign(project: Project, *, documents: Sequence[str] | None = None, annotators: Sequence[str] | None = None) -> Changes:
    """Withdraw assignments (of these documents, of these annotators, or all) in one transaction."""
    with project.atomic():
        ids = None if annotators is None else {store.annotator_uuid(n) for n in annotators}
        docs = None if documents is None else set(documents)
        changes = []
        for r in project.assignment_rows(live_only=True):
            if (ids is None or r.annotator in ids) and (docs is None or r.document in docs):
                after = AssignmentRow(r.uuid, r.document, r.annotator, True)
                edits.write_assignment(project, after)
                changes.append((r, after))
    return Changes(assignments=tuple(changes))


def assignments(project: Project) -> dict[str, list[str]]:
    """Live assignments: document uuid -> annotator names, sorted."""
    names = {a.uuid: a.name for a in project.annotators()}
    out: dict[str, list[str]] = {}
    for r in project.assignment_rows(live_only=True):
        if r.annotator in names:
            out.setdefault(r.document, []).append(names[r.annotator])
    return {d: sorted(v) for d, v in out.items()}


@dataclass(frozen=True)
class QueueItem:
    document: DocumentInfo
    status: str
    shared_with: tuple[str, ...]  # the other annotators assigned the same document


def queue(project: Project, annotator: str) -> list[QueueItem]:
    """The documents assigned to `annotator` (a name), in document order, with their status."""
    who = project.annotator(annotator)
    if who is None or who.deleted:
        return []
    docs = [DocumentInfo(*r) for r in project.run(_QUEUE, annotator=who.uuid)]
    statuses = project.statuses(who.uuid)
    others = assignments(project)
    return [QueueItem(d, statuses.get(d.uuid, "new"), tuple(n for n in others.get(d.uuid, []) if n != annotator)) for d in docs]


def document_order(project: Project, annotator: str) -> list[DocumentInfo]:
    """Every live document for `annotator`'s list: their queue first, then the rest, each in order."""
    mine = [q.document for q in queue(project, annotator)]
    seen = {d.uuid for d in mine}
    return mine + [d for d in project.documents() if d.uuid not in seen]


def double_annotated(project: Project) -> list[str]:
    """Documents assigned to two or more annotators: the sample agreement is measured on."""
    return sorted(d for d, who in assignments(project).items() if len(who) >= 2)
