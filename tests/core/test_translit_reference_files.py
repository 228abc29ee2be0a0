"""Every reference list written after the first (tests/data/romanisation_reference_*.tsv) is
well formed, read the way the bench reads it, and shares no word with the files written before
it. A failure prints counts, never the lists' words: nobody may tune on what the sealed ones hold.
Their groups in the bench are tested in test_translit_reference_groups.py, what is particular to
one list (its header, its weighting) in that list's own file."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import translit_reference as ref

CLASSES = {"place", "person", "month", "number", "body", "acronym", "word", "common", "loan"}
# group: (file, fewest lines, fewest acronyms (0: not counted), the files written before it)
FILES = {
    "blind": (ref.BLIND, 400, 0, (ref.REFERENCE,)),
    "dev2": (ref.DEV2, 400, 0, (ref.REFERENCE, ref.BLIND)),
    "blind2": (ref.BLIND2, 400, 0, (ref.REFERENCE, ref.BLIND, ref.DEV2)),
    "blind3": (ref.BLIND3, 400, 20, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2)),
    "dev3": (ref.DEV3, 400, 0, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2, ref.BLIND3)),
    "blind4": (ref.BLIND4, 400, 0, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2, ref.BLIND3, ref.DEV3)),
    "blind5": (ref.BLIND5, 500, 15, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2, ref.BLIND3, ref.DEV3, ref.BLIND4)),
    "blind6": (ref.BLIND6, 500, 15, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2, ref.BLIND3, ref.DEV3, ref.BLIND4, ref.BLIND5)),
    "blind7": (ref.BLIND7, 500, 15, (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2, ref.BLIND3, ref.DEV3, ref.BLIND4, ref.BLIND5, ref.BLIND6)),
}


def _data_lines(path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("group", FILES)
def test_every_line_has_four_fields_and_a_known_class(group: str) -> None:
    path, fewest, _, _ = FILES[group]
    lines = _data_lines(path)
    n_lines = len(lines)
    assert n_lines >= fewest
    bad = sum(line.count("\t") != 3 for line in lines)
    assert bad == 0, f"{bad} lines of {group} without exactly four fields"
    entries = ref.load(path)
    n_entries, classes = len(entries), {e.cls for e in entries}
    assert n_entries == n_lines
    unknown, missing = len(classes - CLASSES), len(CLASSES - classes)
    assert unknown == missing == 0  # every class known, and each one present
    empty = sum(not (e.dev and all(e.roman) and all(e.english)) for e in entries)
    assert empty == 0, f"{empty} entries of {group} with an empty field or variant"


@pytest.mark.parametrize("group", FILES)
def test_spellings_are_capitals_for_acronyms_and_lower_case_otherwise(group: str) -> None:
    path, _, fewest_acronyms, _ = FILES[group]
    wrong = acronyms = 0
    for e in ref.load(path):
        acronyms += e.cls == "acronym"
        for spelling in (*e.roman, *e.english):
            want = spelling.upper() if e.cls == "acronym" else spelling.lower()
            wrong += spelling != want or not spelling.isascii() or spelling.strip() != spelling
    assert acronyms >= fewest_acronyms
    assert wrong == 0, f"{wrong} spellings of {group} in the wrong case or with stray characters"


@pytest.mark.parametrize("group", FILES)
def test_no_word_twice_and_none_shared_with_the_files_written_before(group: str) -> None:
    """Compared after the bench's variant fold (लोक सभा and लोकसभा, nukta or not, are one word)."""
    path, _, _, earlier_files = FILES[group]
    words = Counter(ref.variant_fold(e.dev) for e in ref.load(path))
    twice = sum(n > 1 for n in words.values())
    earlier = {ref.variant_fold(e.dev) for earlier_path in earlier_files for e in ref.load(earlier_path)}
    shared = len(earlier & words.keys())
    assert twice == shared == 0, f"{group}: {twice} words twice, {shared} words shared with the earlier lists"
