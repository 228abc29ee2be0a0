"""Review ▸ Team: the lead's view of how the work goes, from `annotator.progress` (the same
figures as `annotator progress`): per annotator, agreement so far, spans per label, and a
chart of documents done per day per annotator, drawn with QPainter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from annotator.errors import AnnotatorError
from annotator.progress import clock, progress
from annotator.project import Project
from ui.accessible import name_controls
from ui.column_fit import ColumnFit
from ui.review.agreement_dialog import _plain, _set_row, _table, fmt
from ui.models import plain_tooltip
from ui.i18n import core_message, translate

# Told apart by more than hue: each annotator's bar also has its own fill pattern.
SERIES = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.Dense2Pattern,
)


def day_range(per_day: dict[str, dict[str, int]], *, most: int = 60) -> list[str]:
    """Every calendar day from the first with a document done to the last (at most `most`, the
    latest), so quiet days show as gaps rather than vanishing."""
    days = sorted({d for series in per_day.values() for d in series})
    if not days:
        return []
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    first = max(first, last - dt.timedelta(days=most - 1))
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


class DonePerDayChart(QWidget):
    """Stacked bars: one per day, one segment per annotator, a legend above. Hover a bar for
    its figures."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.per_day: dict[str, dict[str, int]] = {}
        self.days: list[str] = []
        self.names: list[str] = []
        self.setMinimumHeight(220)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("DonePerDayChart", "Documents done per day per annotator"))

    def set_data(self, per_day: dict[str, dict[str, int]]) -> None:
        self.per_day = per_day
        self.names = sorted(per_day)
        self.days = day_range(per_day)
        self.setAccessibleDescription(
            "; ".join(translate("DonePerDayChart", "{name}: {documents} documents done on {days} days").format(name=name, documents=sum(days.values()), days=len(days)) for name, days in sorted(per_day.items())) or translate("DonePerDayChart", "no document done yet")
        )
        self.update()

    def total(self, day: str) -> int:
        return sum(self.per_day[name].get(day, 0) for name in self.names)

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        return QRectF(fm.horizontalAdvance("0000") + 12, fm.height() * 2 + 8, max(self.width() - fm.horizontalAdvance("0000") - 24, 10), max(self.height() - fm.height() * 4 - 16, 10))

    def bar_at(self, x: float) -> str | None:
        """The day whose bar is under x, if any."""
        plot = self._plot()
        if not self.days or not plot.left() <= x < plot.right():
            return None
        return self.days[min(int((x - plot.left()) / (plot.width() / len(self.days))), len(self.days) - 1)]

    def mouseMoveEvent(self, event) -> None:
        day = self.bar_at(event.position().x())
        tip = f"{day}: " + ", ".join(f"{n} {self.per_day[n].get(day, 0)}" for n in self.names) if day else ""
        self.setToolTip(plain_tooltip(tip) if tip else "")
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.windowText().color()
        fm = self.fontMetrics()
        if not self.days:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("DonePerDayChart", "No document marked done yet."))
            return
        # Legend: a swatch with the pattern, then the name.
        x = 8.0
        for i, name in enumerate(self.names):
            swatch = QRectF(x, 6, fm.height(), fm.height())
            self._fill(p, swatch, i)
            p.setPen(text)
            p.drawText(QPointF(swatch.right() + 4, swatch.bottom() - fm.descent()), name)
            x = swatch.right() + 4 + fm.horizontalAdvance(name) + 16
        plot = self._plot()
        peak = max(max(self.total(d) for d in self.days), 1)
        step = max(1, -(-peak // 4))
        top_value = step * -(-peak // step)
        grid = QPen(QColor(text.red(), text.green(), text.blue(), 60))
        for tick in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * tick / top_value
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        width = plot.width() / len(self.days)
        for i, day in enumerate(self.days):
            y = plot.bottom()
            for k, name in enumerate(self.names):
                n = self.per_day[name].get(day, 0)
                if n:
                    h = plot.height() * n / top_value
                    self._fill(p, QRectF(plot.left() + i * width + width * 0.15, y - h, width * 0.7, h), k)
                    y -= h
        # Day labels: first, last, and as many between as fit.
        p.setPen(text)
        label_w = fm.horizontalAdvance("0000-00-00") + 12
        every = max(1, int(label_w // max(width, 1)) + 1)
        for i in range(0, len(self.days), every):
            p.drawText(QRectF(plot.left() + i * width - label_w / 2 + width / 2, plot.bottom() + 4, label_w, fm.height()), Qt.AlignmentFlag.AlignCenter, self.days[i][5:] if i else self.days[i])

    def _fill(self, p: QPainter, rect: QRectF, index: int) -> None:
        colour = QColor(SERIES[index % len(SERIES)])
        p.fillRect(rect, QColor(colour.red(), colour.green(), colour.blue(), 70))
        p.fillRect(rect, QBrush(colour, PATTERNS[index % len(PATTERNS)]))
        p.setPen(QPen(colour.darker(140), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)


class ProgressDialog(QDialog):
    """Review ▸ Team: recomputed each time it is shown (Refresh recomputes now)."""

    def __init__(self, parent: QWidget | None, project: Project):
        super().__init__(parent)
        self.setWindowTitle(translate("ProgressDialog", "Team progress"))
        self.project = project
        self.report: dict | None = None
        self.summary = _plain()
        self.people = _table(
            [QT_TRANSLATE_NOOP("Headers", "Annotator"), QT_TRANSLATE_NOOP("Headers", "Assigned"), QT_TRANSLATE_NOOP("Headers", "Done"), QT_TRANSLATE_NOOP("Headers", "In progress"), QT_TRANSLATE_NOOP("Headers", "Spans"), QT_TRANSLATE_NOOP("Headers", "Relations"), QT_TRANSLATE_NOOP("Headers", "Time"), QT_TRANSLATE_NOOP("Headers", "Time per document done")],
            ["", "", "", "", "", "", QT_TRANSLATE_NOOP("Headers", "Active time recorded by the window (pauses of more than three minutes left out)"), QT_TRANSLATE_NOOP("Headers", "Time spent on the documents marked done, over their number")],
        )
        self.people.setAccessibleName(translate("ProgressDialog", "Progress per annotator"))
        self.pairs = _table([QT_TRANSLATE_NOOP("Headers", "Pair"), QT_TRANSLATE_NOOP("Headers", "Documents both annotated"), QT_TRANSLATE_NOOP("Headers", "Span F1, exact"), QT_TRANSLATE_NOOP("Headers", "Span F1, overlap"), QT_TRANSLATE_NOOP("Headers", "Token kappa"), QT_TRANSLATE_NOOP("Headers", "Relation F1")])
        self.pairs.setAccessibleName(translate("ProgressDialog", "Agreement so far per annotator pair"))
        self.labels = _table([QT_TRANSLATE_NOOP("Headers", "Label"), QT_TRANSLATE_NOOP("Headers", "Total")])
        self.labels.setAccessibleName(translate("ProgressDialog", "Spans per label"))
        # Each column as wide as its figures; the spare width goes to the names, not to the last column.
        self.fits = [ColumnFit(t) for t in (self.people, self.pairs, self.labels)]
        self.chart = DonePerDayChart()
        refresh = QPushButton(translate("ProgressDialog", "Refresh"))
        refresh.clicked.connect(self.compute)
        tabs = QTabWidget()
        tabs.setAccessibleName(translate("ProgressDialog", "Progress views"))
        tabs.addTab(self.chart, translate("ProgressDialog", "Done per day"))
        tabs.addTab(self.pairs, translate("ProgressDialog", "Agreement so far"))
        tabs.addTab(self.labels, translate("ProgressDialog", "Spans per label"))
        self.tabs = tabs
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.people)
        box.addWidget(tabs, 1)
        box.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 640)
        name_controls(self)  # after every control is made

    def compute(self) -> bool:
        try:
            self.report = progress(self.project)
        except AnnotatorError as exc:
            self.report = None
            self.summary.setText(core_message(exc))
            return False
        self.show_report(self.report)
        return True

    def show_report(self, r: dict) -> None:
        self.summary.setText(
            (translate("ProgressDialog", "{documents} documents; assigned to annotators.") if r["assignments"] else translate("ProgressDialog", "{documents} documents; nothing assigned: every document is open to everyone.")).format(documents=r["documents"])
        )
        self.people.setRowCount(len(r["annotators"]))
        for i, a in enumerate(r["annotators"]):
            name = a["name"] + (" (gold)" if a["kind"] == "gold" else "")
            cells = [str(a[k]) for k in ("assigned", "done", "in_progress", "spans", "relations")]
            _set_row(self.people, i, [name, *cells, clock(a["active_seconds"]), clock(a["seconds_per_done_document"])])
        self.pairs.setRowCount(len(r["agreement"]))
        for i, p in enumerate(r["agreement"]):
            _set_row(self.pairs, i, [translate("AgreementDialog", "{a} vs {b}").format(a=p["a"], b=p["b"]), str(p["documents"]), fmt(p["span_f1_exact"]), fmt(p["span_f1_overlap"]), fmt(p["token_kappa"]), fmt(p["relation_f1"])])
        names = sorted({n for counts in r["labels"].values() for n in counts} - {"total"})
        self.labels.setColumnCount(2 + len(names))
        self.labels.setHorizontalHeaderLabels([translate("ProgressDialog", "Label"), translate("ProgressDialog", "Total"), *names])
        self.labels.setRowCount(len(r["labels"]))
        for i, (label, counts) in enumerate(r["labels"].items()):
            _set_row(self.labels, i, [label, str(counts["total"]), *(str(counts.get(n, 0)) for n in names)])
        for fit in self.fits:
            fit.fit()
        self.chart.set_data(r["done_per_day"])
