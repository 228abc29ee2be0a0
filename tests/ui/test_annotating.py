"""Annotating as a user does: mouse selection with snapping, label keys, relabel, resize,
delete, undo and redo, checked in the database and in the view each time."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from tests.ui.conftest import add_document

K = Qt.Key
M = Qt.KeyboardModifier
LEFT = Qt.MouseButton.LeftButton

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि पीआरओ अजय मिश्रा पर आरोप लगे हैं।"


def drag(qtbot, view, a: int, b: int, modifier=M.NoModifier) -> None:
    """Press inside code point `a`'s cluster and release inside `b`'s, like a mouse drag."""
    vp = view.viewport()
    start = view.cursor_rect(a).center() + QPoint(3, 0)
    end = view.cursor_rect(b).center() + QPoint(-3, 0)
    qtbot.mousePress(vp, LEFT, modifier, start)
    qtbot.mouseMove(vp, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(vp, end)
    qtbot.mouseRelease(vp, LEFT, modifier, end)


def click(qtbot, view, point: QPoint) -> None:
    qtbot.mouseClick(view.viewport(), LEFT, M.NoModifier, point)


def db_spans(path, annotator: str):
    with Project.open(path) as p:
        return [(s.start, s.end, s.label) for s in p.spans(p.document_by_ext_id("doc").uuid, annotator)]


def view_spans(window):
    return sorted((s.start, s.end, s.label) for s in window.view.spans().values())


def test_select_tag_relabel_resize_delete_undo_redo(qtbot, project_path, make_window, annotator_uuid, errors):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view = window.view
    word = TEXT.index("विजय")
    # A drag inside one word selects the whole word (snapping), never half an akshara.
    drag(qtbot, view, word + 1, word + 3)
    assert view.selection() == (word, word + len("विजय"))
    qtbot.keyClick(view, "p")
    assert db_spans(project_path, annotator_uuid) == [(word, word + 4, "PERSON")]
    assert view_spans(window) == [(word, word + 4, "PERSON")]
    assert window.span_model.rowCount() == 1
    span = view.selected_span()
    assert span is not None  # the new span is selected at once

    qtbot.keyClick(view, "o")  # the label key of a selected span relabels it
    assert db_spans(project_path, annotator_uuid) == [(word, word + 4, "ORGANIZATION")]
    assert view_spans(window) == [(word, word + 4, "ORGANIZATION")]

    qtbot.keyClick(view, K.Key_Right, M.ControlModifier | M.ShiftModifier)  # end edge: one word
    qtbot.keyClick(view, K.Key_Right, M.ControlModifier | M.ShiftModifier)
    full = (word, word + len("विजय सिंह मीणा"), "ORGANIZATION")
    assert db_spans(project_path, annotator_uuid) == [full]
    assert view_spans(window) == [full]
    assert TEXT[full[0] : full[1]] == "विजय सिंह मीणा"
    # the two edge moves are one undo step
    assert window.session.undo_stack.count() == 3

    qtbot.keyClick(view, K.Key_Delete)
    assert db_spans(project_path, annotator_uuid) == []
    assert view_spans(window) == [] and window.span_model.rowCount() == 0

    stack = window.session.undo_stack
    stack.undo()  # delete
    assert db_spans(project_path, annotator_uuid) == [full] and view_spans(window) == [full]
    stack.undo()  # resize
    assert db_spans(project_path, annotator_uuid) == [(word, word + 4, "ORGANIZATION")]
    assert view_spans(window) == [(word, word + 4, "ORGANIZATION")]
    stack.undo()  # relabel
    stack.undo()  # add
    assert db_spans(project_path, annotator_uuid) == [] and view_spans(window) == []
    for _ in range(4):
        stack.redo()
    assert db_spans(project_path, annotator_uuid) == [] and view_spans(window) == []
    stack.undo()
    assert view_spans(window) == [full]
    with Project.open(project_path) as p:
        assert p.spans(p.document_by_ext_id("doc").uuid)[0].uuid == span  # ids survive undo
    assert errors == []


def test_akshara_precision_and_keyboard_selection(qtbot, project_path, make_window, annotator_uuid):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view = window.view
    word = TEXT.index("आयुक्त")  # clusters: आ | यु | क्त
    drag(qtbot, view, word, word + 2, M.AltModifier)  # Alt: akshara precision
    assert view.selection() == (word, word + len("आयु"))
    drag(qtbot, view, word, word + 2)  # without it: the whole word
    assert view.selection() == (word, word + len("आयुक्त"))
    # keyboard: one cluster, then Shift+Right grows by one more
    view.set_text_selection(word, word + 1, precise=True)
    assert view.selection() == (word, word + 1)
    qtbot.keyClick(view, K.Key_Right, M.ShiftModifier)
    assert view.selection() == (word, word + len("आयु"))
    qtbot.keyClick(view, K.Key_Right, M.ShiftModifier)
    assert view.selection() == (word, word + len("आयुक्त"))  # क्त never splits
    qtbot.keyClick(view, K.Key_Left, M.ShiftModifier)
    qtbot.keyClick(view, "l")
    assert db_spans(project_path, annotator_uuid) == [(word, word + len("आयु"), "LOCATION")]


def test_drag_an_edge_with_the_mouse(qtbot, project_path, make_window, annotator_uuid):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view = window.view
    start = TEXT.index("अजय")
    view.set_text_selection(start, start + 3)
    qtbot.keyClick(view, "p")
    rect = view.span_rect(view.selected_span())
    target = view.cursor_rect(TEXT.index("मिश्रा") + 2)
    vp = view.viewport()
    edge = QPoint(rect.right() + 1, rect.center().y())
    qtbot.mousePress(vp, LEFT, M.NoModifier, edge)
    qtbot.mouseMove(vp, QPoint(edge.x() + 5, edge.y()))
    qtbot.mouseMove(vp, target.center())
    qtbot.mouseRelease(vp, LEFT, M.NoModifier, target.center())
    assert db_spans(project_path, annotator_uuid) == [(start, start + len("अजय मिश्रा"), "PERSON")]


def test_click_selects_nested_spans_in_turn(qtbot, project_path, make_window):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view = window.view
    a = TEXT.index("विजय")
    view.set_text_selection(a, a + len("विजय सिंह मीणा"))
    qtbot.keyClick(view, "p")
    outer = view.selected_span()
    view.set_text_selection(a, a + 4)
    qtbot.keyClick(view, "l")
    inner = view.selected_span()
    qtbot.keyClick(view, K.Key_Escape)
    point = view.cursor_rect(a + 1).center()
    click(qtbot, view, point)
    assert view.selected_span() == inner  # innermost first
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    click(qtbot, view, point)
    assert view.selected_span() == outer  # clicking again steps outwards
    # the bars (one row each) are separately clickable
    click(qtbot, view, view.span_bar_rect(inner).center())
    assert view.selected_span() == inner
    bar = view.span_bar_rect(outer)
    assert bar.top() > view.span_bar_rect(inner).top()
    click(qtbot, view, QPoint(bar.left() + 2, bar.center().y()))
    assert view.selected_span() == outer
    # Tab walks through spans in text order
    qtbot.keyClick(view, K.Key_Tab)
    assert view.selected_span() in (inner, outer)
