"""Span attributes in brat (A lines for booleans and choices, N lines for text attributes) and in
Label Studio (per-region choices and text areas, declared in the labeling config): written, read
back into the layer, another tool's undeclared ones listed, and the other formats' loss report."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import attributes, notes
from annotator.errors import InputError
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from tests.core.test_attributes import with_attributes
from tests.core.test_attributes_formats import TEXT, at, tagged  # noqa: F401 (a fixture)


def _values(project: Project, annotator: str) -> dict[tuple[str, str], dict]:
    who = project.annotator(annotator).uuid
    out = {}
    for doc in project.documents():
        text = project.text(doc.uuid)
        values = attributes.layer_attributes(project, doc.uuid, who)
        out.update({(text[s.start : s.end], s.label): values.get(s.uuid, {}) for s in project.spans(doc.uuid, who)})
    return out


def test_brat_writes_a_and_n_lines_and_reads_them_back(project, tagged, tmp_path: Path):  # noqa: F811
    out = tmp_path / "brat"
    report = export(project, out, fmt="brat", source="asha")
    ann = (out / "kanpur-3.ann").read_text(encoding="utf-8")
    s, e = at("अजय मिश्रा")
    m0, m1 = at("मिश्रा", 1)
    assert ann.splitlines() == [
        "T1\tDESIGNATION 0 6\tदारोगा",
        f"T2\tPERSON {s} {e}\tअजय मिश्रा",
        f"T3\tPERSON {m0} {m1}\tमिश्रा",
        "A1\tUnsure T3",
        "A2\trole T2 official",
        "N1\tReference T2 entity_id:ajay-mishra\tajay-mishra",
        "N2\tReference T3 entity_id:ajay-mishra\tajay-mishra",
        "#1\tAnnotatorNotes T3\tयही अजय मिश्रा हैं?",
    ]
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "role\tArg:<ENTITY>, Value:accused|victim|official" in conf and "negated\tArg:<ENTITY>" in conf
    # the designation's negated = false has no brat form: counted, with the document and span
    (lost,) = [x for x in report.losses if x["reason"].startswith("boolean attributes set to false were left out")]
    assert lost["count"] == 1 and lost["examples"] == ["kanpur-3: negated on T1"]
    with Project.create(tmp_path / "fresh.db", with_attributes()) as fresh:
        got = import_paths(fresh, [out], as_annotator="asha")
        assert got.attributes_added == 3 and got.notes == []
        assert _values(fresh, "asha") == {
            ("दारोगा", "DESIGNATION"): {},  # false came back unset, as reported
            ("अजय मिश्रा", "PERSON"): {"entity_id": "ajay-mishra", "role": "official"},
            ("मिश्रा", "PERSON"): {"entity_id": "ajay-mishra"},
        }
        assert [(n.text, n.unsure) for n in notes.list_notes(fresh)] == [("यही अजय मिश्रा हैं?", True)]


def test_brat_true_booleans_and_escaped_ids_round_trip(project, tagged, tmp_path: Path):  # noqa: F811
    who = project.annotator("asha").uuid
    spans = {project.text(tagged)[s.start : s.end]: s.uuid for s in project.spans(tagged, who)}
    attributes.set_attribute(project, span=spans["दारोगा"], name="negated", value=True)
    attributes.set_attribute(project, span=spans["मिश्रा"], name="entity_id", value="मिश्रा 100% जी")
    out = tmp_path / "brat"
    export(project, out, fmt="brat", source="asha")
    ann = (out / "kanpur-3.ann").read_text(encoding="utf-8")
    assert "A2\tnegated T1\n" in ann and "N2\tReference T3 entity_id:मिश्रा%20100%25%20जी\tमिश्रा 100% जी\n" in ann
    with Project.create(tmp_path / "fresh.db", with_attributes()) as fresh:
        import_paths(fresh, [out], as_annotator="asha")
        assert _values(fresh, "asha") == _values(project, "asha")


def _brat(tmp_path: Path, lines: list[str]) -> Path:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "d.txt").write_text(TEXT, encoding="utf-8")
    s, e = at("अजय मिश्रा")
    (folder / "d.ann").write_text("\n".join([f"T1\tPERSON {s} {e}\tअजय मिश्रा", *lines]) + "\n", encoding="utf-8")
    return folder


def test_another_tools_undeclared_attributes_are_listed_and_declared_ones_checked(tmp_path: Path):
    folder = _brat(tmp_path, ["A1\tSpeculation T1", "N1\tReference T1 Wikidata:Q42\tअजय", "A2\trole T1 victim", "A3\tnegated T1 true"])
    with Project.create(tmp_path / "p.db", with_attributes()) as p:
        report = import_paths(p, [folder])
        assert _values(p, "import:other") == {("अजय मिश्रा", "PERSON"): {"role": "victim", "negated": True}}
        ann = folder / "d.ann"
        assert report.notes == [
            f"{ann}:2: A1: the attribute 'Speculation T1' was not imported: the project's scheme has no attribute 'Speculation'",
            f"{ann}:3: N1: the normalisation 'Reference T1 Wikidata:Q42' was not imported: the project's scheme has no attribute 'Wikidata'",
        ]
    (tmp_path / "x").mkdir()
    bad = _brat(tmp_path / "x", ["A1\trole T1 witness"])
    with Project.create(tmp_path / "q.db", with_attributes()) as q, pytest.raises(InputError) as err:
        import_paths(q, [bad])
    assert "d.ann" in str(err.value) and "attribute role is one of accused, victim, official, not 'witness'" in str(err.value)
    assert q.path.exists()


def test_label_studio_writes_per_region_choices_and_text_areas_and_reads_them(project, tagged, tmp_path: Path):  # noqa: F811
    out = tmp_path / "tasks.json"
    export(project, out, fmt="labelstudio", source="asha")
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    result = task["predictions"][0]["result"]
    extra = [(r["id"], r["from_name"], r["type"], r["value"].get("choices") or r["value"].get("text")) for r in result if r["type"] in ("choices", "textarea")]
    assert extra == [
        ("T1", "negated", "choices", ["false"]),
        ("T2", "entity_id", "textarea", ["ajay-mishra"]),
        ("T2", "role", "choices", ["official"]),
        ("T3", "entity_id", "textarea", ["ajay-mishra"]),
    ]
    config = ET.fromstring((tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8"))
    choices = {c.get("name"): [x.get("value") for x in c] for c in config.iter("Choices")}
    assert choices == {"role": ["accused", "victim", "official"], "negated": ["true", "false"]}
    assert all(c.get("perRegion") == "true" for c in config.iter("Choices"))
    assert [t.get("name") for t in config.iter("TextArea")] == ["entity_id"]
    with Project.create(tmp_path / "fresh.db", with_attributes()) as fresh:
        import_paths(fresh, [out], as_annotator="asha")
        assert _values(fresh, "asha") == _values(project, "asha")  # false included: nothing lost


def test_formats_without_attributes_say_so(project, tagged, tmp_path: Path):  # noqa: F811
    for fmt, name in (("conll", "x.conll"), ("doccano", "x.jsonl"), ("hf", "h.jsonl"), ("prodigy", "p.jsonl")):
        report = export(project, tmp_path / name, fmt=fmt, source="asha")
        (lost,) = [x for x in report.losses if x["reason"] == f"span attributes were left out ({fmt} has no place for them)"]
        assert lost["count"] == 1 and lost["examples"] == ["kanpur-3: 3 spans"], fmt
    for fmt, name in (("jsonl", "j.jsonl"), ("labelstudio", "l.json")):
        report = export(project, tmp_path / name, fmt=fmt, source="asha")
        assert not any("attributes" in x["reason"] for x in report.losses), fmt


def test_label_studio_choices_the_scheme_lacks_are_listed(project, tagged, tmp_path: Path):  # noqa: F811
    out = tmp_path / "tasks.json"
    export(project, out, fmt="labelstudio", source="asha")
    bundled = resolve_scheme("hindi-news")  # entity_id only
    with Project.create(tmp_path / "plain.db", bundled) as plain:
        report = import_paths(plain, [out], as_annotator="asha")
        assert sorted(n.split("result #")[-1][7:] for n in report.notes) == [
            "choices 'negated' was not imported: the project's scheme has no attribute 'negated'",
            "choices 'role' was not imported: the project's scheme has no attribute 'role'",
        ]
        assert _values(plain, "asha") == {k: {n: v for n, v in values.items() if n == "entity_id"} for k, values in _values(project, "asha").items()}


def test_annotation_conf_gives_a_scheme_its_attributes(project, tagged, tmp_path: Path):  # noqa: F811
    from annotator.formats.brat_conf import scheme_from_conf

    out = tmp_path / "brat"
    export(project, out, fmt="brat", source="asha")
    made = scheme_from_conf(out)
    got = {a.name: (a.kind, a.values, a.labels) for a in made.scheme.attributes}
    assert got == {"role": ("choice", ("accused", "victim", "official"), ()), "negated": ("boolean", (), ())}
    with Project.create(tmp_path / "conf.db", made.scheme) as p:
        report = import_paths(p, [out], as_annotator="asha")
        assert _values(p, "asha")[("अजय मिश्रा", "PERSON")] == {"role": "official"}
        # a text attribute has no annotation.conf form: its N lines wait for a scheme that declares it
        assert sum("the project's scheme has no attribute 'entity_id'" in n for n in report.notes) == 2
