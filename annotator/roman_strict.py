"""What the loose matching key folds away but a typed word still says: a Roman query word
matching a Devanagari word on its phonetic key must also agree with it here. A short word
(four letters or fewer) must be one of the word's own spellings (co is not को, caa not का);
a typed sh must be a श or ष of the word (aisha is not ऐसा), a typed ai an ऐ/ै or a+i/a+y
(dubai is not दुबे); vowels the key runs together must be apart in the word too (naye is
not ने, gaya not गई). A word typed without the final nasal of a Devanagari word (me for में,
nahi for नहीं) is checked by agrees_without_nasal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from annotator.translit_lexicon import english_table, lookup_form
from annotator.translit import display_word
from annotator.translit_rules import hindi_word, rule_spelling, schwa_renders

SHORT = 4  # letters: a query word this short is matched strictly (mein is not मैं)
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_FLAP = re.compile("(ड)़|ढ़")  # ड़ and ढ़, decomposed
_FINAL_NASAL = ("\u0902", "\u0901")  # anusvara, candrabindu
_SH_STRICT = 5  # letters: a typed word this short spells each श/ष sh (see agrees)
_SH_SPOKEN = re.compile("(?<!क\u094d)[शष](?!\u094dर)")  # not in क्ष (x: laxmi) nor before र (sri)
_LOOSE = (("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("w", "v"), ("z", "j"), ("q", "k"))


def typing_fold(spelling: str) -> str:
    """The spelling with what typists write either way folded: case, doubled vowels, w/v, and
    a nukta letter or not (z/j, q/k: ताज़ and ताज are both taj)."""
    s = spelling.lower()
    for a, b in _LOOSE:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=65536)
def spellings(word: str) -> frozenset[str]:
    """typing_fold of every spelling of a Devanagari word: displayed, by the rules (and their
    names and table), English, and a final ay written ai."""
    found = {display_word(word), hindi_word(word), rule_spelling(word), *english_table().get(lookup_form(word), ())}
    nfd = unicodedata.normalize("NFD", word)
    r_for_d = _FLAP.sub(lambda m: "र" if m.group(1) else "र्ह", nfd)
    if r_for_d != nfd:
        found.add(rule_spelling(r_for_d))  # ड़ typed r: gaur = गौड़, parha = पढ़ा
    nfc = unicodedata.normalize("NFC", word)
    if nfc.endswith(_FINAL_NASAL) and len(nfc) > 1:
        found.add(rule_spelling(nfc[:-1]) + "n")  # a final nasal typed n after its vowel: men = में
    folded = {typing_fold(s) for s in found}
    # a final ay may be typed ai (rai = राय, jai = जय), not the other way (uday is not उड़ाई)
    return frozenset(folded | {s[:-2] + "ai" for s in folded if s.endswith("ay")})


def agrees(word: str, typed: str) -> bool:
    """Whether Roman `typed`, whose key equals the key of Devanagari `word`, may mean it."""
    if not _DEVANAGARI.search(word):
        return True
    letters = typed.lower()
    if typing_fold(letters) in spellings(word):
        return True  # the spelling the tool displays always finds its word
    if len(letters) <= SHORT:
        return False
    if letters.count("sh") > word.count("श") + word.count("ष"):
        return False
    if len(letters) <= _SH_STRICT and letters.count("sh") < len(_SH_SPOKEN.findall(word)):
        return False  # in a short word a श or ष is typed sh: sikar is not शिकार (but sasikala is शशिकला)
    if letters.count("ai") > max(sp.count("ai") + sp.count("ay") for sp in spellings(word)):
        return False  # a typed ai needs ऐ/ै or a+i/a+y in the word: dubai is not दुबे
    folded = typing_fold(letters)
    return _vowels_agree(folded, spellings(word)) and not _vowel_in_a_cluster(folded, _shapes(word)) and not _aspirate_split(
        folded, spellings(word)
    )


_HIATUS = re.compile("ay?e")  # a then e, as two syllables: naye नए, gaye गए (not ने, गई)
_GLIDE = re.compile("(?<=[aeiou])y(?=[aeiou])")  # a y between vowels: gaya गया (not गई)


def _vowels_agree(typed: str, spelled: frozenset[str]) -> bool:
    """The key folds a+e and a+i to e and drops a y between vowels; the typed word keeps
    them: its a-e hiatus must be one the word has, and its glide y one the word may have
    (naye is not ने, gaya not गई; bhatia is भाटिया bhatiya)."""
    hiatus = len(_HIATUS.findall(typed))
    glides = len(_GLIDE.findall(typed))
    return any(len(_HIATUS.findall(s)) == hiatus and len(_GLIDE.findall(s)) >= glides for s in spelled)


def agrees_without_nasal(word: str, typed: str) -> bool:
    """Whether Roman `typed` is Devanagari `word` spelled without its final nasal, as chat
    Hindi types it (me = में, nahi = नहीं, hai = हैं, dono = दोनों)."""
    nfc = unicodedata.normalize("NFC", word)
    if not nfc.endswith(_FINAL_NASAL) or len(nfc) < 2:
        return False
    return typing_fold(typed) == typing_fold(rule_spelling(nfc[:-1]))


def agrees_sounded_a(word: str, typed: str) -> bool:
    """Whether Roman `typed`, ending in an a its key leaves out, is one of the spellings of
    Devanagari `word`: the displayed one sounds a final schwa where people write it so
    (prachanda = प्रचंड). Not any final conjunct read with its schwa sounded: gupta is गुप्ता,
    not गुप्त, and a name in -ा would find every such word (बुद्ध, for buddha, is lost)."""
    return _DEVANAGARI.search(word) is None or typing_fold(typed) in spellings(unicodedata.normalize("NFC", word))


_ASPIRATE = re.compile("[kgcjtdpbs]h")  # a Roman aspirate digraph: one consonant
_DIGRAPH = re.compile(f"(?:{_ASPIRATE.pattern}|ng)")
_VOWEL_RUN = re.compile("[aeiou]+")
_CONSONANTS = str.maketrans({c: "C" for c in "bcdfghjklmnpqrstvwxyz"})


def _shape(spelling: str) -> str:
    """The spelling as consonants (C) and vowel runs (V), an aspirate digraph one consonant."""
    return _VOWEL_RUN.sub("V", _DIGRAPH.sub("C", spelling)).translate(_CONSONANTS)


@lru_cache(maxsize=65536)
def _shapes(word: str) -> frozenset[str]:
    """The shapes of the word's spellings and of its readings with other schwas sounded or
    dropped (ममता mamta and mamata): where a vowel may be typed."""
    renders = schwa_renders(unicodedata.normalize("NFC", word))
    return frozenset(_shape(typing_fold(s)) for s in {*spellings(word), *renders})


def _vowel_in_a_cluster(typed: str, shapes: frozenset[str]) -> bool:
    """Whether `typed` puts a vowel inside a written cluster (a virama) that every spelling of
    the word has before a vowel: satara is not सत्र (satra); but dharam is धर्म (a final
    cluster, which chat Hindi opens: dharam, karam, janam), and mamata is ममता (no virama)."""
    shape = _shape(typed)
    if shape in shapes:
        return False
    return all(any(shape == s[:i] + "CVC" + s[i + 2 :] for i in range(1, len(s) - 2) if s[i : i + 3] == "CCV") for s in shapes)


_UNIT = re.compile(f"{_ASPIRATE.pattern}|[^aeiou]")


def _units(spelling: str) -> list[str]:
    """The consonants of a spelling in order, an aspirate digraph one, a doubled one once."""
    units = _UNIT.findall(spelling)
    return [u for i, u in enumerate(units) if i == 0 or u != units[i - 1]]


def _aspirate_split(typed: str, spelled: frozenset[str]) -> bool:
    """Whether `typed` writes an aspirate (kh, bh, sh ...) where every spelling of the word has
    the plain consonant, a vowel, then ह, or the other way round: the key runs them together,
    the words differ (khanna is not कहना kahna, kahna not खन्ना, shani not साहनी sahni)."""
    if "h" not in typed:
        return False
    mine = _units(typed)
    return all(_splits(mine, _units(s)) for s in spelled)


def _splits(typed: list[str], spelled: list[str]) -> bool:
    """Whether the two consonant sequences differ only by aspirates, Xh on one side written X
    then h on the other (at least one)."""
    i = j = 0
    split = False
    while i < len(typed) and j < len(spelled):
        if typed[i] == spelled[j]:
            i, j = i + 1, j + 1
        elif len(typed[i]) == 2 and spelled[j : j + 2] == [typed[i][0], "h"]:
            split, i, j = True, i + 1, j + 2
        elif len(spelled[j]) == 2 and typed[i : i + 2] == [spelled[j][0], "h"]:
            split, i, j = True, i + 2, j + 1
        else:
            return False
    return split and i == len(typed) and j == len(spelled)
