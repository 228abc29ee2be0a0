"""Review ▸ Team (Ctrl+Shift+T): the lead's view of a project merged from three laptops shows
the same figures as `annotator progress`, and its chart draws each day's documents done."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.progress import progress
from annotator.project import Project
from tests.data.team import three_laptops
from ui.team.progress_dialog import DonePerDayChart, day_range


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_team_window_shows_the_progress_report(qtbot, make_window, tmp_path):
    lead = three_laptops(tmp_path)
    window = make_window(lead)
    window.actions_["team"].trigger()
    dialog = window.team.progress_dialog
    qtbot.waitExposed(dialog)
    with Project.open(lead) as p:
        report = progress(p)
    rows = {row[0]: row[1:] for row in _cells(dialog.people)}
    for a in report["annotators"]:
        assert rows[a["name"]][:5] == [str(a["assigned"]), str(a["done"]), str(a["in_progress"]), str(a["spans"]), str(a["relations"])]
    assert rows["asha"][1:3] == ["1", "1"] and rows["ravi"][1] == "2"
    pairs = {row[0]: row for row in _cells(dialog.pairs)}
    assert pairs["asha vs ravi"][1] == "2" and pairs["asha vs ravi"][2] == "0.286"
    labels = {row[0]: row for row in _cells(dialog.labels)}
    assert labels["PERSON"][1] == "3"
    assert dialog.chart.names == ["asha", "ravi"] and sum(dialog.chart.total(d) for d in dialog.chart.days) == 3
    assert "asha: 1 documents done" in dialog.chart.accessibleDescription()


def test_chart_draws_a_bar_per_day_with_a_gap_for_quiet_days(qtbot):
    chart = DonePerDayChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data({"asha": {"2026-11-02": 4, "2026-11-05": 1}, "ravi": {"2026-11-02": 2}})
    assert chart.days == ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"]
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image, renderFlags=QWidget.RenderFlag.DrawChildren)  # no window background: white is empty
    plot = chart._plot()
    width = plot.width() / 4

    def ink(day_index: int, fraction: float) -> bool:
        """Anything drawn in that day's bar at `fraction` of the plot's height?"""
        x = int(plot.left() + (day_index + 0.5) * width)
        y = int(plot.bottom() - plot.height() * fraction)
        return image.pixelColor(x, y) != QColor("white")

    assert ink(0, 0.9), "six documents on the first day: the tallest bar"
    assert ink(3, 0.1) and not ink(3, 0.5), "one document on the last day"
    assert not ink(1, 0.1) and not ink(2, 0.1), "nothing done on the days between"
    assert chart.bar_at(plot.left() + 0.5 * width) == "2026-11-02"


def test_day_range_keeps_the_latest_days():
    per_day = {"asha": {"2026-01-01": 1, "2026-03-31": 2}}
    days = day_range(per_day, most=10)
    assert days[0] == "2026-03-22" and days[-1] == "2026-03-31" and len(days) == 10
    assert day_range({}) == []
    QApplication.processEvents()


def test_time_columns_show_the_recorded_time(qtbot, make_window, tmp_path):
    window = make_window(three_laptops(tmp_path))
    dialog = window.team.show_progress()
    rows = {row[0]: row for row in _cells(dialog.people)}
    assert rows["asha"][6:] == ["10:20", "7:00"] and rows["ravi"][6:] == ["15:00", "7:30"] and rows["meena"][6:] == ["0:00", "—"]
