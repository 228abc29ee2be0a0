"""Reads the window needs that the core does not offer yet: filtered, paged document lists
and per-page statuses. Read-only SQL through `Project.sql`; writes never happen here.

A text filter matches a document's id or its exact text, or, when `matches` is given (the
documents where the core's folded/Roman search found the text), any of those documents.

(Candidates for `annotator.project`: `documents(..., status=, annotator=, query=)`,
`document_count(...)` with the same filters, and `next_document(after, status_not=)`.)
"""

from __future__ import annotations

import json

from annotator.project import Project


def has_assignments(project: Project) -> bool:
    return project.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'assignment'").fetchone() is not None


def has_queue(project: Project, annotator: str | None) -> bool:
    """Whether `annotator` (a uuid) has any live assignment."""
    if not annotator or not has_assignments(project):
        return False
    return project.sql("SELECT 1 FROM assignment WHERE annotator = ? AND deleted = 0 LIMIT 1", (annotator,)).fetchone() is not None


def _order_key(project: Project) -> str:
    """The list's order: this annotator's assigned queue first, then the rest, each by seq
    (what `assign.document_order` gives, paged in SQL)."""
    return "(q.uuid IS NULL), d.seq" if has_assignments(project) else "0, d.seq"


def _where(annotator: str | None, status: str | None, text: str, matches: tuple[str, ...] | None = None, project: Project | None = None) -> tuple[str, list]:
    sql = " FROM document d LEFT JOIN status s ON s.document = d.uuid AND s.annotator = ? AND s.deleted = 0"
    params: list = [annotator or ""]
    if project is not None and has_assignments(project):
        sql += " LEFT JOIN assignment q ON q.document = d.uuid AND q.annotator = ? AND q.deleted = 0"
        params.append(annotator or "")
    sql += " WHERE d.deleted = 0"
    if status:
        sql += " AND coalesce(s.status, 'new') = ?"
        params.append(status)
    if text:
        # instr, not LIKE: no wildcard characters to escape in what the user typed.
        if matches:
            # json_each: any number of ids in one parameter (no variable limit, no temp table).
            sql += " AND (instr(lower(d.ext_id), lower(?)) > 0 OR instr(d.text, ?) > 0 OR d.uuid IN (SELECT value FROM json_each(?)))"
            params += [text, text, json.dumps(list(matches))]
        else:
            sql += " AND (instr(lower(d.ext_id), lower(?)) > 0 OR instr(d.text, ?) > 0)"
            params += [text, text]
    return sql, params


def count_documents(project: Project, annotator: str | None, status: str | None, text: str, matches: tuple[str, ...] | None = None) -> int:
    where, params = _where(annotator, status, text, matches, project)
    return project.sql("SELECT count(*)" + where, params).fetchone()[0]


def documents_page(project: Project, annotator: str | None, status: str | None, text: str, offset: int, limit: int, matches: tuple[str, ...] | None = None) -> list[tuple]:
    """(uuid, ext_id, length, seq, status, assigned) rows: the annotator's queue first, then
    the rest, each in import order."""
    where, params = _where(annotator, status, text, matches, project)
    assigned = "(q.uuid IS NOT NULL)" if has_assignments(project) else "0"
    sql = f"SELECT d.uuid, d.ext_id, length(d.text), d.seq, coalesce(s.status, 'new'), {assigned}" + where + f" ORDER BY {_order_key(project)} LIMIT ? OFFSET ?"
    return [tuple(r) for r in project.sql(sql, params + [limit, offset])]


def position_of(project: Project, annotator: str | None, status: str | None, text: str, document: str, matches: tuple[str, ...] | None = None) -> int | None:
    """The 0-based row of `document` in the filtered list, or None when filtered out."""
    where, params = _where(annotator, status, text, matches, project)
    key = _order_key(project)
    row = project.sql(f"SELECT {key}" + where + " AND d.uuid = ?", params + [document]).fetchone()
    if row is None:
        return None
    return project.sql("SELECT count(*)" + where + f" AND ({key}) < (?, ?)", params + [row[0], row[1]]).fetchone()[0]


def statuses_of(project: Project, annotator: str | None, documents: list[str]) -> dict[str, str]:
    if not documents or annotator is None:
        return {}
    marks = ",".join("?" * len(documents))
    rows = project.sql(f"SELECT document, status FROM status WHERE annotator = ? AND deleted = 0 AND document IN ({marks})", [annotator, *documents])
    return dict(rows.fetchall())


def next_undone(project: Project, annotator: str, after_seq: int) -> str | None:
    """The first document after the one at `after_seq` in the list's order (queue first,
    wrapping round) that this annotator has not marked done, or None when every one is done."""
    where, params = _where(annotator, None, "", None, project)
    key = _order_key(project)
    here = project.sql(f"SELECT {key}" + where + " AND d.seq = ?", params + [after_seq]).fetchone() or (0, after_seq)
    sql = "SELECT d.uuid" + where + f" AND coalesce(s.status, 'new') <> 'done' AND ({key}) {{}} (?, ?) ORDER BY {key} LIMIT 1"
    row = project.sql(sql.format(">"), params + list(here)).fetchone() or project.sql(sql.format("<="), params + list(here)).fetchone()
    return row[0] if row else None


def seq_of(project: Project, document: str) -> int:
    return project.document(document).seq


def review_documents(project: Project, annotators: list[str], gold: str) -> list[tuple[str, str, str]]:
    """(uuid, ext_id, gold status) of the documents that at least two of `annotators` (uuids)
    annotated (a live span, or marked done), in import order: the documents worth reviewing."""
    if len(annotators) < 2:
        return []
    ids = json.dumps(annotators)
    sql = (
        "SELECT d.uuid, d.ext_id, coalesce(g.status, 'not_started') FROM document d "
        "LEFT JOIN status g ON g.document = d.uuid AND g.annotator = ? AND g.deleted = 0 "
        "WHERE d.deleted = 0 AND (SELECT count(*) FROM ("
        "  SELECT s.annotator FROM span s WHERE s.document = d.uuid AND s.deleted = 0 AND s.annotator IN (SELECT value FROM json_each(?))"
        "  UNION SELECT t.annotator FROM status t WHERE t.document = d.uuid AND t.deleted = 0 AND t.status = 'done' AND t.annotator IN (SELECT value FROM json_each(?))"
        ")) >= 2 ORDER BY d.seq"
    )
    return [tuple(r) for r in project.sql(sql, (gold, ids, ids))]
