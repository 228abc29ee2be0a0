"""The review window: a curator adjudicates two annotators' disagreeing layers from the
keyboard (a relation maps onto the kept boundary, naming only who drew it there), undoes and redoes, marks the document
adjudicated, and the gold export carries provenance."""

from __future__ import annotations

import os
import tempfile

import json
from pathlib import Path

from PySide6.QtCore import Qt

from annotator import adjudicate, edits, exporter, store
from annotator.project import GOLD, Project
from tests.ui.conftest import add_document

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने कानपुर में बताया कि अजय मिश्रा लखनऊ गए।"
# Screenshots go to docs/ only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
DOCS = Path(__file__).resolve().parents[2] / "docs" if os.environ.get("UPDATE_SCREENSHOTS") else Path(tempfile.mkdtemp())


def _at(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word)


def seed(path) -> str:
    """Two annotators who agree on the designation and Lucknow, and disagree on the rest:
    PERSON's boundary (each drew HAS_DESIGNATION from their own span), Kanpur's label,
    a PERSON only asha marked, and a relation only asha drew."""
    doc = add_document(path, TEXT, "kanpur-1")
    with Project.open(path) as p:
        ids = {n: edits.ensure_annotator(p, n) for n in ("asha", "ravi")}

        def span(who, word, label, cut=None):
            a, b = _at(word)
            return edits.add_span(p, document=doc, annotator=ids[who], start=a, end=b if cut is None else a + cut, label=label).spans[0][1].uuid

        d = {n: span(n, "पुलिस आयुक्त", "DESIGNATION") for n in ids}
        person = {"asha": span("asha", "विजय सिंह मीणा", "PERSON"), "ravi": span("ravi", "विजय सिंह मीणा", "PERSON", cut=len("विजय सिंह"))}
        for n in ids:
            edits.add_relation(p, head=person[n], tail=d[n], label="HAS_DESIGNATION")
        kanpur = span("asha", "कानपुर", "LOCATION")
        span("ravi", "कानपुर", "ORGANIZATION")
        span("asha", "अजय मिश्रा", "PERSON")
        lucknow = {n: span(n, "लखनऊ", "LOCATION") for n in ids}
        edits.add_relation(p, head=kanpur, tail=lucknow["asha"], label="LOCATED_IN")
        for n in ids:
            edits.set_status(p, document=doc, annotator=ids[n], status="done")
    return doc


def gold_spans(path, doc) -> set[tuple[int, int, str]]:
    with Project.open(path) as p:
        return {(s.start, s.end, s.label) for s in p.spans(doc, store.annotator_uuid(GOLD))}


def test_adjudicate_from_the_keyboard_and_export_gold(qtbot, project_path, make_window, tmp_path):
    doc = seed(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["review"].trigger()
    review = window.team.review_window
    qtbot.waitExposed(review)
    assert review.document == doc and review.names == ["asha", "ravi"]
    assert [r.title.text() for r in review.rows] == ["1 · asha", "2 · ravi"]
    kinds = [review.list.topLevelItem(i).text(0) for i in range(review.list.topLevelItemCount())]
    assert kinds == ["Only one annotator (1)", "Label differs (1)", "Boundary differs (1)", "Relation differs (2)"]
    groups = [review.review.group(k) for k in review.list.keys]
    assert [g.kind for g in groups] == ["only_one", "label", "boundary", "relation", "relation"]
    ajay, kanpur, vijay, designation, located = review.list.keys
    assert review.current == ajay  # the first undecided one is selected
    lst = review.list

    # One step puts everything all annotators agree on into gold.
    qtbot.keyClick(lst, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)  # 'A' in the list
    assert gold_spans(project_path, doc) == {(*_at("पुलिस आयुक्त"), "DESIGNATION"), (*_at("लखनऊ"), "LOCATION")}
    assert window.session.undo_stack.count() == 1

    # J steps to the boundary disagreement; 1 keeps asha's boundary. HAS_DESIGNATION, drawn by
    # each from their own boundary, is not agreement: it waits as a relation disagreement.
    qtbot.keyClick(lst, "j")
    qtbot.keyClick(lst, "j")
    assert review.current == vijay
    qtbot.keyClick(lst, "1")
    with Project.open(project_path) as p:
        gold = store.annotator_uuid(GOLD)
        person = [s for s in p.spans(doc, gold) if s.label == "PERSON"]
        assert [(s.start, s.end) for s in person] == [_at("विजय सिंह मीणा")]
        assert p.relations(doc, gold) == []
        assert adjudicate.provenance(person[0])["action"] == "take" and adjudicate.provenance(person[0])["decided_by"] == "lead"
    assert review.current == designation  # moved on to the next undecided one
    qtbot.keyClick(lst, "2")  # ravi's relation, mapped onto the kept boundary
    with Project.open(project_path) as p:
        (rel,) = p.relations(doc, gold)
        assert (rel.label, rel.head) == ("HAS_DESIGNATION", person[0].uuid)
        # only asha drew it on these very spans; ravi's came from his shorter one
        assert adjudicate.provenance(rel)["annotators"] == ["asha"] and adjudicate.provenance(rel)["action"] == "take"
    assert len(review.gold_row.view.relations()) == 1  # drawn in the gold row
    assert review.current == located

    # K back to Kanpur: take both labels; then reject Ajay (only asha marked him).
    qtbot.keyClick(lst, "k")
    qtbot.keyClick(lst, "k")
    qtbot.keyClick(lst, "k")
    assert review.current == kanpur
    qtbot.keyClick(lst, "b")
    assert {(*_at("कानपुर"), "LOCATION"), (*_at("कानपुर"), "ORGANIZATION")} <= gold_spans(project_path, doc)
    review.list.select(ajay)
    qtbot.keyClick(lst, "x")
    assert not any(s[:2] == _at("अजय मिश्रा") for s in gold_spans(project_path, doc))
    group = review.review.group(ajay)
    assert group.gold == () and group.resolved  # rejected: nothing in gold, and decided
    # Take asha's LOCATED_IN relation.
    review.list.select(located)
    qtbot.keyClick(lst, "1")
    before = gold_spans(project_path, doc)

    # Undo and redo one decision (the relation), with the review window's own actions (the
    # offscreen platform has no active window, so Ctrl+ shortcuts are triggered directly).
    assert review.actions_["undo"].shortcut().toString() == "Ctrl+Z"
    with Project.open(project_path) as p:
        assert any(r.label == "LOCATED_IN" for r in p.relations(doc, store.annotator_uuid(GOLD)))
    review.actions_["undo"].trigger()
    with Project.open(project_path) as p:
        assert not any(r.label == "LOCATED_IN" for r in p.relations(doc, store.annotator_uuid(GOLD)))
    assert not review.review.group(located).resolved
    review.actions_["redo"].trigger()
    with Project.open(project_path) as p:
        assert any(r.label == "LOCATED_IN" for r in p.relations(doc, store.annotator_uuid(GOLD)))
    assert gold_spans(project_path, doc) == before

    # Blind review: names become Annotator A / B everywhere.
    review.actions_["blind"].trigger()
    assert [r.title.text() for r in review.rows] == ["1 · Annotator A", "2 · Annotator B"]
    assert "asha" not in " ".join(review.list.topLevelItem(1).child(0).text(0) for _ in [0])
    review.list.select(vijay)
    assert "Annotator A" in review.provenance_label.text() and "asha" not in review.provenance_label.text()
    review.actions_["blind"].trigger()

    # Ctrl+Enter: adjudicated (no other document to move to).
    assert adjudicate.gold_status(window.session.project, doc) == "in_review"
    assert review.actions_["adjudicated"].shortcut().toString() == "Ctrl+Return"
    review.actions_["adjudicated"].trigger()
    assert adjudicate.gold_status(window.session.project, doc) == "adjudicated"
    assert review.status_box.currentData() == "adjudicated"

    # The gold export (adjudicated documents by default) carries provenance.
    out = tmp_path / "gold.jsonl"
    with Project.open(project_path) as p:
        report = exporter.export(p, out)
    assert report.documents == 1
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["source"] == "gold" and record["annotators"] == ["asha", "ravi"]
    by_text = {e["text"]: e for e in record["entities"]}
    assert by_text["विजय सिंह मीणा"]["provenance"] == {"annotators": ["asha"], "decided_by": "lead", "action": "take", "from": by_text["विजय सिंह मीणा"]["provenance"]["from"]}
    assert by_text["पुलिस आयुक्त"]["provenance"]["action"] == "agreed"
    assert {e["provenance"]["action"] for e in record["entities"] if e["text"] == "कानपुर"} == {"both"}
    assert {r["label"] for r in record["relations"]} == {"HAS_DESIGNATION", "LOCATED_IN"}
    review.close()


def test_edit_by_hand_in_gold_keys_listed_and_screenshot(qtbot, project_path, make_window, errors):
    from ui.shortcuts import SHORTCUTS

    doc = seed(project_path)
    window = make_window(project_path, annotator="lead")
    review = window.team.open_review()
    qtbot.waitExposed(review)
    lst, gv = review.list, review.gold_row.view
    ajay, kanpur, vijay, designation, located = lst.keys
    lst.select(vijay)
    qtbot.keyClick(lst, "e")  # asha's (the first annotator's) boundary, as the curator's own
    p = window.session.project
    gold = store.annotator_uuid(GOLD)
    (person,) = [s for s in p.spans(doc, gold) if s.label == "PERSON"]
    assert (person.start, person.end) == _at("विजय सिंह मीणा") and adjudicate.provenance(person)["action"] == "edited"
    assert gv.selected_span() == person.uuid
    assert "edited" in review.provenance_label.text()
    # normal editing there: Shift+← moves the end back by one akshara (one undo step)
    qtbot.keyClick(gv, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    moved = p.span(person.uuid)
    assert moved.end < person.end and moved.start == person.start
    window.session.undo_stack.undo()
    assert p.span(person.uuid).end == person.end
    # a span no annotator marked: select it in the gold row and press its label key
    a, b = _at("बताया")
    gv.set_text_selection(a, b)
    qtbot.keyClick(gv, "e")  # EVENT's key in the gold row is a label key, not "edit"
    added = [s for s in p.spans(doc, gold) if (s.start, s.end) == (a, b)]
    assert [s.label for s in added] == ["EVENT"] and adjudicate.provenance(added[0])["annotators"] == []
    qtbot.keyClick(gv, Qt.Key.Key_Escape)  # clears the selection
    qtbot.keyClick(gv, Qt.Key.Key_Escape)  # then back to the list
    assert not errors
    # every key of the review window is on the F1 sheet
    listed = " ".join(keys for _, keys, _ in SHORTCUTS)
    for name, action in review.actions_.items():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in listed, name
    # the screenshot: the boundary disagreement decided, the relation followed
    window.session.undo_stack.undo()  # the EVENT
    window.session.undo_stack.undo()  # the edit
    qtbot.keyClick(lst, "a")
    lst.select(vijay)
    qtbot.keyClick(lst, "1")
    lst.select(vijay)
    review.resize(1400, 720)
    qtbot.wait(50)
    review.grab().save(str(DOCS / "screenshot-review.png"))
    review.close()


def test_review_window_listens_while_shown_closed_twice_and_reopened(qtbot, project_path, make_window, recwarn, monkeypatch):
    from ui.review.window import ReviewWindow

    doc = seed(project_path)
    seen: list = []
    heard = ReviewWindow.on_changed
    monkeypatch.setattr(ReviewWindow, "on_changed", lambda self, *args: (seen.append(args), heard(self, *args)))
    window = make_window(project_path, annotator="lead")
    window.actions_["review"].trigger()
    review = window.team.review_window
    qtbot.waitExposed(review)
    window.session.changed.emit(edits.Changes(document=doc), "")
    assert len(seen) == 1  # open, it listens
    review.close()
    review.close()  # Escape then the window's own close: the second has nothing to disconnect
    assert not [w for w in recwarn if "disconnect" in str(w.message)]
    window.session.changed.emit(edits.Changes(document=doc), "")
    assert len(seen) == 1  # closed, it no longer does
    assert window.team.open_review(doc, ["asha", "ravi"]) is review  # Review again: the same window
    qtbot.waitExposed(review)
    window.session.changed.emit(edits.Changes(document=doc), "")
    assert len(seen) == 2  # shown again, it listens again (it used to stay deaf)
    review.close()
    assert not [w for w in recwarn if "disconnect" in str(w.message)]
