"""The English table (resources/translit/english.tsv): its loan-word rows display the English
spelling and are found by it, and none of them shares its key with a common Hindi word, which
the English spelling would then find too."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from annotator.search import search
from annotator.translit import romanise
from annotator.translit_key import word_key
from annotator.translit_lexicon import english_table, lookup_form
from annotator.translit_rules import rule_spelling

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "resources" / "translit" / "english.tsv"
WORDS_TSV = REPO / "tests" / "data" / "hindi_words.tsv"
# Common Hindi words a loan's or name's key could fall on (बस bus, पास pass, दिल deal, बोल
# ball, फैल file, बयान ban, बेच batch, फूल full, शर्त shirt, गिर gear, लो law, गान gun, होश
# house, दे dey, मन/माँ mann, जाहिर zaheer, इश्क ishaq, चांदी chandy, गोद gaur).
COMMON_WORDS = ("बस पास दिल दिन बोल फैल बयान बेच फूल शर्त गिर लो गान होश गर्दन सामान तैर पहलू काल हाल माल बाल "
                "दे मन माँ जाहिर इश्क चांदी गोद").split()


def section_rows(title_part: str) -> list[tuple[str, str]]:
    """(devanagari, english) of the rows under every section header naming `title_part`."""
    rows, inside = [], False
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# -----"):
            inside = title_part in line
        elif inside and line and not line.startswith("#"):
            dev, english = line.split("\t")
            rows.append((dev, english))
    return rows


def hindi_words() -> list[str]:
    lines = WORDS_TSV.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def test_no_word_has_two_rows():
    """Rows written by several hands in sections of their own: a word has one row, and two
    spellings that look up alike (नंबर, नम्बर) agree, else the later row is silently ignored."""
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert len(rows) > 2_500
    assert [dev for dev, n in Counter(dev for dev, _ in rows).items() if n > 1] == []
    english: dict[str, set[str]] = {}
    for dev, spelled in rows:
        english.setdefault(lookup_form(dev), set()).add(spelled)
    assert [(form, spelled) for form, spelled in english.items() if len(spelled) > 1] == []


def test_the_table_has_loan_words_by_domain():
    rows = section_rows("loan words")
    assert len(rows) > 600
    assert ("विकेट", "wicket") in rows and ("इन्वेस्टमेंट", "investment") in rows


@pytest.mark.parametrize("section", ["loan words", "given names and surnames, more", "surnames in their usual English spelling, more", "gazetteer"])
def test_no_loan_or_name_row_shares_a_long_key_with_a_common_hindi_word(section):
    table = english_table()
    common = {word_key(w): w for w in [*hindi_words(), *COMMON_WORDS] if lookup_form(w) not in table}
    rows = section_rows(section)
    assert rows
    # a key of four letters or fewer is checked by the search (test_search_roman), not here
    long_keys = [dev for dev, _ in rows if len(word_key(dev)) > 4]
    assert [(dev, common[word_key(dev)]) for dev in long_keys if word_key(dev) in common] == []


def test_names_written_without_nukta_get_their_english_letters():
    """Hindi papers often drop the nukta of Urdu names: the table gives z, f and q back."""
    assert romanise("रिजवी फारूक इरफान कुरैशी चोपड़ा", "hindi") == "rizvi farooq irfan qureshi chopra"


def nukta_spellings(dev: str) -> set[str]:
    """The word and its spellings with a nukta on one letter (फ़ोटो): one row covers them all."""
    return {dev} | {dev[: i + 1] + "\u093c" + dev[i + 1 :] for i, c in enumerate(dev) if c in "कखगजडढफ"}


def test_no_loan_row_repeats_what_the_rules_already_give():
    """A row of one spelling is there only where the rules' spelling or key differs from it,
    for the word or a nukta spelling of it (a party's short name, राजद rajad|rjd, is there
    for its letters)."""
    same = [dev for dev, english in section_rows("loan words")
            if "|" not in english
            and all(rule_spelling(v) == english and word_key(v) == word_key(english) for v in nukta_spellings(dev))]
    assert same == []


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("विकेटकीपर ने कैच छोड़ा", "wicketkeeper ne catch chhoda"),
        ("पार्लियामेंट में स्पीकर का स्टेटमेंट", "parliament mein speaker ka statement"),
        ("बैंकिंग सेक्टर में इन्वेस्टमेंट", "banking sector mein investment"),
        ("पेशेंट की सर्जरी के बाद डिस्चार्ज", "patient ki surgery ke baad discharge"),
        ("स्मार्टफोन का पासवर्ड और डाउनलोड", "smartphone ka password aur download"),
        ("डाक्टर और आफिस", "doctor aur office"),  # the older spelling with ा for ॉ
        ("पांच करोड़ और दस हजार", "panch crore aur das hazar"),  # numbers as Indian English writes them
    ],
)
def test_loan_words_are_displayed_in_english(hindi, roman):
    assert romanise(hindi, "hindi") == roman


def test_a_loan_typed_in_english_finds_each_hindi_spelling_of_it(project, add_doc):
    add_doc("डॉक्टर ने डाक्टर से कहा कि हॉस्पिटल और हास्पिटल में ट्रांजैक्शन और ट्रांजेक्शन हुए।", "loans")
    assert [h.text for h in search(project, "doctor")] == ["डॉक्टर", "डाक्टर"]
    assert [h.text for h in search(project, "hospital")] == ["हॉस्पिटल", "हास्पिटल"]
    assert [h.text for h in search(project, "transaction")] == ["ट्रांजैक्शन", "ट्रांजेक्शन"]


def test_every_gazetteer_row_is_displayed_and_found_by_each_of_its_spellings():
    """The gazetteer sections name people and places whose usual spelling the rules miss: each
    row's first spelling is what the romaniser shows, and every spelling finds the word."""
    from annotator.roman_query import find_key_matches

    rows = section_rows("gazetteer")
    assert len(rows) > 1_200
    shown = [(dev, english) for dev, english in rows if romanise(dev, "hindi") != english.split("|")[0]]
    assert shown == []
    lost = [(dev, s) for dev, english in rows for s in english.split("|") if find_key_matches(dev, s) != [(0, len(dev))]]
    assert lost == []


def test_a_word_that_is_mostly_a_surname_shows_the_surname_and_keeps_the_place_as_a_search_spelling():
    """व्यास is the surname Vyas (and the sage) in most news, the Beas river mostly ब्यास."""
    from annotator.roman_query import find_key_matches

    assert romanise("हरीश व्यास", "hindi") == "harish vyas"
    assert romanise("ब्यास", "hindi") == "beas"
    assert find_key_matches("व्यास नदी", "beas") == [(0, len("व्यास"))]
