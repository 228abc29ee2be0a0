"""Property tests: any Devanagari text with emoji, CRLF, joiners and nukta letters survives
import and export byte for byte, and every span's text equals its slice."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.edits import ensure_annotator
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.text import cluster_boundaries

PIECES = st.sampled_from(
    ["क", "ष", "्", "त्र", "ि", "ी", "ं", "ँ", "़", "\u095c", "\u0958", "ड\u093c", "\u200d", "\u200c", "।", "॥", "०", "९",
     "1", "a", " ", " ", "\r\n", "\n", "\r", "😀", "👩\u200d💻", "\u0915\u094d\u200d", "स्त्री", "<b>", "&amp;", "\t"]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=60).map("".join).filter(lambda t: t.strip())


@st.composite
def documents(draw):
    text = draw(TEXTS)
    bounds = cluster_boundaries(text).offsets
    pairs = draw(st.lists(st.tuples(st.sampled_from(bounds), st.sampled_from(bounds)), max_size=8))
    spans = sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b})
    return text, spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents(), min_size=1, max_size=4, unique_by=lambda d: d[0]))
def test_import_export_keeps_text_and_spans(tmp_path_factory, docs):
    tmp = tmp_path_factory.mktemp("prop")
    src = tmp / "in.jsonl"
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        for i, (text, spans) in enumerate(docs):
            ents = [{"start": s, "end": e, "label": "MISC", "text": text[s:e]} for s, e in spans]
            f.write(json.dumps({"id": f"d{i}", "text": text, "entities": ents, "source": "asha"}, ensure_ascii=False) + "\n")
    with Project.create(tmp / "p.db", resolve_scheme(None)) as project:
        import_paths(project, [src])
        ensure_annotator(project, "asha")
        export(project, tmp / "out.jsonl", source="asha")
    out = [json.loads(line) for line in (tmp / "out.jsonl").read_text(encoding="utf-8").split("\n") if line]
    assert [d["text"] for d in out] == [t for t, _ in docs]
    for (text, spans), d in zip(docs, out):
        assert [(e["start"], e["end"]) for e in d["entities"]] == spans
        assert all(e["text"] == text[e["start"] : e["end"]] for e in d["entities"])
    # the exported file itself re-imports to the same export, byte for byte
    with Project.create(tmp / "q.db", resolve_scheme(None)) as again:
        import_paths(again, [tmp / "out.jsonl"])
        ensure_annotator(again, "asha")
        export(again, tmp / "out2.jsonl", source="asha")
    assert (tmp / "out2.jsonl").read_bytes() == (tmp / "out.jsonl").read_bytes()


@settings(max_examples=40, deadline=None)
@given(text=TEXTS)
def test_txt_import_is_verbatim(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("txt")
    (tmp / "a.txt").write_bytes(text.encode("utf-8"))
    with Project.create(tmp / "p.db", resolve_scheme(None)) as project:
        import_paths(project, [tmp / "a.txt"])
        assert project.text(project.documents()[0].uuid) == text
