"""Write resources/translit/world.tsv: the Hindi names of countries, regions and world cities
with their English names, from Unicode CLDR as the pip package babel ships it.

    .venv/bin/pip install babel wordfreq
    .venv/bin/python scripts/make_world_names.py [--report]

The app never imports babel or wordfreq: only the generated table ships. CLDR names each
territory (country or region) and the exemplar city of each time zone in every language; a
pair is one name in Hindi and in English (the English exemplar city where CLDR gives one, else
the last part of the time zone's id). A pair is kept only when it passes every filter in
FILTERS (make_places.py's where they fit; the reasons are written into the table's header).
CLDR's licence notice is copied beside the table (LICENSE_OUT), as the licence asks.
--report prints, per filter, how many pairs it dropped and a sample of them.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_places  # noqa: E402
from annotator.roman_strict import typing_fold  # noqa: E402
from annotator.translit_key import word_key  # noqa: E402
from annotator.translit_lexicon import letters, lookup_form  # noqa: E402
from annotator.translit_rules import rule_spelling  # noqa: E402

OUT = ROOT / "resources" / "translit" / "world.tsv"
LICENSE_OUT = ROOT / "resources" / "translit" / "world_LICENSE-unicode.txt"
PLACES = make_places.OUT

_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")  # a dash, spaced or not, is read as a hyphen
_SPACES = re.compile(r"\s+")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_AMPERSAND = re.compile(r"\s*&\s*")
_SAINT = re.compile(r"\bst\.\s*")  # St. Lucia: सेंट लूसिया says saint
# How far a city's two names may differ, word by word (the Hindi name of a city is CLDR's own,
# so this only has to tell a name from another name or a description: रंगून is close enough to
# Yangon, कैम्ब्रिज खाड़ी is not Cambridge Bay): the loose keys by at most this share of the longer
# key's letters (at least one edit), the rule spelling by at most this share of the English.
KEY_SHARE = 0.45
SPELLING_SHARE = 0.5
# UN M.49 statistical subregions (Western Africa, Southern Asia, Middle Africa, Sub-Saharan
# Africa, Micronesian Region, Outlying Oceania): names no news writer searches for.
_SUBREGION = re.compile(r"\b(?:northern|southern|eastern|western|middle|sub-saharan|outlying|region)\b")
# CLDR codes that name no place: the world (विश्व, a common word), an unknown region, the
# pseudo-locales software is tested with.
NO_PLACE = frozenset({"001", "ZZ", "XA", "XB"})


@dataclass(frozen=True)
class Pair:
    dev: str
    english: str  # lower case, plain letters ('&' read as 'and')
    code: str  # a territory code (FR, 419) or a time-zone id (Europe/Madrid)

    @property
    def city(self) -> bool:
        return "/" in self.code


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        names, version, licence = cldr_names()
        pairs = candidates(*names)
        context = make_context(args.hiner)
    except (OSError, ValueError) as exc:
        print(f"make_world_names: {exc}", file=sys.stderr)
        return 1
    kept, dropped = apply_filters(pairs, context)
    write_table(args.out, kept, version)
    args.out.with_name(LICENSE_OUT.name).write_text(licence, encoding="utf-8")
    print(f"{len(kept)} rows written to {args.out} from {len(pairs)} pairs (CLDR {version})")
    if args.report:
        make_places.report(dropped, kept, sample=40)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Write resources/translit/world.tsv from Unicode CLDR via babel.")
    parser.add_argument("--hiner", type=Path, default=make_places.HINER, help="HiNER documents (JSONL) for word frequencies")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print what each filter dropped")
    return parser.parse_args(argv)


def cldr_names() -> tuple[tuple[dict, dict, dict, dict], str, str]:
    """(Hindi territories, English territories, Hindi exemplar cities, English exemplar cities)
    as {code or zone: name}, CLDR's version and its licence notice, read through babel."""
    try:
        import babel
        from babel import Locale
        from babel.core import get_cldr_version
    except ImportError:
        raise OSError("babel is not installed (pip install babel): it ships the CLDR data") from None
    hi, en = Locale("hi"), Locale("en")
    licence = Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode"
    try:
        notice = licence.read_text(encoding="utf-8")
    except OSError as exc:
        raise OSError(f"{licence}: cannot read CLDR's licence notice ({exc.strerror})") from None
    names = (dict(hi.territories), dict(en.territories), _cities(hi), _cities(en))
    return names, get_cldr_version(), notice


def _cities(locale) -> dict[str, str]:
    return {zone: city for zone, info in locale.time_zones.items() if (city := info.get("city"))}


def candidates(hi_territories: dict, en_territories: dict, hi_cities: dict, en_cities: dict) -> list[Pair]:
    """Every territory and every time zone's exemplar city that CLDR names in Hindi, with its
    English name (a zone's: the English exemplar city, else its id's last part, _ as a space)."""
    pairs = []
    for code, hindi in hi_territories.items():
        if code in en_territories:
            pairs.append(_pair(hindi, en_territories[code], code))
    for zone, hindi in hi_cities.items():
        english = en_cities.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
        pairs.append(_pair(hindi, english, zone))
    return pairs


def _pair(hindi: str, english: str, code: str) -> Pair:
    """The two names as the table writes them: Devanagari NFC, English in plain lower-case
    letters; '&' is 'and'; a parenthesis is dropped when both names have one (Myanmar (Burma))."""
    if _PARENTHESIS.search(hindi) and _PARENTHESIS.search(english):
        hindi, english = _PARENTHESIS.sub("", hindi), _PARENTHESIS.sub("", english)
    hindi = unicodedata.normalize("NFC", hindi)
    english = _SAINT.sub("saint ", _AMPERSAND.sub(" and ", make_places._plain(english)))
    return Pair(_tidy(hindi), _tidy(english), code)


def _tidy(name: str) -> str:
    return _DASH.sub("-", _SPACES.sub(" ", name.strip()))


@dataclass(frozen=True)
class Context:
    taken: frozenset[str]  # lookup forms of english.tsv's and places.tsv's rows
    common: frozenset[str]  # keys of words HiNER uses mostly outside places (make_places.common_keys)
    hindi_words: frozenset[str]  # lookup forms of the project's list of Hindi words and names
    hindi_zipf: dict[str, float]  # lookup form of wordfreq's frequent Hindi words -> zipf frequency
    english_zipf: Callable[[str], float]  # an English name -> its zipf frequency in English text
    rows: tuple[tuple[str, str], ...]  # english.tsv's and places.tsv's (Devanagari, spelling)
    word_keys: dict[str, frozenset[str]]  # key -> the words of hindi_words and hindi_zipf keyed so


def make_context(hiner: Path) -> Context:
    rows = (*make_places.english_rows(), *place_rows())
    taken = frozenset(lookup_form(dev) for dev, _ in rows)
    hindi_zipf, english_zipf = word_frequencies()
    hindi_words = make_places.hindi_word_forms()
    keys = keyed_words([*hindi_words, *hindi_zipf])
    return Context(taken, make_places.common_keys(hiner), hindi_words, hindi_zipf, english_zipf, rows, keys)


# Long and short vowel signs and letters, ए/ऐ and ओ/औ: spellings of one name differ in them
# (उरूग्वे उरुग्वे, वेटिकन वैटिकन, मॉरीशस मॉरिशस), and a word differs in more.
_VOWEL_FOLD = str.maketrans("ीूैौईऊऐऔ", "िुेोइउएओ")
_SHORT_KEY = 4  # key letters: the search itself checks an English spelling's match on a key this short


def vowel_fold(word: str) -> str:
    return lookup_form(word).translate(_VOWEL_FOLD)


def keyed_words(words: list[str]) -> dict[str, frozenset[str]]:
    """The Devanagari words by their loose key."""
    keyed: dict[str, set[str]] = {}
    for word in words:
        if re.fullmatch("[\u0900-\u097f]+", word) and (key := word_key(word)):
            keyed.setdefault(key, set()).add(word)
    return {key: frozenset(words) for key, words in keyed.items()}


def _shares_key(pair: Pair, context: Context) -> bool:
    """Whether the name's key (longer than _SHORT_KEY) is also that of a word that is no other
    spelling of the name: neither the same but for its vowels' length nor saying the English."""
    key = word_key(pair.dev)
    if len(key) <= _SHORT_KEY:
        return False
    others = (w for w in context.word_keys.get(key, ()) if vowel_fold(w) != vowel_fold(pair.dev))
    return any(not sound_alike(w, pair.english) for w in others)


def word_frequencies() -> tuple[dict[str, float], Callable[[str], float]]:
    """wordfreq's frequent Hindi words (its 'small' list) by lookup form with their zipf
    frequency, and the zipf frequency of English text; needed at generation time only."""
    try:
        import wordfreq
    except ImportError:
        raise OSError("wordfreq is not installed (pip install wordfreq): its word lists are a filter") from None
    hindi: dict[str, float] = {}
    for word, share in wordfreq.get_frequency_dict("hi", "small").items():
        form = lookup_form(word)
        hindi[form] = max(hindi.get(form, 0.0), math.log10(share) + 9)
    return hindi, lambda name: wordfreq.zipf_frequency(name, "en")


def place_rows() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in make_places._table_rows(PLACES))


def _word(pair: Pair) -> bool:
    """Whether the Devanagari name is one word (a phrase is matched only as a whole)."""
    return not make_places._GAP.search(pair.dev)


def sound_alike(dev: str, english: str) -> bool:
    """Whether a city's two names say the same sounds: word by word within KEY_SHARE and
    SPELLING_SHARE; a Devanagari name against an English one of another number of words only
    as make_places.agree takes it (क्वाज़ालीन is not Kwajalein Atoll)."""
    dev_words, english_words = make_places._GAP.split(dev), make_places._GAP.split(english)
    if len(dev_words) != len(english_words):
        return make_places.agree(dev, english)
    return all(_word_alike(d, e) for d, e in zip(dev_words, english_words))


def _word_alike(dev: str, english: str) -> bool:
    dev_key, english_key = word_key(dev), word_key(english)
    if make_places._edits(dev_key, english_key) > max(1, int(KEY_SHARE * max(len(dev_key), len(english_key)))):
        return False
    return make_places._edits(typing_fold(rule_spelling(dev)), typing_fold(english)) <= len(english) * SPELLING_SHARE


def _no_place(pair: Pair) -> bool:
    if pair.city:
        return pair.code.startswith("Etc/")
    grouping = pair.code.isdigit() or pair.code == "QO"
    return pair.code in NO_PLACE or (grouping and bool(_SUBREGION.search(pair.english)))


# (name, why, keep?) in the order they are applied; the reasons go into the table's header.
FILTERS = (
    ("no place", "a code that names no place people search for: 001 World (विश्व is a common word), ZZ Unknown Region, the pseudo-locales XA and XB, the Etc/ time zones, and the UN statistical subregions (a numeric region or QO whose English name says northern, southern, eastern, western, middle, sub-saharan, outlying or region: Western Africa, Southern Asia, Outlying Oceania); the continents and regions named in speech stay (Africa, Latin America, Caribbean, Central Asia)",
     lambda p, c: not _no_place(p)),
    ("names", "a name that is not letters and spaces or hyphens: the English one once diacritics are dropped and '&' is read as 'and' (cote d'ivoire, n'djamena, beulah, north dakota; st. is read as saint), the Devanagari one in Devanagari letters (यू॰एस॰); a parenthesis is dropped first when both names have one (म्यांमार (बर्मा) Myanmar (Burma)), so a name with one on one side only (हाँग काँग (चीन विशेष प्रशासनिक क्षेत्र) Hong Kong SAR China) is left to its city",
     lambda p, c: bool(make_places._ENGLISH_NAME.fullmatch(p.english) and make_places._DEV_NAME.fullmatch(p.dev))),
    ("not Hindi spelling", "a letter Hindi does not write (ळ ऱ ऴ ऎ ऒ ॲ, short e/o or candra e signs) or a word ending in virama",
     lambda p, c: not make_places._NOT_HINDI.search(p.dev)),
    ("sounds differ", f"a city whose two names do not say the same sounds: word by word, their loose phonetic keys differ by more than {KEY_SHARE:.0%} of the longer key's letters (one edit at least) or the rule spelling by more than {SPELLING_SHARE:.0%} of the English letters, or, where the names have different numbers of words, as make_places.py checks (keys within {make_places.MAX_KEY_EDITS} edit, rule spelling within a third); this drops another name or a description (कायरो is Cairo, but कैम्ब्रिज खाड़ी is not Cambridge Bay, क्रिसमस not Christmas Island); a territory may carry a translation (संयुक्त राज्य United States, कैमेन द्वीपसमूह Cayman Islands)",
     lambda p, c: not p.city or sound_alike(p.dev, p.english)),
    ("in english.tsv or places.tsv", "english.tsv or places.tsv has the name (their spelling wins)",
     lambda p, c: lookup_form(p.dev) not in c.taken),
    ("acronym", "a single word that spells English letter names (केसी KC, not Casey): the readable scheme writes it in capitals",
     lambda p, c: not _word(p) or not letters(p.dev)),
    ("common word or name", "a single word of the project's list of Hindi words and names (tests/data/hindi_words.tsv), or one whose phonetic key HiNER's documents use more often outside a place's span than inside one (गिनी counted, Guinea)",
     lambda p, c: not _word(p) or (lookup_form(p.dev) not in c.hindi_words and word_key(p.dev) not in c.common)),
    ("key of a word", f"a single word whose loose key of more than {_SHORT_KEY} letters is that of another word of those two lists or of wordfreq's frequent Hindi words, other than a spelling of the same name (one with only long and short vowels, ए/ऐ or ओ/औ swapped, उरुग्वे for उरूग्वे, or one that says the English name as a city must): the English spelling would find that word too (मिस्र is keyed like मिश्र and मिश्रा, क्यूआबा like क्यूबा; english.tsv leaves मिस्र out for the same reason); a shorter key's match is checked by the search",
     lambda p, c: not _word(p) or not _shares_key(p, c)),
    ("frequent word, city", "a city's single word among wordfreq's frequent Hindi words that Hindi text writes more often than English text writes the city's English name (by wordfreq's zipf frequencies: चक 3.5 in Hindi, Chuuk 1.6 in English; but मैड्रिड 3.3, Madrid 4.3): such a word is a word first; a territory's name may be frequent as a name",
     lambda p, c: not _word(p) or not p.city or c.hindi_zipf.get(lookup_form(p.dev), 0.0) <= c.english_zipf(p.english)),
    ("adds nothing", "the readable romanisation by the rules already is the English spelling",
     lambda p, c: make_places.phonetic(p.dev) != p.english),
)
AMBIGUOUS = ("one form, two names", "a Devanagari form given to two English names: a territory's name wins over a city's, and a form two cities of different names share is dropped")
CLASH = ("phrase and word", "its English spelling would name both a phrase and a word other than that phrase written joined, with english.tsv's and places.tsv's rows (the search reads such a spelling as the phrase)")


def apply_filters(pairs: list[Pair], context: Context) -> tuple[dict[str, Pair], dict[str, list[Pair]]]:
    """The kept rows (lookup form -> pair) and, per filter name, the pairs it dropped."""
    dropped: dict[str, list[Pair]] = {name: [] for name, _, _ in FILTERS}
    passed: list[Pair] = []
    for pair in sorted(set(pairs), key=lambda p: (p.city, p.code, p.dev)):
        failed = next((name for name, _, keep in FILTERS if not keep(pair, context)), None)
        if failed:
            dropped[failed].append(pair)
        else:
            passed.append(pair)
    kept, dropped[AMBIGUOUS[0]] = _one_name_per_form(passed)
    clashing = make_places._phrase_clashes([*context.rows, *((p.dev, p.english) for p in kept.values())])
    dropped[CLASH[0]] = [p for p in kept.values() if make_places._squeeze(p.english) in clashing]
    return {form: p for form, p in kept.items() if make_places._squeeze(p.english) not in clashing}, dropped


def _one_name_per_form(pairs: list[Pair]) -> tuple[dict[str, Pair], list[Pair]]:
    """Per lookup form, its one pair (territories come first in `pairs`), and the pairs left out."""
    by_form: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_form.setdefault(lookup_form(pair.dev), []).append(pair)
    kept, left = {}, []
    for form, group in by_form.items():
        first = group[0]
        others = [p for p in group if p.english != first.english]
        if others and not first.city:
            left.extend(others)
        elif others:
            left.extend(group)
            continue
        kept[form] = first
    return kept, left


def write_table(out: Path, kept: dict[str, Pair], version: str) -> None:
    rows = sorted({(p.dev, p.english) for p in kept.values()})
    header = [
        "Hindi names of countries, regions and world cities and their English names, generated: do not edit by hand.",
        f"Source: Unicode CLDR {version} (https://cldr.unicode.org/), Copyright © Unicode, Inc., licensed under the "
        f"Unicode License v3 (SPDX Unicode-3.0; its notice is in {LICENSE_OUT.name} beside this file), as shipped in "
        "the pip package babel (BSD-3-Clause); each row pairs a territory's name, or a time zone's exemplar city, in "
        "Hindi (hi) with the same in English (en; for a zone without an English exemplar city, its id's last part, "
        "_ as a space).",
        f"Made on {date.today().isoformat()} by",
        "    pip install babel wordfreq && python scripts/make_world_names.py",
        "(wordfreq and ../shared/data/hiner_docs.jsonl are filters, read at generation time only).",
        "A pair is dropped when:",
        *(f"  - {why};" for _, why, _ in FILTERS),
        f"  - {AMBIGUOUS[1]};",
        f"  - {CLASH[1]}.",
        "Loaded after english.tsv and places.tsv (annotator/translit_lexicon.py), which win on a clash; the spelling "
        "is displayed in lower case like english.tsv's and found by the Roman search. A Devanagari phrase (words "
        "apart) is for search only, as in english.tsv.",
        "devanagari<TAB>english",
    ]
    make_places.write_rows(out, header, rows)


if __name__ == "__main__":
    sys.exit(main())
