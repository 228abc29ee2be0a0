"""The annotation text view: the drawn text (`canvas.TextCanvas`) with meaning given to the
mouse and keys. It shows one document's text with its spans and relations, and turns mouse
and keys into requests (tag, relabel, resize, delete, relate) for the main window. Each
request carries its target (the selected text's start and end, or a span or relation id), so
whoever acts on it never reads the selection back.

The view never changes data. It emits a request; the window pushes an undo command; the core
call's `Changes` record comes back through `apply_changes`, which updates only the touched
paragraphs. All positions held here are core code-point offsets; Qt positions exist only
inside `layout`/`offsets`. Mouse and keys are handled by the view's `TextInput`, which calls
only the public methods below and the canvas's; caret steps are `caret`'s.

It also shows what the window hands it without knowing where it came from: the romanised
segments of the text (`set_gloss`), suggested spans to accept or reject (`set_suggestions`),
and, through the `describe_span` hook, what a span's tooltip says.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from annotator.edits import Changes
from annotator.project import RelationRow, SpanRow
from annotator.scheme import Scheme
from ui.text import caret
from ui.text.canvas import TextCanvas
from ui.text.input import TextInput
from ui.i18n import translate


class TextView(TextCanvas):
    tagRequested = Signal(str, int, int)  # label, start, end (code points) of the selected text
    relabelRequested = Signal(str, str)  # span, new label
    deleteSpanRequested = Signal(str)  # span
    deleteRelationRequested = Signal(str)  # relation
    resizeRequested = Signal(str, int, int)  # span, new start, new end (code points)
    relationRequested = Signal(str, str)  # head span, tail span: the window offers types
    selectionChanged = Signal()
    notice = Signal(str)  # a short message for the status bar
    contextRequested = Signal(object, QPoint)  # Hit, global position
    suggestionClicked = Signal(str)  # a suggested span's bar or label was clicked
    noteRequested = Signal(str, str)  # kind ("span", "relation", "document"), target: write its note
    unsureRequested = Signal(str, str)  # kind, target: flip its "unsure" flag

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.document: str | None = None
        self.annotator: str | None = None
        self._label_keys: dict[str, str] = {}
        self._input = TextInput(self)
        # What a label key says with nothing selected; the review window names its gold row.
        self.select_first_notice = translate("TextView", "Select some text first, then press a label key.")
        # (label, surface) -> tooltip text; the window adds the romanisation.
        self.describe_span: Callable[[str, str], str] | None = None

    # -- content ------------------------------------------------------------------------------

    def set_scheme(self, scheme: Scheme) -> None:
        super().set_scheme(scheme)
        self._label_keys = {e.key.lower(): e.name for e in scheme.entities if e.key}

    def load(self, document: str, annotator: str, text: str, spans: list[SpanRow], relations: list[RelationRow], *, gloss: list[tuple[int, int, str]] | None = None) -> None:
        """Show a document and one annotator's spans and relations (plain text, never HTML),
        with its romanisation under it when `gloss` is given."""
        self.document, self.annotator = document, annotator
        self.state.selection = self.state.selected_span = self.state.selected_relation = None
        self.state.hover_span = self.state.pick_head = self.state.pick_target = self.state.preview = None
        self.state.find_hits, self.state.current_hit = [], -1
        self.state.caret = 0
        self._input.anchor = 0
        self._show(text, spans, relations, gloss)
        self.selectionChanged.emit()

    def clear(self) -> None:
        self.document = None
        super().clear()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from one core change record; rows of other documents or layers are ignored."""
        if self.layout_ is None or changes.document != self.document:
            return
        mine = lambda row: row is not None and row.document == self.document and row.annotator == self.annotator  # noqa: E731
        spans = [(b, a) for b, a in changes.spans if mine(b) or mine(a)]
        rels = [(b, a) for b, a in changes.relations if mine(b) or mine(a)]
        if not spans and not rels:
            return
        anchor = self.line_hold.anchor(spans)
        before = self.cursor_rect(anchor).top() if anchor is not None else 0
        y0, y1, moved = self.layout_.update(spans, rels)
        if moved and anchor is not None:
            self._drop_deleted_selection()
            self.line_hold.keep(anchor, before)
            return
        if not moved and not rels:  # same heights: repaint just the lines of these spans
            self.update_scrollbar()
            self._refresh_rows(spans)
            self._drop_deleted_selection()
            return
        self._drop_deleted_selection()
        self.update_scrollbar()
        # Repaint the touched paragraphs only, or everything below them when heights moved.
        self._refresh_band(y0, y1, moved)

    def anchor_for(self, changes: Changes | None) -> int | None:
        """The position to hold still while this document is shown again with other rows
        (the demo example giving way to one's own layer): as in `apply_changes`, over any layer."""
        spans = [(b, a) for b, a in changes.spans if (a or b).document == self.document] if changes else []
        return self.line_hold.anchor(spans) if self.layout_ is not None else None

    def _drop_deleted_selection(self) -> None:
        """Unselect a span or relation that a change removed from this layer."""
        st, lay = self.state, self.layout_
        if st.selected_span and st.selected_span not in lay.spans:
            st.selected_span = None
            self.selectionChanged.emit()
        if st.selected_relation and st.selected_relation not in lay.relations:
            st.selected_relation = None
            self.selectionChanged.emit()

    # -- selection ----------------------------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected text as code points (always on grapheme-cluster boundaries)."""
        return self.state.selection

    def set_text_selection(self, start: int, end: int, *, precise: bool = False) -> None:
        """Select text (snapped to words, or to grapheme clusters when `precise`)."""
        sel = caret.snap(self.text, start, end, precise)
        old = (self.state.selection, self.state.selected_span, self.state.selected_relation)
        self.state.selection = sel
        self.state.selected_span = self.state.selected_relation = None
        if sel:
            self._input.anchor, self.state.caret = sel
            self.ensure_visible(sel[0])
        if old[2] is not None:
            self.viewport().update()
        else:
            self.refresh_spans(old[1], selection=old[0])
            if sel:
                self.refresh_spans(selection=sel)
        self.selectionChanged.emit()

    def selected_span(self) -> str | None:
        return self.state.selected_span

    def selected_relation(self) -> str | None:
        return self.state.selected_relation

    def select_span(self, span: str | None) -> None:
        if span is not None and span not in self.spans():
            return
        old = (self.state.selection, self.state.selected_span, self.state.selected_relation)
        self.state.selected_span = span
        self.state.selected_relation = None
        self.state.selection = None
        if span:
            self.state.caret = self._input.anchor = self.spans()[span].start
            self.ensure_visible(self.spans()[span].start)
        if old[2] is not None:
            self.viewport().update()
        else:
            self.refresh_spans(old[1], span, selection=old[0])
        self.selectionChanged.emit()

    def select_relation(self, relation: str | None) -> None:
        if relation is not None and relation not in self.relations():
            return
        self.state.selected_relation = relation
        self.state.selected_span = None
        self.state.selection = None
        if relation:
            self.ensure_visible(self.spans()[self.relations()[relation].head].start)
        self.viewport().update()
        self.selectionChanged.emit()

    def set_find_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        self.state.find_hits, self.state.current_hit = sorted(hits), current
        self.viewport().update()

    # -- relation picking ---------------------------------------------------------------------

    def start_relation(self) -> bool:
        """Begin picking the second span of a relation from the selected span."""
        head = self.state.selected_span
        if head is None:
            self.notice.emit(translate("TextView", "Select a span first (click it or press Tab), then press R."))
            return False
        self.state.pick_head, self.state.pick_target = head, None
        self.notice.emit(translate("TextView", "Pick the second span: click it, or Tab to it and press Enter. Esc cancels."))
        self.viewport().update()
        return True

    def picking(self) -> bool:
        return self.state.pick_head is not None

    def cancel_pick(self) -> None:
        self.state.pick_head = self.state.pick_target = None
        self.viewport().update()

    def finish_pick(self, target: str) -> None:
        """End picking: ask for a relation from the picked head to `target`."""
        head = self.state.pick_head
        self.cancel_pick()
        if head and target and head != target:
            self.relationRequested.emit(head, target)

    def set_pick_target(self, target: str | None) -> None:
        """Show `target` as the second span while picking with the keyboard."""
        self.state.pick_target = target
        if target:
            self.ensure_visible(self.spans()[target].start)
        self.viewport().update()

    # -- caret, hover and drag feedback (driven by TextInput) ---------------------------------

    def place_caret(self, cp: int, selection: tuple[int, int] | None, *, reveal: bool = True, notify: bool = True) -> None:
        """Put the caret at `cp` with `selection` (already snapped) and no span or relation
        selected; `reveal` scrolls to it, `notify` emits selectionChanged."""
        st = self.state
        st.selection, st.caret = selection, cp
        st.selected_span = st.selected_relation = None
        if reveal:
            self.ensure_visible(cp)
        self.viewport().update()
        if notify:
            self.selectionChanged.emit()

    def clear_selection(self) -> None:
        """Select nothing (the caret stays)."""
        self.state.selection = self.state.selected_span = self.state.selected_relation = None
        self.viewport().update()
        self.selectionChanged.emit()

    def set_hover(self, span: str | None) -> None:
        """Stress the span under the mouse, repainting only its lines and the old one's."""
        if span != self.state.hover_span:
            old, self.state.hover_span = self.state.hover_span, span
            self.refresh_spans(old, span)

    def set_preview(self, preview: tuple[str, int, int] | None) -> None:
        """Show a span being resized by its edge as (span, start, end), or no preview."""
        self.state.preview = preview
        self.viewport().update()

    # -- requests -----------------------------------------------------------------------------

    def request_label(self, label: str) -> None:
        """A label key or palette click: relabel the selected span (if its label differs), or
        ask to tag the selected text; with neither, say what to do."""
        if self.layout_ is None:
            return
        span = self.state.selected_span
        if span is not None:
            if self.spans()[span].label != label:
                self.relabelRequested.emit(span, label)
            return
        sel = self.state.selection
        if sel is None:
            self.notice.emit(self.select_first_notice)
            return
        self.tagRequested.emit(label, sel[0], sel[1])

    def note_target(self) -> tuple[str, str] | None:
        """What a note or flag goes on: the selected span, else the selected relation, else
        the document; None with no document."""
        if self.state.selected_span:
            return "span", self.state.selected_span
        if self.state.selected_relation:
            return "relation", self.state.selected_relation
        return ("document", self.document) if self.document else None

    def request_note(self) -> None:
        """The `;` key: ask to write the note of the selection (or of the document)."""
        target = self.note_target()
        if target is not None:
            self.noteRequested.emit(*target)

    def request_unsure(self) -> None:
        """The `?` key: ask to flip the "unsure" flag of the selection (or of the document)."""
        target = self.note_target()
        if target is not None:
            self.unsureRequested.emit(*target)

    def request_delete(self) -> None:
        """Ask to delete the selected span, or else the selected relation."""
        if self.state.selected_span:
            self.deleteSpanRequested.emit(self.state.selected_span)
        elif self.state.selected_relation:
            self.deleteRelationRequested.emit(self.state.selected_relation)

    # -- Qt events ----------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  (Tab steps through spans)
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.line_hold.pointer = event.position()
        self.sync_screen()
        self._input.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.line_hold.pointer = event.position()
        self._input.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.line_hold.pointer = event.position()
        self._input.mouse_release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._input.mouse_double_click(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and QApplication.activePopupWidget() is None:
            # A popup opening (the relation menu) sends a Leave although the pointer stays.
            self.line_hold.pointer = None
        elif event.type() == QEvent.Type.ToolTip:
            self._input.tooltip(event)
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._input.key_press(event):
            super().keyPressEvent(event)

    def copy(self) -> None:
        sel = self.state.selection
        if sel is None and self.state.selected_span:
            s = self.spans()[self.state.selected_span]
            sel = (s.start, s.end)
        if sel:
            QGuiApplication.clipboard().setText(self.text[sel[0] : sel[1]])

    def label_for_key(self, text: str) -> str | None:
        return self._label_keys.get(text.lower()) if text else None
