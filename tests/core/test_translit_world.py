"""CLDR's Hindi names of countries and world cities (resources/translit/world.tsv, written by
scripts/make_world_names.py): the shipped table names its source and licence, its countries and
cities are shown and found in English, english.tsv and places.tsv win a clash, common words stay
out, and the script's filters drop what they say (its form, and every name's display and search:
test_translit_generated_tables.py)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import translit_lexicon
from annotator.resources import resource_path
from annotator.search import search
from annotator.translit import romanise
from annotator.translit_lexicon import english_rows, english_spelling, lookup_form
from annotator.translit_rules import rule_spelling
from tests.translit_tables import table_lines, table_rows

ROOT = Path(__file__).resolve().parents[2]


def test_the_table_names_its_source_and_licence():
    header = " ".join(line for line in table_lines("world.tsv") if line.startswith("#"))
    for needed in ("Unicode CLDR", "Unicode License v3", "babel", "scripts/make_world_names.py", "hiner_docs.jsonl"):
        assert needed in header
    notice = resource_path("translit", "world_LICENSE-unicode.txt").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in notice and "Unicode, Inc." in notice


@pytest.mark.parametrize(("word", "english"), [
    ("कोलंबिया", "colombia"), ("इक्वाडोर", "ecuador"), ("इथियोपिया", "ethiopia"), ("मोरक्को", "morocco"),
    ("मैड्रिड", "madrid"), ("वैंकूवर", "vancouver"), ("ताशकंद", "tashkent"), ("एथेंस", "athens"),
])
def test_countries_and_cities_show_their_english_spelling_not_the_phonetic_one(word, english):
    assert [word, english] in table_rows("world.tsv")
    assert rule_spelling(word) != english  # kolambiya, maidrid without the table
    assert romanise(f"{word} में", "hindi") == f"{english} mein"


def test_countries_and_cities_are_found_by_their_english_spelling(project, add_doc):
    add_doc("कोलंबिया और इक्वाडोर के बाद टीम मैड्रिड, वैंकूवर और ताशकंद गई। मोरक्को में दक्षिण सूडान पर बात हुई।", "world")
    for query, word in [("colombia", "कोलंबिया"), ("ecuador", "इक्वाडोर"), ("madrid", "मैड्रिड"),
                        ("vancouver", "वैंकूवर"), ("tashkent", "ताशकंद"), ("morocco", "मोरक्को")]:
        assert word in [h.text for h in search(project, query)], query
    assert "दक्षिण सूडान" in [h.text for h in search(project, "south sudan")]  # a phrase: search only


def test_the_lexicon_reads_english_then_places_then_world():
    rows = english_rows()
    assert rows[0][0] == table_rows("english.tsv")[0][0]
    last = table_rows("world.tsv")[-1]
    assert (last[0], (last[1],)) in rows
    assert english_spelling("कोलंबिया") == "colombia"


@pytest.fixture
def tables(tmp_path, monkeypatch):
    """A copy of the shipped tables the lexicon reads instead; its caches emptied around the test."""
    folder = tmp_path / "translit"
    shutil.copytree(resource_path("translit"), folder)
    monkeypatch.setattr(translit_lexicon, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    translit_lexicon.english_rows.cache_clear()
    translit_lexicon.english_table.cache_clear()
    yield folder
    translit_lexicon.english_rows.cache_clear()
    translit_lexicon.english_table.cache_clear()


def test_english_tsv_and_places_tsv_win_a_clash(tables):
    places = table_rows("places.tsv")[0]  # a place of the generated GeoNames table
    with (tables / "world.tsv").open("a", encoding="utf-8") as out:
        out.write(f"लखनऊ\tlakhnau\n{places[0]}\tsomewhere\n")
    assert english_spelling("लखनऊ") == "lucknow"  # english.tsv's
    assert english_spelling(places[0]) == places[1]
    assert english_spelling("कोलंबिया") == "colombia"  # world.tsv's own rows still read
    assert sum(lookup_form(dev) == lookup_form("लखनऊ") for dev, _ in english_rows()) == 1


@pytest.mark.parametrize(("word", "place"), [("गिनी", "guinea"), ("चक", "chuuk"), ("विश्व", "world"), ("केसी", "casey"), ("मिस्र", "egypt")])
def test_a_common_word_or_an_acronym_that_cldr_also_names_stays_as_it_was(word, place):
    """CLDR names Guinea गिनी (counted), Chuuk चक, the World विश्व and Casey Station केसी (KC);
    मिस्र (Egypt) is keyed like मिश्रा, which 'egypt' would then find."""
    assert lookup_form(word) not in {lookup_form(dev) for dev, _ in table_rows("world.tsv")}
    assert romanise(word, "hindi") != place


def test_the_name_of_a_place_does_not_find_the_common_word(project, add_doc):
    add_doc("उसने पैसे गिनी और चक में गया। विश्व भर में चर्चा है।", "common")
    assert search(project, "guinea") == search(project, "chuuk") == search(project, "world") == []


# ----- the script, on names written here ----------------------------------------------------------


@pytest.fixture(scope="module")
def make_world():
    spec = importlib.util.spec_from_file_location("make_world_names", ROOT / "scripts" / "make_world_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_world_names"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules["make_world_names"]


def _context(module, frequent: dict[str, float], english: dict[str, float], words: list[str]):
    rows = (*module.make_places.english_rows(), *module.place_rows())
    return module.Context(frozenset(lookup_form(d) for d, _ in rows), frozenset(), frozenset({lookup_form("गिनी")}),
                          frequent, lambda name: english.get(name, 0.0), rows, module.keyed_words(words))


def test_the_script_reads_territories_and_cities_and_tidies_their_names(make_world):
    pairs = make_world.candidates(
        {"CO": "कोलंबिया", "MM": "म्यांमार (बर्मा)", "TT": "त्रिनिदाद और टोबैगो", "CD": "कांगो - किंशासा", "LC": "सेंट लूसिया"},
        {"CO": "Colombia", "MM": "Myanmar (Burma)", "TT": "Trinidad & Tobago", "CD": "Congo - Kinshasa", "LC": "St. Lucia"},
        {"Europe/Madrid": "मैड्रिड", "America/Bogota": "बोगोटा", "Asia/Ho_Chi_Minh": "हो ची मिन्ह सिटी"},
        {"America/Bogota": "Bogotá", "Asia/Ho_Chi_Minh": "Ho Chi Minh City"},  # Madrid: from the zone's id
    )
    assert {(p.dev, p.english) for p in pairs} == {
        ("कोलंबिया", "colombia"), ("म्यांमार", "myanmar"), ("त्रिनिदाद और टोबैगो", "trinidad and tobago"),
        ("कांगो-किंशासा", "congo-kinshasa"), ("सेंट लूसिया", "saint lucia"), ("मैड्रिड", "madrid"),
        ("बोगोटा", "bogota"), ("हो ची मिन्ह सिटी", "ho chi minh city"),
    }
    assert {p.code for p in pairs if p.city} == {"Europe/Madrid", "America/Bogota", "Asia/Ho_Chi_Minh"}


def test_the_script_keeps_what_passes_and_drops_what_its_filters_name(make_world, tmp_path):
    pairs = make_world.candidates(
        {"CO": "कोलंबिया", "EG": "मिस्र", "001": "विश्व", "011": "पश्चिमी अफ़्रीका", "419": "लैटिन अमेरिका", "GN": "गिनी",
         "IN": "भारत", "CI": "कोत दिवुआर", "ML": "माली", "KM": "कोमोरोस", "GB": "यूके", "UY": "उरूग्वे", "MA": "मोरक्को"},
        {"CO": "Colombia", "EG": "Egypt", "001": "world", "011": "Western Africa", "419": "Latin America", "GN": "Guinea",
         "IN": "India", "CI": "Côte d’Ivoire", "ML": "Mali", "KM": "Comoros", "GB": "United Kingdom", "UY": "Uruguay", "MA": "Morocco"},
        {"Europe/Madrid": "मैड्रिड", "Pacific/Chuuk": "चक", "Etc/Unknown": "अज्ञात शहर", "America/Cambridge_Bay": "कैम्ब्रिज खाड़ी",
         "Antarctica/Casey": "केसी", "Indian/Comoro": "कोमोरोस", "Europe/Sofia": "सोफ़िया", "Asia/Sofia": "सोफ़िया"},
        {"Antarctica/Casey": "Casey Station", "Indian/Comoro": "Comoro", "Asia/Sofia": "Sophia"},
    )
    frequent = {lookup_form("मैड्रिड"): 3.3, lookup_form("चक"): 3.5}
    # other words of the same keys: मिश्रा a surname; उरुग्वे and मोरको other spellings of the names
    context = _context(make_world, frequent, {"madrid": 4.3, "chuuk": 1.6}, ["मिश्रा", "उरुग्वे", "मोरको"])
    kept, dropped = make_world.apply_filters(pairs, context)
    assert {(p.dev, p.english) for p in kept.values()} == {
        ("कोलंबिया", "colombia"), ("उरूग्वे", "uruguay"), ("लैटिन अमेरिका", "latin america"), ("मैड्रिड", "madrid"),
        ("कोमोरोस", "comoros"), ("मोरक्को", "morocco")}
    assert {p.dev for p in dropped["no place"]} == {"विश्व", "पश्चिमी अफ़्रीका", "अज्ञात शहर"}
    assert [p.dev for p in dropped["names"]] == ["कोत दिवुआर"]
    assert {p.dev for p in dropped["sounds differ"]} == {"केसी", "कैम्ब्रिज खाड़ी"}  # a translation only for a territory
    assert [p.dev for p in dropped["in english.tsv or places.tsv"]] == ["भारत"]
    assert [p.dev for p in dropped["acronym"]] == ["यूके"]  # letter names: UK, in capitals
    assert [p.dev for p in dropped["common word or name"]] == ["गिनी"]
    assert [p.dev for p in dropped["key of a word"]] == ["मिस्र"]
    assert [p.dev for p in dropped["frequent word, city"]] == ["चक"]  # मैड्रिड: English writes Madrid more
    assert [p.dev for p in dropped["adds nothing"]] == ["माली"]
    # कोमोरोस: the territory's Comoros wins over the city's Comoro; सोफ़िया: two cities, two names
    assert {(p.dev, p.english) for p in dropped["one form, two names"]} == {("कोमोरोस", "comoro"), ("सोफ़िया", "sofia"), ("सोफ़िया", "sophia")}
    out = tmp_path / "world.tsv"
    make_world.write_table(out, kept, "49")
    text = out.read_text(encoding="utf-8")
    assert "Unicode CLDR 49" in text and "Unicode License v3" in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows == sorted(rows) and ["उरूग्वे", "uruguay"] in rows and len(rows) == 6


def test_a_city_must_say_the_names_sounds(make_world):
    assert make_world.sound_alike("ताशकंद", "tashkent")
    assert make_world.sound_alike("शिकागो", "chicago")
    assert make_world.sound_alike("मेक्सिको सिटी", "mexico city")
    assert not make_world.sound_alike("कायरो", "alexandria")
    assert not make_world.sound_alike("क्वाज़ालीन", "kwajalein atoll")  # a description added
    assert not make_world.sound_alike("कैम्ब्रिज खाड़ी", "cambridge bay")  # a word translated


@pytest.mark.skipif(importlib.util.find_spec("babel") is None or importlib.util.find_spec("wordfreq") is None,
                    reason="babel and wordfreq are needed to generate the table (pip install babel wordfreq); CI does not install them")
def test_the_script_writes_the_table_from_cldr(tmp_path):
    out = tmp_path / "world.tsv"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_world_names.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for row in (["कोलंबिया", "colombia"], ["मैड्रिड", "madrid"], ["वैंकूवर", "vancouver"]):
        assert row in rows
    assert not {"गिनी", "चक", "विश्व", "भारत", "मिस्र"} & {dev for dev, _ in rows}
    assert "UNICODE LICENSE V3" in (tmp_path / "world_LICENSE-unicode.txt").read_text(encoding="utf-8")
