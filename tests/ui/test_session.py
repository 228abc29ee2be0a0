"""The session's one signal: each change arrives once with its origin (a new edit, an undo,
a redo), and a refused edit says so by push() returning False, with no change emitted."""

from __future__ import annotations

from annotator import edits
from annotator.errors import AnnotatorError
from annotator.project import Project
from tests.ui.conftest import add_document

TEXT = "कानपुर में पुलिस ने अजय को पकड़ा।"


def test_each_change_arrives_once_with_its_origin(qtbot, project_path):
    from ui import commands
    from ui.session import Origin, Session

    doc = add_document(project_path, TEXT, "doc")
    session = Session(Project.open(project_path), "asha")
    seen: list[tuple[int, str]] = []
    session.changed.connect(lambda changes, origin: seen.append((len(changes.spans), origin)))
    assert session.push(commands.AddSpan(session, document=doc, start=0, end=6, label="LOCATION"))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert seen == [(1, Origin.DO), (1, Origin.UNDO), (1, Origin.REDO)]
    session.close()


def test_a_refused_edit_returns_false_and_emits_no_change(qtbot, project_path, monkeypatch):
    from ui import commands
    from ui.session import Session

    doc = add_document(project_path, TEXT, "doc")
    session = Session(Project.open(project_path), "asha")
    changed, failed = [], []
    session.changed.connect(lambda *args: changed.append(args))
    session.failed.connect(failed.append)

    def refuse(*_args, **_kwargs):
        raise AnnotatorError("no such label")

    monkeypatch.setattr(edits, "add_span", refuse)
    assert not session.push(commands.AddSpan(session, document=doc, start=0, end=6, label="NOPE"))
    assert changed == [] and failed == ["no such label"] and session.undo_stack.count() == 0
    session.close()
