"""Text rules: decoding imported bytes, code-point offsets, grapheme and word boundaries, search keys."""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message

_CLUSTER = regex.compile(r"\X")
# A "word" for snapping: a run of letters, marks, digits and joiners; Devanagari virama,
# matras, nukta and ZWJ/ZWNJ are marks or format characters and so stay inside the word.
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d_]+(?:[-'’][\p{L}\p{M}\p{N}\u200c\u200d_]+)*")

ZWJ = "\u200d"
ZWNJ = "\u200c"
NUKTA = "\u093c"
CHANDRABINDU = "\u0901"
ANUSVARA = "\u0902"
_DEVANAGARI_DIGITS = {0x0966 + i: ord("0") + i for i in range(10)}


def decode_text(data: bytes, *, path: str = "<bytes>") -> str:
    """Decode imported bytes as UTF-8, dropping one leading BOM and changing nothing else.

    Raises InputError naming `path` and the line of the first invalid byte.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, line, Message(QT_TRANSLATE_NOOP("core", "not valid UTF-8 (byte 0x{byte:02x} at offset {offset})"), byte=data[exc.start], offset=exc.start)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


# What a stored string may not hold: NUL (SQLite's C string functions and our search index
# stop at it) and lone surrogates (JSON's "\\udfff" escapes decode to them, but they have no
# UTF-8 form, so hashing, storing or exporting the text would fail later).
_UNSTORABLE = regex.compile(r"[\x00\ud800-\udfff]")


def unstorable(value: str) -> str | None:
    """Why `value` cannot be stored (a NUL or a lone surrogate, with its offset), or None."""
    m = _UNSTORABLE.search(value)
    if m is None:
        return None
    ch = m.group()
    if ch == "\x00":
        return Message(QT_TRANSLATE_NOOP("core", "holds a NUL character (U+0000) at offset {offset}"), offset=m.start())
    return Message(QT_TRANSLATE_NOOP("core", "holds a lone surrogate (U+{code:04X}, not a character) at offset {offset}"), code=ord(ch), offset=m.start())


def sha256_text(text: str) -> str:
    """SHA-256 of the stored text's UTF-8 bytes: the identity of a document across laptops."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Boundaries:
    """Grapheme-cluster boundaries of one text, as sorted code-point offsets (0 and len included)."""

    offsets: tuple[int, ...]

    def is_boundary(self, offset: int) -> bool:
        i = bisect_left(self.offsets, offset)
        return i < len(self.offsets) and self.offsets[i] == offset

    def floor(self, offset: int) -> int:
        """The nearest boundary at or before `offset`."""
        return self.offsets[max(bisect_right(self.offsets, offset) - 1, 0)]

    def ceil(self, offset: int) -> int:
        """The nearest boundary at or after `offset`."""
        i = bisect_left(self.offsets, offset)
        return self.offsets[min(i, len(self.offsets) - 1)]


def cluster_boundaries(text: str) -> Boundaries:
    """Extended grapheme cluster boundaries, Indic conjunct rule included (क्ष, स्त्री stay whole)."""
    offsets = [0]
    offsets.extend(m.end() for m in _CLUSTER.finditer(text))
    return Boundaries(tuple(offsets))


@lru_cache(maxsize=64)
def cached_boundaries(text: str) -> Boundaries:
    """cluster_boundaries, remembered for the few documents a session works on."""
    return cluster_boundaries(text)


def is_cluster_boundary(text: str, offset: int) -> bool:
    """Whether `offset` falls between two grapheme clusters (or at either end of the text).

    Looks only at the neighbourhood of `offset`, so checking one span on a long text is cheap.
    """
    if offset <= 0 or offset >= len(text):
        return offset == 0 or offset == len(text)
    prev, cur = text[offset - 1], text[offset]
    # Fast paths for the common case, a span edge next to a space or line break (UAX #29:
    # a cluster always ends after LF (GB4); before a space or LF unless the previous character
    # is a Prepend (never a letter, mark, digit or punctuation) or it is CR LF (GB3)).
    if prev == "\n" or (prev == " " and not _extends(cur)):
        return True
    if (cur == " " or (cur == "\n" and prev != "\r")) and unicodedata.category(prev)[0] in "LMNPSZ":
        return True
    lo = _safe_start(text, offset)
    if lo is None:
        return cached_boundaries(text).is_boundary(offset)
    for m in _CLUSTER.finditer(text, lo, len(text)):
        if m.end() >= offset:
            return m.end() == offset or m.start() == offset
    return False


_EXTENDS: dict[str, bool] = {}


def _extends(ch: str) -> bool:
    """Whether `ch` attaches to the character before it (a mark or a joiner)."""
    known = _EXTENDS.get(ch)
    if known is None:
        known = _EXTENDS[ch] = unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in (ZWJ, ZWNJ)
    return known


def _safe_start(text: str, offset: int) -> int | None:
    """A position at or before `offset` that is surely a cluster boundary, found nearby.

    By UAX #29 a cluster always ends after a line feed (GB4), and after a space unless the
    next character extends it (GB9, GB9a); no other rule joins across a space.
    """
    for q in range(offset, max(0, offset - 256) - 1, -1):
        if q == 0:
            return 0
        prev = text[q - 1]
        if prev == "\n" or (prev == " " and not _extends(text[q])):
            return q
    return None


def check_span(text: str, start: int, end: int) -> str | None:
    """Why (start, end) is not a valid span of `text`, or None when it is.

    Valid means 0 <= start < end <= len(text) with both ends on grapheme-cluster boundaries.
    """
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return Message(QT_TRANSLATE_NOOP("core", "offsets must be integers"))
    if start < 0 or end > len(text):
        return Message(QT_TRANSLATE_NOOP("core", "offsets {start}-{end} run outside the text (length {length})"), start=start, end=end, length=len(text))
    if start >= end:
        return Message(QT_TRANSLATE_NOOP("core", "empty or reversed span {start}-{end}"), start=start, end=end)
    for offset in (start, end):
        if not is_cluster_boundary(text, offset):
            return Message(QT_TRANSLATE_NOOP("core", "offset {offset} splits the grapheme cluster {cluster}"), offset=offset, cluster=repr(_cluster_at(text, offset)))
    return None


def _cluster_at(text: str, offset: int) -> str:
    lo = _safe_start(text, offset)
    for m in _CLUSTER.finditer(text, 0 if lo is None else lo, len(text)):
        if m.start() < offset < m.end():
            return m.group()
    return text[max(0, offset - 1) : offset + 1]


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word containing code point `offset` (or ending just before it), as (start, end)."""
    lo = max(0, offset - 200)
    for m in _WORD.finditer(text, lo, min(len(text), offset + 200)):
        if m.start() <= offset < m.end() or m.end() == offset:
            return m.start(), m.end()
        if m.start() > offset:
            break
    return None


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen (start, end) to whole words; whitespace and punctuation at the edges are trimmed.

    Used for the window's default selection. A selection holding no word is snapped to
    grapheme clusters instead, so punctuation can still be selected on purpose.
    """
    start, end = min(start, end), max(start, end)
    words = [m.span() for m in _WORD.finditer(text, max(0, start - 200), min(len(text), end + 200))]
    inside = [w for w in words if w[0] < end and w[1] > start]
    if not inside:
        return snap_to_clusters(text, start, end)
    return inside[0][0], inside[-1][1]


def snap_to_clusters(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen (start, end) to the grapheme clusters it touches (akshara precision)."""
    start, end = min(start, end), max(start, end)
    lo = _safe_start(text, start)
    s, e = start, end
    for m in _CLUSTER.finditer(text, 0 if lo is None else lo, len(text)):
        if m.start() <= start < m.end():
            s = m.start()
        if m.start() < end <= m.end():
            e = m.end()
        if m.start() >= end:
            break
    if s == e and e < len(text):
        e = snap_to_clusters(text, s, s + 1)[1]
    return s, e


def words(text: str) -> list[tuple[int, int]]:
    """Every word of `text` as (start, end) code-point offsets."""
    return [m.span() for m in _WORD.finditer(text)]


def fold_char(ch: str) -> str:
    """The search-key form of one code point ('' when it is ignored for matching)."""
    cp = ord(ch)
    if cp in _DEVANAGARI_DIGITS:
        return chr(_DEVANAGARI_DIGITS[cp])
    folded = unicodedata.normalize("NFD", ch).lower()
    for ignored in (NUKTA, ZWJ, ZWNJ):
        folded = folded.replace(ignored, "")
    return folded.replace(CHANDRABINDU, ANUSVARA)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    # Every code point a Hindi news text is made of, folded once; str.translate then folds a
    # whole document in C. Anything outside passes through and is lower-cased afterwards.
    table: dict[int, str] = {}
    for cp in [*range(0x00, 0x250), *range(0x0900, 0x0980), *range(0x2000, 0x2070)]:
        folded = fold_char(chr(cp))
        if folded != chr(cp):
            table[cp] = folded
    return table


def search_key(text: str) -> str:
    """The folded form used only as a matching key: NFD, nukta and ZWJ/ZWNJ dropped,
    chandrabindu as anusvara, Devanagari digits as ASCII, lower case. Never stored in place
    of the text."""
    return text.translate(_fold_table()).lower()


def find_folded(text: str, query: str, *, widen: bool = True) -> list[tuple[int, int]]:
    """Every (start, end) of `query` in `text` under search_key folding, in code points of `text`.

    With `widen`, a hit is widened to grapheme clusters so it never splits an akshara (the
    query 'मिश्र' finds 'मिश्रा'); without, hits whose ends split a cluster are left out, so
    every hit is exactly the query's form."""
    pattern = _folded_pattern(query)
    if pattern is None:
        return []
    hits: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if widen:
            hits.append(snap_to_clusters(text, start, end))
        elif is_cluster_boundary(text, start) and is_cluster_boundary(text, end):
            hits.append((start, end))
    return hits


@lru_cache(maxsize=1)
def _fold_members() -> dict[str, str]:
    """Folded character -> every character that folds to it (Devanagari, Latin-1 and digits)."""
    members: dict[str, set[str]] = {}
    for cp in [*range(0x20, 0x250), *range(0x0900, 0x0980)]:
        ch = chr(cp)
        folded = fold_char(ch)
        if len(folded) == 1:
            members.setdefault(folded, set()).add(ch)
    return {k: "".join(sorted(v | {k})) for k, v in members.items()}


def fold_members(ch: str) -> str:
    """The characters find_folded takes for the folded character `ch` (itself included)."""
    return _fold_members().get(ch, ch)


@lru_cache(maxsize=1)
def _fold_classes() -> dict[str, str]:
    """Folded character -> a regex class of every character that folds to it, so matching
    runs in the regex engine over the stored text."""
    return {k: "[" + "".join(regex.escape(c) for c in v) + "]" for k, v in _fold_members().items()}


_IGNORED = "[\u093c\u200c\u200d]*"


@lru_cache(maxsize=256)
def _folded_pattern(query: str) -> regex.Pattern | None:
    key = search_key(query)
    if not key:
        return None
    classes = _fold_classes()
    parts = [classes.get(c, regex.escape(c)) + _IGNORED for c in key]
    return regex.compile("".join(parts))
