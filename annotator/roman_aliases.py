"""The English spellings of the tables (resources/translit/english.tsv, places.tsv, world.tsv)
as the Roman search reads them: which Devanagari words and phrases a typed English spelling
stands for (lucknow = लखनऊ, new delhi = नई दिल्ली), keyed one spelling at a time when a query
first asks for it."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.translit_key import word_key
from annotator.translit_lexicon import english_rows, lookup_form

_DEV_WORD_GAP = re.compile(r"[\s\-]+")  # between the words of a Devanagari phrase in the table


@lru_cache(maxsize=1)
def _words_by_spelling() -> dict[str, tuple[str, ...]]:
    """English spelling (lower case, spaces and hyphens removed) -> the one-word Devanagari rows
    of resources/translit/english.tsv (and places.tsv) spelled so. Cheap: no key is made here."""
    words: dict[str, list[str]] = {}
    for dev, spellings in english_rows():
        if _DEV_WORD_GAP.search(dev.strip()):
            continue  # a phrase: english_phrases
        for spelling in spellings:
            words.setdefault(spelling_key(spelling), []).append(dev)
    return {k: tuple(v) for k, v in words.items()}


@lru_cache(maxsize=4096)
def english_alias(spelled: str) -> tuple[str, ...]:
    """The keys of the Devanagari words an English spelling (as _spelling_key makes it) stands
    for: what makes 'lucknow' find लखनऊ and 'police' पुलिस; () for a spelling the tables lack.
    The table's own spelling, its lookup form (no nukta) and ॉ written ा are all keyed. Made per spelling
    when first asked: keying all ~3,600 spellings at once cost the first search 0.2 s."""
    keys: dict[str, None] = {}
    for dev in _words_by_spelling().get(spelled, ()):
        for form in (dev, lookup_form(dev), _plain_o(dev)):
            if key := word_key(form):
                keys[key] = None
    return tuple(keys)


def _plain_o(word: str) -> str:
    """An English o written ा instead of ॉ, as many Hindi writers do (न्यूयार्क, डाक्टर). A short
    key made so must still be the table's own word (plausible): बाल is not ball."""
    return word.replace("\u0949", "\u093e").replace("\u0911", "\u0906")


def english_aliases() -> dict[str, tuple[str, ...]]:
    """Every spelling of the tables with its keys (english_alias for all; for checks and tests)."""
    return {spelled: keys for spelled in _words_by_spelling() if (keys := english_alias(spelled))}


@lru_cache(maxsize=1)
def _phrases_by_spelling() -> dict[str, tuple[tuple[str, ...], ...]]:
    """English spelling (as for english_alias) -> the Devanagari phrases of the tables spelled
    so, each as its words. Cheap: no key is made here."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for dev, spellings in english_rows():
        words = tuple(_DEV_WORD_GAP.split(dev.strip()))
        if len(words) > 1:  # a word: english_alias
            for spelling in spellings:
                phrases.setdefault(spelling_key(spelling), []).append(words)
    return {k: tuple(v) for k, v in phrases.items()}


@lru_cache(maxsize=1024)
def english_phrase(spelled: str) -> tuple[tuple[str, ...], ...]:
    """Per word, the keys of the Devanagari phrase an English spelling stands for (नई दिल्ली =
    new delhi, पश्चिम बंगाल = west bengal): a query spelled so matches those words in turn, or
    one word that is them joined (हाई कोर्ट, हाईकोर्ट); () when no phrase is spelled so.
    Phrases of one spelling and length share each position. Made per spelling when asked."""
    slots: list[dict[str, None]] = []
    for words in _phrases_by_spelling().get(spelled, ()):
        keys = [word_key(w) for w in words]
        if not all(keys):
            continue
        slots = slots or [{} for _ in keys]
        if len(slots) == len(keys):
            for slot, key in zip(slots, keys):
                slot[key] = None
    return tuple(tuple(slot) for slot in slots)


def english_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every phrase spelling of the tables with its keys (english_phrase for all; for tests)."""
    return {spelled: slots for spelled in _phrases_by_spelling() if (slots := english_phrase(spelled))}


def spelling_key(spelling: str) -> str:
    return spelling.lower().replace(" ", "").replace("-", "")
