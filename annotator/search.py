"""Project-wide search: Devanagari or Roman queries, folded matching, hits as code-point offsets;
and the same matching over the annotators' notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import product

from annotator import search_index as index
from annotator.notes import NoteEntry, list_notes
from annotator.project import Project
from annotator.search_index import build_index, missing_index
from annotator.text import find_folded, search_key

__all__ = ["Hit", "build_index", "find_in_text", "is_roman", "missing_index", "occurrences", "search", "search_notes"]

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_MAX_PHRASES = 64  # phrases listed for a multi-word query's alternatives, beyond: words ANDed


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

    return _find_variants(text, devanagari_variants(query), whole_words)


def _find_variants(text: str, variants: list[str], whole_words: bool) -> list[tuple[int, int]]:
    found = {hit for v in variants for hit in find_folded(text, v, widen=not whole_words)}
    if whole_words:
        found = {(s, e) for s, e in found if _whole_word(text, s, e)}
    return sorted(found)


def search(project: Project, query: str, *, limit: int = 10_000, progress: Callable[[int, int], None] | None = None) -> list[Hit]:
    """Every hit of `query` in the project, by document in import order, at most `limit`: for
    each document, exactly find_in_text's hits, found through the index (annotator.search_index)."""
    if not query.strip():
        return []
    build_index(project, progress=progress)
    found = _roman_hits(project, query) if is_roman(query) else _devanagari_hits(project, query)
    hits: list[Hit] = []
    for uuid, ext_id, text, spans in found:
        for start, end in spans:
            hits.append(Hit(uuid, ext_id, start, end, text[start:end]))
            if len(hits) >= limit:
                return hits
    return hits


_DocHits = Iterator[tuple[str, str, str, list[tuple[int, int]]]]  # uuid, ext_id, text, hits


def _devanagari_hits(project: Project, query: str) -> _DocHits:
    from annotator.roman_query import devanagari_variants

    variants = devanagari_variants(query)
    rowids = index.candidates(project, folded=[search_key(v) for v in variants])
    for uuid, ext_id, text in index.documents(project, rowids, words=False):
        yield uuid, ext_id, text, _find_variants(text, variants, False)


def _roman_hits(project: Project, query: str) -> _DocHits:
    """find_in_text's Roman matching run on each candidate's stored word keys: the words that
    match the query word by word or as a compound, else (a query of digits) the folded digits
    anywhere in the text."""
    from annotator.roman_query import KeyMatcher, disjoint, query_forms, query_words

    forms = [query_words(form) for form in query_forms(query)]  # "a and b": a-b, a और b ...
    matchers = [KeyMatcher(wanted, partial(index.known_keys, project)) for wanted in forms]
    digits = query.strip().isdigit()
    expression = " OR ".join(e for e in (_match_expression(project, wanted) for wanted in forms) if e)
    rowids = index.candidates(project, words=expression, folded=[search_key(query)] if digits else [])
    for uuid, ext_id, text, keys, packed in index.documents(project, rowids, words=True):
        found: list[tuple[int, int]] = []
        offsets = _LazySpans(packed, keys.count(" ") + 1)
        surface = lambda j, o=offsets, t=text: t[o[2 * j] : o[2 * j + 1]]  # noqa: E731
        if runs := disjoint(run for matcher in matchers for run in matcher.runs_in(keys, surface)):
            found = [(offsets[2 * i], offsets[2 * j - 1]) for i, j in runs]
        if not found and digits:
            found = find_folded(text, query)
        yield uuid, ext_id, text, found


class _LazySpans:
    """A document's packed word spans, unpacked on the first look (most candidates have no match)."""

    def __init__(self, packed: bytes, words: int) -> None:
        self.packed, self.words, self.offsets = packed, words, None

    def __getitem__(self, i: int) -> int:
        if self.offsets is None:
            self.offsets = index.spans(self.packed, self.words)
        return self.offsets[i]


def _match_expression(project: Project, wanted: list[tuple[str, ...]]) -> str:
    """An FTS5 query over the words table that every document with a match satisfies: the
    query's words side by side (each with its alternatives), or one of its compound runs.
    Keys no document has are left out first, so the phrases stay few."""
    from annotator.roman_query import compound_parts

    if not wanted:
        return ""
    known = partial(index.known_keys, project)
    have = known({k for alts in wanted for k in alts})
    present = [tuple(k for k in alts if k in have) for alts in wanted]
    terms = [index.phrase(run) for run in compound_parts(wanted, known)]
    if all(present):
        combos = 1
        for alts in present:
            combos *= len(alts)
        if combos <= _MAX_PHRASES:
            terms += [index.phrase(c) for c in product(*present)]
        else:  # too many to list: every word present somewhere, checked word by word after
            groups = ("(" + " OR ".join(index.phrase((k,)) for k in alts) + ")" for alts in present)
            terms.append("(" + " AND ".join(groups) + ")")
    return " OR ".join(terms)


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
        rowids = index.candidates(project, folded=[search_key(surface)])
        docs = [(uuid, text) for uuid, _, text in index.documents(project, rowids, words=False)]
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
