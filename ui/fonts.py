"""The bundled Noto Sans Devanagari: registered once, used for all text that shows Hindi."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from annotator.resources import font_path

_family: str | None = None
TEXT_POINT_SIZE = 15.0


def register_font() -> str:
    """Register the bundled font with Qt (needs a QGuiApplication) and return its family.

    Raises RuntimeError with one sentence when the font file is missing or unreadable, since
    without it Devanagari may show as empty boxes on a machine with no Hindi font.
    """
    global _family
    if _family is None:
        try:
            path = font_path()
        except (FileNotFoundError, ImportError) as exc:
            raise RuntimeError(f"the Devanagari font is missing: {exc}") from None
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise RuntimeError(f"Qt could not load the Devanagari font {path}")
        _family = families[0]
        # Every widget (lists, labels, dialogs) falls back to the bundled font for
        # Devanagari, whatever the system has: the UI font stays first for Latin text.
        app_font = QGuiApplication.font()
        app_font.setFamilies([app_font.family(), _family])
        QGuiApplication.setFont(app_font)
    return _family


def text_font(zoom: float = 1.0) -> QFont:
    """The font of the document text at `zoom` (1.0 = the default size)."""
    font = QFont(register_font())
    font.setPointSizeF(max(6.0, TEXT_POINT_SIZE * zoom))
    # Hinting off keeps glyph advances identical at every zoom, so layouts scale smoothly.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def label_font(zoom: float = 1.0) -> QFont:
    """The small bold font of label names drawn under spans and on relation arcs."""
    font = QGuiApplication.font()
    font.setPointSizeF(max(6.0, 7.5 * zoom))
    font.setBold(True)
    return font


def gloss_font(zoom: float = 1.0) -> QFont:
    """The small font of the romanisation drawn under each Devanagari word."""
    font = QGuiApplication.font()
    font.setPointSizeF(max(6.0, 9.0 * zoom))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
