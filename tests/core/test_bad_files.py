"""Hostile input files and export targets, through the command line: each is one line on
stderr naming the file (and line), exit status 1, and the project unchanged; `--skip-bad`
keeps the good records and lists every bad one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats import registry
from annotator.project import Project
from tests.data.formats.corpus import digest, new_project, read_jsonl, run

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने कहा"
DEEP = "[" * 100_000

# One good line per JSON-lines format: (format, line).
GOOD_LINES = {
    "jsonl": json.dumps({"id": "ok", "text": TEXT, "entities": [{"start": 13, "end": 27, "label": "PERSON"}]}, ensure_ascii=False),
    "doccano": json.dumps({"id": "ok", "text": TEXT, "entities": [{"id": 1, "label": "PERSON", "start_offset": 13, "end_offset": 27}]}, ensure_ascii=False),
    "prodigy": json.dumps({"id": "ok", "text": TEXT, "spans": [{"start": 13, "end": 27, "label": "PERSON"}]}, ensure_ascii=False),
    "spacy": json.dumps([TEXT, {"entities": [[13, 27, "PERSON"]]}], ensure_ascii=False),
    "hf": json.dumps({"id": "ok", "tokens": ["विजय", "सिंह"], "ner_tags": ["B-PERSON", "I-PERSON"]}, ensure_ascii=False),
}


def refused(capsys, db: Path, args: list, where: str, words: str) -> str:
    """Run a command that must fail: exit 1, one stderr line naming `where` and `words`,
    the project exactly as it was."""
    before = digest(db)
    capsys.readouterr()
    assert run(*args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert where in err and words in err, err
    assert digest(db) == before
    return err


def documents(db: Path) -> list[str]:
    with Project.open(db) as p:
        return [d.ext_id for d in p.documents()]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_project(tmp_path / "p.db")


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# -- 1. deeply nested JSON -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOOD_LINES))
def test_deeply_nested_json_is_a_bad_line_in_every_json_format(db, tmp_path, capsys, fmt):
    src = write(tmp_path / "a.jsonl", GOOD_LINES[fmt] + "\n" + DEEP + "\n")
    refused(capsys, db, ["import", db, src, "--format", fmt], f"{src}:2:", "nested too deeply")
    assert run("import", db, src, "--format", fmt, "--skip-bad") == 0
    assert f"skipped {src}:2:" in capsys.readouterr().err
    assert len(documents(db)) == 1


def test_deeply_nested_json_by_auto_detection_and_in_a_spacy_array(db, tmp_path, capsys):
    first = write(tmp_path / "deep.jsonl", DEEP + "\n")
    refused(capsys, db, ["import", db, first], f"{first}:1:", "nested too deeply")
    array = write(tmp_path / "s.json", "[\n" + GOOD_LINES["spacy"] + ",\n" + DEEP + "\n]\n")
    refused(capsys, db, ["import", db, array], f"{array}:3:", "nested too deeply")


# -- 2, 3. lone surrogates and NUL -----------------------------------------------------------


def jsonl_line(**fields) -> str:
    record = {"id": "bad", "text": TEXT}
    record.update(fields)
    return json.dumps(record)  # ASCII escapes: a lone surrogate is written as \udfff


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"text": TEXT + "\udfff"}, "the text holds a lone surrogate (U+DFFF"),
        ({"id": "x\udfff"}, "the id holds a lone surrogate"),
        ({"meta": {"source": "\udfff"}}, "'meta' (as JSON) holds a lone surrogate"),
        ({"meta": {"\ud800": 1}}, "'meta' (as JSON) holds a lone surrogate (U+D800"),
        ({"entities": [{"start": 0, "end": 5, "label": "DESIGNATION", "provenance": {"why": "\udfff"}}]}, "'provenance' (as JSON) holds a lone surrogate"),
        ({"text": TEXT + "\u0000"}, "the text holds a NUL character (U+0000) at offset 34"),
        ({"id": "a\u0000b"}, "the id holds a NUL character"),
    ],
)
def test_unstorable_characters_are_bad_records_and_skippable(db, tmp_path, capsys, fields, words):
    src = write(tmp_path / "a.jsonl", GOOD_LINES["jsonl"] + "\n" + jsonl_line(**fields) + "\n")
    refused(capsys, db, ["import", db, src], f"{src}:2:", words)
    assert run("import", db, src, "--skip-bad") == 0
    assert f"skipped {src}:2:" in capsys.readouterr().err
    assert documents(db) == ["ok"]
    assert run("export", db, "-o", tmp_path / "out.jsonl", "--source", "import:a") == 0


def test_nul_in_a_conll_token_names_the_document_line(db, tmp_path, capsys):
    src = write(tmp_path / "x.conll", "राम\tB-PERSON\n\nघर\x00\tO\nगया\tO\n")
    refused(capsys, db, ["import", db, src], f"{src}:3:", "NUL character")


# -- 4. a document id too long for a file name ---------------------------------------------


def test_brat_export_shortens_ids_too_long_for_a_file_name(db, tmp_path, capsys):
    long_a, long_b = "क" * 100 + "-a", "क" * 100 + "-b"  # 302 bytes each, the same first 200
    recs = [{"id": i, "text": t, "entities": [{"start": 0, "end": 3, "label": "PERSON"}], "source": "asha"} for i, t in ((long_a, "राम घर गया"), (long_b, "राम आया"))]
    src = write(tmp_path / "a.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    assert run("import", db, src) == 0
    out = tmp_path / "brat"
    capsys.readouterr()
    assert run("export", db, "-o", out, "--format", "brat", "--source", "asha") == 0
    err = capsys.readouterr().err
    assert "were shortened" in err
    anns = sorted(p for p in out.iterdir() if p.suffix == ".ann")
    assert len(anns) == 2 and all(len(p.name.encode()) <= 255 for p in anns)
    assert anns[0].stem != anns[1].stem
    # the same id gives the same name in every export
    again = tmp_path / "brat2"
    assert run("export", db, "-o", again, "--format", "brat", "--source", "asha") == 0
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in out.iterdir())
    fresh = new_project(tmp_path / "q.db")
    assert run("import", fresh, out) == 0


# -- 5. an export onto a project -------------------------------------------------------------


def test_export_refuses_to_overwrite_the_project_even_with_force(db, tmp_path, capsys):
    src = write(tmp_path / "a.jsonl", GOOD_LINES["jsonl"] + "\n")
    assert run("import", db, src) == 0
    refused(capsys, db, ["export", db, "-o", db, "--force"], str(db), "is the project being exported")
    refused(capsys, db, ["export", db, "-o", Path(str(db) + "-wal"), "--force", "--source", "import:a"], "-wal", "is the project being exported")
    part = new_project(tmp_path / "data.train.db")  # what a split export to data.db would write
    refused(capsys, part, ["export", db, "-o", tmp_path / "data.db", "--split", "0.5,0.5", "--force", "--source", "import:a"], str(part), "is a project")
    link = tmp_path / "alias.db"
    link.symlink_to(db)
    refused(capsys, db, ["export", db, "-o", link, "--force", "--format", "conll", "--source", "import:a"], str(link), "is the project being exported")
    other = new_project(tmp_path / "other.db")
    refused(capsys, other, ["export", db, "-o", other, "--force", "--source", "import:a"], str(other), "is a project (an SQLite database)")
    assert documents(db) == ["ok"]


def test_safe_output_refuses_a_project_file(db):
    from annotator.errors import InputError
    from annotator.exporter import safe_output

    with pytest.raises(InputError, match="is a project"):
        with safe_output(db, force=True):
            pass


# -- 6. CR-only and CRLF line ends -------------------------------------------------------------


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_every_line_reader_takes_cr_and_crlf_line_ends(db, tmp_path, end):
    conll = write(tmp_path / "x.conll", end.join(["राम\tB-PERSON", "ने\tO", "कहा\tO", "घर\tO", "", "सीता\tB-PERSON", ""]))
    lines = [json.dumps({"id": "j1", "text": "राम ने\rकहा"}, ensure_ascii=False), json.dumps({"id": "j2", "text": "सीता आई"}, ensure_ascii=False)]
    jsonl = write(tmp_path / "y.jsonl", end.join(lines) + end)
    write(tmp_path / "c" / "b.txt", "राम ने कहा")
    brat = write(tmp_path / "c" / "b.ann", end.join(["T1\tPERSON 0 3\tराम", "T2\tPERSON 7 10\tकहा", ""]))
    assert run("import", db, conll, jsonl, brat) == 0
    out = tmp_path / "all.jsonl"
    assert run("export", db, "-o", out, "--source", "import:x", "--status", "all") == 0
    texts = {r["id"]: r["text"] for r in read_jsonl(out)}
    assert texts["x-1"] == "राम ने कहा घर" and texts["x-2"] == "सीता"
    assert texts["j1"] == "राम ने\rकहा"  # a \r inside a JSON string is text, kept as is
    assert set(texts) == {"x-1", "x-2", "j1", "j2", "b"}
    assert run("export", db, "-o", out, "--source", "import:c", "--force") == 0
    brat_doc = next(r for r in read_jsonl(out) if r["id"] == "b")
    assert [(e["start"], e["end"]) for e in brat_doc["entities"]] == [(0, 3), (7, 10)]


def test_a_cr_only_file_names_the_right_line(db, tmp_path, capsys):
    src = write(tmp_path / "x.conll", "राम\tB-PERSON\rने\rकहा\tO\r")
    refused(capsys, db, ["import", db, src], f"{src}:2:", "expected 'token<TAB>tag'")


# -- 7. what a killed export leaves ---------------------------------------------------------


def test_folder_import_skips_hidden_and_part_files(db, tmp_path):
    folder = tmp_path / "exports"
    write(folder / "data.jsonl", GOOD_LINES["jsonl"] + "\n")
    write(folder / ".data.jsonl.k3j2.part", json.dumps({"id": "partial", "text": "आधा"}, ensure_ascii=False) + "\n")
    write(folder / ".brat.x1y2.part" / "brat" / "a.txt", "आधा लिखा")
    write(folder / ".brat.x1y2.part" / "brat" / "a.ann", "")
    write(folder / "old.part" / "b.txt", "पुराना")
    write(folder / ".hidden" / "c.txt", "छिपा")
    assert run("import", db, folder) == 0
    assert documents(db) == ["ok"]


def test_export_removes_stale_part_leftovers_of_the_same_name(db, tmp_path):
    write(tmp_path / "a.jsonl", GOOD_LINES["jsonl"] + "\n")
    assert run("import", db, tmp_path / "a.jsonl") == 0
    stale_file = write(tmp_path / ".out.jsonl.abcd.part", "half")
    stale_dir = write(tmp_path / ".brat.efgh.part" / "brat" / "a.txt", "half").parent.parent
    other = write(tmp_path / ".other.jsonl.abcd.part", "not ours")
    assert run("export", db, "-o", tmp_path / "out.jsonl", "--source", "import:a") == 0
    assert run("export", db, "-o", tmp_path / "brat", "--format", "brat", "--source", "import:a") == 0
    assert not stale_file.exists() and not stale_dir.exists() and other.exists()
    assert not list(tmp_path.glob(".out.jsonl.*")) and not list(tmp_path.glob(".brat.*"))


# -- 8. provenance that is not an object ------------------------------------------------------


@pytest.mark.parametrize("prov", [5, "asha", ["asha"], {"annotators": "asha"}])
def test_provenance_must_be_an_object(db, tmp_path, capsys, prov):
    rec = {"id": "g", "text": TEXT, "entities": [{"start": 13, "end": 27, "label": "PERSON", "provenance": prov}], "source": "gold"}
    src = write(tmp_path / "g.jsonl", GOOD_LINES["jsonl"] + "\n" + json.dumps(rec, ensure_ascii=False) + "\n")
    refused(capsys, db, ["import", db, src], f"{src}:2:", "'provenance")


def test_relation_provenance_must_be_an_object(db, tmp_path, capsys):
    rec = {
        "id": "g",
        "text": TEXT,
        "entities": [{"id": "T1", "start": 0, "end": 12, "label": "DESIGNATION"}, {"id": "T2", "start": 13, "end": 27, "label": "PERSON"}],
        "relations": [{"head": "T2", "tail": "T1", "label": "HAS_DESIGNATION", "provenance": "x"}],
    }
    src = write(tmp_path / "g.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    refused(capsys, db, ["import", db, src], f"{src}:1:", "relation #1: 'provenance' must be an object")


# -- 9. identical entities ------------------------------------------------------------------


def test_a_relation_between_identical_entities_is_refused(db, tmp_path, capsys):
    rec = {
        "id": "d",
        "text": TEXT,
        "entities": [{"id": "T1", "start": 13, "end": 27, "label": "PERSON"}, {"id": "T2", "start": 13, "end": 27, "label": "PERSON"}],
        "relations": [{"head": "T1", "tail": "T2", "label": "HAS_DESIGNATION"}],
    }
    src = write(tmp_path / "d.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    refused(capsys, db, ["import", db, src], f"{src}:1:", "head T1 and tail T2 are identical entities")


def test_identical_entities_are_stored_once_with_a_note(db, tmp_path, capsys):
    rec = {
        "id": "d",
        "text": TEXT,
        "entities": [
            {"id": "T1", "start": 0, "end": 12, "label": "DESIGNATION"},
            {"id": "T2", "start": 13, "end": 27, "label": "PERSON"},
            {"id": "T3", "start": 13, "end": 27, "label": "PERSON"},
        ],
        "relations": [{"head": "T2", "tail": "T1", "label": "HAS_DESIGNATION"}, {"head": "T3", "tail": "T1", "label": "HAS_DESIGNATION"}],
        "source": "asha",
    }
    src = write(tmp_path / "d.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    capsys.readouterr()
    assert run("import", db, src) == 0
    captured = capsys.readouterr()
    assert "2 spans, 1 relations" in captured.out and f"note: {src}:1: 1 entities repeated" in captured.err


# -- 10. a Prodigy relation span with a list as its label -------------------------------------


@pytest.mark.parametrize("label", [["X"], {"x": 1}])
def test_prodigy_relation_span_label_must_be_a_string(db, tmp_path, capsys, label):
    span = {"start": 13, "end": 27, "label": "PERSON"}
    rec = {"text": TEXT, "spans": [span], "relations": [{"head": 0, "child": 1, "label": "HAS_DESIGNATION", "head_span": {**span, "label": label}, "child_span": span}]}
    src = write(tmp_path / "p.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    refused(capsys, db, ["import", db, src, "--format", "prodigy"], f"{src}:1:", "its head_span needs integer 'start' and 'end' and a string 'label'")


# -- 11. running out of memory --------------------------------------------------------------


def test_memory_error_names_the_input_size_and_what_to_do(db, tmp_path, capsys, monkeypatch):
    src = write(tmp_path / "big.jsonl", GOOD_LINES["jsonl"] + "\n")
    other = write(tmp_path / "more.jsonl", GOOD_LINES["jsonl"].replace('"ok"', '"ok2"') + "\n")

    def exhausted(path):
        yield from ()
        raise MemoryError

    monkeypatch.setitem(registry.PARSERS, "jsonl", exhausted)
    size = src.stat().st_size + other.stat().st_size
    err = refused(capsys, db, ["import", db, src, other, "--format", "jsonl"], str(src), "ran out of memory")
    assert f"{size:,} bytes" in err and "2 file(s)" in err and "split the file" in err


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_a_spacy_array_names_the_right_line_with_any_line_end(db, tmp_path, capsys, end):
    bad = json.dumps([TEXT, {"entities": [[13, 26, "PERSON"]]}], ensure_ascii=False)
    src = write(tmp_path / "s.json", end.join(["[", GOOD_LINES["spacy"] + ",", bad, "]", ""]))
    refused(capsys, db, ["import", db, src], f"{src}:3:", "splits the grapheme cluster")
