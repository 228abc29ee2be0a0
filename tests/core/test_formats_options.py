"""Export options (labels, renaming, split, tokenizer, safe writing, progress and cancel) and
the import side's format detection and format variants."""

from __future__ import annotations

import json

import pytest

from annotator.exporter import ExportCancelled, export, split_plan
from annotator.formats.conll import parse_conll
from annotator.formats.registry import detect_format, files_in_folder
from annotator.project import Project
from tests.data.formats.corpus import layer, new_project, read_jsonl, records, run, tree, write_jsonl


@pytest.fixture
def source(tmp_path):
    db = new_project(tmp_path / "a.db")
    assert run("import", db, write_jsonl(tmp_path / "corpus.jsonl", records())) == 0
    return db


def test_labels_and_rename(source, tmp_path):
    out = tmp_path / "o.jsonl"
    assert run("export", source, "-o", out, "--source", "asha", "--labels", "PERSON,DESIGNATION,LOCATION", "--rename", "PERSON=PER,LOCATION=LOC,DESIGNATION=PER") == 0
    docs = read_jsonl(out)
    labels = {e["label"] for d in docs for e in d["entities"]}
    assert labels == {"PER", "LOC"}
    first = docs[0]
    assert [(e["text"], e["label"]) for e in first["entities"]] == [("पुलिस आयुक्त", "PER"), ("विजय", "PER"), ("विजय सिंह मीणा", "PER")]
    assert [(r["head"], r["tail"], r["label"]) for r in first["relations"]] == [("T3", "T1", "HAS_DESIGNATION")]
    # DATE_OF and PLACE_OF lose their EVENT head; PAID_TO its MONEY head
    assert sum(len(d["relations"]) for d in docs) == 3
    brat = tmp_path / "brat"
    assert run("export", source, "-o", brat, "--format", "brat", "--source", "asha", "--labels", "PERSON,DESIGNATION,LOCATION", "--rename", "PERSON=PER,LOCATION=LOC,DESIGNATION=PER") == 0
    conf = (brat / "annotation.conf").read_text(encoding="utf-8")
    assert "\nPER\nLOC\n" in conf and "HAS_DESIGNATION\tArg1:PER, Arg2:PER" in conf and "DATE_OF" not in conf


@pytest.mark.parametrize("args, words", [(("--labels", "PERSON,POLICE"), "unknown label 'POLICE'"), (("--rename", "PERSON"), "is not OLD=NEW"), (("--rename", "PERSON=a b"), "must be ASCII letters, digits, _ or -"), (("--split", "0.8,0.3"), "add up to 1"), (("--format", "conll", "--translit", "iast"), "jsonl format only")])
def test_bad_options_are_refused(source, tmp_path, capsys, args, words):
    out = tmp_path / "o.jsonl"
    assert run("export", source, "-o", out, "--source", "asha", *args) == 1
    assert words in capsys.readouterr().err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_split_is_deterministic_and_complete(source, tmp_path):
    ids = [f"d{i}" for i in range(100)]
    a, b, c = split_plan(ids, (0.8, 0.1, 0.1), 7), split_plan(reversed(ids), (0.8, 0.1, 0.1), 7), split_plan(ids, (0.8, 0.1, 0.1), 8)
    assert a == b and a != c
    assert [sum(1 for v in a.values() if v == s) for s in ("train", "dev", "test")] == [80, 10, 10]
    out = tmp_path / "data.jsonl"
    assert run("export", source, "-o", out, "--source", "asha", "--split", "0.34,0.33,0.33", "--seed", "3") == 0
    parts = {s: read_jsonl(tmp_path / f"data.{s}.jsonl") for s in ("train", "dev", "test")}
    assert sorted(d["id"] for docs in parts.values() for d in docs) == sorted(r["id"] for r in records())
    again = tmp_path / "again"
    again.mkdir()
    assert run("export", source, "-o", again / "data.jsonl", "--source", "asha", "--split", "0.34,0.33,0.33", "--seed", "3") == 0
    assert tree(again) == {f"data.{s}.jsonl": (tmp_path / f"data.{s}.jsonl").read_bytes() for s in ("train", "dev", "test")}
    # a folder format splits into subfolders, which import back as one folder
    brat = tmp_path / "brat"
    assert run("export", source, "-o", brat, "--format", "brat", "--source", "asha", "--split", "0.34,0.33,0.33", "--seed", "3") == 0
    assert sorted(p.name for p in brat.iterdir()) == ["dev", "test", "train"]
    assert all((brat / s / "annotation.conf").exists() for s in ("train", "dev", "test"))
    db = new_project(tmp_path / "b.db")
    assert run("import", db, brat) == 0
    with Project.open(db) as p:
        assert p.document_count() == 3 and [a.name for a in p.annotators()] == ["import:brat"]


def test_force_and_folder_safety(source, tmp_path, capsys):
    out = tmp_path / "brat"
    assert run("export", source, "-o", out, "--format", "brat", "--source", "asha") == 0
    assert run("export", source, "-o", out, "--format", "brat", "--source", "asha") == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert run("export", source, "-o", out, "--format", "brat", "--source", "asha", "--force", "--labels", "PERSON") == 0
    assert "LOCATION" not in (out / "kanpur-002.ann").read_text(encoding="utf-8")
    # a folder that is not an export is never replaced, even with --force
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.docx").write_bytes(b"precious")
    assert run("export", source, "-o", mine, "--format", "brat", "--source", "asha", "--force") == 1
    assert "refusing to replace it" in capsys.readouterr().err
    assert (mine / "notes.docx").read_bytes() == b"precious"
    # every output of a split is checked before anything is written
    (tmp_path / "d.dev.jsonl").write_text("keep", encoding="utf-8")
    assert run("export", source, "-o", tmp_path / "d.jsonl", "--source", "asha", "--split", "0.5,0.5") == 1
    assert not (tmp_path / "d.train.jsonl").exists() and (tmp_path / "d.dev.jsonl").read_text(encoding="utf-8") == "keep"
    # hf writes its label list beside OUT, and refuses to overwrite that too
    (tmp_path / "h.features.json").write_text("keep", encoding="utf-8")
    assert run("export", source, "-o", tmp_path / "h.jsonl", "--format", "hf", "--source", "asha") == 1
    assert not (tmp_path / "h.jsonl").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_and_cancel_write_nothing(source, tmp_path):
    seen = []
    with Project.open(source) as p:
        report = export(p, tmp_path / "o.conll", fmt="conll", source="asha", progress=lambda d, t: seen.append((d, t)))
        assert report.documents == 3 and seen[-1] == (3, 3) and report.tokenizer == {"name": "hindi-punct", "version": "1"}
        assert report.as_dict()["notes"] == report.notes and any("do not align" in n for n in report.notes)
        calls = iter(range(10))
        with pytest.raises(ExportCancelled):
            export(p, tmp_path / "c.jsonl", fmt="jsonl", source="asha", cancelled=lambda: next(calls) >= 1)
    assert not (tmp_path / "c.jsonl").exists() and not [x for x in tmp_path.iterdir() if x.name.endswith(".part")]


def test_translit_in_jsonl(source, tmp_path):
    pytest.importorskip("indic_transliteration")
    out = tmp_path / "t.jsonl"
    assert run("export", source, "-o", out, "--source", "asha", "--translit", "iast") == 0
    ent = read_jsonl(out)[0]["entities"][1]
    assert ent["text"] == "विजय" and ent["translit"] and ent["translit"] != ent["text"]


def test_format_detection(tmp_path):
    samples = {
        "ours.jsonl": {"id": "a", "text": "राम", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]},
        "doccano.jsonl": {"text": "राम", "entities": [{"id": 1, "start_offset": 0, "end_offset": 3, "label": "PERSON"}]},
        "doccano2.jsonl": {"text": "राम", "label": [[0, 3, "PERSON"]]},
        "prodigy.jsonl": {"text": "राम", "spans": [{"start": 0, "end": 3, "label": "PERSON"}]},
        "hf.jsonl": {"tokens": ["राम"], "ner_tags": [1]},
        "spacy.jsonl": ["राम", {"entities": [[0, 3, "PERSON"]]}],
    }
    for name, obj in samples.items():
        (tmp_path / name).write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    assert {n: detect_format(tmp_path / n) for n in samples} == {
        "ours.jsonl": "jsonl", "doccano.jsonl": "doccano", "doccano2.jsonl": "doccano", "prodigy.jsonl": "prodigy", "hf.jsonl": "hf", "spacy.jsonl": "spacy",
    }
    (tmp_path / "b").mkdir()
    for name in ("x.txt", "x.ann", "y.txt", "annotation.conf"):
        (tmp_path / "b" / name).write_text("राम", encoding="utf-8")
    (tmp_path / "b" / "hf.features.json").write_text("{}", encoding="utf-8")
    assert [(p.name, f) for p, f in files_in_folder(tmp_path / "b", "auto")] == [("x.ann", "brat"), ("y.txt", "txt")]
    assert detect_format(tmp_path / "b" / "x.txt") == "brat" and detect_format(tmp_path / "k.conll") == "conll"


def test_conll_docstart_columns_and_repairs(tmp_path):
    src = tmp_path / "c.conll"
    src.write_text(
        "-DOCSTART- -X- -X- O\r\n\r\nEU NNP B-NP I-ORGANIZATION\r\nrejects VBZ B-VP O\r\n\r\nराम NNP B-NP I-PERSON\r\nसिंह NNP I-NP I-PERSON\r\n\r\n"
        "-DOCSTART- -X- -X- O\r\n\r\nदिल्ली NNP B-NP B-LOCATION\r\n",
        encoding="utf-8",
    )
    first, second = list(parse_conll(src))
    assert first.text == "EU rejects राम सिंह" and second.text == "दिल्ली"
    assert [(first.text[e.start : e.end], e.label) for e in first.entities] == [("EU", "ORGANIZATION"), ("राम सिंह", "PERSON")]
    assert first.notes == [f"{src}:3: 1 I- tag(s) without a B- read as beginning an entity", f"{src}:6: 1 I- tag(s) without a B- read as beginning an entity"]
    assert first.line == 3 and second.line == 11


def test_doccano_prodigy_brat_variants(tmp_path):
    db = new_project(tmp_path / "p.db")
    text = "विजय सिंह मीणा\nपीआरओ बने।"
    d = tmp_path / "doccano.jsonl"
    d.write_text(json.dumps({"id": 7, "text": text, "label": [[0, 14, "PERSON"], [15, 20, "DESIGNATION"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    p = tmp_path / "prodigy.jsonl"
    p.write_text(
        json.dumps({"text": text + " ", "spans": [{"start": 0, "end": 4, "label": "PERSON"}], "answer": "reject"}, ensure_ascii=False) + "\n"
        + json.dumps({"text": text + "  ", "spans": [{"start": 0, "end": 14, "label": "PERSON", "token_start": 0, "token_end": 2}, {"start": 15, "end": 20, "label": "DESIGNATION", "token_start": 4, "token_end": 4}],
                      "relations": [{"head": 2, "child": 4, "label": "HAS_DESIGNATION"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    folder = tmp_path / "bratdocs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\xef\xbb\xbf" + (text + "\n").encode("utf-8"))  # brat counts the BOM
    # fragments with only spaces between them are one span; notes (#) are skipped
    (folder / "a.ann").write_text("#1\tAnnotatorNotes T1\tcheck\nT1\tPERSON 1 5;6 10;11 15\tविजय सिंह मीणा\nT2\tDESIGNATION 16 21\tपीआरओ\nR1\tHAS_DESIGNATION Arg1:T1 Arg2:T2\n", encoding="utf-8")
    assert run("import", db, d, p, folder) == 0
    with Project.open(db) as proj:
        names = sorted(a.name for a in proj.annotators())
    assert names == ["import:bratdocs", "import:doccano", "import:prodigy"]
    got = layer(db, "import:doccano")["7"]
    assert got[1] == {(0, 14, "PERSON"), (15, 20, "DESIGNATION")}
    pro = layer(db, "import:prodigy")
    assert pro["prodigy-1"][1] == set()  # rejected: text only
    assert pro["prodigy-2"][2] == {((0, 14, "PERSON"), (15, 20, "DESIGNATION"), "HAS_DESIGNATION")}
    assert layer(db, "import:bratdocs")["a"] == (text + "\n", {(0, 14, "PERSON"), (15, 20, "DESIGNATION")}, {((0, 14, "PERSON"), (15, 20, "DESIGNATION"), "HAS_DESIGNATION")})
