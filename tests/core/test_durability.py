"""What is saved is in the file: copies, packs, two writers, and files that must not be touched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import edits, store
from annotator.backup import pack
from annotator.cli import main
from annotator.errors import ProjectError
from annotator.project import Project, resolve_scheme

ROOT = Path(__file__).resolve().parents[2]
TEXT = "राम ने कानपुर में अजय मिश्रा से बात की। " * 40


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _spans_in(path: Path) -> int:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM span WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


def _word_offsets(text: str, n: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    while len(out) < n:
        start = text.index("राम", pos)
        out.append((start, start + 3))
        pos = start + 3
    return out


def test_a_copied_db_alone_holds_every_saved_edit_while_the_project_is_open(project, add_doc, asha, tmp_path):
    doc = add_doc(TEXT)
    reader = Project.open(project.path)  # a second window reading: the checkpoint must not wait for it
    reader.spans(doc)
    for start, end in _word_offsets(TEXT, 40):
        edits.add_span(project, document=doc, annotator=asha, start=start, end=end, label="PERSON")
        assert project.pending_frames == 0
    assert Path(f"{project.path}-wal").exists(), "the project is open in WAL mode"
    copy = tmp_path / "usb" / "copy.db"
    copy.parent.mkdir()
    shutil.copy(project.path, copy)  # the .db alone, as a user copies it
    assert _spans_in(copy) == 40
    reader.close()


def test_pack_writes_one_self_contained_file_while_another_connection_writes(project, add_doc, asha, tmp_path):
    doc = add_doc(TEXT)
    offsets = _word_offsets(TEXT, 10)
    for start, end in offsets[:5]:
        edits.add_span(project, document=doc, annotator=asha, start=start, end=end, label="PERSON")
    out = tmp_path / "asha-send.db"
    info = pack(project, out)
    assert (info.documents, info.spans) == (1, 5)
    assert not Path(f"{out}-wal").exists()
    with out.open("rb") as f:
        header = f.read(20)
    assert header[18:20] == b"\x01\x01", "a rollback-journal file: complete on its own"
    for start, end in offsets[5:]:
        edits.add_span(project, document=doc, annotator=asha, start=start, end=end, label="PERSON")
    assert _spans_in(out) == 5
    with pytest.raises(ProjectError, match="already exists"):
        pack(project, out)
    assert pack(project, out, force=True).spans == 10
    with pytest.raises(ProjectError, match="the project itself"):
        pack(project, project.path, force=True)


def test_pack_command_and_merge_of_its_output(project, add_doc, asha, tmp_path, capsys):
    doc = add_doc(TEXT)
    (start, end), = _word_offsets(TEXT, 1)
    edits.add_span(project, document=doc, annotator=asha, start=start, end=end, label="PERSON")
    out = tmp_path / "sent.db"
    assert main(["pack", str(project.path), "-o", str(out)]) == 0
    assert "1 spans" in capsys.readouterr().out
    lead = Project.create(tmp_path / "lead.db", resolve_scheme("hindi-news"))
    lead.close()
    assert main(["merge", str(tmp_path / "lead.db"), str(out)]) == 0
    assert _spans_in(tmp_path / "lead.db") == 1


WRITER = r"""
import sys, time
from annotator import edits
from annotator.project import Project
path, name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
p = Project.open(path)
who = edits.ensure_annotator(p, name)
doc = p.documents()[0].uuid
text = p.text(doc)
starts = [i for i in range(len(text)) if text.startswith("राम", i)]
done = errors = 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    s = starts[done % len(starts)]
    try:
        ch = edits.add_span(p, document=doc, annotator=who, start=s, end=s + 3, label="PERSON")
        p.spans(doc, who)  # a read between writes, as a window refreshes
        edits.delete_span(p, span=ch.spans[0][1].uuid)
        done += 1
    except Exception as exc:
        errors += 1
        print("error", type(exc).__name__, exc, file=sys.stderr)
print(done, errors)
"""


def test_two_processes_editing_one_file_never_see_a_locked_database(project, add_doc, tmp_path):
    add_doc(TEXT)
    project.close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(project.path), name, "6"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for name in ("asha", "ravi")
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        done, errors = map(int, out.split())
        results.append((done, errors, err))
    assert all(errors == 0 for _, errors, _ in results), [r[2][:500] for r in results]
    with Project.open(project.path) as p:
        for (done, _, _), name in zip(results, ("asha", "ravi")):
            who = p.annotator(name).uuid
            n = p.sql("SELECT count(*) FROM span WHERE annotator = ? AND deleted = 1", (who,)).fetchone()[0]
            assert done > 0 and n == done, "every action of each process is in the file"


def test_refused_files_are_not_changed(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    truncated = tmp_path / "cut.db"
    Project.create(truncated, resolve_scheme("hindi-news")).close()
    truncated.write_bytes(truncated.read_bytes()[:1500])
    for path, reason in ((empty, "an empty file"), (other, "another program"), (truncated, "damaged")):
        before = _digest(path)
        assert main(["stats", str(path)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"annotator: {path}:") and "\n" not in err and reason in err
        assert _digest(path) == before
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_read_only_project_reads_but_refuses_to_write(project, add_doc, tmp_path, monkeypatch, capsys):
    add_doc(TEXT)
    project.close()
    monkeypatch.setattr(store, "writable", lambda path: False)
    before = _digest(project.path)
    assert main(["stats", str(project.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    txt = tmp_path / "new.txt"
    txt.write_text("नया लेख", encoding="utf-8")
    assert main(["import", str(project.path), str(txt)]) == 1
    assert "read-only: changes cannot be saved" in capsys.readouterr().err
    assert _digest(project.path) == before
    with Project.open(project.path) as p:
        assert p.read_only
        with pytest.raises(ProjectError, match="read-only"):
            edits.add_annotator(p, name="asha")


def test_a_full_disk_says_so_and_saves_nothing(project, add_doc, asha):
    doc = add_doc(TEXT)
    pages = project.sql("PRAGMA page_count").fetchone()[0]
    project.sql(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
    long_text = "क" * 200_000
    with pytest.raises(ProjectError, match="no space left on device; your last action was not saved"):
        with project.atomic():
            project.sql("INSERT INTO scheme_version (version, name, toml, created_at) VALUES (99, 'x', ?, 0)", (long_text,))
    assert project.scheme_version == 1
    assert project.spans(doc) == []


def test_missing_wal_beside_a_remaining_shm_is_reported(project, tmp_path, capsys):
    project.close()
    Path(f"{project.path}-shm").write_bytes(b"\0" * 32768)
    assert main(["stats", str(project.path)]) == 0
    assert "'-wal' file is missing" in capsys.readouterr().err


def test_init_is_atomic_and_leaves_nothing_when_it_fails(tmp_path, monkeypatch):
    target = tmp_path / "news.db"

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import annotator.project as project_module

    monkeypatch.setattr(project_module, "_move_no_clobber", fail)
    with pytest.raises(ProjectError, match="cannot create the project file"):
        Project.create(target, resolve_scheme("hindi-news"))
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    Project.create(target, resolve_scheme("hindi-news")).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


def test_merge_while_another_process_edits_finishes_cleanly(project, add_doc, tmp_path):
    from annotator.merge import merge

    doc = add_doc(TEXT)
    project.close()
    laptops = []
    for name in ("meena", "ravi", "kiran"):
        copy = tmp_path / f"{name}.db"
        shutil.copy(project.path, copy)
        with Project.open(copy) as p:
            who = edits.ensure_annotator(p, name)
            for start, end in _word_offsets(TEXT, 20):
                edits.add_span(p, document=doc, annotator=who, start=start, end=end, label="PERSON")
        laptops.append(copy)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(project.path), "asha", "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    with Project.open(project.path) as p:
        for copy in laptops:
            merge(p, [copy])
    out, err = writer.communicate(timeout=120)
    done, errors = map(int, out.split())
    assert errors == 0, err[:500]
    assert done > 0
    with Project.open(project.path) as p:
        assert len(p.spans(doc)) == 60, "all three laptops' spans arrived, the writer's own came and went"


def test_read_only_media_without_a_shm_is_read_as_immutable(project, add_doc, monkeypatch):
    add_doc(TEXT)
    project.close()
    monkeypatch.setattr(store, "writable", lambda path: False)
    real = store.SqliteDatabase

    class NoShm(real):  # as on a write-protected stick: SQLite cannot make the -shm
        def _connect(self):
            if "mode=ro" in self.database:
                raise sqlite3.OperationalError("unable to open database file")
            return super()._connect()

    monkeypatch.setattr(store, "SqliteDatabase", NoShm)
    with Project.open(project.path) as p:
        assert p.read_only and p.document_count() == 1
