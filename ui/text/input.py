"""Mouse and keyboard handling of the text view: selection with snapping, span and relation
picking, edge dragging, tooltips, and the annotation keys. `TextInput` owns the state of a gesture (the
press, whether it became a drag, the selection anchor) and turns input into calls of the
view's public methods, which emit the requests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from ui.models import plain_tooltip
from ui.text import caret
from ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QPoint, SignalInstance
    from PySide6.QtWidgets import QScrollBar, QWidget

    from annotator.project import SpanRow
    from ui.text.geometry import Hit
    from ui.text.layout import DocumentLayout
    from ui.text.paint import PaintState


class Surface(Protocol):
    """What `TextInput` needs of the view it serves (the view's public API; `TextView` is the
    one implementation). Written out so the input never reaches into the view's own state."""

    text: str
    state: PaintState
    layout_: DocumentLayout | None
    describe_span: Callable[[str, str], str] | None
    notice: SignalInstance
    resizeRequested: SignalInstance  # noqa: N815  (Qt signal names)
    contextRequested: SignalInstance  # noqa: N815
    suggestionClicked: SignalInstance  # noqa: N815

    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...  # noqa: N802
    def setFocus(self) -> None: ...  # noqa: N802
    def spans(self) -> dict[str, SpanRow]: ...
    def spans_at(self, cp: int) -> list[str]: ...
    def hit(self, pos: QPointF | QPoint) -> Hit: ...
    def position_at(self, pos: QPointF | QPoint) -> int: ...
    def selection(self) -> tuple[int, int] | None: ...
    def selected_span(self) -> str | None: ...
    def select_span(self, span: str | None) -> None: ...
    def select_relation(self, relation: str | None) -> None: ...
    def set_text_selection(self, start: int, end: int, *, precise: bool = False) -> None: ...
    def clear_selection(self) -> None: ...
    def place_caret(self, cp: int, selection: tuple[int, int] | None, *, reveal: bool = True, notify: bool = True) -> None: ...
    def set_hover(self, span: str | None) -> None: ...
    def set_preview(self, preview: tuple[str, int, int] | None) -> None: ...
    def start_relation(self) -> bool: ...
    def picking(self) -> bool: ...
    def cancel_pick(self) -> None: ...
    def finish_pick(self, target: str) -> None: ...
    def set_pick_target(self, target: str | None) -> None: ...
    def request_label(self, label: str) -> None: ...
    def request_delete(self) -> None: ...
    def request_note(self) -> None: ...
    def request_unsure(self) -> None: ...
    def label_for_key(self, text: str) -> str | None: ...
    def copy(self) -> None: ...

K = Qt.Key
M = Qt.KeyboardModifier


def _precise(modifiers) -> bool:
    """Alt (or Shift) while dragging selects by grapheme cluster (akshara) instead of word."""
    return bool(modifiers & (M.AltModifier | M.ShiftModifier))


class TextInput:
    """The view's input side. `anchor` is where a Shift-extended selection starts; the view
    sets it when it selects something itself."""

    def __init__(self, view: Surface):
        self.view = view
        self.anchor = 0
        # ("text", cp, pos) for a press on text, ("edge", span, "start"|"end") on an edge.
        self._press: tuple | None = None
        self._dragged = False

    # -- mouse ------------------------------------------------------------------------------

    def mouse_press(self, event: QMouseEvent) -> None:
        view = self.view
        pos = event.position()
        hit = view.hit(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if hit.span is None and hit.relation is None and hit.cp is not None:
                inside = view.spans_at(hit.cp)
                hit.span = inside[0] if inside else None
            view.contextRequested.emit(hit, event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        self._dragged = False
        self._press = None
        head = view.state.pick_head
        if head:
            target = hit.span
            if target is None and hit.cp is not None:
                inside = [s for s in view.spans_at(hit.cp) if s != head]
                target = inside[0] if inside else None
            if target and target != head:
                view.finish_pick(target)
            else:
                view.notice.emit(translate("TextInput", "Click a second span to relate, or press Esc."))
            return
        if hit.edge:
            self._press = ("edge", hit.span, hit.edge)
        elif hit.suggestion:
            view.suggestionClicked.emit(hit.suggestion)
        elif hit.span:
            view.select_span(hit.span)
        elif hit.relation:
            view.select_relation(hit.relation)
        else:
            self._press = ("text", hit.cp if hit.cp is not None else 0, pos)

    def mouse_move(self, event: QMouseEvent) -> None:
        view = self.view
        pos = event.position()
        press = self._press
        if press and event.buttons() & Qt.MouseButton.LeftButton:
            if press[0] == "text":
                if not self._dragged and (pos - press[2]).manhattanLength() < 3:  # a click, not a drag
                    return
                self._dragged = True
                cp = view.position_at(pos)
                self.anchor = press[1]
                view.place_caret(cp, caret.snap(view.text, press[1], cp, _precise(event.modifiers())), reveal=False, notify=False)
                self._autoscroll(pos)
            else:
                _, uuid, edge = press
                self._dragged = True
                span = view.spans()[uuid]
                cp = caret.snap_edge(view.text, view.position_at(pos), edge, _precise(event.modifiers()))
                a, b = (cp, span.end) if edge == "start" else (span.start, cp)
                if a < b:
                    view.set_preview((uuid, a, b))
            return
        hit = view.hit(pos)
        hover = hit.span
        if hover is None and hit.cp is not None and hit.relation is None:
            inside = view.spans_at(hit.cp)
            hover = inside[0] if inside else None
        view.set_hover(hover)
        if hit.edge:
            view.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif hit.span or hit.relation:
            view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            view.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def _autoscroll(self, pos: QPointF) -> None:
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        if pos.y() < 0:
            bar.setValue(bar.value() + int(pos.y()))
        elif pos.y() > height:
            bar.setValue(bar.value() + int(pos.y() - height))

    def mouse_release(self, event: QMouseEvent) -> None:
        view = self.view
        press, self._press = self._press, None
        if not press or event.button() != Qt.MouseButton.LeftButton:
            return
        if press[0] == "edge":
            preview = view.state.preview
            view.set_preview(None)
            if preview:
                uuid, a, b = preview
                span = view.spans().get(uuid)
                if span and (a, b) != (span.start, span.end):
                    view.resizeRequested.emit(uuid, a, b)
            return
        if self._dragged:
            # The modifiers at release decide the precision, so Alt may be pressed mid-drag.
            cp = view.position_at(event.position())
            view.place_caret(cp, caret.snap(view.text, press[1], cp, _precise(event.modifiers())), reveal=False)
            return
        # A click: select the innermost span there; clicking again steps outwards.
        cp = press[1]
        inside = view.spans_at(cp)
        if inside:
            current = view.selected_span()
            view.select_span(inside[(inside.index(current) + 1) % len(inside)] if current in inside else inside[0])
            return
        self.anchor = cp
        view.place_caret(cp, None, reveal=False)

    def mouse_double_click(self, event: QMouseEvent) -> None:
        """A double click on plain text selects the word there."""
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.view.hit(event.position())
            if hit.cp is not None and hit.span is None and hit.relation is None:
                self.view.set_text_selection(hit.cp, min(hit.cp + 1, len(self.view.text)))

    def tooltip(self, event: QHelpEvent) -> None:
        """Say what the span or suggestion under the mouse is (the window may add to it)."""
        view = self.view
        hit = view.hit(QPointF(event.pos()))
        span = hit.span
        if span is None and hit.suggestion is None and hit.relation is None and hit.cp is not None:
            inside = view.spans_at(hit.cp)
            span = inside[0] if inside else None
        text = ""
        if hit.suggestion is not None and view.layout_ is not None:
            s = view.layout_.suggested[hit.suggestion]
            text = translate("TextView", "Suggested {label}: {text} (accept or reject it in the Suggestions panel)").format(label=s.label, text=view.text[s.start : s.end])
        elif span is not None:
            s = view.spans()[span]
            surface = view.text[s.start : s.end]
            text = view.describe_span(s.label, surface) if view.describe_span else f"{s.label}: {surface}"
        if text:
            QToolTip.showText(event.globalPos(), plain_tooltip(text), view.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

    # -- keys -------------------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle one key; False lets the scroll area have it (page keys and the like)."""
        view = self.view
        key, mods = event.key(), event.modifiers()
        ctrl, shift, alt = bool(mods & M.ControlModifier), bool(mods & M.ShiftModifier), bool(mods & M.AltModifier)
        if view.layout_ is None:
            return False
        if view.picking():
            return self._pick_key(key, shift)
        here = view.state.caret or 0
        if key == K.Key_Escape:
            view.clear_selection()
        elif key in (K.Key_Delete, K.Key_Backspace):
            view.request_delete()
        elif key in (K.Key_Tab, K.Key_Backtab):
            view.select_span(caret.step_span(view.spans().values(), view.selected_span(), key == K.Key_Tab and not shift, here))
        elif key in (K.Key_Left, K.Key_Right):
            forward = key == K.Key_Right
            if view.selected_span() and shift:
                self._resize_by_key(forward, word=ctrl, start_edge=alt)
            else:
                self._move_caret(caret.step_word(view.text, here, forward) if ctrl else caret.step_cluster(view.text, here, forward), shift)
        elif key in (K.Key_Up, K.Key_Down):
            self._move_caret(caret.step_line(view.layout_, here, key == K.Key_Down), shift)
        elif key in (K.Key_Home, K.Key_End):
            target = (0 if key == K.Key_Home else len(view.text)) if ctrl else caret.line_edge(view.layout_, here, key == K.Key_End)
            self._move_caret(target, shift)
        elif ctrl and key == K.Key_C:
            view.copy()
        elif ctrl and key == K.Key_R:
            view.start_relation()
        else:
            return self._text_key(event.text(), ctrl or alt or bool(mods & M.MetaModifier))
        return True

    def _text_key(self, text: str, modified: bool) -> bool:
        """A printable key: a label key tags or relabels, R starts a relation, `;` writes a
        note, `?` flips "unsure"."""
        if modified or len(text) != 1 or not text.isprintable() or text.isspace():
            return False
        label = self.view.label_for_key(text)
        if label:
            self.view.request_label(label)
            return True
        if text.lower() == "r":
            self.view.start_relation()
            return True
        if text == ";":  # a note on the selection (or the document); the scheme keeps ; and ? free
            self.view.request_note()
            return True
        if text == "?":
            self.view.request_unsure()
            return True
        return False

    def _pick_key(self, key: int, shift: bool) -> bool:
        view = self.view
        st = view.state
        if key in (K.Key_Tab, K.Key_Right, K.Key_Down, K.Key_Backtab, K.Key_Left, K.Key_Up):
            forward = key in (K.Key_Tab, K.Key_Right, K.Key_Down) and not shift
            spans = view.spans().values()
            target = caret.step_span(spans, st.pick_target or st.pick_head, forward, st.caret or 0)
            if target == st.pick_head:
                target = caret.step_span(spans, target, forward, st.caret or 0)
            view.set_pick_target(target if target != st.pick_head else None)
        elif key in (K.Key_Return, K.Key_Enter, K.Key_Space):
            if st.pick_target:
                view.finish_pick(st.pick_target)
            else:
                view.notice.emit(translate("TextInput", "Press Tab to choose the second span first."))
        elif key == K.Key_Escape:
            view.cancel_pick()
            view.notice.emit(translate("TextInput", "No relation made."))
        return True

    def _resize_by_key(self, forward: bool, *, word: bool, start_edge: bool) -> None:
        view = self.view
        span = view.spans()[view.selected_span()]
        text = view.text
        if start_edge:
            start = caret.step_word(text, span.start, forward, "start") if word else caret.step_cluster(text, span.start, forward)
            if start < span.end and start != span.start:
                view.resizeRequested.emit(span.uuid, start, span.end)
        else:
            end = caret.step_word(text, span.end, forward, "end") if word else caret.step_cluster(text, span.end, forward)
            if end > span.start and end != span.end:
                view.resizeRequested.emit(span.uuid, span.start, end)

    def _move_caret(self, cp: int, extend: bool) -> None:
        """Move the caret; with Shift, extend the selection from the anchor."""
        view = self.view
        if not extend:
            self.anchor = cp
            view.place_caret(cp, None)
            return
        if view.selection() is None and view.selected_span() is None:
            self.anchor = view.state.caret or 0
        a, b = sorted((self.anchor, cp))
        view.place_caret(cp, (a, b) if a < b else None)
