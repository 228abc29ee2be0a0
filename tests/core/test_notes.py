"""Notes and unsure flags: each verb is one transaction whose Changes `edits.revert` undoes, and
a project file of the previous format is upgraded in place to hold them."""

from __future__ import annotations

import sqlite3

import pytest

from annotator import edits, notes, store
from annotator import project as project_module
from annotator.errors import InvalidOperation
from annotator.project import Project, resolve_scheme

TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि दारोगा अजय मिश्रा कानपुर में थे।"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


@pytest.fixture
def doc(add_doc):
    return add_doc(TEXT)


@pytest.fixture
def person(project, doc, asha):
    s, e = at("विजय सिंह मीणा")
    return edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="PERSON").spans[0][1].uuid


def _rows(project) -> list[tuple]:
    return project.sql("SELECT uuid, target_kind, target, text, unsure, deleted FROM note ORDER BY uuid").fetchall()


def test_set_edit_and_delete_a_note_each_revert(project, doc, asha, person):
    made = notes.set_note(project, annotator=asha, kind="span", target=person, text="शायद ORGANIZATION?")
    (before, after), = made.notes
    assert before is None and after.text == "शायद ORGANIZATION?" and not after.unsure and made.document == doc
    assert made.inverse().notes == ((after, None),) and not made.empty
    assert notes.note_of(project, annotator=asha, target=person).text == "शायद ORGANIZATION?"
    edited = notes.set_note(project, annotator=asha, kind="span", target=person, text="पद या नाम?")
    assert edited.notes[0][0].text == "शायद ORGANIZATION?" and edited.notes[0][1].text == "पद या नाम?"
    gone = notes.delete_note(project, annotator=asha, kind="span", target=person)
    assert gone.notes[0][1].deleted
    assert notes.note_of(project, annotator=asha, target=person) is None
    # undo, newest first, walks back through every state
    edits.revert(project, gone)
    assert notes.note_of(project, annotator=asha, target=person).text == "पद या नाम?"
    edits.revert(project, edited)
    assert notes.note_of(project, annotator=asha, target=person).text == "शायद ORGANIZATION?"
    undone = edits.revert(project, made)
    assert notes.note_of(project, annotator=asha, target=person) is None
    assert [r[5] for r in _rows(project)] == [1]  # a tombstone, so a merge carries the deletion
    edits.revert(project, undone)  # redo
    assert notes.note_of(project, annotator=asha, target=person).text == "शायद ORGANIZATION?"


def test_unsure_toggles_and_keeps_the_text(project, doc, asha, person):
    flagged = notes.toggle_unsure(project, annotator=asha, kind="span", target=person)
    assert flagged.notes[0][1].unsure and flagged.notes[0][1].text == ""
    notes.set_note(project, annotator=asha, kind="span", target=person, text="सीमा साफ़ नहीं")
    cleared = notes.toggle_unsure(project, annotator=asha, kind="span", target=person)
    row = notes.note_of(project, annotator=asha, target=person)
    assert not row.unsure and row.text == "सीमा साफ़ नहीं"
    # deleting the text of a flagged note keeps the row for the flag
    edits.revert(project, cleared)
    notes.delete_note(project, annotator=asha, kind="span", target=person)
    row = notes.note_of(project, annotator=asha, target=person)
    assert row.unsure and row.text == ""
    off = notes.toggle_unsure(project, annotator=asha, kind="span", target=person)
    assert off.notes[0][1].deleted and notes.note_of(project, annotator=asha, target=person) is None
    edits.revert(project, off)
    assert notes.note_of(project, annotator=asha, target=person).unsure
    # writing what is there changes nothing
    assert notes.set_unsure(project, annotator=asha, kind="span", target=person, unsure=True).empty


def test_notes_on_a_relation_and_the_document(project, doc, asha, person):
    s, e = at("आयुक्त")
    desig = edits.add_span(project, document=doc, annotator=asha, start=s, end=e, label="DESIGNATION").spans[0][1].uuid
    rel = edits.add_relation(project, head=person, tail=desig, label="HAS_DESIGNATION").relations[0][1].uuid
    on_rel = notes.set_note(project, annotator=asha, kind="relation", target=rel, text="पद उसी का है?")
    on_doc = notes.toggle_unsure(project, annotator=asha, kind="document", target=doc)
    assert on_rel.notes[0][1].document == doc and on_doc.notes[0][1].target == doc
    listed = notes.list_notes(project)
    assert [(n.kind, n.annotator, n.document) for n in listed] == [("document", "asha", "doc0"), ("relation", "asha", "doc0")]
    assert "विजय सिंह मीणा" in listed[1].what and listed[1].text == "पद उसी का है?"
    assert listed[0].unsure and listed[0].text == ""
    # deleting the span hides its relation's note; undoing brings it back
    deleted = edits.delete_span(project, span=person)
    assert [n.kind for n in notes.list_notes(project)] == ["document"]
    edits.revert(project, deleted)
    assert [n.kind for n in notes.list_notes(project)] == ["document", "relation"]
    edits.revert(project, on_rel)
    edits.revert(project, on_doc)
    assert notes.list_notes(project) == []


def test_bad_notes_are_refused_and_change_nothing(project, doc, asha, person):
    ravi = edits.ensure_annotator(project, "ravi")
    before = _rows(project)
    cases = [
        (dict(annotator=asha, kind="span", target=person, text="   "), "needs some text"),
        (dict(annotator=asha, kind="span", target=person, text="दो\nपंक्तियाँ"), "one line"),
        (dict(annotator=asha, kind="span", target=person, text="x" * (notes.MAX_CHARS + 1)), "at most"),
        (dict(annotator=asha, kind="span", target=person, text="a\ud800b"), "surrogate"),
        (dict(annotator=ravi, kind="span", target=person, text="not mine"), "another annotator's layer"),
        (dict(annotator=asha, kind="span", target="no-such-span", text="x"), "no such span"),
        (dict(annotator=asha, kind="token", target=person, text="x"), "not a 'token'"),
        (dict(annotator="nobody", kind="document", target=doc, text="x"), "no such annotator"),
    ]
    for kwargs, reason in cases:
        with pytest.raises(InvalidOperation, match=reason):
            notes.set_note(project, **kwargs)
    with pytest.raises(InvalidOperation, match="no document"):
        notes.toggle_unsure(project, annotator=asha, kind="document", target="no-such-doc")
    assert _rows(project) == before == []
    assert notes.list_notes(project, layer="asha") == []
    with pytest.raises(InvalidOperation, match="no annotator 'meena'"):
        notes.list_notes(project, layer="meena")


def test_a_file_of_the_previous_format_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:  # a project written by the version before notes
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:2])
        m.setattr(store, "SCHEMA_VERSION", 2)
        m.setattr(project_module, "STAMPED_TABLES", project_module.STAMPED_TABLES[:5])  # before notes and attributes
        with Project.create(path, resolve_scheme("hindi-news")) as p:
            txt = tmp_path / "kanpur.txt"
            txt.write_text(TEXT, encoding="utf-8")
            from annotator.importer import import_paths

            import_paths(p, [txt])
            asha = edits.ensure_annotator(p, "asha")
            doc = p.document_by_ext_id("kanpur").uuid
            s, e = at("अजय मिश्रा")
            span = edits.add_span(p, document=doc, annotator=asha, start=s, end=e, label="PERSON").spans[0][1].uuid
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'note'").fetchone()[0] == 0
    con.close()
    with Project.open(path) as p:
        assert p.sql("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert [s.uuid for s in p.spans(doc, asha)] == [span]
        notes.set_note(p, annotator=asha, kind="span", target=span, text="दारोगा भी नाम में?")
    assert (tmp_path / "old.db.bak-v2").exists()
    with Project.open(path) as p:  # and it opens again as it is
        assert notes.note_of(p, annotator=asha, target=span).text == "दारोगा भी नाम में?"
