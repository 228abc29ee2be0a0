"""Transliteration rules: Devanagari tables, the 'hindi' romanisation with schwa deletion, key folds."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from annotator.translit_lexicon import english_spelling, letters
from annotator.translit_letters import long_vowel, va_letter
from annotator.translit_names import name_spelling, name_tail

VIRAMA = "\u094d"
NUKTA = "\u093c"
ANUSVARA = "\u0902"
CANDRABINDU = "\u0901"
INVERTED_CANDRABINDU = "\u0900"
VISARGA = "\u0903"
OM = "\u0950"
ZWNJ = "\u200c"
ZWJ = "\u200d"
JOINERS = frozenset((ZWNJ, ZWJ))
NASALS = frozenset((ANUSVARA, CANDRABINDU, INVERTED_CANDRABINDU))

# Code-point ranges that make up a Devanagari "letter run" (letters, signs, marks) and a
# Devanagari "punctuation run" (danda, double danda, digits, abbreviation sign).
LETTER_CLASS = "\u0900-\u0963\u0971-\u097f"
PUNCT_CLASS = "\u0964-\u0970"

# base + nukta -> the precomposed letter (U+0958..U+095F and the three older ones), so the
# rest of the code sees one code point per consonant whichever way the text spelled it.
NUKTA_COMPOSE: dict[str, str] = {
    "\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b",
    "\u0921": "\u095c", "\u0922": "\u095d", "\u092b": "\u095e", "\u092f": "\u095f",
    "\u0928": "\u0929", "\u0930": "\u0931", "\u0933": "\u0934",
}

# Consonants as Hindi speakers type them. Nukta letters are q kh gh z d dh f: ड़/ढ़ are
# written d/dh (ladka, padhai, sadak), except in the -garh of place names (see hindi_word).
HINDI_CONSONANTS: dict[str, str] = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n", "ऩ": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ऱ": "r", "ल": "l", "ळ": "l", "ऴ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "\u0958": "q", "\u0959": "kh", "\u095a": "gh", "\u095b": "z",
    "\u095c": "d", "\u095d": "dh", "\u095e": "f", "\u095f": "y",
    "\u0978": "th", "\u0979": "zh", "\u097a": "y", "\u097b": "g", "\u097c": "j",
    "\u097d": "", "\u097e": "d", "\u097f": "b",
}

# Dependent vowel signs. ी and ू become ee/oo inside a word by position (_long_vowel below).
HINDI_VOWEL_SIGNS: dict[str, str] = {
    "\u093a": "e", "\u093b": "e", "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u",
    "ृ": "ri", "ॄ": "ri", "ॅ": "e", "ॆ": "e", "े": "e", "ै": "ai",
    "ॉ": "o", "ॊ": "o", "ो": "o", "ौ": "au", "\u094e": "e", "\u094f": "au",
    "\u0955": "e", "\u0956": "u", "\u0957": "u", "ॢ": "li", "ॣ": "li",
}

HINDI_INDEPENDENT_VOWELS: dict[str, str] = {
    "ऄ": "a", "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u",
    "ऋ": "ri", "ऌ": "li", "ऍ": "e", "ऎ": "e", "ए": "e", "ऐ": "ai",
    "ऑ": "o", "ऒ": "o", "ओ": "o", "औ": "au", "ॠ": "ri", "ॡ": "li",
    "ॲ": "e", "ॳ": "e", "ॴ": "oo", "ॵ": "au", "ॶ": "ue", "ॷ": "ue", OM: "om",
}

# A vowel sign met with no consonant before it is read as its independent vowel.
SIGN_TO_INDEPENDENT: dict[str, str] = {
    "ा": "आ", "ि": "इ", "ी": "ई", "ु": "उ", "ू": "ऊ", "ृ": "ऋ", "ॄ": "ॠ",
    "ॅ": "ऍ", "ॆ": "ऎ", "े": "ए", "ै": "ऐ", "ॉ": "ऑ", "ॊ": "ऒ", "ो": "ओ", "ौ": "औ",
    "ॢ": "ऌ", "ॣ": "ॡ",
}

HINDI_PUNCT: dict[str, str] = {
    "\u0964": ".", "\u0965": ".", "\u0970": ".",
    **{chr(0x0966 + d): str(d) for d in range(10)},
}

LABIALS = frozenset("पफबभम")
# Vowels after which an anusvara before a labial is a closing m (सम्पर्क), not nasalisation.
SHORT_VOWELS = frozenset(("", "ि", "ु", "अ", "इ", "उ"))

# A word-final cluster keeps its schwa when it ends in one of these (मिश्र mishra, पत्र
# patra, सत्य satya, विश्व vishwa, यज्ञ yagya, कृष्ण krishna); व after र does not (पूर्व purv).
FINAL_CLUSTER_KEEPS_SCHWA = frozenset("रयवञण")
# An aspirate written twice (ठ्ठ, ध्ध) is said as its plain stop and then the aspirate.
ASPIRATE_PLAIN = {"ख": "k", "घ": "g", "झ": "j", "ठ": "t", "ढ": "d", "थ": "t", "ध": "d", "फ": "p", "भ": "b"}

# Compound tails that start a new word for schwa deletion: लोक|सभा loksabha (not lokasbha),
# राष्ट्र|पति rashtrapati, अली|गढ़ aligarh; both spellings of ढ़ are listed.
COMPOUND_TAILS: tuple[str, ...] = ("सभा", "नगर", "पति", "भवन", "ग\u095d", "ग\u0922\u093c", "ग\u0922")
GARH = ("ग\u095d", "ग\u0922\u093c", "ग\u0922")  # also written without the nukta: पिथौरागढ

# A word ending in one of these is a place name; newspapers write its ी/ू as i/u
# (hamirpur, sitapur, faridabad, dehradun, chitrakut), not ee/oo.
PLACE_TAILS: tuple[str, ...] = ("पुर", "बाद", "नगर", "गंज", "ग\u095d", "ग\u0922\u093c", "ग\u0922", "दून", "कूट")

# After these vowels an independent ए is heard as 'ye': लिए liye, गए gaye (not नोएडा noeda).
YE_AFTER = frozenset(("", "ा", "ि", "ी", "अ", "आ", "इ", "ई"))

# Substituted before the package runs, so no Devanagari is left in its Roman output: IAST,
# ITRANS and HK have no candra vowels (nearest plain vowel instead); the package's ISO has
# them but keeps the danda, which gets the '|' the other three use.
PACKAGE_FALLBACK: dict[str, str] = {"ॉ": "ो", "ऑ": "ओ", "ॅ": "े", "ऍ": "ए", "ॲ": "ए"}
PACKAGE_FALLBACK_ISO: dict[str, str] = {"ॲ": "ऍ", "\u0964": "|", "\u0965": "||"}
# The package reads nukta letters only as base + U+093C (it leaves precomposed ढ़ untouched).
PACKAGE_DECOMPOSE: dict[int, str] = {
    ord(p): b + NUKTA for b, p in NUKTA_COMPOSE.items() if "\u0958" <= p <= "\u095f"
}


def plain_roman(ch: str) -> str:
    """Spelling for a Devanagari code point the package left unconverted ('' for signs)."""
    for table in (HINDI_CONSONANTS, HINDI_INDEPENDENT_VOWELS, HINDI_VOWEL_SIGNS, HINDI_PUNCT):
        if ch in table:
            return table[ch]
    return "n" if ch in NASALS else ""


# ----- matching key -------------------------------------------------------------------

# Devanagari code point -> key piece. Consonants fold sh/s, chh/ch, z/j, q/k, f/ph, w/v;
# vowels fold length (ā=a, ī=i, ū=u) and ai/e, au/o. 'a' pieces are later dropped unless
# they open a word, which also removes every schwa, deleted or not.
KEY_DEVANAGARI: dict[str, str] = {
    **{c: r.replace("sh", "s").replace("chh", "ch") for c, r in HINDI_CONSONANTS.items()},
    "\u0958": "k", "\u095a": "gh", "\u095b": "j", "\u095e": "ph", "\u095c": "d", "\u095d": "dh",
    **HINDI_VOWEL_SIGNS,
    **HINDI_INDEPENDENT_VOWELS,
    "ै": "e", "ऐ": "e", "ौ": "o", "औ": "o", "\u094f": "o", "ॵ": "o", "ॴ": "u",
    ANUSVARA: "n", CANDRABINDU: "n", INVERTED_CANDRABINDU: "n",
    **{chr(0x0966 + d): str(d) for d in range(10)},
}
KEY_DEVANAGARI_A = frozenset("अआऄा")

# Roman spellings -> key piece, longest first; anything else maps to itself.
KEY_ROMAN_GROUPS: tuple[tuple[str, str], ...] = (
    ("chh", "ch"), ("cch", "ch"), ("ck", "k"), ("sh", "s"),
    ("aa", "a"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"),
    ("ai", "e"), ("ei", "e"), ("au", "o"), ("ou", "o"),
    ("kh", "kh"), ("gh", "gh"), ("ch", "ch"), ("jh", "jh"), ("th", "th"), ("dh", "dh"),
    ("ph", "ph"), ("bh", "bh"),
)
KEY_ROMAN_SINGLE: dict[str, str] = {"w": "v", "z": "j", "q": "k", "f": "ph", "x": "ks", "c": "k"}


# ----- the 'hindi' scheme: aksharas, schwa deletion, spelling --------------------------


class _Akshara:
    """One orthographic syllable: a consonant cluster and its vowel, or an independent vowel."""

    __slots__ = ("cons", "vowel", "indep", "nasal", "visarga", "last")

    def __init__(self, cons: list[str], vowel: str | None, indep: str = "") -> None:
        self.cons = cons  # consonant code points, nukta already composed
        self.vowel = vowel  # '' inherent schwa, a vowel sign, or None (virama / independent vowel)
        self.indep = indep  # the independent vowel letter, '' for consonant aksharas
        self.nasal = ""  # anusvara, candrabindu or ''
        self.visarga = False
        self.last = -1  # index in the word of the last consonant code point


def _parse(word: str) -> list[_Akshara]:
    """Split a Devanagari word into aksharas; joiners, avagraha and accents are ignored."""
    aks: list[_Akshara] = []
    cur: _Akshara | None = None
    for k, ch in enumerate(word):
        if ch in HINDI_CONSONANTS:
            if cur is not None and cur.cons and cur.vowel is None:
                cur.cons.append(ch)  # after a virama: the cluster goes on
                cur.vowel = ""
            else:
                cur = _Akshara([ch], "")
                aks.append(cur)
            cur.last = k
        elif ch == NUKTA:
            if cur is not None and cur.cons:
                cur.cons[-1] = NUKTA_COMPOSE.get(cur.cons[-1], cur.cons[-1])
        elif ch == VIRAMA:
            if cur is not None and cur.cons and cur.vowel == "" and not cur.nasal:
                cur.vowel = None
        elif ch in HINDI_VOWEL_SIGNS:
            if cur is not None and cur.cons and cur.vowel in ("", None) and not cur.nasal:
                cur.vowel = ch
            else:
                cur = _Akshara([], None, SIGN_TO_INDEPENDENT.get(ch, "अ"))
                aks.append(cur)
        elif ch in HINDI_INDEPENDENT_VOWELS:
            cur = _Akshara([], None, ch)
            aks.append(cur)
        elif ch in NASALS:
            if cur is not None:
                cur.nasal = ch
        elif ch == VISARGA:
            if cur is not None:
                cur.visarga = True
    return aks


def _sounded(a: _Akshara, kept: bool) -> bool:
    """True when the akshara ends in a pronounced vowel."""
    return bool(a.indep) or (a.vowel is not None and (a.vowel != "" or kept))


def _schwa_kept(aks: list[_Akshara]) -> list[bool]:
    """Decide, right to left, which inherent schwas are pronounced (see hindi_word)."""
    n = len(aks)
    keep = [True] * n
    for i in range(n - 1, -1, -1):
        a = aks[i]
        if a.vowel != "" or a.nasal or a.visarga or i == 0:
            continue
        last = aks[-1]
        if i == n - 2 and len(a.cons) == 1 and last.cons == ["व"] and last.nasal and last.vowel in ("ा", "ी", "े"):
            keep[i] = False  # an ordinal's -वां closes the number: पांचवां panchvan
            continue
        if i == n - 1:
            if len(a.cons) > 1:
                last, before = a.cons[-1], a.cons[-2]
                keep[i] = last in FINAL_CLUSTER_KEEPS_SCHWA and not (last == "व" and before == "र")
                if last == "ञ":
                    keep[i] = before == "ज"
            else:
                keep[i] = a.cons[0] == "य" and aks[i - 1].vowel in ("ि", "ी")
            continue
        prev, nxt = aks[i - 1], aks[i + 1]
        keep[i] = not (
            len(a.cons) == 1
            and (prev.indep or prev.vowel is not None)
            and prev.nasal != ANUSVARA
            and not prev.visarga
            and len(nxt.cons) == 1
            and nxt.cons[0] != "य"
            and _sounded(nxt, keep[i + 1])
        )
    return keep


@lru_cache(maxsize=65536)
def silent_schwas(word: str) -> frozenset[int]:
    """Indices in `word` of the consonants whose inherent schwa the rules delete (the न of
    मेनन keeps it: menan; the first ल of जयललिता does not: jayallita)."""
    aks = _parse(word)
    return frozenset(a.last for a, kept in zip(aks, _schwa_kept(aks)) if a.vowel == "" and not kept)


def _anusvara(aks: list[_Akshara], i: int) -> str:
    """Anusvara as n or m: m after a short vowel before a labial or व (and final after schwa)."""
    a = aks[i]
    vowel = a.indep or a.vowel or ""
    short = vowel in SHORT_VOWELS
    if i == len(aks) - 1:
        return "m" if vowel == "" and a.cons else "n"
    nxt = aks[i + 1]
    if nxt.indep:
        return "n"
    c = nxt.cons[0]
    if c in LABIALS or c == "व":
        return "m" if short else "n"
    if c == "ह":
        return "ng" if vowel in ("ि", "इ") else ("m" if vowel in ("", "अ") else "n")
    return "n"


def _cluster(aks: list[_Akshara], i: int, keep: list[bool]) -> str:
    """Spell the consonants of akshara i."""
    a = aks[i]
    prev = aks[i - 1] if i else None
    out: list[str] = []
    for j, c in enumerate(a.cons):
        after = a.cons[j - 1] if j else ""
        follows = a.cons[j + 1] if j + 1 < len(a.cons) else ""
        if c == "ज" and follows == "ञ":
            out.append("g")
        elif c == "ञ" and after == "ज":
            out.append("y")
        elif c == "च" and follows == "छ":
            continue  # च्छ is written chh: achha, swachh
        elif c == follows and c in ASPIRATE_PLAIN:
            out.append(ASPIRATE_PLAIN[c])  # a doubled aspirate breathes once: अठ्ठाईस atthais
        elif c == "छ" and len(a.cons) == 1 and prev is not None and prev.vowel in ("ी", "ू"):
            out.append("ch")  # after a long vowel छ is typed ch: peeche, poocha (kuchh, pichhle keep chh)
        elif c == "व" and j:
            out.append("v" if after == "र" else "w")
        elif c == "व" and follows == "व":
            out.append("w")  # व्व is ww: awwal, qawwali
        elif c == "फ" and i and after != "म" and not (j == 0 and prev is not None and prev.nasal):
            out.append("f")  # after the first syllable: safar, taraf, daftar, kafi (not after m: imphal)
        elif c == "व":
            out.append(va_letter(aks, i, keep, follows))
        elif (c == "य" and len(a.cons) == 1 and not keep[i] and 0 < i < len(aks) - 1
              and prev is not None and prev.vowel in ("", "ा") and (keep[i - 1] or prev.vowel)):
            out.append("i")  # जयपुर jaipur, जयशंकर jaishankar, रायपुर raipur
        else:
            out.append(HINDI_CONSONANTS[c])
    return "".join(out)


def _e_before_h(aks: list[_Akshara], i: int, keep: list[bool]) -> bool:
    """A schwa before a silent-schwa ह and a consonant is written e: pehle, kehna, tehsil (not
    before हर: bahraich; nor in an ordinal of a number in -ह: gyarahvin)."""
    if i + 2 >= len(aks) or not aks[i].cons:
        return False
    h, after = aks[i + 1], aks[i + 2]
    ordinal = i + 2 == len(aks) - 1 and after.cons == ["व"] and bool(after.nasal)  # ग्यारहवीं gyarahvin
    return h.cons == ["ह"] and h.vowel == "" and not keep[i + 1] and bool(after.cons) and after.cons[0] != "र" and not ordinal


def _render(aks: list[_Akshara], keep: list[bool], place: bool = False) -> str:
    """Spell the aksharas of one word given the schwa decisions."""
    out: list[str] = []
    n = len(aks)
    for i, a in enumerate(aks):
        prev = aks[i - 1] if i else None
        out.append(_cluster(aks, i, keep))
        vowel = a.indep or a.vowel or ""
        if a.indep:
            glide = prev is not None and _sounded(prev, keep[i - 1]) and (prev.indep or prev.vowel) in YE_AFTER
            if a.indep == "ए" and glide:
                out.append("ye")  # लिए liye, गए gaye, रुपए rupaye
            else:
                out.append(HINDI_INDEPENDENT_VOWELS[a.indep])
        elif a.vowel == "":
            out.append(("e" if _e_before_h(aks, i, keep) else "a") if keep[i] else "")
        elif a.vowel == "ी":
            out.append(long_vowel(aks, i, keep, "ee", "i", place))
        elif a.vowel == "ू":
            out.append(long_vowel(aks, i, keep, "oo", "u", place))
        elif a.vowel is not None:
            out.append(HINDI_VOWEL_SIGNS[a.vowel])
        if a.nasal:
            if i == n - 1 and vowel == "े":
                out.append("in")  # final nasal e is typed -ein: mein, karein, unhein
            elif a.nasal == ANUSVARA:
                out.append(_anusvara(aks, i))
            else:
                out.append("n")
        if a.visarga:
            out.append("h")
    return "".join(out)


@lru_cache(maxsize=65536)
def hindi_word(word: str) -> str:
    """Romanise one Devanagari word the way Hindi speakers type it.

    Schwa deletion, right to left over the aksharas:
    - the first akshara, and one with an anusvara or visarga, keeps its schwa;
    - a word-final schwa is dropped (kanpur, ajay), except in a one-akshara word (na) and
      after a final cluster ending in र/य/व/ज्ञ (mishra, satya, vishwa, yagya; but purv) or
      a single य after ि/ी (priya, bhartiya);
    - a medial schwa is dropped in V C _ C V: a single consonant, a sounded open vowel before
      it (not one closed by anusvara: sangathan), a single consonant other than य after it
      whose vowel is sounded (so it never makes three consonants: samajhna, karna, rupaye).
    Spelling: आ and ा are 'a'; ी/ू are 'ee'/'oo' before one consonant inside a word and
    'i'/'u' elsewhere or in a cluster (deepak, meena, pooja; modi, shri, surya, harish);
    a single य whose schwa went, after a kept schwa, is 'i' (jaipur); ए after a/i is 'ye'
    (liye, rupaye); व is 'w' in a cluster (not after र) and before ा inside a word unless a
    nasal precedes (swami, tiwari, samajwadi; purv, samvad), otherwise 'v'; ज्ञ 'gy';
    च्छ 'chh'; anusvara is m after a short vowel before a labial or व (sampark, samvad),
    'ng' in -िंह (singh), m word-finally after a schwa (evam), otherwise n; candrabindu n;
    word-final nasal े 'ein' (mein); visarga h; nukta letters q kh gh z r rh f. A word
    ending in one of COMPOUND_TAILS is romanised as two words (loksabha, aligarh).
    Pure; cached per word. What is displayed may differ where nobody writes the spelling so
    made (translit.display_word).
    """
    return table_spelling(word) or name_spelling(word, _hindi_word(word, word.endswith(PLACE_TAILS)))


def table_spelling(word: str) -> str | None:
    """The spelling of an acronym (PRO) or of a word in the English table (police), or None."""
    return letters(word) or english_spelling(word)


@lru_cache(maxsize=65536)
def rule_spelling(word: str) -> str:
    """hindi_word by the rules alone (no table, no acronyms): what the matching key follows."""
    return _hindi_word(word, word.endswith(PLACE_TAILS))


def _hindi_word(word: str, place: bool) -> str:
    if word in GARH:
        return "garh"
    for tail in COMPOUND_TAILS:
        if word.endswith(tail) and len(word) > len(tail) + 1:
            return _hindi_word(word[: -len(tail)], place) + _hindi_word(tail, place)
    parts = name_tail(word)
    if parts:
        return _hindi_word(parts[0], place) + parts[1]
    aks = _parse(word)
    return _render(aks, _schwa_kept(aks), place)


def schwa_renders(word: str, place: bool = False, most: int = 2) -> set[str]:
    """The word spelled with up to `most` schwa decisions other than the rules': the spellings
    a reader could give it (harbhajan beside the rules' harabhjan, prachanda beside prachand).
    A schwa is dropped only before a consonant whose vowel is sounded (never making three
    consonants or a final pair), and a final one is sounded only after a nasal (prachanda;
    not chalisa, nor the Sanskrit rakta for रक्त, which Hindi writes rakt)."""
    aks = _parse(word)
    keep = _schwa_kept(aks)
    n = len(aks)
    open_ = [i for i, a in enumerate(aks) if i and a.vowel == "" and not a.nasal and (i < n - 1 or aks[i - 1].nasal)]
    out: set[str] = set()
    for k in range(1, most + 1):
        for flipped in combinations(open_, k):
            kk = list(keep)
            for i in flipped:
                kk[i] = not kk[i]
            if all(kk[i] or i == n - 1 or _sounded_consonant(aks[i + 1], kk[i + 1]) for i in flipped):
                out.add(_render(aks, kk, place))
    return out


def _sounded_consonant(a: _Akshara, kept: bool) -> bool:
    return bool(a.cons) and (bool(a.vowel) or kept)

