"""Suggestions on held-out HiNER documents: per source and combined exact P/R/F1, training
time (on the split and on all 500 documents), suggesting time per document (alone, and as
`annotator suggest` stores it), actions per gold entity with and without suggestions, and
what the CRF adds to the desktop bundle."""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.suggest import evaluate, layer, patterns
from annotator.suggest import model as crf
from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.proposal import SOURCES, combine
from annotator.suggest.run import Suggester
from annotator.suggest.tokens import Keyed
from annotator.suggest.training import model_dir
from bench.corpus import SHARED

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = float(os.environ.get("BENCH_SUGGEST_TEST", "0.2"))


def _docs() -> list[dict]:
    with open(SHARED / "hiner_docs.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _pair(doc: dict) -> tuple[str, list]:
    return doc["text"], [(e["start"], e["end"], e["label"]) for e in doc["entities"]]


def _row(name: str, value, limit, unit: str, target: str, ratio=None) -> dict:
    if ratio is None:
        ratio = round(value / limit, 2) if limit else 0
    return {"name": name, "value": value, "limit": limit, "ratio": ratio, "unit": unit, "target": target}


def _bundle_added() -> float:
    """MB the CRF's package adds to the app: its extension module and Python files."""
    import pycrfsuite

    folder = Path(pycrfsuite.__file__).parent
    return sum(p.stat().st_size for p in folder.iterdir() if p.suffix in (".so", ".pyd", ".py")) / 1e6


def _bundle_total() -> float | None:
    app = ROOT / "dist" / "HindiAnnotator"
    if not app.is_dir():
        return None
    return sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run() -> list[dict]:
    rows: list[dict] = []
    docs = _docs()
    random.Random(16).shuffle(docs)  # split by document, not by sentence
    cut = int(len(docs) * (1 - HELD_OUT))
    train, test = docs[:cut], docs[cut:]
    labels = {e["label"] for d in docs for e in d["entities"]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t0, c0 = time.perf_counter(), time.process_time()
        model = crf.train([_pair(d) for d in train], str(tmp / "m.crfsuite"))
        t_train, c_train = time.perf_counter() - t0, time.process_time() - c0
        t0 = time.perf_counter()
        gaz = Gazetteer.build([_pair(d) for d in train])
        t_gaz = time.perf_counter() - t0
        pats = patterns.load_patterns(labels)
        found: dict[str, list] = {s: [] for s in (*SOURCES, "combined")}
        times = []
        for d in test:
            t0 = time.perf_counter()
            keyed = Keyed.of(d["text"])
            by = {"model": model.propose(keyed), "gazetteer": gaz.propose(keyed), "patterns": patterns.propose(pats, keyed)}
            both = combine(by)
            times.append(time.perf_counter() - t0)
            for s, ps in by.items():
                found[s].append([p.key for p in ps])
            found["combined"].append([p.key for p in both])
        gold = [_pair(d)[1] for d in test]
        rows.append(_row(f"train the CRF on {len(train)} documents (CPU {c_train:.1f} s)", round(t_train, 1), 60.0, "s wall", "< 60 s"))
        rows.append(_row(f"build the gazetteer from {len(train)} documents", round(t_gaz, 2), 60.0, "s", "< 60 s"))
        for s in (*SOURCES, "combined"):
            sc = evaluate.score(zip(found[s], gold))
            rows.append(_row(f"{s}: F1 on {len(test)} held-out (P {sc.precision:.3f} R {sc.recall:.3f})", round(sc.f1, 3), 0.75, "exact F1", "≥ 0.75 combined"))
        n_gold = sum(len(g) for g in gold)
        without = sum(evaluate.actions([], g) for g in gold) / n_gold
        one_by_one = sum(evaluate.actions(s, g, accept_all=False) for s, g in zip(found["combined"], gold)) / n_gold
        with_all = sum(evaluate.actions(s, g) for s, g in zip(found["combined"], gold)) / n_gold
        rows.append(_row("actions per gold entity without suggestions", round(without, 2), 1.0, "actions", "2.0 today"))
        rows.append(_row("actions per gold entity, suggestions one by one", round(one_by_one, 2), 1.0, "actions", "≤ 1.0"))
        rows.append(_row("actions per gold entity, with accept-all-of-a-label", round(with_all, 2), 1.0, "actions", "≤ 1.0"))
        mean, worst = statistics.mean(times) * 1000, max(times) * 1000
        rows.append(_row(f"suggest one document, 3 sources (mean; max {worst:.0f} ms)", round(mean, 1), 100.0, "ms", "< 100 ms"))
        # The same through a project: what `annotator suggest` does, storing each source's layer.
        with Project.create(tmp / "p.db", resolve_scheme("hiner")) as project:
            (tmp / "train.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in train), encoding="utf-8")
            (tmp / "test.jsonl").write_text("".join(json.dumps({**d, "entities": []}, ensure_ascii=False) + "\n" for d in test), encoding="utf-8")
            import_paths(project, [tmp / "train.jsonl"], as_annotator="gold")
            import_paths(project, [tmp / "test.jsonl"])
            folder = model_dir(project.path)
            folder.mkdir()  # the model just trained, as `annotator suggest --train` would leave it
            shutil.copy(tmp / "m.crfsuite", folder / "model.crfsuite")
            (folder / "model.json").write_text(json.dumps({"settings": crf.DEFAULT_SETTINGS}), encoding="utf-8")
            t0 = time.perf_counter()
            suggester = Suggester(project)  # the one-off part: the gazetteer read from the gold layer, the model opened
            t_setup = time.perf_counter() - t0
            targets = [project.document_by_ext_id(d["id"]).uuid for d in test]
            t0 = time.perf_counter()
            for doc in targets:
                with project.atomic():
                    for source, proposals in suggester.propose(project.text(doc)).items():
                        layer.write(project, document=doc, source=source, proposals=proposals)
            per_doc = (time.perf_counter() - t0) / len(targets) * 1000
            stored = sum(len(layer.stored(project, doc)) for doc in targets)
        rows.append(_row(f"suggest + store per document ({len(targets)} docs, {stored} rows; set-up {t_setup:.1f} s once)", round(per_doc, 1), 100.0, "ms", "< 100 ms"))
        if os.environ.get("BENCH_SUGGEST_TRAIN_ALL", "1") != "0":
            t0, c0 = time.perf_counter(), time.process_time()
            crf.train([_pair(d) for d in docs], str(tmp / "all.crfsuite"))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            rows.append(_row(f"train the CRF on all {len(docs)} documents (CPU {cpu:.1f} s)", round(wall, 1), 60.0, "s wall", "< 60 s"))
    rows.append(_row("bundle: added by python-crfsuite", round(_bundle_added(), 1), 200.0, "MB", "bundle < 200 MB"))
    total = _bundle_total()
    if total is not None:
        rows.append(_row("bundle: dist/HindiAnnotator as built", round(total, 1), 200.0, "MB", "< 200 MB"))
    return rows
