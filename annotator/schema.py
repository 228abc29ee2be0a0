"""The tables as peewee models, the one description every query is built from, and the
helpers to run those queries on one project's own connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import peewee
from peewee import SQL, BigIntegerField, BooleanField, Check, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField


class _Base(Model):
    class Meta:
        database = None  # never bound: each query runs on one project's own connection
        legacy_table_names = False


def _fk(model: type[Model]) -> ForeignKeyField:
    # The migrations index foreign keys only inside the composite indexes the Meta lists.
    return ForeignKeyField(model, column_name=model._meta.table_name, index=False)


class SchemeVersion(_Base):
    version = IntegerField(primary_key=True)
    name = TextField()
    toml = TextField()
    created_at = BigIntegerField()


class Document(_Base):
    uuid = TextField(primary_key=True)
    ext_id = TextField(unique=True)
    sha256 = TextField(unique=True)
    text = TextField()
    meta = TextField(default="{}")
    seq = IntegerField(unique=True)
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)


class Annotator(_Base):
    uuid = TextField(primary_key=True)
    name = TextField(unique=True)
    kind = TextField(default="human")
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)


class Span(_Base):
    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    start = IntegerField(constraints=[Check("start >= 0")])
    end = IntegerField(constraints=[Check('"end" > start')])
    label = TextField()
    provenance = TextField(null=True)
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("document", "annotator", "start"), False),)


class Relation(_Base):
    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    head = ForeignKeyField(Span, column_name="head", index=False)
    tail = ForeignKeyField(Span, column_name="tail", index=False)
    label = TextField()
    provenance = TextField(null=True)
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("document", "annotator"), False),)


class Status(_Base):
    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    status = TextField()
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("document", "annotator"), True),)


class Assignment(_Base):
    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("document", "annotator"), True), (("annotator", "document"), False))


class Note(_Base):
    """A note and/or an "unsure" flag of one annotator on a span, a relation or a document."""

    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    target_kind = TextField()
    target = TextField()
    text = TextField(default="")
    unsure = BooleanField(default=False)
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("target", "annotator"), True), (("document", "annotator"), False))


class WorkTime(_Base):
    """One sitting: an annotator's active seconds with one document open in the window."""

    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    started_at = BigIntegerField(constraints=[Check("started_at > 0")])
    seconds = IntegerField(constraints=[Check("seconds >= 0 AND seconds <= 86400")])
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        table_name = "work_time"
        indexes = ((("annotator", "document"), False),)


class Attribute(_Base):
    """One span attribute's value (JSON: a string or true/false), in the span's layer."""

    uuid = TextField(primary_key=True)
    document = _fk(Document)
    annotator = _fk(Annotator)
    span = _fk(Span)
    name = TextField(constraints=[Check("length(name) > 0")])
    value = TextField(constraints=[Check("json_valid(value)")])
    created_at = BigIntegerField()
    updated_at = BigIntegerField()
    deleted = BooleanField(default=False)

    class Meta:
        indexes = ((("span", "name"), True), (("document", "annotator"), False))


# The partial index that keeps counting and listing live documents off the text pages.
Document.add_index(Document.seq, where=SQL("deleted = 0"))
# Live values by name: the entity_id picker lists the ids a project already uses.
Attribute.add_index(Attribute.name, Attribute.value, where=SQL("deleted = 0"))

# The schema, in one place: every plain read and write is a query on these models, run on
# one project's own connection (`project.db.execute(Span.select()...)`), never bound
# globally, so two open projects and the window's worker thread share no state. The tables
# are made by the migrations in annotator/store.py, never by create_tables; tests/core/test_store.py checks
# that the two agree column by column and index by index.
MODELS = (SchemeVersion, Document, Annotator, Span, Relation, Status, Assignment, Note, WorkTime, Attribute)


class _Name:
    """What a placeholder stands for in a compiled query's parameter list."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name


def param(name: str) -> peewee.Value:
    """A placeholder for a Prepared query: its value is given by name at each run, unconverted."""
    return peewee.Value(_Name(name), converter=False)


# Queries are compiled for SQLite without any file: only the dialect is needed.
_DIALECT = SqliteDatabase(None)


class Prepared:
    """A query built from the models (by `build`), compiled to SQL once, then run with fresh parameters on
    any project's connection. The models stay the one description of the tables, while a hot
    path (a key press adding a span) pays what raw SQL costs: building and compiling a peewee
    query takes far longer than SQLite needs to answer one by its primary key. Built and
    compiled on first use, so importing the modules that hold them (every command's
    start-up) costs nothing."""

    def __init__(self, build: Callable[[], peewee.Node]):
        self._build = build
        self._compiled: tuple[str, list[tuple[str | None, object]]] | None = None

    @property
    def sql(self) -> str:
        return self._compile()[0]

    def _compile(self) -> tuple[str, list[tuple[str | None, object]]]:
        if self._compiled is None:
            sql, params = _DIALECT.get_sql_context().sql(self._build()).query()
            self._compiled = sql, [(p.name, None) if isinstance(p, _Name) else (None, p) for p in params]
        return self._compiled

    def __call__(self, db: SqliteDatabase, **values: object) -> sqlite3.Cursor:
        sql, params = self._compiled or self._compile()
        return db.execute_sql(sql, [values[name] if name else value for name, value in params])


def live(model: type[Model]) -> peewee.Expression:
    """The condition "not a tombstone", written once. The literal 0 (not a parameter) lets
    SQLite use the partial index `document_live_seq`."""
    return model.deleted == SQL("0")


def columns(model: type[Model]) -> tuple[str, ...]:
    """The model's column names in table order (for the raw SQL that copies whole rows)."""
    return tuple(f.column_name for f in model._meta.sorted_fields)
