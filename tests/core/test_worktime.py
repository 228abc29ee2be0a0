"""Time records (annotator.worktime): a sitting is written as it grows, travels through merge
and packages like every other row (added up by union, checked as strictly), and a file of
the format before them is upgraded in place."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from annotator import edits, package, store, worktime
from annotator.errors import InvalidOperation, MergeError
from annotator.merge import merge
from annotator.project import Project, resolve_scheme
from annotator.project_dump import canonical_dump
from annotator.worktime import Sitting

NOW = time.time_ns() // 1000


def _base(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "lead.db"
    with Project.create(path, resolve_scheme("hindi-news")) as p:
        (tmp_path / "k.txt").write_text("कानपुर में पुलिस आयुक्त आए।", encoding="utf-8")
        from annotator.importer import import_paths

        import_paths(p, [tmp_path / "k.txt"])
        for name in ("asha", "ravi"):
            edits.ensure_annotator(p, name)
        doc = p.document_by_ext_id("k").uuid
    return path, doc


def test_a_sitting_is_written_then_grows_in_place(project, add_doc, asha):
    doc = add_doc("कानपुर में पुलिस आयुक्त आए।")
    s = Sitting(worktime.new_sitting(), doc, asha, NOW, 40)
    worktime.record(project, s)
    worktime.record(project, Sitting(s.uuid, doc, asha, NOW, 95))
    assert worktime.sittings(project) == [Sitting(s.uuid, doc, asha, NOW, 95)]
    worktime.record(project, Sitting(worktime.new_sitting(), doc, asha, NOW + 10, 5))
    assert worktime.seconds_per_annotator(project) == {asha: (100, 1)}


def test_bad_sittings_are_refused_and_change_nothing(project, add_doc, asha):
    doc = add_doc("कानपुर में पुलिस आयुक्त आए।")
    with pytest.raises(InvalidOperation, match="between 0 and 86400"):
        worktime.record(project, Sitting(worktime.new_sitting(), doc, asha, NOW, 90_000))
    with pytest.raises(InvalidOperation, match="no document"):
        worktime.record(project, Sitting(worktime.new_sitting(), "no-such-doc", asha, NOW, 5))
    with pytest.raises(InvalidOperation, match="no annotator"):
        worktime.record(project, Sitting(worktime.new_sitting(), doc, "nobody", NOW, 5))
    assert worktime.sittings(project) == []


def test_laptops_sittings_add_up_through_merge_in_any_order(tmp_path):
    base, doc = _base(tmp_path)
    laptops = {}
    for name, secs in (("asha", (300, 120)), ("ravi", (600,))):
        laptops[name] = tmp_path / f"{name}.db"
        shutil.copy(base, laptops[name])
        with Project.open(laptops[name]) as p:
            who = p.annotator(name).uuid
            for i, n in enumerate(secs):
                worktime.record(p, Sitting(worktime.new_sitting(), doc, who, NOW + i, n))
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    shutil.copy(base, one)
    shutil.copy(base, two)
    with Project.open(one) as p:
        merge(p, [laptops["asha"], laptops["ravi"]])
        merge(p, [laptops["asha"]])  # again: nothing changes
        dump_one = canonical_dump(p)
        totals = worktime.seconds_per_annotator(p)
        assert totals == {p.annotator("asha").uuid: (420, 1), p.annotator("ravi").uuid: (600, 1)}
    with Project.open(two) as p:
        merge(p, [laptops["ravi"]])
        merge(p, [laptops["asha"]])
        assert canonical_dump(p) == dump_one


def test_a_package_carries_the_annotators_sittings(tmp_path):
    base, doc = _base(tmp_path)
    laptop = tmp_path / "asha.db"
    shutil.copy(base, laptop)
    with Project.open(laptop) as p:
        asha = p.annotator("asha").uuid
        worktime.record(p, Sitting(worktime.new_sitting(), doc, asha, NOW, 250))
        package.write_package(p, tmp_path / "asha.annpkg", annotator="asha")
    with Project.open(base) as p:
        merge(p, [tmp_path / "asha.annpkg"])
        assert worktime.seconds_per_annotator(p) == {asha: (250, 1)}


def _tamper(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA ignore_check_constraints = 1")
    con.execute(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE work_time SET seconds = 100000", "seconds are not a whole number between 0 and 86400"),
        ("UPDATE work_time SET seconds = 'lots'", "seconds are not a whole number"),
        ("UPDATE work_time SET started_at = -5", "is not a time in microseconds"),
        ("UPDATE work_time SET uuid = 'not-a-uuid'", "its id is not a UUID"),
        ("UPDATE work_time SET created_at = 0", "its timestamps"),
    ],
)
def test_a_tampered_sitting_is_refused_by_merge_in_one_line(tmp_path, sql, reason):
    base, doc = _base(tmp_path)
    laptop = tmp_path / "asha.db"
    shutil.copy(base, laptop)
    with Project.open(laptop) as p:
        worktime.record(p, Sitting(worktime.new_sitting(), doc, p.annotator("asha").uuid, NOW, 60))
    _tamper(laptop, sql)
    with Project.open(base) as p:
        before = canonical_dump(p)
        with pytest.raises(MergeError) as caught:
            merge(p, [laptop])
        assert reason in str(caught.value) and str(laptop) in str(caught.value) and "\n" not in str(caught.value)
        assert canonical_dump(p) == before
        report = merge(p, [laptop], skip_bad=True)
        assert any(reason in line for line in report.skipped) and worktime.sittings(p) == []


def test_a_file_of_the_format_before_time_records_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    con = sqlite3.connect(path)  # what a file of format 3 looks like: no work_time nor attribute table
    con.execute("DROP TABLE work_time")
    con.execute("DROP TABLE attribute")
    con.execute("PRAGMA user_version = 3")
    con.close()
    with Project.open(path) as p:
        assert p.sql("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert p.sql("SELECT count(*) FROM work_time").fetchone()[0] == 0
    assert (tmp_path / "old.db.bak-v3").exists()
