"""Romanised text for the window: the scheme choices, a per-document cache of the core's
`romanise_segments`, and the romanised form of a span's surface.

`annotator.translit` imports indic_transliteration (about 0.35 s), so it is imported here on
first use only and never on the window's start-up path; `loaded()` tells whether that has
happened yet, so callers can put the first use after the window has appeared.
"""

from __future__ import annotations

import sys
from collections import OrderedDict

# (core scheme name, what the menu says), in menu order.
SCHEMES: tuple[tuple[str, str], ...] = (
    ("hindi", "Hindi (readable)"),
    ("iast", "IAST"),
    ("iso", "ISO 15919"),
    ("itrans", "ITRANS"),
    ("hk", "Harvard-Kyoto"),
)
SCHEME_NAMES: tuple[str, ...] = tuple(name for name, _ in SCHEMES)

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
