"""Relations by keys and clicks (allowed types only, a forbidden pair refused), offsets in a
text with an emoji and CRLF lines, reopening the project, and plain-text safety."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from tests.ui.conftest import add_document
from tests.ui.test_annotating import click, drag

K = Qt.Key

TRICKY = "😀 पहली पंक्ति\r\nदूसरी पंक्ति में दारोगा राम आया\r\n\r\nतीसरी 👍 पंक्ति: सीता, कानपुर 2 जुलाई 2020 को।\r\n"


def tag_words(qtbot, window, words: list[tuple[str, str]]) -> dict[str, str]:
    """Drag across each word (first occurrence) and press its label key; returns span ids."""
    view, text, ids = window.view, window.view.text, {}
    for word, key in words:
        a = text.index(word)
        drag(qtbot, view, a, a + len(word) - 1)
        assert view.selection() == (a, a + len(word)), word
        qtbot.keyClick(view, key)
        ids[word] = view.selected_span()
    return ids


def pick_relation(qtbot, window, head: str, tail: str):
    view = window.view
    click(qtbot, view, view.span_bar_rect(head).center())
    assert view.selected_span() == head
    qtbot.keyClick(view, "r")
    assert view.picking()
    click(qtbot, view, view.span_rect(tail).center())
    return QApplication.activePopupWidget()


def test_offsets_after_emoji_and_crlf(qtbot, project_path, make_window, annotator_uuid):
    doc = add_document(project_path, TRICKY)
    window = make_window(project_path)
    assert window.view.text == TRICKY  # stored text untouched, CRLF and all
    ids = tag_words(qtbot, window, [("राम", "p"), ("सीता", "p"), ("कानपुर", "l"), ("दारोगा", "d")])
    with Project.open(project_path) as p:
        spans = {s.uuid: s for s in p.spans(doc, annotator_uuid)}
    for word, uuid in ids.items():
        s = spans[uuid]
        assert (s.start, s.end) == (TRICKY.index(word), TRICKY.index(word) + len(word))
        assert TRICKY[s.start : s.end] == word
    # the same through the keyboard: "2" selected, each Ctrl+Shift+Right adds a word
    view = window.view
    a = TRICKY.index("2 जुलाई")
    view.set_text_selection(a, a + 1, precise=True)
    qtbot.keyClick(view, K.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, K.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, "t")
    with Project.open(project_path) as p:
        dates = [s for s in p.spans(doc, annotator_uuid) if s.label == "DATE"]
    assert [TRICKY[s.start : s.end] for s in dates] == ["2 जुलाई 2020"]


def test_relation_by_keys_and_refusal(qtbot, project_path, make_window, annotator_uuid, errors):
    doc = add_document(project_path, TRICKY)
    window = make_window(project_path)
    ids = tag_words(qtbot, window, [("राम", "p"), ("दारोगा", "d"), ("कानपुर", "l"), ("जुलाई", "t")])
    menu = pick_relation(qtbot, window, ids["राम"], ids["दारोगा"])
    assert menu is not None
    offered = [a.text().replace("&", "").split()[-1] for a in menu.actions()]
    allowed = window.session.project.scheme.allowed_relations("PERSON", "DESIGNATION")
    assert offered == [r.name for r in allowed]  # only what PERSON -> DESIGNATION allows
    assert "HAS_DESIGNATION" in offered and "LOCATED_IN" not in offered
    qtbot.keyClick(menu, "d")  # HAS_DESIGNATION's key
    with Project.open(project_path) as p:
        rels = p.relations(doc, annotator_uuid)
    assert [(r.head, r.tail, r.label) for r in rels] == [(ids["राम"], ids["दारोगा"], "HAS_DESIGNATION")]
    assert len(window.view.relations()) == 1 and window.relation_model.rowCount() == 1

    # LOCATION -> DATE: the scheme allows nothing, so no menu and a clear message
    menu = pick_relation(qtbot, window, ids["कानपुर"], ids["जुलाई"])
    assert menu is None
    assert "allows no relation from LOCATION to DATE" in window.statusBar().currentMessage()
    # a type the scheme forbids for this pair is refused by the core with one sentence
    window.add_relation(ids["कानपुर"], ids["जुलाई"], "HAS_DESIGNATION")
    assert errors and "does not allow" in errors[-1]
    with Project.open(project_path) as p:
        assert len(p.relations(doc, annotator_uuid)) == 1
    assert window.session.undo_stack.count() == 5  # 4 spans + 1 relation; the refusal left nothing

    # select the relation by its arc label, Delete removes it, undo brings it back
    view = window.view
    rel = next(iter(view.relations()))
    click(qtbot, view, view.relation_label_rect(rel).center())
    assert view.selected_relation() == rel
    qtbot.keyClick(view, K.Key_Delete)
    assert view.relations() == {} and window.relation_model.rowCount() == 0
    window.session.undo_stack.undo()
    assert list(view.relations()) == [rel]
    # deleting a span takes its relations along; undo restores both with the same ids
    view.select_span(ids["राम"])
    qtbot.keyClick(view, K.Key_Delete)
    assert view.relations() == {}
    window.session.undo_stack.undo()
    assert list(view.relations()) == [rel] and ids["राम"] in view.spans()
    # Esc cancels; Tab + Enter picks the target from the keyboard
    view.select_span(ids["दारोगा"])
    qtbot.keyClick(view, "r")
    qtbot.keyClick(view, K.Key_Escape)
    assert not view.picking()
    view.select_span(ids["राम"])
    qtbot.keyClick(view, "r")
    qtbot.keyClick(view, K.Key_Tab)
    assert view.state.pick_target == ids["कानपुर"]
    qtbot.keyClick(view, K.Key_Return)
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, "r")  # RESIDENT_OF's key
    assert sorted(r.label for r in view.relations().values()) == ["HAS_DESIGNATION", "RESIDENT_OF"]
    assert errors == [errors[0]]  # only the one refusal above


def test_reopen_finds_everything(qtbot, project_path, make_window, annotator_uuid):
    add_document(project_path, TRICKY)
    window = make_window(project_path)
    ids = tag_words(qtbot, window, [("राम", "p"), ("दारोगा", "d")])
    menu = pick_relation(qtbot, window, ids["राम"], ids["दारोगा"])
    qtbot.keyClick(menu, "d")
    before = sorted((s.start, s.end, s.label) for s in window.view.spans().values())
    window.close()
    again = make_window(project_path)
    assert sorted((s.start, s.end, s.label) for s in again.view.spans().values()) == before
    assert [r.label for r in again.view.relations().values()] == ["HAS_DESIGNATION"]
    assert again.span_model.rowCount() == 2 and again.relation_model.rowCount() == 1


def test_text_is_never_html(qtbot, project_path, make_window):
    text = "<b>x</b> & <script>alert(1)</script> <i>तिरछा</i>"
    add_document(project_path, text)
    window = make_window(project_path)
    view = window.view
    assert view.text == text
    view.layout_.ensure(0)
    assert view.layout_.paras[0].layout.text() == text  # the layout holds the literal characters
    a = text.index("<b>")
    view.set_text_selection(a, a + len("<b>x</b>"), precise=True)
    qtbot.keyClick(view, "x")
    index = window.span_model.index(0, 1)
    assert index.data() == "<b>x</b>"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tooltip  # escaped inside an explicit rich-text tooltip
    row = window.doc_model.index(0, 1)
    assert row.data() == "doc"
