"""The side panel and lists as a user sees them: the selected span's row and romanised line
follow every edit to that span, and the window and its panels fit the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator import translit
from tests.ui.conftest import add_document

K = Qt.Key
M = Qt.KeyboardModifier

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि पीआरओ अजय मिश्रा पर आरोप लगे हैं।"


def _selected_rows(view) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def test_roman_line_and_row_follow_keyboard_edge_moves_and_relabels(qtbot, project_path, make_window):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view, side = window.view, window.side
    word = TEXT.index("विजय")
    other = TEXT.index("अजय")
    view.set_text_selection(other, other + len("अजय"))
    qtbot.keyClick(view, "p")  # a span before which ours will sort once it grows
    view.set_text_selection(word, word + len("विजय"))
    qtbot.keyClick(view, "p")
    span = view.selected_span()
    assert side.roman_label.text() == f"PERSON: {translit.romanise('विजय', 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    qtbot.keyClick(view, K.Key_Right, M.ControlModifier | M.ShiftModifier)  # end edge one word on
    assert view.selected_span() == span
    grown = "विजय सिंह"
    assert TEXT[view.spans()[span].start : view.spans()[span].end] == grown
    assert side.roman_label.text() == f"PERSON: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    qtbot.keyClick(view, "o")  # relabel
    assert side.roman_label.text() == f"ORGANIZATION: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    window.session.undo_stack.undo()  # the label back; still the same span, still selected
    assert side.roman_label.text() == f"PERSON: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]
    window.session.undo_stack.undo()  # the edge back
    assert side.roman_label.text() == f"PERSON: {translit.romanise('विजय', 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]
