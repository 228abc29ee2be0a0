"""The search index (annotator.search_index): a project-wide search gives, document by
document in import order, exactly the hits find_in_text gives on each text; the index follows
new imports, tombstones and a new key version."""

from __future__ import annotations

import pytest

from annotator import search_index
from annotator.project import Project
from annotator.search import find_in_text, search
from annotator.translit import romanise
from tests.paths import LUCKNOW

# Written for these tests: short news items with names typed many ways, compounds joined and
# split, acronyms, ड़ words, nasal spellings, digits in both scripts and a little English.
ARTICLES = {
    "sabha": (
        "नई दिल्ली, 14 जुलाई। लोकसभा में आज उत्तर प्रदेश और उत्तरप्रदेश के सांसदों ने सड़क परियोजना पर सवाल "
        "उठाए। राज्य सभा की बैठक कल होगी। भारतीय जनता पार्टी और कांग्रेस के नेताओं ने कहा कि लोक सभा "
        "का सत्र लंबा चलेगा। एसएसपी और पीआरओ ने सुरक्षा की जानकारी दी, सीओ को मौके पर भेजा गया।"
    ),
    "kanpur": (
        "कानपुर, १२ मार्च। शहर के किदवई नगर में एक लड़का और उसकी बहन सड़क पार करते समय घायल हुए। "
        "पुलिस ने बताया कि 2024 में इसी चौराहे पर 12 दुर्घटनाएँ हुईं। अलीगढ़ से आए डॉक्टर अजय मिश्रा और "
        "दिनेश अग्रवाल ने इलाज किया। हाईकोर्ट ने नगर निगम से जवाब माँगा। BJP के पार्षद ने कहा, "
        "'सड़कें ठीक होंगी।' उत्तराखंड और उत्तराखण्ड के यात्री भी वहाँ थे।"
    ),
    "mixed": (
        "मुंबई, 3 जून: The High Court of Bombay ने सुनवाई टाली। गंगा-जमुनी तहज़ीब पर बोलते हुए "
        "राम प्रसाद बिस्मिल की कविता पढ़ी गई; 12345 लोग और ३०० स्वयंसेवक आए। लोकसभा, लोक-सभा "
        "और rajya sabha — तीनों नाम सुने गए। गाँव के ज़मींदार ने ज़मीन दी।"
    ),
    # composed nukta letters, a joiner inside a word, candrabindu, Devanagari digits, capitals
    "folds": "\u095cा प\u095dा क\u200dल गाँव फ़ैसला २० AB Ab ड़ी",
}

ROMAN_QUERIES = [
    "lok sabha", "loksabha", "rajya sabha", "rajyasabha", "uttar pradesh", "uttarpradesh", "bharatiya janata party",
    "bharatiyajanataparty", "kanpur", "lucknow", "lakhnau", "delhi", "mumbai", "police", "congress", "high court",
    "ladka", "larka", "sadak", "aligarh", "ajay mishra", "dinesh agarwal", "SSP", "ssp", "PRO", "pro", "CO", "ko",
    "BJP", "bjp", "uttarakhand", "gaon", "zamindar", "2024", "12", "12345", "300", "5", "bombay", "bismil",
    "ram prasad bismil", "kal hogi", "xyzzy", "a", "20", "2", "ab", "AB",
]
DEVANAGARI_QUERIES = [
    "लोकसभा", "लोक सभा", "सभा", "उत्तराखंड", "उत्तराखण्ड", "सड़क", "सडक", "मिश्र", "गांव", "ज़मीन", "जमीन",
    "२०२४", "क", "के", "श्र", "अग्रवाल", "लखनऊ", "पुलिस", "ड", "डा", "ढ", "कल", "गांव", "ँ", "२", "फैसला", "ड़ी",
]


def _import(project, add_doc, texts: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in texts.items():
        add_doc(text, name)
    return [(name, project.text(project.document_by_ext_id(name).uuid)) for name in texts]


@pytest.fixture
def docs(project, add_doc) -> list[tuple[str, str]]:
    """(ext_id, text) in import order: our items and the Lucknow article."""
    return _import(project, add_doc, {**ARTICLES, "lucknow": LUCKNOW.read_text(encoding="utf-8")})


def _queries(docs: list[tuple[str, str]]) -> list[str]:
    """The fixed queries, and each Devanagari word of our items with its readable
    romanisation, alone and joined with the next word (as a compound typed in one word)."""
    out = [*ROMAN_QUERIES, *DEVANAGARI_QUERIES]
    for text in ARTICLES.values():
        words = [w.strip("।,;:'—-") for w in text.split()]
        words = [w for w in words if w and not w.isascii()]
        for w, nxt in zip(words, words[1:]):
            out += [w, romanise(w), romanise(w + nxt), romanise(w) + " " + romanise(nxt)]
    return list(dict.fromkeys(out))


def _expected(docs: list[tuple[str, str]], query: str) -> list[tuple[str, int, int]]:
    return [(ext_id, s, e) for ext_id, text in docs for s, e in find_in_text(text, query)]


def test_project_search_gives_find_in_text_for_every_document(project, docs):
    texts = dict(docs)
    total, documents_hit = 0, set()
    for query in _queries(docs):
        hits = search(project, query, limit=1_000_000)
        assert [(h.ext_id, h.start, h.end) for h in hits] == _expected(docs, query), query
        assert all(h.text == texts[h.ext_id][h.start : h.end] for h in hits)
        total += len(hits)
        documents_hit.update(h.ext_id for h in hits)
    # the comparison is not between two empty lists: every document is found, many times
    assert documents_hit == set(texts) and total > 1_000


def test_a_text_past_65535_code_points_keeps_its_offsets(project, add_doc):
    """Its word spans are stored 32-bit (16-bit for shorter texts): hits late in it are exact."""
    long = "\n\n".join([ARTICLES["kanpur"], ARTICLES["sabha"]] * 110)
    assert len(long) >= 1 << 16
    docs = _import(project, add_doc, {"short": ARTICLES["mixed"], "long": long})
    for query in ROMAN_QUERIES + DEVANAGARI_QUERIES:
        assert [(h.ext_id, h.start, h.end) for h in search(project, query, limit=1_000_000)] == _expected(docs, query), query
    assert max(h.end for h in search(project, "lok sabha", limit=1_000_000)) > 1 << 16


def test_many_candidates_are_read_in_import_order_without_a_sort(project, docs, add_doc, monkeypatch):
    """Past SORT_AT_MOST candidates the documents are walked in import order: same hits, and
    tombstones still left out."""
    sorted_hits = {q: search(project, q, limit=1_000_000) for q in ROMAN_QUERIES + DEVANAGARI_QUERIES}
    monkeypatch.setattr(search_index, "SORT_AT_MOST", 0)
    for query, hits in sorted_hits.items():
        assert search(project, query, limit=1_000_000) == hits, query
        assert search(project, query, limit=3) == hits[:3], query
    project.sql("UPDATE document SET deleted = 1 WHERE uuid = ?", (project.document_by_ext_id("sabha").uuid,))
    assert [(h.ext_id, h.start, h.end) for h in search(project, "lok sabha")] == _expected(docs[1:], "lok sabha")


def test_a_query_with_too_many_alternatives_to_list_is_looked_up_word_by_word(project, docs, monkeypatch):
    from annotator import search as search_module

    monkeypatch.setattr(search_module, "_MAX_PHRASES", 0)  # every multi-word query takes that path
    for query in ("lok sabha", "ajay mishra", "ram prasad bismil", "uttar pradesh", "kal hogi"):
        hits = search(project, query, limit=1_000_000)
        assert hits and [(h.ext_id, h.start, h.end) for h in hits] == _expected(docs, query), query


@pytest.mark.parametrize("query", ["lok sabha", "ke", "के", "12"])
def test_the_limit_keeps_the_first_hits(project, docs, query):
    every = search(project, query, limit=1_000_000)
    assert len(every) > 3
    assert search(project, query, limit=3) == every[:3]


def test_documents_imported_after_a_search_are_indexed(project, add_doc):
    add_doc(ARTICLES["sabha"], "first")
    assert {h.ext_id for h in search(project, "loksabha")} == {"first"}
    add_doc(ARTICLES["mixed"], "later")
    assert search_index.missing_index(project) == 1
    expected = _expected([("first", ARTICLES["sabha"]), ("later", ARTICLES["mixed"])], "loksabha")
    assert [(h.ext_id, h.start, h.end) for h in search(project, "loksabha")] == expected
    assert {e[0] for e in expected} == {"first", "later"}
    assert search_index.missing_index(project) == 0


def test_tombstoned_documents_give_no_hits(project, add_doc):
    first = add_doc(ARTICLES["sabha"], "first")
    add_doc(ARTICLES["mixed"], "second")
    assert {h.ext_id for h in search(project, "lok sabha")} == {"first", "second"}
    # a document is deleted by a merge bringing its tombstone: the row stays, flagged
    project.sql("UPDATE document SET deleted = 1 WHERE uuid = ?", (first,))
    for query in ("lok sabha", "लोकसभा", "12"):
        hits = search(project, query)
        assert hits and {h.ext_id for h in hits} == {"second"}, query


def test_a_new_key_version_rebuilds_the_index(project, add_doc, monkeypatch):
    for name, text in ARTICLES.items():
        add_doc(text, name)
    before = [(h.ext_id, h.start, h.end) for h in search(project, "uttar pradesh")]
    old = search_index.tables()
    monkeypatch.setattr(search_index, "KEY_VERSION", search_index.KEY_VERSION + 1)
    new = search_index.tables()
    assert search_index.missing_index(project) == len(ARTICLES)  # the new tables start empty
    assert [(h.ext_id, h.start, h.end) for h in search(project, "uttar pradesh")] == before and before
    names = {n for (n,) in project.sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(new) <= names and not set(old) & names
    assert search_index.missing_index(project) == 0


def test_the_index_survives_closing_the_project(project, add_doc):
    add_doc(ARTICLES["kanpur"], "kanpur")
    expected = [(h.start, h.end) for h in search(project, "ajay mishra")]
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert search_index.missing_index(again) == 0
        assert [(h.start, h.end) for h in search(again, "ajay mishra")] == expected == find_in_text(ARTICLES["kanpur"], "ajay mishra")
