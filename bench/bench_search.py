"""Project-wide search at corpus scale (issue 15): index build rate and size, and query latency
(median and 90th percentile) for Roman and Devanagari name queries, beside the figures of the
index before this one (`bench/search_old.json`).

`python -m bench.bench_search` runs it alone (BENCH_SEARCH_N documents, default 100,000);
`--record-old` writes search_old.json: run it in a checkout of the commit before the word-key
index (45fc594) with this file copied in, since it uses only `search` and `build_index`."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.search import build_index, search
from bench import translit_reference as ref
from bench.corpus import write_corpus

OLD = Path(__file__).resolve().parent / "search_old.json"
LIMITS = (("first page", 100), ("all hits", 10_000))  # the panel's first screenful; everything
STEP = 2  # every second held-out name: the old index needs seconds a query at 100,000 documents


def query_sets() -> dict[str, list[str]]:
    """The held-out person and place names (and bodies in English): typed in Roman the usual
    way and in English spelling, and in Devanagari as written."""
    groups = ref.query_groups(ref.split(ref.load())["held-out"])
    roman = [q for group, pairs in groups.items() if group.startswith("names") for _, q in pairs]
    devanagari = list(dict.fromkeys(e.dev for group, pairs in groups.items() if group.startswith("names") for e, _ in pairs))
    return {"Roman names": roman[::STEP], "Devanagari names": devanagari[::STEP]}


def _percentile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(n: int) -> dict[str, float]:
    """Every figure, flat: name -> value (seconds, documents a second, MB)."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder / "c.jsonl", n)
        path = folder / "p.db"
        with Project.create(path, resolve_scheme("hiner")) as project:
            import_paths(project, [folder / "c.jsonl"])
        before = path.stat().st_size
        with Project.open(path) as project:
            t0 = time.perf_counter()
            build_index(project)
            seconds = time.perf_counter() - t0
        out["index build, documents a second"] = n / seconds
        out["index size, MB"] = (path.stat().st_size - before) / 1e6
        with Project.open(path) as project:
            search(project, "warm")
            for set_name, queries in query_sets().items():
                for mode, limit in LIMITS:
                    times = []
                    for query in queries:
                        t0 = time.perf_counter()
                        search(project, query, limit=limit)
                        times.append(time.perf_counter() - t0)
                    out[f"{set_name} ({len(queries)}), {mode}: median"] = statistics.median(times)
                    out[f"{set_name} ({len(queries)}), {mode}: p90"] = _percentile(times, 0.9)
    return out


def _row(name: str, value: float, old: float | None, n: int) -> dict:
    if name.startswith("index"):
        unit, shown, was = name.split(", ")[1], round(value, 1), old
        target = "reported"
    else:
        unit, shown, was = "ms", round(value * 1000, 1), old * 1000 if old is not None else None
        target = "< 20 ms" if name.endswith("median") else "reported"
    return {"name": f"search, {n:,} docs: {name}", "value": shown, "limit": round(was, 1) if was is not None else "-",
            "ratio": round(value / old, 3) if old else "-", "unit": f"{unit} (limit: old)", "target": target}


def run() -> list[dict]:
    n = int(os.environ.get("BENCH_SEARCH_N", "100000"))
    old = json.loads(OLD.read_text(encoding="utf-8")) if OLD.exists() else {}
    old_n = old.get("documents")
    return [_row(name, value, old.get(name) if old_n == n else None, n) for name, value in measure(n).items()]


if __name__ == "__main__":
    size = int(os.environ.get("BENCH_SEARCH_N", "100000"))
    if sys.argv[1:2] == ["--record-old"]:
        OLD.write_text(json.dumps({"documents": size, **measure(size)}, indent=1) + "\n", encoding="utf-8")
    else:
        for row in run():
            print(f"{row['name']:<70} {row['value']!s:>9} {row['unit']:<28} old {row['limit']!s:>9}  target {row['target']}")
