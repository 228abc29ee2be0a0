"""Import and export throughput of the core beside raw sqlite3 + json on the same rows."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from annotator import store
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from bench.corpus import write_corpus


def _timed(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def raw_database(db: Path) -> sqlite3.Connection:
    """A plain sqlite3 file with our tables and pragmas and one annotator 'a': where the raw
    baselines write the same rows the project would."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("PRAGMA synchronous = full")
    for statement in store.MIGRATIONS[0]:
        con.execute(statement)
    con.execute("INSERT INTO annotator (uuid, name, kind, created_at, updated_at) VALUES ('a', 'bench', 'human', 0, 0)")
    return con


def raw_import(src: Path, db: Path) -> None:
    """The limit: parse the same JSONL and executemany the same rows in one transaction into
    the same tables (same DDL, same pragmas), with no validation at all."""
    con = raw_database(db)
    docs, spans = [], []
    n = 0
    prefix = "5f0c3a1e-77aa-4b1c-9d2e-"
    with open(src, encoding="utf-8") as f:
        for seq, line in enumerate(f, start=1):
            rec = json.loads(line)
            sha = hashlib.sha256(rec["text"].encode("utf-8")).hexdigest()
            uid = sha[:36]  # as random as a real id, so the indexes see the same inserts
            docs.append((uid, rec["id"], sha, rec["text"], "{}", seq, 0, 0))
            for e in rec["entities"]:
                n += 1
                spans.append((f"{prefix}{n:012x}", uid, "a", e["start"], e["end"], e["label"], None, 0, 0))
    con.execute("BEGIN")
    con.executemany("INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
    con.executemany('INSERT INTO span (uuid, document, annotator, start, "end", label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', spans)
    con.execute("COMMIT")
    con.close()


def raw_export(db: Path, out: Path) -> None:
    """The limit: read each document and its spans with plain sqlite3 and json.dumps them."""
    con = sqlite3.connect(db)
    spans = con.cursor()
    with open(out, "w", encoding="utf-8") as f:
        for uid, ext_id, text in con.execute("SELECT uuid, ext_id, text FROM document WHERE deleted = 0 ORDER BY seq"):
            ents = [
                {"start": s, "end": e, "label": label, "text": text[s:e]}
                for s, e, label in spans.execute('SELECT start, "end", label FROM span WHERE document = ? AND deleted = 0 ORDER BY start, "end", label', (uid,))
            ]
            f.write(json.dumps({"id": ext_id, "text": text, "entities": ents}, ensure_ascii=False))
            f.write("\n")
    con.close()


def _peak(fn) -> int:
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def run() -> list[dict]:
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "1000,100000").split(",")]
    results: list[dict] = []
    peaks: dict[int, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in sizes:
            src = tmp / f"corpus{n}.jsonl"
            docs, spans = write_corpus(src, n)
            raw_db = tmp / f"raw{n}.db"
            t_raw = _timed(lambda: raw_import(src, raw_db))
            project = Project.create(tmp / f"p{n}.db", resolve_scheme("hiner"))
            t_ours = _timed(lambda: import_paths(project, [src]))
            results.append(_row(f"import {n:,} docs ({spans:,} spans)", docs / t_ours, docs / t_raw, "docs/s", ">= 0.5"))
            t_raw = _timed(lambda: raw_export(raw_db, tmp / "raw.jsonl"))
            t_ours = _timed(lambda: export(project, tmp / "ours.jsonl", source="bench", force=True))
            results.append(_row(f"export {n:,} docs", docs / t_ours, docs / t_raw, "docs/s", ">= 0.5"))
            peaks[n] = (_peak(lambda: export(project, tmp / "ours.jsonl", source="bench", force=True)), src.stat().st_size)
            project.close()
            for p in tmp.glob(f"*{n}*"):
                p.unlink()
    small, large = min(peaks), max(peaks)
    # Python's allocator keeps freed tuples and dicts on bounded free lists, so the traced peak
    # creeps up a little with N even though nothing is held; what matters is that it stays a
    # tiny, bounded fraction of the corpus (which is never in memory as a whole).
    results.append(
        {
            "name": f"export peak memory, {small:,} -> {large:,} docs",
            "value": f"{peaks[small][0] / 1e6:.2f} -> {peaks[large][0] / 1e6:.2f}",
            "limit": f"{peaks[small][1] / 1e6:.0f} -> {peaks[large][1] / 1e6:.0f}",
            "ratio": round(peaks[large][0] / peaks[large][1], 4),
            "unit": "MB (limit: corpus MB)",
            "target": "< 0.01 of the corpus",
        }
    )
    return results


def _row(name: str, ours: float, raw: float, unit: str, target: str) -> dict:
    return {"name": name, "value": round(ours, 1), "limit": round(raw, 1), "ratio": round(ours / raw, 3), "unit": unit, "target": target}
