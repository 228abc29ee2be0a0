"""Span attributes declared in the scheme: each verb is one transaction whose Changes
`edits.revert` undoes; values are checked against the scheme; the entity_id picker's list;
a scheme change that would orphan values in use is refused with the count; an old file is
upgraded in place to hold them."""

from __future__ import annotations

import sqlite3

import pytest

from annotator import attributes, edits, store
from annotator import project as project_module
from annotator.errors import InvalidOperation
from annotator.project import Project, resolve_scheme
from annotator.resources import resource_path
from annotator.scheme import parse_scheme

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि दारोगा अजय मिश्रा कानपुर में थे।"
LATER = "अजय मिश्रा ने फिर कहा कि मिश्रा जी कानपुर लौटेंगे।"
ATTRIBUTES = """
[[attribute]]
name = "entity_id"
kind = "text"
labels = ["PERSON", "ORGANIZATION"]

[[attribute]]
name = "role"
kind = "choice"
values = ["accused", "victim", "official"]
labels = ["PERSON"]

[[attribute]]
name = "negated"
kind = "boolean"
"""


def with_attributes(extra: str = ATTRIBUTES):
    base = resource_path("schemes", "hindi-news.toml").read_text(encoding="utf-8")
    base = base.split("\n[[attribute]]")[0]  # the bundled entity_id gives way to the tests' own
    return parse_scheme(base + extra, filename="hindi-news+attributes")


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture
def scheme_set(project):
    project.set_scheme(with_attributes())


@pytest.fixture
def spans(project, add_doc, asha, scheme_set):
    first, later = add_doc(TEXT, "kanpur-1"), add_doc(LATER, "kanpur-2")

    def span(doc, text, surface, label, nth=0):
        s, e = at(text, surface, nth)
        return edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label=label).spans[0][1].uuid

    return {
        "ajay": span(first, TEXT, "अजय मिश्रा", "PERSON"),
        "vijay": span(first, TEXT, "विजय सिंह मीणा", "PERSON"),
        "daroga": span(first, TEXT, "दारोगा", "DESIGNATION"),
        "ajay2": span(later, LATER, "अजय मिश्रा", "PERSON"),
        "mishra": span(later, LATER, "मिश्रा", "PERSON", nth=1),
    }


def _rows(project) -> list[tuple]:
    return project.sql("SELECT span, name, value, deleted FROM attribute ORDER BY span, name").fetchall()


def test_set_change_and_clear_each_revert(project, spans):
    ajay = spans["ajay"]
    made = attributes.set_attribute(project, span=ajay, name="entity_id", value="ajay-mishra")
    ((before, after),) = made.attributes
    assert before is None and after.uuid == store.attribute_uuid(ajay, "entity_id") and after.value == '"ajay-mishra"'
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra"}
    role = attributes.set_attribute(project, span=ajay, name="role", value="official")
    negated = attributes.set_attribute(project, span=ajay, name="negated", value=True)
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra", "negated": True, "role": "official"}
    changed = attributes.set_attribute(project, span=ajay, name="role", value="accused")
    assert attributes.set_attribute(project, span=ajay, name="role", value="accused").empty  # the same value: nothing
    cleared = attributes.clear_attribute(project, span=ajay, name="entity_id")
    assert attributes.clear_attribute(project, span=ajay, name="entity_id").empty
    assert attributes.span_attributes(project, ajay) == {"negated": True, "role": "accused"}
    for record, expected in (
        (cleared, {"entity_id": "ajay-mishra", "negated": True, "role": "accused"}),
        (changed, {"entity_id": "ajay-mishra", "negated": True, "role": "official"}),
        (negated, {"entity_id": "ajay-mishra", "role": "official"}),
        (role, {"entity_id": "ajay-mishra"}),
        (made, {}),
    ):
        undone = edits.revert(project, record)
        assert attributes.span_attributes(project, ajay) == expected
    redone = edits.revert(project, undone)  # the undo's own record redoes
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra"}
    assert redone.attributes[0][1].uuid == made.attributes[0][1].uuid  # the very same row


@pytest.mark.parametrize(
    "span, name, value, words",
    [
        ("ajay", "colour", "red", "no attribute 'colour'"),
        ("daroga", "role", "official", "not for DESIGNATION spans"),
        ("ajay", "role", "witness", "one of accused, victim, official"),
        ("ajay", "negated", "yes", "true or false"),
        ("ajay", "entity_id", "", "needs a value"),
        ("ajay", "entity_id", " ajay", "spaces at its ends"),
        ("ajay", "entity_id", "ajay\nmishra", "one line"),
        ("ajay", "entity_id", "x" * 201, "at most 200"),
        ("ajay", "entity_id", 7, "takes a string"),
    ],
)
def test_values_the_scheme_does_not_allow_are_refused(project, spans, span, name, value, words):
    with pytest.raises(InvalidOperation, match=words):
        attributes.set_attribute(project, span=spans[span], name=name, value=value)
    assert _rows(project) == []


def test_an_entity_id_may_hold_zwj_and_devanagari(project, spans):
    value = "अजय\u200dमिश्रा"
    attributes.set_attribute(project, span=spans["ajay"], name="entity_id", value=value)
    assert attributes.span_attributes(project, spans["ajay"]) == {"entity_id": value}


def test_used_values_list_ids_with_their_surface_forms(project, spans):
    for key in ("ajay", "ajay2", "mishra"):
        attributes.set_attribute(project, span=spans[key], name="entity_id", value="ajay-mishra")
    attributes.set_attribute(project, span=spans["vijay"], name="entity_id", value="vijay-meena")
    used = attributes.used_values(project, "entity_id")
    assert [(u.value, u.surfaces, u.spans) for u in used] == [("ajay-mishra", ("अजय मिश्रा", "मिश्रा"), 3), ("vijay-meena", ("विजय सिंह मीणा",), 1)]
    edits.delete_span(project, span=spans["vijay"])  # a deleted span's value is not offered
    assert [u.value for u in attributes.used_values(project, "entity_id")] == ["ajay-mishra"]
    # The layer's values by span, a deleted span's kept (it comes back with an undo).
    assert attributes.layer_attributes(project, project.span(spans["ajay"]).document, project.span(spans["ajay"]).annotator) == {
        spans["ajay"]: {"entity_id": "ajay-mishra"}, spans["vijay"]: {"entity_id": "vijay-meena"}
    }


def test_scheme_changes_add_freely_and_refuse_dropping_values_in_use(project, spans):
    attributes.set_attribute(project, span=spans["ajay"], name="role", value="official")
    attributes.set_attribute(project, span=spans["ajay2"], name="role", value="official")
    attributes.set_attribute(project, span=spans["vijay"], name="negated", value=True)
    grown = with_attributes(ATTRIBUTES + '\n[[attribute]]\nname = "quoted"\nkind = "boolean"\n')
    version = project.set_scheme(grown)  # adding an attribute orphans nothing
    assert project.scheme.attribute("quoted") is not None and project.scheme_version == version
    without_role = with_attributes(ATTRIBUTES.replace('name = "role"\nkind = "choice"\nvalues = ["accused", "victim", "official"]', 'name = "side"\nkind = "choice"\nvalues = ["a"]'))
    with pytest.raises(InvalidOperation, match="attribute role is on 2 spans"):
        project.set_scheme(without_role)
    fewer_values = with_attributes(ATTRIBUTES.replace('"victim", "official"', '"victim"'))
    with pytest.raises(InvalidOperation, match="attribute role value 'official' is on 2 spans"):
        project.set_scheme(fewer_values)
    assert project.scheme_version == version  # nothing changed
    attributes.clear_attribute(project, span=spans["ajay"], name="role")
    edits.delete_span(project, span=spans["ajay2"])  # a deleted span's value no longer counts
    project.set_scheme(fewer_values)
    assert project.scheme.attribute("role").values == ("accused", "victim")


def test_a_file_of_the_previous_format_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:  # a project written by the version before attributes
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:4])
        m.setattr(store, "SCHEMA_VERSION", 4)
        m.setattr(project_module, "STAMPED_TABLES", tuple(t for t in project_module.STAMPED_TABLES if t != "attribute"))
        with Project.create(path, resolve_scheme("hindi-news")) as p:
            asha = edits.ensure_annotator(p, "asha")
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 4
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attribute'").fetchone()[0] == 0
    con.close()
    with Project.open(path) as p:
        assert p.sql("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION == 5
        assert p.annotator("asha").uuid == asha
        assert _rows(p) == []
    assert (tmp_path / "old.db.bak-v4").exists()


def test_several_values_are_one_change_checked_before_any_is_written(project, spans):
    ajay = spans["ajay"]
    attributes.set_attribute(project, span=ajay, name="negated", value=True)
    with pytest.raises(InvalidOperation, match="one of accused"):
        attributes.set_attributes(project, span=ajay, values={"entity_id": "ajay-mishra", "role": "witness"})
    assert attributes.span_attributes(project, ajay) == {"negated": True}  # nothing written
    saved = attributes.set_attributes(project, span=ajay, values={"entity_id": "ajay-mishra", "role": "official", "negated": None})
    assert [(a.name, a.deleted) for _, a in saved.attributes] == [("entity_id", False), ("negated", True), ("role", False)]
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra", "role": "official"}
    edits.revert(project, saved)
    assert attributes.span_attributes(project, ajay) == {"negated": True}


def test_relabelling_drops_the_values_the_new_label_does_not_take_and_undo_brings_them_back(project, spans):
    ajay = spans["ajay"]
    attributes.set_attributes(project, span=ajay, values={"entity_id": "ajay-mishra", "role": "official", "negated": True})
    to_org = edits.relabel_span(project, span=ajay, label="ORGANIZATION")  # takes entity_id and negated, not role
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra", "negated": True}
    assert [(b.name, a.deleted) for b, a in to_org.attributes] == [("role", True)]
    to_date = edits.relabel_span(project, span=ajay, label="DATE")  # takes only negated (it has no labels)
    assert attributes.span_attributes(project, ajay) == {"negated": True}
    assert ("role", "official") not in {(r[1], r[2]) for r in _rows(project) if not r[3]}  # a tombstone, so a merge carries it
    edits.revert(project, to_date)
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra", "negated": True}
    edits.revert(project, to_org)  # one undo step: the label and the value come back together
    assert project.span(ajay).label == "PERSON"
    assert attributes.span_attributes(project, ajay) == {"entity_id": "ajay-mishra", "negated": True, "role": "official"}
