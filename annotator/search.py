"""Project-wide search: Devanagari or Roman queries, folded matching, hits as code-point offsets;
and the same matching over the annotators' notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from annotator.notes import NoteEntry, list_notes
from annotator.project import Project
from annotator.text import find_folded, search_key

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_CHUNK = 500


@dataclass(frozen=True)
class Hit:
    document: str  # uuid
    ext_id: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"document": self.ext_id, "start": self.start, "end": self.end, "text": self.text}


def is_roman(query: str) -> bool:
    """A query with no Devanagari letter is matched phonetically against the romanisation."""
    return not _DEVANAGARI.search(query)


def find_in_text(text: str, query: str, *, whole_words: bool = False) -> list[tuple[int, int]]:
    """Hits of `query` in one text: folded matching for Devanagari (nukta, joiners, NFC/NFD,
    chandrabindu/anusvara, anusvara/nasal consonant, digits), inside words too (a hit widened
    to whole aksharas: मिश्र finds मिश्रा) unless `whole_words`; phonetic whole-word matching
    for Roman (see annotator.roman_query)."""
    if is_roman(query):
        from annotator.roman_query import find_key_matches

        hits = find_key_matches(text, query, whole_words=True)
        if not hits and query.strip().isdigit():
            hits = find_folded(text, query)
        return hits
    from annotator.roman_query import devanagari_variants

    found = {hit for v in devanagari_variants(query) for hit in find_folded(text, v, widen=not whole_words)}
    if whole_words:
        found = {(s, e) for s, e in found if _whole_word(text, s, e)}
    return sorted(found)


# The index is a derived cache, not part of the stored project: an FTS5 table of each
# document's folded text and phonetic Roman key, with a trigram tokenizer so any substring of
# three or more characters is looked up through the index. Documents never change their text,
# so rows never go stale; it is filled on the first search and after each import.
# Raw SQL in this module: the FTS5 index is a virtual table outside the models (made here,
# not by a migration, so it can be rebuilt at will), keyed by the document's hidden rowid.
# The table name carries the key's version: rows keyed by an older roman_key would miss
# matches, so a new key gets a new table, filled afresh, and the older tables are dropped.
_TABLE = "search_fts3"
_OLD_TABLES = ("search_fts", "search_fts2")
_INDEX_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TABLE} USING fts5("
    "fold, roman, tokenize='trigram', detail='none')"
)


def _ensure_table(project: Project) -> None:
    for old in _OLD_TABLES:
        if project.sql("SELECT 1 FROM sqlite_master WHERE name = ?", (old,)).fetchone():
            project.sql(f"DROP TABLE {old}")
    project.sql(_INDEX_DDL)


def _indexed_up_to(project: Project) -> int:
    # Documents are only ever appended (deletions are tombstones), so the index covers every
    # document up to the highest rowid it holds.
    _ensure_table(project)
    return project.sql(f"SELECT coalesce(max(rowid), 0) FROM {_TABLE}").fetchone()[0]


def missing_index(project: Project) -> int:
    return project.sql("SELECT count(*) FROM document WHERE rowid > ?", (_indexed_up_to(project),)).fetchone()[0]


def build_index(project: Project, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Add index rows for documents that have none; returns how many were added. Safe to stop
    at any point: each chunk is its own transaction and the next call carries on."""
    from annotator.translit import roman_key

    total = missing_index(project)
    done = 0
    while done < total:
        rows = project.sql("SELECT rowid, text FROM document WHERE rowid > ? ORDER BY rowid LIMIT ?", (_indexed_up_to(project), _CHUNK)).fetchall()
        if not rows:
            break
        keyed = [(rowid, search_key(text), " " + roman_key(text) + " ") for rowid, text in rows]
        with project.atomic():
            # executemany of plain SQL: thousands of index rows per chunk.
            project.db.cursor().executemany(f"INSERT INTO {_TABLE} (rowid, fold, roman) VALUES (?, ?, ?)", keyed)
        done += len(rows)
        if progress:
            progress(done, total)
    return done


def _like(key: str) -> str:
    return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _candidates(project: Project, query: str) -> Iterator[tuple[str, str, str]]:
    """Documents whose index row holds one of the query's patterns (a superset of the true hits)."""
    column, patterns = "fold", []
    if is_roman(query):
        from annotator.roman_query import like_patterns, query_words

        # keys hold only letters, digits, '=' and spaces: the patterns need no escaping
        patterns, column = like_patterns(query_words(query)), "roman"
    if not patterns:
        from annotator.roman_query import devanagari_variants

        column = "fold"
        patterns = [_like(k) for k in dict.fromkeys(search_key(v) for v in devanagari_variants(query)) if k]
    if not patterns:
        return iter(())
    # Each trigram LIKE must reach the FTS5 table as written for its index to answer it, so
    # alternatives are a UNION of single-LIKE selects, not an OR.
    union = " UNION ".join([f"SELECT rowid FROM {_TABLE} WHERE {column} LIKE ? ESCAPE '\\'"] * len(patterns))
    return iter(
        project.sql(
            f"SELECT d.uuid, d.ext_id, d.text FROM document d WHERE d.deleted = 0 AND d.rowid IN ({union}) ORDER BY d.seq",
            tuple(patterns),
        )
    )


def search(project: Project, query: str, *, limit: int = 10_000, progress: Callable[[int, int], None] | None = None) -> list[Hit]:
    """Every hit of `query` in the project, by document in import order, at most `limit`."""
    if not query.strip():
        return []
    build_index(project, progress=progress)
    hits: list[Hit] = []
    for uuid, ext_id, text in _candidates(project, query):
        for start, end in find_in_text(text, query):
            hits.append(Hit(uuid, ext_id, start, end, text[start:end]))
            if len(hits) >= limit:
                return hits
    return hits


def search_notes(project: Project, query: str, *, layer: str | None = None) -> list[NoteEntry]:
    """The notes (of every layer, or of annotator `layer`) whose text holds `query`, matched as
    a document's text is (folded Devanagari, phonetic Roman), or as plain text ignoring case
    (a note in English), in `notes.list_notes` order. Notes are few: no index is needed."""
    if not query.strip():
        return []
    folded = query.casefold()
    return [n for n in list_notes(project, layer=layer) if n.text and (folded in n.text.casefold() or find_in_text(n.text, query))]


@dataclass(frozen=True)
class Suggestion:
    """A place where a span's surface form occurs again and this layer has no such span yet."""

    document: str
    start: int
    end: int
    label: str
    text: str


def _whole_word(text: str, start: int, end: int) -> bool:
    from annotator.text import word_at

    first = word_at(text, start)
    last = word_at(text, end - 1)
    return first is not None and last is not None and first[0] == start and last[1] == end


def occurrences(project: Project, *, span: str, scope: str = "document") -> list[Suggestion]:
    """Other whole-word occurrences (folded) of `span`'s surface form in its document, or in
    every document with scope='project', that the same layer has not already labelled the
    same way. Nothing is applied: the caller offers each one for acceptance (edits.add_span)."""
    source = project.span(span)
    if source is None or source.deleted:
        return []
    surface = project.text(source.document)[source.start : source.end]
    if scope == "document":
        docs = [(source.document, project.text(source.document))]
    elif scope == "project":
        build_index(project)
        docs = [(uuid, text) for uuid, _, text in _candidates(project, surface)]
    else:
        raise ValueError(f"unknown scope {scope!r}; use document or project")
    out: list[Suggestion] = []
    for doc, text in docs:
        taken = {(s.start, s.end) for s in project.spans(doc, source.annotator) if s.label == source.label}
        for start, end in find_folded(text, surface, widen=False):
            if (start, end) in taken or not _whole_word(text, start, end):
                continue
            out.append(Suggestion(doc, start, end, source.label, text[start:end]))
    return out
