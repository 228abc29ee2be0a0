"""An open project: its scheme, documents, annotators and each layer's spans and relations (reads)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from peewee import SqliteDatabase

from annotator import store
from annotator.errors import InvalidOperation, ProjectError
from annotator.scheme import Scheme, load_scheme_file, parse_scheme

GOLD = "gold"
STATUSES = ("new", "in_progress", "done")
GOLD_STATUSES = ("not_started", "in_review", "adjudicated")


@dataclass(frozen=True)
class DocumentInfo:
    uuid: str
    ext_id: str
    length: int
    seq: int


@dataclass(frozen=True)
class AnnotatorRow:
    uuid: str
    name: str
    kind: str
    deleted: bool = False


@dataclass(frozen=True)
class SpanRow:
    uuid: str
    document: str
    annotator: str
    start: int
    end: int
    label: str
    deleted: bool = False
    provenance: str | None = None


@dataclass(frozen=True)
class RelationRow:
    uuid: str
    document: str
    annotator: str
    head: str
    tail: str
    label: str
    deleted: bool = False
    provenance: str | None = None


@dataclass(frozen=True)
class StatusRow:
    uuid: str
    document: str
    annotator: str
    status: str
    deleted: bool = False


_SPAN_COLS = 'uuid, document, annotator, start, "end", label, deleted, provenance'
_REL_COLS = "uuid, document, annotator, head, tail, label, deleted, provenance"


def _span(row) -> SpanRow:
    return SpanRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


def _relation(row) -> RelationRow:
    return RelationRow(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


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
        raise ProjectError(f"{name_or_file}: no such scheme (give a bundled name like 'hindi-news' or a .toml file)")
    return load_scheme_file(bundled)


class Project:
    """One open project file. Reads go through its methods; changes go through annotator.edits."""

    def __init__(self, db: SqliteDatabase, path: Path):
        self.db = db
        self.path = path

    @classmethod
    def create(cls, path: str | Path, scheme: Scheme) -> Project:
        """Make a new project file holding `scheme`. Refuses to touch an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; refusing to overwrite it")
        db = store.connect(path, create=True)
        project = cls(db, path)
        with project.atomic():
            db.execute_sql(
                "INSERT INTO scheme_version (version, name, toml, created_at) VALUES (?, ?, ?, ?)",
                (1, scheme.name, scheme.source, store.now_us()),
            )
        return project

    @classmethod
    def open(cls, path: str | Path) -> Project:
        path = Path(path)
        db = store.connect(path)
        project = cls(db, path)
        if project.db.execute_sql("SELECT count(*) FROM scheme_version").fetchone()[0] == 0:
            db.close()
            raise ProjectError(f"{path}: the project has no annotation scheme; it was not made by 'annotator init'")
        return project

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (nested calls become savepoints). Queries are plain SQL on this
        project's own connection, so projects on other threads never share state."""
        with self.db.atomic():
            yield

    def sql(self, query: str, params: tuple | list = ()):
        return self.db.execute_sql(query, params)

    # -- scheme ---------------------------------------------------------------------------

    @cached_property
    def scheme(self) -> Scheme:
        version, name, toml = self.sql("SELECT version, name, toml FROM scheme_version ORDER BY version DESC LIMIT 1").fetchone()
        return parse_scheme(toml, filename=f"{self.path} (scheme version {version})")

    @property
    def scheme_version(self) -> int:
        return self.sql("SELECT max(version) FROM scheme_version").fetchone()[0]

    def labels_in_use(self) -> tuple[set[str], set[str]]:
        """Entity labels and relation types that live annotations use."""
        ents = {r[0] for r in self.sql("SELECT DISTINCT label FROM span WHERE deleted = 0")}
        rels = {r[0] for r in self.sql("SELECT DISTINCT label FROM relation WHERE deleted = 0")}
        return ents, rels

    def set_scheme(self, scheme: Scheme) -> int:
        """Store `scheme` as the next version. Refuses one that would orphan annotations."""
        ents, rels = self.labels_in_use()
        missing = sorted(e for e in ents if scheme.entity(e) is None) + sorted(r for r in rels if scheme.relation(r) is None)
        if missing:
            raise InvalidOperation(f"the new scheme lacks labels that annotations use: {', '.join(missing)}")
        with self.atomic():
            version = self.scheme_version + 1
            self.sql(
                "INSERT INTO scheme_version (version, name, toml, created_at) VALUES (?, ?, ?, ?)",
                (version, scheme.name, scheme.source, store.now_us()),
            )
        self.__dict__.pop("scheme", None)
        return version

    # -- documents ------------------------------------------------------------------------

    def document_count(self) -> int:
        return self.sql("SELECT count(*) FROM document WHERE deleted = 0").fetchone()[0]

    def documents(self, *, offset: int = 0, limit: int = -1) -> list[DocumentInfo]:
        """Documents in import order, without their text (cheap for long lists)."""
        rows = self.sql(
            "SELECT uuid, ext_id, length(text), seq FROM document WHERE deleted = 0 ORDER BY seq LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [DocumentInfo(*r) for r in rows]

    def document(self, uuid: str) -> DocumentInfo:
        row = self.sql("SELECT uuid, ext_id, length(text), seq FROM document WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise InvalidOperation(f"no document {uuid}")
        return DocumentInfo(*row)

    def document_by_ext_id(self, ext_id: str) -> DocumentInfo | None:
        row = self.sql("SELECT uuid, ext_id, length(text), seq FROM document WHERE ext_id = ? AND deleted = 0", (ext_id,)).fetchone()
        return DocumentInfo(*row) if row else None

    def text(self, document: str) -> str:
        row = self.sql("SELECT text FROM document WHERE uuid = ?", (document,)).fetchone()
        if row is None:
            raise InvalidOperation(f"no document {document}")
        return row[0]

    def meta(self, document: str) -> dict:
        row = self.sql("SELECT meta, sha256 FROM document WHERE uuid = ?", (document,)).fetchone()
        return json.loads(row[0]) if row else {}

    # -- annotators -----------------------------------------------------------------------

    def annotators(self, *, include_gold: bool = True) -> list[AnnotatorRow]:
        rows = self.sql("SELECT uuid, name, kind, deleted FROM annotator WHERE deleted = 0 ORDER BY name")
        out = [AnnotatorRow(r[0], r[1], r[2], bool(r[3])) for r in rows]
        return out if include_gold else [a for a in out if a.kind != "gold"]

    def annotator(self, name: str) -> AnnotatorRow | None:
        row = self.sql("SELECT uuid, name, kind, deleted FROM annotator WHERE name = ?", (name,)).fetchone()
        return AnnotatorRow(row[0], row[1], row[2], bool(row[3])) if row else None

    def annotator_by_uuid(self, uuid: str) -> AnnotatorRow | None:
        row = self.sql("SELECT uuid, name, kind, deleted FROM annotator WHERE uuid = ?", (uuid,)).fetchone()
        return AnnotatorRow(row[0], row[1], row[2], bool(row[3])) if row else None

    # -- layers ---------------------------------------------------------------------------

    def spans(self, document: str, annotator: str | None = None) -> list[SpanRow]:
        """Live spans of a document (one annotator's layer, or all), ordered by (start, end, label)."""
        if annotator is None:
            rows = self.sql(f'SELECT {_SPAN_COLS} FROM span WHERE document = ? AND deleted = 0 ORDER BY start, "end", label', (document,))
        else:
            rows = self.sql(
                f'SELECT {_SPAN_COLS} FROM span WHERE document = ? AND annotator = ? AND deleted = 0 ORDER BY start, "end", label',
                (document, annotator),
            )
        return [_span(r) for r in rows]

    def span(self, uuid: str) -> SpanRow | None:
        row = self.sql(f"SELECT {_SPAN_COLS} FROM span WHERE uuid = ?", (uuid,)).fetchone()
        return _span(row) if row else None

    def relations(self, document: str, annotator: str | None = None) -> list[RelationRow]:
        """Live relations whose spans are both live (a merge can leave one pointing at a span
        another laptop deleted; such a relation is kept in the file but never shown)."""
        cols = ", ".join(f"r.{c}" for c in _REL_COLS.split(", "))
        live = "JOIN span h ON h.uuid = r.head AND h.deleted = 0 JOIN span t ON t.uuid = r.tail AND t.deleted = 0"
        if annotator is None:
            rows = self.sql(f"SELECT {cols} FROM relation r {live} WHERE r.document = ? AND r.deleted = 0 ORDER BY r.created_at", (document,))
        else:
            rows = self.sql(
                f"SELECT {cols} FROM relation r {live} WHERE r.document = ? AND r.annotator = ? AND r.deleted = 0 ORDER BY r.created_at",
                (document, annotator),
            )
        return [_relation(r) for r in rows]

    def relation(self, uuid: str) -> RelationRow | None:
        row = self.sql(f"SELECT {_REL_COLS} FROM relation WHERE uuid = ?", (uuid,)).fetchone()
        return _relation(row) if row else None

    def relations_of_span(self, span: str) -> list[RelationRow]:
        """Live relations that use `span` (dangling ones from merges included, so deleting
        the span tombstones them too)."""
        rows = self.sql(f"SELECT {_REL_COLS} FROM relation WHERE (head = ? OR tail = ?) AND deleted = 0", (span, span))
        return [_relation(r) for r in rows]

    def status(self, document: str, annotator: str) -> str:
        row = self.sql("SELECT status FROM status WHERE document = ? AND annotator = ? AND deleted = 0", (document, annotator)).fetchone()
        if row:
            return row[0]
        kind = self.annotator_by_uuid(annotator)
        return GOLD_STATUSES[0] if kind and kind.kind == "gold" else STATUSES[0]

    def statuses(self, annotator: str) -> dict[str, str]:
        """Every set status of one annotator, by document uuid (unset means 'new')."""
        rows = self.sql("SELECT document, status FROM status WHERE annotator = ? AND deleted = 0", (annotator,))
        return dict(rows.fetchall())

    def stats(self) -> dict[str, int]:
        one = lambda q: self.sql(q).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM document WHERE deleted = 0"),
            "annotators": one("SELECT count(*) FROM annotator WHERE deleted = 0"),
            "spans": one("SELECT count(*) FROM span WHERE deleted = 0"),
            "relations": one("SELECT count(*) FROM relation WHERE deleted = 0"),
            "done": one("SELECT count(*) FROM status WHERE deleted = 0 AND status IN ('done', 'adjudicated')"),
        }
