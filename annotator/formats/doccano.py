"""doccano JSONL, reading and writing: sequence labelling with relations.

One document per line: `{"id", "text", "entities": [{"id", "label", "start_offset",
"end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}`, offsets in code points
of `text`. Reading also takes doccano's plain sequence-labelling form `"label": [[start, end,
"LABEL"], ...]`, which `doccano-seq` writes for doccano's default sequence-labelling projects
(relations off). Entity and relation ids are numbered from 1 within each document.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import EntityRec, ExportContext, ExportDoc, LineWriter, ParseResult, Record, RelationRec, is_int, record_header
from annotator.formats.jsonl import parse_jsonl


def record_from_doccano(obj, *, file: str, line: int, default_id: str) -> Record | Problem:
    header = record_header(obj, file=file, line=line, default_id=default_id)
    if isinstance(header, Problem):
        return header
    text, ext_id, meta = header
    entities: list[EntityRec] = []
    if "entities" in obj:
        raw = obj["entities"]
        if not isinstance(raw, list):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'entities' must be a list")))
        for i, ent in enumerate(raw):
            if not isinstance(ent, dict):
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity #{number} is not an object"), number=i + 1))
            ref = ent.get("id", i + 1)
            start, end, label = ent.get("start_offset"), ent.get("end_offset"), ent.get("label")
            if not (is_int(start) and is_int(end)):
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: 'start_offset' and 'end_offset' must be integers"), ref=ref))
            if not isinstance(label, str) or not label:
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: 'label' must be a non-empty string"), ref=ref))
            entities.append(EntityRec(start, end, label, str(ref)))
    elif "label" in obj:
        raw = obj["label"]
        if not isinstance(raw, list):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'label' must be a list of [start, end, label]")))
        for i, item in enumerate(raw):
            if isinstance(item, str):
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'label' holds categories, not spans: a text-classification record cannot be imported")))
            if not (isinstance(item, list) and len(item) == 3 and is_int(item[0]) and is_int(item[1]) and isinstance(item[2], str) and item[2]):
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", 'label #{number} must be [start, end, "LABEL"]'), number=i + 1))
            entities.append(EntityRec(item[0], item[1], item[2], f"T{i + 1}"))
    relations: list[RelationRec] = []
    raw = obj.get("relations", [])
    if not isinstance(raw, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'relations' must be a list")))
    for i, rel in enumerate(raw):
        if not isinstance(rel, dict):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} is not an object"), number=i + 1))
        head, tail, label = rel.get("from_id"), rel.get("to_id"), rel.get("type")
        if head is None or tail is None or not isinstance(label, str) or not label:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} needs 'from_id', 'to_id' and 'type'"), number=i + 1))
        relations.append(RelationRec(str(head), str(tail), label))
    return Record(file, line, ext_id, text, meta, entities, relations)


def parse_doccano(path: Path) -> ParseResult:
    return parse_jsonl(path, record_from_doccano)


def doccano_json(doc: ExportDoc, ctx: ExportContext) -> str:
    out: dict = {
        "id": doc.ext_id,
        "text": doc.text,
        "entities": [{"id": i, "label": e.label, "start_offset": e.start, "end_offset": e.end} for i, e in enumerate(doc.entities, start=1)],
        "relations": [{"id": i, "from_id": r.head + 1, "to_id": r.tail + 1, "type": r.label} for i, r in enumerate(doc.relations, start=1)],
    }
    if doc.meta:
        out["meta"] = doc.meta
    return json.dumps(out, ensure_ascii=False)


WRITER = LineWriter("doccano", doccano_json, keeps=frozenset({"annotations", "meta", "ids"}))

NO_RELATIONS = "relations were left out (doccano's plain sequence-labelling form holds none; --format doccano has them)"


def doccano_seq_json(doc: ExportDoc, ctx: ExportContext) -> str:
    """doccano's default sequence-labelling form, `{"id", "text", "label": [[start, end, LABEL]]}`
    (any other key becomes the example's meta in doccano), which a project without relations
    imports; relations are counted as left out."""
    for r in doc.relations:
        ctx.notes.add(NO_RELATIONS, f"{doc.ext_id}: {r.label}")
    out: dict = {"id": doc.ext_id, "text": doc.text, "label": [[e.start, e.end, e.label] for e in doc.entities]}
    if doc.meta:
        out["meta"] = doc.meta
    return json.dumps(out, ensure_ascii=False)


SEQ_WRITER = LineWriter("doccano-seq", doccano_seq_json, keeps=frozenset({"annotations", "meta", "ids"}))
