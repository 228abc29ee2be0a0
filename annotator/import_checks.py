"""Checking an import's records before anything is written: what cannot be stored, and what
the project's scheme refuses (labels, offsets, relations, notes, span attributes), each as a
Problem naming the file and line; attributes another tool's file brings and the scheme does not
declare are left out and listed."""

from __future__ import annotations

import json
from pathlib import Path

from annotator import attributes
from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import EntityRec, Record
from annotator.notes import note_problem
from annotator.project import Project
from annotator.text import check_span, is_cluster_boundary, unstorable


def _unstorable(record: Record) -> Problem | None:
    """What in the record could not be stored or written out again, whatever its format: a NUL
    or lone surrogate in the text or id, a lone surrogate in meta or provenance (NUL there is
    escaped in their JSON), or meta nested too deeply to store as JSON. Checked here, once, so
    that such a record is a bad record (skippable) rather than a crash while writing."""
    for what, value in ((QT_TRANSLATE_NOOP("core", "the text {problem}"), record.text), (QT_TRANSLATE_NOOP("core", "the id {problem}"), record.ext_id)):
        problem = unstorable(value)
        if problem:
            return Problem(record.file, record.line, Message(what, problem=problem))
    try:
        meta = json.dumps(record.meta, ensure_ascii=False)
    except (RecursionError, ValueError):
        return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "'meta' is nested too deeply to store")))
    provenance = [a.provenance for a in (*record.entities, *record.relations) if a.provenance]
    for what, value in ((QT_TRANSLATE_NOOP("core", "'meta' (as JSON) {problem}"), meta), *((QT_TRANSLATE_NOOP("core", "a 'provenance' (as JSON) {problem}"), p) for p in provenance)):
        problem = unstorable(value)
        if problem:
            return Problem(record.file, record.line, Message(what, problem=problem))
    return None


def validate(record: Record, project: Project, notes: list[str]) -> Problem | None:
    """The first thing wrong with `record` against the project's scheme, or None. Identical
    entities (same start, end and label) in one record are one span: they are stored once,
    with a note, and a relation between two of them is refused (its head would be its tail)."""
    problem = _unstorable(record)
    if problem:
        return problem
    scheme = project.scheme
    labels = scheme.entity_names
    text = record.text
    size = len(text)
    refs: dict[str, EntityRec] = {}
    by_key: dict[tuple[int, int, str], EntityRec] = {}
    twins = 0
    for ent in record.entities:
        start, end = ent.start, ent.end
        # The cheap checks inline; check_span (which says why) only for a span that fails them.
        if not (
            ent.label in labels
            and 0 <= start < end <= size
            and is_cluster_boundary(text, start)
            and is_cluster_boundary(text, end)
            and (ent.text is None or text[start:end] == ent.text)
            and (ent.ref is None or ent.ref not in refs)
        ):
            return _entity_problem(record, ent, refs, labels)
        same = by_key.setdefault((start, end, ent.label), ent)
        twins += same is not ent
        if ent.ref is not None:
            refs[ent.ref] = same
    for rel in record.relations:
        rtype = scheme.relation(rel.label)
        if rtype is None:
            return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "relation {head}->{tail}: unknown relation type {label}"), head=rel.head, tail=rel.tail, label=repr(rel.label)))
        head, tail = refs.get(rel.head), refs.get(rel.tail)
        if head is None or tail is None:
            missing = rel.head if head is None else rel.tail
            return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "relation {label}: no entity with id {ref}"), label=rel.label, ref=repr(missing)))
        if head is tail:
            if rel.head != rel.tail:
                return Problem(
                    record.file,
                    record.line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "relation {label}: its head {head} and tail {tail} are identical entities (same start, end and label), stored as one span"),
                        label=rel.label,
                        head=rel.head,
                        tail=rel.tail,
                    ),
                )
            return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "relation {label}: head and tail are the same entity"), label=rel.label))
        if not rtype.allows(head.label, tail.label):
            return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "relation {label}: the scheme does not allow it from {head} to {tail}"), label=rel.label, head=head.label, tail=tail.label))
    marked = [
        (Message(QT_TRANSLATE_NOOP("core", "the document")), record.note),
        *((Message(QT_TRANSLATE_NOOP("core", "entity {ref}"), ref=e.ref), e.note) for e in record.entities if e.note),
        *((Message(QT_TRANSLATE_NOOP("core", "relation {label}"), label=r.label), r.note) for r in record.relations if r.note),
    ]
    for where, note in marked:
        problem = note and note_problem(note)
        if problem:
            return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "{where}: {problem}"), where=where, problem=problem))
    for ent in record.entities:
        if ent.attributes and record.foreign_attributes:
            _drop_foreign(record, ent, scheme, notes)
        for name, value in (ent.attributes or {}).items():
            problem = attributes.check(scheme, ent.label, name, value)
            if problem:
                return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "entity {ref}: {problem}"), ref=ent.ref, problem=problem))
    if twins:
        where = f"{record.file}:{record.line}" if record.line else record.file
        notes.append(Message(QT_TRANSLATE_NOOP("core", "{where}: {count} entities repeated another of the record (same start, end and label) and were stored once"), where=where, count=twins))
    return None


def _drop_foreign(record: Record, ent: EntityRec, scheme, notes: list[str]) -> None:
    """Leave out (and list) the attributes of another tool's file that the scheme does not
    declare, such as a brat Negation or a Wikidata normalisation, and read a boolean's
    "true"/"false"; declared ones are then checked like any."""
    for name, value in list((ent.attributes or {}).items()):
        where = (record.foreign_attributes or {}).get((ent.ref or "", name))
        attribute = scheme.attribute(name)
        if where is None or ent.attributes is None:
            continue
        if attribute is None:
            del ent.attributes[name]
            notes.append(Message(QT_TRANSLATE_NOOP("core", "{where} was not imported: the project's scheme has no attribute {name}"), where=where, name=repr(name)))
        elif attribute.kind == "boolean" and value in ("true", "false"):  # Label Studio's choice, brat's value
            ent.attributes[name] = value == "true"


def _entity_problem(record: Record, ent: EntityRec, refs: dict, labels) -> Problem:
    where = Message(QT_TRANSLATE_NOOP("core", "entity {ref}"), ref=ent.ref) if ent.ref else Message(QT_TRANSLATE_NOOP("core", "an entity"))
    if ent.label not in labels:
        conf = Path(record.file).parent / "annotation.conf"
        if record.collection and conf.is_file():
            template = QT_TRANSLATE_NOOP("core", "{where}: unknown label {label}; a project made with `annotator init NEW.db --scheme-from {conf}` has this folder's brat types")
            return Problem(record.file, record.line, Message(template, where=where, label=repr(ent.label), conf=str(conf)))
        return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "{where}: unknown label {label}"), where=where, label=repr(ent.label)))
    problem = check_span(record.text, ent.start, ent.end)
    if problem:
        return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "{where}: {problem}"), where=where, problem=problem))
    if ent.ref is not None and ent.ref in refs:
        return Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "{where}: the id is used twice"), where=where))
    return Problem(
        record.file,
        record.line,
        Message(
            QT_TRANSLATE_NOOP("core", "{where}: its text {claimed} differs from the document's text {actual} at {start}-{end}"),
            where=where,
            claimed=repr(ent.text),
            actual=repr(record.text[ent.start : ent.end]),
            start=ent.start,
            end=ent.end,
        ),
    )
