"""The work clock: active time on the open document is recorded as sittings (annotator.worktime),
pauses longer than IDLE_SECONDS left out, written while it grows and when the document changes
or the window closes; nothing is recorded on a read-only project."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator import worktime
from annotator.project import Project
from tests.ui.conftest import add_document


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _clock(window, monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(window.work_clock, "clock", fake)
    window.work_clock.last = fake()
    return fake


def test_active_time_is_recorded_and_long_pauses_are_not(qtbot, project_path, make_window, monkeypatch):
    a = add_document(project_path, "कानपुर में पुलिस आयुक्त आए।", "a")
    b = add_document(project_path, "लखनऊ में बारिश हुई।", "b")
    window = make_window(project_path)
    window.open_document(a)
    fake = _clock(window, monkeypatch)
    for step in (20, 30, 400, 10):  # the 400 s pause is not work
        fake.t += step
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    window.work_clock.flush()
    with Project.open(project_path) as p:
        [sitting] = worktime.sittings(p, document=a)
        assert sitting.seconds == 60 and sitting.annotator == window.session.annotator
    fake.t += 5
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton)
    window.open_document(b)  # the first sitting is written as it stands, a new one begins
    fake.t += 7
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    window.close()
    with Project.open(project_path) as p:
        assert [s.seconds for s in worktime.sittings(p, document=a)] == [65]
        assert [s.seconds for s in worktime.sittings(p, document=b)] == [7]


def test_reopening_the_same_document_keeps_the_sitting(qtbot, project_path, make_window, monkeypatch):
    a = add_document(project_path, "कानपुर में पुलिस आयुक्त आए।", "a")
    window = make_window(project_path)
    window.open_document(a)
    first = window.work_clock.sitting
    window.open_document(a)
    assert window.work_clock.sitting is first


def test_nothing_is_recorded_on_a_read_only_project(qtbot):
    from types import SimpleNamespace

    from ui.work_clock import WorkClock

    clock = WorkClock()
    clock.session = SimpleNamespace(project=SimpleNamespace(read_only=True), annotator="asha-uuid")
    clock.begin("doc-uuid")
    assert clock.sitting is None and not clock.timer.isActive()
    clock.session = SimpleNamespace(project=SimpleNamespace(read_only=False), annotator="asha-uuid")
    clock.begin("doc-uuid")
    assert clock.sitting is not None and clock.sitting.annotator == "asha-uuid" and clock.timer.isActive()
    clock.timer.stop()
