"""The spelling people write, where the rules' own spelling is one nobody writes.

The readable rules decide one spelling per word, but for many names several are possible and
only one is in use: हरभजन is written harbhajan, not harabhjan; छिंदवाड़ा chhindwara, not
chhindawada; चित्तौड़गढ़ chittorgarh. When the rules' spelling never occurs in English-language
text (resources/translit/roman_words.tsv, word frequencies from wordfreq), the spellings the
rules could also have made are tried (another schwa kept or dropped, and up to two of the
swaps in `_swaps`: ee/i, oo/u, v/w, ph/f, ड़ as d/r, ज as j/z ...), and the one written most
often wins. A spelling the rules make that people do write (liye, ladka, par) is kept, and so
is the spelling of a word no variant of which is written.

A foreign name nobody writes as the rules spell it may be shown in English (english_for:
मैडोना madonna), by the search keys of frequent English words. How the Hindi word ends rules
out some common English words either way (_may_end: नीचे is not niche, सीमाओं not simon).

A final a sounded after a conjunct (durga for दुर्ग) is never shown: it is the spelling of the
word with ा (दुर्गा)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import repeat

from annotator.resources import resource_path

# Swaps any word may take: the long vowels doubled or not, v/w, ph/f, -iya/-ia.
_ALWAYS: tuple[tuple[str, str], ...] = (
    ("ee", "i"), ("i", "ee"), ("oo", "u"), ("u", "oo"),
    ("v", "w"), ("w", "v"), ("ph", "f"), ("f", "ph"), ("iya", "ia"),
)
# Swaps a word may take only when it has the letter: (letters, swaps).
_WHEN = (
    (("ड\u093c", "\u095c"), (("d", "r"), ("r", "d"))),  # ड़: ladka, but chhindwara
    (("ढ\u093c", "\u095d"), (("dh", "rh"), ("rh", "dh"))),  # ढ़: badh, barh
    (("ज",), (("j", "z"), ("z", "j"))),  # ज without nukta in a Persian word: mirzapur
    (("ह",), (("ah", "eh"),)),  # sehwag, mehsud
    (("ं",), (("m", "n"),)),  # an anusvara the rules write m: kunwar
)
_AU_MIN_LETTERS = 7  # औ written o only in a long name (pithoragarh, chittorgarh; not posh)
_MAX_SWAPS = 2
_MIN_LETTERS = 3  # shorter spellings are not in the table (su for सू is not "never written")


@lru_cache(maxsize=1)
def roman_words() -> dict[str, float]:
    """Latin-letter word -> how often English-language text writes it (zipf, >= 1.0)."""
    words: dict[str, float] = {}
    text = resource_path("translit", "roman_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            zipf, spelled = line.split("\t")
            words.update(zip(spelled.split(" "), repeat(float(zipf))))
    return words


def written(spelling: str) -> float:
    """How often English-language text writes this spelling (zipf; 0 when never)."""
    return roman_words().get(spelling, 0.0)


def _swaps(word: str) -> list[tuple[str, str]]:
    swaps = list(_ALWAYS)
    for marks, more in _WHEN:
        if any(m in word for m in marks):
            swaps.extend(more)
    if ("औ" in word or "ौ" in word) and len(word) >= _AU_MIN_LETTERS:
        swaps.append(("au", "o"))
    return swaps


def _swapped(spelling: str, swaps: list[tuple[str, str]]) -> Iterable[str]:
    for old, new in swaps:
        at = spelling.find(old)
        while at >= 0:
            yield spelling[:at] + new + spelling[at + len(old):]
            at = spelling.find(old, at + 1)


def variants(word: str, base: str, renders: Iterable[str]) -> set[str]:
    """The spellings the rules allow for `word`: its renders with other schwa decisions, and
    up to _MAX_SWAPS swaps of each (a z swapped in at most once: not zarza for जार्ज)."""
    swaps = _swaps(word)
    found = {base, *renders}
    frontier = set(found)
    for _ in range(_MAX_SWAPS):
        frontier = {v for s in frontier for v in _swapped(s, swaps) if v.count("z") <= base.count("z") + 1} - found
        found |= frontier
    return found


def usual_spelling(
    word: str, base: str, renders: Callable[[], Iterable[str]], findable: Callable[[str], bool], key: Callable[[], str]
) -> str:
    """`base` (the rules' spelling of the Devanagari `word`), or when nobody writes `base`, the
    variant people write most, or failing that the English word it spells (english_for).
    `renders` gives the word's spellings with other schwa decisions and `key` its search key
    (each called only when needed); `findable` says whether typing a spelling finds the word:
    a variant that would not is never shown."""
    if not base.isascii() or not base.isalpha() or not base.islower() or len(base) < _MIN_LETTERS or written(base):
        return base
    ranked = sorted(variants(word, base, renders()) - {base}, key=lambda v: (-written(v), v))
    chosen = next((v for v in ranked if written(v) and findable(v) and _may_end(word, v)), None)
    english = None if chosen else english_for(base, key())
    return chosen or (english if english and _may_end(word, english) else base)


# How a Hindi word ends rules out some common English words (zipf _ENGLISH_WORD or more; rare
# spellings are Indian names and pass): a final े is a sounded e, so a word ending in a silent
# one is another word (नीचे is not niche, पीने not pine, बीते not bite, ग़ुस्से not goose; वेस्ले
# wesley and जिंबाब्वे zimbabwe stay); and a plural in -ों/-ओं is Hindi (सीमाओं is not simon,
# बिल्लियों not billion).
_ENGLISH_WORD = 3.0
_FINAL_E = ("\u0947", "ए")
_SILENT_E = re.compile("[^aeiouwy]e$")
_PLURAL_OBLIQUE = ("\u094b\u0902", "ओं")  # -ों, -ओं


def _may_end(word: str, spelled: str) -> bool:
    """Whether `spelled` may stand for Devanagari `word`, by how the two end (see above)."""
    if written(spelled) < _ENGLISH_WORD:
        return True
    return not word.endswith(_PLURAL_OBLIQUE) and not (word.endswith(_FINAL_E) and _SILENT_E.search(spelled))


@lru_cache(maxsize=1)
def english_keys() -> dict[str, str]:
    """Search key -> the English word written most often whose Hindi spelling has that key
    (resources/translit/english_keys.tsv: मैनचेस्टर's key menchestr is manchester's)."""
    text = resource_path("translit", "english_keys.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def english_for(base: str, key: str) -> str | None:
    """The English word a foreign name written in Devanagari stands for, given the rules'
    spelling `base` (which nobody writes) and its search key: the table's word for the key,
    if it differs from `base` by at most a quarter of its letters, once spelling habits are
    folded (madonna for maidona; not bearing for बेरीनाग's berinag, a town)."""
    english = english_keys().get(key)
    if english is None or _edits(_letters(base), _letters(english)) * _CLOSE > len(english):
        return None
    return english


_CLOSE = 4  # an English word is taken within len / _CLOSE edits of the rules' spelling, ...
# ... once what the two ways of writing spell differently is folded: c/k, y/i, w/v, ph/f,
# doubled vowels and doubled letters (not ai/e: क्राइस्ट is not crest)
_FOLDS = (("ph", "f"), ("ck", "k"), ("ch", "\0"), ("c", "k"), ("\0", "ch"), ("y", "i"), ("w", "v"),
          ("ee", "i"), ("oo", "u"), ("aa", "a"))
_DOUBLE = re.compile(r"(.)\1")


def _letters(spelling: str) -> str:
    for old, new in _FOLDS:
        spelling = spelling.replace(old, new)
    return _DOUBLE.sub(r"\1", spelling)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def warm_up() -> None:
    """Load the tables the first romanisation and the first Roman search read (about 0.15 s),
    so that neither waits for them: the window calls this on a background thread once shown."""
    from annotator.translit_lexicon import english_table, not_acronyms

    roman_words()
    english_keys()
    english_table()
    not_acronyms()
