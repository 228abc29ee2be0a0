"""Text rules: verbatim decoding, grapheme clusters, word snapping and search keys."""

from __future__ import annotations

import pytest

from annotator.errors import InputError
from annotator.text import (
    check_span,
    cluster_boundaries,
    decode_text,
    find_folded,
    is_cluster_boundary,
    search_key,
    snap_to_clusters,
    snap_to_words,
)

MIXED = "😀 नमस्ते\r\nक्षत्रिय स्त्री ड़ and ड\u093c 123 १२३ क\u200dष\r\n"


def test_decode_keeps_everything_but_the_bom():
    raw = "\ufeffपहली\r\nदूसरी\u200d\u200c ड़".encode("utf-8")
    assert decode_text(raw) == "पहली\r\nदूसरी\u200d\u200c ड़"
    assert decode_text("\ufeff\ufeffx".encode()) == "\ufeffx"  # only one BOM is dropped


def test_invalid_utf8_names_file_and_line():
    with pytest.raises(InputError) as err:
        decode_text(b"ok\nok\n\xff bad", path="a.txt")
    assert str(err.value).startswith("a.txt:3: not valid UTF-8")


@pytest.mark.parametrize("word", ["क्ष", "स्त्री", "ड़", "ड\u093c", "😀", "\r\n", "👩\u200d💻", "क्\u200dष"])
def test_conjuncts_and_sequences_stay_whole(word):
    text = f"अ {word} आ"
    start = 2
    for inner in range(start + 1, start + len(word)):
        assert not is_cluster_boundary(text, inner), (word, inner)
    assert is_cluster_boundary(text, start) and is_cluster_boundary(text, start + len(word))


def test_a_word_splits_into_its_aksharas():
    text = "क्षत्रिय"
    offsets = cluster_boundaries(text).offsets
    assert [text[a:b] for a, b in zip(offsets, offsets[1:])] == ["क्ष", "त्रि", "य"]


def test_local_check_agrees_with_full_boundaries():
    text = MIXED * 5
    full = set(cluster_boundaries(text).offsets)
    for i in range(len(text) + 1):
        assert is_cluster_boundary(text, i) == (i in full), i


def test_check_span_reasons():
    text = "स्त्री घर"
    assert check_span(text, 0, 6) is None
    assert "splits" in check_span(text, 0, 2)
    assert "outside" in check_span(text, 0, 99)
    assert "empty" in check_span(text, 3, 3)
    assert "outside" in check_span(text, -1, 2)


def test_snapping_to_words_and_clusters():
    text = "पुलिस आयुक्त विजय सिंह मीणा ने"
    i = text.index("आयुक्त")
    assert snap_to_words(text, i + 2, i + 3) == (i, i + len("आयुक्त"))
    j = text.index("विजय")
    assert snap_to_words(text, j + 1, text.index("मीणा") + 1) == (j, text.index("मीणा") + len("मीणा"))
    # akshara precision: inside "क्त" the selection widens to the whole conjunct cluster
    k = text.index("क्त")
    assert snap_to_clusters(text, k + 1, k + 2) == (k, k + 3)
    # whitespace alone snaps to clusters, never to nothing
    s, e = snap_to_words(text, 5, 6)
    assert (s, e) == (5, 6)


def test_search_key_folds_nukta_joiners_digits_and_forms():
    assert search_key("\u095c") == search_key("ड\u093c") == search_key("ड")
    assert search_key("क\u200dष") == search_key("कष")
    assert search_key("२०२०") == "2020"
    assert search_key("ABC") == "abc"


def test_find_folded_reports_offsets_into_the_original():
    text = "😀\r\nबड़ी बात, फिर बड\u093cी बात २०२०"
    hits = find_folded(text, "बड़ी")
    assert [text[s:e] for s, e in hits] == ["बड़ी", "बड\u093cी"]
    assert [text[s:e] for s, e in find_folded(text, "2020")] == ["२०२०"]


def test_search_key_agrees_with_per_character_folding():
    from annotator.text import fold_char

    sample = MIXED + "ऩ न\u093c Ǆ É é ँ ं " + "".join(chr(c) for c in range(0x0900, 0x0980))
    assert search_key(sample) == "".join(fold_char(c) for c in sample)
    assert search_key("ऩ") == search_key("न\u093c") == "न"
