"""Bad input in each import format: one line on stderr naming the file and the line, exit
status 1, and the project exactly as it was."""

from __future__ import annotations

import json

import pytest

from tests.data.formats.corpus import digest, new_project, run

GOOD_TEXT = "पुलिस आयुक्त विजय सिंह मीणा ने कहा"


def doccano(**entity) -> str:
    ent = {"id": 1, "label": "PERSON", "start_offset": 13, "end_offset": 27}
    ent.update(entity)
    return json.dumps({"id": "d", "text": GOOD_TEXT, "entities": [ent], "relations": []}, ensure_ascii=False)


def prodigy(**span) -> str:
    s = {"start": 13, "end": 27, "label": "PERSON"}
    s.update(span)
    return json.dumps({"text": GOOD_TEXT, "spans": [s], "relations": []}, ensure_ascii=False)


# name -> (files {relative path: content}, file given to import, --format, bad file, line, words)
CASES = {
    "doccano_offsets": ({"a.jsonl": doccano() + "\n" + doccano(end_offset="27") + "\n"}, "a.jsonl", "doccano", "a.jsonl", 2, "must be integers"),
    "doccano_label": ({"a.jsonl": doccano(label="POLICE") + "\n"}, "a.jsonl", "doccano", "a.jsonl", 1, "unknown label 'POLICE'"),
    "doccano_splits_cluster": ({"a.jsonl": doccano(end_offset=26) + "\n"}, "a.jsonl", "auto", "a.jsonl", 1, "splits the grapheme cluster"),
    "doccano_classification": ({"a.jsonl": json.dumps({"text": GOOD_TEXT, "label": ["news"]}) + "\n"}, "a.jsonl", "doccano", "a.jsonl", 1, "text-classification"),
    "prodigy_json": ({"p.jsonl": prodigy() + "\n{\"text\": \n"}, "p.jsonl", "prodigy", "p.jsonl", 2, "not valid JSON"),
    "prodigy_tokens": (
        {"p.jsonl": json.dumps({"text": GOOD_TEXT, "tokens": [{"start": 0, "end": 5}, {"start": 6, "end": 12}], "spans": [{"start": 13, "end": 27, "label": "PERSON", "token_start": 0, "token_end": 1}]}, ensure_ascii=False) + "\n"},
        "p.jsonl", "prodigy", "p.jsonl", 1, "do not cover characters 13-27",
    ),
    "prodigy_relation": ({"p.jsonl": json.dumps({"text": GOOD_TEXT, "spans": [], "relations": [{"head": 0, "child": 2, "label": "nsubj"}]}) + "\n"}, "p.jsonl", "auto", "p.jsonl", 1, "token-level relations"),
    "brat_offsets": ({"c/a.txt": GOOD_TEXT, "c/a.ann": "T1\tPERSON 13 27\tविजय सिंह मीणा\nT2\tPERSON 13 99\tx\n"}, "c", "auto", "c/a.ann", 2, "run outside the text"),
    "brat_text": ({"c/a.txt": GOOD_TEXT, "c/a.ann": "T1\tPERSON 13 27\tविजय सिंह\n"}, "c", "brat", "c/a.ann", 1, "differs from the document's text"),
    # events and discontinuous spans are kept out and listed, not refused (test_formats_brat_corpora.py)
    "brat_kind": ({"c/a.txt": GOOD_TEXT, "c/a.ann": "T1\tPERSON 13 27\tविजय सिंह मीणा\nX1\tArrest:T1\n"}, "c/a.ann", "auto", "c/a.ann", 2, "not a brat annotation"),
    "brat_relation": ({"c/a.txt": GOOD_TEXT, "c/a.ann": "T1\tPERSON 13 27\tविजय सिंह मीणा\nR1\tHAS_DESIGNATION Arg1:T1 Arg2:T9\n"}, "c", "auto", "c/a.ann", 2, "no text-bound annotation 'T9'"),
    "conll_columns": ({"x.conll": "राम\tB-PERSON\nने\nकहा\tO\n\n"}, "x.conll", "auto", "x.conll", 2, "expected 'token<TAB>tag'"),
    "conll_tag": ({"x.conll": "राम\tB-PERSON\nने\tO\n\nकहा\tX-PERSON\n"}, "x.conll", "conll", "x.conll", 4, "is not O, B-LABEL or I-LABEL"),
    "conll_label": ({"x.conll": "राम\tO\n\nराम\tB-PER\n"}, "x.conll", "auto", "x.conll", 3, "unknown label 'PER'"),
    "conll_utf8": ({"x.conll": b"\xd0\tO\n"}, "x.conll", "auto", "x.conll", 1, "not valid UTF-8"),
    "spacy_shape": ({"s.jsonl": json.dumps([GOOD_TEXT, {"entities": [[13, 27, "PERSON"]]}]) + "\n" + json.dumps({"text": GOOD_TEXT}) + "\n"}, "s.jsonl", "spacy", "s.jsonl", 2, "expected [text"),
    "spacy_array": ({"s.json": "[\n" + json.dumps([GOOD_TEXT, {"entities": [[13, 27, "PERSON"]]}]) + ",\n" + json.dumps([GOOD_TEXT, {"entities": [[13, 26, "PERSON"]]}]) + "\n]\n"}, "s.json", "auto", "s.json", 3, "splits the grapheme cluster"),
    "hf_lengths": ({"h.jsonl": json.dumps({"tokens": ["राम", "ने"], "ner_tags": ["B-PERSON", "O"]}) + "\n" + json.dumps({"tokens": ["राम"], "ner_tags": ["O", "O"]}) + "\n"}, "h.jsonl", "hf", "h.jsonl", 2, "as long as 'tokens'"),
    "hf_no_labels": ({"h.jsonl": json.dumps({"tokens": ["राम"], "ner_tags": [1]}) + "\n"}, "h.jsonl", "auto", "h.jsonl", 1, "h.features.json"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_line_naming_file_and_line_and_changes_nothing(tmp_path, capsys, case):
    files, given, fmt, bad, line, words = CASES[case]
    db = new_project(tmp_path / "p.db")
    # a good file in the same import, so a failure must also undo the good one
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "ok", "text": "राम घर गया", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = digest(db)
    capsys.readouterr()
    args = ["import", db, good, tmp_path / given] if fmt == "auto" else ["import", db, tmp_path / given, "--format", fmt]
    assert run(*args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"{tmp_path / bad}:{line}:" in err and words in err, err
    assert digest(db) == before


def test_skip_bad_keeps_the_good_conll_documents(tmp_path, capsys):
    db = new_project(tmp_path / "p.db", "hiner")
    src = tmp_path / "x.conll"
    src.write_text("राम\tB-PERSON\nघर\tO\n\nने\n\nदिल्ली\tB-LOCATION\n\n", encoding="utf-8")
    assert run("import", db, src, "--skip-bad") == 0
    captured = capsys.readouterr()
    assert "imported 2 documents" in captured.out and f"skipped {src}:4:" in captured.err
