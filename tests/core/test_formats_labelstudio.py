"""Label Studio: our export is tasks with pre-annotations (`predictions`) and a labeling config
made from the scheme; Label Studio's own export (written here in its shape, our own text)
imports as a layer per annotator and a suggestion layer per model; offsets are code points,
after emoji and CRLF too; what cannot be imported is listed, never silently dropped."""

from __future__ import annotations

import json

from annotator.formats.registry import detect_format
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from tests.data.formats.corpus import layer, new_project, run

TEXT = "थाना प्रभारी 😀 राजेश यादव ने\r\nकानपुर में बताया।"


def _at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def _source(tmp_path):
    """A project whose layer asha holds two spans after an emoji and CRLF and a relation."""
    name, title, place = _at("राजेश यादव"), _at("थाना प्रभारी"), _at("कानपुर")
    record = {
        "id": "kanpur-7",
        "text": TEXT,
        "meta": {"source": "desk"},
        "entities": [
            {"id": "T1", "start": title[0], "end": title[1], "label": "DESIGNATION"},
            {"id": "T2", "start": name[0], "end": name[1], "label": "PERSON"},
            {"id": "T3", "start": place[0], "end": place[1], "label": "LOCATION"},
        ],
        "relations": [{"head": "T2", "tail": "T1", "label": "HAS_DESIGNATION"}],
        "source": "asha",
    }
    src = tmp_path / "src.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = new_project(tmp_path / "a.db")
    assert run("import", db, src) == 0
    return db


def test_export_is_tasks_with_predictions_in_code_points(tmp_path):
    db = _source(tmp_path)
    out = tmp_path / "tasks.json"
    assert run("export", db, "-o", out, "--format", "labelstudio", "--source", "asha") == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 1 and set(tasks[0]) == {"data", "predictions"}
    data, [prediction] = tasks[0]["data"], tasks[0]["predictions"]
    assert data == {"text": TEXT, "id": "kanpur-7", "meta": {"source": "desk"}}
    regions = [r for r in prediction["result"] if r["type"] == "labels"]
    [relation] = [r for r in prediction["result"] if r["type"] == "relation"]
    assert [(r["value"]["start"], r["value"]["end"], r["value"]["labels"]) for r in regions] == [(*_at("थाना प्रभारी"), ["DESIGNATION"]), (*_at("राजेश यादव"), ["PERSON"]), (*_at("कानपुर"), ["LOCATION"])]
    for r in regions:  # code points: the emoji counts one, \r\n two
        assert r["value"]["text"] == TEXT[r["value"]["start"] : r["value"]["end"]]
        assert (r["from_name"], r["to_name"]) == ("label", "text")
    by_label = {r["value"]["labels"][0]: r["id"] for r in regions}
    assert relation == {"from_id": by_label["PERSON"], "to_id": by_label["DESIGNATION"], "type": "relation", "direction": "right", "labels": ["HAS_DESIGNATION"]}
    # the text really has what shifts other counts: a line end of two code points, an emoji of two UTF-16 units
    assert _at("कानपुर")[0] == TEXT.index("\r\n") + 2 and len(TEXT.encode("utf-16-le")) // 2 == len(TEXT) + 1


def test_the_labeling_config_comes_from_the_scheme(tmp_path):
    db = _source(tmp_path)
    out = tmp_path / "tasks.json"
    assert run("export", db, "-o", out, "--format", "labelstudio", "--source", "asha", "--labels", "PERSON,DESIGNATION,SPOUSE_OF,HAS_DESIGNATION") == 0
    config = (tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8")
    import xml.etree.ElementTree as ET

    view = ET.fromstring(config)
    assert view.tag == "View" and [c.tag for c in view] == ["Relations", "Labels", "TextArea", "Text"]  # the scheme's entity_id
    labels = {e.get("value"): (e.get("background"), e.get("hotkey")) for e in view.find("Labels")}
    scheme = resolve_scheme("hindi-news")
    assert labels == {n: (scheme.entity(n).color, scheme.entity(n).key) for n in ("PERSON", "DESIGNATION")}
    assert all(labels.values()) and labels["PERSON"][1] != labels["DESIGNATION"][1]
    assert view.find("Labels").get("toName") == view.find("Text").get("name") == "text" and view.find("Text").get("value") == "$text"
    assert [e.get("value") for e in view.find("Relations")] == ["HAS_DESIGNATION", "SPOUSE_OF"]


def test_undirected_relations_are_written_bi(tmp_path):
    text = "राम और सीता आए।"
    rec = {"id": "d", "text": text, "entities": [{"id": "A", "start": 0, "end": 3, "label": "PERSON"}, {"id": "B", "start": 7, "end": 11, "label": "PERSON"}], "relations": [{"head": "A", "tail": "B", "label": "SPOUSE_OF"}], "source": "asha"}
    src = tmp_path / "s.jsonl"
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    db = new_project(tmp_path / "a.db")
    assert run("import", db, src) == 0
    assert run("export", db, "-o", tmp_path / "t.json", "--format", "labelstudio", "--source", "asha") == 0
    [task] = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [r["direction"] for r in task["predictions"][0]["result"] if r["type"] == "relation"] == ["bi"]


def test_round_trip_through_our_own_export(tmp_path, capsys):
    db = _source(tmp_path)
    out = tmp_path / "tasks.json"
    assert run("export", db, "-o", out, "--format", "labelstudio", "--source", "asha") == 0
    again = new_project(tmp_path / "b.db")
    capsys.readouterr()
    assert run("import", again, out) == 0
    summary = capsys.readouterr().out
    assert "3 spans, 1 relations into import:tasks:hindi-news-annotator:asha" in summary  # predictions: a suggestion layer
    assert layer(again, "import:tasks:hindi-news-annotator:asha") == layer(db, "asha")
    with Project.open(again) as p:
        assert p.meta(p.document_by_ext_id("kanpur-7").uuid) == {"source": "desk"}
        assert p.annotator("import:tasks:hindi-news-annotator:asha").kind == "import"


def _ls_export() -> list[dict]:
    """Two tasks as Label Studio's JSON export gives them: random region ids, two annotators
    (a bare user id and an expanded user), a prediction, a cancelled annotation, a choice."""
    name, title, place = _at("राजेश यादव"), _at("थाना प्रभारी"), _at("कानपुर")

    def region(rid, span, label, text=None):
        value = {"start": span[0], "end": span[1], "text": TEXT[span[0] : span[1]] if text is None else text, "labels": [label]}
        return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual", "value": value}

    first = [
        region("x8Kq2", name, "PERSON"),
        region("Pm0aZ", title, "DESIGNATION"),
        # Label Studio 1.4 dropped line breaks from value.text on update: offsets still rule.
        {"from_id": "Pm0aZ", "to_id": "x8Kq2", "type": "relation", "direction": "left", "labels": ["HAS_DESIGNATION"]},
        {"from_id": "x8Kq2", "to_id": "Pm0aZ", "type": "relation", "direction": "right", "labels": []},
        {"id": "c1", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["neutral"]}},
    ]
    across = (title[0], place[1])
    second = [region("r1", place, "LOCATION"), region("r2", across, "EVENT", text=TEXT[across[0] : across[1]].replace("\r\n", ""))]
    return [
        {
            "id": 41,
            "data": {"text": TEXT},
            "annotations": [
                {"id": 7, "completed_by": 3, "result": first, "was_cancelled": False, "ground_truth": False, "lead_time": 12.5},
                {"id": 8, "completed_by": {"id": 4, "email": "meena@example.org", "first_name": "", "last_name": ""}, "result": second, "was_cancelled": False},
                {"id": 9, "completed_by": 5, "result": [], "was_cancelled": True},
            ],
            "predictions": [{"id": 2, "model_version": "crf-v2", "score": 0.8, "result": [region("p1", place, "LOCATION")]}],
        },
        {"id": 42, "data": {"text": "दूसरी खबर"}, "annotations": [], "predictions": []},
    ]


def _write(path, tasks, *, indent=None):
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


def test_label_studio_export_imports_a_layer_per_annotator(project, tmp_path):
    src = _write(tmp_path / "project-3-at-2026.json", _ls_export(), indent=2)
    assert detect_format(src) == "labelstudio"
    report = import_paths(project, [src])
    assert report.documents_added == 2 and report.duplicates == 0
    assert report.annotators == ["labelstudio-user-3", "meena@example.org", "import:project-3-at-2026:crf-v2"]
    assert (report.spans_added, report.relations_added) == (5, 1)
    got = {}
    for who in report.annotators:
        uuid = project.annotator(who).uuid
        doc = project.document_by_ext_id("project-3-at-2026-41").uuid
        spans = project.spans(doc, uuid)
        by_id = {s.uuid: (TEXT[s.start : s.end], s.label) for s in spans}
        got[who] = (sorted(by_id.values()), [(by_id[r.head], by_id[r.tail], r.label) for r in project.relations(doc, uuid)])
    assert got["labelstudio-user-3"] == ([("थाना प्रभारी", "DESIGNATION"), ("राजेश यादव", "PERSON")], [(("राजेश यादव", "PERSON"), ("थाना प्रभारी", "DESIGNATION"), "HAS_DESIGNATION")])
    assert got["meena@example.org"][0] == [("कानपुर", "LOCATION"), (TEXT[TEXT.index("थाना") : TEXT.index("कानपुर") + 6], "EVENT")]
    assert got["import:project-3-at-2026:crf-v2"] == ([("कानपुर", "LOCATION")], [])
    assert project.annotator("import:project-3-at-2026:crf-v2").kind == "import"
    assert project.meta(project.document_by_ext_id("project-3-at-2026-42").uuid) == {"source": src.name, "labelstudio_task": 42}
    notes = "\n".join(report.notes)
    assert f"{src}:2: task 41, annotation 7, result #4: a relation x8Kq2 -> Pm0aZ without a label was not imported" in notes
    assert "result #5: a 'choices' result (sentiment) is not a text region and was not imported" in notes
    assert "task 41, annotation 9 was cancelled" in notes


def test_offsets_counted_in_utf16_are_refused_with_the_reason(project, tmp_path):
    import pytest

    from annotator.errors import InputError

    start = TEXT.index("राजेश")  # after the emoji: UTF-16 counts it twice
    task = {"id": 1, "data": {"text": TEXT}, "annotations": [{"completed_by": 1, "result": [{"id": "a", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": start + 1, "end": start + 11, "text": "राजेश यादव", "labels": ["PERSON"]}}]}]}
    src = _write(tmp_path / "old.json", [task])
    with pytest.raises(InputError, match="UTF-16 units, as Label Studio before 2021"):
        import_paths(project, [src])
    assert project.documents() == []


def test_json_min_and_broken_files_are_one_line_errors(tmp_path, capsys):
    db = new_project(tmp_path / "p.db")
    minimal = _write(tmp_path / "min.json", [{"id": 1, "text": TEXT, "label": [{"start": 0, "end": 4, "labels": ["PERSON"]}]}])
    capsys.readouterr()
    assert run("import", db, minimal, "--format", "labelstudio") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{minimal}:1: not a Label Studio task (no 'data' object); export from Label Studio as JSON, not JSON-MIN" in err
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"data": {"text": "क"}},\n{"data": \n', encoding="utf-8")
    assert run("import", db, broken, "--format", "labelstudio") == 1
    assert f"{broken}:4: not valid JSON" in capsys.readouterr().err


def test_spacy_arrays_are_still_told_apart(tmp_path):
    spacy = tmp_path / "train.json"
    spacy.write_text(json.dumps([["राम आया", {"entities": [[0, 3, "PERSON"]]}]], ensure_ascii=False, indent=2), encoding="utf-8")
    lines = tmp_path / "tasks.jsonl"
    lines.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in _ls_export()), encoding="utf-8")
    assert (detect_format(spacy), detect_format(lines)) == ("spacy", "labelstudio")


def test_as_puts_every_set_in_one_layer(project, tmp_path):
    report = import_paths(project, [_write(tmp_path / "e.json", _ls_export())], as_annotator="ravi")
    assert report.annotators == ["ravi"] and report.duplicates == 0
    doc = project.document_by_ext_id("e-41").uuid
    # the prediction's LOCATION and meena's are one span in one layer
    assert len(project.spans(doc, project.annotator("ravi").uuid)) == 4


def test_predictions_listed_by_id_are_named_not_imported(project, tmp_path):
    """Label Studio 1.23's JSON export gives `"predictions": [2]` (ids) beside full annotations."""
    name = _at("राजेश यादव")
    region = {"id": "T2", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": name[0], "end": name[1], "text": "राजेश यादव", "labels": ["PERSON"]}}
    task = {"id": 1, "data": {"text": TEXT, "id": "live-1", "meta": {}}, "annotations": [{"id": 2, "completed_by": 1, "result": [region], "prediction": {"id": 2, "result": [region]}}], "predictions": [2]}
    src = _write(tmp_path / "ls.json", [task])
    report = import_paths(project, [src])
    assert (report.documents_added, report.duplicates, report.spans_added, report.annotators) == (1, 0, 1, ["labelstudio-user-1"])
    assert report.notes == [f"{src}:1: task 1: prediction 2 is only an id in this export and was not imported"]
