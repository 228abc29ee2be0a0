"""The read-only text view: shows one document's text with its spans and relations, and turns
mouse and keys into requests (tag, relabel, resize, delete, relate) for the main window. Each
request carries its target (the selected text's start and end, or a span or relation id), so
whoever acts on it never reads the selection back.

The view never changes data. It emits a request; the window pushes an undo command; the core
call's `Changes` record comes back through `apply_changes`, which updates only the touched
paragraphs. All positions held here are core code-point offsets; Qt positions exist only
inside `layout`/`offsets`. Mouse and keys are handled by the view's `TextInput`, which calls
only the public methods below; caret steps are `caret`'s, rectangles `geometry`'s.

It also shows what the window hands it without knowing where it came from: the romanised
segments of the text (`set_gloss`), suggested spans to accept or reject (`set_suggestions`),
and, through the `describe_span` hook, what a span's tooltip says.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from annotator.edits import Changes
from annotator.project import RelationRow, SpanRow
from annotator.scheme import Scheme
from ui import fonts
from ui.text import caret, geometry
from ui.text.geometry import Hit
from ui.text.idle import IdleLayout
from ui.text.input import TextInput
from ui.text.layout import MARGIN_X, DocumentLayout
from ui.text.placement import Suggested
from ui.text.room import ScrollRoom
from ui.text.screen import Screen
from ui.text.paint import PaintState, paint
from ui.i18n import translate


class TextView(QAbstractScrollArea):
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
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that appears when rows make the text taller than the
        # view would narrow it, re-wrap every line and move the text under the pointer.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(24)
        self.layout_: DocumentLayout | None = None
        self.state = PaintState()
        self.text = ""
        self.document: str | None = None
        self.annotator: str | None = None
        self.zoom = 1.0
        self.arcs_visible = True
        self._label_keys: dict[str, str] = {}
        self._input = TextInput(self)
        # What a label key says with nothing selected; the review window names its gold row.
        self.select_first_notice = translate("TextView", "Select some text first, then press a label key.")
        self.gloss: list[tuple[int, int, str]] | None = None  # romanised view: (start, end, roman)
        self.suggestions: list[Suggested] = []
        self.marks: dict[str, str] = {}  # a span's or relation's note / unsure marks (set_marks)
        # (label, surface) -> tooltip text; the window adds the romanisation.
        self.describe_span: Callable[[str, str], str] | None = None
        self._idle = IdleLayout(self)
        self.screen = Screen()  # which line is drawn where, to scroll pixels only when still right
        self._painting = False
        self._pointer: QPointF | None = None  # last pointer position in the viewport
        self.room = ScrollRoom(self.verticalScrollBar())  # made to hold a line still (_hold)

    # -- content ------------------------------------------------------------------------------

    def set_scheme(self, scheme: Scheme) -> None:
        self.state.entity_colours = {e.name: QColor(e.color) for e in scheme.entities}
        self.state.entity_shapes = {e.name: i for i, e in enumerate(scheme.entities)}
        self.state.relation_colours = {r.name: QColor(r.color) for r in scheme.relations}
        self.state.directed = {r.name: r.directed for r in scheme.relations}
        self._label_keys = {e.key.lower(): e.name for e in scheme.entities if e.key}
        self.viewport().update()

    def load(self, document: str, annotator: str, text: str, spans: list[SpanRow], relations: list[RelationRow], *, gloss: list[tuple[int, int, str]] | None = None) -> None:
        """Show a document and one annotator's spans and relations (plain text, never HTML),
        with its romanisation under it when `gloss` is given."""
        self.document, self.annotator, self.text = document, annotator, text
        self.gloss = gloss
        self.room.reset()
        self.suggestions = []
        self.marks = {}
        self.state.current_suggestion = None
        self.state.selection = self.state.selected_span = self.state.selected_relation = None
        self.state.hover_span = self.state.pick_head = self.state.pick_target = self.state.preview = None
        self.state.find_hits, self.state.current_hit = [], -1
        self.state.caret = 0
        self._input.anchor = 0
        self._build(spans, relations)
        self.verticalScrollBar().setValue(0)
        self.selectionChanged.emit()

    def clear(self) -> None:
        self.document = None
        self.text = ""
        self.layout_ = None
        self.screen.reset(None)
        self.gloss = None
        self.suggestions = []
        self.viewport().update()

    def _build(self, spans: list[SpanRow], relations: list[RelationRow]) -> None:
        self.layout_ = DocumentLayout(
            self.text, fonts.text_font(self.zoom), fonts.label_font(self.zoom), self.viewport().width(),
            gloss=self.gloss, gloss_font=fonts.gloss_font(self.zoom),
        )
        self.layout_.arcs_visible = self.arcs_visible
        self.layout_.marks = dict(self.marks)
        self.screen.reset(self.layout_)
        self.layout_.set_annotations(spans, relations)
        if self.suggestions:
            self.layout_.set_suggestions(self.suggestions)
        self.update_scrollbar()
        self.viewport().update()
        self._idle.start()

    def layout_pending(self) -> bool:
        """Whether the idle pass still has paragraphs to lay out."""
        return self._idle.pending()

    def _relayout(self) -> None:
        """Lay the text out again (width or zoom changed), keeping the same place in view."""
        if self.layout_ is None:
            return
        top_cp = self.position_at(QPointF(MARGIN_X, 0))
        self._build(list(self.layout_.spans.values()), list(self.layout_.relations.values()))
        p, k, _ = self.layout_.locate(top_cp)
        self.verticalScrollBar().setValue(int(self.layout_.paras[p].top + self.layout_.paras[p].lines[k].y) if self.layout_.paras[p].lines else 0)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from one core change record; rows of other documents or layers are ignored."""
        if self.layout_ is None or changes.document != self.document:
            return
        mine = lambda row: row is not None and row.document == self.document and row.annotator == self.annotator  # noqa: E731
        spans = [(b, a) for b, a in changes.spans if mine(b) or mine(a)]
        rels = [(b, a) for b, a in changes.relations if mine(b) or mine(a)]
        if not spans and not rels:
            return
        anchor = self._anchor(spans, rels)
        before = self.cursor_rect(anchor).top() if anchor is not None else 0
        y0, y1, moved = self.layout_.update(spans, rels)
        if moved and anchor is not None:
            self._hold(anchor, before)
            return
        if not moved and not rels:  # same heights: repaint just the lines of these spans
            self.update_scrollbar()
            for before, after in spans:
                for row in (before, after):
                    if row is not None and not row.deleted and row.uuid in self.layout_.spans:
                        self.refresh_spans(row.uuid)
                    elif row is not None:
                        self.refresh_spans(selection=(row.start, row.end))
            self._drop_deleted_selection()
            return
        self._drop_deleted_selection()
        self.update_scrollbar()
        # Repaint the touched paragraphs only, or everything below them when heights moved.
        top = int(y0 - self.verticalScrollBar().value())
        bottom = self.viewport().height() if moved else int(y1 - self.verticalScrollBar().value()) + 1
        if top < self.viewport().height() and bottom > 0:
            self.viewport().update(QRect(0, max(top, 0), self.viewport().width(), min(bottom, self.viewport().height()) - max(top, 0)))

    def _anchor(self, spans, rels) -> int | None:
        """The position whose line must stay where it is on screen while rows are added or
        removed: the text under the pointer, else the changed span when it is in view, else
        the top line (issue 13, item 8: the next drag must land where the eye is)."""
        height = self.viewport().height()
        if self._pointer is not None and self.viewport().rect().contains(self._pointer.toPoint()):
            return self.position_at(self._pointer)
        for before, after in spans:
            row = after or before
            if row is not None and 0 <= self.cursor_rect(min(row.start, len(self.text))).top() < height:
                return row.start
        return self.position_at(QPointF(MARGIN_X, 0)) if self.text else None

    def _hold(self, anchor: int, before: int) -> None:
        """After heights changed: scroll so the anchor's line is back at screen y `before`,
        then draw everything again (lines above and below moved)."""
        self._drop_deleted_selection()
        self.update_scrollbar()
        self.room.scroll_by(self.cursor_rect(anchor).top() - before)
        if self.layout_.ensure_range(self._scroll(), self._scroll() + self.viewport().height()):
            self.update_scrollbar()  # lines laid out only now may have moved it again
            self.room.scroll_by(self.cursor_rect(anchor).top() - before)
        self.screen.invalidate()
        self.viewport().update()

    def anchor_for(self, changes: Changes | None) -> int | None:
        """The position to hold still while this document is shown again with other rows
        (the demo example giving way to one's own layer): as `_anchor`, over any layer."""
        spans = [(b, a) for b, a in changes.spans if (a or b).document == self.document] if changes else []
        return self._anchor(spans, []) if self.layout_ is not None else None

    def line_top(self, cp: int, widget: QWidget) -> int:
        """The top of the text line at `cp`, in `widget`'s coordinates."""
        return self.viewport().mapTo(widget, QPoint(0, self.cursor_rect(cp).top())).y()

    def hold_line(self, cp: int, top: int, widget: QWidget) -> None:
        """Scroll so the text line at `cp` has its top at `top` in `widget`'s coordinates
        (as `line_top` measured it before the view moved or its rows changed)."""
        if self.layout_ is not None:
            self._hold(cp, top - self.viewport().mapTo(widget, QPoint(0, 0)).y())

    def _drop_deleted_selection(self) -> None:
        """Unselect a span or relation that a change removed from this layer."""
        st, lay = self.state, self.layout_
        if st.selected_span and st.selected_span not in lay.spans:
            st.selected_span = None
            self.selectionChanged.emit()
        if st.selected_relation and st.selected_relation not in lay.relations:
            st.selected_relation = None
            self.selectionChanged.emit()

    def spans(self) -> dict[str, SpanRow]:
        return self.layout_.spans if self.layout_ else {}

    def relations(self) -> dict[str, RelationRow]:
        return self.layout_.relations if self.layout_ else {}

    def set_gloss(self, gloss: list[tuple[int, int, str]] | None) -> None:
        """Show (segments) or hide (None) the romanisation under the text; offsets stay the
        Devanagari's, only line heights change, so the same place stays in view."""
        if gloss is self.gloss:
            return
        self.gloss = gloss
        self._relayout()

    def set_suggestions(self, items: list[Suggested], current: str | None = None) -> None:
        """Show suggested spans (not data: drawn dashed, label with '?'), `current` stressed."""
        self.suggestions = list(items)
        self.state.current_suggestion = current
        if self.layout_ is not None:
            self.layout_.set_suggestions(self.suggestions)
            self.update_scrollbar()
            current_row = next((s for s in self.suggestions if s.uuid == current), None)
            if current_row is not None:
                self.ensure_visible(current_row.start)
        self.viewport().update()

    def set_marks(self, marks: dict[str, str]) -> None:
        """Show a mark after the label of each span or relation in `marks` (uuid -> mark
        text, e.g. a note's and an unsure flag's); only the lines whose marks changed are
        laid out again, and the line in view stays where it is."""
        self.marks = dict(marks)
        if self.layout_ is None:
            return
        top = self.position_at(QPointF(MARGIN_X, 0)) if self.text else None
        before = self.cursor_rect(top).top() if top is not None else 0
        _, _, moved = self.layout_.set_marks(self.marks)
        if moved and top is not None:
            self._hold(top, before)
            return
        self.screen.invalidate()
        self.viewport().update()

    # -- settings -----------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.5), 3.0)
        self._relayout()

    def set_arcs_visible(self, visible: bool) -> None:
        self.arcs_visible = visible
        if self.layout_:
            self.layout_.set_arcs_visible(visible)
            self.update_scrollbar()
        self.viewport().update()

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

    # -- geometry (see geometry.py) -----------------------------------------------------------

    def _scroll(self) -> float:
        return float(self.verticalScrollBar().value())

    def update_scrollbar(self) -> None:
        """Fit the scroll range to the layout's height (which grows as paragraphs are laid out)."""
        h = self.layout_.height if self.layout_ else 0
        self.room.fit(max(0, int(h - self.viewport().height())), self.viewport().height())

    def refresh_spans(self, *uuids: str | None, selection: tuple[int, int] | None = None) -> None:
        """Repaint only the lines of these spans, of their relations' arcs, and of a text
        selection: selecting and hovering never repaint the whole view."""
        if self.layout_ is None:
            return
        width, scroll = self.viewport().width(), self._scroll()
        for rect in geometry.span_blocks(self.layout_, uuids, scroll, width):
            self.viewport().update(rect)
        if selection is not None:
            self.viewport().update(geometry.block_rect(self.layout_, *selection, scroll, width))

    def position_at(self, pos: QPointF | QPoint) -> int:
        """The code-point boundary nearest a viewport point."""
        return geometry.position_at(self.layout_, pos, self._scroll()) if self.layout_ is not None else 0

    def cursor_rect(self, cp: int) -> QRect:
        """The viewport rectangle of the text line at code-point boundary `cp` (zero width)."""
        return geometry.cursor_rect(self.layout_, cp, self._scroll())

    def span_rect(self, span: str) -> QRect:
        """The viewport rectangle of a span's text on its first line."""
        return geometry.span_rect(self.layout_, span, self._scroll(), self.viewport().width())

    def span_bar_rect(self, span: str) -> QRect:
        """The viewport rectangle of a span's bar and label (its own row under the text)."""
        return geometry.span_bar_rect(self.layout_, span, self._scroll(), self.viewport().width())

    def relation_label_rect(self, relation: str) -> QRect:
        return geometry.relation_label_rect(self.layout_, relation, self._scroll())

    def hit(self, pos: QPointF | QPoint) -> Hit:
        """What lies under a viewport point."""
        return geometry.hit(self.layout_, pos, self._scroll(), self.state.selected_span) if self.layout_ is not None else Hit()

    def spans_at(self, cp: int) -> list[str]:
        """Spans holding code point `cp`, innermost (shortest) first."""
        return geometry.spans_at(self.layout_, cp) if self.layout_ is not None else []

    def ensure_visible(self, cp: int) -> None:
        """Scroll so that the line at `cp` is in view with a little room around it."""
        if self.layout_ is None or not self.text and cp == 0:
            return
        rect = self.cursor_rect(cp)
        self.update_scrollbar()  # laying out the target may have changed the height
        bar = self.verticalScrollBar()
        if rect.top() >= 0 and rect.bottom() <= self.viewport().height():
            return  # already in view: never scroll on the user's behalf (issue 13, item 8)
        margin = int(self.layout_.arc_row_h * 2)
        if rect.top() - margin < 0:
            bar.setValue(bar.value() + rect.top() - margin)
        elif rect.bottom() + margin > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() + margin - self.viewport().height())

    # -- Qt events ----------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  (Tab steps through spans)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().base())
        if self.layout_ is not None:
            self._painting = True
            scroll = self._scroll()
            if self.layout_.ensure_range(scroll, scroll + self.viewport().height()):
                self.update_scrollbar()
            scroll = self._scroll()
            paint(painter, self.layout_, self.state, QRectF(event.rect()), scroll, self.palette())
            self._painting = False
            self._record_paint(event, scroll)
        painter.end()

    def _record_paint(self, event: QPaintEvent, scroll: float) -> None:
        """Note what this paint drew; when lines outside it moved since they were drawn (a
        re-layout, a row added above), paint the whole viewport again."""
        rects = list(event.region())
        full = event.rect().contains(self.viewport().rect())
        if full:
            self.screen.strips = []
            self.screen.valid = True
        if not self.screen.painted(rects, scroll) or not self.screen.valid:
            self.screen.invalidate()
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Move the pixels already drawn (only the uncovered strip is painted), but only when
        # they still show the layout; otherwise draw everything again.
        if not self._painting and self.screen.consistent(self.layout_, self._scroll() + dy):
            self.viewport().scroll(0, dy)
            self.screen.scrolled(dy, self.viewport().height())
        else:
            self.screen.invalidate()
            self.viewport().update()

    def sync_screen(self) -> None:
        """Before acting on a press: if the layout moved since the last paint, paint now so
        the hit test and the user see the same lines."""
        if self.layout_ is not None and not self.screen.consistent(self.layout_, self._scroll()):
            self.viewport().repaint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.layout_ is not None and abs(self.layout_.width - max(self.viewport().width(), 80)) > 0.5:
            self._relayout()
        self.update_scrollbar()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        self.sync_screen()
        self._input.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        self._input.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        self._input.mouse_release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._input.mouse_double_click(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and QApplication.activePopupWidget() is None:
            # A popup opening (the relation menu) sends a Leave although the pointer stays.
            self._pointer = None
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
