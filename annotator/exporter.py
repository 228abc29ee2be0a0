"""Exporting one layer (gold or an annotator's) of a project, streamed document by document."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import AnnotatorError, InputError
from annotator.formats.base import ExportDoc, ExportEntity, ExportRelation
from annotator.project import GOLD, Project

Progress = Callable[[int, int], None]


@dataclass
class ExportReport:
    documents: int = 0
    path: str = ""


def _layer(project: Project, source: str) -> str:
    who = project.annotator(source)
    if who is None or who.deleted:
        names = ", ".join(a.name for a in project.annotators()) or "none yet"
        raise AnnotatorError(f"{project.path}: no annotator {source!r} in the project (annotators: {names})")
    return who.uuid


def _done_statuses(source: str) -> tuple[str, ...]:
    return ("adjudicated",) if source == GOLD else ("done",)


def iter_export_docs(project: Project, *, source: str = GOLD, status: str | None = None) -> Iterator[ExportDoc]:
    """Yield each document with `source`'s layer, in import order, one at a time.

    `status` 'done' keeps the documents that layer marked done (gold: adjudicated), 'all' keeps
    every document; None means 'done' for gold and 'all' for an annotator.
    """
    annotator = _layer(project, source)
    status = status or ("done" if source == GOLD else "all")
    if status not in ("done", "all"):
        raise AnnotatorError(f"unknown --status {status!r}; use done or all")
    db = project.db
    if status == "all":
        docs = db.cursor().execute("SELECT uuid, ext_id, text, meta, sha256 FROM document WHERE deleted = 0 ORDER BY seq")
    else:
        marks = _done_statuses(source)
        docs = db.cursor().execute(
            "SELECT d.uuid, d.ext_id, d.text, d.meta, d.sha256 FROM document d JOIN status s ON s.document = d.uuid "
            f"WHERE d.deleted = 0 AND s.annotator = ? AND s.deleted = 0 AND s.status IN ({','.join('?' * len(marks))}) ORDER BY d.seq",
            (annotator, *marks),
        )
    spans = db.cursor()
    rels = db.cursor()
    for uuid, ext_id, text, meta, sha in docs:
        entities: list[ExportEntity] = []
        index: dict[str, int] = {}
        spans.execute(
            'SELECT uuid, start, "end", label, provenance FROM span WHERE document = ? AND annotator = ? AND deleted = 0 ORDER BY start, "end", label',
            (uuid, annotator),
        )
        for i, (suuid, start, end, label, prov) in enumerate(spans):
            index[suuid] = i
            entities.append(ExportEntity(start, end, label, prov))
        relations: list[ExportRelation] = []
        if entities:
            rels.execute("SELECT head, tail, label, provenance FROM relation WHERE document = ? AND annotator = ? AND deleted = 0", (uuid, annotator))
            relations = sorted(
                (ExportRelation(index[h], index[t], label, prov) for h, t, label, prov in rels if h in index and t in index),
                key=lambda r: (r.head, r.tail, r.label),
            )
        yield ExportDoc(ext_id, text, json.loads(meta), sha, tuple(entities), tuple(relations), _annotators(source, entities), source)


def _annotators(source: str, entities: list[ExportEntity]) -> tuple[str, ...]:
    if source != GOLD:
        return (source,)
    names: set[str] = set()
    for e in entities:
        if e.provenance:
            names.update(json.loads(e.provenance).get("annotators", []))
    return tuple(sorted(names))


@contextlib.contextmanager
def safe_output(path: str | Path, *, force: bool) -> Iterator[Path]:
    """A temporary file beside `path`, renamed onto it only when the block succeeds.

    Refuses an existing `path` unless `force`. A failed export leaves no partial file.
    """
    path = Path(path)
    if path.exists() and not force:
        raise InputError(str(path), None, "already exists; use --force to overwrite it")
    if not path.parent.exists():
        raise InputError(str(path), None, f"the folder {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def translit_function(scheme: str | None) -> Callable[[str], str] | None:
    if not scheme:
        return None
    from annotator import translit

    if scheme not in translit.SCHEMES:
        raise AnnotatorError(f"unknown --translit {scheme!r}; use one of {', '.join(translit.SCHEMES)}")
    return lambda s: translit.romanise(s, scheme)


def export(
    project: Project,
    out: str | Path,
    *,
    fmt: str = "jsonl",
    source: str = GOLD,
    status: str | None = None,
    translit: str | None = None,
    force: bool = False,
) -> ExportReport:
    """Export `source`'s layer to `out` in format `fmt`, written safely (temp file, rename)."""
    from annotator.formats import registry

    writer = registry.WRITERS.get(fmt)
    if writer is None:
        raise AnnotatorError(f"unknown export format {fmt!r}; use one of {', '.join(registry.WRITERS)}")
    romanise = translit_function(translit)
    docs = iter_export_docs(project, source=source, status=status)
    with safe_output(out, force=force) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            count = writer(docs, f, translit=romanise)
    return ExportReport(count, str(out))
