"""The bench's judging of a search hit written in Latin letters (the third reference list's
split and groups: test_translit_reference_groups.py; its form and words:
test_translit_reference_files.py)."""

from __future__ import annotations

from bench import translit_reference as ref


def test_a_hit_on_the_very_letters_typed_is_counted_right() -> None:
    """The bench's precision: ONGC written in Latin letters in a text is a right hit for the
    query ONGC (the user asked for exactly that), a Devanagari word no list owns is not."""
    from types import SimpleNamespace

    entry = ref.Entry("ओएनजीसी", ("ONGC",), (), "acronym")
    hits = [SimpleNamespace(ext_id="d1", start=0, end=4, text="ONGC"), SimpleNamespace(ext_id="d1", start=9, end=13, text="ओएनजी")]
    tally, _, _ = ref.search_figures(None, lambda project, query: hits, [(entry, "ONGC")], {}, {"ongc": {ref.variant_fold("ओएनजीसी")}})
    assert (tally.true_hits, tally.hits) == (1, 2)
