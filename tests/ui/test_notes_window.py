"""Notes and unsure flags from the keyboard: `;` writes a note and `?` flips "unsure" on the
selected span, relation or the document, each one undo step; marks on the bars, arc labels,
lists and status bar; the lead's notes panel (search in Hindi or Roman, Enter opens the
target); notes beside the disagreement in the review window; and in the export."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator import edits, notes
from annotator.exporter import export
from annotator.project import Project
from tests.ui.conftest import add_document
from tests.ui.test_annotating import drag

K = Qt.Key
M = Qt.KeyboardModifier
TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि दारोगा अजय मिश्रा कानपुर में थे।"
NOTE = "दारोगा नाम का हिस्सा है या पद"


def at(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word)


def type_text(widget, text: str) -> None:
    """Type `text` key by key, as a Hindi keyboard layout sends it (QTest's keyClicks knows
    only Latin keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, M.NoModifier, ch))


def write_note(qtbot, window, text: str) -> None:
    """Press ; in the text view, type `text` in the editor and press Enter."""
    qtbot.keyClick(window.view, ";")
    editor = window.notes.editor
    assert editor is not None and editor.isVisible()
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, K.Key_Delete)
    type_text(editor.edit, text)
    qtbot.keyClick(editor.edit, K.Key_Return)
    assert not editor.isVisible()


def test_note_and_unsure_from_the_keyboard_marked_undone_and_exported(qtbot, project_path, make_window, annotator_uuid, errors, tmp_path):
    doc = add_document(project_path, TEXT)
    window = make_window(project_path)
    view, session = window.view, window.session
    a, b = at("अजय मिश्रा")
    drag(qtbot, view, a + 1, b - 1)
    qtbot.keyClick(view, "p")
    span = view.selected_span()
    assert span is not None and view.layout_.label_text(span) == "PERSON"

    write_note(qtbot, window, NOTE)
    note = notes.note_of(session.project, annotator=session.annotator, target=span)
    assert (note.text, note.unsure) == (NOTE, False)
    assert view.layout_.label_text(span) == "PERSON ✎"  # a mark on the bar, not a colour
    row = window.span_model.row_of(span)
    assert window.span_model.index(row, 1).data().startswith("✎ ")
    assert NOTE in window.span_model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)

    qtbot.keyClick(view, "?", M.ShiftModifier)
    assert notes.note_of(session.project, annotator=session.annotator, target=span).unsure
    assert view.layout_.label_text(span) == "PERSON ✎ (?)"

    # Each was one undo step: undo the flag, then the note; redo brings the note back.
    depth = session.undo_stack.count()
    session.undo_stack.undo()
    assert view.layout_.label_text(span) == "PERSON ✎"
    session.undo_stack.undo()
    assert view.layout_.label_text(span) == "PERSON" and notes.note_of(session.project, annotator=session.annotator, target=span) is None
    assert not window.span_model.index(row, 1).data().startswith("✎")
    session.undo_stack.redo()
    assert view.layout_.label_text(span) == "PERSON ✎"
    session.undo_stack.redo()
    assert session.undo_stack.count() == depth and view.layout_.label_text(span) == "PERSON ✎ (?)"

    # A relation: select it, ? flags it, its arc label and its row say so.
    c, d = at("दारोगा")
    drag(qtbot, view, c + 1, d - 1)
    qtbot.keyClick(view, "d")
    designation = view.selected_span()
    rel = edits.add_relation(session.project, head=span, tail=designation, label="HAS_DESIGNATION")
    session.changed.emit(rel, "do")  # drawn by the core directly; the view refreshes from the record
    relation = rel.relations[0][1].uuid
    view.select_relation(relation)
    qtbot.keyClick(view, "?", M.ShiftModifier)
    assert view.layout_.relation_text(relation) == "HAS_DESIGNATION (?)"
    assert window.relation_model.index(window.relation_model.row_of(relation), 1).data() == "HAS_DESIGNATION (?)"

    # Nothing selected: the note is the document's, shown in the status bar.
    qtbot.keyClick(view, K.Key_Escape)
    write_note(qtbot, window, "अंत का वाक्य अधूरा")
    assert window.notes.doc_label.isVisible() and window.notes.doc_label.text() == "Document ✎"

    # An empty note deletes it (the editor offers Delete note too), one more undo step.
    view.select_span(span)
    write_note(qtbot, window, "")
    assert view.layout_.label_text(span) == "PERSON (?)"
    session.undo_stack.undo()
    assert view.layout_.label_text(span) == "PERSON ✎ (?)"
    assert errors == []

    out = tmp_path / "asha.jsonl"
    export(session.project, out, source="asha")
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["note"] == "अंत का वाक्य अधूरा"
    ajay = next(e for e in record["entities"] if e["text"] == "अजय मिश्रा")
    assert (ajay["note"], ajay["unsure"]) == (NOTE, True)
    assert record["relations"][0]["unsure"] is True
    assert doc


def test_a_bad_note_cannot_be_saved(qtbot, project_path, make_window, errors):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    qtbot.keyClick(window.view, ";")
    editor = window.notes.editor
    QApplication.clipboard().setText("x\ty")  # pasted: a tab is not one line of text
    qtbot.keyClick(editor.edit, K.Key_V, M.ControlModifier)
    assert editor.edit.text() == "x\ty"
    assert editor.problem.isVisible() and "one line" in editor.problem.text()
    qtbot.keyClick(editor.edit, K.Key_Return)
    assert editor.isVisible()  # refused: nothing written
    qtbot.keyClick(editor, K.Key_Escape)
    assert notes.list_notes(window.session.project) == [] and window.session.undo_stack.count() == 0


def test_the_lead_steps_through_the_notes_panel(qtbot, qtmodeltester, project_path, make_window, errors):
    first = add_document(project_path, "कानपुर में आज बारिश हुई।", "a-1")
    doc = add_document(project_path, TEXT, "b-2")
    with Project.open(project_path) as p:
        asha = edits.ensure_annotator(p, "asha")
        s, e = at("अजय मिश्रा")
        span = edits.add_span(p, document=doc, annotator=asha, start=s, end=e, label="PERSON").spans[0][1].uuid
        notes.set_note(p, annotator=asha, kind="span", target=span, text="मिश्रा पक्का नहीं")
        notes.toggle_unsure(p, annotator=asha, kind="document", target=first)
    window = make_window(project_path, annotator="lead")
    assert window.document == first
    window.actions_["notes"].trigger()
    panel = window.notes.panel
    assert window.notes_dock.isVisible() and window.focusWidget() is panel.search
    assert [(e.annotator, e.document, e.kind) for e in panel.model.entries] == [("asha", "a-1", "document"), ("asha", "b-2", "span")]
    qtmodeltester.check(panel.model)
    assert panel.model.index(0, 3).data() == "(?) (no note)" and panel.model.index(1, 3).data() == "✎ मिश्रा पक्का नहीं"
    qtbot.keyClicks(panel.search, "pakka")  # Roman finds the Devanagari note
    assert [e.target for e in panel.model.entries] == [span] and panel.count.text() == "1 note matching “pakka”"
    qtbot.keyClick(panel.search, K.Key_Return)
    # The lead's own layer is shown, so the note's text is selected where asha's span is.
    assert window.document == doc and window.view.selection() == (s, e)
    panel.search.clear()
    assert len(panel.model.entries) == 2
    panel.table.setFocus()
    qtbot.keyClick(panel.table, K.Key_Return)
    assert window.document == first
    # The keyboard stays in the list: ↓ and Enter step to the next note.
    assert window.focusWidget() is panel.table
    qtbot.keyClick(panel.table, K.Key_Down)
    qtbot.keyClick(panel.table, K.Key_Return)
    assert window.document == doc and window.view.selection() == (s, e)
    assert errors == []


def test_notes_show_beside_the_disagreement_in_review(qtbot, project_path, make_window):
    from tests.ui.test_review import seed

    doc = seed(project_path)
    with Project.open(project_path) as p:
        asha = p.annotator("asha").uuid
        ravi = p.annotator("ravi").uuid
        ajay = next(s for s in p.spans(doc, asha) if p.text(doc)[s.start:s.end] == "अजय मिश्रा")
        kanpur = next(s for s in p.spans(doc, ravi) if s.label == "ORGANIZATION")
        notes.set_note(p, annotator=asha, kind="span", target=ajay.uuid, text="पीआरओ उनका पद है")
        notes.toggle_unsure(p, annotator=ravi, kind="span", target=kanpur.uuid)
        notes.set_note(p, annotator=ravi, kind="document", target=doc, text="दूसरा पैरा कटा हुआ")
    window = make_window(project_path, annotator="lead")
    window.actions_["review"].trigger()
    review = window.team.review_window
    qtbot.waitExposed(review)
    ajay_key, kanpur_key = review.list.keys[:2]
    review.list.select(ajay_key)
    strip = review.layers.context
    assert "पीआरओ उनका पद है" in strip.rows[0] and "✎" in strip.rows[0]
    assert "दूसरा पैरा कटा हुआ" in strip.rows[1] and "on the document" in strip.rows[1]
    review.list.select(kanpur_key)
    assert "(?)</b> unsure" in review.layers.context.rows[1] and "unsure" not in review.layers.context.rows[0]
    asha_row, ravi_row = review.rows
    assert asha_row.view.layout_.label_text(ajay.uuid) == "PERSON ✎"
    assert ravi_row.view.layout_.label_text(kanpur.uuid) == "ORGANIZATION (?)"
