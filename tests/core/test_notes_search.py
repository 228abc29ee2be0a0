"""Notes are searchable (folded Devanagari, Roman, plain English) and listed for the lead by
`annotator notes PROJECT.db [--layer L] [--search Q] [--json]`."""

from __future__ import annotations

import json

import pytest

from annotator import edits, notes
from annotator.cli import main
from annotator.search import search_notes

TEXT = "कानपुर में दारोगा अजय मिश्रा ने बताया कि मिश्रा जी को पदोन्नति मिली।"


@pytest.fixture
def noted(project, add_doc, asha, tmp_path):
    doc = add_doc(TEXT, "kanpur-001")
    ravi = edits.ensure_annotator(project, "ravi")
    start = TEXT.index("अजय मिश्रा")
    mine = edits.add_span(project, document=doc, annotator=asha, start=start, end=start + len("अजय मिश्रा"), label="PERSON").spans[0][1].uuid
    theirs = edits.add_span(project, document=doc, annotator=ravi, start=start, end=start + len("अजय मिश्रा"), label="PERSON").spans[0][1].uuid
    # a precomposed nukta letter (U+095C) in the note; the query below uses base + U+093C
    notes.set_note(project, annotator=asha, kind="span", target=mine, text="दारोगा भी नाम का हिस्सा? बड़ा सवाल")
    notes.toggle_unsure(project, annotator=asha, kind="span", target=mine)
    notes.set_note(project, annotator=ravi, kind="span", target=theirs, text="check the surname")
    notes.toggle_unsure(project, annotator=ravi, kind="document", target=doc)
    project.close()
    return tmp_path / "project.db"


def test_search_finds_notes_folded_roman_and_english(noted):
    from annotator.project import Project

    with Project.open(noted) as p:
        assert [n.annotator for n in search_notes(p, "ब\u0921\u093c\u093e")] == ["asha"]  # folded nukta
        assert [n.annotator for n in search_notes(p, "daroga")] == ["asha"]  # Roman, phonetic
        assert [n.annotator for n in search_notes(p, "SURNAME")] == ["ravi"]  # English, any case
        assert [n.annotator for n in search_notes(p, "surname", layer="asha")] == []
        assert search_notes(p, "पुलिस") == [] and search_notes(p, "  ") == []


def test_the_notes_command_lists_filters_and_speaks_json(noted, capsys):
    assert main(["notes", str(noted), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["notes"]
    assert [(n["annotator"], n["on"], n["unsure"]) for n in listed] == [("ravi", "document", True), ("asha", "span", True), ("ravi", "span", False)]
    assert listed[1]["document"] == "kanpur-001" and listed[1]["start"] == TEXT.index("अजय") and "अजय मिश्रा" in listed[1]["what"]
    assert main(["notes", str(noted), "--layer", "ravi"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.split("\t")[1] == "ravi" for line in lines)
    assert lines[1].endswith("\t-\tcheck the surname") and "2 notes (1 unsure) in 1 documents" in err
    assert main(["notes", str(noted), "--search", "दारोगा", "--json"]) == 0
    assert [n["annotator"] for n in json.loads(capsys.readouterr().out)["notes"]] == ["asha"]
    assert main(["notes", str(noted), "--layer", "meena"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no annotator 'meena'" in err and "Traceback" not in err
