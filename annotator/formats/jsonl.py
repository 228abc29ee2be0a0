"""Our gold JSONL (DESIGN §5): one document per line, code-point offsets, reading and writing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import EntityRec, ExportDoc, ParseResult, Record, RelationRec, cannot_read, file_stem, json_value, record_header, scan_input, stream_lines

# Where in a record a problem is, named only when there is one: (template, ref).
_ENTITY = QT_TRANSLATE_NOOP("core", "entity {ref}")
_RELATION = QT_TRANSLATE_NOOP("core", "relation #{ref}")
_DOCUMENT = QT_TRANSLATE_NOOP("core", "the document")


def _where(where: tuple[str, object]) -> str:
    return Message(where[0], ref=where[1])


def record_from_json(obj, *, file: str, line: int, default_id: str) -> Record | Problem:
    """Turn one parsed JSON object into a Record, or say what is wrong with it."""
    header = record_header(obj, file=file, line=line, default_id=default_id)
    if isinstance(header, Problem):
        return header
    text, ext_id, meta = header
    meta = {k: v for k, v in meta.items() if k not in ("sha256", "offsets")}
    entities: list[EntityRec] = []
    raw_entities = obj.get("entities", [])
    if not isinstance(raw_entities, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'entities' must be a list")))
    for i, ent in enumerate(raw_entities):
        if type(ent) is not dict:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity #{number} is not an object"), number=i + 1))
        start, end, label = ent.get("start"), ent.get("end"), ent.get("label")
        ref = ent.get("id", f"T{i + 1}")
        if type(start) is not int or type(end) is not int:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: 'start' and 'end' must be integers"), ref=ref))
        if type(label) is not str or not label:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: 'label' must be a non-empty string"), ref=ref))
        surface = ent.get("text")
        if surface is not None and type(surface) is not str:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: 'text' must be a string"), ref=ref))
        where = (_ENTITY, ref)
        prov = _provenance(ent, where, file, line) if "provenance" in ent else None
        if isinstance(prov, Problem):
            return prov
        marks = _read_marks(ent, where, file, line)
        if isinstance(marks, Problem):
            return marks
        attributes = _read_attributes(ent, where, file, line)
        if isinstance(attributes, Problem):
            return attributes
        entities.append(EntityRec(start, end, label, str(ref), surface, prov, *marks, attributes))
    relations: list[RelationRec] = []
    raw_relations = obj.get("relations", [])
    if not isinstance(raw_relations, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'relations' must be a list")))
    for i, rel in enumerate(raw_relations):
        if not isinstance(rel, dict):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} is not an object"), number=i + 1))
        head, tail, label = rel.get("head"), rel.get("tail"), rel.get("label")
        if not isinstance(label, str) or not label or head is None or tail is None:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} needs 'head', 'tail' and 'label'"), number=i + 1))
        where = (_RELATION, i + 1)
        prov = _provenance(rel, where, file, line)
        if isinstance(prov, Problem):
            return prov
        marks = _read_marks(rel, where, file, line)
        if isinstance(marks, Problem):
            return marks
        relations.append(RelationRec(str(head), str(tail), label, prov, *marks))
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'source' must be a string")))
    marks = _read_marks(obj, (_DOCUMENT, None), file, line)
    if isinstance(marks, Problem):
        return marks
    return Record(file, line, ext_id, text, meta, entities, relations, source, note=marks[0], unsure=marks[1])


def _provenance(item: dict, where: tuple[str, object], file: str, line: int) -> str | None | Problem:
    """An annotation's 'provenance' as stored (JSON text), or why it cannot be: the exporters
    and gold tools read it as an object (its 'annotators' list), so anything else is refused
    here rather than breaking every later export."""
    prov = item.get("provenance")
    if prov is None:
        return None
    if not isinstance(prov, dict):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: 'provenance' must be an object, not {kind}"), where=_where(where), kind=type(prov).__name__))
    names = prov.get("annotators", [])
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: 'provenance.annotators' must be a list of names"), where=_where(where)))
    return json.dumps(prov, ensure_ascii=False)


def iter_json_lines(path: Path) -> Iterable[tuple[int, object] | Problem]:
    """(line number, parsed object) for each non-blank line, or a Problem for a broken one.
    The file is read in blocks (flat memory whatever its size), after `scan_input` has
    checked all of it: an unreadable, undecodable or empty file is one Problem and no lines."""
    problem = scan_input(path)
    if problem is not None:
        yield problem
        return
    file = str(path)
    try:
        for number, line in enumerate(stream_lines(path), start=1):
            if not line or line.isspace():
                continue
            value = json_value(line, file=file, number=number)
            yield value if isinstance(value, Problem) else (number, value)
    except OSError as exc:  # the file went away or changed after the scan
        yield Problem(file, None, cannot_read(exc))
    except InputError as exc:
        yield exc.problem


def parse_jsonl(path: Path, convert: Callable[..., Record | Problem] = record_from_json) -> ParseResult:
    """Yield a Record or a Problem per line of a JSONL file; `convert` maps one object."""
    stem = file_stem(path)
    for item in iter_json_lines(path):
        if isinstance(item, Problem):
            yield item
            continue
        number, obj = item
        yield convert(obj, file=str(path), line=number, default_id=f"{stem}-{number}")


def gold_json(doc: ExportDoc, *, translit: Callable[[str], str] | None = None) -> str:
    """One line of gold JSONL for `doc` (keys in the contract's order, no trailing newline)."""
    meta = dict(doc.meta)
    meta["sha256"] = doc.sha256
    meta["offsets"] = "codepoint"
    entities = []
    for i, e in enumerate(doc.entities, start=1):
        surface = doc.text[e.start : e.end]
        item = {"id": f"T{i}", "start": e.start, "end": e.end, "label": e.label, "text": surface}
        if translit is not None:
            item["translit"] = translit(surface)
        if e.provenance:
            item["provenance"] = json.loads(e.provenance)
        if e.attributes:  # only when set, so a project without attributes writes what it wrote before
            item["attributes"] = json.loads(e.attributes)
        entities.append(_marks(item, e.note, e.unsure))
    relations = []
    for i, r in enumerate(doc.relations, start=1):
        item = {"id": f"R{i}", "head": f"T{r.head + 1}", "tail": f"T{r.tail + 1}", "label": r.label}
        if r.provenance:
            item["provenance"] = json.loads(r.provenance)
        relations.append(_marks(item, r.note, r.unsure))
    out = {
        "id": doc.ext_id,
        "text": doc.text,
        "meta": meta,
        "entities": entities,
        "relations": relations,
        "annotators": list(doc.annotators),
        "source": doc.source,
    }
    return json.dumps(_marks(out, doc.note, doc.unsure), ensure_ascii=False)


def _marks(item: dict, note: str | None, unsure: bool) -> dict:
    """`item` with the layer's `note` and `unsure` keys last, each only when set, so a
    project without notes writes exactly what it wrote before they existed."""
    if note:
        item["note"] = note
    if unsure:
        item["unsure"] = True
    return item


def _read_attributes(item: dict, where: tuple[str, object], file: str, line: int) -> dict[str, str | bool] | None | Problem:
    """An entity's 'attributes': an object of names to strings or true/false (whether the
    scheme has them, and allows the values, is the importer's check)."""
    found = item.get("attributes")
    if found is None:
        return None
    if not isinstance(found, dict) or not all(isinstance(v, (str, bool)) for v in found.values()):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: 'attributes' must be an object of names to strings or true/false"), where=_where(where)))
    return found or None


def _read_marks(item: dict, where: tuple[str, object], file: str, line: int) -> tuple[str | None, bool] | Problem:
    """An item's 'note' (a string; its rules are the importer's) and 'unsure' (true or false)."""
    note, unsure = item.get("note"), item.get("unsure", False)
    if note is not None and type(note) is not str:
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: 'note' must be a string"), where=_where(where)))
    if type(unsure) is not bool:
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: 'unsure' must be true or false"), where=_where(where)))
    return note or None, unsure


def write_jsonl(docs: Iterable[ExportDoc], out: IO[str], *, translit: Callable[[str], str] | None = None) -> int:
    """Write gold JSONL, one document per line with '\\n' endings; returns the count."""
    n = 0
    for doc in docs:
        out.write(gold_json(doc, translit=translit))
        out.write("\n")
        n += 1
    return n
