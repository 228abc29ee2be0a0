"""Exporting one layer (gold or an annotator's) of a project, streamed document by document,
in any registered format, with a label subset and renaming, a seeded train/dev/test split and
safe writing (annotator.export_output): everything is written into a temporary folder beside
OUT and moved into place only when every document was written, and nothing existing is
replaced without `force`."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message
from annotator.export_output import Staging, refuse_project_target, safe_output
from annotator.formats.base import ExportContext, ExportDoc, ExportEntity, ExportRelation, Writer
from annotator.formats.split import SPLITS, parse_split, split_plan

from annotator.project import GOLD, Project
from annotator.schema import Attribute, Note, Relation, live

# safe_output (annotator.export_output) and the split helpers stay importable from here.
__all__ = ["SPLITS", "ExportCancelled", "ExportReport", "export", "iter_export_docs", "parse_split", "safe_output", "split_plan"]

Progress = Callable[[int, int], None]


class ExportCancelled(AnnotatorError):
    """The caller asked to stop; nothing was written."""


@dataclass
class ExportReport:
    documents: int = 0
    path: str = ""
    format: str = "jsonl"
    entities: int = 0  # spans in the exported documents (after --labels), before any a format could not hold
    relations: int = 0
    outputs: list[str] = field(default_factory=list)
    splits: dict[str, int] = field(default_factory=dict)  # split name -> documents
    tokenizer: dict | None = None  # name and version, when the format holds tokens
    left_out_by_labels: tuple[int, int] = (0, 0)  # (spans, relations) --labels left out
    notes: list[str] = field(default_factory=list)  # one line per reason a span was changed or left out
    losses: list[dict] = field(default_factory=list)  # the same as {"reason", "count", "examples"}

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "path": self.path,
            "format": self.format,
            "entities": self.entities,
            "relations": self.relations,
            "outputs": self.outputs,
            "splits": self.splits,
            "tokenizer": self.tokenizer,
            "left_out_by_labels": {"spans": self.left_out_by_labels[0], "relations": self.left_out_by_labels[1]},
            "notes": self.notes,
            "losses": self.losses,
        }


def _layer(project: Project, source: str) -> str:
    """The uuid of `source`'s layer; '' (an empty layer) for gold before anything was
    adjudicated, so a project of texts alone can be exported (the texts to send out)."""
    who = project.annotator(source)
    if (who is None or who.deleted) and source == GOLD:
        return ""
    if who is None or who.deleted:
        names = ", ".join(a.name for a in project.annotators()) or Message(QT_TRANSLATE_NOOP("core", "none yet"))
        template = QT_TRANSLATE_NOOP("core", "{path}: no annotator {name} in the project (annotators: {names})")
        raise AnnotatorError(Message(template, path=str(project.path), name=repr(source), names=names))
    return who.uuid


def _no_gold(project: Project) -> str:
    names = ", ".join(a.name for a in project.annotators(include_gold=False) if not a.deleted)
    others = f"; --source NAME exports an annotator's layer ({names})" if names else ""
    return f"documents were exported without annotations: the project has no gold layer yet{others}"


def _done_statuses(source: str) -> tuple[str, ...]:
    return ("adjudicated",) if source == GOLD else ("done",)


def _selection(project: Project, source: str, status: str | None) -> tuple[str, str, tuple]:
    """(annotator uuid, FROM ... WHERE ... clause over documents `d`, parameters)."""
    # Raw SQL: the export streams a million documents through these cursors (bench_core).
    annotator = _layer(project, source)
    # Without a gold layer nothing can be adjudicated: every document is sent, without annotations.
    status = status or ("done" if source == GOLD and annotator else "all")
    if status not in ("done", "all"):
        raise AnnotatorError(f"unknown --status {status!r}; use done or all")
    if status == "all":
        return annotator, "FROM document d WHERE d.deleted = 0", ()
    marks = _done_statuses(source)
    clause = (
        "FROM document d JOIN status s ON s.document = d.uuid "
        f"WHERE d.deleted = 0 AND s.annotator = ? AND s.deleted = 0 AND s.status IN ({','.join('?' * len(marks))})"
    )
    return annotator, clause, (annotator, *marks)


def iter_export_docs(project: Project, *, source: str = GOLD, status: str | None = None) -> Iterator[ExportDoc]:
    """Yield each document with `source`'s layer, in import order, one at a time.

    `status` 'done' keeps the documents that layer marked done (gold: adjudicated), 'all' keeps
    every document; None means 'done' for gold and 'all' for an annotator.
    """
    annotator, clause, params = _selection(project, source, status)
    # Raw SQL on reused cursors: two statements per document, streamed, at the speed bench_core holds.
    db = project.db
    docs = db.cursor().execute(f"SELECT d.uuid, d.ext_id, d.text, d.meta, d.sha256 {clause} ORDER BY d.seq", params)
    spans = db.cursor()
    rels = db.cursor()
    has_relations = project.run(Relation.select(Relation.uuid).where((Relation.annotator == annotator) & live(Relation)).limit(1)).fetchone() is not None
    has_notes = project.run(Note.select(Note.uuid).where((Note.annotator == annotator) & live(Note)).limit(1)).fetchone() is not None
    has_attributes = project.run(Attribute.select(Attribute.uuid).where((Attribute.annotator == annotator) & live(Attribute)).limit(1)).fetchone() is not None
    marks = db.cursor()
    by_start = 'FROM span WHERE document = ? AND annotator = ? AND deleted = 0 ORDER BY start, "end", label'
    # The last three columns are an entity's note, flag and attributes, none unless the layer has them.
    with_ids, without_ids = f'SELECT uuid, start, "end", label, provenance, NULL, 0, NULL {by_start}', f'SELECT start, "end", label, provenance, NULL, 0, NULL {by_start}'
    make = ExportEntity._make
    for uuid, ext_id, text, meta, sha in docs:
        relations: list[ExportRelation] = []
        noted: dict[str, tuple[str | None, bool]] = {}
        if has_relations or has_notes or has_attributes:
            if has_notes:  # target uuid -> (note or None, unsure)
                marks.execute("SELECT target, text, unsure FROM note WHERE document = ? AND annotator = ? AND deleted = 0", (uuid, annotator))
                noted = {target: (note or None, bool(unsure)) for target, note, unsure in marks}
            spans.execute(with_ids, (uuid, annotator))
            rows = spans.fetchall()
            entities = [make((*row[1:5], *noted[row[0]], None)) if row[0] in noted else make(row[1:]) for row in rows]
            if has_attributes:
                entities = _with_attributes(marks, uuid, annotator, rows, entities)
            if entities and has_relations:
                index = {row[0]: i for i, row in enumerate(rows)}
                rels.execute("SELECT uuid, head, tail, label, provenance FROM relation WHERE document = ? AND annotator = ? AND deleted = 0", (uuid, annotator))
                relations = sorted(
                    (ExportRelation(index[h], index[t], label, prov, *noted.get(r, (None, False))) for r, h, t, label, prov in rels if h in index and t in index),
                    key=lambda r: (r.head, r.tail, r.label),
                )
        else:
            # A layer without relations, notes or attributes (most NER data) needs no span ids and no second query.
            spans.execute(without_ids, (uuid, annotator))
            entities = list(map(make, spans))
        note, unsure = noted.get(uuid, (None, False))
        yield ExportDoc(ext_id, text, json.loads(meta), sha, tuple(entities), tuple(relations), _annotators(source, entities), source, note, unsure)


def _with_attributes(cursor, document: str, annotator: str, rows: list, entities: list[ExportEntity]) -> list[ExportEntity]:
    """`entities` (read from `rows`, each starting with its span uuid) with their attributes."""
    cursor.execute("SELECT span, name, value FROM attribute WHERE document = ? AND annotator = ? AND deleted = 0", (document, annotator))
    found: dict[str, dict] = {}
    for span, name, value in cursor:
        found.setdefault(span, {})[name] = json.loads(value)
    return [
        e._replace(attributes=json.dumps(dict(sorted(found[row[0]].items())), ensure_ascii=False)) if row[0] in found else e for row, e in zip(rows, entities)
    ]


def _annotators(source: str, entities: list[ExportEntity]) -> tuple[str, ...]:
    if source != GOLD:
        return (source,)
    names: set[str] = set()
    for e in entities:
        if e.provenance:
            names.update(json.loads(e.provenance).get("annotators", []))
    return tuple(sorted(names))


def translit_function(scheme: str | None) -> Callable[[str], str] | None:
    if not scheme:
        return None
    from annotator import translit

    if scheme not in translit.SCHEMES:
        raise AnnotatorError(f"unknown --translit {scheme!r}; use one of {', '.join(translit.SCHEMES)}")
    return lambda s: translit.romanise(s, scheme)


def _tokenizer(writer: Writer, name: str | None):
    """The tokenizer asked for, else the format's own default (spaCy's for spaCy, when it is
    installed), else the Hindi tokenizer."""
    from annotator.formats.tokenize import HINDI, get_tokenizer

    if name:
        return get_tokenizer(name)
    default = getattr(writer, "default_tokenizer", None)
    if default:
        try:
            return get_tokenizer(default)
        except AnnotatorError:
            return HINDI
    return HINDI


def _split_target(out: Path, name: str, folder: bool) -> Path:
    """Where one split goes: OUT/NAME for a folder format, else NAME inserted before OUT's
    extension (train.jsonl -> train.train.jsonl is avoided by naming OUT data.jsonl)."""
    if folder:
        return out / name
    return out.with_name(f"{out.stem}.{name}{out.suffix}") if out.suffix else out.with_name(f"{out.name}.{name}")


def export(
    project: Project,
    out: str | Path,
    *,
    fmt: str = "jsonl",
    source: str = GOLD,
    status: str | None = None,
    translit: str | None = None,
    force: bool = False,
    labels: str | Iterable[str] | None = None,
    rename: str | Mapping[str, str] | None = None,
    split: str | Sequence[float] | None = None,
    seed: int = 0,
    tokenizer: str | None = None,
    sentences: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Export `source`'s layer to `out` in format `fmt` (see formats.registry.WRITERS).

    `labels` keeps a subset of labels, `rename` renames them (OLD=NEW); `split` writes
    train/dev/test parts by a seeded shuffle of the document ids; `tokenizer` names the
    tokenizer of the token formats (hindi, whitespace, spacy); `sentences` gives CoNLL one
    block per sentence. Every span a format cannot hold as stored is counted in the report's
    notes, never changed silently. `progress(done, total)` is called as documents are written;
    when `cancelled()` turns true the export stops with ExportCancelled and writes nothing.
    """
    from annotator.formats import losses, registry
    from annotator.formats.labels import label_plan

    writer: Writer | None = registry.WRITERS.get(fmt)
    if writer is None:
        raise AnnotatorError(f"unknown export format {fmt!r}; use one of {', '.join(registry.WRITERS)}")
    if translit and fmt != "jsonl":
        raise AnnotatorError("--translit adds romanised entity text to the jsonl format only")
    if sentences and fmt != "conll":
        raise AnnotatorError("--sentences applies to the conll format only")
    out = Path(out)
    # First of all, so a mistyped -o naming the project says so whatever else is wrong;
    # Staging checks every output name again (split parts, files beside OUT).
    refuse_project_target(out, project.path)
    romanise = translit_function(translit)
    plan = label_plan(project.scheme, labels, rename)
    shares = parse_split(split)
    ctx = ExportContext(plan.scheme, _tokenizer(writer, tokenizer), romanise, sentences)
    annotator, clause, params = _selection(project, source, status)
    no_gold = None if annotator else _no_gold(project)
    total = project.sql(f"SELECT count(*) {clause}", params).fetchone()[0]
    if shares:
        ids = (row[0] for row in project.sql(f"SELECT d.ext_id {clause}", params))
        assign = split_plan(ids, shares, seed).__getitem__
        names = SPLITS[: len(shares)]
        targets = {name: _split_target(out, name, writer.folder) for name in names}
    else:
        assign = None
        targets = {"": out}
    finals = [out] if writer.folder else [p for t in targets.values() for p in writer.outputs(t)]
    from annotator.formats.brat import looks_like_export

    stage = Staging(out.parent, [p.name for p in finals], force=force, replaceable=looks_like_export, project=project.path)
    report = ExportReport(path=str(out), format=fmt, outputs=[str(p) for p in finals])
    sinks: dict[str, object] = {}
    try:
        for name, target in targets.items():
            staged = stage.path / (target.relative_to(out.parent))
            sinks[name] = writer.open(staged, ctx)
            report.splits[name] = 0
        kept = losses.keeps(next(iter(sinks.values())))
        for doc in iter_export_docs(project, source=source, status=status):
            if cancelled is not None and cancelled():
                raise ExportCancelled("export cancelled; nothing was written")
            doc = plan.apply(doc)
            name = assign(doc.ext_id) if assign else ""
            sinks[name].write(doc)
            losses.count(doc, kept, fmt, ctx.notes)
            if no_gold:
                ctx.notes.add(no_gold, doc.ext_id)
            report.documents += 1
            report.splits[name] += 1
            report.entities += len(doc.entities)
            report.relations += len(doc.relations)
            if progress is not None and (report.documents % 200 == 0 or report.documents == total):
                progress(report.documents, total)
        for sink in sinks.values():
            sink.close()
        sinks.clear()
        stage.commit()
    finally:
        for sink in sinks.values():
            with contextlib.suppress(Exception):
                sink.close()
        stage.discard()
    if not shares:
        report.splits = {}
    if ctx.tokens_used and ctx.tokenizer is not None:
        report.tokenizer = ctx.tokenizer.meta()
    report.left_out_by_labels = (plan.dropped_entities, plan.dropped_relations)
    if plan.merged:
        ctx.notes.add("spans became identical under --rename and were written once", f"{plan.merged} in all")
    report.notes = ctx.notes.lines()
    report.losses = [{"reason": reason, "count": n, "examples": ctx.notes.examples[reason]} for reason, n in ctx.notes.counts.items()]
    return report
