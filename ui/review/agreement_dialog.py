"""Review ▸ Agreement: the agreement report of `agreement_report.project_agreement` as tables. Per
annotator pair the span F1 (exact and overlap), token kappa and relation F1, each beside its
counts; per label; Krippendorff's alpha for three or more; the label confusion table as a
coloured grid; span attributes' agreement and kappa per pair; and the documents worst first, where a double-click opens review.

The report is computed by a `ProjectJob` on its own read-only connection to the project file,
so the dialog opens at once and the window stays responsive on a project of any size: a
progress bar counts the documents read, Cancel (or closing the dialog) stops the job, and
changing the annotators or "done only" starts it again (the old job is cancelled and its
result, if it still comes, ignored)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.agreement import NONE_LABEL
from annotator.project import Project
from annotator.agreement_report import MEASURES, default_annotators, project_agreement
from ui.accessible import name_controls
from ui import settings as saved
from ui.models import plain_tooltip
from ui.i18n import translate
from ui.review.measures import measure
from ui.team.jobs import ProjectJob, stop_if_cancelled

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The documents tab lists at most this many, worst first: filling a table is GUI-thread work
# (about 45 ms a thousand rows), and the figures count every document all the same.
WORST = 1000


def fmt(x: float | None) -> str:
    """A measure to three places, or "n/a" (in the window's language) when nothing was compared."""
    return translate("AgreementDialog", "n/a") if x is None else f"{x:.3f}"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _table(headers: list[str], tips: list[str] | None = None) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels([translate("Headers", h) for h in headers])  # marked with QT_TRANSLATE_NOOP where written
    for i, tip in enumerate(tips or []):
        if tip:
            t.horizontalHeaderItem(i).setToolTip(plain_tooltip(measure(translate("Headers", tip))))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _set_row(t: QTableWidget, row: int, values: list[str]) -> None:
    for col, v in enumerate(values):
        item = QTableWidgetItem(v)
        if col > 0:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        t.setItem(row, col, item)


def pair_cells(p: dict) -> list[str]:
    """One pair's row: every figure with the counts it was computed from."""
    ex, ov, tk, re_, rc = p["spans_exact"], p["spans_overlap"], p["tokens"], p["relations_exact"], p["relations_conditional"]
    matched = translate("AgreementDialog", "{f1}  ({matched} matched; {a} vs {b})")
    return [
        translate("AgreementDialog", "{a} vs {b}").format(a=p["a"], b=p["b"]),
        str(p["documents"]),
        matched.format(f1=fmt(ex["f1"]), matched=ex["matched_a"], a=ex["a"], b=ex["b"]),
        translate("AgreementDialog", "{f1}  ({found_a}/{a} and {found_b}/{b} found)").format(f1=fmt(ov["f1"]), found_a=ov["matched_a"], a=ov["a"], found_b=ov["matched_b"], b=ov["b"]),
        translate("AgreementDialog", "{kappa}  ({tokens} tokens)").format(kappa=fmt(tk["kappa"]), tokens=tk["tokens"]),
        matched.format(f1=fmt(re_["f1"]), matched=re_["matched_a"], a=re_["a"], b=re_["b"]),
        matched.format(f1=fmt(rc["f1"]), matched=rc["matched_a"], a=rc["a"], b=rc["b"]),
    ]


def confusion_colour(x: str, y: str, n: int, peak: int) -> QColor:
    """Agreement green, disagreement red, stronger with the count."""
    if n == 0:
        return QColor("white")
    strength = 60 + int(170 * n / max(peak, 1))
    return QColor(46, 125, 50, strength) if x == y else QColor(198, 40, 40, strength)


class AgreementDialog(QDialog):
    documentRequested = Signal(str, list)  # document uuid, the annotators compared

    def __init__(self, parent: QWidget | None, project: Project):
        super().__init__(parent)
        self.setWindowTitle(translate("AgreementDialog", "Agreement"))
        self.project = project
        self.report: dict | None = None
        self.job: ProjectJob | None = None  # the job whose report the dialog waits for
        self._jobs: list[ProjectJob] = []  # every job not finished yet, the cancelled ones too
        self.who = QListWidget()
        self.who.setAccessibleName(translate("AgreementDialog", "Annotators to compare"))
        self.who.setMaximumHeight(90)
        chosen = set(default_annotators(project))
        for a in project.annotators(include_gold=False):
            if a.deleted:
                continue
            item = QListWidgetItem(a.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.name in chosen else Qt.CheckState.Unchecked)
            self.who.addItem(item)
        self.done_only = QCheckBox(translate("AgreementDialog", "Only documents both marked done"))
        again = QPushButton(translate("AgreementDialog", "Compute"))
        again.clicked.connect(self.compute)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        side = QVBoxLayout()
        side.addWidget(self.done_only)
        side.addWidget(again)
        side.addStretch(1)
        top.addLayout(side)
        self.summary = _plain()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("AgreementDialog", "Documents read"))
        self.stop_button = QPushButton(translate("AgreementDialog", "Cancel"))
        self.stop_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.stop_button)
        self.bar.hide()
        self.stop_button.hide()
        self.alpha = _plain()
        self.pairs = _table(
            [QT_TRANSLATE_NOOP("Headers", "Pair"), QT_TRANSLATE_NOOP("Headers", "Documents"), QT_TRANSLATE_NOOP("Headers", "Span F1, exact"), QT_TRANSLATE_NOOP("Headers", "Span F1, overlap"), QT_TRANSLATE_NOOP("Headers", "Cohen's kappa, tokens (IOB2)"), QT_TRANSLATE_NOOP("Headers", "Relation F1, exact"), QT_TRANSLATE_NOOP("Headers", "Relation F1, given endpoints")],
            ["", "", MEASURES["span_f1_exact"], MEASURES["span_f1_overlap"], MEASURES["token_kappa"], MEASURES["relation_f1"], MEASURES["relation_f1_conditional"]],
        )
        self.pair_box = QComboBox()
        self.pair_box.setAccessibleName(translate("AgreementDialog", "Annotator pair"))
        self.pair_box.currentIndexChanged.connect(self._show_pair)
        self.labels = _table([QT_TRANSLATE_NOOP("Headers", "Label"), QT_TRANSLATE_NOOP("Headers", "F1 exact"), QT_TRANSLATE_NOOP("Headers", "F1 overlap"), QT_TRANSLATE_NOOP("Headers", "Spans A"), QT_TRANSLATE_NOOP("Headers", "Spans B"), QT_TRANSLATE_NOOP("Headers", "Matched exact")])
        self.confusion = QTableWidget()
        self.confusion.setAccessibleName(translate("AgreementDialog", "Label confusion"))
        self.confusion.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusion_note = _plain(measure(MEASURES["confusion"]))
        self.docs = _table([QT_TRANSLATE_NOOP("Headers", "Document"), QT_TRANSLATE_NOOP("Headers", "Span F1, exact"), QT_TRANSLATE_NOOP("Headers", "Token kappa"), QT_TRANSLATE_NOOP("Headers", "Matched / spans"), QT_TRANSLATE_NOOP("Headers", "Annotators")], ["", MEASURES["per_document"], MEASURES["token_kappa"], "", ""])
        self.pairs.setAccessibleName(translate("AgreementDialog", "Agreement per annotator pair"))
        self.labels.setAccessibleName(translate("AgreementDialog", "Agreement per label"))
        self.docs.setAccessibleName(translate("AgreementDialog", "Documents, worst first"))
        self.docs.cellDoubleClicked.connect(self._open_document)
        self.pairs.horizontalHeader().setStretchLastSection(False)
        self.labels.horizontalHeader().setStretchLastSection(False)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("AgreementDialog", "Agreement views"))
        per_pair = QWidget()
        pp = QVBoxLayout(per_pair)
        pick = QHBoxLayout()
        pick.addWidget(_plain(translate("AgreementDialog", "Pair:")))
        pick.addWidget(self.pair_box, 1)
        pp.addLayout(pick)
        pp.addWidget(_plain(translate("AgreementDialog", "Per label")))
        pp.addWidget(self.labels, 1)
        pp.addWidget(self.confusion_note)
        pp.addWidget(self.confusion, 1)
        self.tabs.addTab(per_pair, translate("AgreementDialog", "Per label and confusion"))
        self.tabs.addTab(self.docs, translate("AgreementDialog", "Documents, worst first"))
        self.attributes = _table(
            [QT_TRANSLATE_NOOP("Headers", "Attribute"), QT_TRANSLATE_NOOP("Headers", "Agreement"), QT_TRANSLATE_NOOP("Headers", "Cohen's kappa"), QT_TRANSLATE_NOOP("Headers", "Spans agreed / compared")],
            ["", MEASURES["attributes"], MEASURES["attributes"], ""],
        )
        self.tabs.addTab(self.attributes, translate("AgreementDialog", "Span attributes"))
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addLayout(running)
        box.addWidget(self.alpha)
        box.addWidget(_plain(translate("AgreementDialog", "Per annotator pair (each figure with its counts; hover a heading for the measure):")))
        box.addWidget(self.pairs)
        box.addWidget(self.tabs, 1)
        saved.fit_to_screen(self, first_run=True, size=QSize(1100, 700))  # never larger than the screen
        self.who.itemChanged.connect(self.compute)
        self.done_only.toggled.connect(self.compute)
        name_controls(self)  # after every control is made

    def annotators(self) -> list[str]:
        return [self.who.item(i).text() for i in range(self.who.count()) if self.who.item(i).checkState() == Qt.CheckState.Checked]

    # -- the job ------------------------------------------------------------------------------

    def compute(self) -> None:
        """Start computing the report for the chosen annotators (a job already running is
        cancelled); the tables fill when it is done."""
        self._cancel_current()
        self.report = None
        self._clear_tables()
        self.summary.setText(translate("AgreementDialog", "Computing…"))
        self.bar.setRange(0, 0)  # busy until the job reports a total
        self.bar.show()
        self.stop_button.show()
        names, done_only = self.annotators(), self.done_only.isChecked()

        def work(project: Project, progress, cancelled) -> dict:
            return project_agreement(project, annotators=names, done_only=done_only, worst=WORST, progress=stop_if_cancelled(progress, cancelled))

        job = self.job = ProjectJob(self.project.path, work, self, read_only=True)
        self._jobs.append(job)
        # Bound methods, so the slots run on the dialog's thread; each asks which job spoke.
        job.progress.connect(self._progress)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.stopped.connect(self._stopped)
        job.finished.connect(self._forget)
        job.start()

    def running(self) -> bool:
        return self.job is not None and self.job.isRunning()

    def cancel(self) -> None:
        """Stop the running job: no report, no error; Compute starts again."""
        if self.job is None:
            return
        self._cancel_current()
        self._idle(translate("AgreementDialog", "Stopped before the end; press Compute to start again."))

    def _cancel_current(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is self.job:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
            self.summary.setText(translate("AgreementDialog", "Computing… {done} of {total} documents read").format(done=done, total=total))

    def _done(self, report: dict) -> None:
        job = self.sender()
        if job is not self.job or job.cancelled():
            return
        self.job = None
        self._idle("")
        self.report = report
        self.show_report(report)

    def _failed(self, message: str) -> None:
        if self.sender() is self.job:
            self.job = None
            self._idle(message)

    def _stopped(self) -> None:
        if self.sender() is self.job:  # cancelled from elsewhere than the dialog
            self.job = None
            self._idle(translate("AgreementDialog", "Stopped before the end; press Compute to start again."))

    def _idle(self, text: str) -> None:
        self.bar.hide()
        self.stop_button.hide()
        self.summary.setText(text)

    def _forget(self) -> None:
        job = self.sender()
        if job in self._jobs:
            self._jobs.remove(job)
            job.deleteLater()

    def _clear_tables(self) -> None:
        self.alpha.setText("")
        self.pair_box.blockSignals(True)
        self.pair_box.clear()
        self.pair_box.blockSignals(False)
        for t in (self.pairs, self.labels, self.docs, self.attributes, self.confusion):
            t.setRowCount(0)

    def stop_jobs(self) -> None:
        """Cancel every job and wait for their threads to end (each stops within a hundred
        documents): a thread must not outlive the dialog that owns it."""
        self._cancel_current()
        for job in list(self._jobs):
            job.cancel()
            job.wait()

    def done(self, result: int) -> None:  # closing, Escape: the job stops with the dialog
        self.stop_jobs()
        if self.report is None:
            self._idle("")
        super().done(result)

    def show_report(self, r: dict) -> None:
        self.summary.setText(translate("AgreementDialog", "{annotators} on {documents} documents ({basis}). Tokens: {tokenizer}.").format(annotators=", ".join(r["annotators"]), documents=r["documents"], basis=measure(r.get("basis", "")), tokenizer=r.get("tokenizer", "")))
        a = r.get("alpha")
        self.alpha.setText(
            translate("AgreementDialog", "Krippendorff's alpha, nominal, over tokens (IOB2), {annotators} annotators: {value}  ({values} values in {units} tokens)").format(annotators=a["annotators"], value=fmt(a["value"]), values=a["values"], units=a["units"])
            if a
            else translate("AgreementDialog", "Krippendorff's alpha: needs three or more annotators.")
        )
        self.pairs.setRowCount(len(r["pairs"]))
        for i, p in enumerate(r["pairs"]):
            _set_row(self.pairs, i, pair_cells(p))
        self.pairs.resizeColumnsToContents()
        rows = sum(self.pairs.rowHeight(i) for i in range(min(len(r["pairs"]), 6)))
        self.pairs.setFixedHeight(self.pairs.horizontalHeader().height() + rows + 2 * self.pairs.frameWidth() + 2)
        self.pair_box.blockSignals(True)
        self.pair_box.clear()
        for i, p in enumerate(r["pairs"]):
            self.pair_box.addItem(translate("AgreementDialog", "{a} vs {b}").format(a=p["a"], b=p["b"]), i)
        self.pair_box.blockSignals(False)
        self._show_pair()
        docs = r["per_document"]
        shown = translate("AgreementDialog", "Documents, worst first")
        if len(docs) < r["documents"]:
            shown = translate("AgreementDialog", "Documents, the {shown} worst of {documents}").format(shown=len(docs), documents=r["documents"])
        self.tabs.setTabText(self.tabs.indexOf(self.docs), shown)
        self.docs.setRowCount(len(docs))
        for i, d in enumerate(docs):
            _set_row(self.docs, i, [d["document"], fmt(d["span_f1_exact"]), fmt(d["token_kappa"]), f"{d['matched_exact']} / {d['spans']}", ", ".join(d["annotators"])])
            self.docs.item(i, 0).setData(ID_ROLE, d["uuid"])
        self.docs.resizeColumnsToContents()

    def _show_pair(self) -> None:
        if not self.report or not self.report["pairs"]:
            return
        p = self.report["pairs"][max(self.pair_box.currentIndex(), 0)]
        self.labels.setHorizontalHeaderLabels([translate("AgreementDialog", "Label"), translate("AgreementDialog", "F1 exact"), translate("AgreementDialog", "F1 overlap"), translate("AgreementDialog", "Spans of {name}").format(name=p["a"]), translate("AgreementDialog", "Spans of {name}").format(name=p["b"]), translate("AgreementDialog", "Matched exact")])
        self.labels.setRowCount(len(p["per_label"]))
        for i, (label, v) in enumerate(p["per_label"].items()):
            _set_row(self.labels, i, [label, fmt(v["f1_exact"]), fmt(v["f1_overlap"]), str(v["a"]), str(v["b"]), str(v["matched_exact"])])
        self.labels.resizeColumnsToContents()
        self.attributes.setRowCount(len(p["attributes"]))
        for i, (name, v) in enumerate(p["attributes"].items()):
            _set_row(self.attributes, i, [name, fmt(v["agreement"]), fmt(v["kappa"]), f"{v['agreed']} / {v['spans']}"])
        self.attributes.resizeColumnsToContents()
        self.confusion_note.setText(translate("AgreementDialog", "Label confusion: rows are what {a} said, columns what {b} said ({measure}).").format(a=p["a"], b=p["b"], measure=measure(MEASURES["confusion"])))
        cells = {(x, y): n for x, y, n in p["confusion"]}
        order = [e.name for e in self.project.scheme.entities]
        used = {x for x, _ in cells} | {y for _, y in cells}
        names = [n for n in order if n in used] + sorted(used - set(order) - {NONE_LABEL}) + ([NONE_LABEL] if NONE_LABEL in used else [])
        peak = max(cells.values(), default=1)
        t = self.confusion
        t.clear()
        t.setRowCount(len(names))
        t.setColumnCount(len(names))
        t.setVerticalHeaderLabels([f"{p['a']}: {n}" for n in names])
        t.setHorizontalHeaderLabels([f"{p['b']}: {n}" for n in names])
        for i, x in enumerate(names):
            for j, y in enumerate(names):
                n = cells.get((x, y), 0)
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(confusion_colour(x, y, n, peak)))
                item.setToolTip(plain_tooltip(translate("AgreementDialog", "{count} spans where {a} said {x} and {b} said {y}").format(count=n, a=p["a"], x=x, b=p["b"], y=y)))  # names are user text
                t.setItem(i, j, item)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _open_document(self, row: int, _col: int) -> None:
        item = self.docs.item(row, 0)
        if item is not None and self.report:
            annotators = self.report["per_document"][row]["annotators"]
            self.documentRequested.emit(item.data(ID_ROLE), list(annotators))
