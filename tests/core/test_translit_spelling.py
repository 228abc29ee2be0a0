"""The spelling people write (annotator/translit_spelling.py): where nobody writes the rules'
spelling of a word, the variant written most often in English-language text is displayed,
and the search finds the word by it; a spelling people do write is kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator import translit_rules, translit_spelling
from annotator.resources import resource_path
from annotator.roman_query import find_key_matches
from annotator.search import find_in_text
from annotator.translit import romanise
from annotator.translit_key import word_key
from bench import translit_reference as ref

DATA = Path(__file__).resolve().parents[1] / "data"
STEP = re.compile(r"(\d+\.\d)\t((?:[abd-wyz]|ch){3,24}(?: (?:[abd-wyz]|ch){3,24})*)")


def test_the_table_names_its_source_and_licence_and_every_line_is_a_frequency_step():
    text = resource_path("translit", "roman_words.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("wordfreq" in line for line in header) and any("CC BY-SA 4.0" in line for line in header)
    assert any("SUBTLEX" in line for line in header)  # its authors asked to be credited
    steps = [line for line in text.splitlines() if line and not line.startswith("#")]
    bad = [line[:60] for line in steps if not STEP.fullmatch(line)]
    assert bad == []
    zipfs = [float(line.split("\t")[0]) for line in steps]
    assert zipfs == sorted(zipfs, reverse=True) and len(set(zipfs)) == len(zipfs) and min(zipfs) >= 1.0
    words = translit_spelling.roman_words()
    assert len(words) > 200_000
    assert sum(len(line.split("\t")[1].split(" ")) for line in steps) == len(words)  # no word twice


@pytest.mark.parametrize(
    ("hindi", "rules", "written"),
    [
        ("हरभजन", "harabhjan", "harbhajan"),  # a schwa kept where the rules drop it, and the other way
        ("शाहदरा", "shahadra", "shahdara"),
        ("छिंदवाड़ा", "chhindawada", "chhindwara"),  # ड़ as r in a place name
        ("चित्तौड़गढ़", "chittaudgarh", "chittorgarh"),  # औ as o in a long name
        ("काजीरंगा", "kajiranga", "kaziranga"),  # ज as z
        ("वीरेंदर", "veerender", "virender"),  # ī as i
        ("कामरूप", "kamroop", "kamrup"),  # ū as u
        ("प्रचंड", "prachand", "prachanda"),  # a final schwa sounded after a nasal
    ],
)
def test_a_name_the_rules_misspell_is_shown_as_people_write_it(hindi, rules, written):
    assert translit_rules.name_spelling(hindi, translit_rules.rule_spelling(hindi)) == rules
    assert translit_spelling.written(rules) == 0 < translit_spelling.written(written)
    assert romanise(hindi, "hindi") == written
    assert find_key_matches(hindi, written) == [(0, len(hindi))]  # and it finds the word


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [("लिए", "liye"), ("लड़का", "ladka"), ("पर", "par"), ("बंद", "band"), ("सू", "su"), ("दुर्ग", "durg")],
)
def test_a_spelling_people_write_is_kept(hindi, roman):
    """ladka stays although larka is written too; su is too short for the table; दुर्ग is
    not durga, the spelling of दुर्गा."""
    assert romanise(hindi, "hindi") == roman


def test_a_word_no_variant_of_which_is_written_keeps_the_rules_spelling():
    made_up = "झटपटाहटोंवाला"
    rules = translit_rules.name_spelling(made_up, translit_rules.rule_spelling(made_up))
    variants = translit_spelling.variants(made_up, rules, translit_rules.schwa_renders(made_up))
    assert len(variants) > 3 and not any(map(translit_spelling.written, variants))
    assert romanise(made_up, "hindi") == rules


def test_a_variant_the_search_would_not_find_is_not_shown():
    """केनयान: kenyan is written far more than kenayan, but a typed ny is not the key's नय."""
    assert translit_spelling.written("kenyan") > 3
    assert "kenyan" in translit_spelling.variants("केनयान", "kenayan", translit_rules.schwa_renders("केनयान"))
    shown = romanise("केनयान", "hindi")
    assert shown != "kenyan" and find_key_matches("केनयान", shown) == [(0, len("केनयान"))]


def _words_of(path: Path) -> set[str]:
    return {w for e in ref.load(path) for w in e.dev.split()}


def test_every_spelling_the_table_picks_finds_its_word():
    """Over every word of the lists one may read (the first list, dev2, hindi_words.tsv): where
    the displayed spelling is not the rules' one, typing it finds the word."""
    hindi_words = {line.split("\t")[0] for line in (DATA / "hindi_words.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    words = _words_of(ref.REFERENCE) | _words_of(ref.DEV2) | hindi_words
    picked = {w: romanise(w, "hindi") for w in words if re.fullmatch("[\u0900-\u0963\u0971-\u097f]+", w)}
    picked = {w: shown for w, shown in picked.items() if shown != translit_rules.name_spelling(w, translit_rules.rule_spelling(w)) and shown.islower()}
    assert len(picked) > 50
    lost = [(w, shown) for w, shown in picked.items() if find_key_matches(w, shown) != [(0, len(w))]]
    assert lost == []


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("prachanda", "नेता प्रचंड ने कहा", "प्रचंड"),  # the displayed spelling sounds the schwa
        ("gupta", "गुप्त मतदान में गुप्ता जीते", "गुप्ता"),  # a conjunct's schwa is not read into it
        ("banda", "बाज़ार बंद रहा", None),
        ("sena", "अमर्त्य सेन ने कहा", None),
    ],
)
def test_a_typed_final_a_finds_a_word_only_when_its_shown_spelling_sounds_it(query, text, found):
    hits = [text[s:e] for s, e in find_in_text(text, query, whole_words=True)]
    assert hits == ([found] if found else [])


def test_a_precomposed_ghain_is_keyed_like_the_one_with_a_nukta():
    """ग़ stored as U+095A (NFC never makes it, but files carry it) keys as gh, as ग + nukta does:
    ghulam finds both."""
    composed, decomposed = "\u095aुलाम", "ग\u093cुलाम"
    assert word_key(composed) == word_key(decomposed) == word_key("ghulam")


@pytest.mark.parametrize(
    ("hindi", "shown"),
    [
        ("मैडोना", "madonna"), ("मैनचेस्टर", "manchester"), ("केनेडी", "kennedy"),  # foreign names in English
        ("बेरीनाग", "berinag"),  # a town: "bearing" has its key but not its letters
        ("क्राइस्ट", "kraist"),  # ाइ is not an English e: not "crest"
        ("कानपुर", "kanpur"),  # a spelling people write is kept
    ],
)
def test_a_foreign_name_nobody_writes_as_the_rules_spell_it_is_shown_in_english(hindi, shown):
    assert romanise(hindi, "hindi") == shown
    assert find_key_matches(hindi, shown) == [(0, len(hindi))]


@pytest.mark.parametrize(
    ("hindi", "shown"),
    [
        ("नीचे", "neeche"), ("पीने", "peene"), ("बीते", "beete"),  # not niche, pine, bite: a final े is sounded
        ("परदे", "parde"), ("ग़ुस्से", "ghusse"),  # not parade, goose
        ("सीमाओं", "seemaon"), ("बिल्लियों", "billiyon"),  # a Hindi plural: not simon, billion
        ("वाघमारे", "waghmare"), ("जिंबाब्वे", "zimbabwe"), ("वेस्ले", "wesley"),  # names whose e is sounded
        ("चर्च", "church"),  # an English word that ends as the Hindi does
    ],
)
def test_how_a_hindi_word_ends_rules_out_common_english_words(hindi, shown):
    assert romanise(hindi, "hindi") == shown
    assert find_key_matches(hindi, shown) == [(0, len(hindi))]


def test_the_english_keys_table_was_made_by_the_current_readings():
    """english_keys.tsv holds the keys roman_alternatives gives its words: regenerate it
    (scripts/make_roman_words.py) when the key or the readings change. A sample of rows."""
    from annotator.roman_alternatives import reading_spellings

    rows = sorted(translit_spelling.english_keys().items())
    assert len(rows) > 30_000
    stale = [(key, word) for key, word in rows[::100] if key not in {word_key(word), *map(word_key, reading_spellings(word))}]
    assert stale == []


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [("अठ्ठाईस", "atthais"), ("पीछे", "peeche"), ("पूछा", "poocha"), ("कुछ", "kuchh"), ("पिछले", "pichhle"),
     ("अच्छा", "achha"), ("रक्त", "rakt")],
)
def test_doubled_aspirates_and_chh_after_a_long_vowel(hindi, roman):
    """A doubled aspirate breathes once; छ after ी/ू is typed ch; a final conjunct keeps its
    schwa silent even where English text writes the Sanskrit form (rakta)."""
    assert romanise(hindi, "hindi") == roman


def test_warm_up_loads_every_table_the_first_romanisation_reads():
    """The window warms the tables up on a background thread; after that, romanising a word no
    table has been asked about loads nothing more."""
    from annotator import translit_lexicon

    tables = (translit_spelling.roman_words, translit_spelling.english_keys, translit_lexicon.english_table,
              translit_lexicon.not_acronyms)
    for table in tables:
        table.cache_clear()
    translit_spelling.warm_up()
    assert [table.cache_info().currsize for table in tables] == [1, 1, 1, 1]
    misses = [table.cache_info().misses for table in tables]
    romanise("मैनचेस्टर की टीम नीचे")
    assert [table.cache_info().misses for table in tables] == misses
