"""The loose phonetic matching key: one key for Devanagari and for Roman typed by people
(roman_key), per word with the span of the text each key letter came from. The search and
the romanisation's spelling choice both build on it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from annotator import translit_rules as R
from annotator.translit_fold import fold_pieces
from annotator.translit_lexicon import letters

# A word for the matching key: letters and digits of any script, Devanagari signs, joiners,
# Latin combining marks. Underscore, danda and everything else separate words.
_KEY_WORD_RE = re.compile(f"(?:[^\\W_]|[{R.LETTER_CLASS}\u0966-\u096f\u200c\u200d\u0300-\u036f])+")
# Inside one key word: Devanagari chunks (joiners included) and everything else.
_SCRIPT_CHUNK_RE = re.compile(
    f"([{R.LETTER_CLASS}\u0966-\u096f][{R.LETTER_CLASS}\u0966-\u096f\u200c\u200d]*)"
    f"|[^{R.LETTER_CLASS}\u0966-\u096f]+"
)


_Piece = list  # [key, start, end, is_a]; mutable while a word is folded


def _roman_atoms(chunk: str, base: int) -> list[list[Any]]:
    """Lower-case letters of a non-Devanagari chunk, diacritics removed (ṛ/r̥ -> ri, ṃ/ṁ -> n).

    Each atom is [letter, start, end]; a mark or joiner widens the atom before it.
    """
    atoms: list[list[Any]] = []
    for k, ch in enumerate(chunk):
        pos = base + k
        decomposed = unicodedata.normalize("NFD", ch)
        head = decomposed[0]
        if unicodedata.combining(head) or not head.isalnum():
            marks, head = decomposed, ""
        else:
            marks, head = decomposed[1:], head.lower()
        if not head and atoms:  # a bare mark: it modifies the letter before it
            head, pos, _ = atoms.pop()
        if head == "r" and ("\u0323" in marks or "\u0325" in marks):
            atoms.append(["ri", pos, base + k + 1])  # one unit, like ृ
        elif head == "m" and any(m in marks for m in "\u0323\u0307\u0310"):
            atoms.append(["n", pos, base + k + 1])
        elif head:
            digit = unicodedata.decimal(head, None) if len(head) == 1 else None
            atoms.append([str(digit) if digit is not None else head, pos, base + k + 1])
    return atoms


def _add_roman(pieces: list[_Piece], chunk: str, base: int) -> None:
    atoms = _roman_atoms(chunk, base)
    i = 0
    while i < len(atoms):
        for src, dst in R.KEY_ROMAN_GROUPS:
            n = len(src)
            if "".join(a[0] for a in atoms[i : i + n]) == src:
                pieces.append([dst, atoms[i][1], atoms[i + n - 1][2], dst == "a"])
                i += n
                break
        else:
            c = atoms[i][0]
            key = R.KEY_ROMAN_SINGLE.get(c, c)
            pieces.append([key, atoms[i][1], atoms[i][2], key == "a"])
            i += 1


def _add_devanagari(pieces: list[_Piece], chunk: str, base: int, word_end: bool) -> None:
    last = len(chunk) - 1
    silent = R.silent_schwas(chunk)
    while last >= 0 and chunk[last] in R.JOINERS:
        last -= 1
    for k, ch in enumerate(chunk):
        pos = base + k
        key = R.KEY_DEVANAGARI.get(ch, "")
        before = chunk[k - 2] if k >= 2 and chunk[k - 1] == R.NUKTA else (chunk[k - 1] if k else "")
        if before in R.HINDI_CONSONANTS and ch in "यइईउऊ":
            # the consonant's inherent a, written out as Roman typing does (ajay, gai, mumbai)
            pieces.append(["a", pos, pos, True])
        elif before in R.HINDI_CONSONANTS and (ch in R.NASALS or ch in R.HINDI_CONSONANTS) and k - 1 - (chunk[k - 1] == R.NUKTA) not in silent:
            # a spoken inherent a keeps two consonants apart, as a typed a does (मेनन menan is
            # not में men, आनंद anand not आंद); a silent one does not (जयललिता jayallita)
            pieces.append(["a", pos, pos, True])
        if ch == R.ANUSVARA and k == last and before in R.HINDI_CONSONANTS:
            key = "m"  # as displayed after a schwa: swayam, evam
        elif ch == R.NUKTA and before == "ग" and pieces:
            pieces[-1][0] = "gh"  # ग़ as displayed: ghazal, ghalti
        if ch == "ज" and chunk[k + 1 : k + 3] == R.VIRAMA + "ञ":
            key = "g"
        elif ch == "ञ" and k >= 2 and chunk[k - 2 : k] == "ज" + R.VIRAMA:
            key = "y"
        elif ch == R.VISARGA:
            key = "h" if k == last and word_end else ""
        if key:
            pieces.append([key, pos, pos + 1, ch in R.KEY_DEVANAGARI_A])


@lru_cache(maxsize=65536)
def _word_key(word: str, explicit: bool = False) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Key of one word and, per key character, its (start, end) source unit in the word.

    An acronym (Devanagari letter names, or 2-5 Latin capitals) is keyed as a whole: '=' + its
    letters (पीआरओ and PRO give '=pro', apart from the word को 'ko'). A final a is kept where
    it is spoken: in Devanagari where the readable romanisation ends in a (सीता sita, मिश्र
    mishra; not सीट), in Roman where typed, except a schwa in `explicit` (ITRANS/IAST) text."""
    whole = _whole_word_key(word)
    if whole is not None:
        return whole, tuple((0, len(word)) for _ in whole)
    pieces: list[_Piece] = []
    chunks = list(_SCRIPT_CHUNK_RE.finditer(word))
    for m in chunks:
        if m.group(1):
            _add_devanagari(pieces, m.group(), m.start(), m.end() == len(word))
        else:
            _add_roman(pieces, m.group(), m.start())
    final_a = _final_a(word, chunks, pieces, explicit)
    schwa = final_a and pieces[-1][0] != "a"  # a spoken inherent schwa: मिश्र, प्रिय, न
    # Units tile the word: silent code points (virama, nukta, joiners, stray marks) join the
    # unit before them, leading ones the first unit.
    for p, q in zip(pieces, pieces[1:]):
        p[2] = q[1]
    if pieces:
        pieces[0][1], pieces[-1][2] = 0, len(word)
    if schwa:  # folded with the rest, as a typed final a is (bhartiya = भारतीय); same unit as the letter before
        pieces.append(["a", pieces[-1][1], pieces[-1][2], True])
    folded = fold_pieces(pieces, final_a)
    if schwa and len(folded) >= 2 and folded[-1][0] == "a":
        folded[-1][1:3] = folded[-2][1:3]  # the letter before may have been merged (क००)
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for key, start, end, *_ in folded:
        for c in key:
            chars.append(c)
            spans.append((start, end))
    return "".join(chars), tuple(spans)


def _final_a(word: str, chunks: list[re.Match], pieces: list[_Piece], explicit: bool) -> bool:
    """Whether the word's final a is spoken and so part of its key."""
    if len(chunks) != 1 or not pieces:
        return False
    if chunks[0].group(1):  # Devanagari: as the readable romanisation says
        return R.rule_spelling(word).endswith("a")
    if pieces[-1][0] != "a" or not pieces[-1][3]:
        return False
    if not explicit or word.endswith(("A", "aa", "ā")):
        return True
    # ITRANS/IAST write every schwa; one is spoken after a cluster ending in r y v n (kṛṣṇa)
    before = [p[0] for p in pieces[-3:-1]]
    return len(before) == 2 and not any(c in "aeiou" for c in "".join(before)) and before[1] in ("r", "y", "v", "n")


_EXPLICIT_RE = re.compile(r"[a-z][A-Z]|[A-Za-z]\u0304|[āīūṛṝḷṅñṭḍṇśṣṃḥ]")


def schwa_explicit(text: str) -> bool:
    """Whether Roman `text` writes every schwa (ITRANS 'kAnapura', IAST 'kānapura'): then a
    final a is the schwa, not a spoken a."""
    return bool(_EXPLICIT_RE.search(unicodedata.normalize("NFC", text)))


def _whole_word_key(word: str) -> str | None:
    if word.isascii():
        if not word.isalpha():
            return None
        return "=" + word.lower() if 2 <= len(word) <= 5 and word.isupper() else None
    spelled = letters(word)
    return "=" + spelled.lower() if spelled else None


def roman_key_with_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The key of `text` and, per key character, the (start, end) source unit it came from.

    A unit is the code points that produced the character plus the silent ones after it
    (virama, nukta, joiners, dropped vowels), so units tile each word without gaps; the
    space between two words maps to the separator run between them. A key match
    key[i:j] covers text[spans[i][0]:spans[j - 1][1]], which starts and ends on a word
    boundary whenever the match does.
    """
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    prev_end: int | None = None
    explicit = schwa_explicit(text)
    for m in _KEY_WORD_RE.finditer(text):
        key, rel = _word_key(m.group(), explicit)
        if not key:
            continue
        if prev_end is not None:
            chars.append(" ")
            spans.append((prev_end, m.start()))
        base = m.start()
        chars.append(key)
        spans.extend((base + s, base + e) for s, e in rel)
        prev_end = m.end()
    return "".join(chars), spans


def roman_key_with_map(text: str) -> tuple[str, list[int]]:
    """The key of `text` plus, per key character, the code-point offset in `text` it came from.

    A match key[i:j] maps back to text[offsets[i]:end], where end is offsets[j - 1] plus the
    length of that character's source unit (roman_key_with_spans gives it directly, and
    key_match_span does the arithmetic).
    """
    key, spans = roman_key_with_spans(text)
    return key, [s for s, _ in spans]


def roman_key(text: str) -> str:
    """A loose phonetic key that is the same for Devanagari and for Roman typed by people.

    Words are kept apart by one space; punctuation, emoji and other separators vanish.
    Folding, per word: lower case, Latin diacritics removed (ṛ/r̥ -> ri, ṃ/ṁ -> n); Devanagari
    through a per-letter table (nukta letters lose the nukta, ड़ -> r, ढ़ -> rh; anusvara and
    candrabindu -> n; visarga -> h only word-finally; virama, nukta, ZWJ/ZWNJ silent;
    Devanagari digits -> ASCII); long vowels fold to short (ā/aa -> a, ī/ee/ii -> i,
    ū/oo/uu -> u), ai/ei -> e, au/ou -> o; sh/ś/ṣ -> s, chh -> ch, w -> v, z -> j, q -> k,
    f -> ph, x -> ks, cch -> ch, ck and a lone c -> k. Then every 'a' that does not open the word is dropped:
    this removes schwas whether or not the writer deleted them, and final -a (mishra,
    ajaya). Finally m before p/b/h -> n (sampark = संपर्क), ngh -> nh (singh = सिंह), and a
    repeated consonant or a consonant before its aspirate collapses (kannauj, uttar, makkhan),
    and a word-final 'ey' becomes 'e' (dubey = दुबे). A spoken final a is kept (see _word_key).
    So 'ajay mishra' and 'अजय मिश्र' both give 'aje misra', 'kAnapura' and 'कानपुर' 'knpur'.
    """
    cache = _KEY_CACHE
    keys = []
    explicit = schwa_explicit(text)
    for word in _KEY_WORD_RE.findall(text):
        key = cache.get((word, explicit))
        if key is None:
            key = _word_key(word, explicit)[0]
            if len(cache) < 200_000:
                cache[(word, explicit)] = key
        if key:
            keys.append(key)
    return " ".join(keys)


# word -> key, for indexing whole projects (news repeats its words; this is the hot path).
_KEY_CACHE: dict[tuple[str, bool], str] = {}


def key_match_span(spans: list[tuple[int, int]], key_start: int, key_end: int) -> tuple[int, int]:
    """Map the key slice [key_start, key_end) back to (start, end) code points in the text."""
    if not 0 <= key_start < key_end <= len(spans):
        raise ValueError(f"empty or out-of-range key slice [{key_start}, {key_end})")
    return spans[key_start][0], spans[key_end - 1][1]


def word_key(word: str, explicit: bool = False) -> str:
    """The key of one word (as roman_key gives it; `explicit`: see schwa_explicit)."""
    return _word_key(word, explicit)[0]


def word_keys(text: str, *, keep_empty: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, key) of each word of `text`; words with an empty key are left out unless
    keep_empty. Uses the per-word cache: a project-wide search calls this often."""
    explicit = schwa_explicit(text)
    out = [(m.start(), m.end(), _word_key(m.group(), explicit)[0]) for m in _KEY_WORD_RE.finditer(text)]
    return out if keep_empty else [w for w in out if w[2]]
