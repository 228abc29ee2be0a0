"""A small corpus with the hard cases of real Hindi news, and helpers for the format tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from annotator.cli import main
from annotator.project import Project

# Precomposed nukta letters (U+0958..U+095F) beside base + nukta, ZWJ/ZWNJ, emoji with a
# skin-tone modifier, Devanagari digits, CRLF and blank lines, nested and crossing spans,
# a span across a line break, relations.
DOCS: list[tuple[str, str, list[tuple[str, str, int]], list[tuple[int, int, str]]]] = [
    (
        "kanpur-001",
        "पुलिस आयुक्त विजय सिंह मीणा ने कहा।\r\n\r\nड़ और ड\u093c, \u095e\u093c\u0930 😀👍🏽 के बाद १२३ मुकदमे।",
        [("पुलिस आयुक्त", "DESIGNATION", 0), ("विजय सिंह मीणा", "PERSON", 0), ("विजय", "PERSON", 0), ("१२३ मुकदमे", "QUANTITY", 0)],
        [(1, 0, "HAS_DESIGNATION")],
    ),
    (
        "kanpur-002",
        "उत्तर प्रदेश के कानपुर में क्\u200dष और क्\u200cष लिखे गए। बिकरू\nगांव में 2 जुलाई 2020 को\u00a0घटना हुई।",
        [("उत्तर प्रदेश के कानपुर", "LOCATION", 0), ("उत्तर प्रदेश", "LOCATION", 0), ("कानपुर", "LOCATION", 0), ("बिकरू\nगांव", "LOCATION", 0), ("2 जुलाई 2020", "DATE", 0), ("घटना", "EVENT", 0)],
        [(2, 1, "LOCATED_IN"), (5, 4, "DATE_OF"), (5, 3, "PLACE_OF")],
    ),
    (
        "kanpur/003",
        "एसटीएफ ने \u095b\u093c और ज़ को पकड़ा; भारतवासी \"अजय\" (पीआरओ) ने ₹5 करोड़ दिए।",
        [("एसटीएफ", "ORGANIZATION", 0), ("भारत", "LOCATION", 0), ("अजय", "PERSON", 0), ("पीआरओ", "DESIGNATION", 0), ("₹5 करोड़", "MONEY", 0)],
        [(2, 3, "HAS_DESIGNATION"), (4, 2, "PAID_TO")],
    ),
]
# The one span above that no tokenizer can give as whole tokens: भारत inside भारतवासी.
MISALIGNED = ("kanpur/003", "भारत")


def records() -> list[dict]:
    out = []
    for ext_id, text, ents, rels in DOCS:
        entities = []
        for i, (surface, label, nth) in enumerate(ents):
            start = -1
            for _ in range(nth + 1):
                start = text.index(surface, start + 1)
            entities.append({"id": f"T{i + 1}", "start": start, "end": start + len(surface), "label": label, "text": surface})
        relations = [{"head": f"T{h + 1}", "tail": f"T{t + 1}", "label": label} for h, t, label in rels]
        out.append({"id": ext_id, "text": text, "meta": {"source": "test"}, "entities": entities, "relations": relations, "source": "asha"})
    return out


def run(*args) -> int:
    return main([str(a) for a in args])


def new_project(path: Path, scheme: str = "hindi-news") -> Path:
    assert run("init", path, "--scheme", scheme) == 0
    return path


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def layer(db: Path, name: str) -> dict[str, tuple[str, set, set]]:
    """{ext_id: (text, {(start, end, label)}, {((s, e, l), (s, e, l), label)})} of one layer."""
    out = {}
    with Project.open(db) as p:
        who = p.annotator(name).uuid
        for d in p.documents():
            spans = {s.uuid: (s.start, s.end, s.label) for s in p.spans(d.uuid, who)}
            rels = {(spans[r.head], spans[r.tail], r.label) for r in p.relations(d.uuid, who)}
            out[d.ext_id] = (p.text(d.uuid), set(spans.values()), rels)
    return out


def digest(path: Path) -> str:
    """Everything a project holds (not the file bytes, which WAL may move)."""
    with Project.open(path) as p:
        rows = [sorted(map(repr, p.sql(f"SELECT * FROM {t}").fetchall())) for t in ("scheme_version", "document", "annotator", "span", "relation", "status")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def tree(path: Path) -> dict[str, bytes]:
    """Every file under `path` (or `path` itself) by relative name, with its bytes."""
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
