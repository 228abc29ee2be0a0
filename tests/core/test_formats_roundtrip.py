"""Every export format round-trips: export -> import into a fresh project -> export again is
byte-identical, and every offset of nukta, joiner, emoji, CRLF and Devanagari-digit text is
kept (or the loss is reported, never silent)."""

from __future__ import annotations

import json

import pytest

from annotator.project import Project
from tests.data.formats.corpus import MISALIGNED, layer, new_project, read_jsonl, records, run, tree, write_jsonl

# (format, OUT name): the OUT name picks spaCy's form (.jsonl lines, .json array, .spacy DocBin)
CASES = [
    ("jsonl", "out.jsonl"),
    ("doccano", "out.jsonl"),
    ("doccano-seq", "out.jsonl"),
    ("prodigy", "out.jsonl"),
    ("spacy", "out.jsonl"),
    ("spacy", "out.json"),
    ("spacy", "out.spacy"),
    ("brat", "out"),
    ("conll", "out.conll"),
    ("hf", "out.jsonl"),
    ("labelstudio", "out.json"),
]
TEXT_KEPT = {"jsonl", "doccano", "doccano-seq", "prodigy", "spacy", "brat", "labelstudio"}  # the others rebuild text from tokens


@pytest.fixture
def source(tmp_path):
    db = new_project(tmp_path / "a.db")
    assert run("import", db, write_jsonl(tmp_path / "corpus.jsonl", records())) == 0
    return db


def export(db, out, fmt, *extra):
    return run("export", db, "-o", out, "--format", fmt, "--source", "asha", *extra)


def _id(case):
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_export_import_export_is_byte_identical(source, tmp_path, case, capsys):
    fmt, name = case
    if name.endswith(".spacy"):
        pytest.importorskip("spacy")
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir(), second.mkdir()
    assert export(source, first / name, fmt) == 0
    db = new_project(tmp_path / "b.db")
    assert run("import", db, first / name, "--as", "asha") == 0, capsys.readouterr().err
    assert export(db, second / name, fmt) == 0
    a, b = tree(first), tree(second)
    assert a and a == b


@pytest.mark.parametrize("case", [c for c in CASES if c[0] in TEXT_KEPT], ids=_id)
def test_text_and_offsets_survive(source, tmp_path, case, capsys):
    fmt, name = case
    if name.endswith(".spacy"):
        pytest.importorskip("spacy")
    out = tmp_path / name
    capsys.readouterr()
    assert export(source, out, fmt) == 0
    notes = capsys.readouterr().err
    db = new_project(tmp_path / "b.db")
    assert run("import", db, out, "--as", "asha") == 0
    before, after = layer(source, "asha"), layer(db, "asha")
    assert len(after) == len(before)
    ids_kept = not (fmt == "spacy" and not name.endswith(".spacy"))  # spaCy's JSON holds no ids
    for (ext_id, (text, spans, rels)), (got_id, (got_text, got_spans, got_rels)) in zip(before.items(), after.items()):
        if ids_kept:
            assert got_id == (ext_id.replace("/", "_") if fmt == "brat" else ext_id)
        assert got_text == text  # byte for byte: CRLF, nukta, joiners, emoji
        expected = set(spans)
        if fmt in ("prodigy", "spacy") and ext_id == MISALIGNED[0]:
            lost = {s for s in spans if text[s[0] : s[1]] == MISALIGNED[1]}
            expected -= lost
            assert "do not align" in notes and repr(MISALIGNED[1]) in notes
        assert got_spans == expected
        if fmt == "doccano-seq" or (fmt == "spacy" and not name.endswith(".spacy")):
            assert got_rels == set() and "relations were left out" in notes
        else:
            assert got_rels == {r for r in rels if r[0] in expected and r[1] in expected}


def test_brat_files_follow_brat_rules(source, tmp_path):
    out = tmp_path / "brat"
    assert export(source, out, "brat") == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["annotation.conf", "kanpur-001.ann", "kanpur-001.txt", "kanpur-002.ann", "kanpur-002.txt", "kanpur_003.ann", "kanpur_003.txt", "visual.conf"]
    with Project.open(source) as p:
        text = p.text(p.document_by_ext_id("kanpur-002").uuid)
    assert (out / "kanpur-002.txt").read_bytes() == text.encode("utf-8")
    for ann in out.glob("*.ann"):
        txt = (out / (ann.stem + ".txt")).read_bytes().decode("utf-8")
        for line in ann.read_text(encoding="utf-8").split("\n"):
            if line.startswith("T"):
                ident, data, surface = line.split("\t")
                label, where = data.split(" ", 1)
                pieces = [tuple(map(int, f.split())) for f in where.split(";")]
                assert surface == " ".join(txt[a:b] for a, b in pieces)
                assert "\n" not in surface and "\r" not in surface
    # the span across a line break is two fragments, read back as one span
    at = text.index("बिकरू\nगांव")
    assert f"LOCATION {at} {at + 5};{at + 6} {at + 10}\tबिकरू गांव\n" in (out / "kanpur-002.ann").read_text(encoding="utf-8")
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "HAS_DESIGNATION\tArg1:PERSON, Arg2:DESIGNATION" in conf and "<OVL-TYPE>:<ANY>" in conf
    assert "SPOUSE_OF\tArg1:PERSON, Arg2:PERSON, <REL-TYPE>:symmetric" in conf
    assert "PERSON\tbgColor:#4FC3F7" in (out / "visual.conf").read_text(encoding="utf-8")


def test_token_formats_tag_what_aligns_and_report_the_rest(source, tmp_path, capsys):
    out = tmp_path / "out.conll"
    capsys.readouterr()
    assert export(source, out, "conll") == 0
    err = capsys.readouterr().err
    assert "1 spans do not align with the tokens" in err and "'भारत'" in err
    assert "overlapping spans were left out" in err and "relations were left out (the format holds none)" in err
    blocks = out.read_text(encoding="utf-8").split("\n\n")
    assert blocks[-1] == "" and len(blocks) == 4
    first = [line.split("\t") for line in blocks[0].split("\n")]
    assert ["विजय", "B-PERSON"] in first and ["मीणा", "I-PERSON"] in first and ["१२३", "B-QUANTITY"] in first
    assert ["😀", "O"] in first and ["👍🏽", "O"] in first and ["।", "O"] in first
    second = [line.split("\t") for line in blocks[1].split("\n")]
    # nested LOCATIONs: the outer one is kept
    assert second[:4] == [["उत्तर", "B-LOCATION"], ["प्रदेश", "I-LOCATION"], ["के", "I-LOCATION"], ["कानपुर", "I-LOCATION"]]
    assert ["बिकरू", "B-LOCATION"] in second and ["गांव", "I-LOCATION"] in second


def test_conll_sentences_and_docstart_round_trip(source, tmp_path):
    out = tmp_path / "s.conll"
    assert export(source, out, "conll", "--sentences") == 0
    content = out.read_text(encoding="utf-8")
    assert content.startswith("-DOCSTART-\tO\n\nपुलिस\tB-DESIGNATION\n")
    assert content.count("-DOCSTART-") == 3
    assert "।\tO\n\nड़" in content  # a sentence ends at the danda
    db = new_project(tmp_path / "b.db")
    assert run("import", db, out, "--as", "asha") == 0
    with Project.open(db) as p:
        assert p.document_count() == 3
    again = tmp_path / "again.conll"
    assert export(db, again, "conll", "--sentences") == 0
    assert again.read_bytes() == out.read_bytes()


def test_prodigy_layout_rebuilds_the_text(source, tmp_path):
    out = tmp_path / "p.jsonl"
    assert export(source, out, "prodigy") == 0
    for rec in read_jsonl(out):
        text = rec["text"]
        assert "".join(t["text"] + " " * t["ws"] for t in rec["tokens"]) == text
        assert rec["meta"]["tokenizer"] == "hindi-punct 1"
        for span in rec["spans"]:
            assert rec["tokens"][span["token_start"]]["start"] == span["start"]
            assert rec["tokens"][span["token_end"]]["end"] == span["end"]
        for rel in rec["relations"]:
            assert rel["head"] == rel["head_span"]["token_end"] and rel["child"] == rel["child_span"]["token_end"]


def test_doccano_shape(source, tmp_path):
    out = tmp_path / "d.jsonl"
    assert export(source, out, "doccano") == 0
    rec = read_jsonl(out)[0]
    assert list(rec) == ["id", "text", "entities", "relations", "meta"]
    assert rec["entities"][0] == {"id": 1, "label": "DESIGNATION", "start_offset": 0, "end_offset": 12}
    ids = {e["id"]: e for e in rec["entities"]}
    (rel,) = rec["relations"]
    assert rel["type"] == "HAS_DESIGNATION" and ids[rel["from_id"]]["label"] == "PERSON" and ids[rel["to_id"]]["label"] == "DESIGNATION"


def test_hf_rows_and_label_list(source, tmp_path):
    out = tmp_path / "hf.jsonl"
    assert export(source, out, "hf", "--labels", "PERSON,LOCATION", "--rename", "PERSON=PER,LOCATION=LOC") == 0
    meta = json.loads((tmp_path / "hf.features.json").read_text(encoding="utf-8"))
    assert meta["label_names"] == ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    assert meta["tokenizer"] == {"name": "hindi-punct", "version": "1"}
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["kanpur-001", "kanpur-002", "kanpur/003"]
    names = meta["label_names"]
    row = rows[0]
    assert [(t, names[i]) for t, i in zip(row["tokens"], row["ner_tags"]) if i] == [("विजय", "B-PER"), ("सिंह", "I-PER"), ("मीणा", "I-PER")]
