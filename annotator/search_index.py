"""The project-wide search index: a derived cache beside the models, filled on the first search
and after each import, rebuilt at will.

Three tables, keyed by the document's hidden rowid:
- the keys table holds each document's word keys (annotator.translit_key.word_keys), space-
  separated in text order, and the words' code-point spans packed as one array;
- the words table, an FTS5 index over those keys (external content: it stores no copy),
  one token per word, positions kept for phrases. A Roman query is answered by token and
  phrase lookups, and each candidate is checked on its stored keys (roman_query.KeyMatcher):
  no text is romanised at query time;
- the fold table holds each document's folded text (text.search_key) under a trigram
  tokenizer, so a Devanagari query (matched inside words too) is any substring of three or
  more characters looked up through the index.

The table names carry KEY_VERSION: rows made by another key would miss matches, so a new key
(or a new layout) gets new tables, filled afresh, and the older ones are dropped. Documents
never change their text and are only ever appended (deletions are tombstones, checked at
query time), so rows never go stale. Raw SQL throughout: the tables are a cache
outside the models (made here, not by a migration)."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import NamedTuple

from annotator.project import Project
from annotator.text import fold_members, search_key

KEY_VERSION = 6  # bump whenever annotator.translit_key's key (word_key) or this layout changes


class Tables(NamedTuple):
    keys: str  # plain table: doc (the document's rowid), keys, spans
    words: str  # FTS5 over keys.keys (external content: the index only)
    fold: str  # FTS5 trigram over the folded text


def tables() -> Tables:
    """This version's table names."""
    return Tables(f"search_keys{KEY_VERSION}", f"search_words{KEY_VERSION}", f"search_fold{KEY_VERSION}")


def _ddl(t: Tables) -> tuple[str, ...]:
    # Keys are letters, digits and '=' (acronyms); the ascii tokenizer keeps every non-ASCII
    # character inside a token, so each key is exactly one token. detail=full for phrases.
    # The keys and spans live in a plain table, read by rowid faster than through FTS5.
    return (
        f"CREATE TABLE IF NOT EXISTS {t.keys} (doc INTEGER PRIMARY KEY, keys TEXT NOT NULL, spans BLOB NOT NULL)",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {t.words} USING fts5(keys, content = '{t.keys}', content_rowid = 'doc', "
        "tokenize = \"ascii tokenchars '='\", detail = full)",
        # contentless: a query's trigrams are looked up, and every candidate is checked on its text
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {t.fold} USING fts5(fold, content = '', tokenize = 'trigram', detail = 'none')",
    )


# Every version's tables (FTS5's own shadow tables go with their virtual table).
_OURS = (
    "(sql LIKE 'CREATE VIRTUAL TABLE%' AND (name GLOB 'search_fts*' OR name GLOB 'search_words*' OR name GLOB 'search_fold*'))"
    " OR (sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name GLOB 'search_keys*')"
)
_CHUNK = 500
_BATCH = 200  # candidate documents read per query while hits are collected
SORT_AT_MOST = 5_000  # candidates put in import order by sorting them; beyond, by the seq index


def ensure_tables(project: Project) -> None:
    """Create this version's tables; drop any other version's."""
    current = tables()
    for (name,) in project.sql(f"SELECT name FROM sqlite_master WHERE type = 'table' AND ({_OURS})").fetchall():
        if name not in current:
            project.sql(f'DROP TABLE "{name}"')
    for ddl in _ddl(current):
        project.sql(ddl)


def _indexed_up_to(project: Project) -> int:
    # The tables are written in one transaction per chunk, so the keys table tells for all.
    ensure_tables(project)
    return project.sql(f"SELECT coalesce(max(doc), 0) FROM {tables().keys}").fetchone()[0]


def missing_index(project: Project) -> int:
    """How many documents have no index rows yet."""
    return project.sql("SELECT count(*) FROM document WHERE rowid > ?", (_indexed_up_to(project),)).fetchone()[0]


def build_index(project: Project, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Add index rows for documents that have none; returns how many were added. Safe to stop
    at any point: each chunk is its own transaction and the next call carries on."""
    total = missing_index(project)
    done = 0
    while done < total:
        rows = project.sql(
            "SELECT rowid, text FROM document WHERE rowid > ? ORDER BY rowid LIMIT ?", (_indexed_up_to(project), _CHUNK)
        ).fetchall()
        if not rows:
            break
        words = [(rowid, *pack_words(text)) for rowid, text in rows]
        folds = [(rowid, search_key(text)) for rowid, text in rows]
        t = tables()
        with project.atomic():
            # executemany of plain SQL: thousands of index rows per chunk.
            cursor = project.db.cursor()
            cursor.executemany(f"INSERT INTO {t.keys} (doc, keys, spans) VALUES (?, ?, ?)", words)
            cursor.executemany(f"INSERT INTO {t.words} (rowid, keys) VALUES (?, ?)", [w[:2] for w in words])
            cursor.executemany(f"INSERT INTO {t.fold} (rowid, fold) VALUES (?, ?)", folds)
        done += len(rows)
        if progress:
            progress(done, total)
    return done


# ----- the stored words ----------------------------------------------------------------------


def pack_words(text: str) -> tuple[str, bytes]:
    """A document's word keys, space-separated, and their (start, end) code points as one
    little-endian array: 16-bit offsets when the text is short enough, else 32-bit."""
    from annotator.translit_key import word_keys

    words = word_keys(text)
    spans = array("H" if len(text) < 1 << 16 else "I", [x for w in words for x in w[:2]])
    if sys.byteorder == "big":
        spans.byteswap()
    return " ".join(w[2] for w in words), spans.tobytes()


def spans(packed: bytes, words: int) -> Sequence[int]:
    """The flat [start0, end0, start1, ...] of a document's `words` stored spans."""
    offsets = array("H" if len(packed) == 4 * words else "I")
    offsets.frombytes(packed)
    if sys.byteorder == "big":
        offsets.byteswap()
    return offsets


# ----- candidates ------------------------------------------------------------------------------


def known_keys(project: Project, keys: set[str]) -> set[str]:
    """The given keys that some indexed document has."""
    words = tables().words
    # One token lookup a key, stopped at its first document (fts5vocab would count them all).
    probe = f"SELECT ? WHERE EXISTS (SELECT 1 FROM {words} WHERE {words} MATCH ?)"
    found: set[str] = set()
    ordered = sorted(keys)
    for k in range(0, len(ordered), 200):
        part = ordered[k : k + 200]
        params = [v for key in part for v in (key, phrase((key,)))]
        found.update(t for (t,) in project.sql(" UNION ALL ".join([probe] * len(part)), tuple(params)))
    return found


def phrase(keys: Sequence[str]) -> str:
    """An FTS5 phrase of consecutive word keys."""
    return '"' + " ".join(keys).replace('"', '""') + '"'


def candidates(project: Project, *, words: str = "", folded: Sequence[str] = ()) -> Iterator[int]:
    """Rowids of live documents, in import order, whose word keys match the FTS5 expression
    `words` or whose folded text may hold one of `folded` (it has the key's trigrams; a key
    too short for one, its characters): every document where text.find_folded finds one."""
    t = tables()
    indexed: list[str] = []  # selects of rowids through an index
    scans: list[str] = []  # conditions on a document's own text, read row by row
    params: list[str] = []
    scan_params: list[str] = []
    if words:
        indexed.append(f"SELECT rowid FROM {t.words} WHERE {t.words} MATCH ?")
        params.append(words)
    for key in dict.fromkeys(k for k in folded if k):
        if len(key) >= 3:
            indexed.append(f"SELECT rowid FROM {t.fold} WHERE {t.fold} MATCH ?")
            params.append(" AND ".join(phrase((g,)) for g in dict.fromkeys(key[i : i + 3] for i in range(len(key) - 2))))
        else:  # no trigram: every text is read, for a character that folds to each of the key's
            members = [fold_members(c) for c in key]
            scans.append(" AND ".join("(" + " OR ".join(["instr(d.text, ?) > 0"] * len(m)) + ")" for m in members))
            scan_params += [c for m in members for c in m]
    if not indexed and not scans:
        return iter(())
    union = " UNION ".join([*indexed, *(f"SELECT d.rowid FROM document d WHERE {cond}" for cond in scans)])
    every = (*params, *scan_params)
    # counted without removing duplicates (UNION would read every select to the end first)
    count = " UNION ALL ".join([*indexed, *(f"SELECT d.rowid FROM document d WHERE {cond}" for cond in scans)])
    many = project.sql(f"SELECT count(*) FROM (SELECT 1 FROM ({count}) LIMIT ?)", (*every, SORT_AT_MOST + 1)).fetchone()[0]
    if many > SORT_AT_MOST:
        # Too many to sort them all for a first page: walk the documents in import order and
        # keep the candidates, a row at a time, so the search stops reading at its limit.
        where = " OR ".join([*([f"d.rowid IN ({' UNION '.join(indexed)})"] if indexed else []), *(f"({c})" for c in scans)])
        select = f"SELECT d.rowid FROM document d INDEXED BY document_live_seq WHERE d.deleted = 0 AND ({where}) ORDER BY d.seq"
    else:
        select = f"SELECT d.rowid FROM ({union}) AS c CROSS JOIN document d ON d.rowid = c.rowid WHERE d.deleted = 0 ORDER BY d.seq"
    return (r for (r,) in project.sql(select, every))


def documents(project: Project, rowids: Iterable[int], *, words: bool) -> Iterator[tuple]:
    """(uuid, ext_id, text) of each document in `rowids`, in that order, read a batch at a
    time so a search that stops at its limit reads no further; with `words`, also its stored
    keys and spans."""
    extra = ", w.keys, w.spans" if words else ""
    join = f" JOIN {tables().keys} w ON w.doc = d.rowid" if words else ""
    rowids = iter(rowids)
    while batch := list(islice(rowids, _BATCH)):
        marks = ",".join("?" * len(batch))
        rows = project.sql(f"SELECT d.rowid, d.uuid, d.ext_id, d.text{extra} FROM document d{join} WHERE d.rowid IN ({marks})", tuple(batch))
        by_rowid = {r[0]: r[1:] for r in rows}
        for rowid in batch:
            yield by_rowid[rowid]
