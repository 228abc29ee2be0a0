"""`python -m bench [name...]`: run every benchmark module (or those whose name contains a given
word) and print each figure beside its limit."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from bench import bench_app, bench_core, bench_durability, bench_formats, bench_scale, bench_search, bench_suggest, bench_team, bench_translit, bench_ui

# In the order they run, each with the optional package it needs (None: the core alone). A
# module whose package is missing is skipped with a line saying so, never silently.
MODULES = (
    (bench_core, None),
    (bench_formats, None),
    (bench_team, None),
    (bench_ui, "PySide6"),
    (bench_translit, None),
    (bench_search, None),
    (bench_suggest, "pycrfsuite"),
    (bench_app, "PySide6"),
    (bench_durability, None),
    (bench_scale, None),
)


def main(argv: list[str]) -> int:
    chosen = [(m, needs) for m, needs in MODULES if not argv or any(a in m.__name__ for a in argv)]
    rows: list[dict] = []
    for module, needs in chosen:
        name = module.__name__
        if needs and importlib.util.find_spec(needs) is None:
            print(f"# {name} skipped: {needs} is not installed", file=sys.stderr, flush=True)
            continue
        print(f"# {name}", file=sys.stderr, flush=True)
        for row in module.run():
            row["module"] = name
            rows.append(row)
            print(f"{row['name']:<52} {row['value']:>12} {row['unit']:<18} limit {row['limit']:>12}  ratio {row['ratio']:>7}  target {row['target']}", flush=True)
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
