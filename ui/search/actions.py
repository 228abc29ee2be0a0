"""The main window's search actions: the project-wide search panel, the document-list filter
by search, annotate-all-occurrences (the Suggestions panel), and the background worker they
share, with its indexing progress in the status bar.

Nothing here costs start-up time: the Search and Suggestions panels (and their modules) are
made when first wanted, and project-wide work runs on the worker thread, which starts with
the first search.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QProgressBar, QStatusBar, QWidget

from ui import dialogs
from ui.session import Session
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.document_list import DocumentList
    from ui.navigator import Navigator
    from ui.search.occurrences import OccurrenceReview
    from ui.search.panel import SearchPanel, SearchResult
    from ui.search.worker import SearchWorker
    from ui.text import TextView

FILTER_MIN_CHARS = 3  # shorter filters stay id / exact text only (the index needs trigrams)
FILTER_HIT_LIMIT = 50_000


def _filter_job(query: str):
    """A worker job: the documents with a hit of `query` (the core's search)."""

    def run(project) -> tuple[str, list[str]]:
        from annotator import search

        seen: dict[str, None] = {}
        for hit in search.search(project, query, limit=FILTER_HIT_LIMIT):
            seen[hit.document] = None
        return query, list(seen)

    return run


class SearchActions(QObject):
    """Search and occurrences for `main`, whose bottom docks hold the panels. Documents are
    opened through `navigator`; `set_session` moves everything to a new session (nothing
    carries over: the worker stops, the suggestions go, the search panel empties).
    `writing(True/False)` brackets the worker's writes to the project file (its index)."""

    writing = Signal(bool)

    def __init__(self, main: QMainWindow, *, view: TextView, doc_list: DocumentList, navigator: Navigator, status_bar: QStatusBar):
        super().__init__(main)
        self.main, self.view, self.doc_list, self.navigator, self.status_bar = main, view, doc_list, navigator, status_bar
        self.session: Session | None = None
        self.worker: SearchWorker | None = None
        self._waiting: dict[str, tuple[int, Callable[[Any], None]]] = {}
        self._dock_sized: dict[str, bool] = {}
        self._auto_hiding = self._auto_hidden = False  # the suggestions panel hid itself
        self._panel: SearchPanel | None = None
        self._review: OccurrenceReview | None = None
        self.search_dock: QDockWidget | None = None
        self.suggestion_dock: QDockWidget | None = None
        self.index_label: QLabel | None = None
        self.index_bar: QProgressBar | None = None
        doc_list.searchWanted.connect(self._filter_by_search)

    def set_session(self, session: Session) -> None:
        self.stop_worker()
        self.session = session
        if self._review is not None:
            self._review.set_session(session)
            self.suggestion_dock.hide()
        if self._panel is not None:
            self._panel.reset()

    # -- the panels, made when first wanted -----------------------------------------------

    def _bottom_dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        main = self.main
        # The side docks run the full height: a bottom panel never squeezes their lists.
        main.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        main.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        dock = QDockWidget(title, main)
        dock.setObjectName(name)
        dock.setWidget(widget)
        if not main.restoreDockWidget(dock):  # where the user left it last time, if anywhere
            main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            other = self.suggestion_dock if name == "search" else self.search_dock
            if other is not None and main.dockWidgetArea(other) == Qt.DockWidgetArea.BottomDockWidgetArea:
                main.tabifyDockWidget(other, dock)
        dock.hide()
        return dock

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from ui.search.panel import SearchPanel

            panel = SearchPanel()
            panel.searchRequested.connect(self._search_project)
            panel.hitActivated.connect(self.open_hit)
            self.search_dock = self._bottom_dock(translate("SearchActions", "Search all documents"), "search", panel)
            self._panel = panel
        return self._panel

    @property
    def review(self) -> OccurrenceReview:
        if self._review is None:
            from ui.search.occurrences import OccurrenceReview

            review = OccurrenceReview(
                self.view,
                self.status_bar,
                show_panel=lambda: self.show_dock(self.suggestion_dock),
                run_in_background=self.run_in_background,
                open_document=self.navigator.open_document,
                parent=self,
            )
            review.set_session(self.session)
            self.navigator.opened.connect(review.document_opened)
            self.suggestion_dock = self._bottom_dock("Suggestions", "suggestions", review.panel)
            # Closing the Suggestions panel ends the review: the undecided ones are dropped, unapplied.
            # (Hidden here because nothing is left to decide, they stay: an undo brings them back.)
            self.suggestion_dock.toggleViewAction().toggled.connect(lambda shown: None if shown or self._auto_hiding else review.clear())
            # Nothing left to decide: the panel goes (later, not inside the model's signal),
            # and comes back if an undo makes a suggestion undecided again.
            for signal in (review.model.dataChanged, review.model.modelReset):
                signal.connect(lambda *_: QTimer.singleShot(0, self._follow_pending))
            self._review = review
        return self._review

    def _follow_pending(self) -> None:
        dock, review = self.suggestion_dock, self._review
        if dock is None or review is None:
            return
        pending = bool(review.model.pending())
        if dock.isVisible() and not pending and review.model.items:
            self._auto_hiding = True
            try:
                dock.hide()
            finally:
                self._auto_hiding = False
            self._auto_hidden = True
        elif pending and self._auto_hidden and not dock.isVisible():
            self._auto_hidden = False
            self.show_dock(dock)
        if not review.model.items:
            self._auto_hidden = False

    def start_occurrences(self, scope: str) -> None:
        """Annotate all occurrences of the selected span ('document' or 'project' scope)."""
        self.review.start(scope)

    def toggle_panel(self, which: str) -> None:
        """View ▸ Search / Suggestions panel: show it (making it first if need be) or hide it."""
        if which == "search":
            self.panel  # noqa: B018  (made with its dock on first use)
            dock = self.search_dock
        else:
            self.review  # noqa: B018
            dock = self.suggestion_dock
        if dock.isVisible():
            dock.hide()
        else:
            self.show_dock(dock)

    def show_dock(self, dock: QDockWidget) -> None:
        """Show a bottom panel in front, a quarter of the window high the first time."""
        if not dock.isVisible():
            dock.show()
            if not self._dock_sized.get(dock.objectName()):
                self._dock_sized[dock.objectName()] = True
                # a quarter of the window, at most a third: the text and lists keep the rest
                height = min(max(160, self.main.height() // 4), self.main.height() // 3)
                self.main.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        dock.raise_()

    # -- the worker -----------------------------------------------------------------------

    def run_in_background(self, channel: str, job: Callable, on_done: Callable[[Any], None]) -> None:
        """Run `job(project)` on the worker thread; `on_done(result)` gets the result of the
        latest job of `channel` (earlier ones are dropped)."""
        if self.session is None:
            return
        if self.worker is None:
            from ui.search.worker import SearchWorker

            self.worker = SearchWorker(self.session.project.path, self)
            self.worker.done.connect(self._job_done)
            self.worker.failed.connect(self._job_failed)
            self.worker.progress.connect(self._index_progress)
            self.worker.writing.connect(self.writing)
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
            self.panel.show_failure(dialogs.one_sentence(message))
        elif channel == "filter":
            self.doc_list.set_searching(False)
            self.status_bar.showMessage(dialogs.one_sentence(message), 8000)
        else:
            dialogs.show_error(self.main, message)

    def _index_progress(self, done: int, total: int) -> None:
        busy = done < total
        if self.index_bar is None:
            if not busy:
                return
            self.index_label = QLabel("")
            self.index_label.setTextFormat(Qt.TextFormat.PlainText)
            self.index_bar = QProgressBar()
            self.index_bar.setMaximumWidth(160)
            self.status_bar.addWidget(self.index_label)
            self.status_bar.addWidget(self.index_bar)
        self.index_label.setVisible(busy)
        self.index_bar.setVisible(busy)
        if busy:
            self.index_label.setText(translate("SearchActions", "Indexing the project for search…"))
            self.index_bar.setRange(0, total)
            self.index_bar.setValue(done)
            self.panel.show_progress(done, total)

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker.deleteLater()
            self.worker = None
        self._waiting.clear()
        self._index_progress(1, 1)

    # -- project search -------------------------------------------------------------------

    def show_search_panel(self) -> None:
        panel = self.panel
        self.show_dock(self.search_dock)
        panel.focus_query()

    def _search_project(self, query: str) -> None:
        from ui.search.panel import search_job

        self.run_in_background("search", search_job(query), self._search_done)

    def _search_done(self, result: SearchResult) -> None:
        self.panel.show_result(result)

    def open_hit(self, document: str, start: int, end: int) -> None:
        """Open a search hit's document with the hit selected."""
        if document != self.navigator.document:
            self.navigator.open_document(document)
        if self.navigator.document == document:
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
