"""Review ▸ Agreement: the agreement report of `agreement_report.project_agreement` as tables. Per
annotator pair the span F1 (exact and overlap), token kappa and relation F1, each beside its
counts; per label; Krippendorff's alpha for three or more; the label confusion table as a
coloured grid; span attributes' agreement and kappa per pair; and the documents worst first, where a double-click opens review."""

from __future__ import annotations

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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.agreement import NONE_LABEL
from annotator.errors import AnnotatorError
from annotator.project import Project
from annotator.agreement_report import MEASURES, default_annotators, project_agreement
from ui import settings as saved
from ui.models import plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _table(headers: list[str], tips: list[str] | None = None) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    for i, tip in enumerate(tips or []):
        if tip:
            t.horizontalHeaderItem(i).setToolTip(plain_tooltip(tip))
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
    return [
        f"{p['a']} vs {p['b']}",
        str(p["documents"]),
        f"{fmt(ex['f1'])}  ({ex['matched_a']} matched; {ex['a']} vs {ex['b']})",
        f"{fmt(ov['f1'])}  ({ov['matched_a']}/{ov['a']} and {ov['matched_b']}/{ov['b']} found)",
        f"{fmt(tk['kappa'])}  ({tk['tokens']} tokens)",
        f"{fmt(re_['f1'])}  ({re_['matched_a']} matched; {re_['a']} vs {re_['b']})",
        f"{fmt(rc['f1'])}  ({rc['matched_a']} matched; {rc['a']} vs {rc['b']})",
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
        self.setWindowTitle("Agreement")
        self.project = project
        self.report: dict | None = None
        self.who = QListWidget()
        self.who.setMaximumHeight(90)
        chosen = set(default_annotators(project))
        for a in project.annotators(include_gold=False):
            if a.deleted:
                continue
            item = QListWidgetItem(a.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.name in chosen else Qt.CheckState.Unchecked)
            self.who.addItem(item)
        self.done_only = QCheckBox("Only documents both marked done")
        again = QPushButton("Compute")
        again.clicked.connect(self.compute)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        side = QVBoxLayout()
        side.addWidget(self.done_only)
        side.addWidget(again)
        side.addStretch(1)
        top.addLayout(side)
        self.summary = _plain()
        self.alpha = _plain()
        self.pairs = _table(
            ["Pair", "Documents", "Span F1, exact", "Span F1, overlap", "Cohen's kappa, tokens (IOB2)", "Relation F1, exact", "Relation F1, given endpoints"],
            ["", "", MEASURES["span_f1_exact"], MEASURES["span_f1_overlap"], MEASURES["token_kappa"], MEASURES["relation_f1"], MEASURES["relation_f1_conditional"]],
        )
        self.pair_box = QComboBox()
        self.pair_box.currentIndexChanged.connect(self._show_pair)
        self.labels = _table(["Label", "F1 exact", "F1 overlap", "Spans A", "Spans B", "Matched exact"])
        self.confusion = QTableWidget()
        self.confusion.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusion_note = _plain(MEASURES["confusion"])
        self.docs = _table(["Document", "Span F1, exact", "Token kappa", "Matched / spans", "Annotators"], ["", MEASURES["per_document"], MEASURES["token_kappa"], "", ""])
        self.docs.cellDoubleClicked.connect(self._open_document)
        self.pairs.horizontalHeader().setStretchLastSection(False)
        self.labels.horizontalHeader().setStretchLastSection(False)
        self.tabs = QTabWidget()
        per_pair = QWidget()
        pp = QVBoxLayout(per_pair)
        pick = QHBoxLayout()
        pick.addWidget(_plain("Pair:"))
        pick.addWidget(self.pair_box, 1)
        pp.addLayout(pick)
        pp.addWidget(_plain("Per label"))
        pp.addWidget(self.labels, 1)
        pp.addWidget(self.confusion_note)
        pp.addWidget(self.confusion, 1)
        self.tabs.addTab(per_pair, "Per label and confusion")
        self.tabs.addTab(self.docs, "Documents, worst first")
        self.attributes = _table(["Attribute", "Agreement", "Cohen's kappa", "Spans agreed / compared"], ["", MEASURES["attributes"], MEASURES["attributes"], ""])
        self.tabs.addTab(self.attributes, "Span attributes")
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.alpha)
        box.addWidget(_plain("Per annotator pair (each figure with its counts; hover a heading for the measure):"))
        box.addWidget(self.pairs)
        box.addWidget(self.tabs, 1)
        saved.fit_to_screen(self, first_run=True, size=QSize(1100, 700))  # never larger than the screen

    def annotators(self) -> list[str]:
        return [self.who.item(i).text() for i in range(self.who.count()) if self.who.item(i).checkState() == Qt.CheckState.Checked]

    def compute(self) -> bool:
        try:
            self.report = project_agreement(self.project, annotators=self.annotators(), done_only=self.done_only.isChecked())
        except AnnotatorError as exc:
            self.report = None
            self.summary.setText(str(exc))
            for t in (self.pairs, self.labels, self.docs, self.attributes):
                t.setRowCount(0)
            return False
        self.show_report(self.report)
        return True

    def show_report(self, r: dict) -> None:
        self.summary.setText(f"{', '.join(r['annotators'])} on {r['documents']} documents ({r.get('basis', '')}). Tokens: {r.get('tokenizer', '')}.")
        a = r.get("alpha")
        self.alpha.setText(
            f"Krippendorff's alpha, nominal, over tokens (IOB2), {a['annotators']} annotators: {fmt(a['value'])}  ({a['values']} values in {a['units']} tokens)"
            if a
            else "Krippendorff's alpha: needs three or more annotators."
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
            self.pair_box.addItem(f"{p['a']} vs {p['b']}", i)
        self.pair_box.blockSignals(False)
        self._show_pair()
        docs = r["per_document"]
        self.docs.setRowCount(len(docs))
        for i, d in enumerate(docs):
            _set_row(self.docs, i, [d["document"], fmt(d["span_f1_exact"]), fmt(d["token_kappa"]), f"{d['matched_exact']} / {d['spans']}", ", ".join(d["annotators"])])
            self.docs.item(i, 0).setData(ID_ROLE, d["uuid"])
        self.docs.resizeColumnsToContents()

    def _show_pair(self) -> None:
        if not self.report or not self.report["pairs"]:
            return
        p = self.report["pairs"][max(self.pair_box.currentIndex(), 0)]
        self.labels.setHorizontalHeaderLabels(["Label", "F1 exact", "F1 overlap", f"Spans of {p['a']}", f"Spans of {p['b']}", "Matched exact"])
        self.labels.setRowCount(len(p["per_label"]))
        for i, (label, v) in enumerate(p["per_label"].items()):
            _set_row(self.labels, i, [label, fmt(v["f1_exact"]), fmt(v["f1_overlap"]), str(v["a"]), str(v["b"]), str(v["matched_exact"])])
        self.labels.resizeColumnsToContents()
        self.attributes.setRowCount(len(p["attributes"]))
        for i, (name, v) in enumerate(p["attributes"].items()):
            _set_row(self.attributes, i, [name, fmt(v["agreement"]), fmt(v["kappa"]), f"{v['agreed']} / {v['spans']}"])
        self.attributes.resizeColumnsToContents()
        self.confusion_note.setText(f"Label confusion: rows are what {p['a']} said, columns what {p['b']} said ({MEASURES['confusion']}).")
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
                item.setToolTip(plain_tooltip(f"{n} spans where {p['a']} said {x} and {p['b']} said {y}"))  # names are user text
                t.setItem(i, j, item)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _open_document(self, row: int, _col: int) -> None:
        item = self.docs.item(row, 0)
        if item is not None and self.report:
            annotators = self.report["per_document"][row]["annotators"]
            self.documentRequested.emit(item.data(ID_ROLE), list(annotators))
