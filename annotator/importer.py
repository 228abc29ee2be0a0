"""Importing documents and annotations: read, validate and write in bounded chunks, in one transaction.

The files are read as a stream (a file of any size in flat memory); each record is validated
as it comes, and the good ones are written a chunk at a time inside the import's single
transaction, which SQLite holds on disk (its log), not in memory. A failed import changes
nothing: at the first problem writing stops, every later record is still read and checked so
that all problems are listed as (file, line, message), and the transaction is rolled back;
with `skip_bad` the good records are written and every bad one is reported. Duplicates
(the same text) are found through the database's unique index on the text's SHA-256, which
also holds the documents written by earlier chunks, so nothing grows with the corpus.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from annotator import store
from annotator.edits import ensure_annotator
from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import BYTES_READ, EntityRec, ParseResult, Record
from annotator import attributes
from annotator.notes import imported_row, note_problem, write_imported
from annotator.project import GOLD, Project
from annotator.schema import Document, Prepared, Relation, Span, live, param
from annotator.text import check_span, is_cluster_boundary, sha256_text, unstorable

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    documents_added: int = 0
    duplicates: int = 0
    spans_added: int = 0
    relations_added: int = 0
    notes_added: int = 0  # notes and unsure flags written (new or changed)
    attributes_added: int = 0  # span attribute values written (new or changed)
    annotations_skipped: int = 0  # identical annotations the layer already had
    problems: list[Problem] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # repairs a parser made (e.g. I- without B-)

    def summary(self) -> str:
        """The one line `annotator import` and the window's Import dialog print."""
        into = f" into {', '.join(self.annotators)}" if self.annotators else ""
        noted = f", {self.notes_added} notes" if self.notes_added else ""
        noted += f", {self.attributes_added} attribute values" if self.attributes_added else ""
        # Said without --json too: a re-import that adds nothing must not look like a loss.
        skipped = f"; {self.annotations_skipped} spans and relations the layer already had were not added again" if self.annotations_skipped else ""
        return (
            f"imported {self.documents_added} documents ({self.duplicates} duplicates not added), "
            f"{self.spans_added} spans, {self.relations_added} relations{noted}{into}{skipped}"
        )

    def as_dict(self) -> dict:
        return {
            "documents_added": self.documents_added,
            "duplicates": self.duplicates,
            "spans_added": self.spans_added,
            "relations_added": self.relations_added,
            "notes_added": self.notes_added,
            "attributes_added": self.attributes_added,
            "annotations_skipped": self.annotations_skipped,
            "annotators": self.annotators,
            "problems": [str(p) for p in self.problems],
            "notes": self.notes,
        }


def parsers() -> dict[str, Callable[[Path], ParseResult]]:
    """Format name -> parser. Formats register here; 'auto' picks by file extension."""
    from annotator.formats import registry

    return registry.PARSERS


def _files(paths: Iterable[str | Path], fmt: str) -> list[tuple[Path, str | None]]:
    """Each path with its format, or None for a folder (listed lazily by `_each_file`).
    Every path is checked before anything is read: a missing one, an empty folder or an
    unknown file type stops the import at once."""
    from annotator.formats import registry

    out: list[tuple[Path, str | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "no such file or folder")))
        if path.is_dir():
            if next(registry.iter_folder(path, fmt), None) is None:
                raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "the folder holds no file to import")))
            out.append((path, None))
        else:
            chosen = registry.detect_format(path) if fmt == "auto" else fmt
            if chosen is None:
                raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "unknown file type; name the format with --format")))
            out.append((path, chosen))
    return out


def _each_file(files: list[tuple[Path, str | None]], fmt: str) -> Iterator[tuple[Path, str]]:
    from annotator.formats import registry

    for path, chosen in files:
        if chosen is None:
            yield from registry.iter_folder(path, fmt)
        else:
            yield path, chosen


def _size(path: Path, chosen: str) -> int:
    """The bytes a parser reads for `path` (a brat .ann brings its .txt)."""
    paths = [path, path.with_suffix(".txt")] if chosen == "brat" and path.suffix.lower() == ".ann" else [path]
    total = 0
    for p in paths:
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


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


def _validate(record: Record, project: Project, notes: list[str]) -> Problem | None:
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


# A chunk is written when it holds this many records or characters of text, whichever
# comes first: large enough that executemany runs at full speed, small enough to be a few MB.
CHUNK_RECORDS = 1000
CHUNK_CHARS = 4_000_000


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    *,
    fmt: str = "auto",
    as_annotator: str | None = None,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and folders into `project`. Raises InputError (nothing written) on any
    problem unless `skip_bad`, in which case the report lists the problems. `progress` is
    called with (bytes read, bytes in all the files). Running out of memory is an InputError
    too, naming how many bytes the files hold and what to do."""
    files = _files(paths, fmt)
    # The automatic collector would cost a seventh of the import rescanning each chunk's
    # records; nothing here makes cycles, and each chunk's youngest objects are collected
    # by hand (`_Writer.write`), so a cycle made anyway cannot pile up.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import(project, files, fmt, as_annotator=as_annotator, skip_bad=skip_bad, progress=progress)
    except MemoryError:
        # Whatever was being built is unreachable now; the transaction (if begun) rolled back.
        raise _out_of_memory(list(_each_file(files, fmt))) from None
    finally:
        if was_enabled:
            gc.enable()


def _out_of_memory(files: list[tuple[Path, str]]) -> InputError:
    size = sum(_size(path, chosen) for path, chosen in files)
    first = files[0][0] if files else Path(".")
    where = str(first) if len(files) == 1 else f"{first} (and {len(files) - 1} more files)"
    template = QT_TRANSLATE_NOOP("core", "ran out of memory importing {count} file(s) of {size:,} bytes in all; split the file into smaller ones, or import fewer files at once")
    return InputError(where, None, Message(template, count=len(files), size=size))


def _records(files: Iterable[tuple[Path, str]], report: ImportReport) -> Iterator[Record]:
    """Every record of every file in order, one at a time; the files' problems go to `report`."""
    table = parsers()
    for path, chosen in files:
        for item in table[chosen](path):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                report.notes.extend(item.notes)
                yield item


def _import(project: Project, files: list[tuple[Path, str | None]], fmt: str, *, as_annotator: str | None, skip_bad: bool, progress: Progress | None) -> ImportReport:
    report = ImportReport()
    total = sum(_size(path, chosen) for path, chosen in _each_file(files, fmt)) if progress else 0
    meter = [0]
    token = BYTES_READ.set(meter)
    try:
        with project.atomic():
            writer = _Writer(project, report, as_annotator=as_annotator, skip_bad=skip_bad)
            chunk: list[Record] = []
            chars = 0
            for n, record in enumerate(_records(_each_file(files, fmt), report), start=1):
                if progress and n % CHUNK_RECORDS == 0:  # also while a failing import reads on
                    progress(min(meter[0], total), total)
                problem = _validate(record, project, report.notes)
                if problem:
                    report.problems.append(problem)
                if problem or (report.problems and not skip_bad):
                    continue  # a failing import only reads and checks the rest, to list it all
                chunk.append(record)
                chars += len(record.text)
                if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
                    writer.write(chunk)
                    chunk, chars = [], 0
            writer.write(chunk)
            if report.problems and not skip_bad:
                first = report.problems[0]
                message = first.message
                if len(report.problems) > 1:
                    message = Message(QT_TRANSLATE_NOOP("core", "{problem} (and {count} more problems)"), problem=first.message, count=len(report.problems) - 1)
                # Raised inside the transaction: everything written so far is rolled back.
                raise InputError(first.file, first.line, message, problems=report.problems)
            if progress:
                progress(total, total)
    finally:
        BYTES_READ.reset(token)
    return report


def _layer_name(record: Record, as_annotator: str | None) -> str:
    if as_annotator:
        return as_annotator
    if record.source:
        return record.source
    # A folder format (brat) is one collection, so one layer named after its folder.
    return "import:" + (record.collection or Path(record.file).stem)


class _Writer:
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
