"""Mouse and keyboard handling of the text view: selection with snapping, span and relation
picking, edge dragging, and the annotation keys. Turns input into the view's requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from annotator.text import snap_to_clusters, snap_to_words

if TYPE_CHECKING:
    from ui.text.view import TextView

K = Qt.Key
M = Qt.KeyboardModifier


def _precise(modifiers) -> bool:
    """Alt (or Shift) while dragging selects by grapheme cluster (akshara) instead of word."""
    return bool(modifiers & (M.AltModifier | M.ShiftModifier))


def _snap_edge(view: TextView, cp: int, edge: str, precise: bool) -> int:
    """Where a dragged edge lands: the word (or cluster) boundary at `cp` on that side."""
    text = view.text
    if not text:
        return 0
    if edge == "start":
        a = min(cp, len(text) - 1)
        return (snap_to_clusters if precise else snap_to_words)(text, a, a + 1)[0]
    b = max(cp, 1)
    return (snap_to_clusters if precise else snap_to_words)(text, b - 1, b)[1]


# -- mouse ---------------------------------------------------------------------------------


def mouse_press(view: TextView, event: QMouseEvent) -> None:
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
    st = view.state
    view._dragged = False
    if st.pick_head:
        target = hit.span
        if target is None and hit.cp is not None:
            inside = [s for s in view.spans_at(hit.cp) if s != st.pick_head]
            target = inside[0] if inside else None
        if target and target != st.pick_head:
            view._finish_pick(target)
        else:
            view.notice.emit("Click a second span to relate, or press Esc.")
        view._press = None
        return
    if hit.edge:
        view._press = ("edge", hit.span, hit.edge)
    elif hit.suggestion:
        view._press = None
        view.suggestionClicked.emit(hit.suggestion)
    elif hit.span:
        view._press = None
        view.select_span(hit.span)
    elif hit.relation:
        view._press = None
        view.select_relation(hit.relation)
    else:
        view._press = ("text", hit.cp if hit.cp is not None else 0, pos)


def mouse_move(view: TextView, event: QMouseEvent) -> None:
    pos = event.position()
    st = view.state
    press = view._press
    if press and event.buttons() & Qt.MouseButton.LeftButton:
        if press[0] == "text":
            if not view._dragged and (pos - press[2]).manhattanLength() < 3:  # a click, not a drag
                return
            view._dragged = True
            cp = view.position_at(pos)
            st.selection = view._snap(press[1], cp, _precise(event.modifiers()))
            st.selected_span = st.selected_relation = None
            st.caret = cp
            view._anchor = press[1]
            _autoscroll(view, pos)
        else:
            _, uuid, edge = press
            view._dragged = True
            span = view.spans()[uuid]
            cp = _snap_edge(view, view.position_at(pos), edge, _precise(event.modifiers()))
            a, b = (cp, span.end) if edge == "start" else (span.start, cp)
            if a < b:
                st.preview = (uuid, a, b)
        view.viewport().update()
        return
    hit = view.hit(pos)
    hover = hit.span
    if hover is None and hit.cp is not None and hit.relation is None:
        inside = view.spans_at(hit.cp)
        hover = inside[0] if inside else None
    if hover != st.hover_span:
        old, st.hover_span = st.hover_span, hover
        view._refresh_spans(old, hover)
    if hit.edge:
        view.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
    elif hit.span or hit.relation:
        view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
    else:
        view.viewport().setCursor(Qt.CursorShape.IBeamCursor)


def _autoscroll(view: TextView, pos: QPointF) -> None:
    bar = view.verticalScrollBar()
    if pos.y() < 0:
        bar.setValue(bar.value() + int(pos.y()))
    elif pos.y() > view.viewport().height():
        bar.setValue(bar.value() + int(pos.y() - view.viewport().height()))


def mouse_release(view: TextView, event: QMouseEvent) -> None:
    press, view._press = view._press, None
    if not press or event.button() != Qt.MouseButton.LeftButton:
        return
    st = view.state
    if press[0] == "edge":
        if st.preview:
            uuid, a, b = st.preview
            st.preview = None
            span = view.spans().get(uuid)
            if span and (a, b) != (span.start, span.end):
                view.resizeRequested.emit(uuid, a, b)
        view.viewport().update()
        return
    if view._dragged:
        # The modifiers at release decide the precision, so Alt may be pressed mid-drag.
        cp = view.position_at(event.position())
        st.selection = view._snap(press[1], cp, _precise(event.modifiers()))
        st.caret = cp
        view.viewport().update()
        view.selectionChanged.emit()
        return
    # A click: select the innermost span there; clicking again steps outwards.
    cp = press[1]
    inside = view.spans_at(cp)
    if inside:
        current = st.selected_span
        choice = inside[(inside.index(current) + 1) % len(inside)] if current in inside else inside[0]
        view.select_span(choice)
        return
    st.selection = st.selected_span = st.selected_relation = None
    st.caret = view._anchor = cp
    view.viewport().update()
    view.selectionChanged.emit()


# -- keys ----------------------------------------------------------------------------------


def key_press(view: TextView, event: QKeyEvent) -> bool:
    """Handle one key; False lets the scroll area have it (page keys and the like)."""
    key, mods = event.key(), event.modifiers()
    ctrl, shift, alt = bool(mods & M.ControlModifier), bool(mods & M.ShiftModifier), bool(mods & M.AltModifier)
    st = view.state
    if view.layout_ is None:
        return False
    if st.pick_head:
        return _pick_key(view, key, shift)
    if key == K.Key_Escape:
        st.selection = st.selected_span = st.selected_relation = None
        view.viewport().update()
        view.selectionChanged.emit()
        return True
    if key in (K.Key_Delete, K.Key_Backspace):
        if st.selected_span or st.selected_relation:
            view.deleteRequested.emit()
        return True
    if key in (K.Key_Tab, K.Key_Backtab):
        view.select_span(view._step_span(st.selected_span, forward=key == K.Key_Tab and not shift))
        return True
    if key in (K.Key_Left, K.Key_Right):
        forward = key == K.Key_Right
        if st.selected_span and shift:
            _resize_by_key(view, forward, word=ctrl, start_edge=alt)
        else:
            _move_caret(view, view.step_word(st.caret or 0, forward) if ctrl else view.step_cluster(st.caret or 0, forward), shift)
        return True
    if key in (K.Key_Up, K.Key_Down):
        _move_caret(view, _line_step(view, st.caret or 0, key == K.Key_Down), shift)
        return True
    if key in (K.Key_Home, K.Key_End):
        target = (0 if key == K.Key_Home else len(view.text)) if ctrl else _line_edge(view, st.caret or 0, key == K.Key_End)
        _move_caret(view, target, shift)
        return True
    if ctrl and key == K.Key_C:
        view.copy()
        return True
    if ctrl and key == K.Key_R:
        view.start_relation()
        return True
    text = event.text()
    if not (ctrl or alt or mods & M.MetaModifier) and len(text) == 1 and text.isprintable() and not text.isspace():
        label = view.label_for_key(text)
        if label:
            view.labelRequested.emit(label)
            return True
        if text.lower() == "r":
            view.start_relation()
            return True
    return False


def _pick_key(view: TextView, key: int, shift: bool) -> bool:
    st = view.state
    if key in (K.Key_Tab, K.Key_Right, K.Key_Down, K.Key_Backtab, K.Key_Left, K.Key_Up):
        forward = key in (K.Key_Tab, K.Key_Right, K.Key_Down) and not shift
        target = view._step_span(st.pick_target or st.pick_head, forward)
        if target == st.pick_head:
            target = view._step_span(target, forward)
        st.pick_target = target if target != st.pick_head else None
        if st.pick_target:
            view.ensure_visible(view.spans()[st.pick_target].start)
        view.viewport().update()
    elif key in (K.Key_Return, K.Key_Enter, K.Key_Space):
        if st.pick_target:
            view._finish_pick(st.pick_target)
        else:
            view.notice.emit("Press Tab to choose the second span first.")
    elif key == K.Key_Escape:
        view.cancel_pick()
        view.notice.emit("No relation made.")
    return True


def _resize_by_key(view: TextView, forward: bool, *, word: bool, start_edge: bool) -> None:
    span = view.spans()[view.state.selected_span]
    if start_edge:
        start = view.step_word(span.start, forward, "start") if word else view.step_cluster(span.start, forward)
        if start < span.end and start != span.start:
            view.resizeRequested.emit(span.uuid, start, span.end)
    else:
        end = view.step_word(span.end, forward, "end") if word else view.step_cluster(span.end, forward)
        if end > span.start and end != span.end:
            view.resizeRequested.emit(span.uuid, span.start, end)


def _move_caret(view: TextView, cp: int, extend: bool) -> None:
    st = view.state
    if not extend:
        view._anchor = cp
        st.selection = None
    else:
        if st.selection is None and st.selected_span is None:
            view._anchor = st.caret or 0
        a, b = sorted((view._anchor, cp))
        st.selection = (a, b) if a < b else None
    st.caret = cp
    st.selected_span = st.selected_relation = None
    view.ensure_visible(cp)
    view.viewport().update()
    view.selectionChanged.emit()


def _line_step(view: TextView, cp: int, down: bool) -> int:
    lay = view.layout_
    p, k, x = lay.locate(cp)
    if down:
        if k + 1 < len(lay.paras[p].lines):
            return lay.cp_at(p, k + 1, x)
        return lay.cp_at(p + 1, 0, x) if p + 1 < len(lay.paras) else len(view.text)
    if k > 0:
        return lay.cp_at(p, k - 1, x)
    return lay.cp_at(p - 1, max(len(lay.paras[p - 1].lines) - 1, 0), x) if p > 0 else 0


def _line_edge(view: TextView, cp: int, end: bool) -> int:
    lay = view.layout_
    p, k, _ = lay.locate(cp)
    para = lay.paras[p]
    if not para.lines:
        return para.info.cp_start
    line = para.lines[k]
    local = line.end16 if end else line.start16
    out = lay.map.from_local(local, para.info)
    if end and k + 1 < len(para.lines) and out > para.info.cp_start:
        out = view.step_cluster(out, False)  # stay on this line, before the wrap point
    return out
