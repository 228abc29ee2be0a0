"""Prodigy's per-span answers: inside an accepted record, a span answered `reject` (as the
review and correction recipes write them) is not an entity, a relation joining it is not
imported either, and the import report names each with its file and line."""

from __future__ import annotations

import json

from annotator.importer import import_paths
from tests.data.formats.corpus import layer, new_project, run

TEXT = "कानपुर में पुलिस आयुक्त विजय मीणा ने बैठक की।"


def _span(surface: str, label: str, **extra) -> dict:
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "label": label, **extra}


def _records() -> list[dict]:
    place, title, name = _span("कानपुर", "LOCATION"), _span("पुलिस आयुक्त", "DESIGNATION", answer="reject"), _span("विजय मीणा", "PERSON", answer="accept")
    return [
        {"text": TEXT, "spans": [place, title, name], "relations": [{"head_span": name, "child_span": title, "label": "HAS_DESIGNATION"}], "answer": "accept", "_input_hash": 1},
        {"text": TEXT + " फिर", "spans": [_span("कानपुर", "LOCATION", answer="ignore")], "answer": "accept"},
    ]


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_rejected_spans_and_their_relations_are_not_imported(project, tmp_path):
    src = _write(tmp_path / "reviewed.jsonl", _records())
    report = import_paths(project, [src], fmt="prodigy", as_annotator="asha")
    assert (report.spans_added, report.relations_added) == (2, 0)
    s = TEXT.index("पुलिस आयुक्त")
    assert report.notes == [
        f"{src}:1: span #2 {s}-{s + len('पुलिस आयुक्त')} DESIGNATION 'पुलिस आयुक्त' was not imported: its answer is 'reject'",
        f"{src}:1: relation #1 HAS_DESIGNATION was not imported: it joins a span that was not",
        f"{src}:2: span #1 0-6 LOCATION 'कानपुर' was not imported: its answer is 'ignore'",
    ]


def test_the_command_line_lists_what_was_skipped(tmp_path, capsys):
    db = new_project(tmp_path / "p.db")
    src = _write(tmp_path / "reviewed.jsonl", _records())
    assert run("import", db, src, "--as", "asha") == 0  # auto: spans make it Prodigy
    err = capsys.readouterr().err
    assert err.count("was not imported") == 3 and f"note: {src}:1: span #2" in err
    labels = {label for _, spans, _ in layer(db, "asha").values() for _, _, label in spans}
    assert labels == {"LOCATION", "PERSON"}


def test_a_relation_answered_reject_is_not_imported(project, tmp_path):
    name, title = _span("विजय मीणा", "PERSON"), _span("पुलिस आयुक्त", "DESIGNATION")
    rec = {"text": TEXT, "spans": [name, title], "relations": [{"head_span": name, "child_span": title, "label": "HAS_DESIGNATION", "answer": "reject"}], "answer": "accept"}
    report = import_paths(project, [_write(tmp_path / "r.jsonl", [rec])], fmt="prodigy", as_annotator="asha")
    assert (report.spans_added, report.relations_added) == (2, 0)
    assert report.notes == [f"{tmp_path / 'r.jsonl'}:1: relation #1 HAS_DESIGNATION was not imported: its answer is 'reject'"]


def test_accepted_spans_and_relations_still_import(project, tmp_path):
    name, title = _span("विजय मीणा", "PERSON", answer="accept"), _span("पुलिस आयुक्त", "DESIGNATION")
    rec = {"text": TEXT, "spans": [name, title], "relations": [{"head_span": name, "child_span": title, "label": "HAS_DESIGNATION"}], "answer": "accept"}
    report = import_paths(project, [_write(tmp_path / "a.jsonl", [rec])], fmt="prodigy", as_annotator="asha")
    assert (report.spans_added, report.relations_added, report.notes) == (2, 1, [])
