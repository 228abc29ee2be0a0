"""Devanagari romanisation: the package schemes, and the readable "hindi" one as displayed."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from annotator import translit_rules as R
from annotator.roman_alternatives import spelled_keys
from annotator.translit_key import word_key
from annotator.translit_spelling import usual_spelling

SCHEMES: tuple[str, ...] = ("iast", "iso", "itrans", "hk", "hindi")

# A letter run (word) or a punctuation/digit run; joiners belong to the run they follow.
_SEGMENT_RE = re.compile(f"[{R.LETTER_CLASS}][{R.LETTER_CLASS}\u200c\u200d]*|[{R.PUNCT_CLASS}]+")
_DEVANAGARI_RE = re.compile("[\u0900-\u097f]")


def _check_scheme(scheme: str) -> None:
    if scheme not in SCHEMES:
        raise ValueError(f"unknown transliteration scheme {scheme!r}; allowed: {', '.join(SCHEMES)}")


@lru_cache(maxsize=1)
def _sanscript() -> Any:
    """Import indic_transliteration on first use only: the import costs about 0.3 s."""
    from indic_transliteration import sanscript

    return sanscript


def romanise(text: str, scheme: str = "hindi") -> str:
    """Return `text` with every Devanagari run romanised in `scheme` (one of SCHEMES).

    Everything that is not Devanagari (Latin, digits, emoji, punctuation, whitespace
    including \\r\\n, joiners outside Devanagari words) is copied unchanged. ZWJ/ZWNJ inside
    a Devanagari word only steer glyph shaping and are dropped. In 'hindi', danda and
    double danda become '.', Devanagari digits ASCII digits. Pure function; raises
    ValueError naming the allowed schemes for an unknown scheme.
    """
    out: list[str] = []
    pos = 0
    for start, end, roman in romanise_segments(text, scheme):
        out.append(text[pos:start])
        out.append(roman)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def romanise_segments(text: str, scheme: str = "hindi") -> list[tuple[int, int, str]]:
    """Romanise run by run: one (start, end, roman) per maximal Devanagari run.

    A run is either a word (Devanagari letters and signs, U+0900..U+0963 and U+0971..U+097F,
    with any ZWJ/ZWNJ that follow a letter) or a punctuation run (danda, digits, abbreviation
    sign, U+0964..U+0970); a word and a danda next to it are separate runs. start/end are
    code-point offsets into `text`, end exclusive, in increasing order, and text[start:end]
    is the run. The gaps between runs are not Devanagari, so joining the untouched gaps and
    the romans gives romanise(text, scheme) exactly, in every scheme.
    """
    _check_scheme(scheme)
    convert = _hindi_run if scheme == "hindi" else _package_run
    segments: list[tuple[int, int, str]] = []
    for m in _SEGMENT_RE.finditer(text):
        segments.append((m.start(), m.end(), convert(m.group(), scheme)))
    return segments


@lru_cache(maxsize=65536)
def _package_run(run: str, scheme: str) -> str:
    """One run through indic_transliteration's sanscript (IAST, ISO 15919, ITRANS, HK).

    Joiners are dropped and nukta letters decomposed first; the few code points the package
    leaves in Devanagari get their 'hindi' spelling, so the result is all Roman.
    """
    sanscript = _sanscript()
    fallback = R.PACKAGE_FALLBACK_ISO if scheme == "iso" else R.PACKAGE_FALLBACK
    cleaned = "".join(fallback.get(c, c) for c in run if c not in R.JOINERS)
    cleaned = cleaned.translate(R.PACKAGE_DECOMPOSE)
    out = sanscript.transliterate(cleaned, sanscript.DEVANAGARI, scheme)
    return _DEVANAGARI_RE.sub(lambda m: R.plain_roman(m.group()), out)


def _hindi_run(run: str, scheme: str = "hindi") -> str:
    """One run in the 'hindi' scheme (scheme is unused; it keeps the converters alike)."""
    if run[0] in R.HINDI_PUNCT:
        return "".join(R.HINDI_PUNCT[c] for c in run)
    return display_word(run)


@lru_cache(maxsize=65536)
def display_word(word: str) -> str:
    """The readable spelling of one Devanagari word as displayed: R.hindi_word, or where
    nobody writes the rules' spelling, the variant people write (translit_spelling:
    harbhajan for the rules' harabhjan) among those the search finds the word by, or failing
    that the English word it spells (मैडोना madonna; translit_spelling.english_for)."""
    base = R.hindi_word(word)
    if R.table_spelling(word):
        return base
    place = word.endswith(R.PLACE_TAILS)
    return usual_spelling(
        word, base, lambda: R.schwa_renders(word, place), lambda spelled: _findable(word, spelled), lambda: word_key(word)
    )


def _findable(word: str, spelled: str) -> bool:
    """Whether a search for Roman `spelled` tries the key of Devanagari `word`."""
    return word_key(word) in spelled_keys(spelled).all()
