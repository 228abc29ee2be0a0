"""Word-level spellings that come from data, not rules: English and anglicised spellings
(resources/translit/english.tsv, then GeoNames place names from places.tsv, then CLDR's Hindi
names of countries and world cities from world.tsv) and acronyms written as Devanagari letter
names (पीआरओ PRO)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from annotator.resources import resource_path

# English letter names as Hindi writes them; variant spellings of one letter all listed.
LETTER_NAMES: dict[str, str] = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H",
    "आई": "I", "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P",
    "क्यू": "Q", "आर": "R", "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W",
    "डब्लू": "W", "डबल्यू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z", "जैड": "Z",
}
_LONGEST_NAME = max(map(len, LETTER_NAMES))
_NASAL_CONSONANTS = "ङञणनम"
STOPS = "कखगघचछजझटठडढतथदधपफबभ"
# A nasal consonant + virama before a stop: the anusvara's other spelling (खण्ड = खंड).
CLUSTER_NASAL = re.compile(f"[{_NASAL_CONSONANTS}]\u094d(?=[{STOPS}])")


def lookup_form(word: str) -> str:
    """The form tables are looked up in: NFD, nukta and joiners dropped, candrabindu as
    anusvara, a nasal consonant + virama before a stop as anusvara (खण्ड = खंड)."""
    s = unicodedata.normalize("NFD", word)
    s = s.replace("\u093c", "").replace("\u200c", "").replace("\u200d", "").replace("\u0901", "\u0902")
    return CLUSTER_NASAL.sub("\u0902", s)


def _rows(name: str) -> list[list[str]]:
    text = resource_path("translit", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# The tables of English spellings in the order they are read: a later one never overrides a
# word an earlier one has. english.tsv is written by hand; places.tsv (GeoNames place names)
# and world.tsv (CLDR's Hindi names of countries and world cities) are generated.
ENGLISH_TABLES = ("english.tsv", "places.tsv", "world.tsv")


@lru_cache(maxsize=1)
def english_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(Devanagari word as written in the table, its English spellings, the displayed one first):
    english.tsv's rows, then those of each later table in ENGLISH_TABLES whose word the earlier
    ones lack."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    for name in ENGLISH_TABLES:
        taken = {lookup_form(dev) for dev, _ in rows}
        rows += [(dev, tuple(english.split("|"))) for dev, english in _rows(name) if lookup_form(dev) not in taken]
    return tuple(rows)


@lru_cache(maxsize=1)
def english_table() -> dict[str, tuple[str, ...]]:
    """lookup_form(Devanagari word) -> its English spellings, the displayed one first."""
    return {lookup_form(dev): spellings for dev, spellings in english_rows()}


@lru_cache(maxsize=1)
def not_acronyms() -> frozenset[str]:
    return frozenset(lookup_form(row[0]) for row in _rows("not_acronyms.txt"))


def english_spelling(word: str) -> str | None:
    """The displayed English spelling of a Devanagari word in the table, or None."""
    found = english_table().get(lookup_form(word))
    return found[0] if found else None


def letters(word: str) -> str | None:
    """The capital letters a Devanagari word spells out as letter names (एसएसपी -> SSP), or None
    when it is not two or more letter names, or is a word that only looks like it (बीवी)."""
    if "\u095c" in word or "\u095d" in word or "ड\u093c" in word or "ढ\u093c" in word:
        return None  # ड़/ढ़ are no letter names (एड़ी is a word)
    form = lookup_form(word)
    if len(form) < 2 or form in not_acronyms():
        return None
    return _parse_letters(form)


@lru_cache(maxsize=16384)
def _parse_letters(form: str) -> str | None:
    best: list[str | None] = [None] * (len(form) + 1)
    best[0] = ""
    for i in range(len(form)):
        if best[i] is None:
            continue
        for n in range(1, min(_LONGEST_NAME, len(form) - i) + 1):
            letter = LETTER_NAMES.get(form[i : i + n])
            if letter is not None and best[i + n] is None:
                best[i + n] = best[i] + letter
    result = best[len(form)]
    return result if result is not None and len(result) >= 2 else None
