"""No silent loss: every export counts, with examples, what its format could not carry (spans,
relations, overlaps, meta, ids, notes, text rebuilt from tokens), on stderr and in `--json`;
our JSONL loses nothing and says nothing; a re-import says what it did not add again."""

from __future__ import annotations

import json

import pytest

from tests.data.formats.corpus import new_project, records, run, write_jsonl


@pytest.fixture
def source(tmp_path):
    db = new_project(tmp_path / "a.db")
    recs = records()
    recs[0]["entities"][0]["note"] = "पद पूरा?"
    assert run("import", db, write_jsonl(tmp_path / "corpus.jsonl", recs)) == 0
    return db


def _export(db, out, fmt, capsys):
    capsys.readouterr()
    assert run("export", db, "-o", out, "--format", fmt, "--source", "asha", "--json") == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    return report, {item["reason"]: item for item in report["losses"]}, captured.err


def test_conll_reports_everything_it_cannot_carry(source, tmp_path, capsys):
    report, losses, err = _export(source, tmp_path / "x.conll", "conll", capsys)
    by_start = {reason.split(" (")[0].split(":")[0]: item for reason, item in losses.items()}
    assert by_start["documents' meta was left out"]["count"] == 3
    assert by_start["document ids were left out"]["count"] == 3 and "'kanpur/003'" in by_start["document ids were left out"]["examples"]
    assert by_start["relations were left out"]["count"] == 6
    assert by_start["overlapping spans were left out"]["count"] == 3
    assert by_start["notes and unsure flags were left out"]["examples"] == ["kanpur-001: 1"]
    texts = by_start["texts will read back different"]
    assert texts["count"] == 3 and any(e.startswith("kanpur-001: ") and "\\r\\n" in e for e in texts["examples"])
    surfaces = by_start["spans' texts will read back different"]
    assert "kanpur/003:55-63 MONEY '₹5 करोड़' -> '₹ 5 करोड़'" in surfaces["examples"]
    assert "kanpur-002:49-59 LOCATION 'बिकरू\\nगांव' -> 'बिकरू गांव'" in surfaces["examples"]
    # the same report on stderr, one line per reason, with its count
    assert len(report["notes"]) == len(losses) and all(f"annotator: note: {line}" in err for line in report["notes"])
    assert f"annotator: note: {texts['count']} texts will read back different" in err


def test_our_jsonl_loses_nothing_and_says_nothing(source, tmp_path, capsys):
    report, losses, err = _export(source, tmp_path / "x.jsonl", "jsonl", capsys)
    assert report["notes"] == [] and losses == {} and "note:" not in err


def test_doccano_seq_is_the_label_form(source, tmp_path, capsys):
    report, losses, _ = _export(source, tmp_path / "x.jsonl", "doccano-seq", capsys)
    first = json.loads((tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["id", "text", "label", "meta"] and first["label"][0] == [0, 12, "DESIGNATION"]
    assert "entities" not in first and "relations" not in first
    assert [n for n in report["notes"] if n.startswith("6 relations were left out (doccano's plain sequence-labelling form holds none")]


@pytest.mark.parametrize("fmt, name, kept", [("prodigy", "x.jsonl", {"meta", "ids"}), ("hf", "x.jsonl", {"ids"}), ("brat", "x", {"ids", "notes"}), ("labelstudio", "x.json", {"meta", "ids"})])
def test_each_format_reports_exactly_what_it_drops(source, tmp_path, capsys, fmt, name, kept):
    report, losses, _ = _export(source, tmp_path / name, fmt, capsys)
    said = {what for what, words in (("meta", "meta was left out"), ("ids", "document ids were left out"), ("notes", "notes and unsure flags were left out")) if any(words in r for r in losses)}
    assert said == {"meta", "ids", "notes"} - kept


def test_a_reimport_says_what_it_did_not_add_again(tmp_path, capsys):
    db = new_project(tmp_path / "a.db")
    src = write_jsonl(tmp_path / "c.jsonl", records())
    assert run("import", db, src) == 0
    capsys.readouterr()
    assert run("import", db, src) == 0
    out = capsys.readouterr().out
    assert out.strip() == "imported 0 documents (3 duplicates not added), 0 spans, 0 relations into asha; 21 spans and relations the layer already had were not added again"
