"""Notes and unsure flags travel between laptops like every other row: union by id, the newer
version wins, tombstones carry deletions, packages carry them, and a bad note refuses the merge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator import notes, store
from annotator.merge import merge
from annotator.package import write_package
from annotator.project import Project
from annotator.project_dump import canonical_dump
from tests.core.test_merge import copy, make_base
from tests.core.test_merge_validation import _refused


def _layer_span(p: Project, ext: str, who: str, label: str) -> str:
    doc = p.document_by_ext_id(ext).uuid
    return next(s.uuid for s in p.spans(doc, p.annotator(who).uuid) if s.label == label)


@pytest.fixture()
def base(tmp_path: Path) -> Path:
    """The merge tests' base project, with asha's note on her PERSON span."""
    path = make_base(tmp_path)
    with Project.open(path) as p:
        asha = p.annotator("asha").uuid
        notes.set_note(p, annotator=asha, kind="span", target=_layer_span(p, "n1", "asha", "PERSON"), text="पूरा नाम?")
    return path


def _notes(path: Path) -> list[tuple]:
    with Project.open(path) as p:
        return [(n.annotator, n.document, n.kind, n.text, n.unsure) for n in notes.list_notes(p)]


def _laptops(base: Path, tmp_path: Path) -> tuple[Path, Path]:
    asha, ravi = copy(base, tmp_path / "asha.db"), copy(base, tmp_path / "ravi.db")
    with Project.open(asha) as p:
        who = p.annotator("asha").uuid
        person = _layer_span(p, "n1", "asha", "PERSON")
        notes.set_note(p, annotator=who, kind="span", target=person, text="पूरा नाम: विजय सिंह मीणा")
        rel = p.relations(p.document_by_ext_id("n1").uuid, who)[0].uuid
        notes.toggle_unsure(p, annotator=who, kind="relation", target=rel)
        notes.set_note(p, annotator=who, kind="document", target=p.document_by_ext_id("n2").uuid, text="तारीख़ दो बार?")
    with Project.open(ravi) as p:
        who = p.annotator("ravi").uuid
        notes.set_note(p, annotator=who, kind="span", target=_layer_span(p, "n2", "ravi", "LOCATION"), text="शहर या ज़िला?")
        notes.toggle_unsure(p, annotator=who, kind="document", target=p.document_by_ext_id("n1").uuid)
    return asha, ravi


def test_two_laptops_notes_merge_in_any_order_and_twice(base: Path, tmp_path: Path) -> None:
    asha, ravi = _laptops(base, tmp_path)
    dumps = []
    for n, order in enumerate(([asha, ravi], [ravi, asha])):
        lead = copy(base, tmp_path / f"lead{n}.db")
        with Project.open(lead) as p:
            report = merge(p, order)
            assert report.tables["note"].added == 4 and report.tables["note"].updated == 1
            dumps.append(canonical_dump(p))
            merge(p, order)
            assert canonical_dump(p) == dumps[-1]
    assert dumps[0] == dumps[1]
    assert sorted(_notes(tmp_path / "lead0.db")) == [
        ("asha", "n1", "relation", "", True),
        ("asha", "n1", "span", "पूरा नाम: विजय सिंह मीणा", False),
        ("asha", "n2", "document", "तारीख़ दो बार?", False),
        ("ravi", "n1", "document", "", True),
        ("ravi", "n2", "span", "शहर या ज़िला?", False),
    ]


def test_the_newer_edit_wins_and_a_newer_deletion_too(base: Path, tmp_path: Path) -> None:
    first, second = copy(base, tmp_path / "first.db"), copy(base, tmp_path / "second.db")
    for path, text in ((first, "पहला"), (second, "दूसरा")):  # second is edited later
        with Project.open(path) as p:
            notes.set_note(p, annotator=p.annotator("asha").uuid, kind="span", target=_layer_span(p, "n1", "asha", "PERSON"), text=text)
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        merge(p, [second, first])
    assert [n[3] for n in _notes(lead)] == ["दूसरा"]
    with Project.open(first) as p:  # now the first laptop deletes it, after both edits
        notes.delete_note(p, annotator=p.annotator("asha").uuid, kind="span", target=_layer_span(p, "n1", "asha", "PERSON"))
    with Project.open(lead) as p:
        merge(p, [first, second])
        assert p.sql("SELECT deleted FROM note").fetchall() == [(1,)]
    assert _notes(lead) == []


def test_a_package_carries_notes(base: Path, tmp_path: Path) -> None:
    asha, _ = _laptops(base, tmp_path)
    with Project.open(asha) as p:
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        merge(p, [tmp_path / "asha.pkg"])
    assert sorted(n[:3] for n in _notes(lead)) == [("asha", "n1", "relation"), ("asha", "n1", "span"), ("asha", "n2", "document")]


def _ids(path: Path) -> tuple[str, str, str]:
    with Project.open(path) as p:
        return p.annotator("asha").uuid, _layer_span(p, "n1", "ravi", "PERSON"), p.document_by_ext_id("n1").uuid


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda a, r, d: f"UPDATE note SET target = 'gone', uuid = '{store.note_uuid('gone', a)}'", "its span gone is in neither file"),
        (lambda a, r, d: f"UPDATE note SET target = '{r}', uuid = '{store.note_uuid(r, a)}'", "not in its annotator's layer"),
        (lambda a, r, d: f"UPDATE note SET target = '{r}'", "its id is not the one"),
        (lambda a, r, d: "UPDATE note SET updated_at = 'soon'", "timestamps"),
        (lambda a, r, d: "UPDATE note SET updated_at = created_at - 1", "timestamps"),
        (lambda a, r, d: "UPDATE note SET text = 'दो' || char(10) || 'पंक्तियाँ'", "one line"),
        (lambda a, r, d: "UPDATE note SET annotator = 'nobody'", "annotator is in neither file"),
        (lambda a, r, d: f"UPDATE note SET target_kind = 'document', target = '{d}', uuid = '{store.note_uuid(d, a)}', document = 'elsewhere'", "document elsewhere is in neither"),
    ],
)
def test_a_bad_note_refuses_the_merge_with_one_line_naming_the_file(base: Path, tmp_path: Path, make, reason: str) -> None:
    asha, ravi_span, doc = _ids(base)
    statements = ["PRAGMA foreign_keys = OFF", "PRAGMA ignore_check_constraints = ON", make(asha, ravi_span, doc)]
    # one line, naming the file and the row, and the lead unchanged (checked by _refused)
    _refused(base, tmp_path, *statements, match="^" + re.escape(f"{tmp_path / 'bad.db'}: note ") + ".*" + reason)


def test_skip_bad_leaves_the_bad_note_out_and_merges_the_rest(base: Path, tmp_path: Path) -> None:
    asha, ravi = _laptops(base, tmp_path)
    with Project.open(ravi) as p:
        p.sql("UPDATE note SET text = 'x' || char(9) || 'y' WHERE target_kind = 'span' AND annotator = (SELECT uuid FROM annotator WHERE name = 'ravi')")
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [asha, ravi], skip_bad=True)
    assert len(report.skipped) == 1 and "ravi.db: note" in report.skipped[0]
    assert ("ravi", "n1", "document", "", True) in _notes(lead)
    assert not any(n[0] == "ravi" and n[2] == "span" for n in _notes(lead))


def test_a_package_of_the_format_before_notes_still_merges(base: Path, tmp_path: Path) -> None:
    import sqlite3

    with Project.open(base) as p:
        write_package(p, tmp_path / "old.pkg", annotator="ravi")
    con = sqlite3.connect(tmp_path / "old.pkg")  # as the version before notes wrote it
    con.execute("DROP TABLE note")
    con.execute("UPDATE package_info SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    lead = copy(base, tmp_path / "lead.db")
    with Project.open(lead) as p:
        report = merge(p, [tmp_path / "old.pkg"])
    assert "note" not in report.tables and report.tables["span"].unchanged == 2
