"""The third reference list, split into tests/data/romanisation_reference_dev2.tsv and the sealed
romanisation_reference_blind2.tsv, is split by the bench's hash rule and reported by the bench
(its form and words: test_translit_reference_files.py). Every assertion compares plain
counts computed beforehand, so a failure never prints a word of a sealed list (pytest shows the
operands of a failing assert)."""

from __future__ import annotations



from bench import translit_reference as ref



def test_each_file_holds_its_parity_of_the_hash_rule_and_the_split_is_balanced() -> None:
    dev2, blind2 = ref.load(ref.DEV2), ref.load(ref.BLIND2)
    odd_in_dev2 = sum(e.heldout for e in dev2)
    even_in_blind2 = sum(not e.heldout for e in blind2)
    share = len(blind2) / (len(dev2) + len(blind2))
    assert odd_in_dev2 == even_in_blind2 == 0
    assert 0.4 < share < 0.6


def test_the_bench_reports_the_pair_after_the_other_groups_and_skips_an_absent_file(monkeypatch, tmp_path) -> None:
    groups, owners = ref.reference_groups()
    order = list(groups)
    assert order == list(ref.GROUP_ORDER)
    four = ref.spelling_owners([e for path in (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2) for e in ref.load(path)])
    judged_by_the_four_files = owners["blind2"] == owners["dev2"] == four
    assert judged_by_the_four_files
    monkeypatch.setattr(ref, "BLIND2", tmp_path / "absent.tsv")
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == [g for g in ref.GROUP_ORDER if g != "blind2"]


def test_a_hit_on_the_very_letters_typed_is_counted_right() -> None:
    """The bench's precision: ONGC written in Latin letters in a text is a right hit for the
    query ONGC (the user asked for exactly that), a Devanagari word no list owns is not."""
    from types import SimpleNamespace

    entry = ref.Entry("ओएनजीसी", ("ONGC",), (), "acronym")
    hits = [SimpleNamespace(ext_id="d1", start=0, end=4, text="ONGC"), SimpleNamespace(ext_id="d1", start=9, end=13, text="ओएनजी")]
    tally, _, _ = ref.search_figures(None, lambda project, query: hits, [(entry, "ONGC")], {}, {"ongc": {ref.variant_fold("ओएनजीसी")}})
    assert (tally.true_hits, tally.hits) == (1, 2)
