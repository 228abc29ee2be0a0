"""Adjudication: disagreement kinds, decisions into gold with provenance, relations that follow, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import adjudicate as adj
from annotator import disagreements
from annotator import edits
from annotator.cli import main
from annotator.errors import InvalidOperation
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import GOLD, Project, resolve_scheme

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि कानपुर में पीआरओ अजय मिश्रा को हटाया गया।"
PAIR = ["asha", "ravi"]


class Doc:
    """A project with one document and helpers to mark words in a layer."""

    def __init__(self, path: Path):
        self.project = Project.create(path, resolve_scheme("hindi-news"))
        src = path.with_suffix(".jsonl")
        src.write_text(json.dumps({"id": "k1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
        import_paths(self.project, [src])
        self.uuid = self.project.document_by_ext_id("k1").uuid

    def span(self, who: str, words: str, label: str) -> str:
        start = TEXT.index(words)
        annotator = edits.ensure_annotator(self.project, who)
        return edits.add_span(self.project, document=self.uuid, annotator=annotator, start=start, end=start + len(words), label=label).spans[0][1].uuid

    def relate(self, head: str, tail: str, label: str) -> str:
        return edits.add_relation(self.project, head=head, tail=tail, label=label).relations[0][1].uuid

    def review(self) -> disagreements.DocumentReview:
        return disagreements.review_document(self.project, document=self.uuid, annotators=PAIR)

    def gold(self) -> list[tuple[str, str, dict]]:
        row = self.project.annotator(GOLD)
        return [(TEXT[s.start : s.end], s.label, json.loads(s.provenance)) for s in self.project.spans(self.uuid, row.uuid)] if row else []

    def gold_relations(self) -> list[tuple[str, str, str, dict]]:
        row = self.project.annotator(GOLD)
        out = []
        for r in self.project.relations(self.uuid, row.uuid):
            h, t = self.project.span(r.head), self.project.span(r.tail)
            out.append((TEXT[h.start : h.end], TEXT[t.start : t.end], r.label, json.loads(r.provenance)))
        return out


@pytest.fixture()
def doc(tmp_path: Path) -> Doc:
    d = Doc(tmp_path / "adj.db")
    # agreed: the designation; boundary: the commissioner's name, with the relation both drew
    d.relate(d.span("asha", "विजय सिंह", "PERSON"), d.span("asha", "पुलिस आयुक्त", "DESIGNATION"), "HAS_DESIGNATION")
    d.relate(d.span("ravi", "विजय सिंह मीणा", "PERSON"), d.span("ravi", "पुलिस आयुक्त", "DESIGNATION"), "HAS_DESIGNATION")
    d.span("asha", "कानपुर", "LOCATION")  # only one annotator
    d.span("asha", "पीआरओ", "DESIGNATION")  # label differs
    d.span("ravi", "पीआरओ", "ORGANIZATION")
    yield d
    d.project.close()


def test_disagreements_by_kind(doc: Doc) -> None:
    review = doc.review()
    kinds = {TEXT[g.start : g.end]: g.kind for g in review.groups}
    assert kinds == {"पुलिस आयुक्त": "agreed", "विजय सिंह मीणा": "boundary", "कानपुर": "only_one", "पीआरओ": "label"}
    # the same relation type drawn to competing boundaries is not agreement (agreement.relation_key)
    assert [r.kind for r in review.relations] == ["relation"]
    assert [sorted(c.annotators) for c in review.relations[0].candidates] == [["asha"], ["ravi"]]
    assert [g.kind for g in review.disagreements] == ["boundary", "only_one", "label", "relation"]
    assert review.gold_status == "not_started"
    assert disagreements.aliases(PAIR) == {"asha": "A", "ravi": "B"}
    with pytest.raises(InvalidOperation):
        disagreements.review_document(doc.project, document=doc.uuid, annotators=["asha", GOLD])


def test_relation_only_one_annotator_drew_is_a_disagreement(doc: Doc) -> None:
    asha = doc.project.annotator("asha").uuid
    spans = {TEXT[s.start : s.end]: s.uuid for s in doc.project.spans(doc.uuid, asha)}
    doc.relate(spans["विजय सिंह"], spans["कानपुर"], "RESIDENT_OF")
    kinds = sorted(r.kind for r in doc.review().relations)
    assert kinds == ["relation", "relation"]


def test_seeded_disagreement_relation_follows_the_kept_span(doc: Doc, tmp_path: Path) -> None:
    p = doc.project
    changes = adj.accept_agreed(p, document=doc.uuid, annotators=PAIR, curator="lead")
    assert [(t, label, prov["action"], prov["annotators"]) for t, label, prov in doc.gold()] == [("पुलिस आयुक्त", "DESIGNATION", "agreed", PAIR)]
    assert doc.gold_relations() == []  # its head is still disputed
    assert adj.gold_status(p, doc.uuid) == "in_review"
    assert changes.spans and changes.statuses

    boundary = next(g for g in doc.review().disagreements if g.kind == "boundary")
    adj.take(p, group=boundary, annotator="ravi", curator="lead")
    assert doc.gold_relations() == []  # drawn to competing boundaries: the curator decides it
    relation = next(g for g in doc.review().disagreements if g.kind == "relation")
    asha_rel = next(c for c in relation.candidates if c.annotators == ("asha",)).relations
    adj.take_relation(p, group=relation, annotator="asha", curator="lead")
    rels = doc.gold_relations()
    assert [(h, t, label) for h, t, label, _ in rels] == [("विजय सिंह मीणा", "पुलिस आयुक्त", "HAS_DESIGNATION")]
    # asha's relation, mapped onto ravi's kept boundary: only ravi drew it on these very spans
    assert rels[0][3]["annotators"] == ["ravi"] and rels[0][3]["from"] == list(asha_rel) and rels[0][3]["decided_by"] == "lead"
    relation_id = p.relations(doc.uuid, p.annotator(GOLD).uuid)[0].uuid

    # the curator changes their mind: asha's boundary; the gold relation moves with the span
    switch = adj.take(p, group=doc.review().group(boundary.key), annotator="asha", curator="lead")
    rels = doc.gold_relations()
    assert [(h, t) for h, t, _, _ in rels] == [("विजय सिंह", "पुलिस आयुक्त")]
    assert rels[0][3]["annotators"] == ["asha"]  # moved: its provenance names who drew it there
    assert p.relations(doc.uuid, p.annotator(GOLD).uuid)[0].uuid == relation_id
    person = next(prov for t, _, prov in doc.gold() if t == "विजय सिंह")
    assert person["action"] == "take" and person["annotators"] == ["asha"] and len(person["from"]) == 1

    edits.revert(p, switch)  # undo puts ravi's boundary and the relation back
    assert [(h, t, prov["annotators"]) for h, t, _, prov in doc.gold_relations()] == [("विजय सिंह मीणा", "पुलिस आयुक्त", ["ravi"])]

    only = next(g for g in doc.review().disagreements if g.kind == "only_one")
    adj.take(p, group=only, annotator="asha", curator="lead")
    label = next(g for g in doc.review().disagreements if g.kind == "label")
    adj.edit(p, group=label, start=label.start, end=label.end, label="DESIGNATION", curator="lead")
    assert all(g.resolved for g in doc.review().disagreements)
    adj.set_gold_status(p, document=doc.uuid, status="adjudicated")

    out = tmp_path / "gold.jsonl"
    export(p, out)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["source"] == "gold" and record["annotators"] == PAIR
    by_text = {e["text"]: e for e in record["entities"]}
    assert by_text["पीआरओ"]["provenance"] == {"annotators": ["asha"], "decided_by": "lead", "action": "edited", "from": sorted(by_text["पीआरओ"]["provenance"]["from"])}
    assert len(by_text["पीआरओ"]["provenance"]["from"]) == 2
    assert by_text["कानपुर"]["provenance"]["action"] == "take"
    assert record["relations"][0]["label"] == "HAS_DESIGNATION" and record["relations"][0]["provenance"]["action"] == "take"


def test_take_both_on_a_boundary_records_who_drew_each_relation(doc: Doc) -> None:
    """Bug 5: B on the boundary keeps both spans; no gold relation may claim both annotators,
    since each drew HAS_DESIGNATION from their own span only."""
    p = doc.project
    adj.accept_agreed(p, document=doc.uuid, annotators=PAIR, curator="lead")
    boundary = next(g for g in doc.review().disagreements if g.kind == "boundary")
    adj.take_both(p, group=boundary, curator="lead")
    assert sorted(t for t, _, _ in doc.gold()) == ["पुलिस आयुक्त", "विजय सिंह", "विजय सिंह मीणा"]
    assert doc.gold_relations() == []
    relation = next(g for g in doc.review().disagreements if g.kind == "relation")
    adj.take_both_relations(p, group=relation, curator="lead")
    got = sorted((h, prov["annotators"], prov["action"]) for h, _, _, prov in doc.gold_relations())
    assert got == [("विजय सिंह", ["asha"], "both"), ("विजय सिंह मीणा", ["ravi"], "both")]
    assert doc.review().group(relation.key).resolved


def test_take_both_reject_and_undo(doc: Doc) -> None:
    p = doc.project
    label = next(g for g in doc.review().disagreements if g.kind == "label")
    both = adj.take_both(p, group=label, curator="lead")
    assert sorted(lbl for _, lbl, _ in doc.gold()) == ["DESIGNATION", "ORGANIZATION"]
    assert all(prov["action"] == "both" for _, _, prov in doc.gold())
    rejected = adj.reject(p, group=doc.review().group(label.key), curator="lead")
    assert doc.gold() == []
    assert doc.review().group(label.key).resolved  # the rejection is a decision, recorded
    edits.revert(p, rejected)
    assert len(doc.gold()) == 2
    edits.revert(p, both)
    assert not doc.review().group(label.key).resolved  # undone: nothing decided any more
    both = adj.take_both(p, group=doc.review().group(label.key), curator="lead")
    edits.revert(p, both)
    assert doc.gold() == [] and adj.gold_status(p, doc.uuid) == "not_started"


def test_taking_a_relation_maps_onto_the_kept_boundary(doc: Doc) -> None:
    p = doc.project
    ravi = p.annotator("ravi").uuid
    spans = {TEXT[s.start : s.end]: s.uuid for s in p.spans(doc.uuid, ravi)}
    kanpur = doc.span("ravi", "कानपुर", "LOCATION")
    doc.relate(spans["विजय सिंह मीणा"], kanpur, "RESIDENT_OF")  # only ravi, from his boundary
    review = doc.review()
    adj.take(p, group=next(g for g in review.groups if g.kind == "boundary"), annotator="asha", curator="lead")
    group = next(r for r in doc.review().relations if r.candidates[0].label == "RESIDENT_OF")
    changes = adj.take_relation(p, group=group, annotator="ravi", curator="lead")
    rels = {(h, t, label) for h, t, label, _ in doc.gold_relations()}
    assert ("विजय सिंह", "कानपुर", "RESIDENT_OF") in rels  # on asha's kept boundary; कानपुर came along
    assert any(t == "कानपुर" for t, _, _ in doc.gold())
    edits.revert(p, changes)
    assert not any(label == "RESIDENT_OF" for _, _, label, _ in doc.gold_relations())
    assert not any(t == "कानपुर" for t, _, _ in doc.gold())
    adj.take_relation(p, group=doc.review().group(group.key), annotator="ravi", curator="lead")
    adj.reject_relation(p, group=doc.review().group(group.key), curator="lead")
    assert not any(label == "RESIDENT_OF" for _, _, label, _ in doc.gold_relations())
    with pytest.raises(InvalidOperation):
        adj.take_relation(p, group=group, annotator="meena", curator="lead")


def test_gold_status_and_export_default(doc: Doc, tmp_path: Path) -> None:
    p = doc.project
    adj.accept_agreed(p, document=doc.uuid, annotators=PAIR, curator="lead")
    export(p, tmp_path / "none.jsonl")
    assert (tmp_path / "none.jsonl").read_text(encoding="utf-8") == ""  # in review, not adjudicated
    export(p, tmp_path / "all.jsonl", status="all")
    assert json.loads((tmp_path / "all.jsonl").read_text(encoding="utf-8"))["entities"]
    with pytest.raises(InvalidOperation):
        adj.set_gold_status(p, document=doc.uuid, status="done")
    assert adj.gold_statuses(p) == {doc.uuid: "in_review"}


def test_cli_adjudicate(doc: Doc, capsys) -> None:
    path = str(doc.project.path)
    assert main(["adjudicate", path, "--annotators", "asha", "ravi", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["by_kind"] == {"only_one": 1, "label": 1, "boundary": 1, "relation": 1}
    assert main(["adjudicate", path, "--accept-agreed", "--curator", "lead", "--mark", "adjudicated"]) == 0
    assert "in_review" in capsys.readouterr().out  # disagreements remain, so not marked
    assert main(["adjudicate", path, "--mark", "adjudicated", "--force"]) == 0
    assert adj.gold_status(doc.project, doc.uuid) == "adjudicated"
    assert main(["adjudicate", path, "--document", "nope"]) == 1
    assert main(["adjudicate", path, "--mark", "finished"]) == 2


def test_curator_adds_by_hand(doc: Doc) -> None:
    p = doc.project
    start = TEXT.index("अजय मिश्रा")
    added = adj.add_gold_span(p, document=doc.uuid, start=start, end=start + len("अजय मिश्रा"), label="PERSON", curator="lead")
    person = added.spans[0][1].uuid
    label = next(g for g in doc.review().disagreements if g.kind == "label")
    adj.take(p, group=label, annotator="asha", curator="lead")
    designation = next(s.uuid for s in p.spans(doc.uuid, p.annotator(GOLD).uuid) if s.label == "DESIGNATION")
    adj.add_gold_relation(p, head=person, tail=designation, label="HAS_DESIGNATION", curator="lead")
    assert ("अजय मिश्रा", "पीआरओ", "HAS_DESIGNATION") in {(h, t, lbl) for h, t, lbl, _ in doc.gold_relations()}
    assert next(prov for t, _, prov in doc.gold() if t == "अजय मिश्रा") == {"annotators": [], "decided_by": "lead", "action": "edited", "from": []}
    asha_span = p.spans(doc.uuid, p.annotator("asha").uuid)[0].uuid
    with pytest.raises(InvalidOperation):
        adj.add_gold_relation(p, head=asha_span, tail=designation, label="HAS_DESIGNATION", curator="lead")


def test_rejecting_a_relation_is_a_recorded_decision(doc: Doc) -> None:
    p = doc.project
    asha = p.annotator("asha").uuid
    spans = {TEXT[s.start : s.end]: s.uuid for s in p.spans(doc.uuid, asha)}
    doc.relate(spans["विजय सिंह"], spans["कानपुर"], "RESIDENT_OF")
    group = next(r for r in doc.review().relations if r.kind == "relation")
    assert not group.resolved
    changes = adj.reject_relation(p, group=group, curator="lead")
    again = doc.review().group(group.key)
    assert again.resolved and again.gold == ()
    assert p.relations(doc.uuid, p.annotator(GOLD).uuid) == []  # nothing shown or exported
    edits.revert(p, changes)
    assert not doc.review().group(group.key).resolved
