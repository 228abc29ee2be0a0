"""The sealed third blind list (tests/data/romanisation_reference_blind3.tsv) is well formed,
shares no word with the four files written before it, and the bench reports it as group
"blind3" after blind2 (and before the fourth pair), judged by the spellings of those five files. It is read the way the bench reads it, and
every assertion compares counts computed beforehand, so a failure never prints one of its words
(pytest shows the operands of a failing assert)."""

from __future__ import annotations

from collections import Counter

from bench import translit_reference as ref

CLASSES = {"place", "person", "month", "number", "body", "acronym", "word", "common", "loan"}
OTHERS = (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2)


def _data_lines() -> list[str]:
    lines = ref.BLIND3.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_every_line_has_four_fields_and_a_known_class() -> None:
    lines = _data_lines()
    n_lines = len(lines)
    assert n_lines >= 400
    bad = sum(line.count("\t") != 3 for line in lines)
    assert bad == 0, f"{bad} lines without exactly four fields"
    entries = ref.load(ref.BLIND3)
    n_entries, classes = len(entries), {e.cls for e in entries}
    assert n_entries == n_lines
    unknown, missing = len(classes - CLASSES), len(CLASSES - classes)
    assert unknown == missing == 0  # every class known, and each one present
    empty = sum(not (e.dev and all(e.roman) and all(e.english)) for e in entries)
    assert empty == 0, f"{empty} entries with an empty field or variant"


def test_spellings_are_capitals_for_acronyms_and_lower_case_otherwise() -> None:
    wrong = acronyms = 0
    for e in ref.load(ref.BLIND3):
        acronyms += e.cls == "acronym"
        for spelling in (*e.roman, *e.english):
            want = spelling.upper() if e.cls == "acronym" else spelling.lower()
            wrong += spelling != want or not spelling.isascii() or spelling.strip() != spelling
    assert acronyms >= 20
    assert wrong == 0, f"{wrong} spellings in the wrong case or with stray characters"


def test_no_word_twice_and_none_shared_with_the_other_four_files() -> None:
    """Compared after the bench's variant fold (लोक सभा and लोकसभा, nukta or not, are one word)."""
    blind3 = Counter(ref.variant_fold(e.dev) for e in ref.load(ref.BLIND3))
    twice = sum(n > 1 for n in blind3.values())
    others = {ref.variant_fold(e.dev) for path in OTHERS for e in ref.load(path)}
    shared = len(others & blind3.keys())
    assert twice == shared == 0, f"{twice} words twice, {shared} words shared with the other lists"


def test_the_bench_reports_blind3_after_blind2_judged_by_the_first_five_files_and_skips_an_absent_file(monkeypatch, tmp_path) -> None:
    groups, owners = ref.reference_groups()
    order = list(groups)
    assert order == ["held-out", "dev", "blind", "dev2", "blind2", "blind3", "dev3", "blind4", "blind5"]
    five = ref.spelling_owners([e for path in (*OTHERS, ref.BLIND3) for e in ref.load(path)])
    judged_by_the_five = owners["blind3"] == five
    assert judged_by_the_five
    monkeypatch.setattr(ref, "BLIND3", tmp_path / "absent.tsv")
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == ["held-out", "dev", "blind", "dev2", "blind2", "dev3", "blind4", "blind5"]


def test_blind3_rows_get_the_held_out_targets() -> None:
    from bench import bench_translit

    assert bench_translit._target("blind3: romanisation exact") == ">= 0.90"
    assert bench_translit._target("blind3: search recall, names, usual spelling") == ">= 0.95"
    assert bench_translit._target("blind3: search precision (judged), names, English spelling") == ">= 0.90"
