"""Tests for annotator.translit: package schemes, the 'hindi' scheme, segments and the matching key."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.roman_query import find_key_matches
from annotator.translit import SCHEMES, romanise, romanise_segments
from annotator.translit_key import key_match_span, roman_key, roman_key_with_map, roman_key_with_spans

REPO = Path(__file__).resolve().parents[2]
WORDS_TSV = REPO / "tests" / "data" / "hindi_words.tsv"
DEVANAGARI = re.compile("[\u0900-\u097f]")
ZWJ, ZWNJ = "\u200d", "\u200c"
# Every Devanagari code point run romanise_segments must report (letters then joiners, or
# danda/digits), defined here independently of the module's own pattern.
LETTER = "[\u0900-\u0963\u0971-\u097f]"
RUN = re.compile(f"{LETTER}(?:{LETTER}|[\u200c\u200d])*|[\u0964-\u0970]+")


def load_words() -> list[tuple[str, list[str]]]:
    rows = []
    for line in WORDS_TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        dev, expected = line.split("\t")
        rows.append((dev, expected.split("|")))
    return rows


# ----- import cost ------------------------------------------------------------------------


def test_importing_translit_does_not_import_the_package() -> None:
    code = "import annotator.translit, sys; assert 'indic_transliteration' not in sys.modules"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ----- package schemes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "devanagari", "roman"),
    [
        ("iast", "कानपुर", "kānapura"),
        ("iast", "कृष्ण", "kṛṣṇa"),
        ("iast", "संस्कृतम्", "saṃskṛtam"),
        ("iast", "दुःख", "duḥkha"),
        ("iso", "कानपुर", "kānapura"),
        ("iso", "में", "mēṁ"),
        ("iso", "कृष्ण", "kr̥ṣṇa"),
        ("iso", "ऑफिस", "ôphisa"),
        ("itrans", "कानपुर", "kAnapura"),
        ("itrans", "शिव", "shiva"),
        ("itrans", "कृष्ण", "kRRiShNa"),
        ("itrans", "मीणा", "mINA"),
        ("hk", "कृष्ण", "kRSNa"),
        ("hk", "शिव", "ziva"),
        ("hk", "मीणा", "mINA"),
        ("hk", "संस्कृतम्", "saMskRtam"),
    ],
)
def test_package_schemes_known_examples(scheme: str, devanagari: str, roman: str) -> None:
    assert romanise(devanagari, scheme) == roman


@pytest.mark.parametrize("scheme", ["iast", "iso", "itrans", "hk"])
def test_package_schemes_leave_no_devanagari_for_common_news_text(scheme: str) -> None:
    text = "कॉलेज के ऑफिस में ज़िला अधिकारी। २०२० ॥ क्\u200dष पत्\u200cनी \u092a\u095d\u093e\u0908 ॻ\u0951"
    out = romanise(text, scheme)
    assert not DEVANAGARI.search(out), out
    assert ZWJ not in out and ZWNJ not in out


@pytest.mark.parametrize("scheme", ["iast", "iso", "itrans", "hk"])
def test_package_schemes_read_both_nukta_spellings(scheme: str) -> None:
    precomposed = "\u092a\u095d\u093e\u0908 \u095b\u093f\u0932\u093e \u0938\u095c\u0915"
    decomposed = "\u092a\u0922\u093c\u093e\u0908 \u091c\u093c\u093f\u0932\u093e \u0938\u0921\u093c\u0915"
    assert romanise(precomposed, scheme) == romanise(decomposed, scheme)
    assert romanise("\u092a\u095d\u093e\u0908", "itrans") == "pa.DhAI"


def test_unknown_scheme_names_the_allowed_ones() -> None:
    with pytest.raises(ValueError) as excinfo:
        romanise("कानपुर", "velthuis")
    for name in SCHEMES:
        assert name in str(excinfo.value)
    with pytest.raises(ValueError):
        romanise_segments("कानपुर", "IAST")


# ----- the 'hindi' scheme -----------------------------------------------------------------


def test_hindi_word_list_accuracy() -> None:
    rows = load_words()
    assert len(rows) >= 220
    misses = [(dev, romanise(dev, "hindi"), alts) for dev, alts in rows if romanise(dev, "hindi") not in alts]
    accuracy = 1 - len(misses) / len(rows)
    print(f"\nhindi word-list accuracy: {accuracy:.3f} ({len(rows) - len(misses)}/{len(rows)})")
    for dev, got, alts in misses:
        print(f"  {dev}: {got} (expected {'|'.join(alts)})")
    assert accuracy >= 0.90, misses


@pytest.mark.parametrize(
    ("devanagari", "roman"),
    [
        ("कानपुर", "kanpur"),
        ("अजय मिश्रा", "ajay mishra"),
        ("विजय सिंह मीणा", "vijay singh meena"),
        ("उत्तर प्रदेश", "uttar pradesh"),
        ("है। २०२० में॥", "hai. 2020 mein."),
    ],
)
def test_hindi_examples_from_the_brief(devanagari: str, roman: str) -> None:
    assert romanise(devanagari, "hindi") == roman


def test_hindi_nukta_spellings_and_joiners_give_the_same_roman() -> None:
    precomposed = "\u095b\u093f\u0932\u093e \u0938\u095c\u0915 \u0915\u093e\u0928\u0942\u0928"
    decomposed = "\u091c\u093c\u093f\u0932\u093e \u0938\u0921\u093c\u0915 \u0915\u093e\u0928\u0942\u0928"
    assert romanise(precomposed) == romanise(decomposed) == "zila sadak kanoon"  # ड़ is written d (sadak, ladka), issue 15
    assert romanise("उत्\u200dतर") == romanise("उत्\u200cतर") == romanise("उत्तर") == "uttar"


# ----- pass-through and segments ----------------------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
def test_romanise_passes_non_devanagari_through(scheme: str) -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    text = f"BJP: {family} 42% ok!\r\nकानपुर\r\n\tend 🙏"
    out = romanise(text, scheme)
    assert out.startswith(f"BJP: {family} 42% ok!\r\n")
    assert out.endswith("\r\n\tend 🙏")
    assert not DEVANAGARI.search(out)
    assert romanise("plain Latin, 2024 — “quotes”\r\n", scheme) == "plain Latin, 2024 — “quotes”\r\n"


def test_segments_are_code_point_offsets_that_slice_back() -> None:
    text = "😀😀 ok\r\nअजय मिश्रा ने 2020 में ज़मीन खरीदी। 👍\r\n"
    segments = romanise_segments(text, "hindi")
    runs = [(m.start(), m.end()) for m in RUN.finditer(text)]
    assert [(s, e) for s, e, _ in segments] == runs
    assert text[segments[0][0] : segments[0][1]] == "अजय"
    assert segments[0][0] == 7  # two emoji are two code points, CRLF two more
    assert [r for _, _, r in segments] == ["ajay", "mishra", "ne", "mein", "zameen", "kharidi", "."]
    pieces, pos = [], 0
    for s, e, roman in segments:
        pieces += [text[pos:s], roman]
        pos = e
    assert "".join(pieces) + text[pos:] == romanise(text, "hindi")


# Devanagari letters and signs (precomposed and base + nukta), danda, digits, joiners,
# emoji, CR/LF, Latin and spaces.
MIXED_ALPHABET = st.sampled_from(
    list("कखगजडढतदनपबमयरलवशसहअआइईउऊएओ")
    + list("ािीुूेैोौंँः़्")
    + ["\u095b", "\u095c", "\u095d", "\u095e", "\u0958", "।", "॥", "०", "७", "ॐ", "ऽ", "ॉ", "ॅ"]
    + ["\u0951", "\u0970", "\u097b", "\u0900"]
    + [ZWJ, ZWNJ, "😀", "\U0001f468\u200d\U0001f469", "\r", "\n", "\r\n", " ", "a", "Z", "9", "-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(MIXED_ALPHABET, max_size=40).map("".join))
def test_property_segments_cover_exactly_the_devanagari_runs(text: str) -> None:
    for scheme in ("hindi", "iast"):
        segments = romanise_segments(text, scheme)
        assert [(s, e) for s, e, _ in segments] == [(m.start(), m.end()) for m in RUN.finditer(text)]
        pieces, pos = [], 0
        for s, e, roman in segments:
            assert pos <= s < e
            pieces += [text[pos:s], roman]
            pos = e
        assert "".join(pieces) + text[pos:] == romanise(text, scheme)
    assert not DEVANAGARI.search(romanise(text, "hindi"))
    assert not DEVANAGARI.search(romanise(text, "iast"))
    # the gaps between segments hold no Devanagari at all, and every segment starts with it
    covered = [False] * len(text)
    for s, e, _ in romanise_segments(text, "hindi"):
        assert DEVANAGARI.match(text[s])
        covered[s:e] = [True] * (e - s)
    assert all(covered[i] for i, c in enumerate(text) if DEVANAGARI.match(c))


# plus IAST letters, bare combining marks and a letter whose lower case is two code points
KEY_ALPHABET = st.one_of(
    MIXED_ALPHABET, st.sampled_from(["ṛ", "ṃ", "ā", "r\u0325", "\u0301", "İ", "sh", "ee", "Q"])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(KEY_ALPHABET, max_size=40).map("".join))
@example("क००")  # a spoken final schwa after letters that merged
@example("भारतीय")  # a spoken final schwa after a glide
def test_property_key_units_tile_each_word(text: str) -> None:
    key, spans = roman_key_with_spans(text)
    assert len(key) == len(spans)
    assert key == key.strip() and "  " not in key
    assert roman_key_with_map(text) == (key, [s for s, _ in spans])
    assert roman_key(text) == key
    if not key:
        return
    previous_end = 0
    for word_start in [0] + [i + 1 for i, c in enumerate(key) if c == " "]:
        word_end = key.find(" ", word_start)
        word_end = len(key) if word_end < 0 else word_end
        units = sorted(set(spans[word_start:word_end]))
        assert all(s < e for s, e in units)
        assert all(a[1] == b[0] for a, b in zip(units, units[1:]))  # no gaps, no overlaps
        assert units[0][0] >= previous_end
        if word_start:
            assert spans[word_start - 1] == (previous_end, units[0][0])  # the space is the separator run
        previous_end = units[-1][1]


# ----- the matching key -------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        ["ajay mishra", "ajaya mishrA", "Ajay Misra", "अजय मिश्रा", "अजय मिश्र"],
        ["कानपुर", "kanpur", "kaanpur", "kAnapura"],
        ["विजय सिंह मीणा", "vijay singh meena", "vijay singh mina"],
        ["उत्तर प्रदेश", "Uttar Pradesh", "uttar pradesh", "uttara pradeśa"],
        ["\u095b\u093f\u0932\u093e", "\u091c\u093c\u093f\u0932\u093e", "जिला", "zila", "jila"],
        ["क़ानून", "कानून", "qanoon", "kanoon", "kānūna"],
        ["संपर्क", "सम्पर्क", "sampark"],
        ["लक्ष्मी", "lakshmi", "laxmi"],
        ["कृष्ण", "krishna", "kṛṣṇa"],
        ["ज्ञान", "gyan", "gyaan"],
        ["भारतीय", "bhartiya", "bharatiya"],
        ["अच्छा", "achha", "accha", "achchha"],
        ["२०२०", "2020"],
        ["में", "mein", "men"],
        # consonants written together merge; a silent schwa between two does not part them
        ["कन्नौज", "kannauj", "kanauj"],
        ["जयललिता", "jayallita", "jayalita"],
        ["आनंद", "आनन्द", "anand"],
    ],
)
def test_roman_key_folds_spellings_together(group: list[str]) -> None:
    keys = {text: roman_key(text) for text in group}
    assert len(set(keys.values())) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ajay", "vijay"),
        ("अजय", "विजय"),
        ("kanpur", "kannauj"),
        ("कानपुर", "कन्नौज"),
        ("mishra", "meena"),
        ("मिश्रा", "मीणा"),
        ("singh", "shah"),
        ("lucknow", "kanpur"),
        ("2020", "2021"),
        # a spoken a, typed or inherent, keeps two like consonants apart (issue 15)
        ("menan", "में"),
        ("मेनन", "में"),
        ("kaka", "का"),
        ("शशि", "सी"),
        ("dadar", "दर"),
    ],
)
def test_roman_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert roman_key(a) != roman_key(b)


def test_roman_key_ignores_punctuation_and_emoji_between_words() -> None:
    assert roman_key("  अजय—मिश्रा 😀!\r\n") == roman_key("ajay mishra") == "aje misra"
    assert roman_key("") == roman_key("😀 ... \r\n") == ""


def test_key_match_maps_back_to_exact_original_offsets() -> None:
    # emoji (one code point each, two UTF-16 units), CRLF, ZWJ and a precomposed nukta
    # letter all come before the match; none of them may shift it.
    text = "😀👨\u200d👩 खबर\r\n\u095b\u093f\u0932\u093e\u200d कानपुर: पीआरओ अजय मिश्रा ने कहा।\r\nअजय"
    start = text.index("अजय")
    end = start + len("अजय मिश्रा")
    key, offsets = roman_key_with_map(text)
    _, spans = roman_key_with_spans(text)
    needle = roman_key("Ajay Misra")
    i = key.index(needle)
    j = i + len(needle)
    assert offsets[i] == start
    assert offsets[j - 1] + (spans[j - 1][1] - spans[j - 1][0]) == end
    assert key_match_span(spans, i, j) == (start, end)
    assert text[start:end] == "अजय मिश्रा"
    assert find_key_matches(text, "ajaya mishrA") == [(start, end)]
    assert find_key_matches(text, "अजय") == [(start, start + 3), (len(text) - 3, len(text))]
    k = text.index("कानपुर")
    assert find_key_matches(text, "kaanpur") == [(k, k + len("कानपुर"))]
    z = text.index("\u095b")
    assert find_key_matches(text, "zila") == [(z, z + 5)]  # the ZWJ stays with its word
    assert find_key_matches(text, "jay") == []  # whole words only
    assert find_key_matches(text, "je", whole_words=False) != []


def test_key_match_span_rejects_empty_slices() -> None:
    _, spans = roman_key_with_spans("अजय")
    with pytest.raises(ValueError):
        key_match_span(spans, 1, 1)
