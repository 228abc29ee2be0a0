"""The window where laptops meet: the .db alone holds what the window saved, another
program's changes show up, Send my work writes one file, read-only files cannot be edited."""

from __future__ import annotations

import shutil
import sqlite3

from annotator import edits, store
from annotator.project import Project
from tests.ui.conftest import add_document

TEXT = "अजय मिश्रा कानपुर में दारोगा हैं। मिश्रा ने कहा कि जाँच होगी। " * 5


def _live_spans(path) -> int:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM span WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


def _tag_words(window, n: int) -> None:
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("मिश्रा", i)][:n]
    for start in starts:
        window.view.set_text_selection(start, start + len("मिश्रा"))
        window.tag("PERSON")


def test_copied_db_holds_every_edit_of_an_open_window(qtbot, project_path, make_window, tmp_path):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    _tag_words(window, 8)
    assert window.session.project.spans(window.document, window.session.annotator).__len__() == 8
    copy = tmp_path / "usb.db"
    shutil.copy(project_path, copy)  # the .db alone, window still open
    assert _live_spans(copy) == 8


def test_changes_from_another_program_are_shown(qtbot, project_path, make_window):
    doc = add_document(project_path, TEXT)
    window = make_window(project_path)
    assert window.span_model.rowCount() == 0
    with Project.open(project_path) as other:  # the command line, or a second window
        who = edits.ensure_annotator(other, "asha")
        edits.add_span(other, document=doc, annotator=who, start=0, end=3, label="PERSON")
    window.file_watch.poll()
    assert window.span_model.rowCount() == 1
    assert window.document == doc


def test_send_my_work_writes_one_self_contained_file(qtbot, project_path, make_window, tmp_path):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    _tag_words(window, 3)
    out = tmp_path / "for-lead.db"
    assert window.team.send_work(str(out)) == str(out)
    assert _live_spans(out) == 3
    assert not (tmp_path / "for-lead.db-wal").exists()
    assert "Send this one file" in window.statusBar().currentMessage()


def test_read_only_project_opens_for_reading_and_refuses_edits(qtbot, project_path, make_window, monkeypatch, errors):
    add_document(project_path, TEXT)
    before = project_path.read_bytes()
    monkeypatch.setattr(store, "writable", lambda path: False)
    window = make_window(project_path)
    assert "(read-only)" in window.windowTitle()
    assert "read-only: changes cannot be saved" in window.statusBar().currentMessage()
    _tag_words(window, 2)
    assert errors == [], "no dialog for each key: the status bar says it"
    assert window.statusBar().currentMessage() == "project.db is read-only: changes cannot be saved"
    assert window.session.undo_stack.count() == 0
    assert window.session.project.spans(window.document) == []
    assert project_path.read_bytes() == before
