"""Cost of one saved action: the project's design (write lock first, commit, checkpoint into
the .db) beside the old one (WAL commit only) and raw sqlite3 doing the same insert."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from annotator import edits
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme

TEXT = "राम ने कानपुर में अजय मिश्रा से बात की। " * 50


def _project(folder: Path) -> tuple[Project, str, str, list[int]]:
    project = Project.create(folder / "p.db", resolve_scheme("hindi-news"))
    src = folder / "doc.txt"
    src.write_text(TEXT, encoding="utf-8")
    import_paths(project, [src])
    doc = project.documents()[0].uuid
    who = edits.ensure_annotator(project, "bench")
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("राम", i)]
    return project, doc, who, starts


def _actions(project: Project, doc: str, who: str, starts: list[int], n: int) -> float:
    t0 = time.perf_counter()
    for k in range(n):
        s = starts[k % len(starts)]
        change = edits.add_span(project, document=doc, annotator=who, start=s, end=s + 3, label="PERSON")
        edits.delete_span(project, span=change.spans[0][1].uuid)
    return (time.perf_counter() - t0) / (2 * n)


def _raw(folder: Path, n: int) -> float:
    con = sqlite3.connect(folder / "raw.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("PRAGMA synchronous = full")
    con.execute('CREATE TABLE span (uuid TEXT PRIMARY KEY, start INTEGER, "end" INTEGER, deleted INTEGER)')
    t0 = time.perf_counter()
    for k in range(n):
        con.execute("BEGIN")
        con.execute("INSERT INTO span VALUES (?, ?, ?, 0)", (str(k), k, k + 1))
        con.execute("COMMIT")
        con.execute("BEGIN")
        con.execute("UPDATE span SET deleted = 1 WHERE uuid = ?", (str(k),))
        con.execute("COMMIT")
    con.close()
    return (time.perf_counter() - t0) / (2 * n)


def run() -> list[dict]:
    n = int(os.environ.get("BENCH_ACTIONS", "300"))
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "new").mkdir()
        (tmp / "old").mkdir()
        (tmp / "raw").mkdir()
        project, doc, who, starts = _project(tmp / "new")
        ours = _actions(project, doc, who, starts, n)
        project.close()
        old, doc, who, starts = _project(tmp / "old")
        old.checkpoint = lambda: 0  # the first wave's design: the commit stays in the -wal
        old_cost = _actions(old, doc, who, starts, n)
        old.close()
        raw = _raw(tmp / "raw", n)
    ms = lambda s: round(s * 1000, 3)  # noqa: E731
    results.append({"name": "one saved action, checkpointed into the .db", "value": ms(ours), "unit": "ms/action", "limit": ms(raw), "ratio": round(raw / ours, 2), "target": "raw commit / ours; see bench/README"})
    results.append({"name": "one saved action, WAL only (first wave)", "value": ms(old_cost), "unit": "ms/action", "limit": ms(raw), "ratio": round(raw / old_cost, 2), "target": "for comparison"})
    return results
