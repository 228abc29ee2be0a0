"""The Hindi tokenizer: whole grapheme clusters only, offsets into the unmodified text, stable
when its own tokens are joined with spaces (so CoNLL and HF exports round-trip)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.tokenize import _NON_WS, HINDI, WHITESPACE, Alignment, doc_tokens, get_tokenizer
from annotator.text import cluster_boundaries


def _joins_space(token: str) -> bool:
    return regex.match(r"\X", " " + token).end() > 1


def words(text: str, tokenizer=HINDI) -> list[str]:
    return [text[s:e] for s, e in tokenizer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("राम ने कहा। यह ठीक है॥", ["राम", "ने", "कहा", "।", "यह", "ठीक", "है", "॥"]),
        ("12.5 प्रतिशत, 12,000 रुपये 12:45 बजे", ["12.5", "प्रतिशत", ",", "12,000", "रुपये", "12:45", "बजे"]),
        ("N.Z.A. आमना-सामना और/या", ["N.Z.A", ".", "आमना-सामना", "और/या"]),
        ('"अभियान ..." (गांव)', ['"', "अभियान", "...", '"', "(", "गांव", ")"]),
        ("₹5 करोड़ 😀👍🏽 १२३", ["₹", "5", "करोड़", "😀", "👍🏽", "१२३"]),
        ("क्ष स्त्री क्\u200dष क्\u200cष डॉ॰ सिंह", ["क्ष", "स्त्री", "क्\u200dष", "क्\u200cष", "डॉ॰", "सिंह"]),
        ("ड़ ड\u093c \u095c\u093e", ["ड़", "ड\u093c", "\u095c\u093e"]),
        ("पहली\r\nदूसरी\n\nतीसरी", ["पहली", "दूसरी", "तीसरी"]),
    ],
)
def test_hindi_tokens(text, expected):
    assert words(text) == expected


def test_whitespace_tokens_split_at_whitespace_only():
    assert words("है। सतपाली-रिंग०-१, \"अभियान", WHITESPACE) == ["है।", "सतपाली-रिंग०-१,", '"अभियान']


def test_a_space_carrying_a_mark_is_not_whitespace():
    # " ़" is one grapheme cluster (space + nukta): it is kept as a token, never split.
    text = "क ़ख"
    for tokenizer in (HINDI, WHITESPACE):
        bounds = set(cluster_boundaries(text).offsets)
        assert all(s in bounds and e in bounds for s, e in tokenizer(text))


def test_alignment_and_doc_tokens():
    text = "  राम  सिंह\r\nने।  "
    tokens = HINDI(text)
    laid = doc_tokens(text, tokens)
    assert "".join(text[t.start : t.end] + " " * t.ws for t in laid) == text
    align = Alignment(tokens)
    assert align.span(2, 11) == (0, 1)  # राम  सिंह
    assert align.span(2, 4) is None  # cuts राम
    assert align.span(1, 5) is None  # begins in whitespace


def test_unknown_tokenizer_is_refused():
    from annotator.errors import AnnotatorError

    with pytest.raises(AnnotatorError, match="unknown tokenizer"):
        get_tokenizer("bpe")


# Text made of the awkward parts of real Hindi news: conjuncts, both nukta spellings, joiners,
# matras, Devanagari digits, punctuation, emoji with modifiers, Latin, and every kind of space.
ATOMS = st.sampled_from(
    [
        "क", "क्ष", "स्त्री", "ड़", "ड\u093c", "\u095c", "\u095e", "ि", "ा", "ं", "्", "\u200d", "\u200c", "॰",
        "१२", "3.5", "12,000", "।", "॥", ".", ",", "-", "'", '"', "(", ")", "...", "😀", "👍🏽", "🇮🇳", "₹",
        "Kanpur", "N.Z.A.", " ", "  ", "\n", "\r\n", "\t", "\u00a0",
    ]
)
TEXTS = st.lists(ATOMS, min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tokens_are_whole_clusters_in_order_and_stable(text):
    bounds = set(cluster_boundaries(text).offsets)
    for tokenizer in (HINDI, WHITESPACE):
        tokens = tokenizer(text)
        prev = 0
        for s, e in tokens:
            assert prev <= s < e and s in bounds and e in bounds
            assert all(ch.isspace() for ch in text[prev:s])  # only whitespace is left out
            assert not text[s:e].isspace()
            prev = e
        assert all(ch.isspace() for ch in text[prev:])
        # joining the tokens with single spaces (what CoNLL/HF import does) gives the same
        # tokens, unless a token begins with a character that would join the space before it
        # (a matra or joiner after a line break: broken text, reported by the token writers)
        pieces = [text[s:e] for s, e in tokens]
        if not any(_joins_space(p) for p in pieces):
            joined = " ".join(pieces)
            assert [joined[s:e] for s, e in tokenizer(joined)] == pieces
        laid = doc_tokens(text, tokens)
        assert "".join(text[t.start : t.end] + " " * t.ws for t in laid) == text
    # the whitespace tokenizer's fast path (plain \S+ runs) agrees with the cluster-wise one
    assert WHITESPACE(text) == [m.span() for m in _NON_WS.finditer(text)]
