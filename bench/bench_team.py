"""Agreement over three annotators and merging a laptop's file, each beside a plain SQL pass."""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from annotator.importer import import_paths
from annotator.merge import merge
from annotator.project import Project, resolve_scheme
from annotator.agreement_report import project_agreement
from bench.corpus import seed_docs

ANNOTATORS = ("asha", "ravi", "meena")
LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "NUMEX", "TIMEX", "MISC")


def _timed(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def write_layer(path: Path, n: int, who: str, seed: int) -> int:
    """`n` generated documents (the shared HiNER seeds, made unique) with `who`'s annotations:
    the gold entities, some dropped, relabelled or widened by one word, by `seed`."""
    rng = random.Random(seed)
    spans = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, doc in enumerate(_seeds() * (n // len(_seeds()) + 1)):
            if i == n:
                break
            text = doc["text"] + f"\nसंख्या {i}"
            ents = []
            for e in doc["entities"]:
                r = rng.random()
                if r < 0.08:
                    continue
                start, end, label = e["start"], e["end"], e["label"]
                if r < 0.13:
                    label = rng.choice(LABELS)
                elif r < 0.17:
                    nxt = text.find(" ", end + 1)
                    end = nxt if nxt > end + 1 and not any(o["start"] < nxt and o["end"] > end for o in doc["entities"] if o is not e) else end
                if any(x["start"] < end and start < x["end"] for x in ents):
                    continue
                ents.append({"start": start, "end": end, "label": label})
            spans += len(ents)
            f.write(json.dumps({"id": f"gen-{i:06d}", "text": text, "entities": ents, "source": who}, ensure_ascii=False) + "\n")
    return spans


_SEEDS: list[dict] = []


def _seeds() -> list[dict]:
    if not _SEEDS:
        _SEEDS.extend(seed_docs())
    return _SEEDS


def raw_agreement_pass(path: Path) -> None:
    """The limit: read the same rows (texts, every live span of the three layers) with sqlite3."""
    con = sqlite3.connect(path)
    texts = con.execute("SELECT uuid, ext_id, text FROM document WHERE deleted = 0 ORDER BY seq").fetchall()
    spans = con.execute('SELECT s.document, a.name, s.start, s."end", s.label FROM span s JOIN annotator a ON a.uuid = s.annotator WHERE s.deleted = 0').fetchall()
    con.execute("SELECT document, annotator, status FROM status WHERE deleted = 0").fetchall()
    con.close()
    assert texts and spans


def raw_merge_pass(target: Path, source: Path) -> None:
    """The limit: attach the other file and INSERT OR REPLACE every row of every table, one transaction."""
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("PRAGMA synchronous = full")
    con.execute("ATTACH DATABASE ? AS src", (str(source),))
    con.execute("BEGIN")
    for table in ("annotator", "document", "span", "relation", "status"):
        con.execute(f"INSERT OR REPLACE INTO main.{table} SELECT * FROM src.{table}")
    con.execute("COMMIT")
    con.execute("DETACH DATABASE src")
    con.close()


def _row(name: str, ours: float, raw: float, target: str) -> dict:
    return {"name": name, "value": round(ours, 3), "limit": round(raw, 3), "ratio": round(ours / raw, 2), "unit": "s", "target": target}


def run() -> list[dict]:
    n = int(os.environ.get("BENCH_N", "10000"))
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        layers = []
        for k, who in enumerate(ANNOTATORS):
            src = tmp / f"{who}.jsonl"
            layers.append((who, src, write_layer(src, n, who, seed=k)))
        base = tmp / "team.db"
        project = Project.create(base, resolve_scheme("hiner"))
        for who, src, _ in layers:
            import_paths(project, [src], as_annotator=who)
        spans = sum(count for _, _, count in layers)
        t_ours = _timed(lambda: project_agreement(project, annotators=list(ANNOTATORS)))
        t_raw = _timed(lambda: raw_agreement_pass(base))
        results.append(_row(f"agreement {n:,} docs x 3 annotators ({spans:,} spans)", t_ours, t_raw, "< 10 s at 10,000 docs (ratio to reading the rows)"))
        project.close()

        # The lead's file holds the documents and asha's layer; a laptop adds ravi's and edits.
        lead = tmp / "lead.db"
        with Project.create(lead, resolve_scheme("hiner")) as p:
            import_paths(p, [layers[0][1]], as_annotator="asha")
        laptop = tmp / "laptop.db"
        shutil.copy(lead, laptop)
        with Project.open(laptop) as p:
            import_paths(p, [layers[1][1]], as_annotator="ravi")
            p.sql("UPDATE span SET label = 'MISC', updated_at = updated_at + 1 WHERE rowid % 10 = 0")
        ours_target, raw_target = tmp / "ours.db", tmp / "raw.db"
        shutil.copy(lead, ours_target)
        shutil.copy(lead, raw_target)
        with Project.open(ours_target) as p:
            report: list = []
            t_ours = _timed(lambda: report.append(merge(p, [laptop])))
        t_raw = _timed(lambda: raw_merge_pass(raw_target, laptop))
        rows = report[0].count("added") + report[0].count("updated")
        results.append(_row(f"merge a {n:,}-document file ({rows:,} rows added or updated)", t_ours, t_raw, "< 10 s at 10,000 docs (ratio to INSERT OR REPLACE of all rows)"))
    return results


if __name__ == "__main__":
    for row in run():
        print(row)
