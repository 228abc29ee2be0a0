"""OffsetMap: code points <-> QTextDocument positions, checked against a brute-force model
and against a real QTextDocument (emoji, CRLF, lone CR, ZWJ/ZWNJ, nukta forms)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.text.offsets import OffsetMap, utf16_length

SAMPLES = [
    "",
    "abc",
    "😀 कानपुर",
    "a\r\nb",
    "\r\n\r\n",
    "पहली पंक्ति\r\nदूसरी 😀 पंक्ति\r\n\r\nतीसरी",
    "क्\u200dष और क्\u200cष",  # ZWJ / ZWNJ
    "\u095c\u0921\u093c सड़क",  # precomposed nukta vs base + nukta
    "x\ry\nz\u2029w\u2028v",
    "👩\u200d👩\u200d👧 परिवार\r\n",
]


def brute_to_qt(text: str, cp: int) -> int:
    q = 0
    for i, ch in enumerate(text[:cp]):
        if ch == "\n" and i > 0 and text[i - 1] == "\r":
            continue
        q += 2 if ord(ch) > 0xFFFF else 1
    return q


def test_examples_match_brute_force():
    for text in SAMPLES:
        m = OffsetMap(text)
        for cp in range(len(text) + 1):
            assert m.to_qt(cp) == brute_to_qt(text, cp), (text, cp)


def test_round_trip_on_character_boundaries():
    for text in SAMPLES:
        m = OffsetMap(text)
        for cp in range(len(text) + 1):
            between_cr_lf = 0 < cp < len(text) and text[cp - 1] == "\r" and text[cp] == "\n"
            if not between_cr_lf:
                assert m.to_cp(m.to_qt(cp)) == cp


def test_emoji_counts_two_and_crlf_one():
    text = "😀ab\r\ncd"
    m = OffsetMap(text)
    assert m.to_qt(1) == 2  # after the emoji
    assert m.to_qt(3) == 4  # before "\r"
    assert m.to_qt(5) == 5  # after "\r\n": one position
    assert m.to_cp(1) == 0  # inside the surrogate pair falls back to the emoji's start
    assert m.to_cp(5) == 5
    assert m.qt_length == 7


def test_paragraphs_follow_qt_blocks():
    m = OffsetMap("ab\r\ncd\ne\rf")
    assert [p.text for p in m.paragraphs] == ["ab", "cd", "e", "f"]
    assert [p.qt_start for p in m.paragraphs] == [0, 3, 6, 8]
    assert m.paragraph_of_cp(2) == 0 and m.paragraph_of_cp(4) == 1
    assert m.paragraph_of_qt(3) == 1


def _check_against_document(text: str) -> None:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setPlainText(text)
    m = OffsetMap(text)
    assert doc.characterCount() - 1 == m.qt_length
    assert doc.toPlainText() == m.document_text().replace("\u2028", "\n")
    assert doc.blockCount() == len(m.paragraphs)
    for p in m.paragraphs:
        block = doc.findBlock(p.qt_start)
        assert block.position() == p.qt_start
        assert block.text() == p.text
    for cp, ch in enumerate(text):
        if ch == "\n" and cp > 0 and text[cp - 1] == "\r":
            continue
        q = m.to_qt(cp)
        got = doc.characterAt(q)
        if ch in "\r\n\u2029":
            assert got == "\u2029"
        elif ord(ch) > 0xFFFF:
            pair = (got + doc.characterAt(q + 1)).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            assert pair == ch
        else:
            assert got == ch


def test_examples_agree_with_qtextdocument(qapp):
    for text in SAMPLES:
        _check_against_document(text)


_alphabet = st.sampled_from(list("aक्षि ड़\u093c\u095c\u200c\u200d😀👍\r\n\u2029।१") + ["\r\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_alphabet, max_size=40).map("".join))
def test_random_texts(qapp, text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        assert m.to_qt(cp) == brute_to_qt(text, cp)
    assert m.qt_length == utf16_length(text.replace("\r\n", "\n"))
    for q in range(m.qt_length + 1):
        cp = m.to_cp(q)
        assert m.to_qt(cp) <= q
        assert cp == len(text) or m.to_qt(cp + 1) > q or (text[cp] == "\r" and cp + 1 < len(text) and text[cp + 1] == "\n")
    _check_against_document(text)
