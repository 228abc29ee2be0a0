"""Span attributes travel between laptops like every other row: union by id, the newer value
wins, tombstones carry a cleared value, packages carry them, a laptop whose scheme has an
attribute the lead's lacks grows the lead's scheme, and a bad value refuses the merge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator import attributes, store
from annotator.merge import merge
from annotator.package import write_package
from annotator.project import Project
from annotator.project_dump import canonical_dump
from annotator.scheme import parse_scheme
from tests.core.test_merge import SCHEME, copy, make_base
from tests.core.test_merge_validation import _refused

ATTRIBUTES = """
[[attribute]]
name = "entity_id"
kind = "text"
labels = ["PERSON"]

[[attribute]]
name = "negated"
kind = "boolean"
"""


def _span(p: Project, ext: str, who: str, label: str) -> str:
    doc = p.document_by_ext_id(ext).uuid
    return next(s.uuid for s in p.spans(doc, p.annotator(who).uuid) if s.label == label)


@pytest.fixture()
def base(tmp_path: Path) -> Path:
    path = make_base(tmp_path)
    with Project.open(path) as p:
        p.set_scheme(parse_scheme(SCHEME.split("\n[[attribute]]")[0] + ATTRIBUTES))  # the tests' entity_id, not the bundled one
    return path


def _values(path: Path) -> list[tuple]:
    with Project.open(path) as p:
        found = []
        for doc in p.documents():
            for who in p.annotators():
                for span, values in attributes.layer_attributes(p, doc.uuid, who.uuid).items():
                    found += [(doc.ext_id, who.name, p.span(span).label, name, value) for name, value in values.items()]
        return sorted(found)


def _laptops(base: Path, tmp_path: Path) -> tuple[Path, Path]:
    asha, ravi = copy(base, tmp_path / "asha.db"), copy(base, tmp_path / "ravi.db")
    with Project.open(asha) as p:
        attributes.set_attribute(p, span=_span(p, "n1", "asha", "PERSON"), name="entity_id", value="vijay-meena")
        attributes.set_attribute(p, span=_span(p, "n1", "asha", "DESIGNATION"), name="negated", value=False)
    with Project.open(ravi) as p:
        attributes.set_attribute(p, span=_span(p, "n1", "ravi", "PERSON"), name="entity_id", value="vijay-meena")
        attributes.set_attribute(p, span=_span(p, "n2", "ravi", "LOCATION"), name="negated", value=True)
    return asha, ravi


def test_two_laptops_attributes_merge_in_any_order_and_twice(base: Path, tmp_path: Path) -> None:
    asha, ravi = _laptops(base, tmp_path)
    dumps = []
    for n, order in enumerate(([asha, ravi], [ravi, asha])):
        lead = copy(base, tmp_path / f"lead{n}.db")
        with Project.open(lead) as p:
            report = merge(p, order)
            assert report.tables["attribute"].added == 4
            dumps.append(canonical_dump(p))
            merge(p, order)
            assert canonical_dump(p) == dumps[-1]
            # the lead exports "all mentions of this person": both layers' spans with the id
            assert [u.spans for u in attributes.used_values(p, "entity_id")] == [2]
    assert dumps[0] == dumps[1]
    assert _values(tmp_path / "lead0.db") == [
        ("n1", "asha", "DESIGNATION", "negated", False),
        ("n1", "asha", "PERSON", "entity_id", "vijay-meena"),
        ("n1", "ravi", "PERSON", "entity_id", "vijay-meena"),
        ("n2", "ravi", "LOCATION", "negated", True),
    ]


def test_the_newer_value_wins_and_a_newer_clearing_too(base: Path, tmp_path: Path) -> None:
    first, second = copy(base, tmp_path / "first.db"), copy(base, tmp_path / "second.db")
    for path, value in ((first, "vijay-1"), (second, "vijay-2")):  # second is edited later
        with Project.open(path) as p:
            attributes.set_attribute(p, span=_span(p, "n1", "asha", "PERSON"), name="entity_id", value=value)
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        merge(p, [second, first])
    assert [v[4] for v in _values(lead)] == ["vijay-2"]
    with Project.open(first) as p:
        attributes.clear_attribute(p, span=_span(p, "n1", "asha", "PERSON"), name="entity_id")
    with Project.open(lead) as p:
        merge(p, [first, second])
        assert p.sql("SELECT deleted FROM attribute").fetchall() == [(1,)]
    assert _values(lead) == []


def test_a_package_carries_attributes_and_grows_the_leads_scheme(base: Path, tmp_path: Path) -> None:
    asha, _ = _laptops(base, tmp_path)
    with Project.open(asha) as p:
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    (tmp_path / "lead").mkdir()
    # the lead's project was made with the scheme before the bundled entity_id (version 1)
    lead = make_base(tmp_path / "lead", SCHEME.split("\n[[attribute]]")[0].replace("version = 2", "version = 1"), name="lead.db")
    with Project.open(lead) as p:
        assert p.scheme.attributes == ()
        merge(p, [tmp_path / "asha.pkg"])
        assert [a.name for a in p.scheme.attributes] == ["entity_id", "negated"]
    assert [v[1:] for v in _values(lead)] == [("asha", "DESIGNATION", "negated", False), ("asha", "PERSON", "entity_id", "vijay-meena")]


def _ids(path: Path) -> tuple[str, str, str]:
    with Project.open(path) as p:
        return _span(p, "n1", "asha", "PERSON"), _span(p, "n1", "asha", "DESIGNATION"), _span(p, "n1", "ravi", "PERSON")


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda a, d, r: "UPDATE attribute SET value = '\"vijay\\nmeena\"'", "one line"),  # a line break, escaped as JSON writes it
        (lambda a, d, r: "UPDATE attribute SET value = 'true'", "takes a string"),
        (lambda a, d, r: "UPDATE attribute SET value = '{'", "not JSON"),
        (lambda a, d, r: f"UPDATE attribute SET name = 'colour', uuid = '{store.attribute_uuid(a, 'colour')}'", "no attribute 'colour'"),
        (lambda a, d, r: f"UPDATE attribute SET span = '{d}', uuid = '{store.attribute_uuid(d, 'entity_id')}'", "not for DESIGNATION spans"),
        (lambda a, d, r: f"UPDATE attribute SET span = '{r}', uuid = '{store.attribute_uuid(r, 'entity_id')}'", "not in its document and annotator's layer"),
        (lambda a, d, r: f"UPDATE attribute SET span = '{d}'", "its id is not the one"),
        (lambda a, d, r: "UPDATE attribute SET span = 'gone', uuid = '" + store.attribute_uuid("gone", "entity_id") + "'", "its span gone is in neither file"),
        (lambda a, d, r: "UPDATE attribute SET updated_at = created_at - 1", "timestamps"),
    ],
)
def test_a_bad_attribute_refuses_the_merge_with_one_line_naming_the_file(base: Path, tmp_path: Path, make, reason: str) -> None:
    person, designation, ravi = _ids(base)
    with Project.open(base) as p:
        attributes.set_attribute(p, span=person, name="entity_id", value="vijay-meena")
    statements = ["PRAGMA foreign_keys = OFF", "PRAGMA ignore_check_constraints = ON", make(person, designation, ravi)]
    _refused(base, tmp_path, *statements, match="^" + re.escape(f"{tmp_path / 'bad.db'}: attribute ") + ".*" + reason)


def test_skip_bad_leaves_the_bad_value_out_and_merges_the_rest(base: Path, tmp_path: Path) -> None:
    asha, ravi = _laptops(base, tmp_path)
    with Project.open(ravi) as p:
        p.sql("UPDATE attribute SET value = '\"maybe\"' WHERE name = 'negated'")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [asha, ravi], skip_bad=True)
    assert len(report.skipped) == 1 and "ravi.db: attribute" in report.skipped[0] and "true or false" in report.skipped[0]
    assert ("n1", "ravi", "PERSON", "entity_id", "vijay-meena") in _values(lead)
    assert not any(v[1] == "ravi" and v[3] == "negated" for v in _values(lead))


def test_a_package_of_the_format_before_attributes_still_merges(base: Path, tmp_path: Path) -> None:
    import sqlite3

    with Project.open(base) as p:
        write_package(p, tmp_path / "old.pkg", annotator="ravi")
    con = sqlite3.connect(tmp_path / "old.pkg")  # as the version before attributes wrote it
    con.execute("DROP TABLE attribute")
    con.execute("UPDATE package_info SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [tmp_path / "old.pkg"])
    assert "attribute" not in report.tables and report.tables["span"].unchanged == 2
