"""Copying one attached source's rows into the project: newest version wins, counted per table.

Of two versions of a row the one with the larger key wins: `updated_at` first, then a
tombstone over a live row, then every other column compared in turn, so the choice never
depends on the order of merging. Each function works on a source already attached to the
project's connection as `src` and runs inside the merge's one transaction (see merge).

Resurrection: `edits.delete_span` tombstones a span's live relations in the same transaction,
just before the span. When a live version of a span beats its tombstone (ours or theirs), a
relation of that span whose tombstone is at most CASCADE_US older than the span's tombstone
was deleted by that action, so it comes back: live, stamped one microsecond after its own
tombstone. The revived row is a function of the relation's tombstone only, so the merge stays
order-independent and idempotent however many versions of the span arrive, in any order (the
span's winning stamp, used before, depended on which live version had won when the tombstone
arrived); a relation deleted on its own earlier stays deleted, and undo is unaffected
(it writes fresh stamps).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import peewee

from annotator import assign, merge_checks
from annotator.errors import QT_TRANSLATE_NOOP, Message, MergeError
from annotator.merge_report import Conflict, MergeReport, TableCounts
from annotator.merge_source import Source
from annotator.project import Project

INTEGRITY = (sqlite3.IntegrityError, peewee.IntegrityError)
NOT_BAD = "{c} NOT IN (SELECT uuid FROM " + merge_checks.BAD_TABLE + ")"
# delete_span tombstones a span's relations in its own transaction just before the span;
# a relation tombstone at most this long before its span's tombstone was part of that action.
CASCADE_US = 1_000_000


@dataclass(frozen=True)
class Table:
    """How one travelling table merges: its columns and the key that picks the winning version."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # "{t}" stands for the table alias
    describe: str  # a short SQL description of a row, for conflict examples


def _cols(*names: str) -> tuple[str, ...]:
    return tuple(f'"{n}"' for n in names)


def _key(*rest: str) -> tuple[str, ...]:
    return ("{t}.updated_at", "{t}.deleted", "{t}.created_at", *rest)


def _prov() -> tuple[str, ...]:
    return ("({t}.provenance IS NULL)", "coalesce({t}.provenance, '')")


ANNOTATOR = Table("annotator", _cols("uuid", "name", "kind", "created_at", "updated_at", "deleted"), _key("{t}.name", "{t}.kind"), "{t}.kind")
SPAN = Table(
    "span",
    _cols("uuid", "document", "annotator", "start", "end", "label", "provenance", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.start", '{t}."end"', "{t}.label", *_prov()),
    "{t}.label || ' ' || {t}.start || '-' || {t}.\"end\"",
)
RELATION = Table(
    "relation",
    _cols("uuid", "document", "annotator", "head", "tail", "label", "provenance", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.head", "{t}.tail", "{t}.label", *_prov()),
    "{t}.label",
)
STATUS = Table("status", _cols("uuid", "document", "annotator", "status", "created_at", "updated_at", "deleted"), _key("{t}.document", "{t}.annotator", "{t}.status"), "{t}.status")
ASSIGNMENT = Table("assignment", _cols(*assign.COLUMNS), _key("{t}.document", "{t}.annotator"), "'assigned'")
NOTE = Table(
    "note",
    _cols("uuid", "document", "annotator", "target_kind", "target", "text", "unsure", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.target_kind", "{t}.target", "{t}.text", "{t}.unsure"),
    "{t}.target_kind || ' note ' || quote({t}.text) || CASE WHEN {t}.unsure THEN ' (unsure)' ELSE '' END",
)
ATTRIBUTE = Table(
    "attribute",
    _cols("uuid", "document", "annotator", "span", "name", "value", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.span", "{t}.name", "{t}.value"),
    "{t}.name || ' = ' || {t}.value",
)
WORK_TIME = Table(
    "work_time",
    _cols("uuid", "document", "annotator", "started_at", "seconds", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.started_at", "{t}.seconds"),
    "{t}.seconds || ' s'",
)
DOCUMENT = Table(
    "document",
    _cols("uuid", "ext_id", "sha256", "text", "meta", "seq", "created_at", "updated_at", "deleted"),
    _key("{t}.ext_id", "{t}.meta", "{t}.sha256"),
    "{t}.ext_id",
)


def _k(table: Table, alias: str) -> str:
    return "(" + ", ".join(k.format(t=alias) for k in table.key) + ")"


def has_table(project: Project, schema: str, name: str) -> bool:
    """Whether the attached database `schema` has the table `name` (older files lack assignment)."""
    # Raw SQL: sqlite_master of a database named by schema has no Model.
    return project.sql(f"SELECT count(*) FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()[0] > 0


def merge_table(project: Project, table: Table, src: str, where: str, report: MergeReport, label: str) -> None:
    """Upsert `src`.table into main.table where the source's version wins; count what happened."""
    # Raw SQL: a bulk upsert from the source attached as `src` by schema name, which Models cannot address.
    t = table.name
    ks, kt = _k(table, "s"), _k(table, "t")
    changed_both = "s.updated_at > s.created_at AND t.updated_at > t.created_at"
    row = project.sql(
        f"SELECT count(*) - count(t.uuid), coalesce(sum({ks} > {kt}), 0), coalesce(sum({ks} = {kt}), 0), coalesce(sum({ks} < {kt}), 0), "
        f"coalesce(sum({ks} <> {kt} AND {changed_both}), 0) "
        f"FROM {src}.{t} s LEFT JOIN main.{t} t ON t.uuid = s.uuid WHERE {where}"
    ).fetchone()
    counts = report.tables.setdefault(t, TableCounts())
    counts.added += row[0]
    counts.updated += row[1]
    counts.unchanged += row[2]
    counts.kept += row[3]
    counts.conflicts += row[4]
    if row[4] and len(report.conflicts) < 20:
        doc = "s.document" if t not in ("annotator", "document") else "NULL"
        examples = project.sql(
            f"SELECT s.uuid, (SELECT ext_id FROM main.document d WHERE d.uuid = {doc}), "
            f"{table.describe.format(t='t')} || CASE WHEN t.deleted THEN ' (deleted)' ELSE '' END, "
            f"{table.describe.format(t='s')} || CASE WHEN s.deleted THEN ' (deleted)' ELSE '' END, {ks} > {kt} "
            f"FROM {src}.{t} s JOIN main.{t} t ON t.uuid = s.uuid WHERE {where} AND {ks} <> {kt} AND {changed_both} "
            f"ORDER BY s.uuid LIMIT {20 - len(report.conflicts)}"
        )
        for uuid, ext_id, ours, theirs, won in examples:
            report.conflicts.append(Conflict(t, uuid, ext_id, ours, theirs, "theirs" if won else "ours", label))
    if row[0] or row[1]:
        cols = ", ".join(table.columns)
        sets = ", ".join(f"{c} = excluded.{c}" for c in table.columns if c != '"uuid"')
        project.sql(
            f"INSERT INTO main.{t} ({cols}) SELECT {', '.join('s.' + c for c in table.columns)} FROM {src}.{t} s WHERE {where} "
            f"ON CONFLICT (uuid) DO UPDATE SET {sets} WHERE {_k(table, 'excluded')} > {_k(table, t)}"
        )


def merge_documents(project: Project, source: Source, src: str, report: MergeReport, skip_missing: bool) -> str:
    """Match documents by hash; add a project's new ones. Returns the SQL filter for rows of
    documents that take part (a package's documents missing here are refused or skipped)."""
    # Raw SQL: it compares the source attached as `src` by schema name with main, which Models cannot address.
    clash = project.sql(f"SELECT s.ext_id, t.ext_id FROM {src}.document s JOIN main.document t ON t.sha256 = s.sha256 WHERE t.uuid <> s.uuid LIMIT 1").fetchone()
    if clash:
        template = QT_TRANSLATE_NOOP("core", "{path}: document {theirs} has another id there than {ours} has here; the files cannot be merged")
        raise MergeError(Message(template, path=str(source.path), theirs=repr(clash[0]), ours=repr(clash[1])))
    if source.kind == "package":
        missing = [r[0] for r in project.sql(f"SELECT s.ext_id FROM {src}.document s WHERE s.uuid NOT IN (SELECT uuid FROM main.document) ORDER BY s.seq")]
        if missing:
            report.missing_documents[str(source.path)] = missing
            if not skip_missing:
                names = ", ".join(missing[:10])
                if len(missing) > 10:
                    names = Message(QT_TRANSLATE_NOOP("core", "{names} and {count} more"), names=names, count=len(missing) - 10)
                template = QT_TRANSLATE_NOOP(
                    "core", "{path}: {count} of the package's documents are not in this project ({names}); import them first, or merge with --skip-missing to leave their annotations out"
                )
                raise MergeError(Message(template, path=str(source.path), count=len(missing), names=names))
        counts = report.tables.setdefault("document", TableCounts())
        counts.unchanged += project.sql(f"SELECT count(*) FROM {src}.document s JOIN main.document t ON t.uuid = s.uuid").fetchone()[0]
        return "s.document IN (SELECT uuid FROM main.document)"
    taken = project.sql(f"SELECT s.ext_id FROM {src}.document s JOIN main.document t ON t.ext_id = s.ext_id WHERE t.uuid <> s.uuid LIMIT 1").fetchone()
    if taken:
        template = QT_TRANSLATE_NOOP("core", "{path}: the document id {id} names different texts in the two files; rename one before merging")
        raise MergeError(Message(template, path=str(source.path), id=repr(taken[0])))
    before = project.sql("SELECT coalesce(max(seq), 0) FROM main.document").fetchone()[0]
    # seq is local: new documents are appended in the source's order, then all are renumbered.
    project.sql(
        f"CREATE TEMP VIEW IF NOT EXISTS _merge_docs_{src} AS SELECT uuid, ext_id, sha256, text, meta, seq + {before} AS seq, created_at, updated_at, deleted FROM {src}.document WHERE {NOT_BAD.format(c='uuid')}"
    )
    try:
        _merge_docs(project, f"_merge_docs_{src}", report)
    except INTEGRITY as exc:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: its documents clash with this project's ({reason})"), path=str(source.path), reason=str(exc))) from None
    finally:
        project.sql(f"DROP VIEW IF EXISTS temp._merge_docs_{src}")
    return "1"


def _merge_docs(project: Project, view: str, report: MergeReport) -> None:
    """Documents: like merge_table, but the text is never rewritten and seq is renumbered."""
    # Raw SQL: a bulk upsert from a temp view over the attached source, and a renumbering through a temp table.
    ks, kt = _k(DOCUMENT, "s"), _k(DOCUMENT, "t")
    row = project.sql(
        f"SELECT count(*) - count(t.uuid), coalesce(sum({ks} > {kt}), 0), coalesce(sum({ks} = {kt}), 0), coalesce(sum({ks} < {kt}), 0) "
        f"FROM temp.{view} s LEFT JOIN main.document t ON t.uuid = s.uuid"
    ).fetchone()
    counts = report.tables.setdefault("document", TableCounts())
    counts.added += row[0]
    counts.updated += row[1]
    counts.unchanged += row[2]
    counts.kept += row[3]
    if not (row[0] or row[1]):
        return
    cols = ", ".join(DOCUMENT.columns)
    project.sql(
        f"INSERT INTO main.document ({cols}) SELECT {cols} FROM temp.{view} WHERE 1 "
        "ON CONFLICT (uuid) DO UPDATE SET ext_id = excluded.ext_id, meta = excluded.meta, created_at = excluded.created_at, "
        f"updated_at = excluded.updated_at, deleted = excluded.deleted WHERE {_k(DOCUMENT, 'excluded')} > {_k(DOCUMENT, 'document')}"
    )
    # Keyed by uuid: the renumbering looks each document up (without the key, SQLite scanned
    # the whole table once per document, a quadratic cost at 100,000 documents).
    project.sql("CREATE TEMP TABLE _merge_order (uuid TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    project.sql("INSERT INTO temp._merge_order SELECT uuid, row_number() OVER (ORDER BY created_at, seq, uuid) FROM main.document")
    try:
        project.sql("UPDATE main.document SET seq = -seq - 1")
        project.sql("UPDATE main.document SET seq = (SELECT n FROM temp._merge_order o WHERE o.uuid = document.uuid)")
    finally:
        project.sql("DROP TABLE temp._merge_order")


def note_resurrections(project: Project, src: str, where: str) -> None:
    """Before spans merge: note the spans whose tombstone (ours or theirs) loses to a live
    version, with the tombstone's stamp, for resurrect."""
    # Raw SQL: it joins the source attached as `src` by schema name into a temp table with no Model.
    project.sql("CREATE TEMP TABLE IF NOT EXISTS _merge_revive (span TEXT PRIMARY KEY, tomb INTEGER)")
    ks, kt = _k(SPAN, "s"), _k(SPAN, "t")
    project.sql(
        "INSERT OR REPLACE INTO temp._merge_revive SELECT s.uuid, CASE WHEN s.deleted THEN s.updated_at ELSE t.updated_at END "
        f"FROM {src}.span s JOIN main.span t ON t.uuid = s.uuid WHERE {where} AND s.deleted <> t.deleted "
        f"AND ((s.deleted = 0 AND {ks} > {kt}) OR (t.deleted = 0 AND {kt} > {ks}))"
    )


def resurrect(project: Project) -> int:
    """After relations merge: a relation tombstoned by the deletion of a span that came back
    comes back too, stamped one microsecond after its own tombstone (a function of that row
    only, so every merge order gives the same row). Returns how many came back."""
    # Raw SQL: one bulk update correlated with the temp table _merge_revive, which has no Model.
    cascade = (
        "SELECT 1 FROM temp._merge_revive v WHERE v.span IN (relation.head, relation.tail) "
        f"AND relation.updated_at BETWEEN v.tomb - {CASCADE_US} AND v.tomb"
    )
    n = project.sql(
        "UPDATE main.relation SET deleted = 0, updated_at = updated_at + 1 "
        f"WHERE deleted = 1 AND EXISTS ({cascade})"
    ).rowcount
    project.sql("DELETE FROM temp._merge_revive")
    return n


def drop(project: Project) -> None:
    """Drop the temp table the resurrection bookkeeping used, once the merge is over."""
    # Raw SQL: DDL on a temp table with no Model.
    project.sql("DROP TABLE IF EXISTS temp._merge_revive")


def dangling_relations(project: Project) -> int:
    """Live relations whose head or tail span is deleted (deleted on one laptop, related on another)."""
    # Raw SQL: a one-off count inside the merge's transaction, among its raw statements; no hot path, left as it was.
    return project.sql(
        "SELECT count(*) FROM relation r JOIN span h ON h.uuid = r.head JOIN span t ON t.uuid = r.tail "
        "WHERE r.deleted = 0 AND (h.deleted = 1 OR t.deleted = 1)"
    ).fetchone()[0]
