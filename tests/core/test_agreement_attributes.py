"""Span attributes in agreement: per attribute and annotator pair, the rate and Cohen's kappa over
the spans both marked alike, from the pure function and from the streamed report alike."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from annotator import agreement as ag
from annotator import attributes, edits
from annotator.agreement_report import project_agreement
from annotator.cli import main
from tests.core.test_attributes import with_attributes

PERSON = (0, 3, "PERSON")
PLACE = (10, 15, "LOCATION")


def test_attribute_pairs_count_only_spans_marked_alike_and_valued() -> None:
    other = (4, 8, "PERSON")
    a = [(PERSON, "role", "accused"), (PERSON, "negated", True), (PLACE, "negated", True), (other, "role", "victim")]
    b = [(PERSON, "role", "victim"), (PLACE, "negated", True)]
    # `other` is A's alone, so its role is not compared; nobody set PLACE's role: no pair
    got = ag.attribute_pairs(a, b, [PERSON, PLACE, other], [PERSON, PLACE, (0, 3, "ORGANIZATION")])
    assert got == {"role": Counter({("accused", "victim"): 1}), "negated": Counter({(True, ag.NONE_LABEL): 1, (True, True): 1})}


def test_kappa_from_margins_equals_kappa_from_pairs() -> None:
    # worked by hand: 3 of 4 agree; margins A x2 y2, B x1 y3: chance (2*1 + 2*3) / 16 = 0.5, kappa 0.5
    pairs = Counter({("x", "x"): 1, ("x", "y"): 1, ("y", "y"): 2})
    k = ag.kappa_from_margins(3, Counter({"x": 2, "y": 2}), Counter({"x": 1, "y": 3}))
    assert (k.value, k.observed, k.expected, k.items) == (0.5, 0.75, 0.5, 4)
    assert ag.kappa_from_pairs(pairs) == k


SENTENCES = ["दारोगा अजय मिश्रा ने कानपुर में बयान दिया।", "विधायक सुनीता वर्मा लखनऊ पहुँचीं और अजय मिश्रा से मिलीं।"]


@pytest.fixture
def team(project, add_doc):
    """Two annotators who mark the same people and places, then give attributes that mostly agree."""
    project.set_scheme(with_attributes())
    rng = random.Random(5)
    who = {n: edits.ensure_annotator(project, n) for n in ("asha", "ravi")}
    for i in range(8):
        text = f"{SENTENCES[i % 2]} क्रमांक {i}"
        doc = add_doc(text, f"d{i}")
        for word in ("अजय मिश्रा", "सुनीता वर्मा", "कानपुर", "लखनऊ"):
            if word not in text:
                continue
            s = text.index(word)
            label = "LOCATION" if word in ("कानपुर", "लखनऊ") else "PERSON"
            for name, ann in who.items():
                span = edits.add_span(project, document=doc, annotator=ann, start=s, end=s + len(word), label=label).spans[0][1].uuid
                values: dict = {"negated": rng.random() < 0.4} if rng.random() < 0.7 else {}
                if label == "PERSON":
                    values["role"] = rng.choice(["accused", "victim", "official"])
                    values["entity_id"] = "ajay" if word.startswith("अजय") else rng.choice(["sunita", "sunita-varma"])
                if values:
                    attributes.set_attributes(project, span=span, values=values)
    # one span of ravi's alone: its values are not compared
    edits.add_span(project, document=doc, annotator=who["ravi"], start=0, end=6, label="DESIGNATION")
    return project


def _reference(project) -> dict[str, Counter]:
    """Per attribute the (asha, ravi) value pairs, read span by span through the plain reads."""
    ids = {n: project.annotator(n).uuid for n in ("asha", "ravi")}
    out: dict[str, Counter] = {}
    for doc in project.documents():
        layers = {}
        for n, uuid in ids.items():
            spans = project.spans(doc.uuid, uuid)
            values = attributes.layer_attributes(project, doc.uuid, uuid)
            layers[n] = ([(s.start, s.end, s.label) for s in spans], [((s.start, s.end, s.label), k, v) for s in spans for k, v in values.get(s.uuid, {}).items()])
        for name, counts in ag.attribute_pairs(layers["asha"][1], layers["ravi"][1], layers["asha"][0], layers["ravi"][0]).items():
            out.setdefault(name, Counter()).update(counts)
    return out


def test_streamed_report_gives_each_attribute_the_pure_figures(team) -> None:
    report = project_agreement(team, annotators=["asha", "ravi"])
    (pair,) = report["pairs"]
    reference = _reference(team)
    assert set(pair["attributes"]) == set(reference) == {"entity_id", "negated", "role"}
    for name, counts in reference.items():
        kappa = ag.kappa_from_pairs(counts)
        got = pair["attributes"][name]
        assert got["spans"] == sum(counts.values()) == kappa.items
        assert got["agreed"] == sum(n for (x, y), n in counts.items() if x == y)
        assert got["agreement"] == pytest.approx(kappa.observed, abs=1e-4)
        assert got["kappa"] == (None if kappa.value is None else pytest.approx(kappa.value, abs=1e-4))
    # entity ids of अजय मिश्रा always agree, सुनीता's not always: the rate is neither 0 nor 1
    assert 0 < pair["attributes"]["entity_id"]["agreement"] < 1
    assert pair["attributes"]["entity_id"]["spans"] == 12  # 8 अजय + 4 सुनीता, both annotators


def test_cli_prints_attribute_agreement(team, capsys) -> None:
    assert main(["agreement", str(team.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pairs"][0]["attributes"]["role"]["spans"] == 12
    assert "attributes" in data["measures"]
    assert main(["agreement", str(team.path)]) == 0
    out = capsys.readouterr().out
    role = data["pairs"][0]["attributes"]["role"]
    assert "span attributes, on spans both marked alike" in out
    assert f"({role['agreed']} / 12)" in out
