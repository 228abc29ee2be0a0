"""Merging other laptops' project files and packages into a project: union by UUID, newest wins.

Every row that travels (annotator, document, span, relation, status, assignment) is matched
by its UUID (documents by the SHA-256 of their text, from which their UUID derives). Of two
versions of a row the one with the larger key wins: `updated_at` first, then a tombstone over
a live row, then every other column compared in turn, so the choice never depends on the
order of merging: A then B equals B then A, and merging twice changes nothing. The whole
merge of all sources is one transaction; a refused or failed merge changes nothing.

`seq` (the order of the document list) is local to a file: documents new to the project are
added and the list is renumbered by (created_at, previous order, uuid), so every merge order
lists them alike. A live relation whose span was deleted on another laptop is not rewritten
(that would make the result depend on the order of merging); readers treat it as deleted and
the report counts it.

Every incoming row is checked first, as strictly as an import (see merge_checks): one bad row
refuses the whole merge with a one-line MergeError naming it, or with skip_bad is left out
(with the rows that depend on it) and listed in `report.skipped`.

Clocks: after a merge the process clock is past every merged `updated_at` (store.observe, a
hybrid logical clock), so an edit made here after merging rows from a laptop whose clock ran
ahead still wins the next merge; rows stamped more than a day ahead of the wall clock are
reported as a warning.

Resurrection: `edits.delete_span` tombstones a span's live relations in the same transaction,
just before the span. When a live version of a span beats its tombstone (ours or theirs), a
relation of that span whose tombstone is at most CASCADE_US older than the span's tombstone
was deleted by that action, so it comes back: live, stamped with the span's winning stamp.
The revived row is a function of the two versions only, so the merge stays order-independent
and idempotent; a relation deleted on its own earlier stays deleted, and undo is unaffected
(it writes fresh stamps).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import peewee

from annotator import assign, merge_checks, store
from annotator.errors import AnnotatorError
from annotator.project import STAMPED_TABLES, Project
from annotator.scheme import Scheme, parse_scheme

Progress = Callable[[int, int], None]
MAX_SOURCES = 9  # SQLite attaches at most ten databases to one connection
_INTEGRITY = (sqlite3.IntegrityError, peewee.IntegrityError)


class MergeError(AnnotatorError):
    """A merge that was refused; the project is unchanged."""


@dataclass(frozen=True)
class _Table:
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


ANNOTATOR = _Table("annotator", _cols("uuid", "name", "kind", "created_at", "updated_at", "deleted"), _key("{t}.name", "{t}.kind"), "{t}.kind")
SPAN = _Table(
    "span",
    _cols("uuid", "document", "annotator", "start", "end", "label", "provenance", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.start", '{t}."end"', "{t}.label", *_prov()),
    "{t}.label || ' ' || {t}.start || '-' || {t}.\"end\"",
)
RELATION = _Table(
    "relation",
    _cols("uuid", "document", "annotator", "head", "tail", "label", "provenance", "created_at", "updated_at", "deleted"),
    _key("{t}.document", "{t}.annotator", "{t}.head", "{t}.tail", "{t}.label", *_prov()),
    "{t}.label",
)
STATUS = _Table("status", _cols("uuid", "document", "annotator", "status", "created_at", "updated_at", "deleted"), _key("{t}.document", "{t}.annotator", "{t}.status"), "{t}.status")
ASSIGNMENT = _Table("assignment", _cols(*assign.COLUMNS), _key("{t}.document", "{t}.annotator"), "'assigned'")
DOCUMENT = _Table(
    "document",
    _cols("uuid", "ext_id", "sha256", "text", "meta", "seq", "created_at", "updated_at", "deleted"),
    _key("{t}.ext_id", "{t}.meta", "{t}.sha256"),
    "{t}.ext_id",
)


def _k(table: _Table, alias: str) -> str:
    return "(" + ", ".join(k.format(t=alias) for k in table.key) + ")"


@dataclass
class TableCounts:
    """Per table: rows new here, rows replaced by the other file's newer version, rows the same,
    rows where this project's version was newer and stayed, and conflicts among them."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Conflict:
    """Both files changed one row since it was created; `winner` is the version kept."""

    table: str
    uuid: str
    document: str | None
    ours: str
    theirs: str
    winner: str  # "ours" or "theirs"
    source: str


@dataclass
class MergeReport:
    sources: list[str] = field(default_factory=list)
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    labels_added: list[str] = field(default_factory=list)
    scheme_version: int | None = None
    missing_documents: dict[str, list[str]] = field(default_factory=dict)
    dangling_relations: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per bad row left out (skip_bad)
    warnings: list[str] = field(default_factory=list)  # e.g. a laptop whose clock runs ahead
    resurrected_relations: int = 0

    def count(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.tables.values())

    def as_dict(self) -> dict:
        return {
            "sources": self.sources,
            "added": self.count("added"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged") + self.count("kept"),
            "conflicts": self.count("conflicts"),
            "tables": {name: asdict(c) for name, c in self.tables.items()},
            "conflict_examples": [asdict(c) for c in self.conflicts],
            "labels_added": self.labels_added,
            "scheme_version": self.scheme_version,
            "missing_documents": self.missing_documents,
            "dangling_relations": self.dangling_relations,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "resurrected_relations": self.resurrected_relations,
        }


# -- schemes ----------------------------------------------------------------------------


def scheme_problems(ours: Scheme, theirs: Scheme) -> list[str]:
    """Why `theirs` cannot merge into a project with scheme `ours` (empty when it can).

    Labels present on one side only are fine (the union holds both); a different scheme name,
    or a relation type both define with different arguments or direction, is not.
    """
    problems: list[str] = []
    if ours.name != theirs.name:
        problems.append(f"it uses the scheme {theirs.name!r}, this project {ours.name!r}")
    for r in ours.relations:
        o = theirs.relation(r.name)
        if o is None:
            continue
        if set(r.heads) != set(o.heads) or set(r.tails) != set(o.tails) or r.directed != o.directed:
            arrow = lambda x: f"{'|'.join(sorted(x.heads))} {'→' if x.directed else '—'} {'|'.join(sorted(x.tails))}"  # noqa: E731
            problems.append(f"relation type {r.name} is {arrow(o)} there but {arrow(r)} here")
    return problems


def _toml_str(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scheme_union(ours: Scheme, theirs: Scheme) -> tuple[Scheme | None, list[str]]:
    """Our scheme grown by the labels and relation types only `theirs` has (None if none).

    The added definitions are appended to our TOML text; a shortcut key already taken is dropped.
    """
    entities = sorted((e for e in theirs.entities if ours.entity(e.name) is None), key=lambda e: e.name)
    relations = sorted((r for r in theirs.relations if ours.relation(r.name) is None), key=lambda r: r.name)
    if not entities and not relations:
        return None, []
    taken = {e.key.lower() for e in ours.entities if e.key}
    rtaken = {r.key.lower() for r in ours.relations if r.key}
    parts = [ours.source.rstrip("\n"), "", "# Added by merging a file whose scheme had more labels."]
    for e in entities:
        parts += ["", "[[entity]]", f"name = {_toml_str(e.name)}", f"color = {_toml_str(e.color)}"]
        if e.key and e.key.lower() not in taken:
            taken.add(e.key.lower())
            parts.append(f"key = {_toml_str(e.key)}")
        if e.description:
            parts.append(f"description = {_toml_str(e.description)}")
    for r in relations:
        parts += ["", "[[relation]]", f"name = {_toml_str(r.name)}"]
        parts.append("from = [" + ", ".join(_toml_str(h) for h in r.heads) + "]")
        parts.append("to = [" + ", ".join(_toml_str(t) for t in r.tails) + "]")
        parts.append(f"directed = {'true' if r.directed else 'false'}")
        if r.key and r.key.lower() not in rtaken:
            rtaken.add(r.key.lower())
            parts.append(f"key = {_toml_str(r.key)}")
        if r.description:
            parts.append(f"description = {_toml_str(r.description)}")
        parts.append(f"color = {_toml_str(r.color)}")
    union = parse_scheme("\n".join(parts) + "\n", filename="the merged scheme")
    return union, [e.name for e in entities] + [r.name for r in relations]


# -- the merge ----------------------------------------------------------------------------


def _opens_in_place(path: Path) -> bool:
    """Whether SQLite can read `path` the way the merge attaches it (read-write, so a WAL file
    needs its -shm beside it): false on read-only media, where a private copy is merged."""
    try:
        con = sqlite3.connect(str(path))
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # A write that is rolled back (the file never changes): what read-only media refuse.
            con.execute("BEGIN IMMEDIATE")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA user_version = {int(version)}")
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return True


@contextmanager
def _readable_copy(path: Path, *, upgrade: bool = False) -> Iterator[Path]:
    """`path` itself, or a private copy when SQLite could not open it in place (read-only
    media) or when it is of an older file format (the copy is migrated; the file is not)."""
    if not upgrade and _opens_in_place(path):
        yield path
        return
    tmp = tempfile.mkdtemp(prefix="annotator-merge-")
    try:
        copy = Path(tmp) / path.name
        # copyfile, not copy2: the copy must be writable even when the original is 0444.
        shutil.copyfile(path, copy)
        if Path(str(path) + "-wal").exists():  # committed rows not yet checkpointed live there
            shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
        if upgrade:
            store.connect(copy).close()
        yield copy
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _has_table(project: Project, schema: str, name: str) -> bool:
    return project.sql(f"SELECT count(*) FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()[0] > 0


def _merge_table(project: Project, table: _Table, src: str, where: str, report: MergeReport, label: str) -> None:
    """Upsert `src`.table into main.table where the source's version wins; count what happened."""
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


def _merge_documents(project: Project, source: Any, src: str, report: MergeReport, skip_missing: bool) -> str:
    """Match documents by hash; add a project's new ones. Returns the SQL filter for rows of
    documents that take part (a package's documents missing here are refused or skipped)."""
    clash = project.sql(f"SELECT s.ext_id, t.ext_id FROM {src}.document s JOIN main.document t ON t.sha256 = s.sha256 WHERE t.uuid <> s.uuid LIMIT 1").fetchone()
    if clash:
        raise MergeError(f"{source.path}: document {clash[0]!r} has another id there than {clash[1]!r} has here; the files cannot be merged")
    if source.kind == "package":
        missing = [r[0] for r in project.sql(f"SELECT s.ext_id FROM {src}.document s WHERE s.uuid NOT IN (SELECT uuid FROM main.document) ORDER BY s.seq")]
        if missing:
            report.missing_documents[str(source.path)] = missing
            if not skip_missing:
                more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
                raise MergeError(
                    f"{source.path}: {len(missing)} of the package's documents are not in this project ({', '.join(missing[:10])}{more}); "
                    "import them first, or merge with --skip-missing to leave their annotations out"
                )
        counts = report.tables.setdefault("document", TableCounts())
        counts.unchanged += project.sql(f"SELECT count(*) FROM {src}.document s JOIN main.document t ON t.uuid = s.uuid").fetchone()[0]
        return "s.document IN (SELECT uuid FROM main.document)"
    taken = project.sql(f"SELECT s.ext_id FROM {src}.document s JOIN main.document t ON t.ext_id = s.ext_id WHERE t.uuid <> s.uuid LIMIT 1").fetchone()
    if taken:
        raise MergeError(f"{source.path}: the document id {taken[0]!r} names different texts in the two files; rename one before merging")
    before = project.sql("SELECT coalesce(max(seq), 0) FROM main.document").fetchone()[0]
    # seq is local: new documents are appended in the source's order, then all are renumbered.
    project.sql(
        f"CREATE TEMP VIEW IF NOT EXISTS _merge_docs_{src} AS SELECT uuid, ext_id, sha256, text, meta, seq + {before} AS seq, created_at, updated_at, deleted FROM {src}.document WHERE {_NOT_BAD.format(c='uuid')}"
    )
    try:
        _merge_docs(project, f"_merge_docs_{src}", report)
    except _INTEGRITY as exc:
        raise MergeError(f"{source.path}: its documents clash with this project's ({exc})") from None
    finally:
        project.sql(f"DROP VIEW IF EXISTS temp._merge_docs_{src}")
    return "1"


def _merge_docs(project: Project, view: str, report: MergeReport) -> None:
    """Documents: like _merge_table, but the text is never rewritten and seq is renumbered."""
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
    project.sql("CREATE TEMP TABLE _merge_order AS SELECT uuid, row_number() OVER (ORDER BY created_at, seq, uuid) AS n FROM main.document")
    try:
        project.sql("UPDATE main.document SET seq = -seq - 1")
        project.sql("UPDATE main.document SET seq = (SELECT n FROM temp._merge_order o WHERE o.uuid = document.uuid)")
    finally:
        project.sql("DROP TABLE temp._merge_order")


def merge(
    project: Project, sources: Sequence[str | Path], *, skip_missing: bool = False, skip_bad: bool = False, progress: Progress | None = None
) -> MergeReport:
    """Merge project files and packages into `project` in one transaction; see the module doc.

    Refuses (MergeError, nothing changed) a file of another format or scheme, a package whose
    documents are missing here (unless `skip_missing`, which leaves their annotations out and
    lists them), document ids that name different texts in the two files, and any row that
    an import would refuse (see merge_checks; unless `skip_bad`, which leaves those rows and
    the rows depending on them out and lists them in `report.skipped`). Afterwards the
    process clock is past every merged stamp (store.observe), so a later local edit wins.
    """
    if not sources:
        raise MergeError("name at least one file to merge")
    if len(sources) > MAX_SOURCES:
        raise MergeError(f"merge at most {MAX_SOURCES} files at a time (SQLite's limit); run the merge again for the rest")
    from annotator.package import inspect_source  # package builds on this module

    report = MergeReport(sources=[str(s) for s in sources])
    infos = [inspect_source(s) for s in sources]
    for info in infos:
        if project.path.exists() and os.path.samefile(info.path, project.path):
            raise MergeError(f"{info.path}: that is the project itself")
    scheme = project.scheme
    for info in infos:
        problems = scheme_problems(scheme, info.scheme)
        if problems:
            raise MergeError(f"{info.path}: its annotation scheme does not fit this project: {'; '.join(problems)}")
        grown, added = scheme_union(scheme, info.scheme)
        if grown is not None:
            scheme = grown
            report.labels_added += added
    steps = len(infos) * 6
    done = 0
    with ExitStack() as stack:
        paths = [stack.enter_context(_readable_copy(info.path, upgrade=info.older)) for info in infos]
        attached: list[str] = []
        high = 0
        try:
            with project.atomic():
                if report.labels_added:
                    report.scheme_version = project.set_scheme(scheme)
                for n, (info, path) in enumerate(zip(infos, paths)):
                    src = f"merge_src{n}"
                    project.sql("ATTACH DATABASE ? AS " + src, (str(path),))
                    attached.append(src)
                    label = str(info.path)
                    problems = merge_checks.bad_rows(project, src, info, scheme)
                    if problems and not skip_bad:
                        more = f" (and {len(problems) - 1} more bad rows)" if len(problems) > 1 else ""
                        raise MergeError(f"{problems[0]}{more}; nothing was merged (merge with --skip-bad to leave bad rows out)")
                    report.skipped += problems
                    _merge_table(project, ANNOTATOR, src, _NOT_BAD.format(c="s.uuid"), report, label)
                    where = _merge_documents(project, info, src, report, skip_missing) + " AND " + _NOT_BAD.format(c="s.document") + " AND " + _NOT_BAD.format(c="s.annotator")
                    _note_resurrections(project, src, where)
                    for table in (SPAN, RELATION, STATUS):
                        done += 1
                        if progress:
                            progress(done, steps)
                        extra = " AND " + _NOT_BAD.format(c="s.uuid")
                        if table is RELATION:
                            extra += " AND " + _NOT_BAD.format(c="s.head") + " AND " + _NOT_BAD.format(c="s.tail")
                        _merge_table(project, table, src, where + extra, report, label)
                    report.resurrected_relations += _resurrect(project)
                    if _has_table(project, src, "assignment"):
                        assign.ensure_table(project)
                        _merge_table(project, ASSIGNMENT, src, where, report, label)
                    stamp = _observe_source(project, src, label, report)
                    high = max(high, stamp)
                    done = (n + 1) * 6
                    if progress:
                        progress(done, steps)
                report.dangling_relations = dangling_relations(project)
        except _INTEGRITY as exc:
            raise MergeError(f"{project.path}: the merge would break the project's rules ({exc}); nothing was changed") from None
        finally:
            project.__dict__.pop("scheme", None)
            merge_checks.drop(project)
            project.sql("DROP TABLE IF EXISTS temp._merge_revive")
            for src in attached:
                project.sql(f"DETACH DATABASE {src}")
    # Hybrid logical clock: the next local stamp is past every stamp merged, even a skewed one.
    # This project's own rows need no scan here: its first write this session (Project.atomic)
    # observed them, and every row since was stamped by this clock or merged and observed.
    store.observe(high)
    return report


_NOT_BAD = "{c} NOT IN (SELECT uuid FROM " + merge_checks.BAD_TABLE + ")"
DAY_US = 86_400_000_000
# delete_span tombstones a span's relations in its own transaction just before the span;
# a relation tombstone at most this long before its span's tombstone was part of that action.
CASCADE_US = 1_000_000


def _observe_source(project: Project, src: str, label: str, report: MergeReport) -> int:
    """The largest `updated_at` of `src`; warns of rows stamped more than a day ahead of now."""
    limit = time.time_ns() // 1000 + DAY_US  # the wall clock: now_us() may have observed the skew already
    high = project.high_water(src)
    ahead = sum(project.sql(f"SELECT count(*) FROM {src}.{t} WHERE updated_at > ?", (limit,)).fetchone()[0] for t in STAMPED_TABLES) if high > limit else 0
    if ahead:
        import datetime

        when = datetime.datetime.fromtimestamp(high / 1e6, datetime.timezone.utc) if high < 253402300799 * 10**6 else None
        date = when.strftime("%Y-%m-%d %H:%M UTC") if when else f"{high} µs"
        report.warnings.append(f"{ahead} rows of {label} are stamped up to {date}, ahead of this computer's clock; that laptop's clock is wrong")
    return high


def _note_resurrections(project: Project, src: str, where: str) -> None:
    """Before spans merge: note the spans whose tombstone (ours or theirs) loses to a live
    version, with the tombstone's stamp and the winner's, for _resurrect."""
    project.sql("CREATE TEMP TABLE IF NOT EXISTS _merge_revive (span TEXT PRIMARY KEY, tomb INTEGER, live INTEGER)")
    ks, kt = _k(SPAN, "s"), _k(SPAN, "t")
    project.sql(
        "INSERT OR REPLACE INTO temp._merge_revive SELECT s.uuid, CASE WHEN s.deleted THEN s.updated_at ELSE t.updated_at END, "
        f"max(s.updated_at, t.updated_at) FROM {src}.span s JOIN main.span t ON t.uuid = s.uuid WHERE {where} AND s.deleted <> t.deleted "
        f"AND ((s.deleted = 0 AND {ks} > {kt}) OR (t.deleted = 0 AND {kt} > {ks}))"
    )


def _resurrect(project: Project) -> int:
    """After relations merge: a relation tombstoned by the deletion of a span that came back
    comes back too, stamped with the span's winning stamp (a function of the two versions
    only, so every merge order gives the same row). Returns how many came back."""
    cascade = (
        "SELECT 1 FROM temp._merge_revive v WHERE v.span IN (relation.head, relation.tail) "
        f"AND relation.updated_at BETWEEN v.tomb - {CASCADE_US} AND v.tomb"
    )
    n = project.sql(
        f"UPDATE main.relation SET deleted = 0, updated_at = (SELECT max(v.live) FROM temp._merge_revive v WHERE v.span IN (relation.head, relation.tail)) "
        f"WHERE deleted = 1 AND EXISTS ({cascade})"
    ).rowcount
    project.sql("DELETE FROM temp._merge_revive")
    return n


def dangling_relations(project: Project) -> int:
    """Live relations whose head or tail span is deleted (deleted on one laptop, related on another)."""
    return project.sql(
        "SELECT count(*) FROM relation r JOIN span h ON h.uuid = r.head JOIN span t ON t.uuid = r.tail "
        "WHERE r.deleted = 0 AND (h.deleted = 1 OR t.deleted = 1)"
    ).fetchone()[0]


def canonical_dump(project: Project) -> str:
    """Every travelling row of `project` as sorted JSON lines, timestamps included: two projects
    hold the same data exactly when their dumps are equal. The scheme is dumped as its set of
    labels and relation types; documents in list order, without the local `seq` numbers."""
    import json

    scheme = project.scheme
    lines = [
        json.dumps(
            {
                "scheme": scheme.name,
                "entities": sorted(e.name for e in scheme.entities),
                "relations": sorted([r.name, sorted(r.heads), sorted(r.tails), r.directed] for r in scheme.relations),
            },
            ensure_ascii=False,
        )
    ]
    queries = [
        ("document", "SELECT uuid, ext_id, sha256, meta, created_at, updated_at, deleted FROM document ORDER BY seq"),
        ("annotator", f"SELECT {', '.join(ANNOTATOR.columns)} FROM annotator ORDER BY uuid"),
        ("span", f"SELECT {', '.join(SPAN.columns)} FROM span ORDER BY uuid"),
        ("relation", f"SELECT {', '.join(RELATION.columns)} FROM relation ORDER BY uuid"),
        ("status", f"SELECT {', '.join(STATUS.columns)} FROM status ORDER BY uuid"),
    ]
    if _has_table(project, "main", "assignment"):
        queries.append(("assignment", f"SELECT {', '.join(ASSIGNMENT.columns)} FROM assignment ORDER BY uuid"))
    for name, query in queries:
        lines.extend(json.dumps([name, *row], ensure_ascii=False) for row in project.sql(query))
    return "\n".join(lines) + "\n"
