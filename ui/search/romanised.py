"""Romanised text for the window: the scheme choices, a per-document cache of the core's
`romanise_segments`, the romanised form of a span's surface, and `RomanisedView`, the
window's View ▸ Romanised switch and scheme (the gloss under the text, the span tooltips and
the side panel's romanisation of the selected span).

`annotator.translit` imports indic_transliteration (about 0.35 s), so it is imported here on
first use only and never on the window's start-up path; `loaded()` tells whether that has
happened yet, so callers can put the first use after the window has appeared.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from ui import settings as saved
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.side_panel import SidePanel
    from ui.text import TextView

# (core scheme name, what the menu says), in menu order.
SCHEMES: tuple[tuple[str, str], ...] = (
    ("hindi", QT_TRANSLATE_NOOP("RomanisedView", "Hindi (readable)")),
    ("iast", "IAST"),
    ("iso", "ISO 15919"),
    ("itrans", "ITRANS"),
    ("hk", "Harvard-Kyoto"),
)
SCHEME_NAMES: tuple[str, ...] = tuple(name for name, _ in SCHEMES)
SCHEME_TITLES = dict(SCHEMES)

Segment = tuple[int, int, str]  # (start, end, roman) in code points of the Devanagari text


def loaded() -> bool:
    """Whether the transliteration module has been imported in this process."""
    return "annotator.translit" in sys.modules


def _translit():
    from annotator import translit

    return translit


class Romaniser:
    """Romanised segments per (document, scheme), the few most recent kept. A document's text
    never changes, so an entry never goes stale."""

    def __init__(self, keep: int = 8):
        self.keep = keep
        self._segments: OrderedDict[tuple[str, str], list[Segment]] = OrderedDict()

    def segments(self, document: str, text: str, scheme: str) -> list[Segment]:
        """One (start, end, roman) per Devanagari run of `text`, in text order."""
        key = (document, scheme)
        found = self._segments.get(key)
        if found is None:
            found = _translit().romanise_segments(text, scheme)
            self._segments[key] = found
            if len(self._segments) > self.keep:
                self._segments.popitem(last=False)
        else:
            self._segments.move_to_end(key)
        return found

    def cached(self, document: str, scheme: str) -> bool:
        return (document, scheme) in self._segments

    @staticmethod
    def surface(text: str, scheme: str) -> str:
        """`text` (a span's surface) romanised in `scheme`."""
        return _translit().romanise(text, scheme)


class RomanisedView(QObject):
    """The romanised view of one window: on/off and the scheme (both remembered), drawn as
    a gloss under `view`'s text, in span tooltips (`describe_span`) and in `side`'s line for
    the selected span. `actions` is the window's action table (rebuilt with the menus), whose
    "romanised" and "scheme_<name>" items are kept checked in step."""

    def __init__(self, view: TextView, side: SidePanel, actions: dict[str, QAction], parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.side = side
        side.shownSpanEdited.connect(lambda _span: self.show_span_roman())  # new edges, new surface
        self.actions = actions
        self.romaniser = Romaniser()
        self.on = saved.romanised()
        self.scheme = saved.romanisation_scheme(SCHEME_NAMES)

    def set_romanised(self, on: bool) -> None:
        self.on = bool(on)
        saved.set_romanised(self.on)
        action = self.actions.get("romanised")
        if action is not None and action.isChecked() != self.on:
            action.setChecked(self.on)
        self.apply_gloss()

    def set_scheme(self, scheme: str) -> None:
        self.scheme = scheme
        saved.set_romanisation_scheme(scheme)
        action = self.actions.get(f"scheme_{scheme}")
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.apply_gloss()
        self.show_span_roman()

    def gloss_for(self, document: str, text: str) -> list[Segment] | None:
        """The romanised segments to show under `text`, or None when the view is off. Right
        after start-up (transliteration not imported yet) it is None too, and `apply_gloss`
        follows once the window is up, so the first screen costs what it did."""
        if not self.on:
            return None
        if not loaded() and not self.romaniser.cached(document, self.scheme):
            QTimer.singleShot(150, self.apply_gloss)
            return None
        return self.romaniser.segments(document, text, self.scheme)

    def apply_gloss(self) -> None:
        """Draw (or remove) the gloss of the document the view shows now."""
        document = self.view.document
        if document is None:
            return
        self.view.set_gloss(self.romaniser.segments(document, self.view.text, self.scheme) if self.on else None)

    def describe_span(self, label: str, surface: str) -> str:
        """A span's tooltip: label, surface and its romanisation in the chosen scheme."""
        return f"{label}: {surface}\n{self.romaniser.surface(surface, self.scheme)}  ({translate('RomanisedView', SCHEME_TITLES[self.scheme])})"

    def show_span_roman(self) -> None:
        """The side panel's line for the selected span (empty when none is)."""
        span = self.view.selected_span()
        row = self.view.spans().get(span) if span else None
        if row is None:
            self.side.show_roman("")
            return
        surface = self.view.text[row.start : row.end]
        roman = self.romaniser.surface(surface, self.scheme)
        self.side.show_roman(f"{row.label}: {roman}", translate("RomanisedView", "{scheme} romanisation of {text}").format(scheme=translate("RomanisedView", SCHEME_TITLES[self.scheme]), text=surface))

