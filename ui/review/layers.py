"""The review window's rows of layers, all on the same text: one read-only row per compared
annotator (a `TextView` on their layer, its notes and unsure flags marked on the bars) over
the editable gold row, in a vertical splitter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.review.context import ContextStrip
from ui.review.focus import ScrollSync, centre
from ui.text import TextView

from annotator import attributes, notes
from annotator.disagreements import DocumentReview, RelationGroup, SpanGroup
from annotator.rows import NoteRow
from ui.notes.marks import marks
from ui.i18n import translate

if TYPE_CHECKING:
    from annotator.project import Project
    from annotator.scheme import Scheme


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and text are never rich text
    return label


class LayerRow(QWidget):
    """One layer of the document: a title and a text view on that layer."""

    def __init__(self, title: str, editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = plain_label(title)
        self.title.setStyleSheet("font-weight: bold; padding: 2px 4px; color: #1B1B1B;" + (" background: #FFF8E1;" if editable else " background: #ECEFF1;"))
        self.view = TextView()
        self.view.setAccessibleName(title)
        # Room for the disagreement's line with its arcs above and bars below, and a line of
        # context either side: about eight text lines.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 8)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.title)
        box.addWidget(self.view, 1)


class LayerStack(QSplitter):
    """`context` (the current disagreement in its sentences) first, `rows` (one per compared
    annotator, in order), and `gold_row` last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.rows: list[LayerRow] = []
        self.context = ContextStrip()
        self.context.hide()
        self.addWidget(self.context)
        self.setStretchFactor(0, 0)
        self.gold_row = LayerRow(translate("LayerStack", "Gold (the curator's layer) — edit here"), True)
        self.addWidget(self.gold_row)
        self.setChildrenCollapsible(False)  # a row dragged to nothing would hide a layer
        self.sync = ScrollSync(self)
        self.notes: dict[str, dict[str, NoteRow]] = {}  # each row's notes: name -> target -> note
        self.attributes: dict[str, dict[str, dict]] = {}  # each row's span attributes: name -> span -> values
        self.context.endClicked.connect(self.centre_on)

    def centre_on(self, start: int, end: int) -> None:
        """Centre every row on `text[start:end]` (a relation's end clicked in the strip)."""
        self.sync.paused = True
        try:
            for view in [*(r.view for r in self.rows), self.gold_row.view]:
                centre(view, [(start, end)])
        finally:
            self.sync.paused = False

    def set_annotators(self, count: int, scheme: Scheme, watcher: QObject, selected: Callable[[TextView], None]) -> None:
        """Make `count` annotator rows afresh; `watcher` filters their key presses and
        `selected(view)` follows a selection in one of them."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for _ in range(count):
            row = LayerRow("", False)
            row.view.set_scheme(scheme)
            row.view.installEventFilter(watcher)
            row.view.selectionChanged.connect(lambda v=row.view: selected(v))
            self.addWidget(row)
            self.rows.append(row)
        self.gold_row.view.set_scheme(scheme)
        self.addWidget(self.gold_row)  # moves it last
        self.sync.watch([r.view for r in self.rows] + [self.gold_row.view])

    def set_titles(self, titles: list[str]) -> None:
        for i, (row, title) in enumerate(zip(self.rows, titles)):
            row.title.setText(f"{i + 1} · {title}")
            row.view.setAccessibleName(translate("LayerStack", "Layer of {name}").format(name=title))

    def load(self, project: Project, document: str, text: str, names: list[str], gold: str) -> None:
        """Show `document` in every row: each annotator's layer, then gold."""
        self.context.show_group(None, None, text, names, str)
        self.notes, self.attributes = {}, {}
        for row, name in zip(self.rows, names):
            who = project.annotator(name)
            row.view.load(document, who.uuid, text, project.spans(document, who.uuid), project.relations(document, who.uuid))
            self.attributes[name] = attributes.layer_attributes(project, document, who.uuid)
            layer = self.notes[name] = notes.layer_notes(project, document, who.uuid)
            row.view.set_marks(marks({k: v for k, v in layer.items() if v.target_kind != "document"}))
        self.gold_row.view.load(document, gold, text, project.spans(document, gold), project.relations(document, gold))

    def show_group(self, group: SpanGroup | RelationGroup, review: DocumentReview, names: list[str], text: str = "", shown: Callable[[str], str] = str) -> bool:
        """Centre `group` (a disagreement of `review`) in every row, each of `names`'
        proposals selected in their row (quietly: no row's selection signal fires). False when
        a relation's two ends are too far apart to be seen together in some row."""
        self.context.show_group(group, review, text, names, shown, self.notes, self.attributes)
        if isinstance(group, SpanGroup):
            hits = [(group.start, group.end)]
        else:
            spans = {g.key: g for g in review.groups}
            hits = sorted((spans[k].start, spans[k].end) for k in group.groups if k in spans)
        for row, name in zip(self.rows, names):
            view = row.view
            view.blockSignals(True)
            if isinstance(group, SpanGroup):
                mine = [s for c in group.candidates if name in c.annotators for s in c.spans if s in view.spans()]
                view.select_span(mine[0] if mine else None)
            else:
                mine = [r for c in group.candidates if name in c.annotators for r in c.relations if r in view.relations()]
                view.select_relation(mine[0] if mine else None)
                if not mine:
                    view.select_span(None)
            view.blockSignals(False)
            view.set_find_hits(hits, 0)
        gv = self.gold_row.view
        gv.set_find_hits(hits, 0)
        self.sync.paused = True
        try:
            return all([centre(v, hits) for v in [*(r.view for r in self.rows), gv]])
        finally:
            self.sync.paused = False
