"""The blind second reference list (tests/data/romanisation_reference_blind.tsv) is well formed
and shares no word with the first list: it is read the way the bench reads it. A failure prints
counts, never the list's words: nobody may tune on what it holds."""

from __future__ import annotations

from collections import Counter

from bench import translit_reference as ref

CLASSES = {"place", "person", "month", "number", "body", "acronym", "word", "common", "loan"}


def _data_lines() -> list[str]:
    lines = ref.BLIND.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_every_line_has_four_fields_and_a_known_class() -> None:
    lines = _data_lines()
    assert len(lines) >= 400
    bad = sum(line.count("\t") != 3 for line in lines)
    assert bad == 0, f"{bad} lines without four fields"  # counts only: the list stays unread
    entries = ref.load(ref.BLIND)
    assert len(entries) == len(lines)
    assert {e.cls for e in entries} == CLASSES  # every class known, and each one present
    assert all(e.dev and all(e.roman) and all(e.english) for e in entries)


def test_spellings_are_capitals_for_acronyms_and_lower_case_otherwise() -> None:
    wrong = 0
    for e in ref.load(ref.BLIND):
        for spelling in (*e.roman, *e.english):
            wrong += spelling != (spelling.upper() if e.cls == "acronym" else spelling.lower())
            wrong += not spelling.isascii() or spelling.strip() != spelling
    assert wrong == 0, f"{wrong} spellings in the wrong case or with stray characters"


def test_no_word_twice_and_none_shared_with_the_first_list() -> None:
    """Compared after the bench's variant fold, so लोक सभा and लोकसभा, or नुक़्ता spellings with
    and without the dot, count as the same word."""
    blind = Counter(ref.variant_fold(e.dev) for e in ref.load(ref.BLIND))
    twice = sum(n > 1 for n in blind.values())
    assert twice == 0, f"{twice} words listed twice"
    first = {ref.variant_fold(e.dev) for e in ref.load(ref.REFERENCE)}
    shared = len(first & blind.keys())
    assert shared == 0, f"{shared} words shared with the first list"
