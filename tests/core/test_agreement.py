"""Agreement measures against hand-worked figures and reference implementations."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import agreement as ag
from annotator import edits
from annotator.cli import main
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.agreement_report import agreement_report, fast_tokens, project_agreement, read_layers, token_offsets

try:  # reference implementations: test-only dependencies
    import krippendorff
    import numpy as np
    from sklearn import metrics as sklearn_metrics
except ImportError:  # pragma: no cover
    krippendorff = sklearn_metrics = np = None
needs_references = pytest.mark.skipif(krippendorff is None, reason="scikit-learn and krippendorff are test dependencies")



# -- hand-worked ---------------------------------------------------------------------------------


def test_kappa_hand_worked() -> None:
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    # observed 0.7; chance (25*30 + 25*20) / 2500 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4
    k = ag.kappa_from_pairs({("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15})
    assert k.items == 50
    assert k.observed == pytest.approx(0.7)
    assert k.expected == pytest.approx(0.5)
    assert k.value == pytest.approx(0.4)


def test_kappa_undefined_when_chance_is_certain() -> None:
    assert ag.kappa_from_pairs({("O", "O"): 10}).value is None
    assert ag.kappa_from_pairs({}).value is None


def test_alpha_hand_worked() -> None:
    # units (a,a) (a,b) (b,b) (b,b): n = 8, n_a = 3, n_b = 5; only (a,b) disagrees: 2 / (2 - 1)
    # alpha = 1 - 7 * 2 / (64 - 9 - 25) = 1 - 14 / 30
    triples = [("x", 1, "a"), ("y", 1, "a"), ("x", 2, "a"), ("y", 2, "b"), ("x", 3, "b"), ("y", 3, "b"), ("x", 4, "b"), ("y", 4, "b")]
    alpha = ag.krippendorff_alpha(triples)
    assert alpha.value == pytest.approx(1 - 14 / 30)
    assert (alpha.values, alpha.units) == (8, 4)
    if krippendorff is not None:
        ref = krippendorff.alpha(reliability_data=[[0, 0, 1, 1], [0, 1, 1, 1]], level_of_measurement="nominal")
        assert alpha.value == pytest.approx(ref)


def test_span_counts_exact_and_overlap() -> None:
    a = [(0, 5, "PERSON"), (10, 20, "LOCATION"), (30, 35, "DATE")]
    b = [(0, 5, "PERSON"), (12, 25, "LOCATION"), (30, 35, "TIME"), (40, 45, "MONEY")]
    exact = ag.span_counts(a, b, mode="exact")
    assert (exact.a, exact.b, exact.matched_a, exact.matched_b) == (3, 4, 1, 1)
    assert exact.precision == pytest.approx(1 / 4) and exact.recall == pytest.approx(1 / 3)
    assert exact.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    over = ag.span_counts(a, b, mode="overlap")
    assert (over.matched_a, over.matched_b) == (2, 2)  # the LOCATIONs overlap; DATE/TIME differ in label
    assert ag.span_counts([], [], mode="exact").f1 is None
    assert ag.span_counts(a, [], mode="exact").f1 == 0.0
    labels = ag.per_label_counts(a, b, mode="overlap")
    assert labels["LOCATION"].f1 == 1.0 and labels["DATE"].f1 == 0.0 and labels["MONEY"].b == 1
    # touching is not overlapping: [0, 5) and [5, 9) share no code point
    assert ag.span_counts([(0, 5, "X")], [(5, 9, "X")], mode="overlap").matched_a == 0


_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from("XYZ")).map(lambda t: (t[0], t[0] + t[1], t[2])), max_size=12)


@settings(max_examples=100, deadline=None)
@given(_SPANS, _SPANS)
def test_span_counts_equal_brute_force(a: list, b: list) -> None:
    found = lambda xs, ys: sum(1 for x in set(xs) if any(x[2] == y[2] and x[0] < y[1] and y[0] < x[1] for y in ys))  # noqa: E731
    over = ag.span_counts(a, b, mode="overlap")
    assert (over.a, over.b, over.matched_a, over.matched_b) == (len(set(a)), len(set(b)), found(a, b), found(b, a))
    assert ag.span_counts(a, b, mode="exact").matched_a == len(set(a) & set(b))
    pairs = ag.align_spans(a, b)
    assert sorted(x for x, _ in pairs if x) == sorted(set(a)) and sorted(y for _, y in pairs if y) == sorted(set(b))


def test_align_and_confusion() -> None:
    a = [(0, 5, "PERSON"), (10, 20, "ORGANIZATION"), (30, 35, "DATE"), (50, 55, "MISC")]
    b = [(0, 5, "PERSON"), (10, 20, "LOCATION"), (31, 40, "DATE"), (60, 65, "MONEY")]
    pairs = ag.align_spans(a, b)
    assert ((0, 5, "PERSON"), (0, 5, "PERSON")) in pairs
    assert ((10, 20, "ORGANIZATION"), (10, 20, "LOCATION")) in pairs
    assert ((30, 35, "DATE"), (31, 40, "DATE")) in pairs
    assert ((50, 55, "MISC"), None) in pairs and (None, (60, 65, "MONEY")) in pairs
    conf = ag.label_confusion(a, b)
    assert conf[("ORGANIZATION", "LOCATION")] == 1 and conf[("MISC", ag.NONE_LABEL)] == 1 and conf[(ag.NONE_LABEL, "MONEY")] == 1


def test_iob2_tags() -> None:
    tokens = [(0, 4), (5, 8), (9, 13), (14, 15), (16, 20)]
    tags = ag.iob2_tags(tokens, [(5, 13, "PERSON"), (16, 18, "DATE"), (9, 20, "EVENT")])
    # EVENT starts before DATE, so it keeps the token they share; IOB2 cannot nest DATE in it
    assert tags == ["O", "B-PERSON", "I-PERSON", "B-EVENT", "I-EVENT"]


def test_relation_counts() -> None:
    p1, p2, d = (0, 5, "PERSON"), (10, 15, "PERSON"), (20, 25, "DESIGNATION")
    p1b = (0, 7, "PERSON")
    a = [(p1, d, "HAS_DESIGNATION"), (p1, p2, "SPOUSE_OF")]
    b = [(p1b, d, "HAS_DESIGNATION"), (p2, p1, "SPOUSE_OF")]
    plain = ag.relation_counts(a, b)
    assert (plain.a, plain.b, plain.matched_a) == (2, 2, 0)
    undirected = ag.relation_counts(a, b, undirected=frozenset({"SPOUSE_OF"}))
    assert undirected.matched_a == 1
    cond = ag.relation_counts(a, b, a_spans=[p1, p2, d], b_spans=[p1b, p2, d, p1], conditional=True, undirected=frozenset({"SPOUSE_OF"}))
    # A's HAS_DESIGNATION counts (B has p1 and d); B's does not (A lacks p1b)
    assert (cond.a, cond.b, cond.matched_a) == (2, 1, 1)


# -- against reference implementations ---------------------------------------------------------


@needs_references
@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("OBIX"), st.sampled_from("OBIXY")), min_size=2, max_size=60))
def test_kappa_equals_sklearn(pairs: list[tuple[str, str]]) -> None:
    a, b = zip(*pairs)
    triples = [("a", i, x) for i, x in enumerate(a)] + [("b", i, y) for i, y in enumerate(b)]
    ours = ag.cohen_kappa(triples, "a", "b").value
    if ours is None:
        return
    assert ours == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b), abs=1e-9)


@needs_references
@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=3, max_size=3), min_size=2, max_size=40))
def test_alpha_equals_krippendorff(units: list[list[int | None]]) -> None:
    triples = [(f"c{c}", u, v) for u, row in enumerate(units) for c, v in enumerate(row) if v is not None]
    ours = ag.krippendorff_alpha(triples)
    data = np.array([[np.nan if row[c] is None else row[c] for row in units] for c in range(3)], dtype=float)
    pairable = sum(1 for row in units if sum(v is not None for v in row) >= 2)
    values = {v for row in units if sum(x is not None for x in row) >= 2 for v in row if v is not None}
    if ours.value is None or pairable == 0 or len(values) < 2:
        return
    assert ours.value == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9)


# -- tokens ----------------------------------------------------------------------------------


_ALPHABET = list("कखगमनपरसतवाीुेैोंः्ऽ़") + ["\u200c", "\u200d", "।", "॥", ".", ",", ":", "-", "'", "1", "२", " ", " ", " ", "\n", "\r\n", "\t", "\u00a0", "😀", "\U0001F3FB", "\u0301", "\x1c", "\u0600", "\u00b7", "\u2118", "a", "Z", "॰", "@", "’"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40))
def test_fast_tokens_are_the_tokenizers(chars: list[str]) -> None:
    text = "".join(chars)
    assert fast_tokens(text) == token_offsets(text)


def test_fast_path_exceptions_match_unicode_data() -> None:
    import regex

    from annotator import agreement_report

    everything = "".join(chr(c) for c in range(0x110000))
    assert set(agreement_report.PREPEND) == set(regex.findall(r"\p{GCB=Prepend}", everything))
    word = regex.compile(r"[\p{L}\p{M}\p{N}_\u200c\u200d\u0970]")
    assert set(agreement_report.IDENTIFIER_NOT_WORD) == {c for c in everything if ("a" + c).isidentifier() and not word.match(c)}


def test_fast_tokens_on_real_text(shared_data) -> None:
    texts = [json.loads(line)["text"] for line in open(shared_data / "hiner_docs.jsonl", encoding="utf-8")][:200]
    for text in texts:
        assert fast_tokens(text) == token_offsets(text)


def test_fast_tokens_on_whole_articles(article) -> None:
    """Our article always (nukta, ZWJ, ZWNJ, ₹ and Devanagari digits), the touchstone when present."""
    assert fast_tokens(article.text) == token_offsets(article.text)


# -- the project report ------------------------------------------------------------------------


TEXTS = [
    "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि पीआरओ अजय मिश्रा को हटाया गया। मामला कानपुर का है।",
    "लखनऊ में 12 मार्च 2021 को बैठक हुई, जिसमें नगर निगम के अधिकारी शामिल थे।",
    "सोनी राजपूत ने 90 हजार रुपये में बुलेट खरीदी॥ यह बात चार दिन बाद सामने आई।",
    "कोई नाम नहीं, बस एक वाक्य।",
]
LABELS = ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "MONEY", "DESIGNATION"]


def _random_layers(project: Project, names: list[str], seed: int) -> None:
    rng = random.Random(seed)
    for doc in project.documents():
        text = project.text(doc.uuid)
        words = token_offsets(text)
        base = [(w, rng.choice(LABELS)) for w in rng.sample(words, k=min(6, len(words)))]
        for name in names:
            who = edits.ensure_annotator(project, name)
            for (s, e), label in base:
                if rng.random() < 0.25:
                    continue
                if rng.random() < 0.2:
                    label = rng.choice(LABELS)
                edits.add_span(project, document=doc.uuid, annotator=who, start=s, end=e, label=label)
            edits.set_status(project, document=doc.uuid, annotator=who, status="done")


@pytest.fixture()
def team(tmp_path: Path) -> Project:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    project = Project.create(tmp_path / "team.db", resolve_scheme("hindi-news"))
    import_paths(project, [src])
    _random_layers(project, ["asha", "ravi", "meena"], seed=7)
    yield project
    project.close()


def _tags(project: Project, name: str) -> list[str]:
    who = project.annotator(name).uuid
    out: list[str] = []
    for doc in project.documents():
        spans = [(s.start, s.end, s.label) for s in project.spans(doc.uuid, who)]
        out += ag.iob2_tags(token_offsets(project.text(doc.uuid)), spans)
    return out


@needs_references
def test_report_matches_references(team: Project) -> None:
    report = project_agreement(team, annotators=["asha", "ravi", "meena"])
    tags = {n: _tags(team, n) for n in ("asha", "ravi", "meena")}
    for pair in report["pairs"]:
        ref = sklearn_metrics.cohen_kappa_score(tags[pair["a"]], tags[pair["b"]])
        assert pair["token_kappa"] == pytest.approx(ref, abs=1e-4)
        assert pair["tokens"]["tokens"] == len(tags["asha"])
        assert pair["documents"] == len(TEXTS)
    codes = {t: i for i, t in enumerate(sorted(set(itertools.chain(*tags.values()))))}
    data = [[codes[t] for t in tags[n]] for n in ("asha", "ravi", "meena")]
    assert report["alpha_tokens"] == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-4)
    # span F1 pooled over documents equals the pure function on all spans at once
    a, b = team.annotator("asha").uuid, team.annotator("ravi").uuid
    sa = [(d.uuid, s.start, s.end, s.label) for d in team.documents() for s in team.spans(d.uuid, a)]
    sb = [(d.uuid, s.start, s.end, s.label) for d in team.documents() for s in team.spans(d.uuid, b)]
    both = len(set(sa) & set(sb))
    pair = next(p for p in report["pairs"] if {p["a"], p["b"]} == {"asha", "ravi"})
    assert pair["spans_exact"]["matched_a"] == both
    assert set(report["per_document"][0]) >= {"document", "span_f1_exact", "token_kappa"}
    f1s = [1.0 if d["span_f1_exact"] is None else d["span_f1_exact"] for d in report["per_document"]]
    assert f1s == sorted(f1s)


def test_report_is_pure(team: Project) -> None:
    docs = read_layers(team, ["asha", "ravi"])
    one = agreement_report(docs, ["asha", "ravi"])
    assert one == agreement_report(docs, ["asha", "ravi"])
    assert one["alpha_tokens"] is None  # two annotators: no alpha


def test_cli_agreement_json_follows_design(team: Project, capsys) -> None:
    path = str(team.path)
    assert main(["agreement", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"pairs", "alpha_tokens"}
    for pair in data["pairs"]:
        assert set(pair) >= {"a", "b", "documents", "span_f1_exact", "span_f1_overlap", "token_kappa", "relation_f1", "per_label"}
        for label in pair["per_label"].values():
            assert "f1_exact" in label
    assert main(["agreement", path, "--annotators", "asha", "ravi"]) == 0
    text = capsys.readouterr().out
    assert "exact match" in text and "overlap match" in text and "Cohen's kappa, tokens, IOB2" in text
    assert main(["agreement", path, "--annotators", "asha", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
    assert main(["agreement", path, "--annotators", "asha"]) == 1
    assert main(["agreement", path, "--worst", "many"]) == 2


def test_done_only_restricts_documents(team: Project) -> None:
    doc = team.documents()[0].uuid
    edits.set_status(team, document=doc, annotator=team.annotator("ravi").uuid, status="in_progress")
    every = project_agreement(team, annotators=["asha", "ravi"])
    done = project_agreement(team, annotators=["asha", "ravi"], done_only=True)
    assert every["pairs"][0]["documents"] == len(TEXTS)
    assert done["pairs"][0]["documents"] == len(TEXTS) - 1
