"""Copying a layer of a document into another annotator's layer (the demo example)."""

from __future__ import annotations

import pytest

from annotator import defaults, edits
from annotator.errors import AnnotatorError
from annotator.layers import copy_layer
from annotator.project import Project


@pytest.fixture
def demo(tmp_path, monkeypatch):
    monkeypatch.setattr(defaults, "default_project_path", lambda: tmp_path / "default.db")
    with Project.open(defaults.ensure_default_project()) as project:
        source = project.annotator(defaults.DEMO_ANNOTATOR).uuid
        document = next(d.uuid for d in project.documents() if project.relations(d.uuid, source))
        target = edits.ensure_annotator(project, "ravi")
        yield project, document, source, target


def _shape(project, document, layer):
    spans = {s.uuid: (s.start, s.end, s.label) for s in project.spans(document, layer)}
    rels = sorted((spans[r.head], spans[r.tail], r.label) for r in project.relations(document, layer))
    return sorted(spans.values()), rels


def test_copy_gives_the_target_the_same_spans_and_relations_under_new_ids(demo):
    project, document, source, target = demo
    changes = copy_layer(project, document=document, source=source, target=target)
    assert _shape(project, document, target) == _shape(project, document, source)
    ids = {s.uuid for s in project.spans(document, source)}
    assert not ids & {s.uuid for s in project.spans(document, target)}
    assert all(after.annotator == target and '"copied_from": "demo"' in after.provenance for _, after in changes.spans)
    assert len(changes.relations) == len(project.relations(document, source)) > 0


def test_copy_reverts_as_one_action_and_refuses_when_nothing_is_new(demo):
    project, document, source, target = demo
    changes = copy_layer(project, document=document, source=source, target=target)
    with pytest.raises(AnnotatorError, match="Nothing to copy"):
        copy_layer(project, document=document, source=source, target=target)
    edits.revert(project, changes)
    assert project.spans(document, target) == [] and project.relations(document, target) == []
    assert project.spans(document, source)  # the example itself is untouched
    with pytest.raises(AnnotatorError, match="same"):
        copy_layer(project, document=document, source=source, target=source)


def test_a_span_the_target_already_has_is_reused_not_doubled(demo):
    project, document, source, target = demo
    first = project.spans(document, source)[0]
    mine = edits.add_span(project, document=document, annotator=target, start=first.start, end=first.end, label=first.label).spans[0][1]
    copy_layer(project, document=document, source=source, target=target)
    assert _shape(project, document, target) == _shape(project, document, source)
    assert mine.uuid in {s.uuid for s in project.spans(document, target)}
