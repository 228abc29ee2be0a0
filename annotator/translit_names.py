"""Conventions of Indian names and words in Roman that the letter-by-letter rules do not give:
the English -ia of names ending in -िया (bhatia, chaurasia, not duniya), the Punjabi -inder of
given names (harvinder, virender), a long a doubled in a closed word of one syllable (naam,
baat, aaj; not the names ram, lal, khan), -ाय of one syllable as -ai (chai, rai), -ांव as
-aon (gaon), and the second part of a joined given name spelled as it is alone (gurpreet, ramprasad, nandkishore)."""

from __future__ import annotations

import re

from annotator.translit_lexicon import lookup_form

# The second part of a joined given name, as written alone; the first part keeps no schwa
# before it (गुरप्रीत gurpreet, not gurapreet; रामप्रसाद ramprasad; हंसराज hansraj). The
# parts that end other words too (-राज: महाराज, प्रयागराज) split those the same way.
NAME_TAILS: dict[str, str] = {
    "प्रीत": "preet",  # gurpreet, manpreet, harpreet, jaspreet
    "प्रसाद": "prasad",  # ramprasad, shivprasad, deviprasad
    "प्रकाश": "prakash",  # jayprakash, omprakash, vedprakash
    "प्रताप": "pratap",  # ranapratap, bhanupratap
    "किशोर": "kishore",  # nandkishore, ramkishore, jugalkishore
    "राज": "raj",  # hansraj, shivraj, prithviraj, maharaj
    "बहादुर": "bahadur",  # rajbahadur, lalbahadur
    "नारायण": "narayan",  # shivnarayan, laxminarayan
    "वती": "wati",  # mayawati, kalawati, bhagwati
    "सराय": "sarai",  # lakhisarai, begusarai (a place's inn)
}

# Common words in -िया (three syllables or more) that are typed -iya, not -ia as names are.
COMMON_IYA: frozenset[str] = frozenset(lookup_form(w) for w in (
    "दुनिया बढ़िया चिड़िया गुड़िया मुखिया कुटिया खटिया बिटिया घटिया जरिया ज़रिया दरिया पहिया बुढ़िया पुड़िया "
    "डिबिया बछिया नदिया गठिया रसिया सांवरिया साँवरिया बगिया लुटिया दुखिया सुखिया बनिया कनिया मटिया हंसिया "
    "हँसिया रोटिया अंगिया लठिया पुलिया ठिलिया चुटिया जंघिया जांघिया उड़िया".split()
))


def name_tail(word: str) -> tuple[str, str] | None:
    """(first part, spelling of the tail) when `word` is a first part of two or more letters
    and one of NAME_TAILS, the tail not joined to it by a virama, else None."""
    for tail, spelling in NAME_TAILS.items():
        if word.endswith(tail) and len(word) > len(tail) + 1 and word[-len(tail) - 1] != "\u094d":
            return word[: -len(tail)], spelling  # not after a virama: पार्वती is one cluster
    return None


def english_ia(word: str, spelled: str) -> str:
    """`spelled` with a final -iya written -ia when `word` is a name in -िया of three syllables
    or more (भाटिया bhatia, चौरसिया chaurasia, सोनिया sonia); two-syllable words keep it
    (किया kiya, प्रिया priya), and so do the common words of COMMON_IYA (दुनिया duniya)."""
    if not spelled.endswith("iya") or not word.endswith("िया") or lookup_form(word) in COMMON_IYA:
        return spelled
    head = word[:-3]  # before ि + या
    syllables = sum(c in "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहअआइईउऊएऐओऔ" for c in head)  # आलिया alia
    if syllables < 2 or head[-1:] == "\u094d" or head[-2:-1] == "\u094d":
        return spelled  # a short word, or a cluster before ि (सुप्रिया supriya)
    return spelled[:-3] + "ia"


# Names of one syllable written with a single a (ram, lal, das, shah, rao, khan; the month magh;
# the parts of place names taj, ghat, dham).
ONE_SYLLABLE_NAMES: frozenset[str] = frozenset(lookup_form(w) for w in (
    "राम लाल दास शाह राव खान ख़ान राज पाल नाथ भान साव जाट नाग चाँद चांद चंद शान माघ ताज घाट धाम".split()
))
_CONSONANT = "[कखगघचछजझटठडढतथदधनपफबभमयरलवशषसह]\u093c?"
_CLOSED_A = re.compile(f"(?:{_CONSONANT}ा|आ)(?!य){_CONSONANT}")  # not closed by य: राय rai
_A_Y = re.compile(f"{_CONSONANT}ाय")
_AANV = ("ांव", "ाँव")  # a nasal a before a final व is -aon


def name_spelling(word: str, spelled: str) -> str:
    """`spelled` (the rules' spelling of `word`) with the conventions of this module."""
    spelled = english_ia(word, spelled)
    if word.endswith(("ेंदर", "िंदर")) and spelled.endswith("ndar"):
        return spelled[:-2] + "er"  # harvinder, virender, surinder (not andar, sundar)
    if _CLOSED_A.fullmatch(word) and spelled.count("a") == 1 and lookup_form(word) not in ONE_SYLLABLE_NAMES:
        return spelled.replace("a", "aa")  # naam, baat, saal, aaj, aap
    if _A_Y.fullmatch(word) and spelled.endswith("ay"):
        return spelled[:-1] + "i"  # one syllable in -ाय: chai, rai, gai
    if word.endswith(_AANV) and spelled.endswith("anv"):
        return spelled[:-2] + "on"  # gaon, paon, chhaon, malegaon
    return spelled
