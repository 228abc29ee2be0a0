"""Query matching beyond one key per word: per-word alternatives (an acronym typed in lower
case, ड़ typed r or d), joined and split compounds (lok sabha = लोकसभा), English phrases from
the table (high court = हाईकोर्ट), anusvara vs nasal consonant in Devanagari queries, and the
index LIKE patterns that find the candidate documents for all of them."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from annotator.translit import key_match_span, roman_key, roman_key_with_spans, schwa_explicit, word_key, word_keys

_ACRONYM_TYPED = re.compile("[a-z]{2,5}")
# A query word of at least this many letters may have typed r for ड़ (larka, pahar, aligarh).
_DR_MIN_LETTERS = 4
_MAX_PARTS = 3  # a compound matches at most this many words on the other side
_MIN_PART = 3  # key letters of each part of a compound
_MAX_PHRASES = 8  # index patterns for one multi-word query


@lru_cache(maxsize=1)
def english_aliases() -> dict[str, tuple[str, ...]]:
    """English spelling (lower case, spaces and hyphens removed) -> the keys of its Devanagari
    words, from resources/translit/english.tsv: what makes 'lucknow' find लखनऊ and 'police'
    पुलिस. The table's own spelling and its lookup form (no nukta) are both keyed."""
    from annotator.translit_lexicon import english_rows, lookup_form

    aliases: dict[str, dict[str, None]] = {}
    for dev, spellings in english_rows():
        for form in (dev, lookup_form(dev)):
            key = word_key(form)
            if key:
                for spelling in spellings:
                    aliases.setdefault(spelling.lower().replace(" ", "").replace("-", ""), {})[key] = None
    return {k: tuple(v) for k, v in aliases.items()}


class Alternatives(tuple):
    """The keys one query word may match, its own key first; `typed` is the word as typed
    (Roman only), which a match on its own key must also agree with (see plausible)."""

    typed: str = ""


def query_words(query: str) -> list[tuple[str, ...]]:
    """Per query word, the keys it may match, its own key first."""
    explicit = schwa_explicit(query)
    words = [(w, word_key(w, explicit)) for w in _words(query)]
    words = [(w, k) for w, k in words if k]
    if len(words) > 1:
        phrase = english_aliases().get("".join(w.lower() for w, _ in words))
        if phrase is not None:
            return [phrase]
    out: list[tuple[str, ...]] = []
    for w, key in words:
        alts = [key]
        # lucknow, police: besides, never instead of, the phonetic key (gate is also गाते)
        alts.extend(a for a in (english_aliases().get(w.lower(), ()) if w.isascii() else ()) if a not in alts)
        if w.isascii() and not key.startswith("="):
            if _ACRONYM_TYPED.fullmatch(w.lower()):
                alts.append("=" + w.lower())
            if len(w) >= _DR_MIN_LETTERS:
                alts.extend(v for v in _dr_variants(key) if v not in alts)
            alts.extend(v for v in _english_endings(w, explicit) if v not in alts)
        word = Alternatives(alts)
        # checked against the typed spelling unless written in a scheme (ITRANS/IAST ajaya)
        word.typed = w if w.isascii() and not key.startswith("=") and not explicit else ""
        out.append(word)
    return out


def _words(query: str) -> list[str]:
    return [query[s:e] for s, e, _ in word_keys(query, keep_empty=True)]


# Anglo-Indian endings: a silent final e after -or/-on (balasore = बालासोर, khargone), and
# -pore for -pur (midnapore = मिदनापुर). Only on words this long. (e, o or u written for a
# schwa, bengal = बंगाल, was tried: no gain on dev with the table, a loss in precision.)
_ENGLISH_MIN_LETTERS = 6
_SILENT_E = re.compile("(?<=[^aeiou][o])([rn])e$")


def _english_endings(word: str, explicit: bool) -> list[str]:
    """Keys of `word` read with an English ending as Hindi spells it."""
    w = word.lower()
    if len(w) < _ENGLISH_MIN_LETTERS:
        return []
    spellings = [_SILENT_E.sub(r"\1", w)]
    if w.endswith("pore"):
        spellings.append(w[:-4] + "pur")
    return [word_key(s, explicit) for s in spellings if s != w]


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


def joined(keys: list[str]) -> str:
    """Keys of consecutive words as one word's key: a word-initial a that a joined spelling
    would drop is dropped from every word but the first."""
    # inside one word no a is kept: not a part's final a (rajya sabha = राज्यसभा), nor its opening one
    inner = [k[:-1] if k.endswith("a") and len(k) > 1 else k for k in keys[:-1]] + [keys[-1]]
    return inner[0] + "".join(k[1:] if k.startswith("a") and len(k) > 1 else k for k in inner[1:])


def match_words(text: str, wanted: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(start, end) of runs of whole words of `text` that match `wanted`: word by word, or as a
    compound written joined on one side and split on the other. Matches do not overlap."""
    words = word_keys(text)
    n = len(wanted)
    if not n:
        return []
    whole = joined([alts[0] for alts in wanted])
    hits: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        end = _match_at(text, words, i, wanted, whole)
        if end is None:
            i += 1
        else:
            hits.append((words[i][0], words[end - 1][1]))
            i = end
    return hits


def _match_at(text: str, words: list[tuple[int, int, str]], i: int, wanted: list[tuple[str, ...]], whole: str) -> int | None:
    n = len(wanted)
    if i + n <= len(words) and all(
        words[i + k][2] in wanted[k] and plausible(text[words[i + k][0] : words[i + k][1]], words[i + k][2], wanted[k])
        for k in range(n)
    ):
        return i + n
    # A compound: one word on one side, two or more on the other, each part a real word (at
    # least _MIN_PART key letters), so a short word and its neighbour never pass for a name.
    first = words[i][2]
    if len(whole) < 2 * _MIN_PART or whole.startswith("=") or len(first) < _MIN_PART:
        return None
    if not whole.startswith(first[:-1] if first.endswith("a") else first):
        return None
    if n > 1:
        return i + 1 if first == whole else None
    keys = [first]
    for m in range(2, _MAX_PARTS + 1):
        if i + m > len(words) or len(words[i + m - 1][2]) < _MIN_PART:
            return None
        keys.append(words[i + m - 1][2])
        sofar = joined(keys)
        if sofar == whole:
            return i + m
        if not whole.startswith(sofar):
            return None
    return None


def plausible(word: str, key: str, alts: tuple[str, ...]) -> bool:
    """A match of `word` (key `key`) on the query word's phonetic key (its own, or with ड़
    typed r) is checked against the typed spelling (annotator.roman_strict); one through the
    English table (keyed unlike the typed word) or as an acronym is taken as it is."""
    typed = getattr(alts, "typed", "")
    if not typed or key.startswith("=") or (key != alts[0] and key in english_aliases().get(typed.lower(), ())):
        return True
    from annotator.roman_strict import agrees

    return agrees(word, typed)


def like_patterns(wanted: list[tuple[str, ...]]) -> list[str]:
    """LIKE patterns over the index's roman column (' ' + key + ' ', words apart by one space)
    such that every document holding a match holds at least one of them. Each is a literal
    run of three or more characters, so the trigram index answers it (a '_' wildcard would
    split it into pieces too short for the index and scan every row); a word is looked for
    split in two only when both halves are long enough to be words of their own."""
    if not wanted:
        return []
    if len(wanted) == 1:
        main = wanted[0][0]
        patterns = [f"% {k} %" for k in wanted[0]]
        if not main.startswith("=") and len(main) >= 2 * _MIN_PART:
            for p in range(_MIN_PART, len(main) - _MIN_PART + 1):
                # the first part may end in a spoken a that the joined word does not show
                patterns += [f"% {main[:p]} {main[p:]} %", f"% {main[:p]}a {main[p:]} %"]
        return patterns
    # The words side by side (each with its alternatives, a few combinations at most), and
    # the phrase written as one word (आन्ध्रप्रदेश for "andhra pradesh").
    combos = list(product(*wanted))[:_MAX_PHRASES]
    out = [f"% {' '.join(c)} %" for c in combos]
    out.append(f"%{joined([alts[0] for alts in wanted])}%")
    return list(dict.fromkeys(out))


# ----- Devanagari queries: anusvara and the nasal consonant it stands for ------------------

_HOMORGANIC = {**dict.fromkeys("कखगघ", "ङ"), **dict.fromkeys("चछजझ", "ञ"), **dict.fromkeys("टठडढ", "ण"),
               **dict.fromkeys("तथदध", "न"), **dict.fromkeys("पफबभ", "म")}
_ANUSVARA_STOP = re.compile("[\u0902\u0901](?=[कखगघचछजझटठडढतथदधपफबभ])")
_CLUSTER_STOP = re.compile("[ङञणनम]\u094d(?=[कखगघचछजझटठडढतथदधपफबभ])")


def devanagari_variants(query: str) -> list[str]:
    """The query, with every anusvara before a stop written as its nasal consonant + virama,
    and with every such nasal cluster written as anusvara (उत्तराखंड, उत्तराखण्ड)."""
    spelled = _ANUSVARA_STOP.sub(lambda m: _HOMORGANIC[query[m.end()]] + "\u094d", query)
    dotted = _CLUSTER_STOP.sub("\u0902", query)
    return list(dict.fromkeys((query, spelled, dotted)))


def find_key_matches(text: str, query: str, *, whole_words: bool = True) -> list[tuple[int, int]]:
    """(start, end) code-point spans in `text` whose key equals the key of `query`.

    Matches do not overlap. With whole_words they are runs of whole words, matched with the
    alternatives of this module (acronyms, ड़ as r or d, compounds joined or split,
    English phrases); without, the query's key is found anywhere in the text's key.
    """
    if whole_words:
        return match_words(text, query_words(query))
    needle = roman_key(query)
    if not needle:
        return []
    key, spans = roman_key_with_spans(text)
    hits: list[tuple[int, int]] = []
    i = key.find(needle)
    while i >= 0:
        j = i + len(needle)
        hits.append(key_match_span(spans, i, j))
        i = key.find(needle, j)
    return hits
