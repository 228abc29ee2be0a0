"""Assignment: deterministic plans with an overlap share, queues, undo, and travel through merge."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from annotator import assign, edits
from annotator.cli import main
from annotator.errors import InvalidOperation
from annotator.importer import import_paths
from annotator.merge import merge
from annotator.project import Project, resolve_scheme
from annotator.project_dump import canonical_dump

DOCS = [f"doc-{i:03d}" for i in range(100)]


def test_plan_is_deterministic_and_balanced() -> None:
    one = assign.plan(DOCS, ["asha", "ravi", "meena"], overlap=0.2, seed=7)
    assert one == assign.plan(list(reversed(DOCS)), ["meena", "asha", "ravi"], overlap=0.2, seed=7)
    assert one != assign.plan(DOCS, ["asha", "ravi", "meena"], overlap=0.2, seed=8)
    assert sorted(one) == DOCS
    sizes = Counter(len(v) for v in one.values())
    assert sizes == {1: 80, 2: 20}
    load = Counter(n for v in one.values() for n in v)
    assert max(load.values()) - min(load.values()) <= 1 and sum(load.values()) == 120
    pairs = Counter(v for v in one.values() if len(v) == 2)
    assert len(pairs) == 3 and max(pairs.values()) - min(pairs.values()) <= 1


def test_plan_limits() -> None:
    assert all(len(v) == 1 for v in assign.plan(DOCS, ["a"], overlap=0.0, seed=1).values())
    with pytest.raises(InvalidOperation):
        assign.plan(DOCS, ["a"], overlap=0.2, seed=1)
    with pytest.raises(InvalidOperation):
        assign.plan(DOCS, ["a", "b"], overlap=1.5, seed=1)
    with pytest.raises(InvalidOperation):
        assign.plan(DOCS, ["a", "b"], overlap=0.5, seed=1, copies=3)
    assert all(len(v) == 3 for v in assign.plan(DOCS, ["a", "b", "c"], overlap=1.0, seed=1, copies=3).values())


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i:02d}", "text": f"खबर संख्या {i}: शहर में बैठक हुई।"}, ensure_ascii=False) + "\n" for i in range(20)), encoding="utf-8")
    p = Project.create(tmp_path / "p.db", resolve_scheme("hindi-news"))
    import_paths(p, [src])
    yield p
    p.close()


def test_assign_queues_and_undo(project: Project) -> None:
    changes = assign.assign(project, annotators=["asha", "ravi"], overlap=0.25, seed=3)
    assert len(changes.assignments) == 25
    queues = {n: assign.queue(project, n) for n in ("asha", "ravi")}
    assert sorted(len(q) for q in queues.values()) == [12, 13]
    assert len(assign.double_annotated(project)) == 5
    seqs = [q.document.seq for q in queues["asha"]]
    assert seqs == sorted(seqs)
    shared = [q for q in queues["asha"] if q.shared_with]
    assert len(shared) == 5 and all(q.shared_with == ("ravi",) for q in shared)
    order = assign.document_order(project, "asha")
    assert [d.uuid for d in order[: len(queues["asha"])]] == [q.document.uuid for q in queues["asha"]]
    assert len(order) == 20
    # assigning again adds nothing: every document already has its annotators
    assert assign.assign(project, annotators=["asha", "ravi"], overlap=0.25, seed=3).empty
    edits.revert(project, changes)
    assert assign.queue(project, "asha") == [] and assign.assignments(project) == {}


def test_incremental_and_replace(project: Project, tmp_path: Path) -> None:
    assign.assign(project, annotators=["asha", "ravi"], overlap=0.0, seed=1)
    before = assign.assignments(project)
    src = tmp_path / "more.jsonl"
    src.write_text(json.dumps({"id": "late", "text": "देर से आई खबर।"}, ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(project, [src])
    changes = assign.assign(project, annotators=["asha", "ravi"], overlap=0.0, seed=1)
    assert len(changes.assignments) == 1
    after = assign.assignments(project)
    assert {k: v for k, v in after.items() if k in before} == before
    redo = assign.assign(project, annotators=["asha", "ravi", "meena"], overlap=0.5, seed=9, replace=True)
    assert any(b is not None and a.deleted for b, a in redo.assignments)
    assert len(assign.queue(project, "meena")) > 0
    assign.unassign(project, annotators=["meena"])
    assert assign.queue(project, "meena") == []
    with pytest.raises(InvalidOperation, match="gold"):
        assign.assign(project, annotators=["gold"])


def test_assignments_travel_through_merge(project: Project, tmp_path: Path) -> None:
    edits.ensure_annotator(project, "asha")
    project.close()
    shutil.copy(tmp_path / "p.db", tmp_path / "laptop.db")
    with Project.open(tmp_path / "p.db") as lead:
        assign.assign(lead, annotators=["asha", "ravi"], overlap=0.2, seed=5)
        expected = assign.assignments(lead)
    with Project.open(tmp_path / "laptop.db") as laptop:
        merge(laptop, [tmp_path / "p.db"])
        assert assign.assignments(laptop) == expected
        dump = canonical_dump(laptop)
        merge(laptop, [tmp_path / "p.db"])
        assert canonical_dump(laptop) == dump


def test_cli_assign(project: Project, capsys) -> None:
    path = str(project.path)
    assert main(["assign", path, "--annotators", "asha", "ravi", "meena", "--overlap", "0.3", "--seed", "4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(data["queues"].values()) == 26 and data["double_annotated"] == 6
    assert main(["assign", path, "--queue", "asha"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == data["queues"]["asha"]
    assert main(["assign", path]) == 1
    assert main(["assign", path, "--annotators", "a", "--overlap", "0.5"]) == 1
    assert main(["assign", path, "--overlap", "lots"]) == 2
