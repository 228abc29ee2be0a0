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


def _text_widths(table) -> list[int]:
    """Per column, the widest text it shows (header included), in pixels of its own fonts."""
    header, cells = table.horizontalHeader(), table.fontMetrics()
    widths = []
    for c in range(table.columnCount()):
        texts = [table.item(r, c).text() for r in range(table.rowCount())]
        widths.append(max([header.fontMetrics().horizontalAdvance(table.horizontalHeaderItem(c).text())] + [cells.horizontalAdvance(t) for t in texts]))
    return widths


def _check_columns_fit(table) -> None:
    """Every column holds its widest text, no column but the first (the names) is much wider
    than that, and the first takes what room the view has left."""
    header = table.horizontalHeader()
    sizes = [header.sectionSize(c) for c in range(table.columnCount())]
    texts = _text_widths(table)
    slack = 3 * table.fontMetrics().height()  # a cell's margins and the header's padding
    for c, (size, text) in enumerate(zip(sizes, texts)):
        assert size >= text, f"column {c} cuts its text: {size} < {text}"
        if c:
            assert size <= text + slack, f"column {c} is {size} px for {text} px of text"
    room = table.viewport().width()
    if room > sum(sizes[1:]) + texts[0] + slack:
        assert sum(sizes) == room, "the name column takes the spare width"
        assert sizes[0] > texts[0] + slack


def test_progress_columns_size_to_their_content(qtbot, make_window, tmp_path):
    window = make_window(three_laptops(tmp_path))
    dialog = window.team.show_progress()
    qtbot.waitExposed(dialog)
    dialog.resize(1100, 640)
    qtbot.waitUntil(lambda: dialog.people.viewport().width() > 900)
    _check_columns_fit(dialog.people)
    for table in (dialog.pairs, dialog.labels):
        dialog.tabs.setCurrentWidget(table)
        qtbot.waitExposed(table)
        _check_columns_fit(table)
    # Too narrow for every column: none is squeezed below its text, the table scrolls instead.
    dialog.resize(320, 640)
    qtbot.waitUntil(lambda: dialog.people.viewport().width() < 320)
    _check_columns_fit(dialog.people)
    assert dialog.people.horizontalScrollBar().maximum() > 0
