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
