"""The text view after a re-layout while scrolled (romanised view on/off, zoom, resize): every
visible line is on screen exactly once, where the layout puts it, line tops strictly increase,
and a press on a word acts on the word drawn there. Checked on the view's record of which line
it drew where (`view.screen`), not on pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.project import resolve_scheme
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
