"""Review ▸ Agreement computes in a background job: the dialog opens at once, a progress bar
counts the documents read while the window stays responsive, Cancel and closing stop the job
(no report, no error, no thread left), changing the choice starts again, and the figures are
the core's and the command line's."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QtMsgType, Qt

from annotator import edits
from annotator.agreement_report import project_agreement
from annotator.errors import AnnotatorError
from annotator.importer import import_paths
from annotator.project import Project
from ui.i18n import core_message
from ui.review import agreement_dialog

DOCS = 300


def seed_many(path, n: int = DOCS) -> None:
    """`n` short documents annotated by asha and ravi, who disagree on every third one."""
    for who in ("asha", "ravi"):
        file = path.parent / f"{who}.jsonl"
        with open(file, "w", encoding="utf-8") as f:
            for i in range(n):
                text = f"राम कानपुर से लखनऊ गए। खबर {i}"
                label = "ORGANIZATION" if who == "ravi" and i % 3 == 0 else "LOCATION"
                ents = [{"start": 0, "end": 3, "label": "PERSON"}, {"start": 4, "end": 10, "label": label}]
                f.write(json.dumps({"id": f"doc-{i:04d}", "text": text, "entities": ents}, ensure_ascii=False) + "\n")
        with Project.open(path) as project:
            import_paths(project, [file], as_annotator=who)


def slow_core(monkeypatch, per_call: float = 0.005) -> list[tuple[int, int]]:
    """The real report, each progress call a little slower, so a test sees the job mid-way;
    returns the progress calls the core made."""
    calls: list[tuple[int, int]] = []
    real = agreement_dialog.project_agreement

    def slowed(project, *, progress, **kw):
        def report(done: int, total: int) -> None:
            calls.append((done, total))
            time.sleep(per_call)
            progress(done, total)

        return real(project, progress=report, **kw)

    monkeypatch.setattr(agreement_dialog, "project_agreement", slowed)
    return calls


def open_dialog(window):
    window.actions_["agreement"].trigger()
    return window.team.agreement_dialog


def test_progress_advances_and_cancel_stops_the_job(qtbot, project_path, make_window, monkeypatch, errors):
    seed_many(project_path)
    calls = slow_core(monkeypatch)
    window = make_window(project_path, annotator="lead")
    dialog = open_dialog(window)
    assert dialog.isVisible() and dialog.report is None  # open at once, nothing computed yet
    assert dialog.summary.text().startswith("Computing…") and dialog.stop_button.isVisible()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 20)
    first = dialog.bar.value()
    assert dialog.bar.maximum() == DOCS
    qtbot.waitUntil(lambda: dialog.bar.value() > first)  # the GUI thread keeps drawing it
    assert dialog.running()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._jobs)  # the thread ended
    assert calls[-1][0] < DOCS  # stopped before the end
    assert dialog.report is None and dialog.pairs.rowCount() == 0 and dialog.docs.rowCount() == 0
    assert dialog.summary.text() == "Stopped before the end; press Compute to start again."
    assert not dialog.bar.isVisible() and not dialog.stop_button.isVisible()
    assert errors == []


def _mid_job(qtbot, project_path, make_window, monkeypatch):
    """A window, its agreement dialog with a slow report a tenth done, the job and the core's calls."""
    seed_many(project_path)
    calls = slow_core(monkeypatch)
    window = make_window(project_path, annotator="lead")
    dialog = open_dialog(window)
    qtbot.waitUntil(lambda: dialog.bar.value() >= 10)
    return window, dialog, dialog.job, calls


def test_closing_mid_job_leaves_no_thread_and_no_warning(qtbot, qtlog, project_path, make_window, monkeypatch):
    _, dialog, job, calls = _mid_job(qtbot, project_path, make_window, monkeypatch)
    dialog.close()
    assert job.isFinished() and not dialog.isVisible()
    assert calls[-1][0] < DOCS
    qtbot.wait(50)  # the job's last signals and its deletion are delivered
    assert dialog.report is None
    bad = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    # the offscreen platform's own notes (no size hints, no raise) are not ours
    assert not [r.message for r in qtlog.records if r.type in bad and not r.message.startswith("This plugin does not support")]


def test_closing_the_main_window_mid_job_cancels_it(qtbot, project_path, make_window, monkeypatch):
    """The window's close ends every job under it (ui.team.jobs.finish_jobs): the report,
    which writes nothing, is cancelled rather than waited for to the end."""
    window, _, job, calls = _mid_job(qtbot, project_path, make_window, monkeypatch)
    window.close()
    assert job.isFinished() and job.cancelled()
    assert calls[-1][0] < DOCS


def test_changing_the_choice_restarts_and_shows_only_the_new_report(qtbot, project_path, make_window, monkeypatch):
    seed_many(project_path)
    with Project.open(project_path) as p:
        docs = list(p.documents())[:40]
        for name in ("asha", "ravi"):
            for d in docs:
                edits.set_status(p, document=d.uuid, annotator=p.annotator(name).uuid, status="done")
        expected = project_agreement(p, done_only=True)
    calls = slow_core(monkeypatch)
    window = make_window(project_path, annotator="lead")
    dialog = open_dialog(window)
    qtbot.waitUntil(lambda: dialog.bar.value() >= 10)
    first = dialog.job
    dialog.done_only.setChecked(True)  # restarts: the first job is cancelled
    assert first.cancelled() and dialog.job is not first and dialog.report is None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report["documents"] == 40 and dialog.report["pairs"] == expected["pairs"]
    assert dialog.pairs.item(0, 1).text() == "40"
    assert sum(1 for done, _ in calls if done == DOCS) == 1  # only the second job read to the end
    qtbot.waitUntil(lambda: not dialog._jobs)
    dialog.close()


def test_figures_equal_the_command_line_and_errors_are_one_line(qtbot, project_path, make_window, capsys, monkeypatch):
    from annotator.cli import main

    seed_many(project_path, 30)
    assert main(["agreement", str(project_path), "--json", "--worst", "0"]) == 0
    cli = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(agreement_dialog, "WORST", 10)  # the documents tab lists the worst only
    window = make_window(project_path, annotator="lead")
    dialog = open_dialog(window)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report["pairs"] == cli["pairs"] and dialog.report["documents"] == cli["documents"] == 30
    assert [dialog.docs.item(i, 0).text() for i in range(dialog.docs.rowCount())] == [d["document"] for d in cli["per_document"][:10]]
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.docs)) == "Documents, the 10 worst of 30"
    pair = cli["pairs"][0]["spans_exact"]
    assert dialog.pairs.item(0, 2).text().endswith(f"({pair['matched_a']} matched; {pair['a']} vs {pair['b']})")
    # one annotator left: the core's one-line message, no figures
    with Project.open(project_path) as p:
        try:
            project_agreement(p, annotators=["asha"])
        except AnnotatorError as exc:
            message = core_message(exc)
    (ravi,) = dialog.who.findItems("ravi", Qt.MatchFlag.MatchExactly)
    ravi.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not dialog.running())
    qtbot.waitUntil(lambda: dialog.summary.text() == message, timeout=1000)
    assert "\n" not in message and dialog.report is None and dialog.pairs.rowCount() == 0
    dialog.close()
