"""Writing an import's checked records in bulk, a chunk at a time, inside the import's one
transaction: documents (a duplicate text is found by its hash and not added again), the layer
each record's annotations go into, and its spans, relations, notes and span attributes, none
added twice to a layer that already has it."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from peewee import fn

from annotator import attributes, store
from annotator.edits import ensure_annotator
from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import Record
from annotator.import_report import ImportReport
from annotator.notes import imported_row, write_imported
from annotator.project import GOLD, Project
from annotator.schema import Document, Prepared, Relation, Span, live, param
from annotator.text import sha256_text


def _layer_name(record: Record, as_annotator: str | None) -> str:
    if as_annotator:
        return as_annotator
    if record.source:
        return record.source
    # A folder format (brat) is one collection, so one layer named after its folder.
    return "import:" + (record.collection or Path(record.file).stem)


class Writer:
    """Writes validated records a chunk at a time, all inside the import's transaction."""

    def __init__(self, project: Project, report: ImportReport, *, as_annotator: str | None, skip_bad: bool):
        self.project, self.report = project, report
        self.as_annotator, self.skip_bad = as_annotator, skip_bad
        self.now = store.now_us()
        self.ids = store.uuid_batch()
        self.seq = project.run(Document.select(fn.coalesce(fn.max(Document.seq), 0))).fetchone()[0]
        self.layers: dict[str, str] = {}  # layer name -> annotator uuid

    def write(self, records: list[Record]) -> None:
        """Write one chunk. Documents of earlier chunks are in the database by now, so its
        indexes (text hash, id) answer for them; only this chunk's are kept in memory."""
        if not records:
            return
        project, report, now = self.project, self.report, self.now
        shas = [sha256_text(r.text) for r in records]
        by_sha = _existing(project, "sha256", shas)
        by_ext = _existing(project, "ext_id", [r.ext_id for r in records])
        seen = _Layers(project)
        new_docs: set[str] = set()
        doc_rows: list[tuple] = []
        span_rows: list[tuple] = []
        rel_rows: list[tuple] = []
        note_rows: list[tuple] = []
        attribute_rows: list[tuple] = []
        for record, sha in zip(records, shas):
            doc = by_sha.get(sha)
            if doc is not None:
                report.duplicates += not record.again
            else:
                if record.ext_id in by_ext:
                    report.problems.append(Problem(record.file, record.line, Message(QT_TRANSLATE_NOOP("core", "the id {id} already names a different document in the project"), id=repr(record.ext_id))))
                    continue
                doc = store.document_uuid(sha)
                self.seq += 1
                doc_rows.append((doc, record.ext_id, sha, record.text, json.dumps(record.meta, ensure_ascii=False), self.seq, now, now))
                by_ext[record.ext_id] = doc
                new_docs.add(doc)
                report.documents_added += 1
            by_sha[sha] = doc
            if record.entities or record.note or record.unsure:
                name = _layer_name(record, self.as_annotator)
                if name not in self.layers:
                    kind = "gold" if name == GOLD else ("import" if name.startswith("import:") else "human")
                    self.layers[name] = ensure_annotator(project, name, kind)
                    report.annotators.append(name)
                layer = self.layers[name]
                _annotations(record, seen.get(doc, layer, fresh=doc in new_docs), doc, layer, self.ids, now, (span_rows, rel_rows, note_rows, attribute_rows), report)
        # executemany of plain SQL: a peewee insert per row would cost more than the write itself.
        cursor = project.db.cursor()
        cursor.executemany("INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", doc_rows)
        cursor.executemany('INSERT INTO span (uuid, document, annotator, start, "end", label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', span_rows)
        cursor.executemany("INSERT INTO relation (uuid, document, annotator, head, tail, label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rel_rows)
        report.notes_added += write_imported(project, note_rows)
        report.attributes_added += attributes.write_imported(project, attribute_rows)
        gc.collect(0)


def _existing(project: Project, column: str, values: list[str]) -> dict[str, str]:
    """Which of `values` the project's documents already hold in `column`, mapped to uuids."""
    found: dict[str, str] = {}
    unique = list(dict.fromkeys(values))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        # Raw SQL: compiling a 500-value IN through peewee costs more than SQLite's lookup.
        rows = project.sql(f"SELECT {column}, uuid FROM document WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)
        found.update(rows.fetchall())
    return found


_LAYER_SPANS = Prepared(lambda: Span.select(Span.uuid, Span.start, Span.end, Span.label).where((Span.document == param("document")) & (Span.annotator == param("annotator")) & live(Span)))
_LAYER_RELATIONS = Prepared(lambda:
    Relation.select(Relation.head, Relation.tail, Relation.label, Relation.uuid).where((Relation.document == param("document")) & (Relation.annotator == param("annotator")) & live(Relation))
)


class _Layers:
    """The annotations each (document, layer) of one chunk already holds, so a re-import adds
    nothing twice: read from the database, or empty for a document new in the chunk."""

    def __init__(self, project: Project):
        self.project = project
        self.spans: dict[tuple[str, str], dict[tuple[int, int, str], str]] = {}
        self.relations: dict[tuple[str, str], dict[tuple[str, str, str], str]] = {}

    def get(self, doc: str, annotator: str, *, fresh: bool) -> tuple[dict, dict]:
        key = (doc, annotator)
        if key not in self.spans:
            spans: dict[tuple[int, int, str], str] = {}
            rels: dict[tuple[str, str, str], str] = {}
            if not fresh:
                spans = {(s, e, label): uuid for uuid, s, e, label in self.project.run(_LAYER_SPANS, document=doc, annotator=annotator)}
                rels = {(h, t, label): uuid for h, t, label, uuid in self.project.run(_LAYER_RELATIONS, document=doc, annotator=annotator)}
            self.spans[key], self.relations[key] = spans, rels
        return self.spans[key], self.relations[key]


def _annotations(record: Record, layer: tuple[dict, dict], doc: str, annotator: str, ids, now: int, out: tuple[list, list, list, list], report: ImportReport) -> None:
    existing, existing_rels = layer
    span_rows, rel_rows, note_rows, attribute_rows = out
    by_ref: dict[str, str] = {}
    marks = [imported_row(doc, annotator, "document", doc, record.note, record.unsure, now)]
    for ent in record.entities:
        key = (ent.start, ent.end, ent.label)
        uuid = existing.get(key)
        if uuid is None:
            uuid = next(ids)
            existing[key] = uuid
            span_rows.append((uuid, doc, annotator, ent.start, ent.end, ent.label, ent.provenance, now, now))
            report.spans_added += 1
        else:
            report.annotations_skipped += 1
        if ent.ref is not None:
            by_ref[ent.ref] = uuid
        if ent.note or ent.unsure:
            marks.append(imported_row(doc, annotator, "span", uuid, ent.note, ent.unsure, now))
        if ent.attributes:
            attribute_rows.extend(attributes.imported_rows(doc, annotator, uuid, ent.attributes, now))
    for rel in record.relations:
        key = (by_ref[rel.head], by_ref[rel.tail], rel.label)
        uuid = existing_rels.get(key)
        if uuid is not None:
            report.annotations_skipped += 1
        else:
            uuid = existing_rels[key] = next(ids)
            rel_rows.append((uuid, doc, annotator, key[0], key[1], rel.label, rel.provenance, now, now))
            report.relations_added += 1
        if rel.note or rel.unsure:
            marks.append(imported_row(doc, annotator, "relation", uuid, rel.note, rel.unsure, now))
    note_rows.extend(m for m in marks if m is not None)
