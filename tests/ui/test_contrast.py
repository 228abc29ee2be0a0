"""Label text stays readable on light and dark pages: WCAG 2 contrast >= 4.5:1 for every label
colour of the bundled schemes, in the label's own hue."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtGui import QColor, QPalette

from annotator.resources import resource_path
from ui.contrast import AA_TEXT, chip_text, contrast, is_dark, luminance, over, readable_chip, readable_on

PAGES = {"light": QColor("#FFFFFF"), "dark": QColor("#1E1E1E"), "grey": QColor("#F0F0F0"), "dim": QColor("#2B2B2B")}


def scheme_colours() -> list[str]:
    out = []
    for path in sorted(resource_path("schemes").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [e["color"] for e in data.get("entity", [])] + [r["color"] for r in data.get("relation", []) if "color" in r]
    return sorted(set(out))


def test_wcag_figures_match_the_standard():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("white")) == pytest.approx(1.0) and luminance(QColor("black")) == 0.0
    assert over(QColor(0, 0, 0, 128), QColor("white")).red() in (127, 128)


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_scheme_colour_gets_readable_label_text(page):
    background = PAGES[page]
    colours = scheme_colours()
    assert len(colours) >= 10
    for hex_ in colours:
        text = readable_on(QColor(hex_), background)
        assert contrast(text, background) >= AA_TEXT, (hex_, page, text.name())
        h0, h1 = QColor(hex_).hslHueF(), text.hslHueF()
        if QColor(hex_).hslSaturationF() > 0.1 and h1 >= 0:
            assert min(abs(h0 - h1), 1 - abs(h0 - h1)) < 0.02, f"{hex_} keeps its hue ({text.name()})"


def test_a_colour_that_already_reads_is_left_as_it_is():
    dark_blue = QColor("#0D47A1")
    assert contrast(dark_blue, PAGES["light"]) >= AA_TEXT
    assert readable_on(dark_blue, PAGES["light"]).name() == dark_blue.name()


def test_the_change_is_the_least_that_reaches_the_ratio():
    colour, page = QColor("#4FC3F7"), PAGES["light"]
    text = readable_on(colour, page)
    assert contrast(text, page) < AA_TEXT + 0.15, "darkened no further than needed"


def test_chips_read_with_white_or_black_text():
    for hex_ in scheme_colours():
        fill, text = readable_chip(QColor(hex_))
        assert contrast(fill, text) >= AA_TEXT, hex_
        assert chip_text(fill).name() == text.name() or contrast(chip_text(fill), fill) >= AA_TEXT


def test_is_dark_reads_the_page_colour():
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    assert not is_dark(light) and is_dark(dark)


# -- in the window -----------------------------------------------------------------------------

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator import edits  # noqa: E402
from annotator.project import Project  # noqa: E402
from tests.ui.conftest import add_document  # noqa: E402
from ui.contrast import apply_colour_scheme, dark_palette  # noqa: E402
from ui.shapes import SHAPES, shape_icon, shape_path  # noqa: E402


@pytest.fixture
def dark_app():
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    apply_colour_scheme(app, Qt.ColorScheme.Dark)
    yield app
    apply_colour_scheme(app, Qt.ColorScheme.Light)
    app.setStyle(style)
    app.setPalette(palette)


def test_dark_mode_gives_a_dark_page_and_back(qtbot, dark_app):
    assert is_dark(dark_app.palette()) and dark_app.style().name().lower() == "fusion"
    apply_colour_scheme(dark_app, Qt.ColorScheme.Light)
    assert not is_dark(dark_app.palette())
    assert contrast(dark_palette().color(QPalette.ColorRole.Text), dark_palette().color(QPalette.ColorRole.Base)) >= 7


@pytest.mark.parametrize("dark", [False, True])
def test_the_view_draws_every_label_readable_on_its_page(qtbot, project_path, make_window, monkeypatch, dark, request):
    """Every label the view paints asks ui.contrast for its ink against the view's own page
    colour, and gets one that reads (>= 4.5:1): on the light page and on the dark one."""
    if dark:
        request.getfixturevalue("dark_app")
    text = "कानपुर में पुलिस आयुक्त असीम अरुण ने बैठक की।"
    doc = add_document(project_path, text, "k")
    with Project.open(project_path) as p:
        who = edits.ensure_annotator(p, "asha")
        for surface, label in (("कानपुर", "LOCATION"), ("पुलिस आयुक्त", "DESIGNATION"), ("असीम अरुण", "PERSON")):
            s = text.index(surface)
            edits.add_span(p, document=doc, annotator=who, start=s, end=s + len(surface), label=label)
    import ui.text.paint as paint_module

    asked: list[tuple[QColor, QColor, QColor]] = []
    real = paint_module.text_on

    def spy(colour, page):
        out = real(colour, page)
        asked.append((QColor(colour), QColor(page), out))
        return out

    monkeypatch.setattr(paint_module, "text_on", spy)
    window = make_window(project_path)
    window.open_document(doc)
    window.view.viewport().grab()
    page = window.view.palette().color(QPalette.ColorRole.Base)
    assert is_dark(window.view.palette()) == dark
    labels = {c.name() for c, _, _ in asked}
    assert {QColor(e.color).name() for e in window.session.project.scheme.entities if e.name in ("LOCATION", "DESIGNATION", "PERSON")} <= labels
    for colour, on, out in asked:
        assert on.name() == page.name(), "the ink is chosen for the view's own page"
        assert contrast(out, on) >= AA_TEXT, (colour.name(), out.name())


def test_each_label_has_its_own_shape(qtbot):
    from PySide6.QtCore import QRectF

    rect = QRectF(0, 0, 20, 20)
    outlines = {shape_path(i, rect).toFillPolygon().toPolygon().toList().__repr__() for i in range(len(SHAPES))}
    assert len(outlines) == len(SHAPES), "no two shapes alike"
    icon = shape_icon("#4FC3F7", 0)
    assert not icon.isNull() and not icon.pixmap(14, 14).isNull()


def test_palette_and_entity_list_show_the_shape(qtbot, project_path, make_window):
    window = make_window(project_path)
    buttons = list(window.side.buttons.values())
    assert buttons and all(not b.icon().isNull() and b.text().strip() for b in buttons), "name and shape on every label button"
