"""The default project's demo article arrives partly annotated in a layer of its own."""

from __future__ import annotations

from annotator import defaults
from annotator.project import Project


def test_demo_article_has_spans_nested_spans_and_relations_in_the_demo_layer(tmp_path, monkeypatch):
    monkeypatch.setattr(defaults, "default_project_path", lambda: tmp_path / "default.db")
    path = defaults.ensure_default_project()
    with Project.open(path) as project:
        demo = project.annotator(defaults.DEMO_ANNOTATOR)
        assert demo is not None and demo.kind != "gold"
        docs = [d.uuid for d in project.documents()]
        annotated = [d for d in docs if project.spans(d, demo.uuid)]
        assert annotated, "no demo article carries spans in the demo layer"
        doc = annotated[0]
        spans = project.spans(doc, demo.uuid)
        nested = [(a, b) for a in spans for b in spans if a is not b and a.start <= b.start and b.end <= a.end]
        assert nested, "the demo layer shows no nested span"
        assert project.relations(doc, demo.uuid)
        # Nothing of it is put in anybody else's layer.
        others = [s for d in docs for s in project.spans(d) if s.annotator != demo.uuid]
        assert not others
