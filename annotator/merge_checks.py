"""Checks every row a merge brings in, as strictly as an import checks a file.

`bad_rows` looks at one attached source (`src`, an SQLite schema name on the project's
connection) and returns one line per row that must not enter the project, in the form
`FILE: span <uuid> in document <ext_id>: reason`. Live rows get the full checks (offsets
inside the text and on grapheme-cluster boundaries, labels and relation types the scheme
allows, a relation's spans in its own document and layer, a document's text matching its
hash, an annotator's kind matching ours, a note's text and its target in its own document and
layer, an attribute's value by the scheme and its span in its own document and layer, a
sitting's seconds within a day); tombstones only need their references to resolve.
The uuids of the bad rows, and of every row that depends on one, are put in the temp table
`_merge_bad`, so a merge with skip_bad can leave them out by filter.

Cheap checks run in SQL (SQLite's length() of TEXT counts code points, like Python's len);
grapheme boundaries need Python and are checked only for spans whose document and offsets
differ from the same span's row here (a row the project already holds was checked before).
"""

from __future__ import annotations

from collections.abc import Callable

from annotator import attributes, store
from annotator.merge_source import Source
from annotator.notes import KINDS, note_problem
from annotator.project import Project
from annotator.scheme import Scheme
from annotator.text import check_span, is_cluster_boundary, sha256_text

BAD_TABLE = "temp._merge_bad"


# Raw SQL (reset, drop, _mark): _merge_bad is a temp table of the merge's own, with no Model.
def reset(project: Project) -> None:
    """An empty `_merge_bad` table for the next source."""
    project.sql("CREATE TEMP TABLE IF NOT EXISTS _merge_bad (uuid TEXT PRIMARY KEY)")
    project.sql(f"DELETE FROM {BAD_TABLE}")


def drop(project: Project) -> None:
    project.sql(f"DROP TABLE IF EXISTS {BAD_TABLE}")


def _mark(project: Project, uuids: list[str]) -> None:
    # executemany of plain SQL: the marks of one query's rows, written after it was read.
    project.db.cursor().executemany(f"INSERT OR IGNORE INTO {BAD_TABLE} (uuid) VALUES (?)", [(u,) for u in uuids])


def bad_rows(project: Project, src: str, info: Source, scheme: Scheme) -> list[str]:
    """Why rows of `src` cannot be merged (empty when all are fine); fills `_merge_bad`."""
    # Raw SQL: every query reads the source attached as `src` by schema name, which Models bound to one database cannot address.
    reset(project)
    name = str(info.path)
    problems: list[str] = []
    pending: list[tuple[str, str]] = []  # (uuid, line) of the query being read

    def bad(what: str, uuid: str, ext_id: str | None, reason: str) -> None:
        where = f" in document {ext_id}" if ext_id else ""
        pending.append((uuid, f"{name}: {what} {uuid}{where}: {reason}"))

    def flush(*, by_uuid: bool = False) -> None:
        """Mark the bad rows of the query just read (each query is streamed, row by row, and
        may read the table the marks go to, so they are written after it) and list them."""
        if by_uuid:
            pending.sort()
        _mark(project, [u for u, _ in pending])
        problems.extend(line for _, line in pending)
        pending.clear()

    # Annotators: the same annotator must be the same kind of layer on both laptops.
    for uuid, aname, theirs, ours in project.sql(
        f"SELECT s.uuid, s.name, s.kind, t.kind FROM {src}.annotator s JOIN main.annotator t ON t.uuid = s.uuid WHERE s.kind <> t.kind ORDER BY s.uuid"
    ).fetchall():
        bad("annotator", uuid, None, f"{aname!r} is a {theirs!r} layer there but {ours!r} here")
    flush()
    # Documents of a project file: the text must match the hash its id derives from.
    if info.kind == "project":
        for uuid, ext_id, sha, text in project.sql(
            f"SELECT s.uuid, s.ext_id, s.sha256, s.text FROM {src}.document s WHERE s.deleted = 0 AND s.uuid NOT IN (SELECT uuid FROM main.document)"
        ):
            if sha256_text(text) != sha:
                bad("document", uuid, ext_id, "its text does not match its stored SHA-256")
            elif store.document_uuid(sha) != uuid:
                bad("document", uuid, ext_id, "its id is not the one its text's hash gives")
        flush()
    # The text each source document is read against: ours when we have it (merge never
    # rewrites a text), else the source's (a package's documents missing here carry none).
    docs = (
        f"SELECT s.uuid, s.ext_id, coalesce(m.text, s.text) AS text FROM {src}.document s LEFT JOIN main.document m ON m.uuid = s.uuid "
        f"UNION ALL SELECT m.uuid, m.ext_id, m.text FROM main.document m WHERE m.uuid NOT IN (SELECT uuid FROM {src}.document)"
    )
    # A package's rows of documents missing here are refused or left out by skip_missing.
    scope = "s.document IN (SELECT uuid FROM main.document)" if info.kind == "package" else "1"
    annotators = f"SELECT uuid FROM {src}.annotator UNION SELECT uuid FROM main.annotator"
    labels = scheme.entity_names

    def text_of(doc: str) -> str:
        return project.sql(f"SELECT text FROM ({docs}) WHERE uuid = ?", (doc,)).fetchone()[0]

    # Read by document, so only the current document's text is held (its spans are listed
    # by uuid afterwards, as before): memory does not grow with the file.
    texts: dict[str, str] = {}
    for uuid, doc, ext_id, start, end, label, deleted, size, has_ann, dropped in project.sql(
        f'SELECT s.uuid, s.document, d.ext_id, s.start, s."end", s.label, s.deleted, length(d.text), s.annotator IN ({annotators}), '
        f's.document IN (SELECT uuid FROM {BAD_TABLE}) OR s.annotator IN (SELECT uuid FROM {BAD_TABLE}) '
        f"FROM {src}.span s LEFT JOIN ({docs}) d ON d.uuid = s.document "
        f'LEFT JOIN main.span t ON t.uuid = s.uuid WHERE {scope} AND (NOT (t.uuid IS NOT NULL AND t.document = s.document AND t.start = s.start AND t."end" = s."end" AND t.label = s.label) '
        "OR s.document IN (SELECT uuid FROM temp._merge_bad) OR s.annotator IN (SELECT uuid FROM temp._merge_bad)) ORDER BY s.document, s.uuid"
    ):
        reason = _span_problem(texts, text_of, doc, start, end, label, deleted, size, has_ann, dropped, labels)
        if reason:
            bad("span", uuid, ext_id, reason)
    flush(by_uuid=True)
    spans = f"SELECT uuid, document, annotator, label, deleted FROM {src}.span UNION ALL SELECT uuid, document, annotator, label, deleted FROM main.span WHERE uuid NOT IN (SELECT uuid FROM {src}.span)"
    for row in project.sql(
        f"SELECT r.uuid, d.ext_id, r.label, r.deleted, r.document, r.annotator, r.head IN (SELECT uuid FROM temp._merge_bad) OR r.tail IN (SELECT uuid FROM temp._merge_bad), "
        f"h.uuid, h.document, h.annotator, h.label, t.uuid, t.document, t.annotator, t.label, d.uuid "
        f"FROM {src}.relation r LEFT JOIN ({docs}) d ON d.uuid = r.document LEFT JOIN ({spans}) h ON h.uuid = r.head LEFT JOIN ({spans}) t ON t.uuid = r.tail "
        f"WHERE {scope.replace('s.', 'r.')} ORDER BY r.uuid"
    ):
        reason = _relation_problem(scheme, row)
        if reason:
            bad("relation", row[0], row[1], reason)
    flush()
    for uuid, ext_id, has_doc, has_ann in project.sql(
        f"SELECT s.uuid, d.ext_id, d.uuid IS NOT NULL, s.annotator IN ({annotators}) FROM {src}.status s LEFT JOIN ({docs}) d ON d.uuid = s.document "
        f"WHERE {scope} AND (d.uuid IS NULL OR NOT s.annotator IN (" + annotators + ") OR s.document IN (SELECT uuid FROM temp._merge_bad) OR s.annotator IN (SELECT uuid FROM temp._merge_bad)) ORDER BY s.uuid"
    ):
        bad("status", uuid, ext_id, "its document or annotator is missing or left out")
    flush()
    if _has_table(project, src, "work_time"):
        for row in project.sql(
            f"SELECT w.uuid, d.ext_id, d.uuid IS NOT NULL, w.annotator IN ({annotators}), "
            f"w.document IN (SELECT uuid FROM {BAD_TABLE}) OR w.annotator IN (SELECT uuid FROM {BAD_TABLE}), "
            "typeof(w.started_at), w.started_at, typeof(w.seconds), w.seconds, typeof(w.created_at), typeof(w.updated_at), w.created_at, w.updated_at "
            f"FROM {src}.work_time w LEFT JOIN ({docs}) d ON d.uuid = w.document WHERE {scope.replace('s.', 'w.')} ORDER BY w.uuid"
        ):
            reason = _work_time_problem(row)
            if reason:
                bad("work time", row[0], row[1], reason)
        flush()
    if _has_table(project, src, "note"):
        for row in project.sql(_notes_query(src, docs, annotators, scope.replace("s.", "n."))):
            reason = _note_problem(row)
            if reason:
                bad("note", row[0], row[1], reason)
        flush()
    if _has_table(project, src, "attribute"):
        for row in project.sql(_attributes_query(src, docs, annotators, scope.replace("s.", "a."))):
            reason = _attribute_problem(scheme, row)
            if reason:
                bad("attribute", row[0], row[1], reason)
        flush()
    return problems


def _has_table(project: Project, src: str, table: str) -> bool:
    # Raw SQL: sqlite_master of the attached source (a package of an older format lacks the later tables).
    return project.sql(f"SELECT count(*) FROM {src}.sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0] > 0


def _attributes_query(src: str, docs: str, annotators: str, scope: str) -> str:
    """Each incoming attribute with what its checks need: its document, its span (the
    source's version first, else ours) and whether anything it depends on is left out."""
    spans = f"SELECT uuid, document, annotator, label FROM {src}.span UNION ALL SELECT uuid, document, annotator, label FROM main.span WHERE uuid NOT IN (SELECT uuid FROM {src}.span)"
    return (
        f"SELECT a.uuid, d.ext_id, d.uuid, a.annotator IN ({annotators}), "
        f"a.document IN (SELECT uuid FROM {BAD_TABLE}) OR a.annotator IN (SELECT uuid FROM {BAD_TABLE}) OR a.span IN (SELECT uuid FROM {BAD_TABLE}), "
        "a.document, a.annotator, a.span, a.name, a.value, a.deleted, typeof(a.created_at), typeof(a.updated_at), a.created_at, a.updated_at, "
        "x.uuid, x.document, x.annotator, x.label "
        f"FROM {src}.attribute a LEFT JOIN ({docs}) d ON d.uuid = a.document LEFT JOIN ({spans}) x ON x.uuid = a.span "
        f"WHERE {scope} ORDER BY a.uuid"
    )


def _attribute_problem(scheme: Scheme, row: tuple) -> str | None:
    """Why one incoming attribute cannot be merged, or None; the checks of annotator.attributes' verbs."""
    _uuid, _ext, d, has_ann, dropped, doc, ann, span, name, value, deleted, t_created, t_updated, created, updated, x, xdoc, xann, xlabel = row
    if stamps := _bad_stamps(t_created, t_updated, created, updated):
        return stamps
    if d is None:
        return f"its document {doc} is in neither file"
    if not has_ann:
        return "its annotator is in neither file"
    if x is None:
        return f"its span {span} is in neither file"
    if _uuid != store.attribute_uuid(span, name):
        return "its id is not the one its span and name give"
    if dropped:
        return "its document, annotator or span is left out"
    if deleted:
        return None
    if xdoc != doc or xann != ann:
        return "its span is not in its document and annotator's layer"
    try:
        decoded = attributes.decode(value)
    except ValueError:
        return "its value is not JSON"
    return attributes.check(scheme, xlabel, name, decoded)


def _bad_stamps(t_created: str, t_updated: str, created: object, updated: object) -> str | None:
    """Why a row's created_at / updated_at (with their SQLite types) are not stamps, or None."""
    if t_created != "integer" or t_updated != "integer" or created <= 0 or updated < created:
        return f"its timestamps ({created!r}, {updated!r}) are not a creation and a later change in microseconds"
    return None


def _work_time_problem(row: tuple) -> str | None:
    """Why one incoming sitting (annotator.worktime) cannot be merged, or None."""
    uuid, _ext, has_doc, has_ann, dropped, t_start, started, t_seconds, seconds, t_created, t_updated, created, updated = row
    if stamps := _bad_stamps(t_created, t_updated, created, updated):
        return stamps
    if not _is_uuid(uuid):
        return "its id is not a UUID"
    if not has_doc:
        return "its document is in neither file"
    if not has_ann:
        return "its annotator is in neither file"
    if dropped:
        return "its document or annotator is left out"
    if t_start != "integer" or started <= 0:
        return f"its start ({started!r}) is not a time in microseconds"
    if t_seconds != "integer" or not 0 <= seconds <= 86_400:
        return f"its {seconds!r} seconds are not a whole number between 0 and 86400"
    return None


def _is_uuid(text: object) -> bool:
    import uuid as uuidlib

    try:
        return isinstance(text, str) and str(uuidlib.UUID(text)) == text
    except ValueError:
        return False


def _notes_query(src: str, docs: str, annotators: str, scope: str) -> str:
    """Each incoming note with what its checks need: its document, its target (span or relation,
    the source's version first, else ours) and whether anything it depends on is left out."""
    targets = " UNION ALL ".join(
        f"SELECT uuid, document, annotator, '{t}' AS kind FROM {src}.{t} UNION ALL "
        f"SELECT uuid, document, annotator, '{t}' FROM main.{t} WHERE uuid NOT IN (SELECT uuid FROM {src}.{t})"
        for t in ("span", "relation")
    )
    return (
        f"SELECT n.uuid, d.ext_id, d.uuid, n.annotator IN ({annotators}), "
        f"n.document IN (SELECT uuid FROM {BAD_TABLE}) OR n.annotator IN (SELECT uuid FROM {BAD_TABLE}) OR n.target IN (SELECT uuid FROM {BAD_TABLE}), "
        "n.document, n.annotator, n.target_kind, n.target, n.text, n.unsure, n.deleted, typeof(n.created_at), typeof(n.updated_at), n.created_at, n.updated_at, "
        "x.uuid, x.document, x.annotator "
        f"FROM {src}.note n LEFT JOIN ({docs}) d ON d.uuid = n.document LEFT JOIN ({targets}) x ON x.uuid = n.target AND x.kind = n.target_kind "
        f"WHERE {scope} ORDER BY n.uuid"
    )


def _note_problem(row: tuple) -> str | None:
    """Why one incoming note cannot be merged, or None; the checks of annotator.notes' verbs."""
    _uuid, _ext, d, has_ann, dropped, doc, ann, kind, target, text, unsure, deleted, t_created, t_updated, created, updated, x, xdoc, xann = row
    if stamps := _bad_stamps(t_created, t_updated, created, updated):
        return stamps
    if d is None:
        return f"its document {doc} is in neither file"
    if not has_ann:
        return "its annotator is in neither file"
    if kind not in KINDS:
        return f"it is on a {kind!r}, not a span, a relation or a document"
    if _uuid != store.note_uuid(target, ann):
        return "its id is not the one its target and annotator give"
    if kind == "document" and target != doc:
        return "a document note must name its own document"
    if kind != "document" and x is None:
        return f"its {kind} {target} is in neither file"
    if dropped:
        return "its document, annotator or target is left out"
    if deleted:
        return None
    if kind != "document" and xdoc != doc:
        return f"its {kind} is not in its document"
    if kind != "document" and xann != ann:
        return f"its {kind} is not in its annotator's layer"
    if not text and not unsure:
        return "it holds neither a note nor the unsure flag"
    return note_problem(text) if text else None


def _span_problem(
    texts: dict[str, str], text_of: Callable[[str], str], doc: str, start: int, end: int, label: str, deleted: int, size: int | None, has_ann: int, dropped: int, labels: frozenset[str]
) -> str | None:
    """Why one incoming span cannot be merged, or None; the checks of edits.add_span."""
    if size is None:
        return f"its document {doc} is in neither file"
    if not has_ann:
        return "its annotator is in neither file"
    if dropped:
        return "its document or annotator is left out"
    if deleted:
        return None  # a tombstone only needs its references
    if label not in labels:
        return f"unknown entity label {label!r}"
    if not (0 <= start < end <= size):
        return f"offsets {start}-{end} are outside the text of {size} characters"
    if doc not in texts:  # one read per document, only for documents with changed spans
        texts.clear()  # the spans come by document: the one before is done
        texts[doc] = text_of(doc)
    text = texts[doc]
    if is_cluster_boundary(text, start) and is_cluster_boundary(text, end):
        return None
    return check_span(text, start, end)


def _relation_problem(scheme: Scheme, row: tuple) -> str | None:
    """Why one incoming relation cannot be merged, or None; the checks of edits.add_relation."""
    _uuid, _ext, label, deleted, doc, ann, dropped, h, hdoc, hann, hlabel, t, tdoc, tann, tlabel, d = row
    if d is None:
        return f"its document {doc} is in neither file"
    if h is None or t is None:
        return f"its {'head' if h is None else 'tail'} span is in neither file"
    if dropped:
        return "one of its spans is left out"
    if deleted:
        return None
    rtype = scheme.relation(label)
    if rtype is None:
        return f"unknown relation type {label!r}"
    if h == t:
        return "a relation needs two different spans"
    if not (hdoc == tdoc == doc):
        return "its spans are not in its document"
    if not (hann == tann == ann):
        return "its spans are not in its annotator's layer"
    if not rtype.allows(hlabel, tlabel):
        return f"the scheme does not allow {label} from {hlabel} to {tlabel}"
    return None
