"""CoNLL IOB2 (`token<TAB>tag` per line), reading and writing.

Reading: a blank line ends a sentence. When the file has `-DOCSTART-` lines, they separate
documents and the sentences between them form one document; without them (HiNER, WikiANN)
every blank-line block is a document of its own. Either way a document's text is its tokens
joined with single spaces, and entity offsets are computed in that text. Columns are split
at tabs, or at spaces when a line has no tab; the token is the first column and the tag the
last, so CoNLL-2003's four columns read too. An I- tag that does not continue an entity of
its label starts one (the standard IOB2 repair, which also reads IOB1); repairs are counted.

Writing: one block per document, a blank line after each, which a reader of this module turns
back into the same documents. With `sentences`, every document starts with `-DOCSTART-` and
each sentence (ending at । ॥ ? ! or .) is a block. Overlapping spans cannot be written: the
longest is kept and the others reported; spans that do not align with the tokens and
relations are reported as left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import regex

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import READ_BLOCK, EntityRec, ExportContext, ExportDoc, ParseResult, Record, Sink, cannot_read, file_stem, scan_input, stream_lines
from annotator.formats.tags import iob2_tags, longest_first, spans_from_tags
from annotator.formats.tokenize import Alignment

DOCSTART = "-DOCSTART-"
SENTENCE_END = frozenset("।॥?!.")

LEFT_OUT = "spans do not align with the tokens and were left out"
OVERLAP = "overlapping spans were left out (the longest of each overlapping group is kept)"
NO_RELATIONS = "relations were left out (the format holds none)"
NO_TOKENS = "documents have no tokens and were left out"
CHANGED_TEXT = "texts will read back different: the format keeps tokens, and an import joins them with single spaces"
CHANGED_SURFACE = "spans' texts will read back different (their tokens joined with single spaces)"
JOINS_SPACE = "tokens begin with a combining character (a matra or joiner after a line break?); read back, each joins the space before it"
# A character that never begins a grapheme cluster: after the space a reader puts between
# tokens, it would become part of that space's cluster.
_EXTENDS = regex.compile(r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=SpacingMark}\p{Grapheme_Cluster_Break=ZWJ}]")


# -- reading ------------------------------------------------------------------------------


def _has_docstart(path: Path) -> bool:
    """Whether a line of the file is a `-DOCSTART-` line (then it separates documents):
    the bytes are searched first, and the lines only when the word occurs at all."""
    needle, tail = DOCSTART.encode("ascii"), b""
    with open(path, "rb") as f:
        while True:
            block = f.read(READ_BLOCK)
            if not block:
                return False
            if needle in tail + block:
                break
            tail = block[-len(needle) :]
    return any(line.startswith(DOCSTART) and line.split(maxsplit=1)[0] == DOCSTART for line in stream_lines(path))


class _Document:
    """Sentences of (token, tag, line) gathered for one document."""

    def __init__(self) -> None:
        self.sentences: list[list[tuple[str, str, int]]] = []
        self.current: list[tuple[str, str, int]] = []
        self.bad = False

    def end_sentence(self) -> None:
        if self.current:
            self.sentences.append(self.current)
            self.current = []


def build_record(file: str, ext_id: str, sentences: list[list[tuple[str, str, int]]], meta: dict) -> Record | Problem:
    """One document from tagged sentences: tokens joined by single spaces, IOB2 decoded per
    sentence (an entity never crosses a sentence)."""
    tokens = [token for sentence in sentences for token, _, _ in sentence]
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    entities: list[EntityRec] = []
    notes: list[str] = []
    base = 0  # index of the sentence's first token in the document
    for sentence in sentences:
        decoded = spans_from_tags([tag for _, tag, _ in sentence])
        if decoded.bad:
            i, message = decoded.bad[0]
            return Problem(file, sentence[i][2], message)
        if decoded.repairs:
            template = QT_TRANSLATE_NOOP("core", "{where}: {count} I- tag(s) without a B- read as beginning an entity")
            notes.append(Message(template, where=f"{file}:{sentence[0][2]}", count=decoded.repairs))
        for first, last, label in decoded.spans:
            end = starts[base + last] + len(tokens[base + last])
            entities.append(EntityRec(starts[base + first], end, label, f"T{len(entities) + 1} (line {sentence[first][2]})"))
        base += len(sentence)
    return Record(file, sentences[0][0][2], ext_id, " ".join(tokens), meta, entities, notes=notes)


def parse_conll(path: Path) -> ParseResult:
    """Yield one Record per document (see the module's rules) or a Problem per bad line."""
    problem = scan_input(path)
    if problem is not None:
        yield problem
        return
    file, stem = str(path), file_stem(path)
    # A line ending is the file's, not the text's: the text is rebuilt from the tokens.
    try:
        by_docstart = _has_docstart(path)
        yield from _documents(path, file, stem, by_docstart)
    except OSError as exc:  # the file went away or changed after the scan
        yield Problem(file, None, cannot_read(exc))
    except InputError as exc:
        yield exc.problem


def _documents(path: Path, file: str, stem: str, by_docstart: bool) -> ParseResult:
    count = 0
    doc = _Document()

    def finish(doc: _Document):
        nonlocal count
        doc.end_sentence()
        if doc.sentences and not doc.bad:
            count += 1
            return build_record(file, f"{stem}-{count}", doc.sentences, {"source": path.name})
        return None

    for number, line in enumerate(stream_lines(path), start=1):
        if not line or line.isspace():
            if by_docstart:
                doc.end_sentence()
                continue
            done = finish(doc)
            if done is not None:
                yield done
            doc = _Document()
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if cols[0] == DOCSTART and by_docstart:
            done = finish(doc)
            if done is not None:
                yield done
            doc = _Document()
            continue
        if len(cols) < 2:
            yield Problem(file, number, Message(QT_TRANSLATE_NOOP("core", "expected 'token<TAB>tag' (or columns split by spaces, the tag last)")))
            doc.bad = True
            continue
        token, tag = cols[0], cols[-1].strip()
        if not token or token.isspace():
            yield Problem(file, number, Message(QT_TRANSLATE_NOOP("core", "the token is empty")))
            doc.bad = True
            continue
        doc.current.append((token, tag, number))
    done = finish(doc)
    if done is not None:
        yield done


# -- writing ------------------------------------------------------------------------------


def tagged_tokens(doc: ExportDoc, ctx: ExportContext) -> tuple[list[tuple[int, int]], list[str]]:
    """The document's tokens and their IOB2 tags, reporting every span that cannot be tagged."""
    tokens = ctx.tokenize(doc.text)
    for s, e in tokens:
        if _EXTENDS.match(doc.text, s):
            ctx.notes.add(JOINS_SPACE, f"{doc.ext_id}:{s} {doc.text[s:e]!r}")
    align = Alignment(tokens)
    aligned: list[tuple[int, int, str]] = []  # (first token, last token, label)
    entity_of: list[int] = []
    for k, e in enumerate(doc.entities):
        where = align.span(e.start, e.end)
        if where is None:
            ctx.notes.entity(f"{LEFT_OUT} ({ctx.tokenizer.label})", doc, e)
            continue
        aligned.append((where[0], where[1], e.label))
        entity_of.append(k)
    # the longest in characters, as for spaCy's entities
    kept = set(longest_first([(doc.entities[k].start, doc.entities[k].end, doc.entities[k].label) for k in entity_of]))
    for i, k in enumerate(entity_of):
        if i not in kept:
            ctx.notes.entity(OVERLAP, doc, doc.entities[k])
    _count_rebuilt(doc, tokens, [(aligned[i], doc.entities[entity_of[i]]) for i in sorted(kept)], ctx)
    for r in doc.relations:
        ctx.notes.add(NO_RELATIONS, f"{doc.ext_id}: {r.label}")
    return tokens, iob2_tags(len(tokens), [aligned[i] for i in sorted(kept)])


def _count_rebuilt(doc: ExportDoc, tokens: list[tuple[int, int]], kept: list, ctx: ExportContext) -> None:
    """Count the texts, and the spans' texts, that a reader rebuilding text from these tokens
    (joined by single spaces) will not get back as stored."""
    text = doc.text
    rebuilt = " ".join(text[s:e] for s, e in tokens)
    if rebuilt == text:
        return
    first = next((i for i, (a, b) in enumerate(zip(rebuilt, text)) if a != b), min(len(rebuilt), len(text)))
    # From the word before the first difference (the two agree up to it), so no akshara is cut there.
    start = text.rfind(" ", 0, max(0, first - 1)) + 1
    ctx.notes.add(CHANGED_TEXT, f"{doc.ext_id}: {text[start : first + 12]!r} -> {rebuilt[start : first + 12]!r}")
    for (a, b, _), e in kept:
        surface = " ".join(text[s:t] for s, t in tokens[a : b + 1])
        if surface != text[e.start : e.end]:
            ctx.notes.add(CHANGED_SURFACE, f"{doc.ext_id}:{e.start}-{e.end} {e.label} {text[e.start : e.end]!r} -> {surface!r}")


def sentence_ends(doc: ExportDoc, tokens: list[tuple[int, int]], tags: list[str]) -> list[int]:
    """Token indices after which a sentence ends: a token made only of । ॥ ? ! . that is not
    followed by the inside of an entity."""
    ends = []
    for i, (s, e) in enumerate(tokens[:-1]):
        if set(doc.text[s:e]) <= SENTENCE_END and not tags[i + 1].startswith("I-"):
            ends.append(i)
    return ends


class ConllSink:
    keeps = frozenset({"annotations"})

    def __init__(self, out: Path, ctx: ExportContext):
        self._file: IO[str] = open(out, "w", encoding="utf-8", newline="\n")
        self._ctx = ctx

    def write(self, doc: ExportDoc) -> None:
        tokens, tags = tagged_tokens(doc, self._ctx)
        if not tokens:
            self._ctx.notes.add(NO_TOKENS, doc.ext_id)
            return
        text, f = doc.text, self._file
        breaks = set(sentence_ends(doc, tokens, tags)) if self._ctx.sentences else set()
        if self._ctx.sentences:
            f.write(f"{DOCSTART}\tO\n\n")
        for i, ((s, e), tag) in enumerate(zip(tokens, tags)):
            f.write(f"{text[s:e]}\t{tag}\n")
            if i in breaks:
                f.write("\n")
        f.write("\n")

    def close(self) -> None:
        self._file.close()


class ConllWriter:
    name = "conll"
    folder = False

    def outputs(self, out: Path) -> list[Path]:
        return [out]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return ConllSink(out, ctx)


WRITER = ConllWriter()
