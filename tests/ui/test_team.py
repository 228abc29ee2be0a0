"""The lead's window items: File ▸ Merge (a package from another laptop), File ▸ Export
(writes, and never overwrites without confirmation), Review ▸ Assign (the queue comes first
in the document list, undoably), a project dropped on the window, Finder's file-open event,
the window icon and the self-check over a given project."""

from __future__ import annotations

import json
import shutil
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import assign, edits, package
from annotator.project import Project, resolve_scheme
from tests.ui.conftest import add_document
from ui.team import actions as team_actions
from ui.team import dialogs as team_dialogs


SAMPLE = "खबर 0: कानपुर में पुलिस आयुक्त आए।"
K = (SAMPLE.index("कानपुर"), SAMPLE.index("कानपुर") + len("कानपुर"))
D = (SAMPLE.index("पुलिस आयुक्त"), SAMPLE.index("पुलिस आयुक्त") + len("पुलिस आयुक्त"))


def docs(path, n: int = 4) -> list[str]:
    return [add_document(path, SAMPLE.replace("0", str(i)), f"d{i}") for i in range(n)]


def test_merge_a_package_with_progress_and_report(qtbot, project_path, make_window, tmp_path):
    ids = docs(project_path, 2)
    laptop = tmp_path / "ravi.db"
    shutil.copy(project_path, laptop)
    with Project.open(laptop) as p:
        ravi = edits.ensure_annotator(p, "ravi")
        edits.add_span(p, document=ids[1], annotator=ravi, start=K[0], end=K[1], label="LOCATION")
        package.write_package(p, tmp_path / "ravi.annpkg", annotator="ravi")
    window = make_window(project_path)
    dialog = window.team.merge_files([str(tmp_path / "ravi.annpkg")])
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=10000)
    assert dialog.error is None
    assert "rows added" in dialog.result.toPlainText() and dialog.result.isVisible()
    assert dialog.bar.value() == dialog.bar.maximum()
    qtbot.waitUntil(lambda: window.session.project.annotator("ravi") is not None)
    with Project.open(project_path) as p:
        assert [(s.start, s.end, s.label) for s in p.spans(ids[1], p.annotator("ravi").uuid)] == [(*K, "LOCATION")]
    # a file that is not a project is refused, nothing changes
    bad = tmp_path / "notes.db"
    bad.write_text("not a project\n" * 30)
    dialog = window.team.merge_files([str(bad)])
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert dialog.result.toPlainText().startswith("Nothing was merged")


def test_export_writes_and_asks_before_overwriting(qtbot, project_path, make_window, tmp_path, monkeypatch):
    ids = docs(project_path, 2)
    window = make_window(project_path)
    edits.add_span(window.session.project, document=ids[0], annotator=window.session.annotator, start=K[0], end=K[1], label="LOCATION")
    edits.ensure_annotator(window.session.project, "suggest:gazetteer", "import")  # a machine's proposals
    edits.ensure_annotator(window.session.project, "labelstudio:meena", "import")  # someone's imported work
    dialog = window.team.export_dialog()
    sources = [dialog.source_box.itemData(i) for i in range(dialog.source_box.count())]
    assert "labelstudio:meena" in sources and "suggest:gazetteer" not in sources
    dialog.source_box.setCurrentIndex(dialog.source_box.findData("asha"))
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("all"))
    assert dialog.format_box.currentData() == "jsonl" and dialog.out_edit.text().endswith("project-asha-jsonl.jsonl")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("labelstudio"))  # a JSON array, not JSON lines
    assert dialog.out_edit.text().endswith("project-asha-labelstudio.json")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    out = tmp_path / "asha.jsonl"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["d0", "d1"] and lines[0]["entities"][0]["text"] == "कानपुर"
    assert "Exported 2 documents" in dialog.message.text()
    # the file exists: No keeps it untouched, Yes replaces it
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    out.write_text("keep me\n", encoding="utf-8")
    dialog.report = None
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked and "already exists" in asked[0]
    assert out.read_text(encoding="utf-8") == "keep me\n" and dialog.job is not None and "Nothing was exported" in dialog.message.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert out.read_text(encoding="utf-8").startswith('{"id": "d0"')
    # Cancel: the job's flag reaches the core's `cancelled` hook; nothing is written
    class Cancelled(team_dialogs.ProjectJob):
        def cancelled(self) -> bool:  # as if Cancel was clicked before the first document
            return True

    monkeypatch.setattr(team_dialogs, "ProjectJob", Cancelled)
    dialog.report = None
    target = tmp_path / "cancelled.jsonl"
    dialog.out_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert "cancelled" in dialog.message.text() and not target.exists()
    assert not list(tmp_path.glob(".cancelled.jsonl*"))  # no temporary file left behind


def test_assign_puts_the_queue_first_and_undoes(qtbot, project_path, make_window, monkeypatch):
    ids = docs(project_path, 6)
    window = make_window(project_path)
    assert [window.doc_model.row(i).uuid for i in range(6)] == ids
    monkeypatch.setattr(team_actions, "ask_assignment", lambda parent, project: {"annotators": ["asha", "ravi"], "overlap": 0.34, "copies": 2, "seed": 7, "replace": False})
    window.actions_["assign"].trigger()
    p = window.session.project
    mine = [q.document.uuid for q in assign.queue(p, "asha")]
    assert 0 < len(mine) < 6
    shown = [window.doc_model.row(i).uuid for i in range(6)]
    assert shown == [d.uuid for d in assign.document_order(p, "asha")]
    assert shown[: len(mine)] == mine and window.doc_model.row(0).assigned
    # Ctrl+Enter goes to the next undone document in the list's (queue-first) order
    window.open_document(shown[0])
    window.actions_["done"].trigger()
    assert window.document == shown[1]
    window.session.undo_stack.undo()  # the status
    window.session.undo_stack.undo()  # the assignment
    assert assign.queue(p, "asha") == []
    assert [window.doc_model.row(i).uuid for i in range(6)] == ids


def _urls(*paths) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(x)) for x in paths])
    return data


def test_drop_a_project_and_finder_open(qtbot, project_path, make_window, tmp_path):
    docs(project_path, 1)
    other = tmp_path / "other.db"
    Project.create(other, resolve_scheme("hindi-news")).close()
    add_document(other, "लखनऊ में बैठक हुई।", "l1")
    window = make_window(project_path)
    assert window.acceptDrops()
    mime = _urls(tmp_path / "notes.txt")
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()  # not a project
    mime = _urls(other)
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.session.project.path == other and window.view.text.startswith("लखनऊ")
    # macOS Finder: a FileOpen event to the application opens the project in the window
    from ui.app import Application

    fake = SimpleNamespace(window=window, pending_open=None)
    assert Application.event(fake, QFileOpenEvent(str(project_path)))
    assert window.session.project.path == project_path
    early = SimpleNamespace(window=None, pending_open=None)
    Application.event(early, QFileOpenEvent(str(other)))
    assert early.pending_open == str(other)


def test_window_icon_and_self_check_of_a_project(qtbot, project_path, make_window):
    from ui import app
    from ui.selfcheck import self_check

    app.application()
    assert not QApplication.windowIcon().isNull()
    ids = docs(project_path, 2)
    with Project.open(project_path) as p:
        who = edits.ensure_annotator(p, "demo")
        a = edits.add_span(p, document=ids[0], annotator=who, start=K[0], end=K[1], label="LOCATION").spans[0][1]
        b = edits.add_span(p, document=ids[0], annotator=who, start=D[0], end=D[1], label="DESIGNATION").spans[0][1]
        edits.add_relation(p, head=b.uuid, tail=a.uuid, label="DESIGNATION_AT")
    ok, reason = self_check(project_path, annotator="demo")
    assert ok, reason
    assert "2 documents of project.db drawn as demo: 2 spans, 1 relations" in reason
    ok, reason = self_check(project_path, annotator="nobody")
    assert not ok and "no annotator 'nobody'" in reason


def test_self_check_waits_for_the_whole_layout_of_a_long_document(qtbot, project_path):
    """A document longer than a screen is laid out in the background; the check lays out
    the rest itself before it looks for the last span."""
    from ui.selfcheck import self_check

    text = "आज दिल्ली में दिन भर बादल छाए रहे और शाम को हल्की बारिश हुई।\n\n" * 600 + "अंत में कानपुर।"
    uuid = add_document(project_path, text, "long")
    start = text.rindex("कानपुर")
    with Project.open(project_path) as p:
        who = edits.ensure_annotator(p, "demo")
        edits.add_span(p, document=uuid, annotator=who, start=start, end=start + len("कानपुर"), label="LOCATION")
    ok, reason = self_check(project_path, annotator="demo")
    assert ok, reason
    assert "1 spans" in reason

def test_team_dialogs_format_the_merge_report():
    from annotator.merge_report import MergeReport, TableCounts

    report = MergeReport(sources=["a.db"], tables={"span": TableCounts(added=3, updated=1)})
    text = team_dialogs.format_merge_report(report)
    assert text.startswith("Merged 1 file(s): 3 rows added, 1 updated")
    report.warnings.append("3 rows of a.db are stamped up to 5100-01-01 00:00 UTC, ahead of this computer's clock; that laptop's clock is wrong")
    report.skipped.append("a.db: span 1234 in document d1: offset 100000 is past the end of the text (75)")
    text = team_dialogs.format_merge_report(report)
    assert "Warning: 3 rows of a.db are stamped up to 5100" in text
    assert "Left out: a.db: span 1234" in text


def test_closing_the_window_stops_a_running_export_first(qtbot, project_path, make_window, tmp_path, monkeypatch):
    import threading

    from annotator import exporter

    docs(project_path, 1)
    started, seen_cancel = threading.Event(), []

    def slow_export(project, out, *, cancelled=None, **_opts):  # an export that takes until it is cancelled
        started.set()
        for _ in range(500):
            if cancelled is not None and cancelled():
                seen_cancel.append(True)
                raise exporter.ExportCancelled("export cancelled; nothing was written")
            threading.Event().wait(0.01)
        raise AssertionError("the export was never cancelled")

    monkeypatch.setattr(exporter, "export", slow_export)
    window = make_window(project_path)
    dialog = window.team.export_dialog()
    dialog.out_edit.setText(str(tmp_path / "out.jsonl"))
    dialog.start()
    assert started.wait(5)
    job = dialog.job
    window.close()  # the thread must not outlive the window ("QThread destroyed while running")
    assert not job.isRunning() and seen_cancel == [True]
    assert not (tmp_path / "out.jsonl").exists()


def test_closing_the_window_waits_for_a_running_import(qtbot, project_path, make_window, tmp_path, monkeypatch):
    import threading

    from annotator import importer

    article = tmp_path / "news.txt"
    article.write_text("लखनऊ में बारिश हुई।\n", encoding="utf-8")
    started, finished = threading.Event(), []
    real = importer.import_paths

    def slow_import(project, sources, **kwargs):  # the user's import, still writing when the window closes
        started.set()
        threading.Event().wait(0.5)
        report = real(project, sources, **kwargs)
        finished.append(report)
        return report

    monkeypatch.setattr(importer, "import_paths", slow_import)
    window = make_window(project_path)
    dialog = window.projects.import_paths([str(article)])
    assert started.wait(5)
    window.close()
    assert not dialog.job.isRunning() and len(finished) == 1
    with Project.open(project_path) as p:
        assert "लखनऊ में बारिश हुई।\n" in [p.text(d.uuid) for d in p.documents()]
