"""Agreement and accepting what all agree on, walked one document at a time: the same figures and
gold as the pure measures and the per-document decisions give, with progress."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from annotator import adjudicate as adj
from annotator import agreement as ag
from annotator import edits
from annotator.agreement_report import agreement_report, project_agreement, read_layers, token_offsets
from annotator.cli import main
from annotator.errors import InvalidOperation
from annotator.importer import import_paths
from annotator.project import GOLD, Project, resolve_scheme

# Our own sentences; each document gets a numbered line so every text is distinct.
SENTENCES = [
    "जिलाधिकारी सुनीता वर्मा ने सोमवार को लखनऊ में बाढ़ राहत शिविर का दौरा किया।",
    "नगर निगम के आयुक्त रमेश यादव ने बताया कि 12 करोड़ रुपये की सड़क योजना मंज़ूर हुई।",
    "पटना उच्च न्यायालय ने शिक्षा विभाग से तीन हफ़्ते में जवाब माँगा।",
    "भारतीय रेल की नई गाड़ी भोपाल से इंदौर तक चलेगी, किराया 450 रुपये होगा।",
    "विधायक अंजलि मिश्रा और उनके पति राकेश मिश्रा ने गाँव में कुआँ खुदवाया।",
]
NAMES = ["asha", "ravi", "meena"]
LABELS = ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "MONEY", "DESIGNATION"]


def _layers(project: Project, seed: int) -> None:
    """Three annotators who mostly agree: some spans dropped, relabelled or widened; meena skips
    every third document and nobody but asha marks the fifth, so documents differ in who is there."""
    rng = random.Random(seed)
    who = {n: edits.ensure_annotator(project, n) for n in NAMES}
    for i, doc in enumerate(project.documents()):
        text = project.text(doc.uuid)
        words = token_offsets(text)
        picked = rng.sample(words, k=min(7, len(words)))
        # the first two words picked are a PERSON and a DESIGNATION everyone marks alike
        base = [(w, "PERSON" if k == 0 else "DESIGNATION" if k == 1 else rng.choice(LABELS)) for k, w in enumerate(picked)]
        fixed = {base[0][0], base[1][0]}
        for name in NAMES:
            if (name == "meena" and i % 3 == 0) or (i == 4 and name != "asha"):
                continue
            made: dict[str, tuple[int, int, str]] = {}
            for (s, e), label in sorted(base):
                r = 0.5 if (s, e) in fixed else rng.random()
                if r < 0.15:
                    continue
                if r < 0.3:
                    label = rng.choice(LABELS)
                if r > 0.9:
                    nxt = text.find(" ", e + 1)
                    e = nxt if nxt > e and not any(s2 < nxt and e2 > e for (s2, e2), _ in base if s2 != s) else e
                if any(s < e2 and s2 < e for (s2, e2, _l) in made.values()):
                    continue
                uuid = edits.add_span(project, document=doc.uuid, annotator=who[name], start=s, end=e, label=label).spans[0][1].uuid
                made[uuid] = (s, e, label)
            ends = {made[u][:2]: u for u in made}
            person, post = ends.get(base[0][0]), ends.get(base[1][0])
            if person and post and rng.random() < 0.8:
                edits.add_relation(project, head=person, tail=post, label="HAS_DESIGNATION")
            people = [u for u, v in made.items() if v[2] == "PERSON"]
            if len(people) > 1:
                edits.add_relation(project, head=people[1], tail=people[0], label="SPOUSE_OF")  # undirected


@pytest.fixture()
def team(tmp_path: Path) -> Project:
    src = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"s{i:02d}", "text": f"{SENTENCES[i % len(SENTENCES)]}\nक्रमांक {i}"}, ensure_ascii=False) for i in range(12)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = Project.create(tmp_path / "team.db", resolve_scheme("hindi-news"))
    import_paths(project, [src])
    _layers(project, seed=11)
    yield project
    project.close()


def _reference(project: Project) -> tuple[list, dict, dict]:
    """(coder, item, label) token triples and per-pair span and relation counts, straight from
    the project through the pure functions, one document at a time and no streaming."""
    who = {n: project.annotator(n).uuid for n in NAMES}
    undirected = frozenset(r.name for r in project.scheme.relations if not r.directed)
    triples: list = []
    spans: dict = {}
    relations: dict = {}
    for doc in project.documents():
        text = project.text(doc.uuid)
        tokens = token_offsets(text)
        layer = {n: [(s.start, s.end, s.label) for s in project.spans(doc.uuid, who[n])] for n in NAMES}
        rels = {}
        for n in NAMES:
            by_id = {s.uuid: (s.start, s.end, s.label) for s in project.spans(doc.uuid, who[n])}
            rels[n] = [(by_id[r.head], by_id[r.tail], r.label) for r in project.relations(doc.uuid, who[n])]
        present = [n for n in NAMES if layer[n]]
        for n in present:
            triples += [(n, (doc.uuid, k), tag) for k, tag in enumerate(ag.iob2_tags(tokens, layer[n]))]
        for i, a in enumerate(NAMES):
            for b in NAMES[i + 1 :]:
                if a in present and b in present:
                    for mode in ("exact", "overlap"):
                        spans[(a, b, mode)] = spans.get((a, b, mode), ag.MatchCounts()) + ag.span_counts(layer[a], layer[b], mode=mode)
                    relations[(a, b)] = relations.get((a, b), ag.MatchCounts()) + ag.relation_counts(rels[a], rels[b], undirected=undirected)
    return triples, spans, relations


def test_streamed_report_equals_the_pure_functions(team: Project) -> None:
    calls: list[tuple[int, int]] = []
    report = project_agreement(team, annotators=NAMES, worst=3, progress=lambda done, total: calls.append((done, total)))
    triples, spans, relations = _reference(team)
    assert report["documents"] == 11  # the fifth has asha alone
    for pair in report["pairs"]:
        a, b = pair["a"], pair["b"]
        assert pair["token_kappa"] == pytest.approx(ag.cohen_kappa(triples, a, b).value, abs=1e-4)
        assert pair["span_f1_exact"] == pytest.approx(spans[(a, b, "exact")].f1, abs=1e-4)
        assert pair["span_f1_overlap"] == pytest.approx(spans[(a, b, "overlap")].f1, abs=1e-4)
        assert pair["spans_exact"]["matched_a"] == spans[(a, b, "exact")].matched_a
        assert pair["relation_f1"] == pytest.approx(relations[(a, b)].f1, abs=1e-4)
        assert pair["relations_exact"]["a"] == relations[(a, b)].a > 0
    alpha = ag.krippendorff_alpha(triples)
    assert report["alpha_tokens"] == pytest.approx(alpha.value, abs=1e-4)
    assert (report["alpha"]["values"], report["alpha"]["units"]) == (alpha.values, alpha.units)
    # the kept worst three are the first three of the whole list, and progress reached the end
    whole = agreement_report(read_layers(team, NAMES), NAMES, undirected=frozenset({"SPOUSE_OF", "ASSOCIATE_OF"}))
    assert report["per_document"] == whole["per_document"][:3]
    assert len(whole["per_document"]) == 11
    assert calls and calls[-1] == (12, 12)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert {p["a"] + p["b"]: p["token_kappa"] for p in report["pairs"]} == {p["a"] + p["b"]: p["token_kappa"] for p in whole["pairs"]}


def test_cli_agreement_lists_the_worst_and_shows_progress(team: Project, capsys, monkeypatch) -> None:
    path = str(team.path)
    assert main(["agreement", path, "--json", "--worst", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["per_document"]) == 2 and data["documents"] == 11
    assert main(["agreement", path, "--json", "--worst", "0"]) == 0
    assert len(json.loads(capsys.readouterr().out)["per_document"]) == 11
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["agreement", path, "--worst", "4"]) == 0
    out, err = capsys.readouterr()
    assert "— 4 of 11" in out
    assert "agreement: 12/12" in err
    assert main(["agreement", path, "--worst", "-1"]) == 2


def _gold(project: Project) -> tuple[list, list]:
    """Gold spans and relations as comparable values: offsets, label and provenance."""
    row = project.annotator(GOLD)
    if row is None:
        return [], []
    spans, rels = [], []
    for doc in project.documents():
        by_id = {}
        for s in project.spans(doc.uuid, row.uuid):
            by_id[s.uuid] = (doc.ext_id, s.start, s.end, s.label)
            prov = json.loads(s.provenance)
            spans.append((*by_id[s.uuid], prov["action"], tuple(prov["annotators"]), len(prov["from"])))
        rels += [(by_id[r.head], by_id[r.tail], r.label, json.loads(r.provenance)["action"]) for r in project.relations(doc.uuid, row.uuid)]
    return sorted(spans), sorted(rels)


def test_cli_accept_agreed_equals_deciding_each_document(team: Project, tmp_path: Path, capsys, monkeypatch) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(team.path, copy)
    with Project.open(copy) as other:
        for doc in other.documents():
            adj.accept_agreed(other, document=doc.uuid, annotators=NAMES, curator="lead")
        expected = _gold(other)
    assert expected[0] and expected[1]  # agreed spans and relations exist to compare
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["adjudicate", str(team.path), "--accept-agreed", "--annotators", *NAMES, "--curator", "lead", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "adjudicate: 12/12" in err
    rows = json.loads(out)["documents"]
    assert len(rows) == 12 and {r["gold_status"] for r in rows} <= {"in_review", "not_started"}
    assert _gold(team) == expected


def test_cli_accept_agreed_is_all_or_nothing(team: Project, capsys, monkeypatch) -> None:
    real = adj.accept_agreed
    seen: list[str] = []

    def failing(project, **kwargs):
        seen.append(kwargs["document"])
        if len(seen) == 9:
            raise InvalidOperation("the ninth document fails")
        return real(project, **kwargs)

    monkeypatch.setattr(adj, "accept_agreed", failing)
    assert main(["adjudicate", str(team.path), "--accept-agreed", "--annotators", *NAMES, "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "ninth document" in err
    assert _gold(team) == ([], [])
