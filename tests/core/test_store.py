"""The project file: pragmas, constraints, refusing foreign or newer files, migrating with a backup."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from annotator import schema, store
from annotator.errors import ProjectError
from annotator.project import Project, resolve_scheme


def test_pragmas_are_set(project):
    one = lambda q: project.sql(q).fetchone()[0]  # noqa: E731
    assert one("PRAGMA journal_mode") == "wal"
    assert one("PRAGMA foreign_keys") == 1
    assert one("PRAGMA busy_timeout") >= 1000
    assert one("PRAGMA application_id") == store.APPLICATION_ID
    assert one("PRAGMA user_version") == store.SCHEMA_VERSION


def test_schema_refuses_bad_rows(project, add_doc, asha):
    doc = add_doc("नमस्ते दुनिया")
    insert = 'INSERT INTO span (uuid, document, annotator, start, "end", label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1)'
    with pytest.raises(peewee.IntegrityError):
        project.sql(insert, ("a", doc, asha, -1, 2, "PERSON"))
    with pytest.raises(peewee.IntegrityError):
        project.sql(insert, ("b", doc, asha, 3, 3, "PERSON"))
    with pytest.raises(peewee.IntegrityError):
        project.sql(insert, ("c", "no-such-document", asha, 0, 2, "PERSON"))
    with pytest.raises(peewee.IntegrityError):
        project.sql(insert, ("d", doc, "no-such-annotator", 0, 2, "PERSON"))


def test_index_serves_spans_of_a_document_by_annotator(project):
    plan = project.sql('EXPLAIN QUERY PLAN SELECT * FROM span WHERE document = ? AND annotator = ? ORDER BY start', ("d", "a")).fetchall()
    assert "span_document_annotator" in " ".join(str(r) for r in plan)


def test_reopen_finds_the_scheme(tmp_path):
    path = tmp_path / "p.db"
    Project.create(path, resolve_scheme(None)).close()
    with Project.open(path) as p:
        assert p.scheme.name == "hindi-news"


def test_not_a_project_is_refused(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectError, match="not a project file"):
        Project.open(text)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="another program"):
        Project.open(other)
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "missing.db")


def test_newer_file_is_refused(tmp_path):
    path = tmp_path / "p.db"
    Project.create(path, resolve_scheme(None)).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "p.db"
    Project.create(path, resolve_scheme(None)).close()
    step = ["CREATE TABLE later_table (uuid TEXT PRIMARY KEY, body TEXT NOT NULL)"]
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, step])
    monkeypatch.setattr(store, "SCHEMA_VERSION", store.SCHEMA_VERSION + 1)
    with Project.open(path) as p:
        assert p.sql("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert p.sql("SELECT count(*) FROM later_table").fetchone()[0] == 0
    backup = tmp_path / f"p.db.bak-v{store.SCHEMA_VERSION - 1}"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION - 1
    con.close()


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "p.db"
    Project.create(path, resolve_scheme(None)).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path, resolve_scheme(None))


def test_ids_derived_from_content_agree_across_laptops():
    assert store.annotator_uuid("asha") == store.annotator_uuid("asha") != store.annotator_uuid("ravi")
    assert store.document_uuid("a" * 64) != store.document_uuid("b" * 64)
    ids = store.uuid_batch()
    batch = {next(ids) for _ in range(1000)}
    assert len(batch) == 1000 and all(len(x) == 36 for x in batch)


def _model_indexes(model) -> set[tuple[tuple[str, ...], bool, bool]]:
    return {(tuple(e.column_name for e in index._expressions), bool(index._unique), index._where is not None) for index in model._meta.fields_to_index()}


def test_models_mirror_the_tables(project):
    """The models are what every query is built from: for each table a new project file's
    migrations made, the model's columns, their types, nullability, primary key and indexes
    equal the table's, so a migration without the model change (or the reverse) fails here."""
    ctx = project.db.get_sql_context
    tables = {r[0] for r in project.sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {m._meta.table_name for m in schema.MODELS}
    for model in schema.MODELS:
        table = model._meta.table_name
        # SQLite reports a primary key as nullable unless declared NOT NULL; ours never hold NULL.
        columns = [(r[1], r[2], bool(r[3]) and not r[5], bool(r[5])) for r in project.sql(f"PRAGMA table_info({table})")]
        fields = [(f.column_name, ctx().sql(f.ddl_datatype(ctx())).query()[0], not f.null and not f.primary_key, f.primary_key) for f in model._meta.sorted_fields]
        assert fields == columns, table
        indexes = set()
        for _, name, unique, origin, partial in project.sql(f"PRAGMA index_list({table})"):
            if origin != "pk":
                cols = tuple(r[2] for r in project.sql(f"PRAGMA index_info({name})"))
                indexes.add((cols, bool(unique), bool(partial)))
        assert _model_indexes(model) == indexes, table
    assert len(project.db.execute(schema.SchemeVersion.select()).fetchall()) == 1


def test_queries_run_on_each_projects_own_connection(project, add_doc, asha, tmp_path):
    """No model is ever bound globally: two open projects and a reading thread see each their own rows."""
    import threading

    from annotator import edits

    doc = add_doc("नमस्ते दुनिया")
    edits.add_span(project, document=doc, annotator=asha, start=0, end=6, label="PERSON")
    with Project.create(tmp_path / "other.db", resolve_scheme("hindi-news")) as other:
        assert other.annotators() == [] and project.annotator("asha").uuid == asha
        seen: list = []
        worker = threading.Thread(target=lambda: seen.extend((len(project.spans(doc)), other.stats()["spans"])))
        worker.start()
        worker.join()
        assert seen == [1, 0]
    assert schema.Span._meta.database is None
