"""Suggestions stored as layers: written per source with ids that runs and laptops agree on,
offered without touching anyone's spans, accepted with provenance, rejected for good (through
merge too), undone by edits.revert; and the `suggest` command around it."""

from __future__ import annotations

import json

import pytest

from annotator import edits
from annotator.cli import main
from annotator.errors import AnnotatorError, InvalidOperation
from annotator.project import Project
from annotator.suggest import layer
from annotator.suggest.proposal import layer_name
from annotator.suggest.run import suggest
from annotator.suggest.training import model_dir, target_documents, training_examples

GOLD_TEXT = "पुलिस आयुक्त विजय वर्मा ने बरेली में बयान दिया।"
NEW_TEXT = "बरेली में 2 जुलाई को पुलिस आयुक्त पहुंचे और बरेली शांत रहा।"


@pytest.fixture
def two_docs(project, add_doc):
    """A gold document (adjudicated: BAREILLY as LOCATION, a PERSON) and a new one."""
    gold_doc, new_doc = add_doc(GOLD_TEXT, "g1"), add_doc(NEW_TEXT, "n1")
    gold = edits.ensure_annotator(project, "gold", "gold")
    place = GOLD_TEXT.index("बरेली")
    who = GOLD_TEXT.index("विजय वर्मा")
    edits.add_span(project, document=gold_doc, annotator=gold, start=place, end=place + 5, label="LOCATION")
    edits.add_span(project, document=gold_doc, annotator=gold, start=who, end=who + 10, label="PERSON")
    edits.set_status(project, document=gold_doc, annotator=gold, status="adjudicated")
    return gold_doc, new_doc


def offered(project, doc, annotator):
    text = project.text(doc)
    return [(text[s.start : s.end], s.label, s.source) for s in layer.pending(project, document=doc, annotator=annotator)]


def test_sources_write_layers_for_undone_documents_only(project, two_docs, asha):
    gold_doc, new_doc = two_docs
    assert [e.document for e in training_examples(project)] == [gold_doc]
    assert target_documents(project, exclude={gold_doc}) == [new_doc]
    report = suggest(project, sources=["gazetteer", "patterns"])
    assert report.documents == 1 and report.added == {"gazetteer": 2, "patterns": 2}
    assert offered(project, new_doc, asha) == [("बरेली", "LOCATION", "gazetteer"), ("2 जुलाई", "DATE", "patterns"), ("पुलिस आयुक्त", "DESIGNATION", "patterns"), ("बरेली", "LOCATION", "gazetteer")]
    assert project.spans(new_doc, asha) == []  # nothing in anyone's layer until accepted
    assert project.annotator(layer_name("gazetteer")).kind == "import"
    again = suggest(project, sources=["gazetteer", "patterns"])
    assert again.added == {"gazetteer": 0, "patterns": 0}  # same ids: nothing doubled
    assert len(layer.stored(project, new_doc)) == 4


def test_accept_reject_and_undo(project, two_docs, asha):
    _, doc = two_docs
    suggest(project, sources=["gazetteer", "patterns"])
    first, date, desig, second = layer.pending(project, document=doc, annotator=asha)
    took = layer.accept(project, suggestion=first.uuid, annotator=asha)
    (_, span), = took.spans
    assert (span.annotator, span.start, span.end, span.label) == (asha, first.start, first.end, "LOCATION")
    assert json.loads(span.provenance) == {"suggested": "gazetteer"}
    edited = layer.accept(project, suggestion=desig.uuid, annotator=asha, start=desig.start + len("पुलिस "))
    assert json.loads(edited.spans[0][1].provenance) == {"suggested": "patterns", "edited": True}
    gone = layer.reject(project, suggestion=date.uuid, annotator=asha)
    assert [s.uuid for s in layer.pending(project, document=doc, annotator=asha)] == [second.uuid]
    tomb = gone.spans[0][1]
    assert tomb.deleted and json.loads(tomb.provenance)["rejected_by"] == "asha"
    # Running the sources again does not bring a rejected suggestion back.
    assert suggest(project, sources=["patterns"]).rejected_kept == {"patterns": 1}
    assert date.uuid not in {s.uuid for s in layer.pending(project, document=doc, annotator=asha)}
    with pytest.raises(InvalidOperation, match="rejected or withdrawn"):
        layer.accept(project, suggestion=date.uuid, annotator=asha)
    # Undo (edits.revert) of the rejection offers it again; of the acceptance, removes the span.
    edits.revert(project, gone)
    edits.revert(project, took)
    assert {s.uuid for s in layer.pending(project, document=doc, annotator=asha)} == {first.uuid, date.uuid, second.uuid}
    assert [s.label for s in project.spans(doc, asha)] == ["DESIGNATION"]


def test_a_suggestion_no_longer_proposed_is_withdrawn_not_rejected(project, two_docs, asha):
    gold_doc, doc = two_docs
    suggest(project, sources=["gazetteer"])
    # The gold layer forgets BAREILLY: the gazetteer no longer proposes it, so its rows go.
    gold = project.annotator("gold").uuid
    place = next(s for s in project.spans(gold_doc, gold) if s.label == "LOCATION")
    edits.delete_span(project, span=place.uuid)
    assert suggest(project, sources=["gazetteer"]).withdrawn == {"gazetteer": 2}
    assert offered(project, doc, asha) == []
    edits.add_span(project, document=gold_doc, annotator=gold, start=place.start, end=place.end, label="LOCATION")
    assert suggest(project, sources=["gazetteer"]).added == {"gazetteer": 2}  # withdrawn ones return


def test_a_rejection_travels_through_merge(project, two_docs, asha, tmp_path):
    _, doc = two_docs
    suggest(project, sources=["patterns"])
    project.close()
    laptop = tmp_path / "laptop.db"
    laptop.write_bytes((tmp_path / "project.db").read_bytes())
    with Project.open(laptop) as theirs:
        date = next(s for s in layer.pending(theirs, document=doc, annotator=asha) if s.label == "DATE")
        layer.reject(theirs, suggestion=date.uuid, annotator=asha)
    assert main(["merge", str(tmp_path / "project.db"), str(laptop)]) == 0
    with Project.open(tmp_path / "project.db") as merged:
        assert [s.label for s in layer.pending(merged, document=doc, annotator=asha)] == ["DESIGNATION"]


def test_accepted_spans_export_their_provenance(project, two_docs, asha, tmp_path):
    _, doc = two_docs
    suggest(project, sources=["patterns"])
    for s in layer.pending(project, document=doc, annotator=asha):
        layer.accept(project, suggestion=s.uuid, annotator=asha)
    edits.add_span(project, document=doc, annotator=asha, start=0, end=5, label="LOCATION")  # by hand
    project.close()
    out = tmp_path / "asha.jsonl"
    assert main(["export", str(tmp_path / "project.db"), "-o", str(out), "--source", "asha", "--status", "all"]) == 0
    record = next(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] == "n1")
    provs = {e["text"]: e.get("provenance") for e in record["entities"]}
    assert provs == {"बरेली": None, "2 जुलाई": {"suggested": "patterns"}, "पुलिस आयुक्त": {"suggested": "patterns"}}
    # Imported elsewhere, the assisted spans still say so.
    with Project.create(tmp_path / "other.db", project.scheme) as other:
        assert main(["import", str(other.path), str(out), "--as", "asha"]) == 0
        doc = other.document_by_ext_id("n1").uuid
        kept = {s.label: json.loads(s.provenance) if s.provenance else None for s in other.spans(doc, other.annotator("asha").uuid)}
    assert kept == {"LOCATION": None, "DATE": {"suggested": "patterns"}, "DESIGNATION": {"suggested": "patterns"}}


def test_the_suggest_command(project, two_docs, tmp_path, capsys):
    path = str(tmp_path / "project.db")
    project.close()
    assert main(["suggest", path, "--train", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["trained"]["documents"] == [["g1", two_docs[0]]] and report["trained"]["source"] == "gold"
    assert report["documents"] == 1 and set(report["added"]) == {"model", "gazetteer", "patterns"}
    info = json.loads((model_dir(path) / "model.json").read_text(encoding="utf-8"))
    assert info["settings"]["max_iterations"] > 0 and (model_dir(path) / "model.crfsuite").exists()
    assert main(["suggest", path, "--source", "ravi"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"annotator: {path}: no layer 'ravi'") and "\n" not in err
    assert main(["suggest", path, "--sources", "model,crystal"]) == 1
    assert "unknown suggestion source 'crystal'" in capsys.readouterr().err
    assert main(["suggest", path, "--documents", "some"]) == 2


def test_training_needs_something_to_learn(project, add_doc):
    add_doc(NEW_TEXT)
    with pytest.raises(AnnotatorError, match="no gold documents to learn from"):
        suggest(project, train=True)


def test_suggestion_layers_are_proposals_not_people_in_counts_and_team_lists(project, two_docs, asha, capsys):
    from annotator.progress import progress

    _, doc = two_docs
    before = project.stats()
    suggest(project, sources=["gazetteer", "patterns"])
    after = project.stats()
    assert (after["annotators"], after["spans"]) == (before["annotators"], before["spans"])  # 4 proposals, none counted as spans
    assert (before["suggested"], after["suggested"]) == (0, 4)
    names = {a.name for a in project.annotators()}
    assert {layer_name("gazetteer"), layer_name("patterns")} <= names  # still there for whoever asks for them
    assert not {a.name for a in project.annotators(include_suggestions=False)} & {layer_name("gazetteer"), layer_name("patterns")}
    report = progress(project)
    assert not [a for a in report["annotators"] if a["name"].startswith("suggest:")]
    assert "DATE" not in report["labels"]  # only the patterns suggested a DATE
    layer.accept(project, suggestion=layer.pending(project, document=doc, annotator=asha)[0].uuid, annotator=asha)
    assert project.stats()["spans"] == before["spans"] + 1 and project.stats()["suggested"] == 4
    assert main(["stats", str(project.path)]) == 0
    assert ", 4 suggested" in capsys.readouterr().out
