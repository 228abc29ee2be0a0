"""An open project: its scheme, documents, annotators and each layer's spans and relations (reads)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from annotator import store
from annotator.rows import (
    READS,
    SUGGESTION_PREFIX,
    AnnotatorRow,
    AssignmentRow,
    DocumentInfo,
    RelationRow,
    SpanRow,
    StatusRow,
    annotator_row,
    relation_row,
    span_row,
    assignment_row,
    status_row,
)
from annotator.schema import Prepared
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message, ProjectError
from annotator.scheme import Scheme, load_scheme_file, parse_scheme

GOLD = "gold"
STAMPED_TABLES = ("annotator", "document", "span", "relation", "status", "note", "work_time", "attribute")
STATUSES = ("new", "in_progress", "done")
GOLD_STATUSES = ("not_started", "in_review", "adjudicated")


def describe_db_error(path: Path, exc: BaseException) -> str:
    """One sentence for a failure of the project file itself while saving.

    SQLite rolls a transaction back by itself on some errors (a full disk); the rollback
    that follows then fails with "no transaction is active", so the cause is looked for in
    the whole chain of exceptions.
    """
    messages = []
    while exc is not None and len(messages) < 5:
        messages.append(str(exc).lower())
        exc = exc.__context__
    text = " | ".join(messages)
    if "full" in text:
        return Message(QT_TRANSLATE_NOOP("core", "{path}: no space left on device; your last action was not saved"), path=str(path))
    if "readonly" in text or "read-only" in text:
        return Message(QT_TRANSLATE_NOOP("core", "{path}: read-only: changes cannot be saved"), path=str(path))
    if "locked" in text or "busy" in text:
        return Message(QT_TRANSLATE_NOOP("core", "{path}: another program kept the project file locked for over 10 seconds; your last action was not saved, try again"), path=str(path))
    if "disk i/o" in text:
        return Message(QT_TRANSLATE_NOOP("core", "{path}: the disk failed while saving ({reason}); your last action was not saved"), path=str(path), reason=messages[0])
    return Message(QT_TRANSLATE_NOOP("core", "{path}: the project file could not be changed ({reason}); your last action was not saved"), path=str(path), reason=messages[0])


def _move_no_clobber(src: Path, dst: Path) -> None:
    """Rename `src` to `dst`, refusing to replace a `dst` that appeared meanwhile."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: already exists; refusing to overwrite it"), path=str(dst))) from None
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if dst.exists():
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: already exists; refusing to overwrite it"), path=str(dst))) from None
        os.replace(src, dst)
        return
    src.unlink()


def default_scheme_path() -> Path:
    from annotator.resources import resource_path

    return resource_path("schemes", "hindi-news.toml")


def resolve_scheme(name_or_file: str | None) -> Scheme:
    """A bundled scheme by name (e.g. 'hindi-news') or a scheme TOML file by path."""
    from annotator.resources import resource_path

    if not name_or_file:
        return load_scheme_file(default_scheme_path())
    if name_or_file.endswith(".toml") or Path(name_or_file).exists():
        return load_scheme_file(name_or_file)
    bundled = resource_path("schemes", f"{name_or_file}.toml")
    if not bundled.exists():
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{name}: no such scheme (give a bundled name like 'hindi-news' or a .toml file)"), name=str(name_or_file)))
    return load_scheme_file(bundled)


class Project:
    """One open project file. Reads go through its methods; changes go through annotator.edits."""

    def __init__(self, db: SqliteDatabase, path: Path):
        self.db = db
        self.path = path
        # Write-ahead-log frames the last checkpoint could not copy into the file itself
        # (a reader in another window held them); the window retries until this is 0.
        self.pending_frames = 0
        self._clock_seen = False

    @classmethod
    def create(cls, path: str | Path, scheme: Scheme) -> Project:
        """Make a new project file holding `scheme`. Refuses to touch an existing file.

        The file is made under a hidden temporary name and renamed into place, so a crash
        halfway leaves no half-made project that every command would refuse.
        """
        path = Path(path)
        if path.exists():
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: already exists; refusing to overwrite it"), path=str(path)))
        if not path.parent.is_dir():
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: the folder {folder} does not exist"), path=str(path), folder=str(path.parent)))
        tmp = path.with_name(f".{path.name}.{store.new_uuid()[:8]}.part")
        try:
            project = cls(store.connect(tmp, create=True), tmp)
            try:
                with project.atomic():
                    project.q("add_scheme", version=1, name=scheme.name, toml=scheme.source, now=store.now_us())
            finally:
                project.close()
            _move_no_clobber(tmp, path)
        except OSError as exc:
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: cannot create the project file: {reason}"), path=str(path), reason=str(exc.strerror or exc))) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool | None = None) -> Project:
        """Open a project file; one this process cannot write opens read-only (see store.connect)."""
        path = Path(path)
        db = store.connect(path, read_only=read_only)
        project = cls(db, path)
        try:
            has_scheme = project.q("has_scheme").fetchone()[0] > 0
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            db.close()
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: not a project file, or a damaged one ({reason})"), path=str(path), reason=str(exc))) from None
        if not has_scheme:
            db.close()
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: the project has no annotation scheme; it was not made by 'annotator init'"), path=str(path)))
        return project

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.db, "read_only", False))

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the user should know about the file as it was opened (e.g. a missing -wal)."""
        return tuple(getattr(self.db, "warnings", ()))

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction (nested calls become savepoints).

        The outermost one takes the write lock at once (BEGIN IMMEDIATE), so two windows or
        a window and the command line wait for each other (busy timeout) instead of failing
        with "database is locked" when a reading transaction tries to become a writing one.
        After it commits, the log is checkpointed, so the project file alone (without its
        `-wal`) holds every saved action: a copied `.db` is complete. Failures of the file
        itself (disk full, read-only, locked too long) become one ProjectError sentence.
        Queries run on this project's own connection (models are never bound globally), so
        projects on other threads never share state.
        """
        if self.read_only:
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: read-only: changes cannot be saved"), path=str(self.path)))
        if self.db.transaction_depth() > 0:
            with self.db.atomic():
                yield
            return
        try:
            with self.db.atomic("IMMEDIATE"):
                if not self._clock_seen:
                    # Hybrid clock: this session's stamps follow every stamp the file holds,
                    # so an edit made here beats a row merged from a laptop whose clock ran ahead.
                    store.observe(self.high_water())
                    self._clock_seen = True
                yield
        except (sqlite3.OperationalError, peewee.OperationalError) as exc:
            raise ProjectError(describe_db_error(self.path, exc)) from None
        self.checkpoint()

    def high_water(self, schema: str = "main") -> int:
        """The largest `updated_at` of any travelling row (0 when empty): one scan of each
        table, as updated_at has no index; taken once per session, at its first write."""
        # Raw SQL: the merge asks this of an attached source file's schema, which models do not name.
        return max(self.sql(f"SELECT coalesce(max(updated_at), 0) FROM {schema}.{t}").fetchone()[0] for t in STAMPED_TABLES)

    def checkpoint(self) -> int:
        """Copy committed log frames into the project file (never waiting for readers);
        returns, and keeps in `pending_frames`, how many could not be copied yet."""
        try:
            busy, log, done = self.sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except (sqlite3.DatabaseError, peewee.DatabaseError):
            self.pending_frames = max(self.pending_frames, 1)
            return self.pending_frames
        self.pending_frames = max(log - done, 0) if log >= 0 else 0
        return self.pending_frames

    def data_version(self) -> int:
        """A number that changes when another connection (another window, the command line)
        commits to this file: the window polls it to refresh what it shows."""
        return self.sql("PRAGMA data_version").fetchone()[0]

    def sql(self, query: str, params: tuple | list = ()):
        """Raw SQL on this project's connection: pragmas, and the few places speed needs it."""
        return self.db.execute_sql(query, params)

    def run(self, query: peewee.Query | Prepared, /, **values: object):
        """A query built on the models in annotator.store (a peewee query, or a Prepared one
        with its parameters) run on this project's own connection; returns the cursor, whose
        rows are plain tuples of column values."""
        if isinstance(query, Prepared):
            return query(self.db, **values)
        return self.db.execute(query)

    def q(self, name: str, /, **values: object):
        """One of the prepared reads (annotator.rows.READS), by name."""
        return READS[name](self.db, **values)

    # -- scheme ---------------------------------------------------------------------------

    @cached_property
    def scheme(self) -> Scheme:
        version, name, toml = self.q("scheme").fetchone()
        return parse_scheme(toml, filename=f"{self.path} (scheme version {version})")

    @property
    def scheme_version(self) -> int:
        return self.q("scheme_version").fetchone()[0]

    def labels_in_use(self) -> tuple[set[str], set[str]]:
        """Entity labels and relation types that live annotations use."""
        ents = {r[0] for r in self.q("span_labels")}
        rels = {r[0] for r in self.q("relation_labels")}
        return ents, rels

    def set_scheme(self, scheme: Scheme) -> int:
        """Store `scheme` as the next version. Refuses one that would orphan annotations."""
        ents, rels = self.labels_in_use()
        missing = sorted(e for e in ents if scheme.entity(e) is None) + sorted(r for r in rels if scheme.relation(r) is None)
        if missing:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the new scheme lacks labels that annotations use: {labels}"), labels=", ".join(missing)))
        dropped = self._attributes_dropped(scheme)
        if dropped:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "the new scheme drops attribute values that spans use: {values}"), values="; ".join(dropped)))
        with self.atomic():
            version = self.scheme_version + 1
            self.q("add_scheme", version=version, name=scheme.name, toml=scheme.source, now=store.now_us())
        self.__dict__.pop("scheme", None)
        return version

    def _attributes_dropped(self, scheme: Scheme) -> list[str]:
        """What a new scheme would orphan of the live spans' attributes, with counts: a name
        it lacks, a choice value it lacks, a kind it changes (adding attributes orphans nothing)."""
        # Raw SQL: one grouped count over the live values, run once per scheme change.
        found = self.sql(
            "SELECT a.name, a.value, count(*) FROM attribute a JOIN span s ON s.uuid = a.span WHERE a.deleted = 0 AND s.deleted = 0 GROUP BY a.name, a.value"
        ).fetchall()
        out: dict[str, int] = {}
        for name, value, count in found:
            attribute = scheme.attribute(name)
            decoded = json.loads(value)
            if attribute is None:
                why = f"attribute {name}"
            elif attribute.value_problem(decoded):
                why = f"attribute {name} value {decoded!r}" if attribute.kind == "choice" and isinstance(decoded, str) else f"attribute {name} (its kind)"
            else:
                continue
            out[why] = out.get(why, 0) + count
        return [f"{why} is on {n} span{'s' if n != 1 else ''}" for why, n in sorted(out.items())]

    # -- documents ------------------------------------------------------------------------

    def document_count(self) -> int:
        return self.q("document_count").fetchone()[0]

    def documents(self, *, offset: int = 0, limit: int = -1) -> list[DocumentInfo]:
        """Documents in import order, without their text (cheap for long lists)."""
        return [DocumentInfo(*r) for r in self.q("documents", limit=limit, offset=offset)]

    def document(self, uuid: str) -> DocumentInfo:
        row = self.q("document", uuid=uuid).fetchone()
        if row is None:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no document {uuid}"), uuid=uuid))
        return DocumentInfo(*row)

    def document_by_ext_id(self, ext_id: str) -> DocumentInfo | None:
        row = self.q("document_by_ext_id", ext_id=ext_id).fetchone()
        return DocumentInfo(*row) if row else None

    def text(self, document: str) -> str:
        row = self.q("text", uuid=document).fetchone()
        if row is None:
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no document {uuid}"), uuid=document))
        return row[0]

    def meta(self, document: str) -> dict:
        row = self.q("meta", uuid=document).fetchone()
        return json.loads(row[0]) if row else {}

    # -- annotators -----------------------------------------------------------------------

    def annotators(self, *, include_gold: bool = True, include_suggestions: bool = True) -> list[AnnotatorRow]:
        """The live layers by name; without gold, and without the machine suggestion layers
        (suggest:…, proposals rather than anyone's work) when asked."""
        out = [annotator_row(r) for r in self.q("annotators")]
        return [
            a for a in out
            if (include_gold or a.kind != "gold") and (include_suggestions or not a.name.startswith(SUGGESTION_PREFIX))
        ]

    def annotator(self, name: str) -> AnnotatorRow | None:
        row = self.q("annotator", name=name).fetchone()
        return annotator_row(row) if row else None

    def annotator_by_uuid(self, uuid: str) -> AnnotatorRow | None:
        row = self.q("annotator_by_uuid", uuid=uuid).fetchone()
        return annotator_row(row) if row else None

    # -- layers ---------------------------------------------------------------------------

    def spans(self, document: str, annotator: str | None = None) -> list[SpanRow]:
        """Live spans of a document (one annotator's layer, or all), ordered by (start, end, label)."""
        if annotator is None:
            return [span_row(r) for r in self.q("spans", document=document)]
        return [span_row(r) for r in self.q("layer_spans", document=document, annotator=annotator)]

    def span(self, uuid: str) -> SpanRow | None:
        row = self.q("span", uuid=uuid).fetchone()
        return span_row(row) if row else None

    def relations(self, document: str, annotator: str | None = None) -> list[RelationRow]:
        """Live relations whose spans are both live (a merge can leave one pointing at a span
        another laptop deleted; such a relation is kept in the file but never shown)."""
        if annotator is None:
            return [relation_row(r) for r in self.q("relations", document=document)]
        return [relation_row(r) for r in self.q("layer_relations", document=document, annotator=annotator)]

    def relation(self, uuid: str) -> RelationRow | None:
        row = self.q("relation", uuid=uuid).fetchone()
        return relation_row(row) if row else None

    def relations_of_span(self, span: str) -> list[RelationRow]:
        """Live relations that use `span` (dangling ones from merges included, so deleting
        the span tombstones them too)."""
        return [relation_row(r) for r in self.q("relations_of_span", span=span)]

    def status(self, document: str, annotator: str) -> str:
        row = self.q("status", document=document, annotator=annotator).fetchone()
        if row:
            return row[0]
        kind = self.annotator_by_uuid(annotator)
        return GOLD_STATUSES[0] if kind and kind.kind == "gold" else STATUSES[0]

    def status_row(self, document: str, annotator: str) -> StatusRow | None:
        """The status row of (document, annotator), tombstoned or not, or None."""
        row = self.q("status_row", document=document, annotator=annotator).fetchone()
        return status_row(row) if row else None

    def statuses(self, annotator: str) -> dict[str, str]:
        """Every set status of one annotator, by document uuid (unset means 'new')."""
        return dict(self.q("statuses", annotator=annotator).fetchall())

    def assignment_rows(self, *, live_only: bool = False) -> list[AssignmentRow]:
        """Every assignment row (or only the live ones)."""
        return [assignment_row(r) for r in self.q("live_assignments" if live_only else "assignments")]

    def stats(self) -> dict[str, int]:
        one = lambda name: self.q(name).fetchone()[0]  # noqa: E731
        return {
            "documents": one("count_document"),
            "annotators": one("count_annotator"),
            "spans": one("count_span"),
            "relations": one("count_relation"),
            "done": one("count_done"),
            "suggested": one("count_suggested"),  # spans in suggestion layers, not in "spans"
        }
