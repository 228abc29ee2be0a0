"""Opt-in: our Label Studio export loaded into a running Label Studio through its API, and its
own export read back. Skipped unless ANNOTATOR_LABEL_STUDIO_URL (e.g. http://127.0.0.1:8089)
and ANNOTATOR_LABEL_STUDIO_TOKEN (a user's legacy API token) are set; docs/FORMATS.md says how
to start one. The test makes a project there, imports our tasks with their pre-annotations,
copies each prediction into an annotation as a user would by accepting it, exports the
project as JSON and imports that here: the spans, after an emoji and CRLF, must come back."""

from __future__ import annotations

import json
import os
import urllib.request

import pytest

from tests.data.formats.corpus import layer, new_project, run

URL = os.environ.get("ANNOTATOR_LABEL_STUDIO_URL", "")
TOKEN = os.environ.get("ANNOTATOR_LABEL_STUDIO_TOKEN", "")
pytestmark = pytest.mark.skipif(not (URL and TOKEN), reason="set ANNOTATOR_LABEL_STUDIO_URL and ANNOTATOR_LABEL_STUDIO_TOKEN to check against a running Label Studio")

TEXT = "थाना प्रभारी 😀 राजेश यादव ने\r\nकानपुर में बताया।"


def _api(method: str, path: str, body: object = None) -> object:
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(URL.rstrip("/") + path, data=data, method=method, headers={"Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        raw = response.read()
    return json.loads(raw) if raw else None


def _at(surface: str) -> list[int]:
    start = TEXT.index(surface)
    return [start, start + len(surface)]


def test_label_studio_loads_our_export_and_gives_it_back(tmp_path):
    entities = [{"id": f"T{i}", "start": s, "end": e, "label": label} for i, ((s, e), label) in enumerate([(_at("थाना प्रभारी"), "DESIGNATION"), (_at("राजेश यादव"), "PERSON"), (_at("कानपुर"), "LOCATION")])]
    record = {"id": "live-1", "text": TEXT, "entities": entities, "relations": [{"head": "T1", "tail": "T0", "label": "HAS_DESIGNATION"}], "source": "asha"}
    src = tmp_path / "src.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = new_project(tmp_path / "a.db")
    assert run("import", db, src) == 0
    out = tmp_path / "tasks.json"
    assert run("export", db, "-o", out, "--format", "labelstudio", "--source", "asha") == 0
    config = (tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8")
    project = _api("POST", "/api/projects", {"title": "hindi-news-annotator check", "label_config": config})
    try:
        _api("POST", f"/api/projects/{project['id']}/import", json.loads(out.read_text(encoding="utf-8")))
        tasks = _api("GET", f"/api/tasks?project={project['id']}&fields=all")
        tasks = tasks["tasks"] if isinstance(tasks, dict) else tasks
        assert len(tasks) == 1
        [prediction] = _api("GET", f"/api/predictions?task={tasks[0]['id']}")
        assert {r["value"]["text"] for r in prediction["result"] if r["type"] == "labels"} == {"थाना प्रभारी", "राजेश यादव", "कानपुर"}
        _api("POST", f"/api/tasks/{tasks[0]['id']}/annotations", {"result": prediction["result"], "was_cancelled": False})
        exported = _api("GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    finally:
        _api("DELETE", f"/api/projects/{project['id']}")
    back = tmp_path / "from-label-studio.json"
    back.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    again = new_project(tmp_path / "b.db")
    assert run("import", again, back, "--as", "asha") == 0
    [(_, (text, spans, rels))] = layer(again, "asha").items()
    assert text == TEXT
    [(_, (_, want_spans, want_rels))] = layer(db, "asha").items()
    assert spans == want_spans and rels == want_rels
