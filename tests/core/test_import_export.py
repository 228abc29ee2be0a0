"""Import and export through the command line: verbatim text, exact offsets, bad input refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.project import Project


def run(*args: str) -> int:
    return main([str(a) for a in args])


def digest(path: Path) -> str:
    """A fingerprint of everything a project holds (not the file bytes, which WAL may move)."""
    with Project.open(path) as p:
        rows = []
        for table in ("scheme_version", "document", "annotator", "span", "relation", "status"):
            rows.append(sorted(map(repr, p.sql(f"SELECT * FROM {table}").fetchall())))
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "news.db"
    assert run("init", path) == 0
    return path


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_txt_is_stored_verbatim(db, tmp_path, capsys):
    text = "पहली पंक्ति\r\nदूसरी\u200d पंक्ति ड़ ड\u093c 😀\n\n"
    src = tmp_path / "story.txt"
    src.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run("import", db, src) == 0
    with Project.open(db) as p:
        doc = p.document_by_ext_id("story")
        assert p.text(doc.uuid) == text
    out = tmp_path / "out.jsonl"
    assert run("import", db, src) == 0
    assert "1 duplicates" in capsys.readouterr().out
    # No gold layer yet: the text goes out without annotations, and the report says so.
    assert run("export", db, "-o", out, "--source", "gold") == 0
    assert "no gold layer yet" in capsys.readouterr().err
    assert [(r["id"], r["text"], r["entities"]) for r in lines(out)] == [("story", text, [])]


def test_whole_article_round_trips_exactly(db, tmp_path, article, capsys):
    """Every entity and relation of a careful reading survives import, export and re-import."""
    text = article.text
    record = article.gold.record(text)
    src = tmp_path / f"{article.name}.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("import", db, src) == 0
    assert f"{len(record['entities'])} spans, {len(record['relations'])} relations into asha" in capsys.readouterr().out
    out = tmp_path / "out.jsonl"
    assert run("export", db, "-o", out, "--source", "asha") == 0
    (doc,) = lines(out)
    assert list(doc) == ["id", "text", "meta", "entities", "relations", "annotators", "source"]
    assert doc["text"] == text and doc["source"] == "asha" and doc["annotators"] == ["asha"]
    assert doc["meta"]["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    assert all(text[e["start"] : e["end"]] == e["text"] for e in doc["entities"])
    assert [(e["start"], e["end"], e["label"]) for e in doc["entities"]] == sorted((e["start"], e["end"], e["label"]) for e in record["entities"])
    by_key = {e["id"]: (e["start"], e["end"], e["label"]) for e in record["entities"]}
    by_id = {e["id"]: (e["start"], e["end"], e["label"]) for e in doc["entities"]}
    want = sorted((by_key[r["head"]], by_key[r["tail"]], r["label"]) for r in record["relations"])
    got = sorted((by_id[r["head"]], by_id[r["tail"]], r["label"]) for r in doc["relations"])
    assert got == want
    # export -> import into a fresh project -> export is byte-identical
    db2 = tmp_path / "again.db"
    run("init", db2)
    assert run("import", db2, out) == 0
    out2 = tmp_path / "out2.jsonl"
    assert run("export", db2, "-o", out2, "--source", "asha") == 0
    assert out2.read_bytes() == out.read_bytes()
    # and re-importing the same annotations adds nothing
    capsys.readouterr()
    assert run("import", db2, out) == 0
    assert "0 spans, 0 relations" in capsys.readouterr().out


def test_export_never_overwrites_without_force(db, tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("एक दो तीन", encoding="utf-8")
    run("import", db, src, "--as", "asha")
    out = tmp_path / "out.jsonl"
    out.write_text("keep me", encoding="utf-8")
    # a .txt carries no annotations, so 'asha' has no layer yet: the error says so, and even
    # with --force the failed export leaves the old file as it was
    assert run("export", db, "-o", out, "--source", "asha", "--force") == 1
    assert "no annotator 'asha'" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    rec = {"id": "x", "text": "राम घर गया", "entities": [{"start": 0, "end": 3, "label": "PERSON"}], "source": "asha"}
    j = tmp_path / "x.jsonl"
    j.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("import", db, j) == 0
    assert run("export", db, "-o", out, "--source", "asha") == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run("export", db, "-o", out, "--source", "asha", "--force") == 0
    assert len(lines(out)) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_status_done_filters(db, tmp_path):
    from annotator import edits

    rec = [{"id": f"d{i}", "text": f"राम {i} घर गया", "entities": [{"start": 0, "end": 3, "label": "PERSON"}], "source": "asha"} for i in range(3)]
    j = tmp_path / "x.jsonl"
    j.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rec), encoding="utf-8")
    run("import", db, j)
    with Project.open(db) as p:
        edits.set_status(p, document=p.document_by_ext_id("d1").uuid, annotator=p.annotator("asha").uuid, status="done")
    out = tmp_path / "o.jsonl"
    assert run("export", db, "-o", out, "--source", "asha", "--status", "done") == 0
    assert [d["id"] for d in lines(out)] == ["d1"]
    assert run("export", db, "-o", out, "--source", "asha", "--force") == 0
    assert [d["id"] for d in lines(out)] == ["d0", "d1", "d2"]


def test_as_annotator_and_default_layer_names(db, tmp_path):
    rec = {"id": "x", "text": "राम घर गया", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}
    j = tmp_path / "pre.jsonl"
    j.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("import", db, j) == 0
    assert run("import", db, j, "--as", "ravi") == 0
    with Project.open(db) as p:
        names = {a.name: a.kind for a in p.annotators()}
        assert names == {"import:pre": "import", "ravi": "human"}
        assert p.document_count() == 1


GOOD = {"id": "ok", "text": "पुलिस आयुक्त विजय सिंह मीणा ने कहा", "entities": [
    {"id": "T1", "start": 0, "end": 12, "label": "DESIGNATION", "text": "पुलिस आयुक्त"},
    {"id": "T2", "start": 13, "end": 27, "label": "PERSON", "text": "विजय सिंह मीणा"}],
    "relations": [{"head": "T2", "tail": "T1", "label": "HAS_DESIGNATION"}]}


def bad(**change):
    rec = json.loads(json.dumps(GOOD))
    for key, value in change.items():
        if key == "entity0":
            rec["entities"][0].update(value)
        elif key == "relation0":
            rec["relations"][0].update(value)
        else:
            rec[key] = value
    return json.dumps(rec, ensure_ascii=False)


BAD_INPUTS = {
    "invalid_utf8": (b"\xff\xfe bad", None, "not valid UTF-8"),
    "empty": (b"", None, "empty"),
    "not_json": (b'{"text": "ok"}\n{oops\n', 2, "not valid JSON"),
    "no_text": (b'{"id": "a"}\n', 1, "no 'text'"),
    "out_of_range": (bad(entity0={"start": 0, "end": 400, "text": None}).encode(), 1, "outside the text"),
    "splits_cluster": (bad(entity0={"start": 0, "end": 11, "text": None}).encode(), 1, "splits the grapheme cluster"),
    "text_mismatch": (bad(entity0={"text": "पुलिस"}).encode(), 1, "differs from the document's text"),
    "unknown_label": (bad(entity0={"label": "POLICE"}).encode(), 1, "unknown label 'POLICE'"),
    "unknown_relation": (bad(relation0={"label": "IS_A"}).encode(), 1, "unknown relation type 'IS_A'"),
    "forbidden_relation": (bad(relation0={"head": "T1", "tail": "T2"}).encode(), 1, "does not allow it from DESIGNATION to PERSON"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_naming_file_and_line_and_changes_nothing(db, tmp_path, capsys, case):
    data, line, words = BAD_INPUTS[case]
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    src = tmp_path / ("bad.txt" if case == "invalid_utf8" else "bad.jsonl")
    if isinstance(data, str):
        data = data.encode()
    src.write_bytes(data if case in ("invalid_utf8", "empty", "not_json", "no_text") else data + b"\n")
    before = digest(db)
    capsys.readouterr()
    assert run("import", db, good, src) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    where = f"{src}:{line}:" if line else f"{src}:"
    assert where in err and words in err, err
    assert digest(db) == before


def test_skip_bad_keeps_the_good_and_lists_the_bad(db, tmp_path, capsys):
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n{oops\n" + bad(entity0={"label": "POLICE"}) + "\n", encoding="utf-8")
    assert run("import", db, src, "--skip-bad") == 0
    captured = capsys.readouterr()
    assert "imported 1 documents" in captured.out
    assert f"{src}:2: not valid JSON" in captured.err and f"{src}:3: entity T1: unknown label" in captured.err


def test_scheme_typo_is_refused(tmp_path, capsys):
    scheme = tmp_path / "s.toml"
    scheme.write_text('name = "s"\n\n[[entity]]\nname = "PERSON"\ncolr = "#FFFFFF"\n', encoding="utf-8")
    assert run("init", tmp_path / "p.db", "--scheme", scheme) == 1
    err = capsys.readouterr().err
    assert f"{scheme}:5:" in err and "unknown field 'colr'" in err and "did you mean 'color'" in err
    assert not (tmp_path / "p.db").exists()


def test_usage_errors_exit_2(db, capsys):
    assert run("export", db) == 2
    assert run("import", db, "x", "--format", "pdf") == 2
    assert run("nonsense", "a", "b") == 2


def test_stats_json(db, tmp_path, capsys):
    j = tmp_path / "g.jsonl"
    j.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    run("import", db, j, "--as", "asha")
    capsys.readouterr()
    assert run("stats", db, "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert {k: stats[k] for k in ("documents", "annotators", "spans", "relations")} == {"documents": 1, "annotators": 1, "spans": 2, "relations": 1}


def test_folder_import_and_default_project(tmp_path):
    from annotator.defaults import ensure_default_project

    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("पहला लेख", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("दूसरा लेख", encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    db = tmp_path / "f.db"
    run("init", db)
    assert run("import", db, folder) == 0
    with Project.open(db) as p:
        assert [d.ext_id for d in p.documents()] == ["a", "b"]
    path = ensure_default_project()
    with Project.open(path) as p:
        assert p.document_count() == 2 and p.stats()["spans"] > 10
        for d in p.documents():
            text = p.text(d.uuid)
            assert all(0 <= s.start < s.end <= len(text) for s in p.spans(d.uuid))
    assert ensure_default_project() == path
