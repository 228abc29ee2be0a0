"""The tools people train with load our exports unchanged: spaCy (blank Hindi, strict
char_span, DocBin) and the Hugging Face `datasets` JSON loader."""

from __future__ import annotations

import json

import pytest

from tests.data.formats.corpus import MISALIGNED, layer, new_project, read_jsonl, records, run, write_jsonl


@pytest.fixture
def source(tmp_path):
    db = new_project(tmp_path / "a.db")
    assert run("import", db, write_jsonl(tmp_path / "corpus.jsonl", records())) == 0
    return db


def test_spacy_builds_a_docbin_from_our_json_and_reads_ours(source, tmp_path, capsys):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin
    from spacy.training import Example

    out = tmp_path / "train.jsonl"
    capsys.readouterr()
    assert run("export", source, "-o", out, "--format", "spacy", "--source", "asha", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tokenizer"]["name"] == "spacy-blank-hi"
    nlp = spacy.blank("hi")
    built = DocBin()
    written = set()
    for (text, annot), (ext_id, (want_text, spans, _)) in zip(read_jsonl(out), layer(source, "asha").items()):
        assert text == want_text
        doc = nlp.make_doc(text)
        for start, end, label in annot["spans"]["sc"]:
            assert doc.char_span(start, end, label=label, alignment_mode="strict") is not None
            written.add((ext_id, start, end, label))
        doc.ents = [doc.char_span(s, e, label=label, alignment_mode="strict") for s, e, label in annot["entities"]]
        built.add(doc)
        Example.from_dict(nlp.make_doc(text), annot)  # spaCy's own reader takes the dict
        # every span is aligned and written, or reported with its offsets
        for s, e, label in spans:
            assert (ext_id, s, e, label) in written or any(f"{ext_id}:{s}-{e} {label}" in n for n in report["notes"])
    assert any("do not align" in n and "'भारत'" in n for n in report["notes"])
    path = tmp_path / "built.spacy"
    built.to_disk(path)
    loaded = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    ents = [(e.start_char, e.end_char, e.label_) for d in loaded for e in d.ents]
    assert ents == [tuple(t) for _, annot in read_jsonl(out) for t in annot["entities"]]

    # Our DocBin (here with the Hindi tokenizer): every span that aligns is in doc.spans["sc"].
    hindi = tmp_path / "train.spacy"
    assert run("export", source, "-o", hindi, "--format", "spacy", "--source", "asha", "--tokenizer", "hindi") == 0
    docs = list(DocBin().from_disk(hindi).get_docs(nlp.vocab))
    want = layer(source, "asha")
    assert [d.user_data["id"] for d in docs] == list(want)
    for doc, (ext_id, (text, spans, rels)) in zip(docs, want.items()):
        assert doc.text == text
        expected = {s for s in spans if not (ext_id == MISALIGNED[0] and text[s[0] : s[1]] == MISALIGNED[1])}
        assert {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]} == expected
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        assert set(ents) <= expected and all(a[1] <= b[0] for a, b in zip(ents, ents[1:]))
        assert doc.user_data["tokenizer"] == {"name": "hindi-punct", "version": "1"}
        group = list(doc.spans["sc"])
        got = {((group[h].start_char, group[h].end_char, group[h].label_), (group[t].start_char, group[t].end_char, group[t].label_), label) for h, t, label in doc.user_data["relations"]}
        assert got == {r for r in rels if r[0] in expected and r[1] in expected}


def test_hf_datasets_loads_our_export_offline(source, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    out = tmp_path / "ner.jsonl"
    assert run("export", source, "-o", out, "--format", "hf", "--source", "asha", "--split", "0.34,0.33,0.33", "--seed", "7") == 0
    files = {name: str(tmp_path / f"ner.{name}.jsonl") for name in ("train", "dev", "test")}
    meta = json.loads((tmp_path / "ner.train.features.json").read_text(encoding="utf-8"))
    features = datasets.Features.from_dict(meta["features"])
    ds = datasets.load_dataset("json", data_files=files, features=features, cache_dir=str(tmp_path / "cache"))
    assert sorted(ds) == ["dev", "test", "train"] and sum(len(ds[s]) for s in ds) == 3
    names = ds["train"].features["ner_tags"].feature.names
    assert names == meta["label_names"] and names[0] == "O"
    rows = {r["id"]: r for s in ds for r in ds[s]}
    row = rows["kanpur-001"]
    tags = [names[i] for i in row["ner_tags"]]
    assert list(zip(row["tokens"], tags))[:5] == [("पुलिस", "B-DESIGNATION"), ("आयुक्त", "I-DESIGNATION"), ("विजय", "B-PERSON"), ("सिंह", "I-PERSON"), ("मीणा", "I-PERSON")]
