"""Span attributes in review: the agreement dialog's per-attribute figures for a pair."""

from __future__ import annotations

from annotator import attributes
from annotator.project import Project
from tests.core.test_attributes import with_attributes
from tests.ui.test_review import _at, seed
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
    (pair,) = dialog.report["pairs"]
    assert pair["attributes"]["negated"]["spans"] == 2 and pair["attributes"]["negated"]["agreed"] == 1
    table = dialog.attributes
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["negated", fmt(0.5), fmt(pair["attributes"]["negated"]["kappa"]), "1 / 2"]
    dialog.close()
