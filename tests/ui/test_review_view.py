"""A review you can see (issue 13, item 10, and Escape): every row centred on the current
disagreement, the rows scrolled together, both ends of a far relation shown in the context
strip, rows of a sensible height, an Undo button whose text never changes, Escape closing
the review window itself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator import edits
from annotator.project import Project
from tests.ui.conftest import add_document

FILLER = "इस बीच शहर में कई दूसरी खबरें भी आईं और लोग अपने काम में लगे रहे।"
NEAR = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि जांच जारी है।"
FAR = "बाद में कानपुर में अजय मिश्रा से पूछताछ हुई।"
# The boundary disagreement deep in the text, the relation's tail far below its head.
TEXT = "\n\n".join([FILLER] * 12 + [NEAR] + [FILLER] * 14 + [FAR] + [FILLER] * 6)


def _at(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word)


def seed(path) -> str:
    doc = add_document(path, TEXT, "long-1")
    with Project.open(path) as p:
        ids = {n: edits.ensure_annotator(p, n) for n in ("asha", "ravi")}

        def span(who, word, label, cut=None):
            a, b = _at(word)
            return edits.add_span(p, document=doc, annotator=ids[who], start=a, end=b if cut is None else a + cut, label=label).spans[0][1].uuid

        span("asha", "विजय सिंह मीणा", "PERSON")
        span("ravi", "विजय सिंह मीणा", "PERSON", cut=len("विजय सिंह"))
        kanpur = span("asha", "कानपुर", "LOCATION")
        span("ravi", "कानपुर", "LOCATION")
        d = {n: span(n, "पुलिस आयुक्त", "DESIGNATION") for n in ids}
        edits.add_relation(p, head=d["asha"], tail=kanpur, label="DESIGNATION_AT")  # only asha, far apart
    return doc


def _open(qtbot, project_path, make_window):
    seed(project_path)
    window = make_window(project_path, annotator="lead")
    review = window.team.open_review()
    review.resize(1400, 880)
    qtbot.waitExposed(review)
    return window, review


def _centred(view, start: int, end: int) -> bool:
    h = view.viewport().height()
    top, bottom = view.cursor_rect(start), view.cursor_rect(end - 1)
    return 0 <= top.top() and bottom.bottom() <= h and abs((top.top() + bottom.bottom()) / 2 - h / 2) < h / 4


def test_rows_centred_and_scrolled_together(qtbot, project_path, make_window):
    window, review = _open(qtbot, project_path, make_window)
    boundary = next(k for k in review.list.keys if review.review.group(k).kind == "boundary")
    review.list.select(boundary)
    a, b = _at("विजय सिंह मीणा")
    for row in [*review.rows, review.gold_row]:
        view = row.view
        assert view.verticalScrollBar().value() > 0  # deep in the text: it had to scroll
        assert _centred(view, a, b), row.title.text()
        # room for a few lines with their bars, whatever the window's height
        assert view.minimumHeight() >= 8 * view.fontMetrics().lineSpacing()
    # the context strip: each annotator's proposal in its sentence
    strip = review.layers.context
    assert strip.isVisible() and len(strip.rows) == 2
    assert "विजय सिंह मीणा" in strip.rows[0] and "PERSON" in strip.rows[1]
    # the user scrolls one row: the others follow to the same text
    first, second = review.rows[0].view, review.rows[1].view
    first.verticalScrollBar().setValue(first.verticalScrollBar().value() + 5 * first.fontMetrics().lineSpacing())
    cp = first.position_at(QPoint(4, 1))
    for other in (second, review.gold_row.view):
        assert abs(other.cursor_rect(cp).top() - first.cursor_rect(cp).top()) <= 1
    review.close()


def test_far_relation_both_ends_in_the_strip(qtbot, project_path, make_window):
    window, review = _open(qtbot, project_path, make_window)
    relation = next(k for k in review.list.keys if review.review.group(k).kind == "relation")
    review.list.select(relation)
    strip = review.layers.context
    asha, ravi = strip.rows
    assert "पुलिस आयुक्त" in asha and "कानपुर" in asha and "DESIGNATION_AT" in asha
    assert "no relation" in ravi
    assert "too far apart" in review.statusBar().currentMessage()
    a, b = _at("पुलिस आयुक्त")
    assert _centred(review.rows[0].view, a, b)  # the first end, centred
    review.close()


def test_undo_text_is_fixed_and_escape_closes_the_review(qtbot, project_path, make_window):
    window, review = _open(qtbot, project_path, make_window)
    undo = review.actions_["undo"]
    assert undo.text() == "Undo" and not undo.isEnabled()
    review.list.select(review.list.keys[0])
    qtbot.keyClick(review.list, "1")
    assert undo.text() == "Undo" and undo.isEnabled()  # the button keeps its width
    assert undo.toolTip().startswith("Undo: ") and len(undo.toolTip()) > len("Undo: ")
    undo.trigger()
    assert not undo.isEnabled() and review.actions_["redo"].isEnabled()
    assert review.actions_["redo"].text() == "Redo"
    # Escape in the list closes the review window, not the main window behind it
    qtbot.keyClick(review.list, Qt.Key.Key_Escape)
    assert not review.isVisible() and window.isVisible()
    # and from an annotator row too
    review = window.team.open_review()
    qtbot.waitExposed(review)
    qtbot.keyClick(review.rows[0].view, Qt.Key.Key_Escape)
    assert not review.isVisible() and window.isVisible()
