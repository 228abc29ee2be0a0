"""User text (span text, annotator names) never reaches the window as HTML: the review list's
and the agreement dialog's tooltips show `<b>x</b>` and `<img src=x>` literally."""

from __future__ import annotations

import html

from annotator import edits
from annotator.project import Project
from tests.ui.conftest import add_document

BOLD, IMG = "<b>x</b>", "<img src=x>"
TEXT = f"पुलिस ने {BOLD} को कानपुर में देखा।"


def seed_markup(path) -> str:
    """Two annotators, one named like an HTML tag, who disagree on the label of a span whose
    text is HTML, and agree on nothing else."""
    doc = add_document(path, TEXT, "markup")
    a = TEXT.index(BOLD)
    with Project.open(path) as p:
        for name, label in ((IMG, "PERSON"), ("ravi", "ORGANIZATION")):
            who = edits.ensure_annotator(p, name)
            edits.add_span(p, document=doc, annotator=who, start=a, end=a + len(BOLD), label=label)
            edits.set_status(p, document=doc, annotator=who, status="done")
    return doc


def assert_literal(tip: str, *texts: str) -> None:
    """`tip` is rich text (so Qt does not guess) that shows each of `texts` escaped."""
    assert tip.startswith("<p")
    for text in texts:
        assert html.escape(text) in tip and text not in tip


def test_review_list_tooltip_shows_markup_literally(qtbot, project_path, make_window):
    seed_markup(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["review"].trigger()
    review = window.team.review_window
    qtbot.waitExposed(review)
    head = review.list.topLevelItem(next(i for i in range(review.list.topLevelItemCount()) if review.list.topLevelItem(i).childCount()))
    item = head.child(0)
    assert BOLD in item.text(0)  # the item's own text is plain already
    assert_literal(item.toolTip(0), BOLD, IMG)


def test_agreement_tooltips_show_names_literally(qtbot, project_path, make_window):
    seed_markup(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["agreement"].trigger()
    dialog = window.team.agreement_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)  # computed by a background job
    t = dialog.confusion
    tips = [t.item(i, j).toolTip() for i in range(t.rowCount()) for j in range(t.columnCount()) if t.item(i, j) and t.item(i, j).text()]
    assert tips
    for tip in tips:
        assert_literal(tip, IMG)
    header = dialog.pairs.horizontalHeaderItem(next(i for i in range(dialog.pairs.columnCount()) if dialog.pairs.horizontalHeaderItem(i).toolTip()))
    assert header.toolTip().startswith("<p")
