"""The keys a Roman word may stand for by its letters alone: its own key and the readings
people's spelling allows (ड़ typed r, ग़ typed g, an Anglo-Indian ending, English letters,
-aon for -ांव, a final a sounding a final schwa). The search tries them all (roman_query, which adds
the English table, acronyms and chat spellings), and the romanisation shows a spelling only
if the word's key is among them (translit.display_word), so what is shown finds its word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from annotator.translit_key import word_key
from annotator.translit_spelling import written

# A query word of at least this many letters may have typed r for ड़ (larka, pahar, aligarh).
_DR_MIN_LETTERS = 4


@dataclass(frozen=True)
class SpelledKeys:
    own: str  # the word's own key
    variants: tuple[str, ...]  # other readings, checked like the own key (roman_strict.agrees)
    sounded_a: str  # the key without a final a ('' if none; roman_strict.agrees_sounded_a)

    def all(self) -> tuple[str, ...]:
        return (self.own, *self.variants, *((self.sounded_a,) if self.sounded_a else ()))


@lru_cache(maxsize=4096)
def spelled_keys(word: str, explicit: bool = False) -> SpelledKeys:
    """The keys Roman `word` may stand for (`explicit`: written in a scheme that spells every
    schwa, translit_key.schwa_explicit; then only its own key)."""
    key = word_key(word, explicit)
    if not word.isascii() or key.startswith("=") or not key:
        return SpelledKeys(key, (), "")
    w = word.lower()
    out: list[str] = []
    if len(w) >= _DR_MIN_LETTERS:
        out.extend(_dr_variants(key))
    out.extend(_gh_variants(w, key))
    out.extend(word_key(s, explicit) for s in reading_spellings(w))
    variants = tuple(dict.fromkeys(v for v in out if v != key))
    sounded_a = _sounded_a(word, explicit)
    return SpelledKeys(key, variants, sounded_a if sounded_a not in (key, *variants) else "")


def reading_spellings(w: str) -> list[str]:
    """`w` (lower case) respelled as Hindi writes what its letters may stand for: Anglo-Indian
    endings, Indian English, English letters (a word written in English) and -aon; not the
    typing habits of Hindi (ड़ typed r, ग़ typed g), which English words do not have."""
    endings = _anglo_endings(w)
    spellings = [*endings, *_indian_english(w)]
    if _written_in_english(w):
        spellings += [v for s in {w, *endings[:1]} for v in _english_letters(s)]
    if w.endswith("aon") and len(w) > 3:
        spellings.append(w[:-2] + "nv")  # gaon = गांव, malegaon = मालेगांव
    return [s for s in spellings if s != w]


# Anglo-Indian endings: a silent final e after -or/-on (balasore = बालासोर, khargone), -pore
# for -pur (midnapore = मिदनापुर), and the Punjabi -nder of names for -ंदर (harvinder =
# हरविंदर, as the romaniser displays it) and -ंद्र, one name either way (virendra =
# वीरेंदर, virender = वीरेंद्र). Only on words this long. (e, o or u written for a
# schwa, bengal = बंगाल, was tried: no gain on dev with the table, a loss in precision.)
_ENGLISH_MIN_LETTERS = 6
_SILENT_E = re.compile("(?<=[^aeiou][o])([rn])e$")


def _anglo_endings(w: str) -> list[str]:
    """`w` (lower case) read with an Anglo-Indian ending as Hindi spells it, silent e first."""
    if len(w) < _ENGLISH_MIN_LETTERS:
        return []
    spellings = [_SILENT_E.sub(r"\1", w)]
    if w.endswith("pore"):
        spellings.append(w[:-4] + "pur")
    if w.endswith(("inder", "ender")):
        spellings += [w[:-2] + "ar", w[:-2] + "ra"]  # harvinder = हरविंदर, virender = वीरेंद्र
    elif w.endswith(("indra", "endra")):
        spellings.append(w[:-2] + "ar")  # virendra = वीरेंदर
    return spellings


def _written_in_english(w: str) -> bool:
    """Whether `w` (lower case) is long enough and written in English letters: a c outside ch,
    which Hindi typing never writes, or a word English-language text writes often."""
    return len(w) >= _LETTERS_MIN and (bool(_LONE_C.search(w)) or written(w) >= _ENGLISH_ZIPF)


# English letters as Hindi writes a foreign name: the first a after a consonant is ै
# (manchester मैनचेस्टर, tagore टैगोर, hilary हिलेरी), c before e/i/y is s (cancer कैंसर,
# francisco), g before e/i/y may be ज (virginia वर्जीनिया, nigeria; gilchrist keeps ग), er/ir/ur
# before a consonant is a schwa and र (herbert हर्बर्ट, burton बर्टन), ei is ी (sheila शीला),
# a y between consonants or a first i before one consonant and a vowel is ाइ (tytler टाइटलर,
# siberia साइबेरिया), and a final -er, -on or -le is र, न or ल after a schwa (chester -स्टर,
# watson वाटसन, cable केबल).
# Only for a word written in English: one with a c outside ch (Hindi typing has none), or one
# English-language text writes often (roman_words.tsv): not nawada (नवादा, not नेवाडा).
_FIRST_A = re.compile("^([^a]*?[^aeiou])a(?=[^aeiouy])")  # the first a after a consonant
_FINAL_LE = re.compile("(?<=[^aeiou])le$")  # cable केबल, table: a schwa before the l
_OPEN_I = re.compile("^([^aeiou]+)i(?=[^aeiouy][aeiou])")  # siberia साइबेरिया, nigeria नाइजीरिया
_Y_VOWEL = re.compile("(?<=[^aeiou])y(?=[^aeiouy])")  # tytler टाइटलर, tyson: a y between consonants
_SOFT_C = re.compile("c(?=[eiy])")
_SOFT_G = re.compile("g(?=[eiy])")
_R_SCHWA = re.compile("(?<=[^aeiou])[eiu]r(?=[^aeiouyr])")  # virginia वर्जीनिया, berlin, burton: a schwa
_WEAK_END = re.compile("(?<=[^aeiou])(?:er|on)$")
_LONE_C = re.compile("c(?!h)")
_ENGLISH_ZIPF = 2.0
_LETTERS_MIN = 6  # letters: a shorter English word is read as it is (kamal is not कैमल)


# Indian English spells त th in many names (mithali मिताली, geetha गीता, muralitharan), ऋ hri
# (hrithik ऋतिक, hrishikesh), and the schwa of a last syllable e in Urdu names (ahmed अहमद,
# mohammed, saheb साहब); only in words this long.
_TH_MIN_LETTERS = 5
_HRI = re.compile("^hr(?=i)")
_TH_VOWEL = re.compile("th(?=[aeiou])")  # not a final th: parth is पार्थ, not परत
_LAST_E = re.compile("(?<=[^aeiou])e([db])$")  # ahmed अहमद, saheb साहब: e for a last schwa (not salem सलाम)


def _indian_english(w: str) -> list[str]:
    """`w` (lower case) read with Indian English spellings as Hindi spells them (see above)."""
    if len(w) < _TH_MIN_LETTERS:
        return []
    forms = {w, _HRI.sub("r", w)}
    forms |= {_TH_VOWEL.sub("t", f) for f in forms}
    forms |= {_LAST_E.sub(r"a\1", f) for f in forms}
    return sorted(forms - {w})


def _english_letters(w: str) -> list[str]:
    """`w` read with English letters as Hindi spells a foreign name (see above)."""
    soft = _SOFT_C.sub("s", _FINAL_LE.sub("al", _Y_VOWEL.sub("ai", w.replace("ei", "ee"))))
    softs = [soft, *([_SOFT_G.sub("j", soft)] if _SOFT_G.search(soft) else [])]
    softs += [_R_SCHWA.sub("ar", s) for s in softs if _R_SCHWA.search(s)]
    ends = [e for s in softs for e in (s, _WEAK_END.sub(lambda m: "a" + m.group()[1], s))]
    return [v for e in ends for v in (e, _FIRST_A.sub(r"\1e", e), _OPEN_I.sub(r"\1ai", e)) if v != w]


_SOUNDED_A = re.compile("[a-z]{3,}[^aeiouy]a")


def _sounded_a(word: str, explicit: bool) -> str:
    """The key of `word` without its final a, when it may be a sounded final schwa (prachanda
    प्रचंड): a match on it must be a word displayed so (roman_strict.agrees_sounded_a)."""
    w = word.lower()
    if explicit or not w.isascii() or not _SOUNDED_A.fullmatch(w):
        return ""
    return word_key(w[:-1], explicit)


def _gh_variants(w: str, key: str) -> list[str]:
    """The key with an opening g (before a vowel) as gh: ग़ is keyed gh and typed g as often,
    and opens most words that have it (gulam, gazal, gaziabad, garib)."""
    opening = w[:1] == "g" and w[1:2] in ("a", "e", "i", "o", "u")
    return ["gh" + key[1:]] if opening and key.startswith("g") else []


def _dr_variants(key: str) -> list[str]:
    """The key with some of its non-initial r as d: ड़ is typed either way."""
    spots = [i for i, c in enumerate(key) if c == "r" and i > 0]
    if not spots:
        return []
    if len(spots) > 3:
        return [key.replace("r", "d")]
    variants = []
    for choice in product((False, True), repeat=len(spots)):
        chars = list(key)
        for spot, flip in zip(spots, choice):
            if flip:
                chars[spot] = "d"
        variants.append("".join(chars))
    return [v for v in variants if v != key]
