"""Review ▸ Agreement: the figures equal the core's for a small seeded project, the
confusion grid is coloured, and a double-click on a document opens it in review."""

from __future__ import annotations

import os
import tempfile

from pathlib import Path

from PySide6.QtCore import Qt

from annotator import agreement as ag
from annotator import edits
from annotator.project import Project
from annotator.agreement_report import project_agreement
from tests.ui.conftest import add_document
from tests.ui.test_review import _at, seed
from ui.review.agreement_dialog import fmt

# Screenshots go to docs/ only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
DOCS = Path(__file__).resolve().parents[2] / "docs" if os.environ.get("UPDATE_SCREENSHOTS") else Path(tempfile.mkdtemp())


def seed_three(path) -> tuple[str, str]:
    """The review fixture, a third annotator on it, and a second document all three agree on."""
    doc = seed(path)
    other = add_document(path, "कानपुर में पुलिस आयुक्त आए।", "kanpur-2")
    with Project.open(path) as p:
        ids = {n: edits.ensure_annotator(p, n) for n in ("asha", "ravi", "meena")}
        a, b = _at("विजय सिंह मीणा")
        edits.add_span(p, document=doc, annotator=ids["meena"], start=a, end=b, label="PERSON")
        a, b = _at("कानपुर")
        edits.add_span(p, document=doc, annotator=ids["meena"], start=a, end=b, label="LOCATION")
        for n in ids:
            edits.add_span(p, document=other, annotator=ids[n], start=0, end=len("कानपुर"), label="LOCATION")
    return doc, other


def test_agreement_figures_grid_and_open_in_review(qtbot, project_path, make_window):
    doc, other = seed_three(project_path)
    window = make_window(project_path, annotator="lead")
    window.actions_["agreement"].trigger()
    dialog = window.team.agreement_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)  # computed by a background job
    with Project.open(project_path) as p:
        expected = project_agreement(p, annotators=["asha", "meena", "ravi"])
        # and by hand from the pure measures: asha vs ravi on the first document
        spans = {n: {(s.start, s.end, s.label) for s in p.spans(doc, p.annotator(n).uuid)} for n in ("asha", "ravi")}
    exact = ag.span_counts(spans["asha"], spans["ravi"], mode="exact")
    assert dialog.report["pairs"] == expected["pairs"]
    rows = {dialog.pairs.item(i, 0).text(): i for i in range(dialog.pairs.rowCount())}
    assert set(rows) == {"asha vs meena", "asha vs ravi", "meena vs ravi"}
    pair = next(p for p in expected["pairs"] if (p["a"], p["b"]) == ("asha", "ravi"))
    row = rows["asha vs ravi"]
    # exact F1 over both documents: the first document's counts plus one shared span in the second
    total = exact + ag.MatchCounts(1, 1, 1, 1)
    assert pair["spans_exact"]["f1"] == round(total.f1, 4)
    assert dialog.pairs.item(row, 2).text() == f"{fmt(total.f1)}  ({total.matched_a} matched; {total.a} vs {total.b})"
    assert dialog.pairs.item(row, 4).text().startswith(fmt(pair["token_kappa"]))
    assert dialog.pairs.item(row, 5).text().startswith(fmt(pair["relation_f1"]))
    assert dialog.alpha.text().startswith(f"Krippendorff's alpha, nominal, over tokens (IOB2), 3 annotators: {fmt(expected['alpha_tokens'])}")
    # per label and the confusion grid of the selected pair
    dialog.pair_box.setCurrentIndex(rows["asha vs ravi"])
    labels = {dialog.labels.item(i, 0).text(): dialog.labels.item(i, 1).text() for i in range(dialog.labels.rowCount())}
    assert labels["DESIGNATION"] == fmt(1.0)
    grid = dialog.confusion
    heads = [grid.verticalHeaderItem(i).text() for i in range(grid.rowCount())]
    cols = [grid.horizontalHeaderItem(j).text() for j in range(grid.columnCount())]
    i, j = heads.index("asha: LOCATION"), cols.index("ravi: ORGANIZATION")
    assert grid.item(i, j).text() == "1" and grid.item(i, j).background().color().red() > 150  # a disagreement: red
    k = cols.index("ravi: LOCATION")
    assert grid.item(i, k).text() == "2" and grid.item(i, k).background().color().green() > 100  # agreement: green
    # documents worst first; a double-click opens the worst in review
    assert dialog.docs.item(0, 0).text() == "kanpur-1" and dialog.docs.item(1, 0).text() == "kanpur-2"
    dialog.tabs.setCurrentIndex(1)
    dialog.resize(1150, 760)
    dialog.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    dialog.grab().save(str(DOCS / "screenshot-agreement.png"))
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(dialog.docs.isVisible)
    rect = dialog.docs.visualItemRect(dialog.docs.item(0, 0))
    qtbot.mouseClick(dialog.docs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click starts with a press
    qtbot.mouseDClick(dialog.docs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    review = window.team.review_window
    assert review is not None and review.isVisible()
    assert review.document == doc and review.names == ["asha", "meena", "ravi"]
    assert [r.title.text() for r in review.rows] == ["1 · asha", "2 · meena", "3 · ravi"]
    dialog.close()
    review.close()


def test_relation_agreement_is_one_number_in_review_dialog_and_cli(qtbot, project_path, make_window, capsys):
    """Bug 5: the review window's "agree on N relation(s)", the dialog's relation F1 counts and
    `annotator agreement` (exact) count the same relations: same label, spans at the same offsets."""
    import json as _json

    from annotator.cli import main

    first = seed(project_path)  # HAS_DESIGNATION to competing boundaries: not agreement
    text = "राम और सीता कानपुर से लखनऊ गए।"
    second = add_document(project_path, text, "kanpur-3")
    at = lambda w: (text.index(w), text.index(w) + len(w))  # noqa: E731
    with Project.open(project_path) as p:
        ids = {n: edits.ensure_annotator(p, n) for n in ("asha", "ravi")}
        for n, uuid in ids.items():
            s = {w: edits.add_span(p, document=second, annotator=uuid, start=at(w)[0], end=at(w)[1], label=lab).spans[0][1].uuid
                 for w, lab in (("राम", "PERSON"), ("सीता", "PERSON"), ("कानपुर", "LOCATION"), ("लखनऊ", "LOCATION"))}
            edits.add_relation(p, head=s["कानपुर"], tail=s["लखनऊ"], label="LOCATED_IN")  # agreed
            # undirected: drawn either way round, still the same relation
            edits.add_relation(p, head=s["राम"] if n == "asha" else s["सीता"], tail=s["सीता"] if n == "asha" else s["राम"], label="SPOUSE_OF")
        edits.add_relation(p, head=s["राम"], tail=s["लखनऊ"], label="RESIDENT_OF")  # only ravi
    assert main(["agreement", str(project_path), "--annotators", "asha", "ravi", "--json"]) == 0
    cli = _json.loads(capsys.readouterr().out)["pairs"][0]["relations_exact"]
    assert cli["matched_a"] == 2 and (cli["a"], cli["b"]) == (4, 4)

    window = make_window(project_path, annotator="lead")
    window.actions_["agreement"].trigger()
    dialog = window.team.agreement_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)  # computed by a background job
    assert dialog.pairs.item(0, 5).text().endswith(f"({cli['matched_a']} matched; {cli['a']} vs {cli['b']})")
    dialog.close()
    shown = {}
    for doc in (first, second):
        review = window.team.open_review(doc, ["asha", "ravi"])
        qtbot.waitExposed(review)
        shown[doc] = review.column.agreed_label.text()
        review.close()
    assert "and 0 relation(s)" in shown[first]
    assert f"and {cli['matched_a']} relation(s)" in shown[second]
