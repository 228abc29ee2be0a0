"""What the sources learn from and where a trained model lives: the training documents of a
layer (gold: adjudicated documents and documents someone marked done), the documents still
to suggest for, and the model folder beside the project with the data and settings it was
trained on."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import AnnotatorError
from annotator.project import GOLD, Project
from annotator.suggest import model as crf
from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.tokens import Span


@dataclass(frozen=True)
class Example:
    document: str
    ext_id: str
    text: str
    spans: tuple[Span, ...]


def _done_by(project: Project) -> dict[str, list[str]]:
    """document uuid -> the human annotators (uuids, by name) who marked it done."""
    out: dict[str, list[str]] = {}
    for a in sorted(project.annotators(include_gold=False), key=lambda a: a.name):
        if a.kind != "human" or a.deleted:
            continue
        for doc, status in project.statuses(a.uuid).items():
            if status == "done":
                out.setdefault(doc, []).append(a.uuid)
    return out


def training_examples(project: Project, source: str = GOLD) -> list[Example]:
    """The documents and spans to learn from. `gold`: each adjudicated document's gold layer
    (or an imported gold layer never put in review), else the layer of the first annotator
    (by name) who marked the document done. Another layer's name: the documents that layer
    marked done, or every document it has spans on when it is an imported layer."""
    layer = project.annotator(source)
    if source != GOLD and (layer is None or layer.deleted):
        known = ", ".join(a.name for a in project.annotators()) or "none"
        raise AnnotatorError(f"{project.path}: no layer {source!r} to learn from (layers: {known})")
    done = _done_by(project)
    gold = project.annotator(GOLD)
    gold_status = project.statuses(gold.uuid) if gold is not None else {}
    examples = []
    for info in project.documents():
        doc = info.uuid
        who: str | None = None
        if source == GOLD:
            if gold is not None and (gold_status.get(doc) == "adjudicated" or (doc not in gold_status and project.spans(doc, gold.uuid))):
                who = gold.uuid
            elif done.get(doc):
                who = done[doc][0]
        elif layer.kind != "human" or layer.uuid in done.get(doc, []):
            who = layer.uuid
        if who is None:
            continue
        spans = tuple((s.start, s.end, s.label) for s in project.spans(doc, who))
        if layer is not None and layer.kind != "human" and source != GOLD and not spans:
            continue
        examples.append(Example(doc, info.ext_id, project.text(doc), spans))
    return examples


def target_documents(project: Project, which: str = "undone", *, exclude: set[str] = frozenset()) -> list[str]:
    """The documents to suggest for: 'undone' (no one marked it done, not adjudicated, not
    learnt from) or 'all'."""
    if which not in ("undone", "all"):
        raise AnnotatorError(f"unknown document choice {which!r}; use undone or all")
    docs = [d.uuid for d in project.documents()]
    if which == "all":
        return docs
    done = _done_by(project)
    gold = project.annotator(GOLD)
    adjudicated = {d for d, s in project.statuses(gold.uuid).items() if s == "adjudicated"} if gold else set()
    return [d for d in docs if d not in done and d not in adjudicated and d not in exclude]


def model_dir(project_path: str | Path) -> Path:
    """The folder beside the project that holds its trained model: news.db -> news.suggest/."""
    path = Path(project_path)
    return path.with_name(path.stem + ".suggest")


def train_project(
    project: Project,
    *,
    source: str = GOLD,
    settings: dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict:
    """Train the model on `source`'s training documents and store it beside the project,
    replacing the last one only once the new one is complete. Returns what model.json says."""
    examples = training_examples(project, source)
    if not examples:
        raise AnnotatorError(f"{project.path}: no {source} documents to learn from yet (adjudicate some, or mark some done)")
    folder = model_dir(project.path)
    tmp = folder.with_name(folder.name + f".part{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        pairs = [(e.text, e.spans) for e in examples]
        model = crf.train(pairs, str(tmp / "model.crfsuite"), settings=settings, progress=progress, cancelled=cancelled)
        info = {
            "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "project": Path(project.path).name,
            "scheme": {"name": project.scheme.name, "version": project.scheme_version},
            "source": source,
            "documents": [[e.ext_id, e.document] for e in examples],
            "spans": sum(len(e.spans) for e in examples),
            **model.info,
        }
        (tmp / "model.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise AnnotatorError(f"{folder}: cannot store the model ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return info


def load_model(project_path: str | Path) -> crf.Model | None:
    """The model stored beside the project, or None when there is none (or one trained with
    features this version no longer computes)."""
    folder = model_dir(project_path)
    try:
        info = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise AnnotatorError(f"{folder / 'model.json'}: unreadable ({exc}); train the model again") from None
    if info.get("settings", {}).get("features") != crf.FEATURES_VERSION or not (folder / "model.crfsuite").exists():
        return None
    return crf.Model(str(folder / "model.crfsuite"), info)


def build_gazetteer(examples: list[Example]) -> Gazetteer:
    return Gazetteer.build([(e.text, e.spans) for e in examples])
