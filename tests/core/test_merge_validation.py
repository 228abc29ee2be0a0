"""Merge checks every incoming row like an import; clocks that run ahead; resurrected spans;
read-only sources; a package's broken version field."""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import sqlite3
import types
from pathlib import Path

import pytest

from annotator import edits, merge as merge_module, store
from annotator.cli import main
from annotator.errors import MergeError
from annotator.merge import merge
from annotator.package import write_package
from annotator.project import Project
from annotator.project_dump import canonical_dump
from tests.core.test_merge import TEXTS, _edit_laptops, _import, _span, copy, dump, make_base

YEAR_5100_US = int(datetime.datetime(5100, 1, 1, tzinfo=datetime.timezone.utc).timestamp()) * 10**6


@pytest.fixture(autouse=True)
def _restore_clock(monkeypatch) -> None:
    """The process clock is global: a test that observes the year 5100 must not push the
    stamps of the tests after it (some set stamps by hand) into that year, nor may an earlier
    test's merge of hand-set stamps (the year 2100 in test_merge) count here as skew."""
    monkeypatch.setattr(store, "_last_stamp", 0)


@pytest.fixture()
def base(tmp_path: Path) -> Path:
    return make_base(tmp_path)


def tamper(path: Path, *statements: str) -> None:
    """Edit the SQLite file behind the app's back, as a broken or hostile laptop would."""
    con = sqlite3.connect(path)
    try:
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def _refused(base: Path, tmp_path: Path, *statements: str, match: str, lead_from: Path | None = None) -> tuple[Path, Path]:
    """A copy of base tampered with `statements` is refused with `match`, the lead (a copy of
    `lead_from`, by default of base) unchanged."""
    bad = copy(base, tmp_path / ("bad" + base.suffix))
    tamper(bad, *statements)
    lead = copy(lead_from or base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        before = canonical_dump(p)
        with pytest.raises(MergeError, match=match) as info:
            merge(p, [bad])
        assert "\n" not in str(info.value)
        assert canonical_dump(p) == before
    return bad, lead


def _uuid(path: Path, sql: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_span_past_the_end_of_the_text_is_refused(base: Path, tmp_path: Path, capsys) -> None:
    # The length is SQLite's length() of the text: code points, like len() (not UTF-8 bytes).
    uuid = _uuid(base, "SELECT uuid FROM span WHERE label = 'LOCATION'")
    bad, lead = _refused(base, tmp_path, "UPDATE span SET \"end\" = 100000, updated_at = updated_at + 1 WHERE label = 'LOCATION'", match=rf"bad\.db: span {uuid} in document n2: offsets \d+-100000 are outside the text of {len(TEXTS['n2'])} characters")
    before = dump(lead)
    assert main(["merge", str(lead), str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"span {uuid} in document n2" in err and "--skip-bad" in err
    assert dump(lead) == before


def test_span_splitting_a_grapheme_cluster_is_refused(base: Path, tmp_path: Path) -> None:
    # n1 starts "पुलिस": offset 1 falls between प and its vowel sign ु.
    _refused(base, tmp_path, "UPDATE span SET start = 1 WHERE label = 'DESIGNATION'", match=r"span \S+ in document n1: offset 1 splits the grapheme cluster")


def test_relation_the_scheme_forbids_is_refused(base: Path, tmp_path: Path) -> None:
    # HAS_DESIGNATION goes from PERSON to DESIGNATION, never back.
    _refused(base, tmp_path, "UPDATE relation SET head = tail, tail = head", match=r"relation \S+ in document n1: the scheme does not allow HAS_DESIGNATION from DESIGNATION to PERSON")


def test_relation_into_another_layer_or_document_is_refused(base: Path, tmp_path: Path) -> None:
    ravi_person = "(SELECT s.uuid FROM span s JOIN annotator a ON a.uuid = s.annotator WHERE a.name = 'ravi' AND s.label = 'PERSON')"
    _refused(base, tmp_path, f"UPDATE relation SET head = {ravi_person}", match=r"relation \S+ in document n1: its spans are not in its annotator's layer")
    os.remove(tmp_path / "bad.db")
    os.remove(tmp_path / "lead.db")
    _refused(base, tmp_path, "UPDATE relation SET document = (SELECT uuid FROM document WHERE ext_id = 'n2')", match=r"relation \S+ in document n2: its spans are not in its document")


def test_document_whose_text_does_not_match_its_hash_is_refused(base: Path, tmp_path: Path) -> None:
    other = copy(base, tmp_path / "other.db")
    with Project.open(other) as p:
        _import(p, tmp_path / "more", {"n3": "कानपुर में बारिश हुई।"})
    _refused(other, tmp_path, "UPDATE document SET text = 'कुछ और' WHERE ext_id = 'n3'", match=r"document \S+ in document n3: its text does not match its stored SHA-256", lead_from=base)


def test_skip_bad_leaves_a_bad_document_and_its_spans_out(base: Path, tmp_path: Path) -> None:
    other = copy(base, tmp_path / "other.db")
    with Project.open(other) as p:
        _import(p, tmp_path / "more", {"n3": "कानपुर में बारिश हुई।", "n4": "दिल्ली में धूप रही।"})
        _span(p, "n3", "asha", "कानपुर", "LOCATION")
    tamper(other, "UPDATE document SET text = 'कानपुर और' WHERE ext_id = 'n3'")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [other], skip_bad=True)
        assert len(report.skipped) == 2 and "SHA-256" in report.skipped[0] and "left out" in report.skipped[1]
        assert p.document_by_ext_id("n3") is None and p.document_by_ext_id("n4") is not None


def test_annotator_of_another_kind_is_refused(base: Path, tmp_path: Path) -> None:
    _refused(base, tmp_path, "UPDATE annotator SET kind = 'gold' WHERE name = 'asha'", match=r"annotator \S+: 'asha' is a 'gold' layer there but 'human' here")


def test_a_tombstone_needs_only_its_references(base: Path, tmp_path: Path) -> None:
    # A deleted span with bad offsets is harmless; one in a document neither file has is not.
    bad = copy(base, tmp_path / "ok.db")
    tamper(bad, "UPDATE span SET deleted = 1, \"end\" = 100000, updated_at = updated_at + 1 WHERE label = 'LOCATION'")
    with Project.open(copy(base, tmp_path / "lead0.db")) as p:
        merge(p, [bad])
        assert p.spans(p.document_by_ext_id("n2").uuid, p.annotator("ravi").uuid) == []
    _refused(
        base, tmp_path, "PRAGMA foreign_keys = OFF", "UPDATE span SET deleted = 1, document = 'nowhere' WHERE label = 'LOCATION'",
        match=r"span \S+: its document nowhere is in neither file",
    )


def test_package_rows_are_checked_too(base: Path, tmp_path: Path) -> None:
    with Project.open(base) as p:
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    _refused(tmp_path / "asha.pkg", tmp_path, 'UPDATE span SET "end" = 100000', match=r"bad\.pkg: span \S+ in document n1: offsets .* \(and 2 more bad rows\)", lead_from=base)


def test_skip_bad_leaves_bad_rows_out_and_merges_the_rest(base: Path, tmp_path: Path, capsys) -> None:
    a, _ = _edit_laptops(base, tmp_path)
    # asha's PERSON span gets bad offsets: it and its relation stay out, the rest comes in.
    tamper(a, "UPDATE span SET \"end\" = 100000, updated_at = updated_at + 1 WHERE label = 'PERSON' AND annotator = (SELECT uuid FROM annotator WHERE name = 'asha')")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        before_person = [s for s in p.spans(p.document_by_ext_id("n1").uuid, p.annotator("asha").uuid) if s.label == "PERSON"]
        report = merge(p, [a], skip_bad=True)
        assert len(report.skipped) == 2
        assert "offsets" in report.skipped[0] and "relation" in report.skipped[1] and "left out" in report.skipped[1]
        asha = p.annotator("asha").uuid
        assert [s.label for s in p.spans(p.document_by_ext_id("n2").uuid, asha)] == ["ORGANIZATION"]
        assert [s for s in p.spans(p.document_by_ext_id("n1").uuid, asha) if s.label == "PERSON"] == before_person
    lead2 = copy(base, tmp_path / "lead2.db")
    assert main(["merge", str(lead2), str(a), "--skip-bad"]) == 0
    err = capsys.readouterr().err
    assert err.count("skipped: ") == 2 and "in document n1: offsets" in err


# -- clocks ----------------------------------------------------------------------------------


def test_observe_raises_the_clock() -> None:
    store.observe(store.now_us() + 10**9)
    high = store._last_stamp
    assert store.now_us() > high


def test_a_local_edit_after_merging_a_row_from_the_future_wins(base: Path, tmp_path: Path, capsys) -> None:
    future = copy(base, tmp_path / "future.db")
    tamper(future, f"UPDATE span SET label = 'ORGANIZATION', updated_at = {YEAR_5100_US} WHERE label = 'LOCATION'")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [future])
        assert len(report.warnings) == 1 and "1 rows of" in report.warnings[0] and "up to 5100-01-01 00:00 UTC" in report.warnings[0] and "clock is wrong" in report.warnings[0]
        span = p.spans(p.document_by_ext_id("n2").uuid, p.annotator("ravi").uuid)[0]
        edits.relabel_span(p, span=span.uuid, label="LOCATION")
    # The later local edit wins when the two laptops' files meet again, in both directions.
    with Project.open(lead) as p:
        merge(p, [future])
        assert p.spans(p.document_by_ext_id("n2").uuid, p.annotator("ravi").uuid)[0].label == "LOCATION"
    with Project.open(future) as p:
        merge(p, [lead])
        assert p.spans(p.document_by_ext_id("n2").uuid, p.annotator("ravi").uuid)[0].label == "LOCATION"
    assert dump(future) == dump(lead)
    assert main(["merge", str(copy(base, tmp_path / "third.db")), str(tmp_path / "future.db")]) == 0
    assert "ahead of this computer's clock" in capsys.readouterr().err


def test_skewed_clocks_merge_in_any_order(base: Path, tmp_path: Path) -> None:
    a, b = _edit_laptops(base, tmp_path)
    tamper(a, f"UPDATE span SET updated_at = updated_at + {YEAR_5100_US} WHERE updated_at > created_at")
    tamper(b, "UPDATE span SET updated_at = updated_at - 86400000000 * 400 WHERE deleted = 1")
    results = []
    for order in ([a, b], [b, a], [a, b, a, b]):
        lead = copy(base, tmp_path / f"lead{len(results)}.db")
        with Project.open(lead) as p:
            merge(p, order)
            first = canonical_dump(p)
            merge(p, order)
            assert canonical_dump(p) == first
            results.append(first)
    assert results[0] == results[1] == results[2]


# -- resurrection ----------------------------------------------------------------------------


def _delete_and_resize(base: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Laptop a deletes asha's DESIGNATION span (tombstoning its relation); b resizes it later."""
    a, b = copy(base, tmp_path / "a.db"), copy(base, tmp_path / "b.db")
    with Project.open(a) as p:
        span = next(s for s in p.spans(p.document_by_ext_id("n1").uuid, p.annotator("asha").uuid) if s.label == "DESIGNATION")
        assert len(edits.delete_span(p, span=span.uuid).relations) == 1
    with Project.open(b) as p:
        doc = p.document_by_ext_id("n1").uuid
        start = p.text(doc).index("आयुक्त")
        edits.resize_span(p, span=span.uuid, start=start, end=start + len("आयुक्त"))
    return a, b


def _relations(path: Path) -> list[str]:
    with Project.open(path) as p:
        return [r.label for r in p.relations(p.document_by_ext_id("n1").uuid)]


def test_a_resurrected_span_brings_its_relations_back(base: Path, tmp_path: Path) -> None:
    a, b = _delete_and_resize(base, tmp_path)
    assert _relations(a) == []
    dumps = []
    for name, first, second in (("x", a, b), ("y", b, a)):
        lead = copy(base, tmp_path / f"{name}.db")
        with Project.open(lead) as p:
            report = merge(p, [first, second])
            assert report.dangling_relations == 0
        assert _relations(lead) == ["HAS_DESIGNATION"]
        dumps.append(dump(lead))
        with Project.open(lead) as p:  # idempotent
            merge(p, [first, second])
        assert dump(lead) == dumps[-1]
    assert dumps[0] == dumps[1]
    # merged straight into the laptop that deleted it, and into the one that resized it
    a2 = copy(a, tmp_path / "a2.db")
    with Project.open(a) as p:
        assert merge(p, [b]).resurrected_relations == 1
    with Project.open(b) as p:
        assert merge(p, [a2]).resurrected_relations == 1
    assert dump(a) == dump(b) == dumps[0]


def test_a_relation_revived_by_two_later_versions_of_its_span_is_the_same_row_in_every_merge_order(base: Path, tmp_path: Path) -> None:
    """a deletes the span (and its relation), b and then c resize it: the relation comes back
    with the same stamp whichever live version had won when the tombstone arrived."""
    a, b = _delete_and_resize(base, tmp_path)
    c = copy(base, tmp_path / "c.db")
    with Project.open(c) as p:
        doc = p.document_by_ext_id("n1").uuid
        span = next(s for s in p.spans(doc, p.annotator("asha").uuid) if s.label == "DESIGNATION")
        start = p.text(doc).index("आयुक्त")
        edits.resize_span(p, span=span.uuid, start=start, end=start + len("आयु"))
    dumps = []
    for name, rounds in (("x", [[a, b, c]]), ("y", [[c, b, a]]), ("z", [[b], [c, a]]), ("w", [[c], [a], [b]])):
        lead = copy(base, tmp_path / f"{name}.db")
        for files in rounds:
            with Project.open(lead) as p:
                merge(p, files)
        assert _relations(lead) == ["HAS_DESIGNATION"]
        dumps.append(dump(lead))
    assert dumps[0] == dumps[1] == dumps[2] == dumps[3]


def test_an_explicitly_deleted_relation_stays_deleted(base: Path, tmp_path: Path) -> None:
    a, b = copy(base, tmp_path / "a.db"), copy(base, tmp_path / "b.db")
    with Project.open(a) as p:
        rel = p.relations(p.document_by_ext_id("n1").uuid)[0]
        edits.delete_relation(p, relation=rel.uuid)
    with Project.open(b) as p:
        edits.resize_span(p, span=rel.tail, start=0, end=len("पुलिस"))
    with Project.open(a) as p:
        merge(p, [b])
    assert _relations(a) == []


# -- read-only sources -------------------------------------------------------------------------


def _read_only_folder(tmp_path: Path, files: list[Path]) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    for f in files:
        shutil.copyfile(f, folder / f.name.replace("src-", ""))
        os.chmod(folder / f.name.replace("src-", ""), 0o444)
    os.chmod(folder, 0o555)
    return folder


def _as_if_read_only(monkeypatch, folder: Path) -> None:
    """Merges from `folder` must attach a private copy, never a file in it."""
    # As root, chmod does not stop SQLite from writing, so read-only media are simulated:
    # the merge's probe opens files through a read-only URI, and fails as it would there.
    if os.geteuid() == 0:
        def read_only(path, *args, **kwargs):
            return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)

        monkeypatch.setattr(merge_module, "sqlite3", types.SimpleNamespace(**{**vars(sqlite3), "connect": read_only}))
    # ...and since root could attach the file in place anyway, the test checks what is attached.
    real = merge_module._readable_copy

    @contextlib.contextmanager
    def spy(path: Path, **kwargs):
        with real(path, **kwargs) as used:
            assert folder not in used.parents
            yield used

    monkeypatch.setattr(merge_module, "_readable_copy", spy)


def _merge_asha_from(base: Path, tmp_path: Path, folder: Path) -> None:
    """Merge folder/a.db into a copy of `base`: asha's ORGANIZATION span on n2 arrives."""
    try:
        lead = copy(base, tmp_path / "lead.db")
        with Project.open(lead) as p:
            merge(p, [folder / "a.db"])
            assert [s.label for s in p.spans(p.document_by_ext_id("n2").uuid, p.annotator("asha").uuid)] == ["ORGANIZATION"]
    finally:
        os.chmod(folder, 0o755)


def test_a_file_on_read_only_media_merges(base: Path, tmp_path: Path, monkeypatch) -> None:
    a, _ = _edit_laptops(base, tmp_path)
    folder = _read_only_folder(tmp_path, [a])
    _as_if_read_only(monkeypatch, folder)
    _merge_asha_from(base, tmp_path, folder)


def test_a_read_only_file_with_its_wal_merges_the_wal_too(base: Path, tmp_path: Path, monkeypatch) -> None:
    src = copy(base, tmp_path / "src-a.db")
    folder = tmp_path / "usb"
    folder.mkdir()
    with Project.open(src) as p:  # copied while open: the new span is only in the -wal
        _span(p, "n2", "asha", "नगर निगम", "ORGANIZATION")
        assert Path(str(src) + "-wal").stat().st_size > 0
        shutil.copyfile(src, folder / "a.db")
        shutil.copyfile(str(src) + "-wal", folder / "a.db-wal")
    for f in folder.iterdir():
        os.chmod(f, 0o444)
    os.chmod(folder, 0o555)
    _as_if_read_only(monkeypatch, folder)
    _merge_asha_from(base, tmp_path, folder)


def test_read_only_probe_fails_on_a_read_only_folder(base: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through chmod; the simulated tests above cover the copy")
    folder = _read_only_folder(tmp_path, [base])
    try:
        assert not merge_module._opens_in_place(folder / "base.db")
    finally:
        os.chmod(folder, 0o755)


# -- package version --------------------------------------------------------------------------


def test_package_with_a_non_numeric_schema_version_is_a_merge_error(base: Path, tmp_path: Path, capsys) -> None:
    with Project.open(base) as p:
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    tamper(tmp_path / "asha.pkg", "UPDATE package_info SET value = 'two' WHERE key = 'schema_version'")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        with pytest.raises(MergeError, match="a package of another version"):
            merge(p, [tmp_path / "asha.pkg"])
    assert main(["merge", str(lead), str(tmp_path / "asha.pkg")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_merge_raises_the_clock_past_the_projects_own_rows(base: Path, tmp_path: Path) -> None:
    # A row from the future merged in an earlier session: the next merge (of anything) lifts
    # the clock past it, so an edit after that merge wins.
    lead = copy(base, tmp_path / "lead.db")
    tamper(lead, f"UPDATE span SET updated_at = {YEAR_5100_US} WHERE label = 'LOCATION'")
    other = copy(base, tmp_path / "other.db")
    with Project.open(lead) as p:
        merge(p, [other])
        assert store.now_us() > YEAR_5100_US


def test_the_probe_for_read_only_media_does_not_change_the_source(base: Path, tmp_path: Path) -> None:
    a, _ = _edit_laptops(base, tmp_path)
    before = a.read_bytes()
    assert merge_module._opens_in_place(a)
    with Project.open(copy(base, tmp_path / "lead.db")) as p:
        merge(p, [a])
    assert a.read_bytes() == before


def test_a_new_session_stamps_after_every_row_the_file_holds(project, add_doc, asha, monkeypatch):
    doc = add_doc("राम कानपुर गए।")
    change = edits.add_span(project, document=doc, annotator=asha, start=0, end=3, label="PERSON")
    future = 3_000_000_000_000_000  # the year 2065, as a laptop with a wrong clock stamps
    project.sql("UPDATE span SET updated_at = ? WHERE uuid = ?", (future, change.spans[0][1].uuid))
    project.close()
    monkeypatch.setattr(store, "_last_stamp", 0)  # a new process: its clock knows nothing of the file
    with Project.open(project.path) as again:
        edits.relabel_span(again, span=change.spans[0][1].uuid, label="LOCATION")
        stamp = again.sql("SELECT updated_at FROM span WHERE uuid = ?", (change.spans[0][1].uuid,)).fetchone()[0]
    assert stamp > future
