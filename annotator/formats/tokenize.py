"""Tokenizers for the token-based formats (Prodigy, spaCy DocBin, CoNLL, Hugging Face), and
the alignment of code-point spans with their tokens.

Every tokenizer returns (start, end) code-point offsets into the unmodified text, never a
copy of it, so an exported token is always `text[start:end]`. The two built-in tokenizers
work on whole grapheme clusters (`\\X`, the Indic conjunct rule included): a token never
splits an akshara. The name and version of the tokenizer used are written into each export's
metadata; bump `version` whenever a rule changes what a text tokenizes to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

Token = tuple[int, int]

# A whitespace cluster: one grapheme cluster made of whitespace only ("\r\n" is one cluster;
# a space carrying a combining mark is not whitespace and stays a token of its own).
_WS = r"(?:(?=\s)\X(?<=\s))"
# A word cluster starts with a letter, mark, digit, joiner, underscore or the Devanagari
# abbreviation sign (डॉ॰); matras, virama and nukta are marks and so never start a new token.
_WORD = r"(?:(?=[\p{L}\p{M}\p{N}_\u200c\u200d\u0970])\X)"
# Punctuation that stays inside a word when a word character follows at once:
# N.Z.A, 3.5, आमना-सामना, और/या, rock'n'roll, a@b. Commas and colons only between digits:
# 12,000 and 12:45.
_JOIN = r"(?:[.\-\u2010\u2011/'\u2019@&](?=[\p{L}\p{N}_])|(?<=\p{N})[,:](?=\p{N}))"
_HINDI = regex.compile(
    rf"{_WORD}+(?:{_JOIN}{_WORD}+)*"
    # A run of the same punctuation cluster is one token: "...", "।।", "!!", "--" (each
    # repeat a whole cluster, so "।ि" after "।" is not cut).
    r"|(?P<p>(?=\p{P})\X)(?:(?=(?P=p))\X(?<=(?P=p)))*"
    # Anything else but whitespace is one cluster per token: symbols, emoji, currency
    # signs, stray marks. finditer steps over whitespace clusters, which match nothing.
    rf"|(?!{_WS})\X"
)
_NON_WS = regex.compile(rf"(?:(?!{_WS})\X)+")
# Where a cluster joins whitespace to something else (a space carrying a mark, a Prepend
# before a space); without one, plain \S+ runs are exactly the runs of non-space clusters.
_MIXED = regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}\s|\s[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=SpacingMark}\p{Grapheme_Cluster_Break=ZWJ}]")
_RUNS = regex.compile(r"\S+")


@dataclass(frozen=True)
class Tokenizer:
    """A named, versioned function from text to (start, end) code-point token offsets."""

    name: str
    version: str
    split: Callable[[str], list[Token]]

    def __call__(self, text: str) -> list[Token]:
        return self.split(text)

    def meta(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version}

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def hindi_tokens(text: str) -> list[Token]:
    """Hindi-aware tokens: words (with their internal joiners), punctuation runs including
    danda and double danda (। ॥), and single symbols or emoji; whitespace separates."""
    return [m.span() for m in _HINDI.finditer(text)]


def whitespace_tokens(text: str) -> list[Token]:
    """Runs of non-whitespace grapheme clusters."""
    pattern = _NON_WS if _MIXED.search(text) else _RUNS
    return [m.span() for m in pattern.finditer(text)]


HINDI = Tokenizer("hindi-punct", "1", hindi_tokens)
# Split at whitespace only: reproduces the tokens of a file whose text was rebuilt by joining
# tokens with single spaces (CoNLL, HiNER), so such data exports back token for token.
WHITESPACE = Tokenizer("whitespace", "1", whitespace_tokens)

TOKENIZER_NAMES = ("hindi", "whitespace", "spacy")


@lru_cache(maxsize=1)
def _spacy_tokenizer() -> Tokenizer:
    try:
        import spacy
    except ImportError:
        from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message

        raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "the 'spacy' tokenizer needs spaCy installed (pip install spacy)"))) from None
    nlp = spacy.blank("hi")

    def split(text: str) -> list[Token]:
        return [(t.idx, t.idx + len(t.text)) for t in nlp.make_doc(text) if not t.is_space]

    return Tokenizer("spacy-blank-hi", spacy.__version__, split)


def get_tokenizer(name: str | None) -> Tokenizer:
    """'hindi' (the default), 'whitespace', or 'spacy' (spaCy's blank Hindi tokenizer, when
    spaCy is installed: the tokens a spaCy 'hi' pipeline would see)."""
    if name in (None, "", "hindi"):
        return HINDI
    if name == "whitespace":
        return WHITESPACE
    if name == "spacy":
        return _spacy_tokenizer()
    from annotator.errors import AnnotatorError

    raise AnnotatorError(f"unknown tokenizer {name!r}; use one of {', '.join(TOKENIZER_NAMES)}")


class Alignment:
    """Which token a span's start and end fall on; a span aligns when both edges are edges of
    tokens (the start of one token and the end of the same or a later one)."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self._starts = {s: i for i, (s, _) in enumerate(tokens)}
        self._ends = {e: i for i, (_, e) in enumerate(tokens)}

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """(first token, last token) inclusive, or None when the span cuts a token or begins
        or ends in whitespace."""
        first, last = self._starts.get(start), self._ends.get(end)
        if first is None or last is None or last < first:
            return None
        return first, last


class DocToken(NamedTuple):
    """A token as spaCy and Prodigy lay out a text: every character belongs to exactly one
    token or to the single trailing space `ws` marks, so words + spaces rebuild the text."""

    start: int
    end: int
    ws: bool
    space: bool  # a token made of whitespace the single trailing spaces could not absorb


def doc_tokens(text: str, tokens: Sequence[Token]) -> list[DocToken]:
    """Lay `tokens` out the way spaCy's Doc(words, spaces) needs: a token is followed by one
    space (`ws`) when the text has a space right after it; any other whitespace becomes a
    whitespace token of its own. `"".join(text[t.start:t.end] + " " * t.ws)` is `text`."""
    out: list[DocToken] = []
    pos = 0
    for start, end in [*tokens, (len(text), None)]:
        if start > pos:  # whitespace between the previous token (if any) and this one
            if out and text[pos] == " ":
                out[-1] = DocToken(out[-1].start, out[-1].end, True, False)
                pos += 1
            if start > pos:
                out.append(DocToken(pos, start, False, True))
        if end is not None:
            out.append(DocToken(start, end, False, False))
            pos = end
    return out
