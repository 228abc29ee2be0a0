"""The project file: opening, checking and migrating it (the tables' DDL), its clock and ids."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import threading
import time
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee

from peewee import SqliteDatabase

from annotator.errors import QT_TRANSLATE_NOOP, Message, ProjectError

APPLICATION_ID = 0x48494E41  # "HINA": marks an SQLite file as one of our projects
SCHEMA_VERSION = 5
# Stable namespace for ids derived from content, so two laptops derive the same id.
NAMESPACE = uuidlib.UUID("6f1d3c52-8a1e-4c1b-9a57-2d0f3b1e5a10")

_clock_lock = threading.Lock()
_last_stamp = 0


def now_us() -> int:
    """Microseconds since the epoch, strictly increasing within this process (merge compares
    them), and greater than every stamp passed to `observe`: a hybrid logical clock, so an
    edit made after merging rows from a laptop whose clock ran ahead still wins."""
    global _last_stamp
    with _clock_lock:
        stamp = max(time.time_ns() // 1000, _last_stamp + 1)
        _last_stamp = stamp
        return stamp


def observe(stamp: int) -> None:
    """Note a stamp seen elsewhere (a merged row): the next now_us() is greater than it."""
    global _last_stamp
    with _clock_lock:
        _last_stamp = max(_last_stamp, int(stamp))


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def annotator_uuid(name: str) -> str:
    """An annotator's id is derived from the name, so 'asha' on two laptops is one annotator."""
    return str(uuidlib.uuid5(NAMESPACE, "annotator:" + name))


def document_uuid(sha256: str) -> str:
    """A document's id is derived from its text's hash, so laptops agree on it."""
    return str(uuidlib.uuid5(NAMESPACE, "document:" + sha256))


def status_uuid(document: str, annotator: str) -> str:
    """One status row per (document, annotator), the same id wherever it is set."""
    return str(uuidlib.uuid5(NAMESPACE, f"status:{document}:{annotator}"))


def attribute_uuid(span: str, name: str) -> str:
    """One attribute row per (span, attribute name); the span fixes the layer."""
    return str(uuidlib.uuid5(NAMESPACE, f"attribute:{span}:{name}"))


def note_uuid(target: str, annotator: str) -> str:
    """One note row per (target, annotator): a span, relation or document uuid as target."""
    return str(uuidlib.uuid5(NAMESPACE, f"note:{target}:{annotator}"))


# Each migration brings the file from version i to i + 1; the DDL is written out so that a
# later change to the models can never change what an old migration does.
_V1 = [
    """CREATE TABLE scheme_version (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, toml TEXT NOT NULL,
        created_at INTEGER NOT NULL)""",
    """CREATE TABLE document (
        uuid TEXT PRIMARY KEY, ext_id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}', seq INTEGER NOT NULL UNIQUE,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        CHECK (length(sha256) = 64))""",
    """CREATE TABLE annotator (
        uuid TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
        kind TEXT NOT NULL DEFAULT 'human' CHECK (kind IN ('human', 'import', 'gold')),
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))""",
    """CREATE TABLE span (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        label TEXT NOT NULL CHECK (length(label) > 0),
        provenance TEXT,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))""",
    "CREATE INDEX span_document_annotator ON span (document, annotator, start)",
    """CREATE TABLE relation (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        head TEXT NOT NULL REFERENCES span (uuid),
        tail TEXT NOT NULL REFERENCES span (uuid),
        label TEXT NOT NULL CHECK (length(label) > 0),
        provenance TEXT,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        CHECK (head <> tail))""",
    "CREATE INDEX relation_document_annotator ON relation (document, annotator)",
    """CREATE TABLE status (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        UNIQUE (document, annotator))""",
]

# Version 2: assignments of documents to annotators (they travel between laptops like every
# other row), and an index that keeps counting and listing live documents off the text pages.
_V2 = [
    """CREATE TABLE IF NOT EXISTS assignment (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        UNIQUE (document, annotator))""",
    "CREATE INDEX IF NOT EXISTS assignment_annotator ON assignment (annotator, document)",
    "CREATE INDEX IF NOT EXISTS document_live_seq ON document (seq) WHERE deleted = 0",
]

# Version 3: notes and "unsure" flags, one row per (target, annotator), on a span, a relation or
# the document itself (annotator.notes). The target is named by kind and uuid rather than by a
# foreign key, so the span attributes that come later can follow the same shape.
_V3 = [
    """CREATE TABLE IF NOT EXISTS note (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        target_kind TEXT NOT NULL CHECK (target_kind IN ('document', 'span', 'relation')),
        target TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        unsure INTEGER NOT NULL DEFAULT 0 CHECK (unsure IN (0, 1)),
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        CHECK (target_kind <> 'document' OR target = document),
        CHECK (deleted = 1 OR unsure = 1 OR length(text) > 0),
        UNIQUE (target, annotator))""",
    "CREATE INDEX IF NOT EXISTS note_document_annotator ON note (document, annotator)",
]

# Version 4: time spent, one row per sitting (an annotator with one document open in the window):
# active seconds, pauses of more than a few minutes left out (annotator.worktime). Each laptop
# writes only its own sittings, so a merge adds them up by union.
_V4 = [
    """CREATE TABLE IF NOT EXISTS work_time (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        started_at INTEGER NOT NULL CHECK (started_at > 0),
        seconds INTEGER NOT NULL CHECK (seconds >= 0 AND seconds <= 86400),
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))""",
    "CREATE INDEX IF NOT EXISTS work_time_annotator_document ON work_time (annotator, document)",
]

# Version 5: span attributes declared in the scheme ([[attribute]]: choice, boolean or text, such
# as an entity_id), one row per (span, name), in the span's layer (annotator.attributes). The
# value is JSON (a string or true/false), so a row reads the same whatever the scheme says now.
_V5 = [
    """CREATE TABLE IF NOT EXISTS attribute (
        uuid TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES document (uuid),
        annotator TEXT NOT NULL REFERENCES annotator (uuid),
        span TEXT NOT NULL REFERENCES span (uuid),
        name TEXT NOT NULL CHECK (length(name) > 0),
        value TEXT NOT NULL CHECK (json_valid(value)),
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        UNIQUE (span, name))""",
    "CREATE INDEX IF NOT EXISTS attribute_document_annotator ON attribute (document, annotator)",
    "CREATE INDEX IF NOT EXISTS attribute_name_value ON attribute (name, value) WHERE deleted = 0",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4, _V5]
assert len(MIGRATIONS) == SCHEMA_VERSION

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    # FULL makes each committed action durable against a power cut, not only a crash.
    "synchronous": "full",
}
# A read-only file is opened without any pragma that writes (journal_mode would).
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 10000, "query_only": 1}


@dataclass(frozen=True)
class FileState:
    """What a look at a file, without writing to it, tells about it as a project."""

    exists: bool
    app_id: int = 0
    version: int = 0
    tables: int = 0
    writable: bool = True
    warnings: tuple[str, ...] = ()


def writable(path: Path) -> bool:
    """Whether this process may change `path` and make its `-wal`/`-shm` beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _wal_warnings(path: Path) -> tuple[str, ...]:
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if shm.exists() and not wal.exists():
        template = QT_TRANSLATE_NOOP(
            "core",
            "{path}: its '-shm' file is here but its '-wal' file is missing; edits that were only in the '-wal' "
            "are not in this file (copy the project with 'annotator pack' or File ▸ Send my work…, never the .db alone)",
        )
        return (Message(template, path=str(path)),)
    if wal.exists() and not os.access(wal, os.R_OK):
        return (Message(QT_TRANSLATE_NOOP("core", "{path}: its '-wal' file cannot be read; the latest edits may be missing"), path=str(path)),)
    return ()


def inspect(path: str | Path) -> FileState:
    """Look at `path` without changing a byte of it: header, application id, format version.

    Raises ProjectError for a file that is not an SQLite database at all. A file we refuse
    is never modified: this runs before any pragma that writes (journal_mode, migrations).
    """
    path = Path(path)
    if not path.exists():
        return FileState(False)
    if path.is_dir():
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: a folder, not a project file"), path=str(path)))
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: cannot open the project file: {reason}"), path=str(path), reason=exc.strerror)) from None
    if not head:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: an empty file, not a project file; use 'annotator init' on a new name"), path=str(path)))
    if not head.startswith(b"SQLite format 3\x00"):
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file (it is not an SQLite database)"), path=str(path)))
    if len(head) < 100:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file (it is cut short: {size} bytes)"), path=str(path), size=len(head)))
    warnings = _wal_warnings(path)
    # The 100-byte header holds all we need (SQLite's file format, section 1.3), so a file
    # that turns out not to be ours is never opened by SQLite, which could leave -wal/-shm.
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    changes, pages, valid_for = (int.from_bytes(head[i : i + 4], "big") for i in (24, 28, 92))
    version = int.from_bytes(head[60:64], "big", signed=True)
    app_id = int.from_bytes(head[68:72], "big", signed=True)
    has_wal = Path(f"{path}-wal").exists()
    size = path.stat().st_size
    if changes == valid_for and pages and size < pages * page_size and not has_wal:
        template = QT_TRANSLATE_NOOP("core", "{path}: a damaged project file (cut short: {size:,} of {full:,} bytes); use a copy sent earlier")
        raise ProjectError(Message(template, path=str(path), size=size, full=pages * page_size))
    tables = 0 if pages <= 1 else 1
    if has_wal and app_id == 0:
        # Its log may hold what the header does not show yet (a file never checkpointed).
        try:
            con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                app_id = con.execute("PRAGMA application_id").fetchone()[0]
                version = con.execute("PRAGMA user_version").fetchone()[0]
                tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file, or a damaged one ({reason})"), path=str(path), reason=str(exc))) from None
    return FileState(True, app_id, version, tables, writable(path), warnings)


def connect(path: str | Path, *, create: bool = False, read_only: bool | None = None) -> SqliteDatabase:
    """Open (or with `create`, make) a project file, migrating it forward if it is older.

    Refuses, without modifying it, a file that is not a project or that a newer version of
    the tool wrote. An older file is copied to `NAME.bak-vN` before it is migrated. A file
    this process cannot write (or `read_only`) is opened read-only: `db.read_only` is then
    True and every write fails. `db.warnings` holds what the user should know (a missing
    `-wal`).
    """
    path = Path(path)
    state = inspect(path)
    if not state.exists and not create:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: no such project file"), path=str(path)))
    if state.exists:
        if state.app_id != APPLICATION_ID:
            if state.app_id == 0 and state.tables == 0:
                if not create:
                    raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file (an empty database); use 'annotator init'"), path=str(path)))
            else:
                raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file (an SQLite database of another program)"), path=str(path)))
        if state.version > SCHEMA_VERSION:
            template = QT_TRANSLATE_NOOP("core", "{path}: written by a newer version of the annotator (file format {version}, this one reads up to {newest}); update the app")
            raise ProjectError(Message(template, path=str(path), version=state.version, newest=SCHEMA_VERSION))
    ro = (not state.writable) if read_only is None else read_only
    if ro and state.exists and state.version < SCHEMA_VERSION:
        template = QT_TRANSLATE_NOOP("core", "{path}: read-only, and of an older file format (version {version}) that must be upgraded; copy it somewhere writable first")
        raise ProjectError(Message(template, path=str(path), version=state.version))
    # On read-only media SQLite cannot make the -shm a WAL file needs; with no -wal beside
    # it the .db alone is complete (every action is checkpointed), so it is read as immutable.
    modes = ["?mode=ro"] + ([] if Path(f"{path}-wal").exists() else ["?immutable=1"]) if ro else [None]
    for n, mode in enumerate(modes):
        if mode is None:
            db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
        else:
            db = SqliteDatabase(path.resolve().as_uri() + mode, pragmas=READ_ONLY_PRAGMAS, check_same_thread=False, uri=True)
        db.read_only = ro
        db.warnings = state.warnings
        try:
            db.connect()
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            db.close()
            if n == len(modes) - 1:
                raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: cannot open the project file ({reason})"), path=str(path), reason=str(exc))) from None
    if not ro and state.version < SCHEMA_VERSION:
        if state.version > 0:
            _backup(db, path, state.version)
        _migrate(db, state.version)
    return db


def _backup(db: SqliteDatabase, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.bak-v{version}")
    db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, target)
    return target


def _migrate(db: SqliteDatabase, version: int) -> None:
    for step in range(version, SCHEMA_VERSION):
        with db.atomic("IMMEDIATE"):
            for statement in MIGRATIONS[step]:
                db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {step + 1}")
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def integrity_check(db: SqliteDatabase) -> str:
    """SQLite's own check of the file: 'ok' when sound."""
    return db.execute_sql("PRAGMA integrity_check").fetchone()[0]


def uuid_batch() -> Iterator[str]:
    """Fresh UUID-shaped ids for a bulk write: one random 80-bit prefix and a counter.

    Unique like uuid4 across laptops (the prefix is random per batch) at a fraction of the
    cost, which matters when an import writes millions of spans.
    """
    prefix = uuidlib.uuid4().hex[:20]
    head = f"{prefix[:8]}-{prefix[8:12]}-{prefix[12:16]}-{prefix[16:20]}-"
    for n in itertools.count():
        yield f"{head}{n:012x}"
