"""Import, merge, search indexing, agreement and accepting agreed spans at corpus scale: peak
memory and throughput.

Each measured job runs in a child process of its own (`python -m bench.bench_scale JOB ...`),
which reports its wall time and its own peak resident memory (`VmHWM`), so one
job's memory never hides in another's. Beside our import the same run measures the raw
limit on the same file: plain `sqlite3` `executemany` of the same rows into the same tables
in one transaction, reading the JSONL with the same JSON parser (`json.loads`), without any
checking. Sizes: `BENCH_SCALE_SIZES` (import, default 10,000 and 100,000; add 300,000 to
see the largest), `BENCH_SCALE_MERGE` (the merged file's documents, default 100,000; the
merged project is then indexed, given two more annotators' layers, and measured by
`agreement` and `adjudicate --accept-agreed`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
BATCH = 10_000  # lines per executemany in the raw limit (rows stay in one transaction)
TEAM = ("asha", "ravi", "meena")


def _child(*args: str) -> dict:
    """Run one job in a fresh interpreter; its JSON line: seconds and peak RSS in MB."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "bench.bench_scale", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"bench job {args[0]} failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def raw_import(src: Path, db: Path) -> None:
    """The limit: the same rows our import writes, with our DDL and pragmas, no checks."""
    from bench.bench_core import raw_database

    con = raw_database(db)
    prefix = "5f0c3a1e-77aa-4b1c-9d2e-"
    n = 0
    con.execute("BEGIN")
    with open(src, encoding="utf-8") as f:
        seq = 0
        while True:
            docs, spans = [], []
            for line in f:
                seq += 1
                rec = json.loads(line)
                sha = hashlib.sha256(rec["text"].encode("utf-8")).hexdigest()
                uid = sha[:36]
                docs.append((uid, rec["id"], sha, rec["text"], "{}", seq, 0, 0))
                for e in rec["entities"]:
                    n += 1
                    spans.append((f"{prefix}{n:012x}", uid, "a", e["start"], e["end"], e["label"], None, 0, 0))
                if len(docs) >= BATCH:
                    break
            if not docs:
                break
            con.executemany("INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
            con.executemany('INSERT INTO span (uuid, document, annotator, start, "end", label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', spans)
    con.execute("COMMIT")
    con.close()


def _job(name: str, args: list[str]) -> None:
    from annotator.project import Project, resolve_scheme

    t0 = time.perf_counter()
    if name == "raw":
        raw_import(Path(args[0]), Path(args[1]))
    elif name == "import":
        from annotator.importer import import_paths

        with Project.create(Path(args[1]), resolve_scheme("hiner")) as project:
            import_paths(project, [Path(args[0])])
    elif name == "merge":
        from annotator.merge import merge

        with Project.open(Path(args[0])) as project:
            merge(project, [Path(args[1])])
    elif name == "agreement":
        from annotator.agreement_report import project_agreement

        with Project.open(Path(args[0])) as project:
            report = project_agreement(project, annotators=list(TEAM), worst=10)
        assert report["documents"] and report["alpha_tokens"] is not None
    elif name == "adjudicate":
        from annotator.cli import main

        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            assert main(["adjudicate", args[0], "--accept-agreed", "--annotators", *TEAM]) == 0
    elif name == "index":
        from annotator.search_index import build_index

        with Project.open(Path(args[0])) as project:
            build_index(project)
    else:
        raise SystemExit(f"unknown job {name}")
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux's `ru_maxrss` is not it in a child:
    exec keeps the high-water mark of the memory it replaces, and Python spawns with vfork,
    so a child started by a large parent reports the parent's peak. `VmHWM` is the peak of
    the process's own address space since exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, the best elsewhere


def _sizes(var: str, default: str) -> list[int]:
    return [int(x) for x in os.environ.get(var, default).split(",") if x.strip()]


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def run() -> Iterator[dict]:
    """The rows, each yielded as soon as it is measured (python -m bench prints it at once)."""
    peaks: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in _sizes("BENCH_SCALE_SIZES", "10000,100000"):
            src = tmp / f"corpus{n}.jsonl"
            docs, spans = write_corpus(src, n)
            raw = _child("raw", str(src), str(tmp / f"raw{n}.db"))
            ours = _child("import", str(src), str(tmp / f"p{n}.db"))
            assert _count(tmp / f"p{n}.db", "span") == spans == _count(tmp / f"raw{n}.db", "span")
            rate, limit = docs / ours["seconds"], docs / raw["seconds"]
            yield (_row(f"import {n:,} docs ({spans:,} spans)", round(rate), round(limit), round(rate / limit, 3), "docs/s", ">= 0.5"))
            yield (_row(f"import {n:,} docs, peak RSS", round(ours["peak_mb"]), round(raw["peak_mb"]), round(ours["peak_mb"] / raw["peak_mb"], 2), "MB (limit: raw)", "< 300"))
            peaks.append((n, ours["peak_mb"]))
            src.unlink()
            (tmp / f"raw{n}.db").unlink()
            for p in tmp.glob(f"p{n}.db*"):
                p.unlink()
        if len(peaks) > 1:
            (a, pa), (b, pb) = peaks[0], peaks[-1]
            yield (_row(f"import peak RSS, {a:,} -> {b:,} docs", f"{pa:.0f} -> {pb:.0f}", f"x{b // a}", round(pb / pa, 2), "MB (limit: growth of N)", "flat (~1.0)"))
        lead = tmp / "lead.db"
        yield from _merge_and_index(tmp, lead)
        yield from _team(lead)


def _merge_and_index(tmp: Path, lead: Path) -> Iterator[dict]:
    """A laptop file of N documents merged into a new project `lead`, then its search index built."""
    n = _sizes("BENCH_SCALE_MERGE", "100000")[0]
    src = tmp / "laptop.jsonl"
    docs, spans = write_corpus(src, n, source="asha")
    laptop = tmp / "laptop.db"
    _child("import", str(src), str(laptop))
    src.unlink()
    from annotator.project import Project, resolve_scheme

    Project.create(lead, resolve_scheme("hiner")).close()
    merged = _child("merge", str(lead), str(laptop))
    assert _count(lead, "span") == spans
    for p in tmp.glob("laptop.db*"):
        p.unlink()
    yield _row(f"merge a {docs:,}-doc file ({spans:,} spans)", round(docs / merged["seconds"]), "", "", "docs/s", "")
    yield _row(f"merge {docs:,} docs, peak RSS", round(merged["peak_mb"]), 300, round(merged["peak_mb"] / 300, 2), "MB (limit: target)", "< 300")
    index = _child("index", str(lead))
    yield _row(f"search index of {docs:,} docs, peak RSS", round(index["peak_mb"]), 300, round(index["peak_mb"] / 300, 2), "MB (limit: target)", "< 300")


def derive_layers(db: Path) -> int:
    """ravi's and meena's layers made from asha's in project `db`, written in SQL for speed:
    each drops about one span in 11 and relabels one in 17 (a different set each). Returns
    the spans of the three layers."""
    from annotator import edits
    from annotator.project import Project
    from annotator.store import annotator_uuid

    with Project.open(db) as project:
        for name in TEAM[1:]:
            edits.ensure_annotator(project, name)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN")
    for k, name in enumerate(TEAM[1:], 1):
        # uuid-shaped ids in order (k, rowid), so the primary key index is appended to rather
        # than written at random (hours at 2.6 M rows); rowid arithmetic picks each one's changes
        con.execute(
            "INSERT INTO span (uuid, document, annotator, start, \"end\", label, provenance, created_at, updated_at) "
            "SELECT printf('%08x-0000-4000-8000-%012x', ?, rowid), "
            "document, ?, start, \"end\", CASE WHEN (rowid * 7 + ?) % 17 = 0 THEN 'MISC' ELSE label END, NULL, created_at, updated_at "
            "FROM span WHERE annotator = ? AND (rowid * 13 + ?) % 11 != 0",
            (k, annotator_uuid(name), k, annotator_uuid(TEAM[0]), k * 5),
        )
    con.execute("COMMIT")
    total = con.execute("SELECT count(*) FROM span").fetchone()[0]
    con.close()
    return total


def _team(db: Path) -> Iterator[dict]:
    """Agreement of three annotators over the merged project's documents (asha's layer, and
    ravi's and meena's made from it), then accepting what they agree on."""
    n = _count(db, "document")
    spans = derive_layers(db)
    agreed = _child("agreement", str(db))
    yield _row(f"agreement {n:,} docs x 3 annotators ({spans:,} spans)", round(n / agreed["seconds"]), "", "", "docs/s", "")
    yield _row(f"agreement {n:,} docs, peak RSS", round(agreed["peak_mb"]), 300, round(agreed["peak_mb"] / 300, 2), "MB (limit: target)", "< 300")
    adjudicated = _child("adjudicate", str(db))
    gold = _count_gold(db)
    yield _row(f"adjudicate --accept-agreed {n:,} docs ({gold:,} gold spans)", round(n / adjudicated["seconds"]), "", "", "docs/s", "")
    yield _row(f"adjudicate --accept-agreed {n:,} docs, peak RSS", round(adjudicated["peak_mb"]), 300, round(adjudicated["peak_mb"] / 300, 2), "MB (limit: target)", "< 300")


def _count_gold(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM span JOIN annotator ON annotator.uuid = span.annotator WHERE annotator.kind = 'gold' AND span.deleted = 0").fetchone()[0]
    finally:
        con.close()


def _row(name: str, value, limit, ratio, unit: str, target: str) -> dict:
    return {"name": name, "value": value, "limit": limit, "ratio": ratio, "unit": unit, "target": target}


if __name__ == "__main__":
    _job(sys.argv[1], sys.argv[2:])
