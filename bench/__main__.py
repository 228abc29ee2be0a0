"""`python -m bench`: run every benchmark module and print each figure beside its limit."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

MODULES = ("bench.bench_core", "bench.bench_formats", "bench.bench_team", "bench.bench_ui", "bench.bench_translit", "bench.bench_app", "bench.bench_durability")


def main(argv: list[str]) -> int:
    chosen = [m for m in MODULES if not argv or any(a in m for a in argv)]
    rows: list[dict] = []
    for name in chosen:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
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
