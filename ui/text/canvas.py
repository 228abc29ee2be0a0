"""The drawn text: a scroll area that lays one document's text out (with its span bars,
relation arcs, romanisation, suggested spans and marks), paints it, scrolls it, and answers
where things are on screen (positions, rectangles, hits). It draws the selection it is given
in `state` but gives input no meaning: `view.TextView` builds on it with the requests, the
selection and the input. The layout is `layout`/`placement`'s, the rectangles `geometry`'s,
the drawing `paint`'s; `screen` records what is drawn where, `room` and `hold` keep the line
being read still, `idle` lays out the rest of a long text in the background."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from annotator.project import RelationRow, SpanRow
from annotator.scheme import Scheme
from ui import fonts
from ui.text import geometry
from ui.text.geometry import Hit
from ui.text.hold import LineHold
from ui.text.idle import IdleLayout
from ui.text.layout import MARGIN_X, DocumentLayout
from ui.text.paint import PaintState, paint
from ui.text.placement import Suggested
from ui.text.room import ScrollRoom
from ui.text.screen import Screen


class TextCanvas(QAbstractScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that appears when rows make the text taller than the
        # view would narrow it, re-wrap every line and move the text under the pointer.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(24)
        self.layout_: DocumentLayout | None = None
        self.state = PaintState()
        self.text = ""
        self.zoom = 1.0
        self.arcs_visible = True
        self.gloss: list[tuple[int, int, str]] | None = None  # romanised view: (start, end, roman)
        self.suggestions: list[Suggested] = []
        self.marks: dict[str, str] = {}  # a span's or relation's note / unsure marks (set_marks)
        self._idle = IdleLayout(self)
        self.screen = Screen()  # which line is drawn where, to scroll pixels only when still right
        self._painting = False
        self.room = ScrollRoom(self.verticalScrollBar())  # made to hold a line still (line_hold)
        self.line_hold = LineHold(self)

    # -- content ------------------------------------------------------------------------------

    def set_scheme(self, scheme: Scheme) -> None:
        self.state.entity_colours = {e.name: QColor(e.color) for e in scheme.entities}
        self.state.entity_shapes = {e.name: i for i, e in enumerate(scheme.entities)}
        self.state.relation_colours = {r.name: QColor(r.color) for r in scheme.relations}
        self.state.directed = {r.name: r.directed for r in scheme.relations}
        self.viewport().update()

    def _show(self, text: str, spans: list[SpanRow], relations: list[RelationRow], gloss: list[tuple[int, int, str]] | None) -> None:
        """Lay out a new text with these rows and no suggestions or marks, at its top."""
        self.text = text
        self.gloss = gloss
        self.room.reset()
        self.suggestions = []
        self.marks = {}
        self.state.current_suggestion = None
        self._build(spans, relations)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
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

    def layout_some(self, budget: float) -> None:
        """Run the idle pass now for about `budget` seconds (for a caller that needs every
        paragraph laid out, as the self-check does)."""
        self._idle.step(budget)

    def _relayout(self) -> None:
        """Lay the text out again (width or zoom changed), keeping the same place in view."""
        if self.layout_ is None:
            return
        top_cp = self.position_at(QPointF(MARGIN_X, 0))
        self._build(list(self.layout_.spans.values()), list(self.layout_.relations.values()))
        p, k, _ = self.layout_.locate(top_cp)
        self.verticalScrollBar().setValue(int(self.layout_.paras[p].top + self.layout_.paras[p].lines[k].y) if self.layout_.paras[p].lines else 0)

    def line_top(self, cp: int, widget: QWidget) -> int:
        """The top of the text line at `cp`, in `widget`'s coordinates."""
        return self.viewport().mapTo(widget, QPoint(0, self.cursor_rect(cp).top())).y()

    def hold_line(self, cp: int, top: int, widget: QWidget) -> None:
        """Scroll so the text line at `cp` has its top at `top` in `widget`'s coordinates
        (as `line_top` measured it before the view moved or its rows changed)."""
        if self.layout_ is not None:
            self.line_hold.keep(cp, top - self.viewport().mapTo(widget, QPoint(0, 0)).y())

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
        top = self.line_hold.top()
        before = self.cursor_rect(top).top() if top is not None else 0
        _, _, moved = self.layout_.set_marks(self.marks)
        if moved and top is not None:
            self.line_hold.keep(top, before)
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

    # -- geometry (see geometry.py) -----------------------------------------------------------

    def _scroll(self) -> float:
        return float(self.verticalScrollBar().value())

    def update_scrollbar(self) -> None:
        """Fit the scroll range to the layout's height (which grows as paragraphs are laid out)."""
        h = self.layout_.height if self.layout_ else 0
        self.room.fit(max(0, int(h - self.viewport().height())), self.viewport().height())

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

    # -- repainting ---------------------------------------------------------------------------

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

    def _refresh_rows(self, spans: list[tuple[SpanRow | None, SpanRow | None]]) -> None:
        """Repaint the lines of these changed spans ((before, after) pairs), where they are
        now or, for one gone from this layer, where its text is."""
        for before, after in spans:
            for row in (before, after):
                if row is not None and not row.deleted and row.uuid in self.layout_.spans:
                    self.refresh_spans(row.uuid)
                elif row is not None:
                    self.refresh_spans(selection=(row.start, row.end))

    def _refresh_band(self, y0: float, y1: float, moved: bool) -> None:
        """Repaint the layout's rows [y0, y1), or everything below y0 when heights moved."""
        top = int(y0 - self.verticalScrollBar().value())
        bottom = self.viewport().height() if moved else int(y1 - self.verticalScrollBar().value()) + 1
        if top < self.viewport().height() and bottom > 0:
            self.viewport().update(QRect(0, max(top, 0), self.viewport().width(), min(bottom, self.viewport().height()) - max(top, 0)))

    def sync_screen(self) -> None:
        """Before acting on a press: if the layout moved since the last paint, paint now so
        the hit test and the user see the same lines."""
        if self.layout_ is not None and not self.screen.consistent(self.layout_, self._scroll()):
            self.viewport().repaint()

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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.layout_ is not None and abs(self.layout_.width - max(self.viewport().width(), 80)) > 0.5:
            self._relayout()
        self.update_scrollbar()
