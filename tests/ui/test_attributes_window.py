"""Span attributes from the keyboard: Ctrl+Shift+E opens the editor of the selected span, the
entity_id picker lists the ids already used with their surface forms (filtered in Hindi or
Roman), ↓ and Enter take one, Enter saves as one undo step; the attribute, with a note and
an unsure flag written by ; and ?, is then found in the review window and in the export."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMenu

from annotator import attributes, edits
from annotator.exporter import export
from annotator.project import Project
from tests.core.test_attributes import with_attributes
from tests.ui.conftest import add_document
from ui.text import Hit
from tests.ui.test_annotating import drag
from tests.ui.test_notes_window import type_text, write_note

K = Qt.Key
M = Qt.KeyboardModifier
FIRST = "दारोगा अजय मिश्रा कानपुर में तैनात थे।"
SECOND = "जाँच के बाद मिश्रा ने बयान दिया।"


def at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def seed(path):
    first, second = add_document(path, FIRST, "k-1"), add_document(path, SECOND, "k-2")
    with Project.open(path) as p:
        p.set_scheme(with_attributes())
        asha, ravi = edits.ensure_annotator(p, "asha"), edits.ensure_annotator(p, "ravi")
        s, e = at(FIRST, "अजय मिश्रा")
        ajay = edits.add_span(p, document=first, annotator=asha, start=s, end=e, label="PERSON").spans[0][1].uuid
        attributes.set_attribute(p, span=ajay, name="entity_id", value="ajay-mishra")
        s, e = at(FIRST, "दारोगा")
        edits.add_span(p, document=first, annotator=asha, start=s, end=e, label="DESIGNATION")
        s, e = at(SECOND, "मिश्रा")
        edits.add_span(p, document=second, annotator=ravi, start=s, end=e, label="LOCATION")
    return first, second


def test_attribute_note_and_flag_from_the_keyboard_reach_review_and_export(qtbot, project_path, make_window, errors, tmp_path):
    first, second = seed(project_path)
    window = make_window(project_path)
    window.open_document(second)
    view, session = window.view, window.session
    a, b = at(SECOND, "मिश्रा")
    drag(qtbot, view, a + 1, b - 1)
    qtbot.keyClick(view, "p")
    span = view.selected_span()
    write_note(qtbot, window, "यही दारोगा अजय मिश्रा?")
    qtbot.keyClick(view, "?", M.ShiftModifier)

    window.actions_["attributes"].trigger()
    editor = window.attributes.editor
    assert editor is not None and editor.isVisible() and list(editor.fields) == ["entity_id", "role", "negated"]
    field, picker = editor.fields["entity_id"], editor.pickers["entity_id"]
    assert editor.focusWidget() is field
    assert [picker.item(i).text() for i in range(picker.count())] == ["ajay-mishra — अजय मिश्रा (1)"]
    type_text(field, "vijay")  # no id matches: the list empties, a new id could be typed
    assert picker.count() == 0
    field.clear()
    type_text(field, "mishra")  # Roman finds the Devanagari surface form
    assert picker.count() == 1
    qtbot.keyClick(field, K.Key_Down)
    qtbot.keyClick(picker, K.Key_Return)
    assert field.text() == "ajay-mishra" and editor.isVisible()
    role = editor.fields["role"]
    assert isinstance(role, QComboBox)
    qtbot.keyClick(role, K.Key_Down)  # (not set) -> accused
    depth = session.undo_stack.count()
    qtbot.keyClick(field, K.Key_Return)
    assert not editor.isVisible()
    assert attributes.span_attributes(session.project, span) == {"entity_id": "ajay-mishra", "role": "accused"}
    assert session.undo_stack.count() == depth + 1  # one undo step
    session.undo_stack.undo()
    assert attributes.span_attributes(session.project, span) == {}
    session.undo_stack.redo()
    tip = window.span_model.index(window.span_model.row_of(span), 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "entity_id: ajay-mishra" in tip and "role: accused" in tip  # the entity list says so
    assert [(u.value, u.spans) for u in attributes.used_values(session.project, "entity_id")] == [("ajay-mishra", 2)]
    assert errors == []

    out = tmp_path / "asha.jsonl"
    export(session.project, out, source="asha")
    record = next(r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if r["id"] == "k-2")
    (entity,) = record["entities"]
    assert entity["attributes"] == {"entity_id": "ajay-mishra", "role": "accused"}
    assert (entity["note"], entity["unsure"]) == ("यही दारोगा अजय मिश्रा?", True)

    # The lead's review shows asha's attribute and note beside ravi's other reading.
    lead = make_window(project_path, annotator="lead")
    lead.actions_["review"].trigger()
    review = lead.team.review_window
    qtbot.waitExposed(review)
    review.load_document(second)
    review.list.select(review.list.keys[0])
    asha_row = review.layers.context.rows[review.names.index("asha")]
    assert "[entity_id=ajay-mishra, role=accused]" in asha_row and "यही दारोगा अजय मिश्रा?" in asha_row and "unsure" in asha_row


def test_the_editor_offers_what_the_label_has(qtbot, project_path, make_window, errors):
    first, _ = seed(project_path)
    window = make_window(project_path)
    window.open_document(first)
    view = window.view
    a, b = at(FIRST, "कानपुर")
    drag(qtbot, view, a + 1, b - 1)
    qtbot.keyClick(view, "l")
    window.actions_["attributes"].trigger()
    editor = window.attributes.editor
    assert list(editor.fields) == ["negated"]  # LOCATION has only the attribute for every label
    qtbot.keyClick(editor, K.Key_Escape)
    # The span's right-click menu offers the note, the flag and the attributes too.
    span = view.selected_span()
    window.annotate.context_menu(Hit(span=span), view.mapToGlobal(view.rect().center()))
    menu = [m for m in window.findChildren(QMenu) if m.isVisible()][-1]
    actions = {a.text(): a for a in menu.actions()}
    assert {"Note… (;)", "Unsure (?)", "Attributes… (Ctrl+Shift+E)"} <= set(actions)
    actions["Attributes… (Ctrl+Shift+E)"].trigger()
    assert window.attributes.editor.isVisible() and list(window.attributes.editor.fields) == ["negated"]
    qtbot.keyClick(window.attributes.editor, K.Key_Escape)
    menu.close()
    view.clear_selection()
    window.actions_["attributes"].trigger()
    assert "Select a span first" in window.statusBar().currentMessage()
