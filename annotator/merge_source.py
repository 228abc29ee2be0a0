"""What a file offered to merge is: a project file or a package this version can read.

`inspect_source` reads only the file's header, pragmas and scheme, through a read-only
connection, and refuses anything else with a one-line MergeError; the package format's
identity (application_id "HINP" and its format number) lives here, since both the package
writer and the merge read it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotator import store
from annotator.errors import QT_TRANSLATE_NOOP, Message, MergeError
from annotator.scheme import Scheme, parse_scheme

PACKAGE_ID = 0x48494E50  # "HINP": the application_id of a package file
PACKAGE_FORMAT = 1


@dataclass(frozen=True)
class Source:
    """A file offered to merge, checked: where it is, what it is and the scheme it holds."""

    path: Path
    kind: str  # "project" or "package"
    scheme: Scheme
    older: bool = False  # a project file of an older format: merged from an upgraded copy


def read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that can only read `path` ; nothing it does can change the file."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def inspect_source(path: str | Path) -> Source:
    """Check that `path` is a project file or a package this version can merge."""
    path = Path(path)
    if not path.is_file():
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: no such file"), path=str(path)))
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: neither a project file nor a package"), path=str(path)))
    try:
        # Raw SQL: an unknown file is sniffed on a plain read-only sqlite3 connection before anything is attached; package_info has no Model.
        con = read_only(path)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            toml = con.execute("SELECT toml FROM scheme_version ORDER BY version DESC LIMIT 1").fetchone() if app_id in (store.APPLICATION_ID, PACKAGE_ID) else None
            inner = con.execute("SELECT value FROM package_info WHERE key = 'schema_version'").fetchone() if app_id == PACKAGE_ID else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: cannot read it ({reason})"), path=str(path), reason=str(exc))) from None
    if app_id == store.APPLICATION_ID:
        kind = "project"
        if version > store.SCHEMA_VERSION:
            template = QT_TRANSLATE_NOOP("core", "{path}: written by a newer version of the annotator (file format {version}, this one reads up to {newest}); update the app")
            raise MergeError(Message(template, path=str(path), version=version, newest=store.SCHEMA_VERSION))
    elif app_id == PACKAGE_ID:
        kind = "package"
        # A package of an older file format merges as it is: the tables it lacks (notes before
        # version 3, attributes before 4) are simply empty in it.
        if version != PACKAGE_FORMAT or inner is None or not str(inner[0]).isdigit() or not 2 <= int(inner[0]) <= store.SCHEMA_VERSION:
            raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: a package of another version of the annotator; make it again with this version"), path=str(path)))
    else:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: neither a project file nor a package (an SQLite database of another program)"), path=str(path)))
    if toml is None:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: the file holds no annotation scheme"), path=str(path)))
    older = kind == "project" and version < store.SCHEMA_VERSION
    return Source(path, kind, parse_scheme(toml[0], filename=f"{path} (scheme)"), older)
