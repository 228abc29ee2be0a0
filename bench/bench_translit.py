"""Romanisation and project-wide search speed, and start-up time with and without them."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator import translit
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.search import build_index, search
from bench.corpus import SHARED, write_corpus

ROOT = Path(__file__).resolve().parents[1]


def _best(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _startup(code: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        runs.append(time.perf_counter() - t0)
    return min(runs)


def run() -> list[dict]:
    rows: list[dict] = []
    article = (SHARED / "kanpur_article.txt").read_text(encoding="utf-8")
    text = (article * (50_000 // len(article) + 1))[:50_000]
    translit.romanise(text, "hindi")  # warm the per-word cache, as the window does once per document
    t = _best(lambda: translit.romanise(text, "hindi"))
    t_copy = _best(lambda: "".join(text.split(" ")))
    rows.append({"name": "romanise 50,000 chars (hindi, cached)", "value": round(t * 1000, 1), "limit": round(t_copy * 1000, 2),
                 "ratio": round(t / t_copy, 1), "unit": "ms (limit: split+join)", "target": "< 100 ms"})
    # What this feature adds to start-up: the same program with and without its modules (the
    # 0.35 s indic_transliteration import must stay out until a romanisation is asked for).
    without = "import annotator.cli, annotator.project, annotator.exporter, annotator.text"
    bare = _startup(without)
    full = _startup(without + ", annotator.search, annotator.translit; import sys; assert 'indic_transliteration' not in sys.modules")
    rows.append({"name": "start-up with the search+translit modules", "value": round(full * 1000), "limit": round(bare * 1000),
                 "ratio": round(full / bare, 2), "unit": "ms (limit: without them)", "target": "~1.0 (lazy import)"})
    n = int(os.environ.get("BENCH_SEARCH_N", "100000"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_corpus(tmp / "c.jsonl", n)
        with Project.create(tmp / "p.db", resolve_scheme("hiner")) as project:
            import_paths(project, [tmp / "c.jsonl"])
            t0 = time.perf_counter()
            build_index(project)
            t_index = time.perf_counter() - t0
            rows.append({"name": f"search index build, {n:,} docs (once)", "value": round(t_index, 1), "limit": "-", "ratio": "-", "unit": "s", "target": "reported"})
            for query in ("भारत सरकार", "bharat sarkar"):
                hits: list = []
                t = _best(lambda: hits.append(len(search(project, query))), repeat=3)
                t_raw = _best(lambda: project.sql("SELECT count(*) FROM document WHERE instr(text, ?) > 0", (query,)).fetchone(), repeat=3)
                rows.append({"name": f"search {query!r} over {n:,} docs ({hits[-1]} hits)", "value": round(t * 1000), "limit": round(t_raw * 1000),
                             "ratio": round(t / t_raw, 2), "unit": "ms (limit: SQL instr)", "target": "< 1000 ms"})
    return rows
