"""Streaming import: files read in blocks, records written in chunks inside one transaction.

The chunk and block sizes are made tiny here so that every boundary (a chunk, a block, a
UTF-8 sequence, a CRLF) falls inside the small test files; what is checked is what an
import must do whatever the sizes: the same lines, the same duplicates found, nothing
written when anything is bad.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import importer
from annotator.errors import InputError
from annotator.formats import base
from annotator.formats.base import input_lines, scan_input, stream_lines
from annotator.importer import import_paths
from annotator.text import decode_text
from tests.data.formats.corpus import digest, new_project, run

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने कहा"


def entity(text: str, surface: str, label: str) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "label": label, "text": surface}


def doc(i: int, **extra) -> dict:
    text = f"{TEXT} {i}।"
    return {"id": f"d{i:05d}", "text": text, "entities": [entity(text, "विजय सिंह मीणा", "PERSON")], "source": "asha", **extra}


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def tiny(monkeypatch):
    """Chunks of 3 records and read blocks of 5 bytes."""
    monkeypatch.setattr(importer, "CHUNK_RECORDS", 3)
    monkeypatch.setattr(base, "READ_BLOCK", 5)


CONTENTS = [
    "",
    "\n",
    "a\r\nb\rc\nd",
    "\ufeffपहली\r\n\r\nदूसरी\r",
    "क्ष\r\r\n\n\r" * 7 + "ड़ 😀👍🏽",
    "x" * 23 + "\r\n" + "y" * 9,
]


@pytest.mark.parametrize("content", CONTENTS)
@pytest.mark.parametrize("block", [1, 2, 3, 5, 64])
def test_stream_lines_split_as_input_lines_does(tmp_path, monkeypatch, content, block):
    monkeypatch.setattr(base, "READ_BLOCK", block)
    path = tmp_path / "f.txt"
    path.write_bytes(content.encode("utf-8"))
    assert list(stream_lines(path)) == input_lines(decode_text(content.encode("utf-8")))


@pytest.mark.parametrize("block", [1, 4, 7, 1 << 20])
def test_a_bad_byte_late_in_a_file_is_named_as_a_whole_read_names_it(tmp_path, monkeypatch, block):
    monkeypatch.setattr(base, "READ_BLOCK", block)
    data = ("ठीक पंक्ति\n" * 5).encode("utf-8") + "आधा".encode("utf-8")[:-1] + b"\n"
    path = tmp_path / "f.jsonl"
    path.write_bytes(data)
    with pytest.raises(InputError) as whole:
        decode_text(data, path=str(path))
    problem = scan_input(path)
    assert problem == whole.value.problem
    assert problem.line == 6


def test_blank_and_missing_files(tmp_path):
    (tmp_path / "blank.jsonl").write_bytes(b"\xef\xbb\xbf \r\n\t\n")
    assert "the file is empty" in str(scan_input(tmp_path / "blank.jsonl"))
    assert "cannot read" in str(scan_input(tmp_path))


def test_duplicates_and_layers_across_chunks_are_found_in_the_database(tmp_path, tiny):
    db = new_project(tmp_path / "p.db")
    recs = [doc(i) for i in range(8)]
    src = write_jsonl(tmp_path / "a.jsonl", recs + [recs[1], recs[6]])  # two repeats, chunks later
    from annotator.project import Project

    with Project.open(db) as p:
        report = import_paths(p, [src])
        assert (report.documents_added, report.duplicates, report.spans_added, report.annotations_skipped) == (8, 2, 8, 2)
        again = import_paths(p, [src])
        assert (again.documents_added, again.duplicates, again.spans_added, again.annotations_skipped) == (0, 10, 0, 10)
        assert [d.ext_id for d in p.documents()] == [r["id"] for r in recs]


def test_an_id_taken_by_an_earlier_chunk_refuses_the_import(tmp_path, tiny, capsys):
    db = new_project(tmp_path / "p.db")
    clash = doc(99, id="d00001")  # another text under an id written three chunks before
    src = write_jsonl(tmp_path / "a.jsonl", [doc(i) for i in range(10)] + [clash])
    before = digest(db)
    assert run("import", db, src) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{src}:11:" in err and "already names a different document" in err, err
    assert digest(db) == before
    assert run("import", db, src, "--skip-bad") == 0
    assert f"skipped {src}:11:" in capsys.readouterr().err


def test_skip_bad_lists_every_bad_record_across_chunks(tmp_path, tiny, capsys):
    db = new_project(tmp_path / "p.db")
    recs = [doc(i) for i in range(12)]
    for i in (2, 7, 11):
        recs[i]["entities"][0]["label"] = "NOPE"
    src = write_jsonl(tmp_path / "a.jsonl", recs)
    before = digest(db)
    assert run("import", db, src) == 1
    assert "(and 2 more problems)" in capsys.readouterr().err
    assert digest(db) == before
    assert run("import", db, src, "--skip-bad") == 0
    err = capsys.readouterr().err
    assert [line.split(" ")[1] for line in err.splitlines() if line.startswith("skipped")] == [f"{src}:{n}:" for n in (3, 8, 12)]


def test_a_folder_of_txt_files_in_chunks(tmp_path, tiny):
    db = new_project(tmp_path / "p.db")
    folder = tmp_path / "articles"
    (folder / "b").mkdir(parents=True)
    names = ["a", "a.x", "b/c", "b/d", "e", "f", "g"]
    for n, name in enumerate(names):
        (folder / f"{name}.txt").write_text(f"{TEXT} {n}", encoding="utf-8")
    (folder / ".hidden.txt").write_text("छिपा", encoding="utf-8")
    from annotator.formats.registry import files_in_folder
    from annotator.project import Project

    assert files_in_folder(folder, "auto") == sorted((p, "txt") for p in folder.rglob("*.txt") if not p.name.startswith("."))
    seen: list[tuple[int, int]] = []
    with Project.open(db) as p:
        report = import_paths(p, [folder], progress=lambda done, total: seen.append((done, total)))
        assert report.documents_added == len(names)
    total = sum(p.stat().st_size for p in folder.rglob("*.txt") if not p.name.startswith("."))
    assert seen[-1] == (total, total)
    assert len(seen) >= 3 and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:]))


def test_the_bad_last_record_of_50000_changes_nothing(tmp_path, capsys):
    """The issue's case: everything before it was written in chunks, and is rolled back."""
    db = new_project(tmp_path / "p.db")
    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        for i in range(49_999):
            f.write(json.dumps({"id": f"n{i}", "text": f"खबर {i}"}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "last", "text": "खबर", "entities": [{"start": 0, "end": 9, "label": "PERSON"}]}, ensure_ascii=False) + "\n")
    before = digest(db)
    assert run("import", db, src) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"{src}:50000:" in err and "run outside the text" in err, err
    assert digest(db) == before
