"""The suggest workflow: train when asked, then run every source over the chosen documents
and store each source's proposals as its layer (one transaction per document)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from annotator.errors import AnnotatorError
from annotator.project import GOLD, Project
from annotator.suggest import layer, patterns
from annotator.suggest.proposal import SOURCES, Proposal
from annotator.suggest.tokens import Keyed
from annotator.suggest.training import build_gazetteer, load_model, target_documents, train_project, training_examples


@dataclass
class Report:
    documents: int = 0
    trained: dict | None = None
    added: dict[str, int] = field(default_factory=dict)
    withdrawn: dict[str, int] = field(default_factory=dict)
    rejected_kept: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # source -> why it did not run

    def as_dict(self) -> dict:
        return {"documents": self.documents, "trained": self.trained, "added": self.added, "withdrawn": self.withdrawn, "rejected_kept": self.rejected_kept, "skipped": self.skipped}


class Suggester:
    """The sources ready to propose for one project: built once, applied per text."""

    def __init__(self, project: Project, *, source: str = GOLD, sources: Iterable[str] = SOURCES):
        self.labels = set(project.scheme.entity_names)
        self.sources = [s for s in SOURCES if s in set(sources)]
        self.skipped: dict[str, str] = {}
        self.examples = training_examples(project, source) if "gazetteer" in self.sources or "model" in self.sources else []
        self.gazetteer = build_gazetteer(self.examples) if "gazetteer" in self.sources else None
        self.patterns = patterns.load_patterns(self.labels) if "patterns" in self.sources else []
        self.model = load_model(project.path) if "model" in self.sources else None
        if "model" in self.sources and self.model is None:
            self.skipped["model"] = "no trained model yet (train it: annotator suggest PROJECT.db --train)"
        if self.gazetteer is not None and not len(self.gazetteer):
            self.skipped["gazetteer"] = f"no {source} spans to build it from yet"

    def propose(self, text: str) -> dict[str, list[Proposal]]:
        keyed = Keyed.of(text)
        out: dict[str, list[Proposal]] = {}
        if self.model is not None:
            out["model"] = self.model.propose(keyed, self.labels)
        if self.gazetteer is not None and "gazetteer" not in self.skipped:
            out["gazetteer"] = self.gazetteer.propose(keyed, self.labels)
        if "patterns" in self.sources:
            out["patterns"] = patterns.propose(self.patterns, keyed)
        return out


def suggest(
    project: Project,
    *,
    source: str = GOLD,
    documents: str = "undone",
    sources: Iterable[str] = SOURCES,
    train: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Train the model first when `train`, then store each source's proposals for the chosen
    documents. `progress(stage, done, total)` reports 'train' and 'suggest'."""
    sources = list(sources)
    unknown = [s for s in sources if s not in SOURCES]
    if unknown:
        raise AnnotatorError(f"unknown suggestion source {unknown[0]!r}; use {', '.join(SOURCES)}")
    report = Report()
    if train:
        step = (lambda done, total: progress("train", done, total)) if progress else None
        report.trained = train_project(project, source=source, progress=step, cancelled=cancelled)
    suggester = Suggester(project, source=source, sources=sources)
    report.skipped = dict(suggester.skipped)
    learnt = {e.document for e in suggester.examples}
    targets = target_documents(project, documents, exclude=learnt)
    for i, doc in enumerate(targets):
        if cancelled is not None and cancelled():
            raise AnnotatorError(f"stopped after {i} of {len(targets)} documents; those keep their new suggestions")
        with project.atomic():  # one transaction (one fsync) per document, every source in it
            for src, proposals in suggester.propose(project.text(doc)).items():
                written = layer.write(project, document=doc, source=src, proposals=proposals)
                report.added[src] = report.added.get(src, 0) + written.added
                report.withdrawn[src] = report.withdrawn.get(src, 0) + written.withdrawn
                report.rejected_kept[src] = report.rejected_kept.get(src, 0) + written.remembered_rejections
        report.documents += 1
        if progress:
            progress("suggest", i + 1, len(targets))
    return report
