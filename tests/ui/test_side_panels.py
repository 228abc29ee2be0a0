"""The side panel and lists as a user sees them: the selected span's row and romanised line
follow every edit to that span, and the window and its panels fit the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator import translit
from tests.ui.conftest import add_document

K = Qt.Key
M = Qt.KeyboardModifier

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि पीआरओ अजय मिश्रा पर आरोप लगे हैं।"


def _selected_rows(view) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def test_roman_line_and_row_follow_keyboard_edge_moves_and_relabels(qtbot, project_path, make_window):
    add_document(project_path, TEXT)
    window = make_window(project_path)
    view, side = window.view, window.side
    word = TEXT.index("विजय")
    other = TEXT.index("अजय")
    view.set_text_selection(other, other + len("अजय"))
    qtbot.keyClick(view, "p")  # a span before which ours will sort once it grows
    view.set_text_selection(word, word + len("विजय"))
    qtbot.keyClick(view, "p")
    span = view.selected_span()
    assert side.roman_label.text() == f"PERSON: {translit.romanise('विजय', 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    qtbot.keyClick(view, K.Key_Right, M.ControlModifier | M.ShiftModifier)  # end edge one word on
    assert view.selected_span() == span
    grown = "विजय सिंह"
    assert TEXT[view.spans()[span].start : view.spans()[span].end] == grown
    assert side.roman_label.text() == f"PERSON: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    qtbot.keyClick(view, "o")  # relabel
    assert side.roman_label.text() == f"ORGANIZATION: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]

    window.session.undo_stack.undo()  # the label back; still the same span, still selected
    assert side.roman_label.text() == f"PERSON: {translit.romanise(grown, 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]
    window.session.undo_stack.undo()  # the edge back
    assert side.roman_label.text() == f"PERSON: {translit.romanise('विजय', 'hindi')}"
    assert _selected_rows(side.entity_view) == [window.span_model.row_of(span)]


def test_fitted_keeps_a_saved_geometry_and_a_first_run_inside_the_screen():
    from PySide6.QtCore import QRect, QSize

    from ui.settings import fitted

    screen = QRect(0, 0, 700, 450)  # 1400x900 at QT_SCALE_FACTOR=2
    frame = QSize(8, 36)
    big = fitted(QRect(100, 50, 1280, 820), frame, screen)
    # the client area with its frame (title bar on top, 4-pixel borders) inside the screen
    assert screen.contains(big.adjusted(-4, -32, 4, 4))
    assert (big.width(), big.height()) == (692, 414)
    small = fitted(QRect(10, 40, 400, 300), frame, screen)
    assert small == QRect(10, 40, 400, 300)  # a geometry that fits is kept
    first = fitted(QRect(0, 0, 1, 1), frame, QRect(0, 0, 2800, 1800), QSize(1280, 820))
    assert first.size() == QSize(1280, 820) and QRect(0, 0, 2800, 1800).contains(first.adjusted(-4, -32, 4, 4))


def test_window_restored_from_a_bigger_screen_fits_and_nothing_overlaps(qtbot, project_path, make_window):
    from PySide6.QtCore import QPoint, QRect

    from ui import settings as saved

    add_document(project_path, TEXT)
    window = make_window(project_path)
    window.resize(2600, 1700)  # saved on a bigger screen
    saved.set_window_state(window.saveGeometry(), window.saveState())
    window.restore_layout()
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    # shrunk to a 2x-scaled 1400x900 screen, the panels still fit and do not overlap
    window.resize(700, 450)
    qtbot.waitUntil(lambda: window.width() <= 700 and window.height() <= 450)
    status = window.statusBar().geometry()
    dock = window.side_dock.geometry()
    assert not status.intersects(dock)
    side = window.side
    boxes = [side.splitter.widget(i) for i in range(side.splitter.count())]
    rects = [QRect(b.mapTo(window, QPoint(0, 0)), b.size()) for b in boxes]
    for upper, lower in zip(rects, rects[1:]):
        assert upper.bottom() < lower.top()
    assert all(not r.intersects(status) for r in rects)
    relations = side.relation_view
    last = relations.model().columnCount() - 1
    assert relations.columnViewportPosition(last) + relations.columnWidth(last) <= relations.viewport().width()


def test_search_hits_are_drawn_with_the_match_highlighted_not_in_guillemets(qtbot):
    from ui.search.panel import MATCH_BACKGROUND, PARTS_ROLE, DocumentHits, HitRow, SearchPanel, SearchResult

    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    qtbot.waitExposed(panel)
    hit = HitRow(start=13, end=21, before="पुलिस आयुक्त ", match="विजय सिंह", after=" ने बताया")
    panel.edit.setText("vijay singh")
    panel.show_result(SearchResult("vijay singh", (DocumentHits("d1", "doc", (hit,)),), truncated=False))
    row = panel.model.index(0, 0, panel.model.index(0, 0))
    assert "«" not in row.data() and row.data() == "पुलिस आयुक्त विजय सिंह ने बताया"
    assert row.data(PARTS_ROLE) == (hit.before, hit.match, hit.after)
    rect = panel.tree.visualRect(row)
    image = panel.tree.viewport().grab(rect).toImage()
    marked = [x for x in range(image.width()) if image.pixelColor(x, image.height() // 2 - 3) == MATCH_BACKGROUND or image.pixelColor(x, 4) == MATCH_BACKGROUND]
    assert marked, "the match is drawn on its highlight colour"
    before_width = panel.tree.fontMetrics().horizontalAdvance(hit.before)
    assert min(marked) >= before_width - 8  # after the context before it, not at the row's start


def test_suggestions_panel_is_bounded_and_goes_when_nothing_is_left_to_decide(qtbot, project_path, make_window):
    text = "राम ने कहा कि राम आया और राम गया।"
    add_document(project_path, text)
    window = make_window(project_path, width=1200, height=800)
    view = window.view
    view.set_text_selection(0, len("राम"))
    qtbot.keyClick(view, "p")
    window.actions_["occurrences"].trigger()
    review, dock = window.search.review, window.search.suggestion_dock
    assert dock.isVisible() and len(review.model.pending()) == 2
    # the side panel keeps the full height beside it, and the panel takes at most a third
    assert not dock.geometry().intersects(window.side_dock.geometry())
    assert window.side_dock.geometry().bottom() > dock.geometry().top()
    assert dock.height() <= window.height() // 3 + 40  # the title bar on top of a third
    qtbot.keyClick(review.panel.table, Qt.Key.Key_Y, M.ShiftModifier)  # accept all
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert [i.state for i in review.model.items] == ["accepted", "accepted"]
    window.session.undo_stack.undo()  # undecided again: the panel comes back with them
    qtbot.waitUntil(dock.isVisible)
    assert len(review.model.pending()) == 2


def test_a_narrower_window_keeps_half_its_width_for_the_article(qtbot, project_path, make_window):
    """Qt gives the whole change of a resize to the centre; the docks give back their share,
    and the entity list's label column still holds the longest label."""
    add_document(project_path, TEXT)
    window = make_window(project_path, width=1400, height=850)
    window.resizeDocks([window.doc_dock, window.side_dock], [340, 360], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.side_dock.width() >= 340)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.width() == 900)
    qtbot.waitUntil(lambda: window.centralWidget().width() >= 900 * 0.45)
    assert window.doc_dock.width() < 340 and window.side_dock.width() < 360
    assert window.doc_dock.width() > 0 and window.side_dock.width() > 0
    side = window.side
    metrics = side.entity_view.fontMetrics()
    assert side._label_column.wanted > metrics.horizontalAdvance("ORGANIZATION") + side.entity_view.style().pixelMetric(side.entity_view.style().PixelMetric.PM_SmallIconSize)


def test_a_narrow_document_list_drops_the_length_column_before_cutting_ids(qtbot, project_path, make_window):
    add_document(project_path, TEXT, ext_id="hiner-val-00042")
    window = make_window(project_path)
    table = window.doc_list.table
    window.resizeDocks([window.doc_dock], [180], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: table.isColumnHidden(2))
    assert "characters" in window.doc_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    window.resizeDocks([window.doc_dock], [420], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not table.isColumnHidden(2))
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("hiner-val-0")


def _related(project_path) -> str:
    """A document with a person, a designation and a relation between them, in asha's layer."""
    from annotator import edits
    from annotator.project import Project

    doc = add_document(project_path, TEXT)
    person, title = "विजय सिंह मीणा", "पुलिस आयुक्त"
    with Project.open(project_path) as p:
        asha = edits.ensure_annotator(p, "asha")
        add = lambda w, label: edits.add_span(p, document=doc, annotator=asha, start=TEXT.index(w), end=TEXT.index(w) + len(w), label=label).spans[0][1].uuid  # noqa: E731
        edits.add_relation(p, head=add(person, "PERSON"), tail=add(title, "DESIGNATION"), label="HAS_DESIGNATION")
    return doc


def test_the_lists_fit_a_narrow_panel_without_scrolling_sideways(qtbot, project_path, make_window):
    """Issue 13: at 2x on a 1400x900 screen the relation list scrolled sideways. Its columns
    (and the entity list's) fit the panel's width at any width, cutting cell text short."""
    doc = _related(project_path)
    window = make_window(project_path, width=700, height=450)
    window.open_document(doc)
    side = window.side
    assert side.relation_view.model().rowCount() == 1 and side.entity_view.model().rowCount() == 2
    seen = set()
    for width in (300, 220, 150):
        window.resizeDocks([window.side_dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: abs(window.side_dock.width() - width) <= 2)
        seen.add(side.relation_view.viewport().width())
        for table in (side.relation_view, side.entity_view):
            header = table.horizontalHeader()
            used = sum(header.sectionSize(c) for c in range(header.count()))
            assert used <= table.viewport().width(), (width, table.accessibleName())
            assert not table.horizontalScrollBar().isVisible()
        assert side.relation_view.columnWidth(2) >= side.relation_view.fontMetrics().horizontalAdvance("MMM")
    assert min(seen) < 150 and len(seen) == 3  # narrow enough to have scrolled before
    table = window.doc_list.table  # the document list drops columns rather than scroll
    for width in (300, 200, 150):
        window.resizeDocks([window.doc_dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: abs(window.doc_dock.width() - width) <= 2)
        header = table.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(header.count()) if not table.isColumnHidden(c))
        assert used <= table.viewport().width() and not table.horizontalScrollBar().isVisible()


def test_forced_below_its_minimum_the_panels_scroll_instead_of_overlapping(qtbot, project_path, make_window):
    """Issue 13: with no window manager the X server gives the window any size; the status
    bar was drawn over the arcs box and the panels over each other. A window manager still
    stops a resize at the window's minimum, where the lists show whole."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLayout

    doc = _related(project_path)
    window = make_window(project_path, width=1000, height=700)
    window.open_document(doc)
    least = window.minimumSize()
    side = window.side
    assert least.height() >= side.splitter.minimumSizeHint().height()  # a window manager stops here
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # what the X server
    window.setMinimumSize(0, 0)  # does without one: any size it is asked for
    window.resize(250, 180)
    qtbot.waitUntil(lambda: window.width() == 250 and window.height() == 180)
    qtbot.waitUntil(lambda: side.height() <= window.side_dock.height())  # the dock laid out
    on_window = lambda w: QRect(w.mapTo(window, QPoint(0, 0)), w.size())  # noqa: E731
    status = window.statusBar().geometry()
    assert not status.intersects(on_window(side.arcs_box))
    assert on_window(side.arcs_box).bottom() < status.top()
    docs, centre, panel = (on_window(w) for w in (window.doc_dock, window.centralWidget(), window.side_dock))
    assert not docs.intersects(centre) and not centre.intersects(panel) and not docs.intersects(panel)
    assert not panel.intersects(status) and not docs.intersects(status)
    assert side.lists_scroll.verticalScrollBar().maximum() > 0  # the lists scroll instead
