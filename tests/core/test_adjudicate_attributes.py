"""Span attributes in adjudication: the "attribute" disagreement, taking one annotator's values
into gold with provenance (one undo step), and accepting only the values all gave alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import adjudicate as adj
from annotator import attributes, edits
from annotator.cli import main
from annotator.project import GOLD
from tests.core.test_adjudicate import PAIR, TEXT, Doc
from tests.core.test_attributes import with_attributes


@pytest.fixture()
def doc(tmp_path: Path) -> Doc:
    d = Doc(tmp_path / "adj.db")
    d.project.set_scheme(with_attributes())
    # both mark अजय मिश्रा alike and give the same entity id, but differ on role and negated;
    # both mark कानपुर alike with the same value; विजय सिंह मीणा: a label disagreement with values
    d.ajay = {n: d.span(n, "अजय मिश्रा", "PERSON") for n in PAIR}
    attributes.set_attributes(d.project, span=d.ajay["asha"], values={"entity_id": "ajay-mishra", "role": "accused", "negated": True})
    attributes.set_attributes(d.project, span=d.ajay["ravi"], values={"entity_id": "ajay-mishra", "role": "official"})
    for n in PAIR:
        attributes.set_attribute(d.project, span=d.span(n, "कानपुर", "LOCATION"), name="negated", value=False)
    vijay = d.span("asha", "विजय सिंह मीणा", "PERSON")
    attributes.set_attribute(d.project, span=vijay, name="entity_id", value="vijay-meena")
    d.span("ravi", "विजय सिंह मीणा", "ORGANIZATION")
    yield d
    d.project.close()


def _gold_values(d: Doc) -> dict[str, dict]:
    row = d.project.annotator(GOLD)
    return {TEXT[s.start : s.end]: attributes.span_attributes(d.project, s.uuid) for s in d.project.spans(d.uuid, row.uuid)} if row else {}


def _group(d: Doc, words: str):
    start = TEXT.index(words)
    return next(g for g in d.review().groups if g.start == start)


def test_values_that_differ_on_an_agreed_span_are_an_attribute_disagreement(doc: Doc) -> None:
    kinds = {TEXT[g.start : g.end]: g.kind for g in doc.review().groups}
    assert kinds == {"विजय सिंह मीणा": "label", "कानपुर": "agreed", "अजय मिश्रा": "attribute"}
    (cand,) = _group(doc, "अजय मिश्रा").candidates
    assert cand.values_of("asha") == {"entity_id": "ajay-mishra", "negated": True, "role": "accused"}
    assert cand.values_of("ravi") == {"entity_id": "ajay-mishra", "role": "official"}


def test_taking_an_annotators_values_decides_it_and_undoes_in_one_step(doc: Doc) -> None:
    group = _group(doc, "अजय मिश्रा")
    made = adj.take(doc.project, group=group, annotator="ravi", curator="lead")
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra", "role": "official"}}
    ((_, _, prov),) = doc.gold()
    assert prov["attributes_from"] == "ravi" and prov["action"] == "take"
    assert _group(doc, "अजय मिश्रा").resolved
    # changing one's mind: asha's values replace ravi's on the same gold span
    again = adj.take(doc.project, group=_group(doc, "अजय मिश्रा"), annotator="asha", curator="lead")
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra", "negated": True, "role": "accused"}}
    edits.revert(doc.project, again)
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra", "role": "official"}}
    edits.revert(doc.project, made)
    assert _gold_values(doc) == {}
    assert not _group(doc, "अजय मिश्रा").resolved


def test_accept_agreed_carries_only_values_all_gave_and_leaves_the_disagreement(doc: Doc) -> None:
    made = adj.accept_agreed(doc.project, document=doc.uuid, annotators=PAIR, curator="lead")
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra"}, "कानपुर": {"negated": False}}
    assert not _group(doc, "अजय मिश्रा").resolved  # role and negated still wait for the curator
    edits.revert(doc.project, made)
    assert _gold_values(doc) == {}
    assert doc.project.sql("SELECT count(*) FROM attribute a JOIN span s ON s.uuid = a.span WHERE a.deleted = 0 AND s.deleted = 0 AND s.annotator = ?", (doc.project.annotator(GOLD).uuid,)).fetchone()[0] == 0


def test_taking_a_span_of_a_label_disagreement_carries_its_values(doc: Doc) -> None:
    adj.take(doc.project, group=_group(doc, "विजय सिंह मीणा"), annotator="asha", curator="lead")
    assert _gold_values(doc) == {"विजय सिंह मीणा": {"entity_id": "vijay-meena"}}
    assert doc.gold()[0][2]["attributes_from"] == "asha"
    adj.take(doc.project, group=_group(doc, "विजय सिंह मीणा"), annotator="ravi", curator="lead")
    assert _gold_values(doc) == {"विजय सिंह मीणा": {}}  # ravi's ORGANIZATION has none


def test_cli_accept_agreed_and_lists_attribute_disagreements(doc: Doc, capsys) -> None:
    path = str(doc.project.path)
    doc.project.close()
    assert main(["adjudicate", path, "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["documents"]
    assert row["by_kind"] == {"label": 1, "attribute": 1}
    assert main(["adjudicate", path, "--accept-agreed", "--annotators", *PAIR, "--curator", "lead", "--json"]) == 0
    capsys.readouterr()
    doc.project = type(doc.project).open(Path(path))
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra"}, "कानपुर": {"negated": False}}


def test_taking_a_relation_brings_its_undecided_end_with_the_annotators_values(doc: Doc) -> None:
    kanpur = {n: next(s.uuid for s in doc.project.spans(doc.uuid, doc.project.annotator(n).uuid) if s.label == "LOCATION") for n in PAIR}
    doc.relate(doc.ajay["ravi"], kanpur["ravi"], "RESIDENT_OF")  # only ravi draws it
    group = next(r for r in doc.review().relations if r.kind == "relation")
    made = adj.take_relation(doc.project, group=group, annotator="ravi", curator="lead")
    assert _gold_values(doc) == {"अजय मिश्रा": {"entity_id": "ajay-mishra", "role": "official"}, "कानपुर": {"negated": False}}
    provs = {text: prov for text, _, prov in doc.gold()}
    assert provs["अजय मिश्रा"]["attributes_from"] == "ravi" and provs["कानपुर"]["attributes_from"] == "ravi"
    edits.revert(doc.project, made)
    assert _gold_values(doc) == {}
