"""A whole article (ours always, the touchstone when present): annotate it from the keyboard
(entities) and with R + click + relation key (relations), reopen the project, find
everything; render it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QApplication

from annotator.project import Project
from tests.ui.conftest import add_document
from tests.ui.test_annotating import click
from ui.selfcheck import _non_blank


def test_annotate_whole_article_and_reopen(qtbot, project_path, make_window, annotator_uuid, tmp_path, errors, article):
    text = article.text
    entities, relations_wanted = article.ui_reading()
    doc = add_document(project_path, text, article.name)
    window = make_window(project_path, width=1500, height=1000)
    view = window.view
    scheme = window.session.project.scheme
    ids: list[str] = []
    for start, end, label in entities:
        view.set_text_selection(start, end)  # what a word-snapped drag gives
        assert view.selection() == (start, end)
        qtbot.keyClick(view, scheme.entity(label).key)
        ids.append(view.selected_span())
    for head, tail, label in relations_wanted:
        view.select_span(ids[head])
        qtbot.keyClick(view, "r")
        view.ensure_visible(view.spans()[ids[tail]].start)
        click(qtbot, view, view.span_rect(ids[tail]).center())
        menu = QApplication.activePopupWidget()
        assert menu is not None, label
        qtbot.keyClick(menu, scheme.relation(label).key)
    assert errors == []

    with Project.open(project_path) as p:
        spans = p.spans(doc, annotator_uuid)
        relations = p.relations(doc, annotator_uuid)
    assert len(spans) == len(entities) >= 30
    assert sorted((s.start, s.end, s.label) for s in spans) == sorted(entities)
    labels = Counter(s.label for s in spans)
    for needed in ("PERSON", "DESIGNATION", "LOCATION", "ORGANIZATION", "DATE", "TIME", "MONEY", "QUANTITY", "CRIME", "LAW"):
        assert labels[needed] > 0, needed
    kinds = {r.label for r in relations}
    assert len(relations) == len(relations_wanted) >= 10
    assert {"HAS_DESIGNATION", "SPOUSE_OF", "CHILD_OF", "BOUGHT_FROM", "KILLED", "RESIDENT_OF", "LOCATED_IN", "DATE_OF"} <= kinds
    by_id = {s.uuid: s for s in spans}
    for r, (head, tail, label) in zip(relations, relations_wanted):
        assert (r.head, r.tail, r.label) == (ids[head], ids[tail], label)
        assert (by_id[r.head].start, by_id[r.head].end) == entities[head][:2]

    view.verticalScrollBar().setValue(0)
    image = window.grab()
    assert image.save(str(tmp_path / f"{article.name}.png")) and _non_blank(image.toImage())

    window.close()
    again = make_window(project_path, width=1500, height=1000)
    assert {(s.start, s.end, s.label) for s in again.view.spans().values()} == {(s.start, s.end, s.label) for s in spans}
    assert {(r.head, r.tail, r.label) for r in again.view.relations().values()} == {(r.head, r.tail, r.label) for r in relations}
    assert again.span_model.rowCount() == len(spans) and again.relation_model.rowCount() == len(relations)


def test_our_article_has_the_touchstones_traits():
    """What makes the touchstone hard is in our own article too, so a fresh clone tests it."""
    from tests.data.articles import LUCKNOW

    text = LUCKNOW.text
    assert 1500 <= len(text) <= 2500
    for needed in ("\u093c", "\u200d", "\u200c", "।", "₹४", "₹ 1", "लाख रुपये", "मार्च 2025", "जनवरी", "दारोगा", "थानाध्यक्ष", "पुलिस अधीक्षक"):
        assert needed in text, needed
    assert text.count(LUCKNOW.thrice[0]) == 3 and text.count(LUCKNOW.six[0]) == 6
    assert text.count(" वर्मा ") > text.count("सुरेश चंद्र वर्मा")  # full name first, then the surname alone
