"""The lead's view of the team: per annotator, documents assigned, done and in progress, the
spans and relations made, and agreement so far; per label, counts over the corpus; documents
done per day. Read-only, computed from the rows that travel through merge, so a merged
project shows every laptop's work; `annotator progress` and Review ▸ Team print the same dict.

Definitions (one place, the command line and the window both use them):
- assigned: live assignments; a project that assigns nothing has every document open to all,
  and then "assigned" is the number of documents;
- done: the annotator's status is 'done' (gold: 'adjudicated');
- in progress: not done, and either marked in progress or holding a live span or relation;
- a document is done "on" the local calendar day of its status row's last change;
- agreement: annotator.agreement_report's pairs over the documents both annotated;
- time: the active seconds the window recorded (annotator.worktime: pauses of more than a few
  minutes left out), in all and per document done (the time spent on the documents marked
  done, over their number; None before any).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

import peewee
from peewee import fn

from annotator.agreement_report import default_annotators, project_agreement
from annotator.project import Project
from annotator.rows import SUGGESTION_PREFIX
from annotator.schema import Annotator, Assignment, Document, Relation, Span, Status, live
from annotator.worktime import seconds_on_done, seconds_per_annotator

DONE = ("done", "adjudicated")
PAIR_FIELDS = ("documents", "span_f1_exact", "span_f1_overlap", "token_kappa", "relation_f1")


def _per_annotator(project: Project, model: type[peewee.Model], where: peewee.Expression | None = None) -> dict[str, int]:
    query = model.select(model.annotator, fn.count()).where(live(model) if where is None else live(model) & where).group_by(model.annotator)
    return {uuid: n for uuid, n in project.run(query)}


def _in_progress(project: Project) -> dict[str, int]:
    """Documents each annotator has begun and not finished (see the module's definitions)."""
    begun = (
        Span.select(Span.annotator, Span.document).where(live(Span))
        | Relation.select(Relation.annotator, Relation.document).where(live(Relation))
        | Status.select(Status.annotator, Status.document).where(live(Status) & (Status.status == "in_progress"))
    )
    done = Status.select(Status.annotator, Status.document).where(live(Status) & Status.status.in_(DONE))
    rows = (begun - done).alias("begun")
    query = peewee.Select(from_list=[rows], columns=[peewee.Entity("begun", "annotator"), fn.count()]).group_by(peewee.Entity("begun", "annotator"))
    return {uuid: n for uuid, n in project.run(query)}


def _day(stamp_us: int) -> str:
    return dt.datetime.fromtimestamp(stamp_us / 1_000_000).date().isoformat()


def done_per_day(project: Project) -> dict[str, dict[str, int]]:
    """{annotator name: {'YYYY-MM-DD': documents done that day}}, days in order."""
    query = (
        Status.select(Annotator.name, Status.updated_at)
        .join(Annotator, on=Status.annotator == Annotator.uuid)
        .where(live(Status) & Status.status.in_(DONE))
    )
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, stamp in project.run(query):
        out[name][_day(stamp)] += 1
    return {name: dict(sorted(days.items())) for name, days in sorted(out.items())}


def label_counts(project: Project) -> dict[str, dict[str, int]]:
    """{label: {annotator name: live spans, ..., 'total': n}}, labels in the scheme's order
    first, then any others found (a label since removed from the scheme)."""
    query = (
        Span.select(Span.label, Annotator.name, fn.count())
        .join(Annotator, on=Span.annotator == Annotator.uuid)
        .where(live(Span) & ~Annotator.name.startswith(SUGGESTION_PREFIX))  # people's spans, not proposals
        .group_by(Span.label, Annotator.name)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for label, name, n in project.run(query):
        counts[label][name] = n
    order = [e.name for e in project.scheme.entities]
    labels = [x for x in order if x in counts] + sorted(set(counts) - set(order))
    return {label: {**dict(sorted(counts[label].items())), "total": sum(counts[label].values())} for label in labels}


def _per_done(project: Project, annotator: str) -> float | None:
    seconds, documents = seconds_on_done(project, annotator, DONE)
    return round(seconds / documents, 1) if documents else None


def clock(seconds: float | None) -> str:
    """Seconds as 'h:mm:ss' (or 'm:ss'), '—' for None."""
    if seconds is None:
        return "—"
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def agreement_so_far(project: Project, names: Sequence[str]) -> list[dict]:
    """The pairs' agreement over the documents both annotated so far ([] with fewer than two)."""
    if len(names) < 2:
        return []
    report = project_agreement(project, annotators=names)
    return [{"a": p["a"], "b": p["b"], **{k: p.get(k) for k in PAIR_FIELDS}} for p in report["pairs"]]


def progress(project: Project) -> dict:
    """The team's progress as one JSON-ready dict (see the module's definitions)."""
    documents = project.stats()["documents"]
    assigned = _per_annotator(project, Assignment, Assignment.document.in_(Document.select(Document.uuid).where(live(Document))))
    any_assigned = bool(assigned)
    done = _per_annotator(project, Status, Status.status.in_(DONE))
    begun = _in_progress(project)
    spans, relations = _per_annotator(project, Span), _per_annotator(project, Relation)
    timed = seconds_per_annotator(project)
    people = []
    for a in project.annotators(include_suggestions=False):  # the team, not the machine's proposals
        row = {
            "name": a.name,
            "kind": a.kind,
            "assigned": assigned.get(a.uuid, 0) if any_assigned else documents,
            "done": done.get(a.uuid, 0),
            "in_progress": begun.get(a.uuid, 0),
            "spans": spans.get(a.uuid, 0),
            "relations": relations.get(a.uuid, 0),
            "active_seconds": timed.get(a.uuid, (0, 0))[0],
            "timed_documents": timed.get(a.uuid, (0, 0))[1],
            "seconds_per_done_document": _per_done(project, a.uuid),
        }
        if a.kind == "gold" or any(row[k] for k in ("done", "in_progress", "spans", "relations", "active_seconds")) or assigned.get(a.uuid):
            people.append(row)
    return {
        "documents": documents,
        "assignments": any_assigned,
        "annotators": people,
        "agreement": agreement_so_far(project, default_annotators(project)),
        "labels": label_counts(project),
        "done_per_day": done_per_day(project),
    }


def format_progress(report: dict) -> str:
    """The report as the command line prints it."""
    lines = [f"{report['documents']} documents" + ("" if report["assignments"] else " (nothing assigned: every document is open to everyone)")]
    lines.append(f"  {'annotator':<16} {'assigned':>8} {'done':>6} {'begun':>6} {'spans':>7} {'relations':>9} {'time':>9} {'per done':>9}")
    for a in report["annotators"]:
        lines.append(
            f"  {a['name']:<16} {a['assigned']:>8} {a['done']:>6} {a['in_progress']:>6} {a['spans']:>7} {a['relations']:>9}"
            f" {clock(a['active_seconds']):>9} {clock(a['seconds_per_done_document']):>9}"
        )
    pairs = [p for p in report["agreement"] if p["documents"]]
    if pairs:
        lines.append("agreement so far (documents both annotated):")
        for p in pairs:
            f1 = "—" if p["span_f1_exact"] is None else f"{p['span_f1_exact']:.3f}"
            rel = "—" if p["relation_f1"] is None else f"{p['relation_f1']:.3f}"
            lines.append(f"  {p['a']} ~ {p['b']}: {p['documents']} documents, span F1 {f1}, relation F1 {rel}")
    if report["labels"]:
        lines.append("spans per label: " + ", ".join(f"{label} {c['total']}" for label, c in report["labels"].items()))
    for name, days in report["done_per_day"].items():
        lines.append(f"done per day, {name}: " + ", ".join(f"{day} {n}" for day, n in days.items()))
    return "\n".join(lines)
