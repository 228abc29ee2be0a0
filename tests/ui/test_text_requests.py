"""The text view's requests carry their target: a label key tags the selected text by its
offsets or relabels the selected span by id, Delete names the span or relation, and with
nothing selected the view says what to do. The view alone, no window and no project."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.project import RelationRow, SpanRow, resolve_scheme
from ui.text import TextView

TEXT = "पुलिस आयुक्त विजय सिंह ने कानपुर में बताया"


def _view(qtbot) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.set_scheme(resolve_scheme("hindi-news"))
    start = TEXT.index("विजय सिंह")
    kanpur = TEXT.index("कानपुर")
    spans = [
        SpanRow("p", "doc", "asha", start, start + len("विजय सिंह"), "PERSON"),
        SpanRow("k", "doc", "asha", kanpur, kanpur + len("कानपुर"), "LOCATION"),
    ]
    view.load("doc", "asha", TEXT, spans, [RelationRow("r", "doc", "asha", "p", "k", "LOCATED_IN")])
    view.show()
    qtbot.waitExposed(view)
    return view


def _record(signal) -> list[tuple]:
    got: list[tuple] = []
    signal.connect(lambda *args: got.append(args))
    return got


def test_a_label_tags_the_selected_text_by_its_offsets(qtbot):
    view = _view(qtbot)
    tags, relabels = _record(view.tagRequested), _record(view.relabelRequested)
    a = TEXT.index("आयुक्त")
    view.set_text_selection(a + 1, a + 3)  # snapped to the word
    view.request_label("DESIGNATION")
    assert tags == [("DESIGNATION", a, a + len("आयुक्त"))]
    assert relabels == []


def test_a_label_relabels_the_selected_span_by_id_unless_it_has_it(qtbot):
    view = _view(qtbot)
    tags, relabels = _record(view.tagRequested), _record(view.relabelRequested)
    view.select_span("p")
    view.request_label("PERSON")
    assert relabels == []
    view.request_label("ORGANIZATION")
    assert relabels == [("p", "ORGANIZATION")]
    assert tags == []


def test_nothing_selected_is_a_notice_not_a_request(qtbot):
    view = _view(qtbot)
    tags, notices = _record(view.tagRequested), _record(view.notice)
    view.request_label("PERSON")
    assert tags == [] and notices == [("Select some text first, then press a label key.",)]


def test_delete_names_the_selected_span_or_relation(qtbot):
    view = _view(qtbot)
    spans, rels = _record(view.deleteSpanRequested), _record(view.deleteRelationRequested)
    view.select_span("k")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.select_relation("r")
    view.request_delete()
    view.set_text_selection(0, 3)
    view.request_delete()  # text only: nothing to delete
    assert spans == [("k",)] and rels == [("r",)]


def test_shift_arrows_resize_the_selected_span_by_id(qtbot):
    view = _view(qtbot)
    resizes = _record(view.resizeRequested)
    view.select_span("p")
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    start = TEXT.index("विजय सिंह")
    assert resizes == [("p", start, TEXT.index(" ने") + len(" ने"))]


def test_label_keys_go_through_the_same_requests(qtbot):
    view = _view(qtbot)
    tags, relabels = _record(view.tagRequested), _record(view.relabelRequested)
    view.set_text_selection(0, 2)
    qtbot.keyClick(view, "o")  # ORGANIZATION's key
    view.select_span("k")
    qtbot.keyClick(view, "d")  # DESIGNATION's key
    assert tags == [("ORGANIZATION", 0, len("पुलिस"))]
    assert relabels == [("k", "DESIGNATION")]
