"""Annotate all occurrences: the selected span's surface form found again (the core's
`annotator.search.occurrences`, in this document or the whole project) and offered as
suggestions. Nothing is applied silently: each suggestion is drawn in the text (dashed, its
label with '?') and listed in the Suggestions panel, where the user accepts or rejects it
(Enter/Y, Backspace/N, stepping with ↑ ↓) or all of them at once (Shift+Y, Shift+N).

Each acceptance is one `AddSpan` undo command; "accept all" is one undo macro. A suggestion
reads as accepted while a span with its document, offsets and label exists in this layer,
so undoing an acceptance makes it a suggestion again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from annotator.edits import Changes
from annotator.search import Suggestion
from ui import commands
from ui.search.suggestions import added_spans, ACCEPTED, PENDING, REJECTED, Item, SuggestionModel, SuggestionPanel
from ui.session import Session
from ui.text import Suggested
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.text import TextView


class OccurrenceReview(QObject):
    """Runs one review at a time in `view`: asks the core for the occurrences, shows them,
    and turns accept/reject into undo commands through the session. `show_panel` brings the
    Suggestions panel to the front, `run_in_background(channel, job, on_done)` runs a
    project-wide search off the window's thread, `open_document(uuid)` shows a document."""

    def __init__(
        self,
        view: TextView,
        status_bar: QStatusBar,
        *,
        show_panel: Callable[[], None],
        run_in_background: Callable,
        open_document: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.view, self.status_bar = view, status_bar
        self.show_panel, self.run_in_background, self.open_document = show_panel, run_in_background, open_document
        self.session: Session | None = None
        self.model = SuggestionModel(self)
        self.panel = SuggestionPanel(self.model)
        p = self.panel
        p.acceptRequested.connect(self.accept)
        p.rejectRequested.connect(self.reject)
        p.acceptAllRequested.connect(self.accept_all)
        p.rejectAllRequested.connect(self.reject_all)
        p.currentChanged.connect(self._show)
        p.leaveRequested.connect(lambda: self.view.setFocus())
        view.suggestionClicked.connect(self._clicked)

    def set_session(self, session: Session | None) -> None:
        """Review in `session` from now on; the last session's suggestions are dropped."""
        if self.session is not None:
            try:
                self.session.changed.disconnect(self.on_changed)
            except (RuntimeError, TypeError):
                pass  # the old session is already gone
        self.session = session
        if session is not None:
            session.changed.connect(self.on_changed)
        self.clear()

    # -- starting -------------------------------------------------------------------------

    def start(self, scope: str) -> None:
        """Find the selected span's other occurrences (scope 'document' or 'project')."""
        s, view = self.session, self.view
        span = view.selected_span()
        if s is None or span is None:
            self.status_bar.showMessage(translate("OccurrenceReview", "Select a span first (click it or press Tab), then annotate all its occurrences."), 8000)
            return
        row = view.spans()[span]
        surface = view.text[row.start : row.end]
        where = translate("OccurrenceReview", "this document") if scope == "document" else translate("OccurrenceReview", "the whole project")
        self.model.set_items([])  # a new review replaces the last one
        self._refresh_view()
        self.panel.title.setText(translate("OccurrenceReview", "Looking for {text} ({label}) in {where}…").format(text=surface, label=row.label, where=where))
        self.show_panel()
        if scope == "document":
            from annotator import search

            ext_id = s.project.document(row.document).ext_id
            found = search.occurrences(s.project, span=span, scope="document")
            self.show([(sug, ext_id) for sug in found], surface, row.label, where)
        else:
            self.run_in_background("occurrences", _occurrences_job(span), lambda result: self.show(result, surface, row.label, where))

    def show(self, suggestions: list[tuple[Suggestion, str]], surface: str, label: str, where: str) -> None:
        """Offer (suggestion, document id) pairs, the first one in this document current."""
        items = [Item(sug, ext_id) for sug, ext_id in suggestions]
        self.model.set_items(items)
        if not items:
            self.panel.title.setText(translate("OccurrenceReview", "No other occurrence of {text} without a {label} span in {where}.").format(text=surface, label=label, where=where))
            self.status_bar.showMessage(translate("OccurrenceReview", "No other occurrence of {text} to annotate.").format(text=surface), 6000)
            self._refresh_view()
            return
        docs = len({i.suggestion.document for i in items})
        in_docs = translate("OccurrenceReview", " in {count} documents").format(count=docs) if docs > 1 else ""
        self.panel.title.setText(
            translate("OccurrenceReview", "{count} suggested {label} spans for {text} in {where}{in_docs}. Y or Enter accepts, N or Backspace rejects, Shift+Y accepts all (one undo step), ↑ ↓ step.").format(
                count=len(items), label=label, text=surface, where=where, in_docs=in_docs
            )
        )
        self.show_panel()
        first = next((i for i, item in enumerate(items) if item.suggestion.document == self.view.document), 0)
        self.panel.set_current(first)
        self._show(first)
        self.panel.table.setFocus()

    def clear(self) -> None:
        self.model.set_items([])
        self.panel.title.setText(translate("OccurrenceReview", "Select a span and choose Annotate ▸ Annotate all occurrences."))
        self._refresh_view()

    # -- deciding -------------------------------------------------------------------------

    def accept(self, row: int) -> None:
        if not 0 <= row < len(self.model.items) or self.model.items[row].state != PENDING:
            return
        s = self.session
        sug = self.model.items[row].suggestion
        if s.push(commands.AddSpan(s, document=sug.document, start=sug.start, end=sug.end, label=sug.label)):
            self.status_bar.showMessage(translate("OccurrenceReview", "Added {label}: {text}.").format(label=sug.label, text=sug.text), 4000)
        self._advance(row)

    def reject(self, row: int) -> None:
        if not 0 <= row < len(self.model.items) or self.model.items[row].state != PENDING:
            return
        self.model.set_state(row, REJECTED)
        self._advance(row)

    def accept_all(self) -> None:
        """Every pending suggestion as one undo step (a macro of AddSpan commands)."""
        rows = self.model.pending()
        s = self.session
        if not rows or s is None:
            return
        label = self.model.items[rows[0]].suggestion.label
        by_document: dict[str, list[tuple[int, int, str]]] = {}
        for row in rows:
            sug = self.model.items[row].suggestion
            by_document.setdefault(sug.document, []).append((sug.start, sug.end, sug.label))
        s.undo_stack.beginMacro(translate("Commands", "Accept {count} suggested {label} spans").format(count=len(rows), label=label))
        added = 0
        # One transaction per document (one fsync), not one per span. New edits in other
        # documents leave this one open (only an undo or redo goes to where it changed).
        for document, spans in by_document.items():
            if s.push(commands.AddSpans(s, document=document, spans=spans)):
                added += len(spans)
        s.undo_stack.endMacro()
        self._refresh_view()
        self.status_bar.showMessage(added_spans(added, label), 8000)
        self.view.setFocus()

    def reject_all(self) -> None:
        for row in self.model.pending():
            self.model.set_state(row, REJECTED)
        self._refresh_view()
        self.status_bar.showMessage(translate("OccurrenceReview", "Rejected the remaining suggestions; nothing was added."), 6000)
        self.view.setFocus()

    def _advance(self, row: int) -> None:
        nxt = self.model.next_pending(row)
        if nxt is None:
            self._refresh_view()
            self.status_bar.showMessage(translate("OccurrenceReview", "Every suggestion is decided."), 6000)
            self.view.setFocus()
            return
        self.panel.set_current(nxt)
        self._show(nxt)

    def _clicked(self, key: str) -> None:
        if not key.startswith("?"):
            return  # another panel's suggestion (the team's sources: ui/suggest)
        row = int(key.removeprefix("?"))
        if 0 <= row < len(self.model.items):
            self.panel.set_current(row)
            self.panel.table.setFocus()

    # -- showing --------------------------------------------------------------------------

    def _show(self, row: int) -> None:
        """Make `row` the current suggestion: open its document if need be, scroll to it."""
        if not 0 <= row < len(self.model.items):
            return
        sug = self.model.items[row].suggestion
        if sug.document != self.view.document:
            focus = self.view.window().focusWidget()
            self.open_document(sug.document)  # calls document_opened, which draws the rest
            if focus is not None:
                focus.setFocus()
        self._refresh_view()

    def _refresh_view(self) -> None:
        view = self.view
        row = self.panel.current()
        current = f"?{row}" if 0 <= row < len(self.model.items) and self.model.items[row].state == PENDING else None
        items = [
            Suggested(f"?{i}", item.suggestion.start, item.suggestion.end, item.suggestion.label)
            for i, item in enumerate(self.model.items)
            if item.state == PENDING and item.suggestion.document == view.document
        ]
        # The view may also show the team's suggestions (ui/suggest, keys not starting '?'): kept.
        others = [s for s in view.suggestions if not s.uuid.startswith("?")]
        if items or len(others) != len(view.suggestions):
            view.set_suggestions(others + items, current)

    def document_opened(self, _document: str = "") -> None:
        self._refresh_view()

    def on_changed(self, changes: Changes, _origin: str = "") -> None:
        """Keep each suggestion's state in step with the spans: a span like it appearing
        (accept, redo) makes it accepted, that span going (undo, delete) pending again."""
        if not self.model.items or not changes.spans or self.session is None:
            return
        who = self.session.annotator
        by_key = {item.key: i for i, item in enumerate(self.model.items)}
        key = lambda r: (r.document, r.start, r.end, r.label)  # noqa: E731
        touched = False
        for before, after in changes.spans:
            now = key(after) if after is not None and not after.deleted and after.annotator == who else None
            i = by_key.get(now) if now else None
            if i is not None and self.model.items[i].state == PENDING:
                self.model.set_state(i, ACCEPTED)
                touched = True
            if before is not None and not before.deleted and before.annotator == who and key(before) != now:
                j = by_key.get(key(before))
                if j is not None and self.model.items[j].state == ACCEPTED:
                    self.model.set_state(j, PENDING)
                    touched = True
        if touched:
            self._refresh_view()


def _occurrences_job(span: str):
    """A worker job: the core's project-wide occurrences, with each document's id."""

    def run(project):
        from annotator import search

        found = search.occurrences(project, span=span, scope="project")
        ids: dict[str, str] = {}
        out = []
        for sug in found:
            if sug.document not in ids:
                ids[sug.document] = project.document(sug.document).ext_id
            out.append((sug, ids[sug.document]))
        return out

    return run
