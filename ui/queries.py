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


def _where(annotator: str | None, status: str | None, text: str, matches: tuple[str, ...] | None = None) -> tuple[str, list]:
    sql = " FROM document d LEFT JOIN status s ON s.document = d.uuid AND s.annotator = ? AND s.deleted = 0 WHERE d.deleted = 0"
    params: list = [annotator or ""]
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
    where, params = _where(annotator, status, text, matches)
    return project.sql("SELECT count(*)" + where, params).fetchone()[0]


def documents_page(project: Project, annotator: str | None, status: str | None, text: str, offset: int, limit: int, matches: tuple[str, ...] | None = None) -> list[tuple]:
    """(uuid, ext_id, length, seq, status) rows in import order."""
    where, params = _where(annotator, status, text, matches)
    sql = "SELECT d.uuid, d.ext_id, length(d.text), d.seq, coalesce(s.status, 'new')" + where + " ORDER BY d.seq LIMIT ? OFFSET ?"
    return [tuple(r) for r in project.sql(sql, params + [limit, offset])]


def position_of(project: Project, annotator: str | None, status: str | None, text: str, document: str, matches: tuple[str, ...] | None = None) -> int | None:
    """The 0-based row of `document` in the filtered list, or None when filtered out."""
    where, params = _where(annotator, status, text, matches)
    row = project.sql("SELECT d.seq" + where + " AND d.uuid = ?", params + [document]).fetchone()
    if row is None:
        return None
    return project.sql("SELECT count(*)" + where + " AND d.seq < ?", params + [row[0]]).fetchone()[0]


def statuses_of(project: Project, annotator: str | None, documents: list[str]) -> dict[str, str]:
    if not documents or annotator is None:
        return {}
    marks = ",".join("?" * len(documents))
    rows = project.sql(f"SELECT document, status FROM status WHERE annotator = ? AND deleted = 0 AND document IN ({marks})", [annotator, *documents])
    return dict(rows.fetchall())


def next_undone(project: Project, annotator: str, after_seq: int) -> str | None:
    """The first document after `after_seq` (wrapping round) that this annotator has not
    marked done, or None when every document is done."""
    where, params = _where(annotator, None, "")
    sql = "SELECT d.uuid" + where + " AND coalesce(s.status, 'new') <> 'done' AND d.seq {} ? ORDER BY d.seq LIMIT 1"
    row = project.sql(sql.format(">"), params + [after_seq]).fetchone() or project.sql(sql.format("<="), params + [after_seq]).fetchone()
    return row[0] if row else None


def seq_of(project: Project, document: str) -> int:
    return project.document(document).seq
