"""The demo layer's example in the main window: a newcomer sees bars and arcs at once, the
example stays read-only, tagging starts the own layer, Copy and Hide do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator import defaults
from annotator.project import Project


@pytest.fixture
def demo_path(tmp_path, monkeypatch):
    monkeypatch.setattr(defaults, "default_project_path", lambda: tmp_path / "default.db")
    path = defaults.ensure_default_project()
    with Project.open(path) as project:
        demo = project.annotator(defaults.DEMO_ANNOTATOR).uuid
        document = next(d.uuid for d in project.documents() if project.relations(d.uuid, demo))
    return path, demo, document


def _open(make_window, demo_path):
    path, demo, document = demo_path
    window = make_window(path, "ravi")
    window.open_document(document)
    return window, demo, document


def _layer(window, annotator):
    p = window.session.project
    return sorted((s.start, s.end, s.label) for s in p.spans(window.document, annotator))


def test_the_demo_article_shows_the_example_read_only(qtbot, make_window, demo_path):
    window, demo, document = _open(make_window, demo_path)
    view = window.view
    assert view.annotator == demo and view.spans() and view.relations()
    assert not window.example_bar.isHidden() and "read-only" in window.example_bar.message.text()
    assert window.span_model.rowCount() == 0  # the lists are ravi's own layer
    before = _layer(window, demo)
    span = next(iter(view.spans()))
    view.select_span(span)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    label_key = next(k for k in "pol" if view.label_for_key(k))
    qtbot.keyClick(view, label_key)
    assert _layer(window, demo) == before  # the example is never edited
    assert "read-only" in window.statusBar().currentMessage()
    assert _layer(window, window.session.annotator) == []


def test_tagging_text_starts_the_own_layer_where_the_view_was(qtbot, make_window, demo_path):
    window, demo, document = _open(make_window, demo_path)
    view = window.view
    free = next(i for i in range(len(view.text)) if view.text[i] != " " and not view.spans_at(i))
    end = view.text.find(" ", free)
    view.tagRequested.emit("MISC", free, end)
    me = window.session.annotator
    assert view.annotator == me and window.example_bar.isHidden()
    assert _layer(window, me) == [(free, end, "MISC")]
    assert [s.label for s in view.spans().values()] == ["MISC"]
    assert window.span_model.rowCount() == 1
    assert view.selected_span() in view.spans()


def test_copy_makes_the_example_ones_own_and_undo_takes_it_back(qtbot, make_window, demo_path):
    window, demo, document = _open(make_window, demo_path)
    me = window.session.annotator
    qtbot.mouseClick(window.example_bar.copy_button, Qt.MouseButton.LeftButton)
    assert _layer(window, me) == _layer(window, demo)
    assert window.view.annotator == me and len(window.view.relations()) == len(window.session.project.relations(document, demo))
    assert window.span_model.rowCount() == len(_layer(window, demo))
    window.session.undo_stack.undo()
    assert _layer(window, me) == []


def test_hide_shows_the_own_empty_layer(qtbot, make_window, demo_path):
    window, demo, document = _open(make_window, demo_path)
    qtbot.mouseClick(window.example_bar.hide_button, Qt.MouseButton.LeftButton)
    assert window.view.annotator == window.session.annotator and window.view.spans() == {}
    assert window.example_bar.isHidden()
    window.navigator.step(1)
    window.navigator.step(-1)
    assert window.view.spans() == {}  # hidden stays hidden on coming back


def test_the_bar_stacks_its_buttons_when_the_message_would_wrap(qtbot, make_window, demo_path):
    from PySide6.QtWidgets import QBoxLayout

    window, demo, document = _open(make_window, demo_path)
    bar = window.example_bar
    bar.resize(2000, bar.height())
    assert bar.box.direction() == QBoxLayout.Direction.LeftToRight
    bar.resize(500, bar.height())
    assert bar.box.direction() == QBoxLayout.Direction.TopToBottom


def _window_y(view, cp, window) -> int:
    """The top of the text line at `cp` on the window."""
    return view.viewport().mapTo(window, QPoint(0, view.cursor_rect(cp).top())).y()


def test_the_first_tag_keeps_the_tagged_line_where_it_was_on_the_window(qtbot, make_window, demo_path):
    """Issue 13: the example's rows and bar go at the first tag, but the line under the
    pointer stays at its height on the window, so the next drag lands on the same words."""
    window, demo, document = _open(make_window, demo_path)
    view = window.view
    qtbot.waitUntil(lambda: not view.layout_pending())
    words = [(i, view.text.find(" ", i)) for i in range(1, len(view.text)) if view.text[i - 1] in " \n" and view.text[i] not in " \n"]
    # a word no example span holds, with example rows above it on screen
    start, end = next((a, b) for a, b in words if b > a and not any(view.spans_at(c) for c in range(a, b)) and view.cursor_rect(a).top() > 150)
    qtbot.mouseMove(view.viewport(), view.cursor_rect(start).center())  # the pointer rests on it
    view.set_text_selection(start, end)
    before = _window_y(view, start, window)
    assert view.verticalScrollBar().value() == 0  # the text is short: nothing to scroll up to
    qtbot.keyClick(view, next(k for k in "pol" if view.label_for_key(k)))
    assert view.annotator == window.session.annotator and window.example_bar.isHidden()
    assert [(s.start, s.end) for s in view.spans().values()] == [(start, end)]
    assert abs(_window_y(view, start, window) - before) <= 2
    # the room made above the text goes once scrolled into the text, and does not come back
    bar = view.verticalScrollBar()
    assert bar.minimum() < 0
    bar.setValue(0)
    assert bar.minimum() == 0
    bar.setValue(-10)
    assert bar.value() == 0
