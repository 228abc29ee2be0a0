"""The third reference list, split into tests/data/romanisation_reference_dev2.tsv and the sealed
romanisation_reference_blind2.tsv, is well formed, split by the bench's hash rule, and shares no
word with the other lists: it is read the way the bench reads it. Every assertion compares plain
counts computed beforehand, so a failure never prints a word of a sealed list (pytest shows the
operands of a failing assert)."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import translit_reference as ref

CLASSES = {"place", "person", "month", "number", "body", "acronym", "word", "common", "loan"}
PAIR = {"dev2": ref.DEV2, "blind2": ref.BLIND2}


def _data_lines(path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("half", PAIR)
def test_every_line_has_four_fields_and_a_known_class(half: str) -> None:
    lines = _data_lines(PAIR[half])
    n_lines = len(lines)
    assert n_lines >= 400
    bad = sum(line.count("\t") != 3 for line in lines)
    assert bad == 0, f"{bad} lines of {half} without exactly four fields"
    entries = ref.load(PAIR[half])
    n_entries, classes = len(entries), {e.cls for e in entries}
    assert n_entries == n_lines
    assert classes == CLASSES  # every class known, and each one present
    empty = sum(not (e.dev and all(e.roman) and all(e.english)) for e in entries)
    assert empty == 0, f"{empty} entries of {half} with an empty field or variant"


@pytest.mark.parametrize("half", PAIR)
def test_spellings_are_capitals_for_acronyms_and_lower_case_otherwise(half: str) -> None:
    wrong = 0
    for e in ref.load(PAIR[half]):
        for spelling in (*e.roman, *e.english):
            want = spelling.upper() if e.cls == "acronym" else spelling.lower()
            wrong += spelling != want or not spelling.isascii() or spelling.strip() != spelling
    assert wrong == 0, f"{wrong} spellings of {half} in the wrong case or with stray characters"


def test_each_file_holds_its_parity_of_the_hash_rule_and_the_split_is_balanced() -> None:
    dev2, blind2 = ref.load(ref.DEV2), ref.load(ref.BLIND2)
    odd_in_dev2 = sum(e.heldout for e in dev2)
    even_in_blind2 = sum(not e.heldout for e in blind2)
    share = len(blind2) / (len(dev2) + len(blind2))
    assert odd_in_dev2 == even_in_blind2 == 0
    assert 0.4 < share < 0.6


def test_no_word_twice_across_all_four_halves() -> None:
    """Compared after the bench's variant fold (लोक सभा and लोकसभा, nukta or not, are one word):
    no word twice in dev2 + blind2, and none of them in the first list or the blind list."""
    pair = Counter(ref.variant_fold(e.dev) for path in PAIR.values() for e in ref.load(path))
    twice = sum(n > 1 for n in pair.values())
    earlier = {ref.variant_fold(e.dev) for path in (ref.REFERENCE, ref.BLIND) for e in ref.load(path)}
    shared = len(earlier & pair.keys())
    assert twice == shared == 0


def test_the_bench_reports_the_pair_after_the_other_groups_and_skips_an_absent_file(monkeypatch, tmp_path) -> None:
    groups, owners = ref.reference_groups()
    order = list(groups)
    assert order == ["held-out", "dev", "blind", "dev2", "blind2", "blind3", "dev3", "blind4", "blind5"]
    four = ref.spelling_owners([e for path in (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2) for e in ref.load(path)])
    judged_by_the_four_files = owners["blind2"] == owners["dev2"] == four
    assert judged_by_the_four_files
    monkeypatch.setattr(ref, "BLIND2", tmp_path / "absent.tsv")
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == ["held-out", "dev", "blind", "dev2", "blind3", "dev3", "blind4", "blind5"]


def test_a_hit_on_the_very_letters_typed_is_counted_right() -> None:
    """The bench's precision: ONGC written in Latin letters in a text is a right hit for the
    query ONGC (the user asked for exactly that), a Devanagari word no list owns is not."""
    from types import SimpleNamespace

    entry = ref.Entry("ओएनजीसी", ("ONGC",), (), "acronym")
    hits = [SimpleNamespace(ext_id="d1", start=0, end=4, text="ONGC"), SimpleNamespace(ext_id="d1", start=9, end=13, text="ओएनजी")]
    tally, _, _ = ref.search_figures(None, lambda project, query: hits, [(entry, "ONGC")], {}, {"ongc": {ref.variant_fold("ओएनजीसी")}})
    assert (tally.true_hits, tally.hits) == (1, 2)
