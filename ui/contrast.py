"""Colours that stay readable: WCAG 2 contrast, the text colour for a label drawn on the page or
on a chip of the label's colour, whether the window is dark, and a dark palette that follows
the system's dark mode. Scheme colours are chosen for
a light page; on a dark one (the system's dark mode) the same hue must be lightened for its
label text to be read. Every label text the window draws goes through `readable_on`."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

AA_TEXT = 4.5  # WCAG 2 level AA for normal text


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white); alpha is ignored."""
    return 0.2126 * _linear(colour.red()) + 0.7152 * _linear(colour.green()) + 0.0722 * _linear(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` composited over an opaque `background` (what the eye sees of a translucent fill)."""
    a = colour.alphaF()
    mix = lambda x, y: round(x * a + y * (1 - a))  # noqa: E731
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()), mix(colour.blue(), background.blue()))


def is_dark(palette: QPalette) -> bool:
    """Whether the page (the Base role, where text is drawn) is dark."""
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.18


def readable_on(colour: QColor, background: QColor, *, ratio: float = AA_TEXT) -> QColor:
    """The label's own hue, darkened on a light background or lightened on a dark one, just
    enough for text in it to reach `ratio` against `background` (black or white at worst)."""
    background = QColor(background)
    toward_light = luminance(background) < 0.18
    h, s, lightness, _ = QColor(colour).getHslF()
    h = max(h, 0.0)  # achromatic colours report -1
    lo, hi = (lightness, 1.0) if toward_light else (0.0, lightness)
    best = QColor("white" if toward_light else "black")
    if contrast(QColor.fromHslF(h, s, lightness), background) >= ratio:
        return QColor.fromHslF(h, s, lightness)
    # The contrast grows monotonically as lightness moves away from the background: bisect
    # for the least change that reaches the ratio.
    for _ in range(24):
        mid = (lo + hi) / 2
        c = QColor.fromHslF(h, s, mid)
        if contrast(c, background) >= ratio:
            best = c
            if toward_light:
                hi = mid
            else:
                lo = mid
        elif toward_light:
            lo = mid
        else:
            hi = mid
    return best


def chip_text(chip: QColor) -> QColor:
    """White or black, whichever reads better on a chip filled with `chip`."""
    white, black = QColor("white"), QColor("black")
    return white if contrast(white, chip) >= contrast(black, chip) else black


def readable_chip(colour: QColor, *, ratio: float = AA_TEXT) -> tuple[QColor, QColor]:
    """(fill, text) for a selected label's chip: the label's hue, darkened until white text on
    it reaches `ratio` (or kept as is with black text when that already does)."""
    colour = QColor(colour)
    if contrast(QColor("black"), colour) >= ratio:
        return colour, QColor("black")
    white = QColor("white")
    # The view asks on every paint of a selected label: the default ratio goes through the cache.
    return (text_on(colour, white) if ratio == AA_TEXT else readable_on(colour, white, ratio=ratio)), white


@lru_cache(maxsize=512)
def _text_on(colour: int, background: int) -> int:
    return readable_on(QColor.fromRgb(colour), QColor.fromRgb(background)).rgb()


def text_on(colour: QColor, background: QColor) -> QColor:
    """`readable_on`, remembered per colour pair: the view asks it for every label it paints."""
    return QColor.fromRgb(_text_on(colour.rgb(), background.rgb()))


def page_colour() -> QColor:
    """The application's page colour (the Base role), what list and text views draw on."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.palette().color(QPalette.ColorRole.Base)


def ink(hex_colour: str) -> QColor:
    """A fixed accent colour (a "done" green, an error red) made readable on the current page."""
    return text_on(QColor(hex_colour), page_colour())


def ink_style(hex_colour: str) -> str:
    """A style sheet giving a label text in `hex_colour`, made readable on the current page."""
    return f"color: {ink(hex_colour).name()}"


def dark_palette() -> QPalette:
    """A dark palette for Qt's Fusion style, where the system asks for dark and its own style
    gives none (many Linux desktops)."""
    from PySide6.QtGui import QColor as C

    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, "#2B2B2B"), (R.WindowText, "#E6E6E6"), (R.Base, "#1E1E1E"), (R.AlternateBase, "#262626"),
        (R.ToolTipBase, "#3A3A3A"), (R.ToolTipText, "#F0F0F0"), (R.Text, "#E6E6E6"), (R.Button, "#333333"),
        (R.ButtonText, "#E6E6E6"), (R.BrightText, "#FF6E6E"), (R.Link, "#8AB4F8"), (R.Highlight, "#2F6FB3"),
        (R.HighlightedText, "#FFFFFF"), (R.PlaceholderText, "#9A9A9A"),
    ):
        p.setColor(role, C(colour))
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, C("#7A7A7A"))
    return p


def apply_colour_scheme(app, scheme) -> None:
    """Make the application's palette match `scheme` (a Qt.ColorScheme): where it is dark but
    the style's palette is still light, switch to Fusion with `dark_palette`; back to light
    undoes what this did (and nothing a platform style chose itself)."""
    from PySide6.QtCore import Qt

    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setProperty("annotatorStyle", app.style().name())
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setProperty("annotatorDark", True)
    elif scheme == Qt.ColorScheme.Light and app.property("annotatorDark"):
        app.setStyle(app.property("annotatorStyle") or "Fusion")
        app.setPalette(app.style().standardPalette())
        app.setProperty("annotatorDark", False)


def follow_colour_scheme(app) -> None:
    """Follow the system's light or dark mode now and whenever it changes."""
    hints = app.styleHints()
    apply_colour_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_colour_scheme(app, scheme))
