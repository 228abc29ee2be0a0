"""The text view after a re-layout while scrolled (romanised view on/off, zoom, resize): every
visible line is on screen exactly once, where the layout puts it, line tops strictly increase,
and a press on a word acts on the word drawn there. Checked on the view's record of which line
it drew where (`view.screen`), not on pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.project import resolve_scheme
from annotator.rows import RelationRow, SpanRow
from tests.data.articles import LUCKNOW
from ui.text import TextView

WORD = "पुलिस"


def _long_text(chars: int) -> str:
    paras = [p for p in LUCKNOW.text.split("\n") if p.strip()]
    out, i = [], 0
    while sum(len(p) + 2 for p in out) < chars:
        out.append(paras[i % len(paras)])
        i += 1
    return "\n\n".join(out)


def _gloss(text: str) -> list[tuple[int, int, str]]:
    """Made-up romanisation: one segment per word, as long as the word."""
    out, i = [], 0
    for word in text.split(" "):
        if word.strip():
            out.append((i, i + len(word), "r" * len(word)))
        i += len(word) + 1
    return out


def _view(qtbot, text: str, spans=(), relations=()) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_scheme(resolve_scheme("hindi-news"))
    view.load("doc", "asha", text, list(spans), list(relations))
    view.show()
    qtbot.waitExposed(view)
    _settle(qtbot, view)
    return view


def _settle(qtbot, view: TextView) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not view.layout_pending())
    for _ in range(3):
        QApplication.processEvents()


def _check_screen(view: TextView) -> None:
    lay, scroll, h = view.layout_, view.verticalScrollBar().value(), view.viewport().height()
    assert view.screen.problems(lay, scroll, h) == []
    tops = [lay.paras[p].top + line.y for p, _, line in lay.visible_lines(scroll, scroll + h)]
    bottoms = [lay.paras[p].top + line.bottom for p, _, line in lay.visible_lines(scroll, scroll + h)]
    assert len(tops) > 3
    assert all(a < b for a, b in zip(tops, tops[1:]))
    assert all(b <= t for b, t in zip(bottoms, tops[1:]))  # no overlap
    shown = sorted((s.p, s.k) for s in view.screen.strips)
    assert set(shown) == {(p, k) for p, k, _ in lay.visible_lines(scroll, scroll + h) if lay.paras[p].top + lay.paras[p].lines[k].bottom > scroll}


def _press_word(qtbot, view: TextView) -> None:
    """Drag across the first visible WORD at its drawn place; that word is selected."""
    h = view.viewport().height()
    for cp in (i for i in range(len(view.text)) if view.text.startswith(WORD, i)):
        a, b = view.cursor_rect(cp), view.cursor_rect(cp + len(WORD))
        if 0 < a.top() and a.bottom() < h and a.top() == b.top():
            break
    y = a.center().y()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(a.left() + 2, y))
    qtbot.mouseMove(view.viewport(), QPoint(b.left() - 2, y))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(b.left() - 2, y))
    assert view.selection() == (cp, cp + len(WORD))


def _relayouts(qtbot, view: TextView, text: str):
    yield lambda: view.set_gloss(_gloss(text))
    yield lambda: view.set_gloss(None)
    yield lambda: view.set_zoom(1.5)
    yield lambda: view.set_zoom(1.0)
    yield lambda: view.window().resize(700, 500)
    yield lambda: view.window().resize(1000, 650)


def _scrolled_relayouts(qtbot, chars: int) -> None:
    text = _long_text(chars)
    view = _view(qtbot, text)
    bar = view.verticalScrollBar()
    for step, relayout in enumerate(_relayouts(qtbot, view, text)):
        bar.setValue(bar.maximum() * (step + 2) // 9)
        _settle(qtbot, view)
        relayout()
        _settle(qtbot, view)
        bar.setValue(bar.value() + bar.pageStep() // 3)  # a small scroll after: pixels move
        _settle(qtbot, view)
        _check_screen(view)
        _press_word(qtbot, view)


def test_long_article_relayout_while_scrolled_shows_each_line_once(qtbot):
    _scrolled_relayouts(qtbot, 50_000)


def test_short_article_relayout_while_scrolled_shows_each_line_once(qtbot):
    _scrolled_relayouts(qtbot, 2_400)


def test_find_puts_the_hit_in_the_middle_third(qtbot):
    from ui.search.find_bar import FindBar

    text = _long_text(8_000)
    view = _view(qtbot, text)
    bar = FindBar(view)
    qtbot.addWidget(bar)
    bar.show()
    bar.edit.setText(WORD)
    _settle(qtbot, view)
    h = view.viewport().height()
    seen = 0
    for _ in range(min(len(bar.hits), 8)):
        bar.step(1)
        a = bar.hits[bar.current][0]
        if a > 0 and view.verticalScrollBar().value() not in (0, view.verticalScrollBar().maximum()):
            assert h / 3 <= view.cursor_rect(a).center().y() <= 2 * h / 3
            seen += 1
    assert seen > 0


def test_a_line_already_in_view_is_never_scrolled_for_the_user(qtbot):
    """Selecting (e.g. a span just added) on the last fully visible line leaves the view still;
    a line out of view is scrolled in."""
    text = _long_text(8000)
    view = _view(qtbot, text)
    h = view.viewport().height()
    bottom = next(cp for cp in range(len(text) - 1, -1, -1) if 0 <= view.cursor_rect(cp).top() and view.cursor_rect(cp).bottom() <= h)
    before = view.verticalScrollBar().value()
    assert view.cursor_rect(bottom).bottom() > h - 2 * view.layout_.arc_row_h  # inside the old margin
    view.ensure_visible(bottom)
    assert view.verticalScrollBar().value() == before
    far = len(text) - 1
    assert view.cursor_rect(far).top() > h
    view.ensure_visible(far)
    rect = view.cursor_rect(far)
    assert 0 <= rect.top() and rect.bottom() <= view.viewport().height()


def _word_on_line(view: TextView, y0: int, y1: int) -> int:
    """Start of the first पुलिस whose line lies between viewport y0 and y1."""
    at = 0
    while True:
        at = view.text.index(WORD, at + 1)
        if y0 <= view.cursor_rect(at).top() <= y1:
            return at


def _add(view: TextView, *rows) -> None:
    from annotator.edits import Changes

    spans = tuple((None, r) for r in rows if isinstance(r, SpanRow))
    rels = tuple((None, r) for r in rows if isinstance(r, RelationRow))
    view.apply_changes(Changes("doc", spans, rels))


def test_rows_added_above_keep_the_line_under_the_pointer_still(qtbot):
    """A span bar row and a first arc row added on lines above the pointer push nothing
    under it: the line the pointer is on keeps its place on screen (issue 13, item 8)."""
    text = _long_text(8000)
    view = _view(qtbot, text)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    _settle(qtbot, view)
    h = view.viewport().height()
    under = _word_on_line(view, h // 2, h)
    above = _word_on_line(view, 0, h // 3)
    pointer = view.cursor_rect(under).center()
    qtbot.mouseMove(view.viewport(), pointer)
    top = view.cursor_rect(under).top()
    # Nested spans on the line above: two bar rows; then a relation: an arc row above it.
    outer = SpanRow("s1", "doc", "asha", above, above + len(WORD) + 4, "ORGANIZATION")
    inner = SpanRow("s2", "doc", "asha", above, above + len(WORD), "PERSON")
    _add(view, outer, inner)
    assert view.cursor_rect(under).top() == top
    other = view.text.index(WORD, above + 1)
    third = SpanRow("s3", "doc", "asha", other, other + len(WORD), "PERSON")
    _add(view, third, RelationRow("r1", "doc", "asha", "s2", "s3", "MEMBER_OF"))
    _settle(qtbot, view)
    assert view.cursor_rect(under).top() == top
    assert view.position_at(pointer) in range(under, under + len(WORD) + 1)
    _check_screen(view)


def test_without_the_pointer_the_changed_line_stays_still(qtbot):
    """Keyboard tagging (pointer outside the view): the line of the new span stays put even
    though its own bar row is new; a change above the view keeps the top line still."""
    text = _long_text(8000)
    view = _view(qtbot, text)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _settle(qtbot, view)
    h = view.viewport().height()
    at = _word_on_line(view, h // 2, h)
    top = view.cursor_rect(at).top()
    _add(view, SpanRow("k1", "doc", "asha", at, at + len(WORD), "PERSON"))
    assert view.cursor_rect(at).top() == top
    first = view.position_at(QPoint(40, 2))
    first_top = view.cursor_rect(first).top()
    high = text.index(WORD)
    assert view.cursor_rect(high).top() < 0
    _add(view, SpanRow("k2", "doc", "asha", high, high + len(WORD), "PERSON"), SpanRow("k3", "doc", "asha", high, high + 2, "MISC"))
    assert view.cursor_rect(first).top() == first_top


def test_a_label_at_the_end_of_a_line_is_drawn_whole(qtbot):
    """A span on a line's last word keeps its whole label name inside the view: the label
    moves left rather than running off the right edge (issue 13, item 9)."""
    text = _long_text(3000)
    view = _view(qtbot, text)
    lay = view.layout_
    label_w = lay.label_width("DESIGNATION")

    def last_word(para, line):
        end = lay.map.from_local(line.end16, para.info)
        while text[end - 1] == " ":
            end -= 1
        return text.rfind(" ", 0, end) + 1, end

    ends = [last_word(para, line) for para in lay.paras if para.layout is not None for line in para.lines[:-1]]
    start, end = next((a, b) for a, b in ends if view.cursor_rect(a).left() + label_w > view.viewport().width())
    _add(view, SpanRow("d1", "doc", "asha", start, end, "DESIGNATION"))
    _settle(qtbot, view)
    rect = view.span_bar_rect("d1")
    assert rect.right() <= view.viewport().width() - 2
    assert rect.width() >= int(label_w)
    pos = QPoint(rect.left() + 3, rect.bottom() - 3)
    assert view.hit(pos).span == "d1"
