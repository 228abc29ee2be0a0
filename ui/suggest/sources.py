"""The open document's suggestions from the team's sources (annotator.suggest): drawn dashed
in the text ('LABEL?') and listed in the Suggested panel, one toggle per source. Y accepts,
N rejects (remembered: never offered again for that document), Shift+Y accepts and Shift+N
rejects every one of the current label, Shift+← → and Alt+Shift+← → move the current one's end and start by a
word before it is accepted. Each decision is one undo step; an accepted suggestion becomes
the annotator's own span with provenance {"suggested": SOURCE}. Train runs in a background
process (ui/suggest/training.py) with a progress bar and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QMainWindow, QProgressBar, QPushButton, QStatusBar

from annotator.edits import Changes
from annotator.search import Suggestion
from annotator.suggest import layer
from annotator.project import GOLD
from annotator.suggest.proposal import SOURCES, source_of
from annotator.text import words
from ui import settings as saved
from ui.commands import EditCommand
from ui.search.suggestions import added_spans, Item, SuggestionModel, SuggestionPanel
from ui.session import Session
from ui.suggest.training import TrainingJob
from ui.text import Suggested, TextView
from ui.i18n import translate

# The stages `annotator suggest --progress-lines` reports, as the progress bar reads them.
STAGES = {
    "training": QT_TRANSLATE_NOOP("SourceSuggestions", "training {done}/{total}"),
    "suggesting": QT_TRANSLATE_NOOP("SourceSuggestions", "suggesting {done}/{total}"),
}

PREFIX = "!"  # keys of these suggestions in the view (annotate-all-occurrences uses '?')
NAMES = {"model": QT_TRANSLATE_NOOP("SourceSuggestions", "Model"), "gazetteer": QT_TRANSLATE_NOOP("SourceSuggestions", "Gazetteer"), "patterns": QT_TRANSLATE_NOOP("SourceSuggestions", "Patterns")}


class SourceModel(SuggestionModel):
    HEADERS = ("", QT_TRANSLATE_NOOP("Headers", "Source"), QT_TRANSLATE_NOOP("Headers", "Offsets"), QT_TRANSLATE_NOOP("Headers", "Text"), QT_TRANSLATE_NOOP("Headers", "Label"))


def enabled_sources() -> list[str]:
    value = saved.settings().value("suggest/sources", ",".join(SOURCES))
    chosen = value.split(",") if isinstance(value, str) else list(SOURCES)
    return [s for s in SOURCES if s in chosen]


class SourceSuggestions(QObject):
    """The Suggested panel (a bottom dock of `main`) and the view's '!' suggestions."""

    def __init__(self, main: QMainWindow, *, view: TextView, status_bar: QStatusBar, opened_signal, parent: QObject | None = None):
        super().__init__(parent or main)
        self.main, self.view, self.status_bar = main, view, status_bar
        self.session: Session | None = None
        self.document: str | None = None
        self.uuids: list[str] = []  # the stored suggestion of each row
        self.edges: dict[str, tuple[int, int]] = {}  # edited edges, by suggestion, until accepted
        self.model = SourceModel(self)
        self.panel = SuggestionPanel(self.model, edits_edges=True)
        p = self.panel
        p.acceptRequested.connect(self.accept)
        p.rejectRequested.connect(self.reject)
        p.acceptAllRequested.connect(self.accept_label)
        p.rejectAllRequested.connect(self.reject_label)
        p.currentChanged.connect(lambda _row: self._draw())
        p.edgeRequested.connect(self.move_edge)
        p.leaveRequested.connect(lambda: self.view.setFocus())
        view.suggestionClicked.connect(self._clicked)
        opened_signal.connect(self.document_opened)
        self.toggles: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        on = enabled_sources()
        for source in SOURCES:
            box = QCheckBox(translate("SourceSuggestions", NAMES[source]))
            box.setChecked(source in on)
            box.toggled.connect(self._sources_changed)
            row.addWidget(box)
            self.toggles[source] = box
        row.addStretch(1)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.hide()
        self.learn_from = QComboBox()  # the layer the model and gazetteer learn from
        self.learn_from.setToolTip(translate("SourceSuggestions", "The layer to learn from: gold (adjudicated and done documents) or one annotator's done documents"))
        self.train_button = QPushButton(translate("SourceSuggestions", "Train"))
        self.train_button.setAutoDefault(False)
        self.train_button.clicked.connect(self.train_or_cancel)
        row.addWidget(self.bar)
        row.addWidget(self.learn_from)
        row.addWidget(self.train_button)
        p.layout().insertLayout(1, row)
        p.buttons["accept_all"].setText(translate("SourceSuggestions", "Accept all of this label (Shift+Y)"))
        p.buttons["reject_all"].setText(translate("SourceSuggestions", "Reject all of this label (Shift+N)"))
        self._shown_once = False  # the panel shows itself for the first suggestions of a session
        self.job = TrainingJob(self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._trained)
        self.dock = QDockWidget(translate("SourceSuggestions", "Suggested"), main)
        self.dock.setObjectName("suggested")
        self.dock.setWidget(self.panel)
        main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

    # -- session and document ---------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            try:
                self.session.changed.disconnect(self.on_changed)
            except (RuntimeError, TypeError):
                pass
        self.job.cancel()
        self.session = session
        if session is not None:
            session.changed.connect(self.on_changed)
        self.document = None
        self._shown_once = False
        self.learn_from.clear()
        self.learn_from.addItem(translate("SourceSuggestions", "gold"), GOLD)
        for a in session.project.annotators(include_gold=False) if session else []:
            if not a.deleted and source_of(a.name) is None:
                self.learn_from.addItem(a.name, a.name)
        self.reload()

    def document_opened(self, document: str = "") -> None:
        self.document = document or None
        self.edges.clear()
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        """Read the document's pending suggestions of the enabled sources from the project."""
        s, doc = self.session, self.document
        pending = layer.pending(s.project, document=doc, annotator=s.annotator, sources=self.sources()) if s and doc else []
        text = s.project.text(doc) if pending else ""
        self.uuids = [p.uuid for p in pending]
        self.edges = {k: v for k, v in self.edges.items() if k in self.uuids}
        items = []
        for p in pending:
            start, end = self.edges.get(p.uuid, (p.start, p.end))
            items.append(Item(Suggestion(p.document, start, end, p.label, text[start:end]), translate("SourceSuggestions", NAMES[p.source])))
        self.model.set_items(items)
        if pending:
            self.panel.title.setText(translate("SourceSuggestions", "{count} suggestions in this document. Y accepts, N rejects, Shift+Y accepts all of that label, Shift+← → / Alt+Shift+← → move the end / start.").format(count=len(pending)))
            self.panel.set_current(min(keep if keep is not None else 0, len(items) - 1))
        else:
            self.panel.title.setText(translate("SourceSuggestions", "No suggestions for this document. Train (or run 'annotator suggest') to get some."))
        self._draw()

    def sources(self) -> list[str]:
        return [s for s in SOURCES if self.toggles[s].isChecked()]

    def _sources_changed(self) -> None:
        saved.settings().setValue("suggest/sources", ",".join(self.sources()))
        self.reload(self.panel.current())

    def on_changed(self, changes: Changes, _origin: str = "") -> None:
        """Any change to this document's spans (an acceptance, a rejection, their undo, a
        span drawn by hand over a suggestion) re-reads what is left to offer."""
        if changes.spans and changes.document == self.document:
            self.reload(self.panel.current())

    # -- deciding ---------------------------------------------------------------------------

    def _push(self, text: str, action: Callable[[], Changes]) -> bool:
        s = self.session
        return s is not None and s.push(EditCommand(s, text, action))

    def accept(self, row: int) -> None:
        if not 0 <= row < len(self.uuids):
            return
        s, uuid, sug = self.session, self.uuids[row], self.model.items[row].suggestion
        start, end = self.edges.get(uuid, (None, None))
        if self._push(translate("Commands", "Accept suggested {label}").format(label=sug.label), lambda: layer.accept(s.project, suggestion=uuid, annotator=s.annotator, start=start, end=end)):
            self.status_bar.showMessage(translate("OccurrenceReview", "Added {label}: {text}.").format(label=sug.label, text=sug.text), 4000)

    def reject(self, row: int) -> None:
        if 0 <= row < len(self.uuids):
            s, uuid, label = self.session, self.uuids[row], self.model.items[row].suggestion.label
            self._push(translate("Commands", "Reject suggested {label}").format(label=label), lambda: layer.reject(s.project, suggestion=uuid, annotator=s.annotator))

    def _of_label(self) -> tuple[str, list[str]]:
        """The current suggestion's label and every unedited suggestion with it."""
        row = self.panel.current()
        if not 0 <= row < len(self.uuids):
            return "", []
        label = self.model.items[row].suggestion.label
        return label, [u for u, item in zip(self.uuids, self.model.items) if item.suggestion.label == label and u not in self.edges]

    def accept_label(self) -> None:
        """Every suggestion with the current one's label, as they are: one undo step."""
        label, chosen = self._of_label()
        s = self.session
        if chosen and self._push(translate("Commands", "Accept {count} suggested {label}").format(count=len(chosen), label=label), lambda: layer.accept_many(s.project, suggestions=chosen, annotator=s.annotator)):
            self.status_bar.showMessage(added_spans(len(chosen), label), 6000)

    def reject_label(self) -> None:
        """Reject every suggestion with the current one's label: one undo step."""
        label, chosen = self._of_label()
        s = self.session
        if chosen and self._push(translate("Commands", "Reject {count} suggested {label}").format(count=len(chosen), label=label), lambda: layer.reject_many(s.project, suggestions=chosen, annotator=s.annotator)):
            self.status_bar.showMessage(translate("SourceSuggestions", "Rejected {count} suggested {label} spans (one undo step).").format(count=len(chosen), label=label), 6000)

    def move_edge(self, edge: str, step: int) -> None:
        """Move the current suggestion's start or end to the next or previous word edge."""
        row = self.panel.current()
        if not 0 <= row < len(self.uuids):
            return
        uuid, sug = self.uuids[row], self.model.items[row].suggestion
        text = self.view.text
        cuts = words(text)
        start, end = sug.start, sug.end
        if edge == "end":
            options = [e for _, e in cuts if (e > end if step > 0 else start < e < end)]
            end = (min(options) if step > 0 else max(options)) if options else end
        else:
            options = [s for s, _ in cuts if (start < s < end if step > 0 else s < start)]
            start = (min(options) if step > 0 else max(options)) if options else start
        self.edges[uuid] = (start, end)
        self.reload(row)

    # -- showing ----------------------------------------------------------------------------

    def _draw(self) -> None:
        view = self.view
        row = self.panel.current()
        current = f"{PREFIX}{row}" if 0 <= row < len(self.uuids) else None
        mine = [Suggested(f"{PREFIX}{i}", it.suggestion.start, it.suggestion.end, it.suggestion.label) for i, it in enumerate(self.model.items) if it.suggestion.document == view.document]
        others = [s for s in view.suggestions if not s.uuid.startswith(PREFIX)]
        if mine or len(others) != len(view.suggestions):
            view.set_suggestions(others + mine, current if mine else view.state.current_suggestion)
        if mine and not self._shown_once:
            self._shown_once = True
            self.dock.show()

    def toggle_panel(self) -> None:
        self.dock.setVisible(not self.dock.isVisible())

    def _clicked(self, key: str) -> None:
        if key.startswith(PREFIX):
            self.dock.show()
            self.panel.set_current(int(key[len(PREFIX) :]))
            self.panel.table.setFocus()

    # -- training ---------------------------------------------------------------------------

    def train_or_cancel(self) -> None:
        if self.job.running:
            self.job.cancel()
            return
        if self.session is None:
            return
        self.bar.setRange(0, 0)
        self.bar.show()
        self.train_button.setText(translate("SourceSuggestions", "Cancel training"))
        self.status_bar.showMessage(translate("SourceSuggestions", "Training on {layer} in the background…").format(layer=self.learn_from.currentText()), 0)
        self.job.start(str(self.session.project.path), source=self.learn_from.currentData() or GOLD)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(translate("SourceSuggestions", STAGES.get(stage, "{stage} {done}/{total}")).format(stage=stage, done=done, total=total))

    def _trained(self, ok: bool, message: str) -> None:
        self.bar.hide()
        self.train_button.setText(translate("SourceSuggestions", "Train"))
        self.status_bar.showMessage(message, 10000)
        if ok:
            self.reload()
