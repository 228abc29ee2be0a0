"""The generated tables of place names, places.tsv (GeoNames) and world.tsv (CLDR): each parses
and keeps to its rules, repeats no word of a table read before it, and its names romanise to
their English spelling, which the rules alone do not give, and are found by it where the
phonetic key misses. What is particular to a table (its source, its script's filters, its common
words left out) is tested in test_translit_places.py and test_translit_world.py."""

from __future__ import annotations

import re

import pytest

from annotator.search import search
from annotator.translit import romanise
from annotator.translit_key import word_key
from annotator.translit_lexicon import lookup_form
from annotator.translit_rules import rule_spelling
from tests.translit_tables import single_words, table_rows

NAME = re.compile("[\u0900-\u0963\u0971-\u097f]+(?:[ -][\u0900-\u0963\u0971-\u097f]+)*")
ENGLISH = re.compile("[a-z]+(?:[ -][a-z]+)*")
# table: (the tables read before it, fewest rows, fewest single words)
TABLES = {"places.tsv": (("english.tsv",), 500, 500), "world.tsv": (("english.tsv", "places.tsv"), 200, 150)}


@pytest.mark.parametrize("table", TABLES)
def test_every_row_is_a_devanagari_name_and_one_lower_case_english_spelling(table: str) -> None:
    rows = table_rows(table)
    assert len(rows) > TABLES[table][1]
    for row in rows:
        assert len(row) == 2, row
        dev, english = row
        assert NAME.fullmatch(dev), dev  # Devanagari letters, words apart by a space or hyphen
        assert ENGLISH.fullmatch(english), english  # one spelling, lower case like english.tsv's
    forms = [lookup_form(dev) for dev, _ in rows]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize("table", TABLES)
def test_no_row_repeats_a_word_of_a_table_read_before_it(table: str) -> None:
    earlier = {lookup_form(row[0]) for name in TABLES[table][0] for row in table_rows(name)}
    assert earlier.isdisjoint(lookup_form(dev) for dev, _ in table_rows(table))


@pytest.mark.parametrize("table", TABLES)
def test_every_name_romanises_to_its_english_spelling_which_the_rules_alone_do_not_give(table: str) -> None:
    words = single_words(table)
    assert len(words) > TABLES[table][2]
    assert all(romanise(dev, "hindi") == english for dev, english in words)
    assert all(rule_spelling(dev) != english for dev, english in words)


@pytest.mark.parametrize("table", TABLES)
def test_a_name_is_found_by_its_english_spelling_that_the_phonetic_key_misses(project, add_doc, table: str) -> None:
    """Names whose English spelling has another key than their Devanagari (timbuktu, quetta,
    colombia): without the table the search would not find them."""
    missed = [(dev, english) for dev, english in single_words(table) if word_key(dev) != word_key(english)]
    sample = missed[:: max(1, len(missed) // 12)]
    assert len(sample) >= 10
    add_doc(" और ".join(dev for dev, _ in sample) + "।", "names")
    for dev, english in sample:
        assert dev in [h.text for h in search(project, english)], english
