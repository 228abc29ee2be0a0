"""Span attributes in our JSONL and back: an entity's `attributes` object (only when it has
some, so a project without them writes what it wrote before), read back into the layer, and
a value the scheme does not allow refused with its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import attributes, edits, notes
from annotator.errors import InputError
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import Project
from tests.core.test_attributes import ATTRIBUTES, with_attributes

TEXT = "दारोगा अजय मिश्रा ने बताया कि मिश्रा जी कानपुर में थे।"


def at(surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture
def tagged(project, add_doc, asha):
    project.set_scheme(with_attributes())
    doc = add_doc(TEXT, "kanpur-3")
    ids = {}
    for key, surface, label, nth in (("ajay", "अजय मिश्रा", "PERSON", 0), ("mishra", "मिश्रा", "PERSON", 1), ("daroga", "दारोगा", "DESIGNATION", 0)):
        s, e = at(surface, nth)
        ids[key] = edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label=label).spans[0][1].uuid
    for key in ("ajay", "mishra"):
        attributes.set_attribute(project, span=ids[key], name="entity_id", value="ajay-mishra")
    attributes.set_attribute(project, span=ids["ajay"], name="role", value="official")
    attributes.set_attribute(project, span=ids["daroga"], name="negated", value=False)
    notes.set_note(project, annotator=asha, kind="span", target=ids["mishra"], text="यही अजय मिश्रा हैं?")
    notes.toggle_unsure(project, annotator=asha, kind="span", target=ids["mishra"])
    return doc


def test_jsonl_carries_attributes_beside_notes_and_round_trips(project, tagged, tmp_path: Path):
    out = tmp_path / "asha.jsonl"
    export(project, out, source="asha")
    record = json.loads(out.read_text(encoding="utf-8"))
    by_start = {e["start"]: e for e in record["entities"]}
    mishra = by_start[at("मिश्रा", 1)[0]]
    # one exported record with a note, an unsure flag and an entity id
    assert list(mishra) == ["id", "start", "end", "label", "text", "attributes", "note", "unsure"]
    assert mishra["attributes"] == {"entity_id": "ajay-mishra"} and mishra["note"] == "यही अजय मिश्रा हैं?" and mishra["unsure"] is True
    assert by_start[at("अजय मिश्रा")[0]]["attributes"] == {"entity_id": "ajay-mishra", "role": "official"}
    assert by_start[0]["attributes"] == {"negated": False}
    with Project.create(tmp_path / "fresh.db", with_attributes()) as fresh:
        report = import_paths(fresh, [out], as_annotator="asha")
        assert report.attributes_added == 4 and ", 4 attribute values into asha" in report.summary()
        again = tmp_path / "again.jsonl"
        export(fresh, again, source="asha")
        assert again.read_bytes() == out.read_bytes()
        assert import_paths(fresh, [out], as_annotator="asha").attributes_added == 0  # nothing twice
        assert [u.surfaces for u in attributes.used_values(fresh, "entity_id")] == [("अजय मिश्रा", "मिश्रा")]


def test_a_layer_without_attributes_writes_no_attributes_key(project, add_doc, asha, tmp_path: Path):
    project.set_scheme(with_attributes())
    doc = add_doc(TEXT)
    s, e = at("अजय मिश्रा")
    edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="PERSON")
    out = tmp_path / "plain.jsonl"
    export(project, out, source="asha")
    assert "attributes" not in json.loads(out.read_text(encoding="utf-8"))["entities"][0]


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda a: a.update(role="witness"), "entity T2: attribute role is one of accused, victim, official, not 'witness'"),
        (lambda a: a.update(colour="red"), "entity T2: the scheme has no attribute 'colour' (it has entity_id, role, negated)"),
        (lambda a: a.update(negated="no"), "entity T2: attribute negated is true or false, not 'no'"),
        (lambda a: a.update(role=7), "entity T2: 'attributes' must be an object of names to strings or true/false"),
    ],
)
def test_a_bad_attribute_in_jsonl_is_refused_with_its_line(project, tagged, tmp_path: Path, change, reason: str):
    out = tmp_path / "asha.jsonl"
    export(project, out, source="asha")
    record = json.loads(out.read_text(encoding="utf-8"))
    change(record["entities"][1]["attributes"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "fresh.db", with_attributes()) as fresh:
        with pytest.raises(InputError) as err:
            import_paths(fresh, [bad], as_annotator="asha")
        assert str(err.value) == f"{bad}:2: {reason}"
        assert fresh.document_count() == 0


def test_a_scheme_without_the_attribute_refuses_the_import(project, tagged, tmp_path: Path):
    out = tmp_path / "asha.jsonl"
    export(project, out, source="asha")
    with Project.create(tmp_path / "plain.db", with_attributes(ATTRIBUTES.split("[[attribute]]\nname = \"role\"")[0])) as plain:
        with pytest.raises(InputError, match=r"asha.jsonl:1: entity T1: the scheme has no attribute 'negated' \(it has entity_id\)$"):
            import_paths(plain, [out], as_annotator="asha")
