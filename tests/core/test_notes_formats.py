"""Notes and unsure flags in the exports and back: our JSONL's `note`/`unsure` fields (old files
without them still read), and brat's AnnotatorNotes `#` lines and `Unsure` attribute."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import edits, notes
from annotator.errors import InputError
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि\r\nदारोगा अजय मिश्रा कानपुर में थे।"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


@pytest.fixture
def noted(project, add_doc, asha):
    """asha's layer: three spans, one relation, notes and flags on a span, the relation and the document."""
    doc = add_doc(TEXT, "kanpur-002")
    ids = {}
    for surface, label in (("विजय सिंह मीणा", "PERSON"), ("आयुक्त", "DESIGNATION"), ("अजय मिश्रा", "PERSON")):
        s, e = at(surface)
        ids[surface] = edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label=label).spans[0][1].uuid
    rel = edits.add_relation(project, head=ids["विजय सिंह मीणा"], tail=ids["आयुक्त"], label="HAS_DESIGNATION").relations[0][1].uuid
    notes.set_note(project, annotator=asha, kind="span", target=ids["अजय मिश्रा"], text="दारोगा भी नाम में?")
    notes.toggle_unsure(project, annotator=asha, kind="span", target=ids["अजय मिश्रा"])
    notes.toggle_unsure(project, annotator=asha, kind="span", target=ids["आयुक्त"])
    notes.set_note(project, annotator=asha, kind="relation", target=rel, text="पद 'पुलिस आयुक्त' पूरा?")
    notes.set_note(project, annotator=asha, kind="document", target=doc, text="लेख अधूरा है")
    notes.toggle_unsure(project, annotator=asha, kind="document", target=doc)
    return doc


def _listed(project: Project) -> list[tuple]:
    return [(n.kind, n.what, n.text, n.unsure) for n in notes.list_notes(project)]


def test_jsonl_carries_notes_and_round_trips(project, noted, tmp_path: Path):
    out = tmp_path / "asha.jsonl"
    export(project, out, source="asha")
    record = json.loads(out.read_text(encoding="utf-8"))
    assert list(record) == ["id", "text", "meta", "entities", "relations", "annotators", "source", "note", "unsure"]
    assert record["note"] == "लेख अधूरा है" and record["unsure"] is True
    by_text = {e["text"]: e for e in record["entities"]}
    assert by_text["अजय मिश्रा"]["note"] == "दारोगा भी नाम में?" and by_text["अजय मिश्रा"]["unsure"] is True
    assert by_text["आयुक्त"]["unsure"] is True and "note" not in by_text["आयुक्त"]
    assert "note" not in by_text["विजय सिंह मीणा"] and "unsure" not in by_text["विजय सिंह मीणा"]
    assert record["relations"][0]["note"] == "पद 'पुलिस आयुक्त' पूरा?" and "unsure" not in record["relations"][0]
    # import into a fresh project, as asha: the same notes, and the same export again
    with Project.create(tmp_path / "fresh.db", resolve_scheme("hindi-news")) as fresh:
        report = import_paths(fresh, [out], as_annotator="asha")
        assert report.notes_added == 4 and ", 4 notes into asha" in report.summary()
        assert _listed(fresh) == _listed(project)
        again = tmp_path / "again.jsonl"
        export(fresh, again, source="asha")
        assert again.read_bytes() == out.read_bytes()
        assert import_paths(fresh, [out], as_annotator="asha").notes_added == 0  # nothing twice


def test_a_layer_without_notes_writes_the_old_form(project, add_doc, asha, tmp_path: Path):
    doc = add_doc(TEXT)
    s, e = at("कानपुर")
    edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="LOCATION")
    export(project, tmp_path / "plain.jsonl", source="asha")
    record = json.loads((tmp_path / "plain.jsonl").read_text(encoding="utf-8"))
    assert list(record) == ["id", "text", "meta", "entities", "relations", "annotators", "source"]
    assert list(record["entities"][0]) == ["id", "start", "end", "label", "text"]


def test_label_renaming_keeps_the_notes(project, noted, tmp_path: Path):
    export(project, tmp_path / "renamed.jsonl", source="asha", rename="PERSON=PER", labels="PERSON,DESIGNATION,HAS_DESIGNATION")
    record = json.loads((tmp_path / "renamed.jsonl").read_text(encoding="utf-8"))
    assert [(e["label"], e.get("note"), e.get("unsure", False)) for e in record["entities"]] == [
        ("DESIGNATION", None, True), ("PER", None, False), ("PER", "दारोगा भी नाम में?", True)
    ]
    assert record["relations"][0]["note"] == "पद 'पुलिस आयुक्त' पूरा?"


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda r: r["entities"][0].update(note="दो\nपंक्तियाँ"), "entity T1: a note is one line"),
        (lambda r: r["entities"][0].update(unsure="yes"), "entity T1: 'unsure' must be true or false"),
        (lambda r: r.update(note=7), "the document: 'note' must be a string"),
        (lambda r: r["relations"][0].update(note="x" * 1001), "relation HAS_DESIGNATION: a note is at most"),
    ],
)
def test_a_bad_note_in_jsonl_is_refused_with_its_line(project, noted, tmp_path: Path, change, reason: str):
    out = tmp_path / "asha.jsonl"
    export(project, out, source="asha")
    record = json.loads(out.read_text(encoding="utf-8"))
    change(record)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "fresh.db", resolve_scheme("hindi-news")) as fresh:
        with pytest.raises(InputError) as info:
            import_paths(fresh, [bad], as_annotator="asha")
        assert str(info.value).startswith(f"{bad}:2: {reason}")
        assert fresh.document_count() == 0 and fresh.sql("SELECT count(*) FROM note").fetchone()[0] == 0


def test_brat_writes_annotator_notes_and_the_unsure_attribute(project, noted, tmp_path: Path):
    report = export(project, tmp_path / "brat", fmt="brat", source="asha")
    ann = (tmp_path / "brat" / "kanpur-002.ann").read_text(encoding="utf-8").splitlines()
    t = {line.split("\t")[2]: line.split("\t")[0] for line in ann if line.startswith("T")}
    assert f"#1\tAnnotatorNotes {t['अजय मिश्रा']}\tदारोगा भी नाम में?" in ann
    assert "#2\tAnnotatorNotes R1\tपद 'पुलिस आयुक्त' पूरा?" in ann
    assert sorted(line for line in ann if line.startswith("A")) == sorted(f"A{n}\tUnsure {t[s]}" for n, s in enumerate(("आयुक्त", "अजय मिश्रा"), start=1))
    assert "Unsure\tArg:<ENTITY>" in (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    assert any("left out" in line and "kanpur-002: the document" in line for line in report.notes)
    # and back: the span and relation notes and the span flags (brat holds no document note)
    with Project.create(tmp_path / "fresh.db", resolve_scheme("hindi-news")) as fresh:
        import_paths(fresh, [tmp_path / "brat"], as_annotator="asha")
        assert _listed(fresh) == [n for n in _listed(project) if n[0] != "document"]


def test_brat_import_reads_annotator_notes_lines(project, tmp_path: Path):
    """A .ann as brat's own editor saves it: notes on an entity and on a relation, a comment."""
    folder = tmp_path / "collection"
    folder.mkdir()
    text = "कानपुर में दारोगा अजय मिश्रा ने बताया।\n"
    (folder / "doc1.txt").write_text(text, encoding="utf-8", newline="")
    s, d = text.index("अजय मिश्रा"), text.index("दारोगा")
    ann = (
        f"T1\tPERSON {s} {s + 10}\tअजय मिश्रा\n"
        f"T2\tDESIGNATION {d} {d + 6}\tदारोगा\n"
        "R1\tHAS_DESIGNATION Arg1:T1 Arg2:T2\t\n"
        "#1\tAnnotatorNotes T1\tपूरा नाम पता नहीं\n"
        "#2\tAnnotatorNotes R1\tशायद थानाध्यक्ष\n"
        "#3\tAnnotatorNotes T1\tदूसरा लेख देखें\n"
        "# a comment line that is not a note\n"
        "A1\tUnsure T2\n"
    )
    (folder / "doc1.ann").write_text(ann, encoding="utf-8", newline="")
    report = import_paths(project, [folder])
    assert report.notes_added == 3 and report.annotators == ["import:collection"]
    assert [(n.kind, n.text, n.unsure) for n in notes.list_notes(project)] == [
        ("span", "", True), ("span", "पूरा नाम पता नहीं; दूसरा लेख देखें", False), ("relation", "शायद थानाध्यक्ष", False)
    ]
    (folder / "doc1.ann").write_text(ann + "#4\tAnnotatorNotes T9\tकिसका?\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"doc1.ann:9: #4: no text-bound annotation or relation 'T9'"):
        import_paths(project, [folder], as_annotator="ravi")
