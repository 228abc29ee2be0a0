"""The main window's transliteration and search side, as a mixin of MainWindow: the romanised
view and the selected span's romanisation, the project-wide search panel, the document-list
filter by search, annotate-all-occurrences, and the background worker they share.

Nothing here costs start-up time: `ui.romanised` imports `annotator.translit` on first use,
the Search and Suggestions panels (and their modules) are made when first wanted, and
project-wide work runs on the worker thread, which starts with the first search.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar, QWidget

from ui import dialogs
from ui import settings as saved
from ui.romanised import SCHEME_NAMES, SCHEMES, Romaniser, loaded

if TYPE_CHECKING:
    from ui.occurrences import OccurrenceReview
    from ui.search_panel import SearchPanel, SearchResult
    from ui.search_worker import SearchWorker

FILTER_MIN_CHARS = 3  # shorter filters stay id / exact text only (the index needs trigrams)
FILTER_HIT_LIMIT = 50_000
SCHEME_TITLES = dict(SCHEMES)


def _filter_job(query: str):
    """A worker job: the documents with a hit of `query` (the core's search)."""

    def run(project) -> tuple[str, list[str]]:
        from annotator import search

        seen: dict[str, None] = {}
        for hit in search.search(project, query, limit=FILTER_HIT_LIMIT):
            seen[hit.document] = None
        return query, list(seen)

    return run


class SearchMixin:
    """Needs the MainWindow attributes: session, document, view, doc_list, doc_model,
    span_model, side, actions_, statusBar(), _dock(), open_document()."""

    def _init_search(self) -> None:
        self.romaniser = Romaniser()
        self.romanised = saved.romanised()
        self.roman_scheme = saved.romanisation_scheme(SCHEME_NAMES)
        self.worker: SearchWorker | None = None
        self._waiting: dict[str, tuple[int, Callable[[Any], None]]] = {}
        self._stay = False
        self._pending_doc: str | None = None
        self._dock_sized: dict[str, bool] = {}
        self._search_panel: SearchPanel | None = None
        self._review: OccurrenceReview | None = None
        self.search_dock: QDockWidget | None = None
        self.suggestion_dock: QDockWidget | None = None
        self.index_label: QLabel | None = None
        self.index_bar: QProgressBar | None = None
        self.doc_list.searchWanted.connect(self._filter_by_search)
        self.doc_model.modelReset.connect(self._resync_document_row)
        self.view.describe_span = self.describe_span
        self.span_model.describe = self.describe_span

    # -- the panels, made when first wanted -----------------------------------------------

    def _bottom_dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        if not self.restoreDockWidget(dock):  # where the user left it last time, if anywhere
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            other = self.suggestion_dock if name == "search" else self.search_dock
            if other is not None and self.dockWidgetArea(other) == Qt.DockWidgetArea.BottomDockWidgetArea:
                self.tabifyDockWidget(other, dock)
        dock.hide()
        return dock

    @property
    def search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from ui.search_panel import SearchPanel

            panel = SearchPanel()
            panel.searchRequested.connect(self._search_project)
            panel.hitActivated.connect(self.open_hit)
            self.search_dock = self._bottom_dock("Search all documents", "search", panel)
            self._search_panel = panel
        return self._search_panel

    @property
    def review(self) -> OccurrenceReview:
        if self._review is None:
            from ui.occurrences import OccurrenceReview

            review = OccurrenceReview(self)
            self.suggestion_dock = self._bottom_dock("Suggestions", "suggestions", review.panel)
            # Closing the Suggestions panel ends the review: the undecided ones are dropped, unapplied.
            self.suggestion_dock.toggleViewAction().toggled.connect(lambda shown: None if shown else review.clear())
            self._review = review
        return self._review

    def start_occurrences(self, scope: str) -> None:
        """Annotate all occurrences of the selected span ('document' or 'project' scope)."""
        self.review.start(scope)

    def toggle_panel(self, which: str) -> None:
        """View ▸ Search / Suggestions panel: show it (making it first if need be) or hide it."""
        if which == "search":
            self.search_panel  # noqa: B018  (made with its dock on first use)
            dock = self.search_dock
        else:
            self.review  # noqa: B018
            dock = self.suggestion_dock
        if dock.isVisible():
            dock.hide()
        else:
            self.show_dock(dock)

    # -- the worker -----------------------------------------------------------------------

    def run_in_background(self, channel: str, job: Callable, on_done: Callable[[Any], None]) -> None:
        """Run `job(project)` on the worker thread; `on_done(result)` gets the result of the
        latest job of `channel` (earlier ones are dropped)."""
        if self.session is None:
            return
        if self.worker is None:
            from ui.search_worker import SearchWorker

            self.worker = SearchWorker(self.session.project.path, self)
            self.worker.done.connect(self._job_done)
            self.worker.failed.connect(self._job_failed)
            self.worker.progress.connect(self._index_progress)
        ticket = self.worker.submit(channel, job)
        self._waiting[channel] = (ticket, on_done)

    def _job_done(self, channel: str, ticket: int, result: Any) -> None:
        self._index_progress(1, 1)
        waiting = self._waiting.get(channel)
        if waiting is None or waiting[0] != ticket:
            return
        del self._waiting[channel]
        waiting[1](result)

    def _job_failed(self, channel: str, ticket: int, message: str) -> None:
        self._index_progress(1, 1)
        waiting = self._waiting.pop(channel, None)
        if waiting is None or waiting[0] != ticket:
            return
        if channel == "search":
            self.search_panel.show_failure(dialogs.one_sentence(message))
        elif channel == "filter":
            self.doc_list.set_searching(False)
            self.statusBar().showMessage(dialogs.one_sentence(message), 8000)
        else:
            dialogs.show_error(self, message)

    def _index_progress(self, done: int, total: int) -> None:
        busy = done < total
        if self.index_bar is None:
            if not busy:
                return
            self.index_label = QLabel("")
            self.index_label.setTextFormat(Qt.TextFormat.PlainText)
            self.index_bar = QProgressBar()
            self.index_bar.setMaximumWidth(160)
            self.statusBar().addWidget(self.index_label)
            self.statusBar().addWidget(self.index_bar)
        self.index_label.setVisible(busy)
        self.index_bar.setVisible(busy)
        if busy:
            self.index_label.setText("Indexing the project for search…")
            self.index_bar.setRange(0, total)
            self.index_bar.setValue(done)
            self.search_panel.show_progress(done, total)

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker.deleteLater()
            self.worker = None
        self._waiting.clear()
        self._index_progress(1, 1)

    def _search_session_changed(self) -> None:
        """A project was opened (or another annotator chosen): nothing carries over."""
        self.stop_worker()
        if self._review is not None:
            self._review.clear()
            self.suggestion_dock.hide()
        if self._search_panel is not None:
            self._search_panel.reset()

    # -- romanised view -------------------------------------------------------------------

    def set_romanised(self, on: bool) -> None:
        self.romanised = bool(on)
        saved.set_romanised(self.romanised)
        action = self.actions_.get("romanised")
        if action is not None and action.isChecked() != self.romanised:
            action.setChecked(self.romanised)
        self.apply_gloss()

    def set_roman_scheme(self, scheme: str) -> None:
        self.roman_scheme = scheme
        saved.set_romanisation_scheme(scheme)
        action = self.actions_.get(f"scheme_{scheme}")
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.apply_gloss()
        self._show_span_roman()

    def gloss_for(self, document: str, text: str) -> list[tuple[int, int, str]] | None:
        """The romanised segments to show under `text`, or None when the view is off. Right
        after start-up (transliteration not imported yet) it is None too, and `apply_gloss`
        follows once the window is up, so the first screen costs what it did."""
        if not self.romanised:
            return None
        if not loaded() and not self.romaniser.cached(document, self.roman_scheme):
            QTimer.singleShot(150, self.apply_gloss)
            return None
        return self.romaniser.segments(document, text, self.roman_scheme)

    def apply_gloss(self) -> None:
        if self.document is None or self.view.document != self.document:
            return
        gloss = self.romaniser.segments(self.document, self.view.text, self.roman_scheme) if self.romanised else None
        self.view.set_gloss(gloss)

    def describe_span(self, label: str, surface: str) -> str:
        """A span's tooltip: label, surface and its romanisation in the chosen scheme."""
        return f"{label}: {surface}\n{self.romaniser.surface(surface, self.roman_scheme)}  ({SCHEME_TITLES[self.roman_scheme]})"

    def _show_span_roman(self) -> None:
        span = self.view.selected_span()
        row = self.view.spans().get(span) if span else None
        if row is None:
            self.side.show_roman("")
            return
        surface = self.view.text[row.start : row.end]
        roman = self.romaniser.surface(surface, self.roman_scheme)
        self.side.show_roman(f"{row.label}: {roman}", f"{SCHEME_TITLES[self.roman_scheme]} romanisation of {surface}")

    # -- project search -------------------------------------------------------------------

    def show_search_panel(self) -> None:
        panel = self.search_panel
        self.show_dock(self.search_dock)
        panel.focus_query()

    def show_dock(self, dock) -> None:
        """Show a bottom panel in front, a quarter of the window high the first time."""
        if not dock.isVisible():
            dock.show()
            if not self._dock_sized.get(dock.objectName()):
                self._dock_sized[dock.objectName()] = True
                self.resizeDocks([dock], [max(160, self.height() // 4)], Qt.Orientation.Vertical)
        dock.raise_()

    def _search_project(self, query: str) -> None:
        from ui.search_panel import search_job

        self.run_in_background("search", search_job(query), self._search_done)

    def _search_done(self, result: SearchResult) -> None:
        self.search_panel.show_result(result)

    def open_hit(self, document: str, start: int, end: int) -> None:
        """Open a search hit's document with the hit selected."""
        if document != self.document:
            self.open_document(document)
        if self.document == document:
            self.view.set_text_selection(start, end, precise=True)
            self.view.setFocus()

    # -- document list filter -------------------------------------------------------------

    def _filter_by_search(self, query: str) -> None:
        if len(query) < FILTER_MIN_CHARS or self.session is None:
            if self.worker is not None:
                self.worker.cancel("filter")
            self._waiting.pop("filter", None)
            self.doc_list.set_searching(False)
            return
        self.doc_list.set_searching(True)
        self.run_in_background("filter", _filter_job(query), lambda result: self.doc_list.show_matches(*result))

    def _resync_document_row(self) -> None:
        """The list was filtered (or another project loaded): find the open document in it."""
        if self.document is None or self.session is None or not self._document_exists(self.document):
            return
        self.document_row = self.doc_model.row_of(self.document)
        self.doc_list.show_row(self.document_row)
        self._show_position()

    # -- documents changed elsewhere ------------------------------------------------------

    @contextlib.contextmanager
    def staying(self) -> Iterator[None]:
        """Changes made inside stay on this document (accept-all over the project)."""
        self._stay = True
        try:
            yield
        finally:
            self._stay = False

    def _changed_elsewhere(self, document: str) -> None:
        """A change landed in another document (undo or redo there): show that document once
        the command is over, so undoing a macro over many documents opens only the last."""
        if self._stay:
            return
        if self._pending_doc is None:
            QTimer.singleShot(0, self._open_pending)
        self._pending_doc = document

    def _changed_here(self) -> None:
        self._pending_doc = None

    def _open_pending(self) -> None:
        document, self._pending_doc = self._pending_doc, None
        if document and document != self.document and self.session is not None:
            self.open_document(document)
