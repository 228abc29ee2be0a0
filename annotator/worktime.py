"""Time spent annotating: one row per sitting (an annotator with one document open in the
window), holding its active seconds. The window measures them (ui/work_clock.py: the gaps
between the user's key presses and clicks, a gap longer than `IDLE_SECONDS` left out) and
writes the sitting as it grows; the lead reads the sums (annotator.progress).

A sitting is bookkeeping, not an edit: it is written in its own small transaction, never on
the undo stack, and only by the laptop that made it (its uuid is random), so merging adds
the laptops' sittings up by union, and newest-wins only ever sees one laptop's versions.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass

from peewee import fn

from annotator import store
from annotator.errors import InvalidOperation
from annotator.project import Project
from annotator.schema import Annotator, Document, Status, WorkTime, live

IDLE_SECONDS = 180  # a pause longer than this is not counted as work
MAX_SECONDS = 86_400  # one sitting is at most a day (the table refuses more)


def new_sitting() -> str:
    """A fresh sitting id (random: only the laptop that makes a sitting ever writes it)."""
    return str(uuidlib.uuid4())


@dataclass(frozen=True)
class Sitting:
    uuid: str
    document: str
    annotator: str
    started_at: int  # wall clock, microseconds since the epoch
    seconds: int


def record(project: Project, sitting: Sitting) -> None:
    """Write `sitting` (insert, or update its seconds), in one transaction of its own."""
    if not 0 <= sitting.seconds <= MAX_SECONDS:
        raise InvalidOperation(f"a sitting of {sitting.seconds} s is not between 0 and {MAX_SECONDS}")
    with project.atomic():
        if project.run(Document.select(Document.uuid).where((Document.uuid == sitting.document) & live(Document))).fetchone() is None:
            raise InvalidOperation(f"no document {sitting.document}")
        if project.run(Annotator.select(Annotator.uuid).where(Annotator.uuid == sitting.annotator)).fetchone() is None:
            raise InvalidOperation(f"no annotator {sitting.annotator}")
        now = store.now_us()
        project.run(
            WorkTime.insert(
                uuid=sitting.uuid,
                document=sitting.document,
                annotator=sitting.annotator,
                started_at=sitting.started_at,
                seconds=sitting.seconds,
                created_at=now,
                updated_at=now,
            ).on_conflict(conflict_target=[WorkTime.uuid], update={WorkTime.seconds: sitting.seconds, WorkTime.updated_at: now})
        )


def sittings(project: Project, *, document: str | None = None, annotator: str | None = None) -> list[Sitting]:
    """The live sittings, oldest first (of one document and/or annotator when given)."""
    query = WorkTime.select(WorkTime.uuid, WorkTime.document, WorkTime.annotator, WorkTime.started_at, WorkTime.seconds).where(live(WorkTime))
    if document is not None:
        query = query.where(WorkTime.document == document)
    if annotator is not None:
        query = query.where(WorkTime.annotator == annotator)
    return [Sitting(*row) for row in project.run(query.order_by(WorkTime.started_at, WorkTime.uuid))]


def seconds_per_annotator(project: Project) -> dict[str, tuple[int, int]]:
    """{annotator uuid: (active seconds, documents with any time)} over live documents."""
    query = (
        WorkTime.select(WorkTime.annotator, fn.sum(WorkTime.seconds), fn.count(WorkTime.document.distinct()))
        .join(Document, on=WorkTime.document == Document.uuid)
        .where(live(WorkTime) & live(Document) & (WorkTime.seconds > 0))
        .group_by(WorkTime.annotator)
    )
    return {who: (int(total), docs) for who, total, docs in project.run(query)}


def seconds_on_done(project: Project, annotator: str, done_statuses: tuple[str, ...]) -> tuple[int, int]:
    """(active seconds, documents) over the documents `annotator` marked done: the time a
    finished document took, for a per-document average that unfinished ones do not skew."""
    done = Status.select(Status.document).where(live(Status) & (Status.annotator == annotator) & Status.status.in_(done_statuses))
    query = WorkTime.select(fn.coalesce(fn.sum(WorkTime.seconds), 0), fn.count(WorkTime.document.distinct())).where(
        live(WorkTime) & (WorkTime.annotator == annotator) & WorkTime.document.in_(done)
    )
    total, docs = project.run(query).fetchone()
    return int(total), docs
