"""A core call that fails (the project file locked by another program) leaves no trace: the
undo stack, the database and the view are as before, and the window says what happened."""

from __future__ import annotations

import sqlite3

import pytest

from annotator import edits
from annotator.project import Project
from tests.ui.conftest import add_document

TEXT = "थानाध्यक्ष नरेंद्र पाल सिंह ने लखनऊ में बताया।"


def locked(*_args, **_kwargs):
    raise sqlite3.OperationalError("database is locked")


def spans(path, doc, annotator) -> set[tuple[int, int, str]]:
    with Project.open(path) as p:
        return {(s.start, s.end, s.label) for s in p.spans(doc, annotator)}


@pytest.mark.parametrize("verb", ["add", "relabel", "delete"])
def test_a_locked_database_keeps_the_edit_off_the_undo_stack(qtbot, project_path, make_window, annotator_uuid, errors, monkeypatch, verb):
    doc = add_document(project_path, TEXT, "locked")
    window = make_window(project_path)
    view, stack = window.view, window.session.undo_stack
    a = TEXT.index("लखनऊ")
    view.set_text_selection(a, a + len("लखनऊ"))
    window.tag("LOCATION")
    before, count = spans(project_path, doc, annotator_uuid), stack.count()
    assert count == 1 and errors == []
    if verb == "add":
        monkeypatch.setattr(edits, "add_span", locked)
        b = TEXT.index("नरेंद्र पाल सिंह")
        view.set_text_selection(b, b + len("नरेंद्र पाल सिंह"))
        window.tag("PERSON")
    elif verb == "relabel":
        monkeypatch.setattr(edits, "relabel_span", locked)
        window.tag("ORGANIZATION")  # the new span is still selected
    else:
        monkeypatch.setattr(edits, "delete_span", locked)
        window.delete_selected()
    assert stack.count() == count and stack.index() == count
    assert spans(project_path, doc, annotator_uuid) == before
    assert {(s.start, s.end, s.label) for s in view.spans().values()} == before
    assert errors == ["Not saved: the project file is locked by another program (database is locked)"]
    monkeypatch.undo()
    stack.undo()  # what was there before still undoes as it should
    assert spans(project_path, doc, annotator_uuid) == set()


def test_a_failing_undo_leaves_the_edit_and_drops_the_step(qtbot, project_path, make_window, annotator_uuid, errors, monkeypatch):
    doc = add_document(project_path, TEXT, "locked")
    window = make_window(project_path)
    stack = window.session.undo_stack
    a = TEXT.index("लखनऊ")
    window.view.set_text_selection(a, a + len("लखनऊ"))
    window.tag("LOCATION")
    before = spans(project_path, doc, annotator_uuid)
    monkeypatch.setattr(edits, "revert", locked)
    stack.undo()
    assert spans(project_path, doc, annotator_uuid) == before
    assert errors == ["Not saved: the project file is locked by another program (database is locked)"]
    assert stack.count() == 0  # so a later redo can never add the span a second time
    assert {(s.start, s.end, s.label) for s in window.view.spans().values()} == before
