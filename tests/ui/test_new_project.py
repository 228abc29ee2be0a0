"""Starting without the command line: File ▸ New project, File ▸ Import (and dropping article
files on the window) through the importer the command line uses, then annotating by keyboard
and exporting; a bad file is one line naming it and changes nothing."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from annotator import store
from annotator.project import Project, resolve_scheme
from annotator.resources import resource_path
from ui import settings as saved

ARTICLE = "कानपुर में पुलिस आयुक्त ने बैठक की।\nलखनऊ से अधिकारी आए।\n"
K, M = Qt.Key, Qt.KeyboardModifier


def empty_window(qtbot):
    from ui.main_window import MainWindow

    saved.set_annotator_name("asha")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_project(qtbot, window, path, scheme="hindi-news"):
    window.actions_["new_project"].trigger()
    dialog = window.projects.new_dialog
    dialog.path_edit.setText(str(path))
    if scheme.endswith(".toml"):
        dialog.set_scheme_file(scheme)  # what "Another scheme file (.toml)…" sets after its chooser
    else:
        dialog.scheme_box.setCurrentIndex(dialog.scheme_box.findText(scheme))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def wait_import(qtbot, window):
    dialog = window.projects.import_dialog
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=15000)
    return dialog


def documents(path) -> int:
    with Project.open(path) as project:
        return len(project.documents())


def test_new_project_import_annotate_export(qtbot, tmp_path, monkeypatch, errors):
    window = empty_window(qtbot)
    assert window.session is None
    target = tmp_path / "mine.db"
    target.write_bytes(b"")  # a name in use is refused in the dialog, which stays open
    dialog = new_project(qtbot, window, target)
    assert dialog.isVisible() and "exists already" in dialog.message.text() and window.session is None
    target.unlink()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.project.path == target
    assert [e.name for e in window.session.project.scheme.entities][:3] == ["PERSON", "ORGANIZATION", "LOCATION"]
    # File ▸ Import files…: the file chooser is the only thing stubbed
    article = tmp_path / "kanpur.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(article)], ""))
    window.actions_["import"].trigger()
    report = wait_import(qtbot, window)
    assert report.error is None and report.report.documents_added == 1
    assert report.result.toPlainText().startswith("imported 1 documents (0 duplicates not added), 0 spans, 0 relations")
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.doc_model.rowCount() == 1
    # annotate by keyboard: the first word, tagged LOCATION with its key
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, K.Key_Home, M.ControlModifier)
    for _ in range(4):  # का न पु र
        qtbot.keyClick(view, K.Key_Right, M.ShiftModifier)
    assert view.selection() == (0, len("कानपुर"))
    qtbot.keyClick(view, "l")
    with Project.open(target) as project:
        spans = project.spans(window.document, store.annotator_uuid("asha"))
        assert [(s.start, s.end, s.label) for s in spans] == [(0, 6, "LOCATION")]
    # File ▸ Export…: asha's layer as JSONL
    export = window.team.export_dialog()
    export.source_box.setCurrentIndex(export.source_box.findData("asha"))
    export.status_box.setCurrentIndex(export.status_box.findData("all"))
    out = tmp_path / "out.jsonl"
    export.out_edit.setText(str(out))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.report is not None, timeout=15000)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["text"] == ARTICLE and [(e["text"], e["label"]) for e in rows[0]["entities"]] == [("कानपुर", "LOCATION")]
    assert not errors


def test_bad_import_is_one_line_naming_the_file_and_changes_nothing(qtbot, tmp_path, errors):
    window = empty_window(qtbot)
    target = tmp_path / "p.db"
    new_project(qtbot, window, target)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.jsonl"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_text('{"id": "a", "text": "ठीक है"}\n{"id": "b", "text": \n', encoding="utf-8")
    window.projects.import_paths([str(good), str(bad)])
    dialog = wait_import(qtbot, window)
    assert dialog.report is None and dialog.error is not None
    assert "\n" not in dialog.error and str(bad) in dialog.error and ":2" in dialog.error
    assert dialog.result.toPlainText().startswith("Nothing was imported: ")
    assert documents(target) == 0 and window.doc_model.rowCount() == 0
    # the Close button works once the job is over
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not dialog.isVisible()


def drop(window, paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(event)
    accepted = event.isAccepted()
    window.dropEvent(event)
    return accepted


def test_dropped_article_files_are_imported(qtbot, tmp_path, errors):
    window = empty_window(qtbot)
    target = tmp_path / "p.db"
    scheme_file = tmp_path / "my-scheme.toml"
    scheme_file.write_bytes(resource_path("schemes", "hiner.toml").read_bytes())
    new_project(qtbot, window, target, str(scheme_file))
    assert window.session.project.scheme.name == resolve_scheme("hiner").name
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text("दिल्ली में बारिश हुई।\n", encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": "पटना में मेला लगा।"}, ensure_ascii=False) + "\n", encoding="utf-8")
    other = tmp_path / "picture.png"
    other.write_bytes(b"\x89PNG")
    assert not drop(window, [other]) and window.projects.import_dialog is None  # not an article: refused
    assert drop(window, [folder, lines])
    dialog = wait_import(qtbot, window)
    assert dialog.error is None and dialog.report.documents_added == 3
    qtbot.waitUntil(lambda: window.doc_model.rowCount() == 3)
    assert documents(target) == 3 and not errors
