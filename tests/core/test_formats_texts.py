"""Sending texts out: a project of documents with no annotations exports in every format (no
gold layer is needed), a folder of plain texts comes back byte for byte, and the report says
that the documents went out without annotations."""

from __future__ import annotations

import json

import pytest

from annotator.formats import registry
from annotator.project import Project
from tests.data.formats.corpus import DOCS, new_project, run, tree

NAMES = {"jsonl": "out.jsonl", "doccano": "out.jsonl", "prodigy": "out.jsonl", "spacy": "out.jsonl", "conll": "out.conll", "hf": "out.jsonl"}


@pytest.fixture
def texts(tmp_path):
    """A project holding the corpus's texts as .txt files, and not one annotation."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for ext_id, text, _, _ in DOCS:
        (folder / f"{ext_id.replace('/', '-')}.txt").write_bytes(text.encode("utf-8"))
    db = new_project(tmp_path / "texts.db")
    assert run("import", db, folder) == 0
    return db


@pytest.mark.parametrize("fmt", sorted(registry.WRITERS))
def test_every_format_exports_a_project_without_annotations(texts, tmp_path, fmt, capsys):
    out = tmp_path / NAMES.get(fmt, "out")
    capsys.readouterr()
    assert run("export", texts, "-o", out, "--format", fmt, "--json") == 0, capsys.readouterr().err
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == len(DOCS) and report["entities"] == 0
    assert any("without annotations: the project has no gold layer yet" in n for n in report["notes"])
    assert tree(out)


def test_plain_texts_come_back_byte_for_byte(texts, tmp_path, capsys):
    out = tmp_path / "send"
    assert run("export", texts, "-o", out, "--format", "txt") == 0
    err = capsys.readouterr().err
    assert f"{len(DOCS)} documents were exported without annotations" in err
    assert "meta was left out" not in err  # NAME.txt brings back {"source": "NAME.txt"}
    again = new_project(tmp_path / "again.db")
    assert run("import", again, out) == 0
    with Project.open(texts) as a, Project.open(again) as b:
        want = {d.ext_id: (a.text(d.uuid), a.meta(d.uuid)) for d in a.documents()}
        got = {d.ext_id: (b.text(d.uuid), b.meta(d.uuid)) for d in b.documents()}
    assert got == want and len(got) == len(DOCS)


def test_a_plain_text_export_counts_the_annotations_it_leaves_out(tmp_path, capsys):
    from tests.data.formats.corpus import records, write_jsonl

    db = new_project(tmp_path / "a.db")
    assert run("import", db, write_jsonl(tmp_path / "c.jsonl", records())) == 0
    capsys.readouterr()
    assert run("export", db, "-o", tmp_path / "t", "--format", "txt", "--source", "asha") == 0
    err = capsys.readouterr().err
    assert "3 documents' spans and relations were left out (txt holds only the text); e.g. kanpur-001: 4 spans, 1 relations" in err
    assert "'kanpur/003' -> kanpur_003" in err  # the id a file name could not hold


def test_an_annotators_missing_layer_is_still_an_error(texts, tmp_path, capsys):
    assert run("export", texts, "-o", tmp_path / "x.jsonl", "--source", "asah") == 1
    assert "no annotator 'asah'" in capsys.readouterr().err


def test_a_package_of_a_missing_layer_points_to_pack(texts, tmp_path, capsys):
    assert run("export", texts, "-o", tmp_path / "x.pkg", "--format", "package") == 1
    err = capsys.readouterr().err
    assert "not texts" in err and "annotator pack" in err and not (tmp_path / "x.pkg").exists()
