"""Packages: one annotator's work as a single small file for email or USB, which merge accepts.

A package is an SQLite file (application_id "HINP", no WAL, so one file) holding the
project's current scheme, the annotator, the ids, external ids and SHA-256 of the documents
the annotator touched (not their text), and every span, relation, status, note, attribute and
work-time row of that
annotator, tombstones included so deletions travel. `annotator merge` takes it like a
project file; documents missing from the receiving project are refused by name, or left
out with --skip-missing. What a file offered to merge is, and the package format's identity,
are read in merge_source.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotator import __version__, store
from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message, MergeError
from annotator.export_output import safe_output
from annotator.merge_source import PACKAGE_FORMAT, PACKAGE_ID, inspect_source, read_only
from annotator.project import Project

_INFO = "CREATE TABLE package_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


@dataclass(frozen=True)
class PackageInfo:
    path: str
    annotator: str
    project: str
    scheme: str
    created_at: int
    documents: int
    spans: int
    relations: int
    statuses: int


def write_package(project: Project, out_path: str | Path, *, annotator: str, force: bool = False) -> PackageInfo:
    """Write `annotator`'s work in `project` to `out_path` as a package.

    Written to a temporary file and renamed, so a failure leaves no partial package;
    refuses an existing `out_path` unless `force`.
    """
    who = project.annotator(annotator)
    if who is None or who.deleted:
        names = ", ".join(a.name for a in project.annotators()) or Message(QT_TRANSLATE_NOOP("core", "none yet"))
        template = QT_TRANSLATE_NOOP("core", "{path}: no annotator {name} in the project (annotators: {names})")
        raise AnnotatorError(Message(template, path=str(project.path), name=repr(annotator), names=names))
    with safe_output(out_path, force=force) as tmp:
        # Raw SQL: a bulk copy into a new file on its own connection, from the project attached as `proj` (Models cannot address a schema name).
        con = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            for step in store.MIGRATIONS:
                for statement in step:
                    con.execute(statement)
            con.execute(_INFO)
            con.execute(f"PRAGMA application_id = {PACKAGE_ID}")
            con.execute(f"PRAGMA user_version = {PACKAGE_FORMAT}")
            con.execute("ATTACH DATABASE ? AS proj", (str(project.path),))
            con.execute("BEGIN")
            con.execute("INSERT INTO scheme_version SELECT * FROM proj.scheme_version ORDER BY version DESC LIMIT 1")
            con.execute("INSERT INTO annotator SELECT * FROM proj.annotator WHERE uuid = ?", (who.uuid,))
            touched = " UNION ".join(f"SELECT document FROM proj.{t} WHERE annotator = ?1" for t in ("span", "relation", "status", "note", "work_time"))
            con.execute(
                "INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at, deleted) "
                f"SELECT uuid, ext_id, sha256, '', meta, seq, created_at, updated_at, deleted FROM proj.document WHERE uuid IN ({touched})",
                (who.uuid,),
            )
            for table in ("span", "relation", "status", "note", "attribute", "work_time"):
                con.execute(f"INSERT INTO {table} SELECT * FROM proj.{table} WHERE annotator = ?", (who.uuid,))
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("document", "span", "relation", "status")}
            info = {
                "format": str(PACKAGE_FORMAT),
                "schema_version": str(store.SCHEMA_VERSION),
                "annotator": annotator,
                "project": project.path.name,
                "scheme": project.scheme.name,
                "created_at": str(store.now_us()),
                "written_by": f"annotator {__version__}",
                **{f"{t}s" if t != "status" else "statuses": str(n) for t, n in counts.items()},
            }
            con.executemany("INSERT INTO package_info (key, value) VALUES (?, ?)", sorted(info.items()))
            con.execute("COMMIT")
            con.execute("DETACH DATABASE proj")
            con.execute("VACUUM")
        finally:
            con.close()
    return read_package(out_path)


def read_package(path: str | Path) -> PackageInfo:
    """What a package holds, for a dialog or the command line; MergeError if it is not one."""
    source = inspect_source(path)
    if source.kind != "package":
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: a project file, not a package"), path=str(path)))
    # Raw SQL: package_info exists only in packages and has no Model; read on a plain read-only connection.
    con = read_only(path)
    try:
        info = dict(con.execute("SELECT key, value FROM package_info").fetchall())
    finally:
        con.close()
    return PackageInfo(
        str(path),
        info.get("annotator", ""),
        info.get("project", ""),
        info.get("scheme", ""),
        int(info.get("created_at", 0)),
        int(info.get("documents", 0)),
        int(info.get("spans", 0)),
        int(info.get("relations", 0)),
        int(info.get("statuses", 0)),
    )


def missing_documents(project: Project, path: str | Path) -> list[str]:
    """External ids of the package's documents that `project` lacks (matched by text hash)."""
    read_package(path)
    # Raw SQL: the package is read on a plain read-only sqlite3 connection, and the project side is looked up through its sha256 index, 500 at a time.
    con = read_only(path)
    missing: list[str] = []
    try:
        rows = con.execute("SELECT sha256, ext_id FROM document ORDER BY seq")
        while chunk := rows.fetchmany(500):
            shas = [sha for sha, _ in chunk]
            have = {r[0] for r in project.sql(f"SELECT sha256 FROM document WHERE sha256 IN ({','.join('?' * len(shas))})", shas)}
            missing.extend(ext for sha, ext in chunk if sha not in have)
    finally:
        con.close()
    return missing
