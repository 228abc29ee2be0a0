"""Query matching beyond one key per word: per-word alternatives (an acronym typed in lower
case, ड़ typed r or d), joined and split compounds (lok sabha = लोकसभा), English phrases from
the table (high court = हाईकोर्ट, new delhi = नई दिल्ली), anusvara vs nasal consonant in
Devanagari queries, and the key runs the search index looks up to find the candidate
documents for all of them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import product

from annotator.roman_aliases import english_alias, english_phrase, spelling_key
from annotator.roman_alternatives import spelled_keys
from annotator.translit_key import key_match_span, roman_key, roman_key_with_spans, schwa_explicit, word_key, word_keys
from annotator.translit_lexicon import CLUSTER_NASAL, STOPS, english_table, lookup_form

_ACRONYM_TYPED = re.compile("[a-z]{2,5}")
_MAX_PARTS = 3  # a compound matches at most this many words on the other side
_MIN_PART = 3  # key letters of each part of a compound
# A query word this short may leave out a final nasal, as chat Hindi does in its small words
# (me में, hai हैं, nahi नहीं, dono दोनों, yaha यहां); names are left alone.
_CHAT_MAX_LETTERS = 5
class Alternatives(tuple):
    """The keys one query word may match, its own key first; `typed` is the word as typed
    (Roman only), which a match on its own key must also agree with (see plausible);
    `nasal` the key of the typed word with a final n, which a word ending in a nasal that
    chat Hindi leaves out matches (me = में, nahi = नहीं); `sounded_a` the key without a final
    a, which a word matches when it is displayed with that a (prachanda = प्रचंड)."""

    typed: str = ""
    nasal: str = ""
    sounded_a: str = ""  # the key of the typed word without a final a (roman_alternatives)


def query_words(query: str) -> list[tuple[str, ...]]:
    """Per query word, the keys it may match, its own key first."""
    explicit = schwa_explicit(query)
    words = [(w, word_key(w, explicit)) for w in _words(query)]
    words = [(w, k) for w, k in words if k]
    spelled = "".join(w.lower() for w, _ in words)
    if phrase_slots := english_phrase(spelled):
        return [Alternatives(slot) for slot in phrase_slots]
    if len(words) > 1:
        phrase = english_alias(spelled)
        if phrase:
            return [phrase]
    out: list[tuple[str, ...]] = []
    for w, key in words:
        alts = [key]
        # lucknow, police: besides, never instead of, the phonetic key (gate is also गाते)
        alts.extend(a for a in (english_alias(w.lower()) if w.isascii() else ()) if a not in alts)
        if w.isascii() and not key.startswith("=") and _ACRONYM_TYPED.fullmatch(w.lower()):
            alts.append("=" + w.lower())
        readings = spelled_keys(w, explicit)
        alts.extend(v for v in readings.variants if v not in alts)
        chat = w.isascii() and len(w) <= _CHAT_MAX_LETTERS and w[-1:].lower() in "aeiou" and not key.startswith("=")
        nasal = word_key(w + "n", explicit) if chat else ""
        if nasal and nasal not in alts:
            alts.append(nasal)
        sounded_a = readings.sounded_a if readings.sounded_a not in alts else ""
        if sounded_a:
            alts.append(sounded_a)
        word = Alternatives(alts)
        word.nasal = nasal
        word.sounded_a = sounded_a
        # checked against the typed spelling unless written in a scheme (ITRANS/IAST ajaya);
        # digits have no spelling to check (12 is १२ too)
        word.typed = w if w.isascii() and not w.isdigit() and not key.startswith("=") and not explicit else ""
        out.append(word)
    return out


def _words(query: str) -> list[str]:
    return [query[s:e] for s, e, _ in word_keys(query, keep_empty=True)]


def joined(keys: list[str]) -> str:
    """Keys of consecutive words as one word's key: a word-initial a that a joined spelling
    would drop is dropped from every word but the first."""
    # inside one word no a is kept: not a part's final a (rajya sabha = राज्यसभा), nor its opening one
    inner = [k[:-1] if k.endswith("a") and len(k) > 1 else k for k in keys[:-1]] + [keys[-1]]
    return inner[0] + "".join(k[1:] if k.startswith("a") and len(k) > 1 else k for k in inner[1:])


Surface = Callable[[int], str]  # word index -> the word as written (for plausible)


def match_words(text: str, wanted: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(start, end) of runs of whole words of `text` that match `wanted`: word by word, or as a
    compound written joined on one side and split on the other. Matches do not overlap."""
    words = word_keys(text)
    runs = KeyMatcher(wanted).runs([w[2] for w in words], lambda j: text[words[j][0] : words[j][1]])
    return [(words[i][0], words[j - 1][1]) for i, j in runs]



class KeyMatcher:
    """match_words for one query over the words' keys (word_keys order), so a project-wide
    search, whose index keeps each document's keys, runs only this per document. `known`
    keeps the keys some text has (all, by default): only those can open a match. `surface`
    gives a word's text, which a word-by-word match must also agree with (plausible)."""

    def __init__(self, wanted: list[tuple[str, ...]], known: Callable[[set[str]], set[str]] = set) -> None:
        self.wanted = wanted
        self.whole = joined([alts[0] for alts in wanted]) if wanted else ""
        self.cuts = _cut_slots(wanted) if len(wanted) > 1 else []  # made once, tried at each opening
        self.starts = frozenset(known(set(start_keys(wanted)))) if wanted else frozenset()

    def runs(self, keys: Sequence[str], surface: Surface) -> list[tuple[int, int]]:
        """(first, end) word indexes of each match, end exclusive, in order, not overlapping."""
        # only a word whose key is in `starts` can open a match: the others are skipped in C
        return self._runs(keys, [i for i, k in enumerate(keys) if k in self.starts], surface)

    def runs_in(self, spaced: str, surface: Surface) -> list[tuple[int, int]]:
        """runs() over the keys joined by single spaces, as the index keeps them: the words
        that can open a match are found by str.find, so a document is split only when it
        has one."""
        padded = f" {spaced} "
        opens: set[int] = set()
        for key in self.starts:
            needle = f" {key} "
            at = padded.find(needle)
            while at >= 0:
                opens.add(spaced.count(" ", 0, at))  # words before it
                at = padded.find(needle, at + 1)
        return self._runs(spaced.split(" "), sorted(opens), surface) if opens else []

    def _runs(self, keys: Sequence[str], opens: list[int], surface: Surface) -> list[tuple[int, int]]:
        hits: list[tuple[int, int]] = []
        after = 0
        for i in opens:
            if i < after:
                continue
            end = _match_at(keys, i, self, surface)
            if end is not None:
                hits.append((i, end))
                after = end
        return hits


def start_keys(wanted: list[tuple[str, ...]]) -> frozenset[str]:
    """Every key a first word must have for _match_at to find a match there (a superset): the
    first query word's alternatives, and the openings a compound's first part can have."""
    whole = joined([alts[0] for alts in wanted])
    out = set(wanted[0])
    if len(wanted) > 1:  # a run of query words joined in the text (shri krishna saral)
        out.update(g for m in range(2, len(wanted) + 1) if (g := _group_key(wanted[:m])))
    elif _compound_possible(whole):
        out.update(whole[:p] for p in range(_MIN_PART, len(whole) + 1))
        out.update(whole[:p] + "a" for p in range(_MIN_PART - 1, len(whole) + 1))
    return frozenset(out)


def _compound_possible(whole: str) -> bool:
    return len(whole) >= 2 * _MIN_PART and not whole.startswith("=")


def _match_at(keys: Sequence[str], i: int, matcher: KeyMatcher, surface: Surface) -> int | None:
    wanted, whole = matcher.wanted, matcher.whole
    n = len(wanted)
    if i + n <= len(keys) and all(
        keys[i + k] in wanted[k] and plausible(surface(i + k), keys[i + k], wanted[k]) for k in range(n)
    ):
        return i + n
    if n > 1:
        return _match_groups(keys, i, wanted, matcher.cuts, surface)
    # A compound: one word on one side, two or more on the other, each part a real word (at
    # least _MIN_PART key letters), so a short word and its neighbour never pass for a name.
    first = keys[i]
    if not _compound_possible(whole) or len(first) < _MIN_PART:
        return None
    if not whole.startswith(first[:-1] if first.endswith("a") else first):
        return None
    parts = [first]
    for m in range(2, _MAX_PARTS + 1):
        if i + m > len(keys) or len(keys[i + m - 1]) < _MIN_PART:
            return None
        parts.append(keys[i + m - 1])
        sofar = joined(parts)
        if sofar == whole:
            return i + m
        if not whole.startswith(sofar):
            return None
    return None


def plausible(word: str, key: str, alts: tuple[str, ...]) -> bool:
    """A match of `word` (key `key`) on the query word's phonetic key (its own, or with ड़
    typed r) is checked against the typed spelling (annotator.roman_strict); one as an
    acronym is taken as it is, and one through the English table (keyed unlike the typed
    word) too unless the key is short, when `word` must be the table's word."""
    typed = getattr(alts, "typed", "")
    if not typed or key.startswith("="):
        return True
    if key != alts[0] and key in english_alias(typed.lower()) and key not in spelled_keys(typed).variants:
        # a short key is shared by chance (power = पावर and पवार, ball = बॉल and बोल): only
        # the table's own word is taken; a longer one also finds the word's other spellings
        return len(key) > _ALIAS_SHORT or _table_word(word, typed)
    from annotator.roman_strict import agrees, agrees_sounded_a, agrees_without_nasal

    if key != alts[0] and key == getattr(alts, "nasal", ""):
        return agrees_without_nasal(word, typed)
    if key != alts[0] and key == getattr(alts, "sounded_a", ""):
        return agrees_sounded_a(word, typed)
    return agrees(word, typed)


_ALIAS_SHORT = 4  # key letters: an English spelling's match on a key this short is checked


def _table_word(word: str, typed: str) -> bool:
    """Whether `typed` is one of the table's English spellings of `word` itself."""
    return spelling_key(typed) in {spelling_key(s) for s in english_table().get(lookup_form(word), ())}


# A multi-word query may be written with some of its words joined: the whole query as one word
# (lok sabha = लोकसभा) or a run of it (shri krishna saral = श्रीकृष्ण सरल, shah jahan = शाहजहाँ).
# A joined run has at least _GROUP_MIN key letters and each of its words two, so a short word
# and its neighbour never pass for a name.
_GROUP_MIN = 5
_GROUP_PART_MIN = 2
_MAX_GROUPED_WORDS = 6  # a longer query is tried joined only as a whole
_MAX_GROUP_PHRASES = 64  # phrases a query's joined runs make for the index; beyond, own keys only


def _group_key(group: Sequence[tuple[str, ...]]) -> str | None:
    """The key of query words written as one word, if they may be (see above)."""
    own = [alts[0] for alts in group]
    if any(len(k) < _GROUP_PART_MIN or k.startswith("=") for k in own):
        return None
    key = joined(own)
    return key if len(key) >= _GROUP_MIN else None


@lru_cache(maxsize=16)
def _groupings(n: int) -> tuple[tuple[int, ...], ...]:
    """The ways to cut n query words into runs (their sizes, in order): runs of up to
    _MAX_PARTS words, and the whole query as one; only the whole for a long query."""
    if n > _MAX_GROUPED_WORDS:
        return ((n,),)
    cuts = [(size, *rest) for size in range(1, min(n, _MAX_PARTS) + 1) for rest in _cuts(n - size)]
    return tuple(dict.fromkeys([c for c in cuts if any(size > 1 for size in c)] + [(n,)]))


@lru_cache(maxsize=16)
def _cuts(n: int) -> tuple[tuple[int, ...], ...]:
    if n == 0:
        return ((),)
    return tuple((size, *rest) for size in range(1, min(n, _MAX_PARTS) + 1) for rest in _cuts(n - size))


def _slots(wanted: list[tuple[str, ...]], sizes: tuple[int, ...]) -> list[tuple[str, ...]] | None:
    """Per text word, the keys it may have when the query is cut into runs of `sizes`."""
    slots, q = [], 0
    for size in sizes:
        if size == 1:
            slots.append(tuple(wanted[q]))
        elif (key := _group_key(wanted[q : q + size])) is None:
            return None
        else:
            slots.append((key,))
        q += size
    return slots


def _cut_slots(wanted: list[tuple[str, ...]]) -> list[tuple[tuple[int, ...], list[tuple[str, ...]]]]:
    """Each way of cutting the query into runs (_groupings) that may be written joined, with
    its slots (_slots)."""
    cuts = ((sizes, _slots(wanted, sizes)) for sizes in _groupings(len(wanted)))
    return [(sizes, slots) for sizes, slots in cuts if slots is not None]


def _match_groups(
    keys: Sequence[str], i: int, wanted: list[tuple[str, ...]], cuts: list[tuple[tuple[int, ...], list[tuple[str, ...]]]], surface: Surface
) -> int | None:
    """The end of a match at word i of the query with some runs of its words joined (above)."""
    for sizes, slots in cuts:
        if i + len(slots) > len(keys):
            continue
        q, ok = 0, True
        for k, (size, slot) in enumerate(zip(sizes, slots)):
            key = keys[i + k]
            ok = key in slot and (size > 1 or plausible(surface(i + k), key, wanted[q]))
            q += size
            if not ok:
                break
        if ok:
            return i + len(slots)
    return None


def _group_runs(wanted: list[tuple[str, ...]], known: Callable[[set[str]], set[str]]) -> list[tuple[str, ...]]:
    """The key runs a match of `wanted` with some of its words joined has (for the index)."""
    runs: list[tuple[str, ...]] = []
    for _, slots in _cut_slots(wanted):
        have = known({k for slot in slots for k in slot})
        slots = [tuple(k for k in slot if k in have) for slot in slots]
        if not all(slots):
            continue
        combos = 1
        for slot in slots:
            combos *= len(slot)
        runs += product(*slots) if combos <= _MAX_GROUP_PHRASES else [tuple(slot[0] for slot in slots)]
    return list(dict.fromkeys(runs))


def compound_parts(wanted: list[tuple[str, ...]], known: Callable[[set[str]], set[str]] = set) -> list[tuple[str, ...]]:
    """The runs of consecutive word keys that _match_at takes for `wanted` written as a compound
    on the other side (a superset): for a multi-word query its keys joined as one word; for a
    one-word query every split into two to _MAX_PARTS words that joined() turns back into it.
    Each word of a run may carry the a that joined() drops (a final a on all but the last,
    an opening a on all but the first). `known` keeps the keys worth trying (those some text
    has), asked a part at a time so that a part follows only known ones."""
    if len(wanted) > 1:
        return _group_runs(wanted, known)
    whole = joined([alts[0] for alts in wanted]) if wanted else ""
    if not _compound_possible(whole):
        return []
    size = len(whole)
    # (keys so far, where the next part starts), the keys all known
    partial = _known_runs([((f,), p) for p in range(1, size) for f in _part_forms(whole[:p], True, False)], known)
    runs: list[tuple[str, ...]] = []
    for m in range(2, _MAX_PARTS + 1):
        ends = [((*keys, f), size) for keys, p in partial for f in _part_forms(whole[p:], False, True)]
        inner = [((*keys, f), q) for keys, p in partial for q in range(p + 1, size) for f in _part_forms(whole[p:q], False, False)]
        grown = _known_runs(ends + (inner if m < _MAX_PARTS else []), known)
        runs += [keys for keys, end in grown if end == size and joined(list(keys)) == whole]
        partial = [(keys, end) for keys, end in grown if end < size]
    return list(dict.fromkeys(runs))


def _known_runs(runs: list[tuple[tuple[str, ...], int]], known: Callable[[set[str]], set[str]]) -> list[tuple[tuple[str, ...], int]]:
    """The runs whose last key is long enough for a part and known."""
    runs = [(keys, end) for keys, end in runs if len(keys[-1]) >= _MIN_PART]
    have = known({keys[-1] for keys, _ in runs})
    return [(keys, end) for keys, end in runs if keys[-1] in have]


def _part_forms(core: str, first: bool, last: bool) -> tuple[str, ...]:
    opening = (core,) if first else (core, "a" + core)
    return opening if last else tuple(f for o in opening for f in (o, o + "a"))


# ----- Devanagari queries: anusvara and the nasal consonant it stands for ------------------

_HOMORGANIC = {**dict.fromkeys("कखगघ", "ङ"), **dict.fromkeys("चछजझ", "ञ"), **dict.fromkeys("टठडढ", "ण"),
               **dict.fromkeys("तथदध", "न"), **dict.fromkeys("पफबभ", "म")}
_ANUSVARA_STOP = re.compile(f"[\u0902\u0901](?=[{STOPS}])")


def devanagari_variants(query: str) -> list[str]:
    """The query, with every anusvara before a stop written as its nasal consonant + virama,
    and with every such nasal cluster written as anusvara (उत्तराखंड, उत्तराखण्ड)."""
    spelled = _ANUSVARA_STOP.sub(lambda m: _HOMORGANIC[query[m.end()]] + "\u094d", query)
    dotted = CLUSTER_NASAL.sub("\u0902", query)
    return list(dict.fromkeys((query, spelled, dotted)))


# A word joining two names in a query: Hindi writes "A and B" as A-B, A B, A और B, A व B, A
# एवं B or A तथा B (जम्मू-कश्मीर, भारत-पाकिस्तान), so each is tried.
_CONNECTOR = re.compile(r"(?<=[A-Za-z])(?:\s+(?:and|aur|evam|tatha|va)\s+|\s*&\s*)(?=[A-Za-z])", re.IGNORECASE)
_HINDI_CONNECTORS = ("aur", "va", "evam", "tatha")


def query_forms(query: str) -> list[str]:
    """The query, and when it joins words with 'and' (&, aur, va, evam, tatha) the same with
    them joined directly and by each Hindi connector: each form is matched, hits merged."""
    if not _CONNECTOR.search(query):
        return [query]
    forms = [query, _CONNECTOR.sub(" ", query)] + [_CONNECTOR.sub(f" {c} ", query) for c in _HINDI_CONNECTORS]
    return list(dict.fromkeys(forms))


def disjoint(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, the longest first where two start together, none overlapping another."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def find_key_matches(text: str, query: str, *, whole_words: bool = True) -> list[tuple[int, int]]:
    """(start, end) code-point spans in `text` whose key equals the key of `query`.

    Matches do not overlap. With whole_words they are runs of whole words, matched with the
    alternatives of this module (acronyms, ड़ as r or d, compounds joined or split,
    English phrases); without, the query's key is found anywhere in the text's key.
    """
    if whole_words:
        return disjoint(hit for form in query_forms(query) for hit in match_words(text, query_words(form)))
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
