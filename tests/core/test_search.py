"""Search: Roman and Devanagari queries find the same names, with offsets into the stored text."""

from __future__ import annotations

import json

import pytest

from annotator import edits
from annotator.cli import main
from annotator.search import occurrences, search


@pytest.fixture
def kanpur(project, add_doc, kanpur_text):
    return add_doc(kanpur_text, "kanpur")


@pytest.mark.parametrize("query", ["ajay mishra", "ajaya mishrA", "Ajay Misra", "अजय मिश्रा", "अजय मिश्र"])
def test_every_spelling_finds_every_ajay_mishra(project, kanpur, kanpur_text, query):
    hits = search(project, query)
    assert [h.text for h in hits] == ["अजय मिश्रा"] * kanpur_text.count("अजय मिश्रा")
    assert all(kanpur_text[h.start : h.end] == h.text for h in hits)


@pytest.mark.parametrize("query, surface", [("vikas dubey", "विकास दुबे"), ("balram rajput", "बलराम राजपूत"), ("kanpur", "कानपुर"), ("2020", "2020")])
def test_names_typed_in_roman(project, kanpur, kanpur_text, query, surface):
    hits = search(project, query)
    assert len(hits) == kanpur_text.count(surface) and {h.text for h in hits} == {surface}


def test_folding_of_nukta_joiners_chandrabindu_and_digits(project, add_doc):
    text = "😀\r\nबड़ी खबर: गाँव में २०२० से बड\u093cी सड\u200dक"
    doc = add_doc(text)
    assert [h.text for h in search(project, "बड़ी")] == ["बड़ी", "बड\u093cी"]
    assert [h.text for h in search(project, "गांव")] == ["गाँव"]
    assert [h.text for h in search(project, "2020")] == ["२०२०"]
    assert [h.text for h in search(project, "सडक")] == ["सड\u200dक"]
    hit = search(project, "बड़ी")[1]
    assert hit.document == doc and text[hit.start : hit.end] == "बड\u093cी"


def test_no_false_hits(project, add_doc, article):
    add_doc(article.text, article.name)
    assert search(project, "kannauj") == []
    assert search(project, "मुंबई") == []
    assert search(project, "  ") == []


def test_search_command_json(project, add_doc, article, capsys):
    add_doc(article.text, article.name)
    project.close()
    assert main(["search", str(project.path), article.thrice[1], "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["hits"]) == 3 and set(out["hits"][0]) == {"document", "start", "end", "text"}
    assert out["hits"][0]["document"] == article.name


def test_occurrences_of_a_name(project, kanpur, kanpur_text, asha, add_doc):
    start = kanpur_text.index("बलराम राजपूत")
    first = edits.add_span(project, document=kanpur, annotator=asha, start=start, end=start + 12, label="PERSON").spans[0][1]
    found = occurrences(project, span=first.uuid)
    assert len(found) == kanpur_text.count("बलराम राजपूत") - 1
    assert all(kanpur_text[s.start : s.end] == "बलराम राजपूत" and s.label == "PERSON" for s in found)
    # accepting one removes it from the next round of suggestions
    edits.add_span(project, document=kanpur, annotator=asha, start=found[0].start, end=found[0].end, label="PERSON")
    assert len(occurrences(project, span=first.uuid)) == len(found) - 1
    other = add_doc("कल बलराम राजपूत फिर आया, बलराम राजपूतों का नहीं")
    across = occurrences(project, span=first.uuid, scope="project")
    assert [(s.document, s.text) for s in across if s.document == other] == [(other, "बलराम राजपूत")]


def test_names_in_a_whole_article_typed_in_roman_or_devanagari(project, add_doc, article):
    """On our article always, on the touchstone when present: each repeated full name is found
    at every occurrence, typed either way, with offsets into the stored text."""
    add_doc(article.text, article.name)
    for surface, roman in (article.thrice, article.six):
        for query in (roman, roman.title(), surface):
            hits = search(project, query)
            assert [h.text for h in hits] == [surface] * article.text.count(surface), query
            assert all(article.text[h.start : h.end] == surface for h in hits)


def test_occurrences_of_a_name_in_a_whole_article(project, add_doc, asha, article):
    doc = add_doc(article.text, article.name)
    surface = article.six[0]
    start = article.text.index(surface)
    first = edits.add_span(project, document=doc, annotator=asha, start=start, end=start + len(surface), label="PERSON").spans[0][1]
    found = occurrences(project, span=first.uuid)
    assert len(found) == article.text.count(surface) - 1 == 5
    assert all(article.text[s.start : s.end] == surface and s.label == "PERSON" for s in found)
