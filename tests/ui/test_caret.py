"""Caret stepping as plain functions (ui/text/caret.py): by grapheme cluster, word, visual line
and span, on Hindi with conjuncts and a nukta, an emoji with a skin tone, and a CRLF. Only the
line steps need a layout (and so a Qt application); the rest need only the text."""

from __future__ import annotations

from annotator.project import SpanRow
from annotator.text import cached_boundaries
from ui.text import caret

# क्ष and त्रि are conjuncts, ज़ is ज + nukta (decomposed), 👍🏽 is two code points, \r\n one break.
TEXT = "क्षत्रिय ज़िला 👍🏽 ok\r\nनई"
KSHA, TRI, ZI, THUMB, CRLF = 0, 3, 9, 15, 20


def test_clusters_keep_conjuncts_nukta_emoji_and_crlf_whole():
    assert caret.step_cluster(TEXT, KSHA, True) == TRI  # क्ष is one akshara
    assert caret.step_cluster(TEXT, TRI, True) == TRI + 4  # त्रि: conjunct and its vowel sign
    assert caret.step_cluster(TEXT, ZI, True) == ZI + 3  # ज़ि: the nukta stays on its consonant
    assert caret.step_cluster(TEXT, THUMB, True) == THUMB + 2  # the skin tone stays on the emoji
    assert caret.step_cluster(TEXT, CRLF, True) == CRLF + 2  # one step over \r\n
    assert caret.step_cluster(TEXT, CRLF + 2, False) == CRLF
    assert caret.step_cluster(TEXT, THUMB + 2, False) == THUMB


def test_clusters_from_inside_a_cluster_and_at_the_ends():
    assert caret.step_cluster(TEXT, 1, True) == TRI
    assert caret.step_cluster(TEXT, 1, False) == 0
    assert caret.step_cluster(TEXT, 0, False) == 0
    assert caret.step_cluster(TEXT, len(TEXT), True) == len(TEXT)
    assert caret.step_cluster("", 0, True) == 0


def test_words_step_to_ends_forward_and_starts_back():
    assert caret.step_word(TEXT, 0, True) == 8  # end of क्षत्रिय
    assert caret.step_word(TEXT, 8, True) == 14  # end of ज़िला
    assert caret.step_word(TEXT, 14, False) == ZI
    assert caret.step_word(TEXT, 0, True, "start") == ZI
    assert caret.step_word(TEXT, len(TEXT), False) == CRLF + 2  # start of नई, over the CRLF
    assert caret.step_word(TEXT, 20, True) == len(TEXT)
    assert caret.step_word(TEXT, 0, False) == 0


def test_snapping_widens_to_words_or_clusters():
    assert caret.snap(TEXT, 1, 5, precise=False) == (0, 8)
    assert caret.snap(TEXT, 5, 1, precise=False) == (0, 8)  # either order
    assert caret.snap(TEXT, 1, 5, precise=True) == (KSHA, TRI + 4)
    assert caret.snap(TEXT, 16, 17, precise=True) == (THUMB, THUMB + 2)
    assert caret.snap(TEXT, 10, 11, precise=True) == (ZI, ZI + 3)
    assert caret.snap(TEXT, 5, 5, precise=True) is None


def test_dragged_edges_land_on_word_or_cluster_boundaries():
    assert caret.snap_edge(TEXT, 5, "start", precise=False) == 0
    assert caret.snap_edge(TEXT, 5, "end", precise=False) == 8
    assert caret.snap_edge(TEXT, 5, "end", precise=True) == TRI + 4
    assert caret.snap_edge(TEXT, 10, "start", precise=True) == ZI
    assert caret.snap_edge("", 3, "end", precise=True) == 0


def _span(uuid: str, start: int, end: int) -> SpanRow:
    return SpanRow(uuid, "doc", "ann", start, end, "PERSON")


def test_span_steps_go_in_reading_order_and_round():
    spans = [_span("c", 18, 20), _span("a", 0, 8), _span("inner", 0, 3), _span("b", 9, 14)]
    assert caret.step_span(spans, "a", True, 0) == "inner"  # the longer of two at one start first
    assert caret.step_span(spans, "inner", True, 0) == "b"
    assert caret.step_span(spans, "c", True, 0) == "a"  # round to the first
    assert caret.step_span(spans, "a", False, 0) == "c"
    assert caret.step_span(spans, None, True, 12) == "c"  # from the caret: the next span
    assert caret.step_span(spans, None, False, 12) == "b"
    assert caret.step_span([], None, True, 0) is None


def _layout(text: str, width: float):
    from ui import fonts
    from ui.text.layout import DocumentLayout

    return DocumentLayout(text, fonts.text_font(1.0), fonts.label_font(1.0), width)


def test_line_steps_follow_wrapped_lines_and_paragraphs(qapp):
    para = " ".join(["क्षत्रिय ज़िला"] * 12)
    text = para + "\r\n" + "नई 👍🏽"
    lay = _layout(text, 220)
    assert len(lay.paras) == 2
    p, k, _ = lay.locate(0)
    assert (p, k) == (0, 0) and len(lay.paras[0].lines) > 2  # the first paragraph wraps
    down = caret.step_line(lay, 0, True)
    assert lay.locate(down)[:2] == (0, 1)
    assert caret.step_line(lay, down, False) == 0
    assert caret.step_line(lay, 0, False) == 0  # above the first line: the start
    last = caret.step_line(lay, caret.line_edge(lay, 0, True), True)
    assert lay.locate(last)[:2] == (0, 1)
    second = lay.map.paragraphs[1].cp_start
    assert caret.step_line(lay, second, True) == len(text)  # below the last line: the end
    assert lay.locate(caret.step_line(lay, second, False))[0] == 0  # up over the CRLF
    for cp in (down, last):  # a line step never lands inside a cluster
        assert cached_boundaries(text).is_boundary(cp)


def test_line_edges_stay_on_their_line(qapp):
    para = " ".join(["क्षत्रिय ज़िला"] * 12)
    text = para + "\r\nनई 👍🏽"
    lay = _layout(text, 220)
    end = caret.line_edge(lay, 0, True)
    assert 0 < end < len(para) and lay.locate(end)[:2] == (0, 0)  # before the wrap point
    assert caret.line_edge(lay, end, False) == 0
    second = lay.map.paragraphs[1].cp_start
    assert caret.line_edge(lay, second, True) == len(text)
    assert caret.line_edge(lay, len(text), False) == second
