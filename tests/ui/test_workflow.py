"""The window around the text: documents, done and next, find, shortcuts sheet, zoom,
annotators (asked once, blind layers), settings, errors, default project, self-check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator import edits
from annotator.project import Project
from tests.ui.conftest import add_document
from ui import dialogs, shortcuts
from ui import settings as saved


def three_documents(path) -> list[str]:
    return [add_document(path, f"दस्तावेज़ {i}: कानपुर में पुलिस आयुक्त आए।", f"d{i}") for i in range(3)]


def test_next_previous_done_and_position(qtbot, project_path, make_window, annotator_uuid):
    docs = three_documents(project_path)
    window = make_window(project_path)
    assert window.document == docs[0]
    assert window.position_label.text().startswith("Document 1 of 3")
    window.actions_["next"].trigger()
    assert window.document == docs[1]
    window.actions_["previous"].trigger()
    assert window.document == docs[0]
    window.actions_["done"].trigger()  # Ctrl+Enter: done, then the next undone document
    assert window.document == docs[1]
    with Project.open(project_path) as p:
        assert p.status(docs[0], annotator_uuid) == "done"
    assert window.doc_model.index(0, 3).data() == "done"
    window.session.undo_stack.undo()
    with Project.open(project_path) as p:
        assert p.status(docs[0], annotator_uuid) == "new"
    assert [a.shortcut().toString() for a in [window.actions_["done"]]] == ["Ctrl+Return"]
    # the last document is remembered for this project
    window.close()
    again = make_window(project_path)
    assert again.document == docs[1]


def test_find_selects_hits_with_folding(qtbot, project_path, make_window):
    text = "सड़क पर सड़क और 12 बजे, फिर १२ बजे।"  # precomposed ड़ and ड + nukta; Devanagari digits
    add_document(project_path, text)
    window = make_window(project_path)
    window.actions_["find"].trigger()
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("सड़क")
    assert len(window.find_bar.hits) == 2
    assert window.view.selection() == window.find_bar.hits[0]
    window.find_bar.edit.setText("12")
    assert [text[a:b] for a, b in window.find_bar.hits] == ["12", "१२"]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.view.selection() == window.find_bar.hits[1]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    qtbot.keyClick(window.view, "n")  # the found text can be tagged at once
    assert [s.label for s in window.view.spans().values()] == ["QUANTITY"]


def test_shortcut_sheet_lists_every_key(qtbot, project_path, make_window):
    add_document(project_path, "कानपुर")
    window = make_window(project_path)
    window.actions_["shortcuts"].trigger()
    sheet = window._sheet
    keys = [sheet.table.item(i, 1).text() for i in range(sheet.table.rowCount())]
    for entity in window.session.project.scheme.entities:
        assert entity.key.upper() in keys
    listed = " ".join(keys)
    names = ("undo", "redo", "find", "done", "next", "previous", "zoom_in", "zoom_out", "zoom_reset", "arcs", "open", "quit", "shortcuts")
    for name in names + ("search_all", "romanised", "occurrences", "occurrences_project", "filter", "merge", "export", "review", "agreement"):
        text = window.actions_[name].shortcut().toString()  # the primary key of each action
        assert text in listed, (name, text)
    assert "| Entities |" in shortcuts.markdown(window.session.project.scheme)
    sheet.close()


def test_zoom_and_arcs_are_remembered(qtbot, project_path, make_window):
    add_document(project_path, "कानपुर में पुलिस")
    window = make_window(project_path)
    window.actions_["zoom_in"].trigger()
    assert window.view.zoom > 1.0 and saved.zoom() == window.view.zoom
    window.actions_["zoom_reset"].trigger()
    assert window.view.zoom == 1.0
    window.actions_["arcs"].trigger()
    assert not window.view.arcs_visible and not saved.arcs_visible()
    assert not window.side.arcs_box.isChecked()


def test_annotator_asked_once_and_layers_are_blind(qtbot, project_path, monkeypatch, errors):
    doc = add_document(project_path, "राम और सीता कानपुर गए।")
    with Project.open(project_path) as p:
        ravi = edits.ensure_annotator(p, "ravi")
        edits.add_span(p, document=doc, annotator=ravi, start=0, end=3, label="PERSON")
    asked = []
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda parent, existing, current="": asked.append(existing) or "asha")
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(project_path)
    assert asked == [["ravi"]] and saved.annotator_name() == "asha"
    assert window.view.spans() == {}  # ravi's span is not shown to asha
    assert "asha" in window.who_label.text()
    window.open_project(project_path)
    assert len(asked) == 1  # remembered
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda parent, existing, current="": "ravi")
    window.actions_["switch_annotator"].trigger()
    assert saved.annotator_name() == "ravi"
    assert [s.label for s in window.view.spans().values()] == ["PERSON"]
    assert window.session.undo_stack.count() == 0


def test_errors_are_one_sentence_dialogs(qtbot, tmp_path, make_window, errors):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, just words\n" * 20)
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_project(bad)
    assert len(errors) == 1 and "not a project file" in errors[0] and "Traceback" not in errors[0]
    assert dialogs.one_sentence("no such span") == "No such span."


def test_recent_projects_and_default_project(qtbot, project_path, make_window, tmp_path):
    add_document(project_path, "कानपुर")
    make_window(project_path)
    assert saved.recent_projects()[0] == str(Path(project_path).resolve())
    assert saved.last_project() == str(Path(project_path).resolve())
    from ui import app

    path = app.default_project()
    assert path.exists() and path.parent == Path(__import__("os").environ["ANNOTATOR_HOME"])
    with Project.open(path) as p:
        assert p.scheme.entity("PERSON") is not None


def test_self_check(qapp):
    from ui.selfcheck import self_check

    ok, reason = self_check()
    assert ok, reason
