"""The service API: every change is one transaction, returns what changed, and reverts exactly."""

from __future__ import annotations

import pytest

from annotator import edits
from annotator.errors import InvalidOperation

TEXT = "😀 पुलिस आयुक्त विजय सिंह मीणा ने बताया कि स्त्री और क्षत्रिय\r\nसोनी राजपूत बलराम राजपूत की पत्नी हैं।"


def at(surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture
def doc(add_doc):
    return add_doc(TEXT)


def span(project, doc, asha, surface, label, nth=0):
    s, e = at(surface, nth)
    return edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label=label).spans[0][1]


def test_add_span_stores_code_points(project, doc, asha):
    changes = edits.add_span(project, document=doc, annotator=asha, start=at("विजय सिंह मीणा")[0], end=at("विजय सिंह मीणा")[1], label="PERSON")
    before, after = changes.spans[0]
    assert before is None and after.label == "PERSON"
    stored = project.spans(doc, asha)
    assert [project.text(doc)[s.start : s.end] for s in stored] == ["विजय सिंह मीणा"]
    after_crlf = span(project, doc, asha, "सोनी राजपूत", "PERSON")
    assert project.text(doc)[after_crlf.start : after_crlf.end] == "सोनी राजपूत"


@pytest.mark.parametrize(
    "start, end, reason",
    [(0, 1, "splits"), (-1, 3, "outside"), (5, 5, "empty"), (0, 10_000, "outside")],
)
def test_bad_offsets_are_refused_and_nothing_changes(project, doc, asha, start, end, reason):
    if reason == "splits":
        s, _ = at("क्षत्रिय")
        start, end = s, s + 1
    with pytest.raises(InvalidOperation, match=reason):
        edits.add_span(project, document=doc, annotator=asha, start=start, end=end, label="PERSON")
    assert project.spans(doc) == []


def test_unknown_label_and_duplicates_are_refused(project, doc, asha):
    s, e = at("मीणा")
    with pytest.raises(InvalidOperation, match="unknown entity label"):
        edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="PERSN")
    edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="PERSON")
    with pytest.raises(InvalidOperation, match="already has"):
        edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="PERSON")
    # the same place with another label is a nested reading, allowed
    edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="MISC")
    assert len(project.spans(doc, asha)) == 2


def test_relabel_resize_delete_and_revert_keep_ids(project, doc, asha):
    person = span(project, doc, asha, "विजय सिंह", "PERSON")
    c1 = edits.relabel_span(project, span=person.uuid, label="MISC")
    c2 = edits.resize_span(project, span=person.uuid, start=at("विजय सिंह मीणा")[0], end=at("विजय सिंह मीणा")[1])
    assert project.span(person.uuid).label == "MISC"
    assert project.text(doc)[project.span(person.uuid).start : project.span(person.uuid).end] == "विजय सिंह मीणा"
    edits.revert(project, c2)
    edits.revert(project, c1)
    assert project.span(person.uuid) == person
    c3 = edits.delete_span(project, span=person.uuid)
    assert project.spans(doc) == []
    redo_of_undo = edits.revert(project, c3)
    assert project.spans(doc) == [person]
    edits.revert(project, redo_of_undo)
    assert project.spans(doc) == []


def test_relations_follow_the_scheme(project, doc, asha):
    person = span(project, doc, asha, "विजय सिंह मीणा", "PERSON")
    office = span(project, doc, asha, "पुलिस आयुक्त", "DESIGNATION")
    changes = edits.add_relation(project, head=person.uuid, tail=office.uuid, label="HAS_DESIGNATION")
    rel = changes.relations[0][1]
    assert project.relations(doc, asha) == [rel]
    with pytest.raises(InvalidOperation, match="does not allow HAS_DESIGNATION from DESIGNATION to PERSON"):
        edits.add_relation(project, head=office.uuid, tail=person.uuid, label="HAS_DESIGNATION")
    with pytest.raises(InvalidOperation, match="already exists"):
        edits.add_relation(project, head=person.uuid, tail=office.uuid, label="HAS_DESIGNATION")
    with pytest.raises(InvalidOperation, match="unknown relation type"):
        edits.add_relation(project, head=person.uuid, tail=office.uuid, label="HAS_OFFICE")
    with pytest.raises(InvalidOperation, match="breaks its HAS_DESIGNATION"):
        edits.relabel_span(project, span=office.uuid, label="LOCATION")
    with pytest.raises(InvalidOperation, match="does not allow"):
        edits.reverse_relation(project, relation=rel.uuid)


def test_undirected_relation_and_relabel(project, doc, asha):
    soni = span(project, doc, asha, "सोनी राजपूत", "PERSON")
    balram = span(project, doc, asha, "बलराम राजपूत", "PERSON")
    rel = edits.add_relation(project, head=soni.uuid, tail=balram.uuid, label="SPOUSE_OF").relations[0][1]
    edits.reverse_relation(project, relation=rel.uuid)
    c = edits.relabel_relation(project, relation=rel.uuid, label="ASSOCIATE_OF")
    assert project.relation(rel.uuid).label == "ASSOCIATE_OF" and project.relation(rel.uuid).head == balram.uuid
    edits.revert(project, c)
    assert project.relation(rel.uuid).label == "SPOUSE_OF"


def test_deleting_a_span_tombstones_its_relations_and_undo_brings_them_back(project, doc, asha):
    person = span(project, doc, asha, "विजय सिंह मीणा", "PERSON")
    office = span(project, doc, asha, "पुलिस आयुक्त", "DESIGNATION")
    rel = edits.add_relation(project, head=person.uuid, tail=office.uuid, label="HAS_DESIGNATION").relations[0][1]
    changes = edits.delete_span(project, span=office.uuid)
    assert [after.deleted for _, after in changes.relations] == [True]
    assert project.relations(doc) == []
    # tombstones stay in the file so a merge can carry the deletion
    assert project.sql("SELECT deleted FROM relation WHERE uuid = ?", (rel.uuid,)).fetchone()[0] == 1
    edits.revert(project, changes)
    assert project.relations(doc) == [rel]
    assert project.span(office.uuid) == office


def test_layers_are_separate(project, doc, asha):
    ravi = edits.ensure_annotator(project, "ravi")
    a = span(project, doc, asha, "सोनी राजपूत", "PERSON")
    b = span(project, doc, ravi, "बलराम राजपूत", "PERSON")
    assert project.spans(doc, asha) == [a] and project.spans(doc, ravi) == [b]
    with pytest.raises(InvalidOperation, match="same annotator"):
        edits.add_relation(project, head=a.uuid, tail=b.uuid, label="SPOUSE_OF")


def test_status_and_undo(project, doc, asha):
    assert project.status(doc, asha) == "new"
    c = edits.set_status(project, document=doc, annotator=asha, status="done")
    assert project.status(doc, asha) == "done"
    assert edits.set_status(project, document=doc, annotator=asha, status="done").empty
    edits.revert(project, c)
    assert project.status(doc, asha) == "new"
    with pytest.raises(InvalidOperation, match="unknown status"):
        edits.set_status(project, document=doc, annotator=asha, status="finished")
    gold = edits.ensure_annotator(project, "gold", "gold")
    assert project.status(doc, gold) == "not_started"
    edits.set_status(project, document=doc, annotator=gold, status="adjudicated")
    assert project.status(doc, gold) == "adjudicated"


@pytest.mark.parametrize("name, reason", [("", "needs a name"), (" asha", "spaces"), ("a\tb", "control"), ("x" * 65, "64")])
def test_annotator_names(project, name, reason):
    with pytest.raises(InvalidOperation, match=reason):
        edits.add_annotator(project, name=name)


def test_gold_name_is_reserved(project):
    with pytest.raises(InvalidOperation, match="gold"):
        edits.add_annotator(project, name="gold")
    assert edits.add_annotator(project, name="ravi").annotators[0][1].name == "ravi"
    assert edits.add_annotator(project, name="ravi").empty


def test_scheme_change_never_orphans(project, doc, asha):
    from annotator.scheme import parse_scheme

    span(project, doc, asha, "सोनी राजपूत", "PERSON")
    smaller = parse_scheme('name = "x"\n[[entity]]\nname = "LOCATION"\ncolor = "#FFB74D"\n')
    with pytest.raises(InvalidOperation, match="PERSON"):
        project.set_scheme(smaller)
    bigger = parse_scheme(project.scheme.source.replace('name = "MISC"', 'name = "VEHICLE"\ncolor = "#123456"\n\n[[entity]]\nname = "MISC"', 1))
    assert project.set_scheme(bigger) == 2
    assert project.scheme.entity("VEHICLE") is not None


def test_revert_of_an_inverse_is_the_original(project, doc, asha):
    c = edits.set_status(project, document=doc, annotator=asha, status="in_progress")
    edits.revert(project, c.inverse())  # puts the 'after' back: still in progress
    assert project.status(doc, asha) == "in_progress"
    added = edits.add_span(project, document=doc, annotator=asha, start=at("मीणा")[0], end=at("मीणा")[1], label="PERSON")
    edits.revert(project, added.inverse())
    assert [s.uuid for s in project.spans(doc, asha)] == [added.spans[0][1].uuid]


def test_add_spans_is_all_or_nothing(project, doc, asha):
    good = [(*at("सोनी राजपूत"), "PERSON"), (*at("बलराम राजपूत"), "PERSON")]
    with pytest.raises(InvalidOperation, match="splits"):
        edits.add_spans(project, document=doc, annotator=asha, spans=[*good, (at("क्षत्रिय")[0], at("क्षत्रिय")[0] + 1, "MISC")])
    assert project.spans(doc) == []
    changes = edits.add_spans(project, document=doc, annotator=asha, spans=good)
    assert [project.text(doc)[s.start : s.end] for s in project.spans(doc, asha)] == ["सोनी राजपूत", "बलराम राजपूत"]
    edits.revert(project, changes)
    assert project.spans(doc) == []
