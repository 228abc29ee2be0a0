"""Transliteration and search in the window, as a user works: the romanised view under the
Devanagari, Roman-typed find in the text, the document filter and the project-wide search
panel, annotate-all-occurrences with accept / reject / accept all and undo, and start-up
never importing the transliteration package."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.project import Project
from tests.paths import LUCKNOW
from tests.ui.conftest import add_document
from ui import settings as saved
from ui.search.panel import PARTS_ROLE
from ui.screenshot import annotate
from ui.selfcheck import _non_blank
from ui.text.layout import MARGIN_X

K = Qt.Key
M = Qt.KeyboardModifier
ROOT = Path(__file__).resolve().parents[2]


def all_of(text: str, surface: str) -> list[tuple[int, int]]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return out


def persons(path, document: str, annotator: str) -> list[tuple[int, int]]:
    with Project.open(path) as p:
        return sorted((s.start, s.end) for s in p.spans(document, annotator) if s.label == "PERSON")


def opened(qtbot, make_window, path, **size):
    """A window on `path`, active, so its menu shortcuts reach it as they would a user."""
    window = make_window(path, **size)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def tag(qtbot, view, start: int, end: int, key: str = "p") -> str:
    view.set_text_selection(start, end)
    qtbot.keyClick(view, key)
    return view.selected_span()


# -- start-up --------------------------------------------------------------------------------

STARTUP = textwrap.dedent(
    """
    import json, os, sys, tempfile
    from pathlib import Path
    tmp = Path(tempfile.mkdtemp())
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ANNOTATOR_HOME"] = str(tmp / "home")
    sys.path.insert(0, {root!r})
    import ui
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme
    from ui import app, fonts, settings as saved
    qapp = app.application()
    fonts.register_font()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    saved.set_annotator_name("asha")
    path = tmp / "p.db"
    with Project.create(path, resolve_scheme("hindi-news")) as project:
        import_paths(project, [Path({article!r})])
    from ui.main_window import MainWindow
    window = MainWindow()
    window.resize(1200, 800)
    window.show()
    window.open_project(path)
    for _ in range(5):
        qapp.processEvents()
    out = {{"opened": window.document is not None,
            "at_start": sorted(m for m in ("indic_transliteration", "annotator.translit") if m in sys.modules)}}
    window.actions_["romanised"].trigger()
    out["after_toggle"] = "annotator.translit" in sys.modules  # the feature's first use
    out["gloss"] = bool(window.view.gloss)
    window.actions_["scheme_iast"].trigger()  # a package scheme brings in the package
    out["after_iast"] = "indic_transliteration" in sys.modules
    window.close()
    print(json.dumps(out))
    """
)


def test_opening_the_window_does_not_import_transliteration(tmp_path):
    script = STARTUP.format(root=str(ROOT), article=str(LUCKNOW))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out == {"opened": True, "at_start": [], "after_toggle": True, "gloss": True, "after_iast": True}


def test_romanised_view_remembered_comes_up_after_the_window(qtbot, project_path, make_window):
    add_document(project_path, "कानपुर में पुलिस", "doc")
    saved.set_romanised(True)
    window = opened(qtbot, make_window, project_path)
    qtbot.waitUntil(lambda: window.view.gloss is not None, timeout=5000)
    assert window.actions_["romanised"].isChecked()
    assert [g[2] for g in window.view.gloss] == ["kanpur", "mein", "police"]


# -- romanised view --------------------------------------------------------------------------


def gloss_under(view, start: int, end: int) -> list[str]:
    """The romanised words drawn under the Devanagari at [start, end)."""
    lay = view.layout_
    p, k, x1 = lay.locate(start)
    _, _, x2 = lay.locate(end)
    line = lay.paras[p].lines[k]
    fm_width = lambda s: lay._gloss_fm.horizontalAdvance(s)  # noqa: E731
    return [roman for x, roman in line.gloss if x1 - 1 <= x + fm_width(roman) / 2 <= x2 + 1]


def test_romanised_view_shows_the_names_under_the_names(qtbot, project_path, make_window, annotator_uuid, tmp_path, article):
    text = article.text
    doc = add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path, width=1500, height=1000)
    view = window.view
    ids = annotate(window, *article.ui_reading())  # the whole reading, so bars and arcs share the lines
    spans = article.ui_reading()[0]
    place, place_roman, place_iast = article.place
    person, person_roman, person_iast = article.person
    heights = view.layout_.height
    assert view.gloss is None and all(not line.gloss for para in view.layout_.paras for line in para.lines)
    qtbot.keyClick(view, K.Key_R, M.ControlModifier | M.ShiftModifier)  # View ▸ Romanised
    assert window.actions_["romanised"].isChecked() and saved.romanised()
    k = text.index(place)
    assert gloss_under(view, k, k + len(place)) == [place_roman]
    name, roman = article.thrice
    a = text.index(name)
    assert gloss_under(view, a, a + len(name)) == roman.split()
    # Offsets still refer to the Devanagari: the spans are where they were, on taller lines.
    assert {(s.start, s.end) for s in view.spans().values()} == {(s.start, s.end) for s in Project.open(project_path).spans(doc, annotator_uuid)}
    assert view.layout_.height > heights
    line = view.layout_.paras[0].lines[0]
    assert line.gloss_h > 0 and line.band_top == line.text_top + line.text_h + line.gloss_h
    # a click on the romanisation selects the Devanagari word above it
    view.select_span(None)
    rect = view.cursor_rect(k + 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, QPoint(rect.center().x(), rect.bottom() + int(line.gloss_h / 2)))
    assert view.selected_span() == ids[spans.index((k, k + len(place), "LOCATION"))]
    # the selected span, romanised, in the side panel; the scheme is remembered
    p = text.index(person)
    person_id = ids[spans.index((p, p + len(person), "PERSON"))]
    view.select_span(person_id)
    assert window.side.roman_label.text() == f"PERSON: {person_roman}"
    window.actions_["scheme_iast"].trigger()
    assert gloss_under(view, k, k + len(place)) == [place_iast]
    assert window.side.roman_label.text() == f"PERSON: {person_iast}"
    assert saved.romanisation_scheme(("hindi", "iast")) == "iast"
    window.actions_["scheme_hindi"].trigger()
    view.select_span(person_id)
    view.verticalScrollBar().setValue(0)
    image = window.grab()
    assert image.save(str(tmp_path / "romanised.png")) and _non_blank(image.toImage())
    qtbot.keyClick(view, K.Key_R, M.ControlModifier | M.ShiftModifier)
    assert view.gloss is None and not saved.romanised()


def test_span_tooltip_shows_the_romanisation(qtbot, project_path, make_window):
    text = "पुलिस आयुक्त विजय सिंह मीणा ने बताया"
    add_document(project_path, text)
    window = opened(qtbot, make_window, project_path)
    view = window.view
    a = text.index("विजय")
    tag(qtbot, view, a, a + len("विजय सिंह मीणा"))
    point = view.span_rect(view.selected_span()).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "vijay singh meena" in QToolTip.text() and "PERSON" in QToolTip.text()
    tip = window.span_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "vijay singh meena" in tip


# -- find and filter -------------------------------------------------------------------------


def test_find_bar_takes_roman(qtbot, project_path, make_window, article):
    text = article.text
    name, roman = article.thrice
    add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path)
    qtbot.keyClick(window.view, K.Key_F, M.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, roman)
    qtbot.waitUntil(lambda: len(bar.hits) == 3, timeout=3000)
    assert bar.hits == all_of(text, name)
    assert window.view.selection() == bar.hits[0]
    qtbot.keyClick(bar.edit, K.Key_Return)
    assert window.view.selection() == bar.hits[1]
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, article.six[1])
    qtbot.keyClick(bar.edit, K.Key_Return)  # Enter does not wait for the pause
    assert bar.hits == all_of(text, article.six[0]) and len(bar.hits) == 6


def test_find_bar_matches_hindi_whole_words_unless_toggled(qtbot, project_path, make_window):
    text = "मिश्र जी और मिश्रा जी, उत्तराखण्ड में।"
    add_document(project_path, text, "whole")
    window = opened(qtbot, make_window, project_path)
    qtbot.keyClick(window.view, K.Key_F, M.ControlModifier)
    bar = window.find_bar
    assert bar.whole.isChecked()
    bar.edit.setText("मिश्र")
    assert [text[a:b] for a, b in bar.hits] == ["मिश्र"]
    bar.whole.setChecked(False)
    assert [text[a:b] for a, b in bar.hits] == ["मिश्र", "मिश्रा"]
    bar.edit.setText("उत्तराखंड")  # anusvara finds the nasal consonant spelling
    assert [text[a:b] for a, b in bar.hits] == ["उत्तराखण्ड"]


def test_document_filter_matches_roman(qtbot, project_path, make_window, article):
    text = article.text
    name, roman = article.thrice
    docs = [add_document(project_path, t, e) for t, e in ((text, article.name), ("राम और सीता", "ram"), (f"{name} आए।", "other"))]
    window = opened(qtbot, make_window, project_path)
    qtbot.keyClick(window.view, K.Key_L, M.ControlModifier)
    edit = window.doc_list.filter_edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, roman)
    model = window.doc_model
    rows = lambda: [model.row(i).uuid for i in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: rows() == [docs[0], docs[2]], timeout=10000)
    assert not window.doc_list.searching.isVisible()
    assert window.position_label.text().startswith("Document 1 of 2")  # the open one, found again
    edit.clear()
    qtbot.keyClicks(edit, "ram")  # an id still matches by itself
    qtbot.waitUntil(lambda: docs[1] in rows() and model.matches is not None, timeout=10000)
    edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=3000)


# -- project search --------------------------------------------------------------------------


def test_search_panel_opens_a_hit_in_another_document(qtbot, project_path, make_window, qtmodeltester, article):
    text = article.text
    name, roman = article.thrice
    first = add_document(project_path, "पहला दस्तावेज़: राम और सीता।", "first")
    other = add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path)
    assert window.document == first
    qtbot.keyClick(window.view, K.Key_F, M.ControlModifier | M.ShiftModifier)
    panel = window.search.panel
    assert window.search.search_dock.isVisible() and panel.edit.hasFocus()
    qtbot.keyClicks(panel.edit, roman)
    qtbot.keyClick(panel.edit, K.Key_Return)
    qtbot.waitUntil(lambda: panel.model.result is not None, timeout=10000)
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.index(0, 0).data().startswith(article.name)
    group = model.index(0, 0)
    assert model.rowCount(group) == 3 and name in model.index(1, 0, group).data()
    # context either side, cut at spaces (never starting on a vowel sign), on one line
    before, match, after = model.index(1, 0, group).data(PARTS_ROLE)  # the match is drawn highlighted
    assert f"{before}«{match}»{after}" == article.context
    assert model.index(1, 0, group).data() == article.context.replace("«", "").replace("»", "")
    qtbot.keyClick(panel.edit, K.Key_Down)  # onto the first hit, then down to the second
    tree = panel.tree
    assert tree.hasFocus() and tree.currentIndex() == model.index(0, 0, group)
    qtbot.keyClick(tree, K.Key_Down)
    assert tree.currentIndex() == model.index(1, 0, group)
    qtbot.keyClick(tree, K.Key_Return)
    assert window.document == other
    assert window.view.selection() == all_of(text, name)[1]
    assert "1 hit" not in panel.status.text() and "3 hits in 1 document" in panel.status.text()


def fill_varied(path, n: int, words: int = 120) -> None:
    """n documents of made-up Hindi words (varied, so the index does real work per word)."""
    import random

    from annotator import store
    from annotator.text import sha256_text

    rng = random.Random(6)
    consonants, vowels = "कखगचजटडतदनपबमयरलवसह", ["", "ा", "ि", "ी", "ु", "े", "ो"]
    syllable = lambda: rng.choice(consonants) + rng.choice(vowels)  # noqa: E731
    now = store.now_us()
    rows = []
    for i in range(n):
        text = " ".join("".join(syllable() for _ in range(rng.randint(2, 4))) for _ in range(words)) + f" {i}।"
        sha = sha256_text(text)
        rows.append((store.document_uuid(sha), f"gen-{i:05d}", sha, text, "{}", i + 1, now, now))
    with Project.open(path) as project, project.atomic():
        project.db.cursor().executemany(
            "INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


def test_index_building_reports_progress_and_keeps_the_window_alive(qtbot, project_path, make_window):
    import time

    fill_varied(project_path, 1100, words=60)  # three chunks of the index
    add_document(project_path, "अजय मिश्रा कानपुर में", "needle")
    window = opened(qtbot, make_window, project_path)
    progress: list[tuple[int, int]] = []
    ticks: list[float] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.search.show_search_panel()
    panel = window.search.panel
    timer.start()
    panel.edit.setText("ajay mishra")
    panel.run_now()
    window.search.worker.progress.connect(lambda done, total: progress.append((done, total, time.perf_counter())))
    qtbot.waitUntil(lambda: panel.model.result is not None, timeout=60000)
    timer.stop()
    assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data().startswith("needle")
    assert [p[:2] for p in progress] == [(500, 1101), (1000, 1101), (1101, 1101)]
    # The window's event loop ran all through the build: its timer kept ticking between chunks.
    during = [t for t in ticks if progress[0][2] <= t <= progress[-1][2]]
    assert len(during) >= 5, (len(ticks), len(during))
    assert not window.search.index_bar.isVisible()


# -- annotate all occurrences ----------------------------------------------------------------


def test_annotate_all_occurrences_accept_all_is_one_undo_step(qtbot, project_path, make_window, annotator_uuid, errors, article):
    text = article.text
    doc = add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path, width=1400, height=900)
    view = window.view
    places = all_of(text, article.six[0])
    assert len(places) == 6
    tag(qtbot, view, *places[0])
    qtbot.keyClick(view, K.Key_O, M.ControlModifier | M.ShiftModifier)  # Annotate ▸ all occurrences
    review = window.search.review
    assert window.search.suggestion_dock.isVisible() and review.panel.table.hasFocus()
    assert [(i.suggestion.start, i.suggestion.end, i.state) for i in review.model.items] == [(a, b, "pending") for a, b in places[1:]]
    # drawn in the text, distinct from spans: dashed segments with 'PERSON?'
    assert sorted((s.start, s.end) for s in view.suggestions) == places[1:]
    lay = view.layout_
    drawn = [g for para in lay.paras if para.layout for line in para.lines for g in line.segments if g.suggested]
    assert drawn and all(lay.label_text(g.span) == "PERSON?" for g in drawn)
    assert persons(project_path, doc, annotator_uuid) == places[:1]  # nothing applied yet
    qtbot.keyClick(review.panel.table, K.Key_Y, M.ShiftModifier)  # accept all: one confirmation
    assert persons(project_path, doc, annotator_uuid) == places
    assert [i.state for i in review.model.items] == ["accepted"] * 5 and view.suggestions == []
    assert sorted((s.start, s.end) for s in view.spans().values()) == places
    stack = window.session.undo_stack
    stack.undo()  # one step removes all five
    assert persons(project_path, doc, annotator_uuid) == places[:1]
    assert sorted((s.start, s.end) for s in view.spans().values()) == places[:1]
    assert [i.state for i in review.model.items] == ["pending"] * 5 and len(view.suggestions) == 5
    stack.redo()
    assert persons(project_path, doc, annotator_uuid) == places
    stack.undo()
    stack.undo()  # and the first tag
    assert persons(project_path, doc, annotator_uuid) == []
    assert errors == []


def test_accept_and_reject_one_by_one(qtbot, project_path, make_window, annotator_uuid, article):
    text = article.text
    doc = add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path)
    view = window.view
    places = all_of(text, article.six[0])
    tag(qtbot, view, *places[2])
    window.actions_["occurrences"].trigger()
    review = window.search.review
    table = review.panel.table
    assert review.panel.current() == 0  # the first in text order
    assert view.state.current_suggestion == "?0"
    # a click on a suggestion's dashed bar in the text makes it the current one
    sug = next(x for x in view.suggestions if x.uuid == "?3")
    view.ensure_visible(sug.start)
    lay = view.layout_
    p, k, _ = lay.locate(sug.start)
    line = lay.paras[p].lines[k]
    g = next(g for g in line.segments if g.span == "?3")
    y = lay.paras[p].top + line.band_top + 2 + g.level * lay.row_h + lay.row_h / 2 - view.verticalScrollBar().value()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, M.NoModifier, QPoint(int(MARGIN_X + g.x1 + 3), int(y)))
    assert review.panel.current() == 3 and view.state.current_suggestion == "?3" and table.hasFocus()
    qtbot.keyClick(table, K.Key_Home, M.ControlModifier)
    assert review.panel.current() == 0
    qtbot.keyClick(table, K.Key_N)  # reject the first, step to the next
    assert review.model.items[0].state == "rejected" and review.panel.current() == 1
    assert sorted((s.start, s.end) for s in view.suggestions) == [places[1], *places[3:]]
    qtbot.keyClick(table, K.Key_Return)  # accept the second
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2]]
    assert review.panel.current() == 2
    qtbot.keyClick(table, K.Key_Delete)  # rejects; the span selected in the text stays
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2]]
    qtbot.keyClick(table, K.Key_Down)  # step without deciding
    qtbot.keyClick(table, K.Key_Y)
    assert [i.state for i in review.model.items] == ["rejected", "accepted", "rejected", "pending", "accepted"]
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2], places[5]]
    window.session.undo_stack.undo()  # each acceptance is its own step
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2]]
    assert review.model.items[4].state == "pending"
    qtbot.keyClick(table, K.Key_N, M.ShiftModifier)  # reject the rest
    assert [i.state for i in review.model.items] == ["rejected", "accepted", "rejected", "rejected", "rejected"]
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2]]
    assert view.suggestions == []
    window.actions_["occurrences"].trigger()  # again: only the three not yet PERSON
    assert [(i.suggestion.start, i.suggestion.end) for i in review.model.items] == [places[0], *places[3:]]
    window.search.suggestion_dock.close()  # closing the panel drops them, unapplied
    assert view.suggestions == [] and review.model.rowCount() == 0
    assert persons(project_path, doc, annotator_uuid) == [places[1], places[2]]


def test_occurrences_over_the_project_open_other_documents(qtbot, project_path, make_window, annotator_uuid, errors, article):
    text = article.text
    name, roman = article.thrice
    short = f"पीआरओ {name} ने कहा कि {name} आएंगे।"
    here = add_document(project_path, short, "here")
    there = add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path)
    assert window.document == here
    view = window.view
    tag(qtbot, view, *all_of(short, name)[0])
    qtbot.keyClick(view, K.Key_O, M.ControlModifier | M.AltModifier)  # ... in the whole project
    review = window.search.review
    qtbot.waitUntil(lambda: len(review.model.items) == 4, timeout=10000)
    found = [(i.ext_id, i.suggestion.start, i.suggestion.end) for i in review.model.items]
    assert found == [("here", *all_of(short, name)[1])] + [(article.name, a, b) for a, b in all_of(text, name)]
    assert window.document == here and review.panel.current() == 0
    table = review.panel.table
    qtbot.keyClick(table, K.Key_Y)  # accept the one here; the next one is in the other document
    assert persons(project_path, here, annotator_uuid) == all_of(short, name)
    assert window.document == there and table.hasFocus()
    assert view.state.current_suggestion == "?1" and len(view.suggestions) == 3
    qtbot.keyClick(table, K.Key_Y)
    assert persons(project_path, there, annotator_uuid) == all_of(text, name)[:1]
    qtbot.keyClick(table, K.Key_Up)
    qtbot.keyClick(table, K.Key_Up)  # back to the first document
    assert window.document == here
    qtbot.keyClick(table, K.Key_Y, M.ShiftModifier)  # the rest, all in the other document
    assert window.document == here  # accept-all stays where it is
    assert persons(project_path, there, annotator_uuid) == all_of(text, name)
    window.session.undo_stack.undo()
    assert persons(project_path, there, annotator_uuid) == all_of(text, name)[:1]
    qtbot.waitUntil(lambda: window.document == there)  # undo over there shows that document
    assert errors == []


def test_suggestion_model_passes_the_model_tester(qtbot, project_path, make_window, qtmodeltester, article):
    text = article.text
    add_document(project_path, text, article.name)
    window = opened(qtbot, make_window, project_path)
    tag(qtbot, window.view, *all_of(text, article.six[0])[0])
    window.actions_["occurrences"].trigger()
    qtmodeltester.check(window.search.review.model)
    qtbot.keyClick(window.search.review.panel.table, K.Key_N)
    qtmodeltester.check(window.search.review.model)


def test_another_project_starts_afresh(qtbot, project_path, make_window, tmp_path, errors, article):
    from annotator.project import resolve_scheme

    name, roman = article.thrice
    add_document(project_path, f"पीआरओ {name} आए।", "a")
    other_path = tmp_path / "other" / "other.db"
    other_path.parent.mkdir()
    Project.create(other_path, resolve_scheme("hindi-news")).close()
    add_document(other_path, article.text, article.name)
    window = opened(qtbot, make_window, project_path)
    window.search.show_search_panel()
    window.search.panel.edit.setText(roman)
    window.search.panel.run_now()
    qtbot.waitUntil(lambda: window.search.panel.model.result is not None, timeout=10000)
    first_worker = window.search.worker
    assert window.open_project(other_path)
    assert window.search.worker is None and first_worker is not None and not first_worker.isRunning()
    assert window.search.panel.model.result is None and errors == []
    window.search.panel.run_now()  # the same query, now over the other project
    qtbot.waitUntil(lambda: window.search.panel.model.result is not None, timeout=10000)
    assert window.search.panel.model.index(0, 0).data().startswith(article.name)
    assert window.search.panel.model.rowCount(window.search.panel.model.index(0, 0)) == 3
