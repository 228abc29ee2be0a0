"""A team's project as the lead has it after merging three laptops, for the progress tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator import edits, worktime
from annotator.assign import assign
from annotator.importer import import_paths
from annotator.merge import merge
from annotator.project import Project, resolve_scheme

TEXTS = [
    "पुलिस आयुक्त असीम अरुण ने लखनऊ में बैठक की। महापौर संयुक्ता भाटिया भी मौजूद रहीं।",
    "कानपुर के दारोगा अजय मिश्रा को निलंबित किया गया। एसएसपी ने जांच के आदेश दिए।",
    "जयपुर में मुख्यमंत्री ने नई बस सेवा शुरू की। किराया दस रुपये रखा गया।",
    "वाराणसी के घाटों पर गंगा आरती देखने हजारों लोग पहुंचे।",
]


def _span(p: Project, doc: str, who: str, surface: str, label: str) -> str:
    text = p.text(doc)
    start = text.index(surface)
    changes = edits.add_span(p, document=doc, annotator=p.annotator(who).uuid, start=start, end=start + len(surface), label=label)
    return changes.spans[0][1].uuid


def _sit(p: Project, doc: str, who: str, *seconds: int) -> None:
    for i, n in enumerate(seconds):
        worktime.record(p, worktime.Sitting(worktime.new_sitting(), doc, p.annotator(who).uuid, 1_780_000_000_000_000 + i, n))


def three_laptops(tmp_path: Path) -> Path:
    """The lead's project after merging asha's, ravi's and meena's laptops (copies of it on
    which each worked alone): asha did d0 with a relation and began d1, ravi did d0 and d1,
    meena marked d3 in progress. Time: asha 300 + 120 s on d0 and 200 s on d1, ravi 600 s on
    d0 and 300 s on d1. Returns the lead's project file."""
    lead = tmp_path / "lead.db"
    with Project.create(lead, resolve_scheme("hindi-news")) as p:
        for i, text in enumerate(TEXTS):
            (tmp_path / f"d{i}.txt").write_text(text, encoding="utf-8")
        import_paths(p, sorted(tmp_path.glob("d*.txt")))
        for name in ("asha", "ravi", "meena"):
            edits.ensure_annotator(p, name)
        assign(p, annotators=["asha", "ravi", "meena"], overlap=1.0, copies=2, seed=3)
    laptops = {name: tmp_path / f"{name}.db" for name in ("asha", "ravi", "meena")}
    for path in laptops.values():
        shutil.copy(lead, path)
    d0, d1 = "d0", "d1"
    with Project.open(laptops["asha"]) as p:
        doc = p.document_by_ext_id(d0).uuid
        head = _span(p, doc, "asha", "असीम अरुण", "PERSON")
        tail = _span(p, doc, "asha", "पुलिस आयुक्त", "DESIGNATION")
        edits.add_relation(p, head=head, tail=tail, label="HAS_DESIGNATION")
        _span(p, doc, "asha", "लखनऊ", "LOCATION")
        edits.set_status(p, document=doc, annotator=p.annotator("asha").uuid, status="done")
        doc1 = p.document_by_ext_id(d1).uuid
        _span(p, doc1, "asha", "कानपुर", "LOCATION")  # begun, not done
        _sit(p, doc, "asha", 300, 120)
        _sit(p, doc1, "asha", 200)
    with Project.open(laptops["ravi"]) as p:
        doc = p.document_by_ext_id(d0).uuid
        _span(p, doc, "ravi", "असीम अरुण", "PERSON")
        _span(p, doc, "ravi", "लखनऊ", "ORGANIZATION")
        edits.set_status(p, document=doc, annotator=p.annotator("ravi").uuid, status="done")
        doc1 = p.document_by_ext_id(d1).uuid
        _span(p, doc1, "ravi", "अजय मिश्रा", "PERSON")
        edits.set_status(p, document=doc1, annotator=p.annotator("ravi").uuid, status="done")
        _sit(p, doc, "ravi", 600)
        _sit(p, doc1, "ravi", 300)
    with Project.open(laptops["meena"]) as p:
        doc = p.document_by_ext_id("d3").uuid
        edits.set_status(p, document=doc, annotator=p.annotator("meena").uuid, status="in_progress")
    with Project.open(lead) as p:
        merge(p, list(laptops.values()))
    return lead
