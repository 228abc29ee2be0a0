"""The lead's view of the team (annotator.progress, `annotator progress`), on a project merged
from three laptops' copies, each annotator having worked on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import progress
from annotator.cli import main
from annotator.project import Project, resolve_scheme
from tests.data.team import three_laptops



@pytest.fixture
def merged(tmp_path: Path) -> Path:
    return three_laptops(tmp_path)


def test_progress_counts_each_laptops_work_after_the_merge(merged: Path) -> None:
    with Project.open(merged) as p:
        report = progress.progress(p)
        queue_sizes = {name: len([d for d, who in _assigned(p).items() if name in who]) for name in ("asha", "ravi", "meena")}
    people = {a["name"]: a for a in report["annotators"]}
    assert report["documents"] == 4 and report["assignments"] is True
    assert people["asha"] == {
        "name": "asha", "kind": "human", "assigned": queue_sizes["asha"], "done": 1, "in_progress": 1, "spans": 4, "relations": 1,
        "active_seconds": 620, "timed_documents": 2, "seconds_per_done_document": 420.0,
    }  # fmt: skip
    assert (people["ravi"]["active_seconds"], people["ravi"]["seconds_per_done_document"]) == (900, 450.0)
    assert (people["meena"]["active_seconds"], people["meena"]["seconds_per_done_document"]) == (0, None)
    assert people["ravi"]["done"] == 2 and people["ravi"]["in_progress"] == 0 and people["ravi"]["spans"] == 3
    assert people["meena"]["in_progress"] == 1 and people["meena"]["done"] == 0
    assert sum(queue_sizes.values()) == 8, "two copies of each of the four documents"
    assert report["labels"]["PERSON"] == {"asha": 1, "ravi": 2, "total": 3}
    assert report["labels"]["ORGANIZATION"] == {"ravi": 1, "total": 1}
    assert list(report["labels"]) == ["PERSON", "ORGANIZATION", "LOCATION", "DESIGNATION"], "the scheme's order"
    days = report["done_per_day"]
    assert sum(days["asha"].values()) == 1 and sum(days["ravi"].values()) == 2 and "meena" not in days


def _assigned(p: Project) -> dict[str, list[str]]:
    from annotator.assign import assignments

    return assignments(p)


def test_agreement_so_far_is_the_agreement_reports(merged: Path) -> None:
    from annotator.agreement_report import project_agreement

    with Project.open(merged) as p:
        report = progress.progress(p)
        full = project_agreement(p, annotators=["asha", "meena", "ravi"])
    [pair] = [x for x in report["agreement"] if {x["a"], x["b"]} == {"asha", "ravi"}]
    [same] = [x for x in full["pairs"] if {x["a"], x["b"]} == {"asha", "ravi"}]
    assert pair["documents"] == same["documents"] == 2
    assert pair["span_f1_exact"] == same["span_f1_exact"]
    # d0: asha PERSON, DESIGNATION, LOCATION vs ravi PERSON, ORGANIZATION -> 1 exact match of 3 + 2;
    # d1: asha LOCATION vs ravi PERSON -> none: F1 = 2*1 / (4 + 3)
    assert pair["span_f1_exact"] == pytest.approx(2 / 7, abs=1e-4)


def test_progress_command_prints_and_answers_json(merged: Path, capsys) -> None:
    assert main(["progress", str(merged), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {a["name"] for a in data["annotators"]} == {"asha", "ravi", "meena"}
    assert main(["progress", str(merged)]) == 0
    out = capsys.readouterr().out
    assert "asha" in out and "agreement so far" in out and "PERSON 3" in out
    assert "10:20" in out and "7:00" in out, "asha's 620 s in all, 420 s per document done"


def test_progress_of_a_project_with_no_work_yet(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    assert main(["progress", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 0 and data["agreement"] == [] and data["labels"] == {}
    assert data["annotators"] == [] and data["done_per_day"] == {}


def test_progress_of_a_file_that_is_not_a_project_is_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite", encoding="utf-8")
    assert main(["progress", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and err.count("\n") == 1


def test_an_annotator_who_has_only_read_shows_with_their_time(tmp_path: Path) -> None:
    """Time alone (a sitting with no span yet) puts an annotator in the report."""
    from annotator import edits, worktime
    from annotator.importer import import_paths

    path = tmp_path / "p.db"
    with Project.create(path, resolve_scheme("hindi-news")) as p:
        (tmp_path / "a.txt").write_text("कानपुर में बारिश हुई।", encoding="utf-8")
        import_paths(p, [tmp_path / "a.txt"])
        ravi = edits.ensure_annotator(p, "ravi")
        worktime.record(p, worktime.Sitting(worktime.new_sitting(), p.document_by_ext_id("a").uuid, ravi, 1_780_000_000_000_000, 38))
        people = {a["name"]: a for a in progress.progress(p)["annotators"]}
    assert people["ravi"]["active_seconds"] == 38 and people["ravi"]["spans"] == 0
