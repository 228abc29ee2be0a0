"""Span attributes in review: the agreement dialog's per-attribute figures for a pair."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator import adjudicate, attributes
from annotator.project import GOLD, Project
from tests.core.test_attributes import with_attributes
from tests.ui.test_review import TEXT, _at, seed
from ui.review.agreement_dialog import fmt


def seed_attributes(path) -> str:
    """The review fixture with attributes: both annotators marked पुलिस आयुक्त and लखनऊ alike;
    they agree the designation is negated and differ on लखनऊ (asha: negated, ravi: not)."""
    doc = seed(path)
    with Project.open(path) as p:
        p.set_scheme(with_attributes())
        for name, value in (("asha", True), ("ravi", False)):
            who = p.annotator(name).uuid
            by_text = {(s.start, s.end): s.uuid for s in p.spans(doc, who)}
            attributes.set_attribute(p, span=by_text[_at("पुलिस आयुक्त")], name="negated", value=True)
            attributes.set_attribute(p, span=by_text[_at("लखनऊ")], name="negated", value=value)
    return doc


def test_agreement_dialog_lists_each_attribute(qtbot, project_path, make_window):
    seed_attributes(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["agreement"].trigger()
    dialog = window.team.agreement_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)  # computed by a background job
    (pair,) = dialog.report["pairs"]
    assert pair["attributes"]["negated"]["spans"] == 2 and pair["attributes"]["negated"]["agreed"] == 1
    table = dialog.attributes
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["negated", fmt(0.5), fmt(pair["attributes"]["negated"]["kappa"]), "1 / 2"]
    dialog.close()


def _gold_values(path, doc) -> dict[str, tuple[dict, dict]]:
    with Project.open(path) as p:
        gold = p.annotator(GOLD).uuid
        return {TEXT[s.start : s.end]: (attributes.span_attributes(p, s.uuid), adjudicate.provenance(s)) for s in p.spans(doc, gold)}


def test_take_one_annotators_values_from_the_keyboard(qtbot, project_path, make_window):
    doc = seed_attributes(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["review"].trigger()
    review = window.team.review_window
    qtbot.waitExposed(review)
    heads = [review.list.topLevelItem(i).text(0) for i in range(review.list.topLevelItemCount())]
    assert heads == ["Only one annotator (1)", "Label differs (1)", "Boundary differs (1)", "Attributes differ (1)", "Relation differs (2)"]
    lucknow = next(k for k in review.list.keys if review.review.group(k).kind == "attribute")
    item = review.list.topLevelItem(3).child(0)
    assert "asha: LOCATION" in item.text(0) and "(negated=yes)" in item.text(0) and "(negated=no)" in item.text(0)
    lst = review.list
    qtbot.keyClick(lst, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)  # accept agreed: values all gave alike
    got = _gold_values(project_path, doc)
    assert got["पुलिस आयुक्त"][0] == {"negated": True} and got["लखनऊ"][0] == {}
    review.list.select(lucknow)
    assert review.current == lucknow
    steps = window.session.undo_stack.count()
    qtbot.keyClick(lst, "2")  # ravi's values
    values, prov = _gold_values(project_path, doc)["लखनऊ"]
    assert values == {"negated": False} and prov["attributes_from"] == "ravi"
    assert review.review.group(lucknow).resolved
    assert window.session.undo_stack.count() == steps + 1
    review.list.select(lucknow)  # the decision moved on to the next one
    review.gold_editor.show_provenance(review.group(), review.shown)
    assert "attribute values of ravi" in review.column.provenance_label.text()
    review.actions_["undo"].trigger()
    assert _gold_values(project_path, doc)["लखनऊ"][0] == {}
    assert not review.review.group(lucknow).resolved
    review.close()
