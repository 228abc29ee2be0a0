"""The bench reports the sealed third blind list (tests/data/romanisation_reference_blind3.tsv)
as group "blind3" after blind2 (and before the fourth pair), judged by the spellings of the five
files written by then (its form and words: test_translit_reference_files.py). Every assertion
compares counts computed beforehand, so a failure never prints one of its words (pytest shows
the operands of a failing assert)."""

from __future__ import annotations


from bench import translit_reference as ref

OTHERS = (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2)


def test_the_bench_reports_blind3_after_blind2_judged_by_the_first_five_files_and_skips_an_absent_file(monkeypatch, tmp_path) -> None:
    groups, owners = ref.reference_groups()
    order = list(groups)
    assert order == list(ref.GROUP_ORDER)
    five = ref.spelling_owners([e for path in (*OTHERS, ref.BLIND3) for e in ref.load(path)])
    judged_by_the_five = owners["blind3"] == five
    assert judged_by_the_five
    monkeypatch.setattr(ref, "BLIND3", tmp_path / "absent.tsv")
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == [g for g in ref.GROUP_ORDER if g != "blind3"]


def test_blind3_rows_get_the_held_out_targets() -> None:
    from bench import bench_translit

    assert bench_translit._target("blind3: romanisation exact") == ">= 0.90"
    assert bench_translit._target("blind3: search recall, names, usual spelling") == ">= 0.95"
    assert bench_translit._target("blind3: search precision (judged), names, English spelling") == ">= 0.90"
