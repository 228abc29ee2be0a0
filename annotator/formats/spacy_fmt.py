"""spaCy training data, reading and writing: `[text, {"entities": [[start, end, label]],
"spans": {"sc": [[start, end, label]]}}]` per document, or a binary `.spacy` DocBin.

The OUT name picks the form: `.spacy` a DocBin (spaCy must be installed), `.json` one JSON
array, anything else JSON lines. Spans are checked against the export's tokenizer, by default
spaCy's own blank Hindi tokenizer when spaCy is installed: a span that does not align with
the tokens (`Doc.char_span(..., alignment_mode="strict")` would give None) is reported and
left out, because spaCy cannot use it and `Example.from_dict` fails on one in `spans`.
`entities` (and a DocBin's `doc.ents`) hold the longest non-overlapping spans, which is what
spaCy's NER can learn; `spans["sc"]` (`doc.spans["sc"]`) holds every span, overlapping or not,
for spancat; spans only in `sc` are counted in the report. A DocBin's `user_data` keeps the
document id, meta, tokenizer and relations (as indices into `doc.spans["sc"]`), so it reads
back without loss. The JSON forms hold no ids and no relations; reading them numbers the
documents `<file stem>-<n>`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from collections.abc import Iterator
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import EntityRec, ExportContext, ExportDoc, TOO_DEEP, ParseResult, not_json, Record, RelationRec, Sink, file_stem, is_int, scan_input, stream_lines
from annotator.formats.tags import longest_first
from annotator.formats.tokenize import Alignment, doc_tokens

ONLY_IN_SC = "overlapping spans are only in spans['sc'], not in entities (the longest of each overlapping group is)"
LEFT_OUT = "spans do not align with the tokens (strict char_span) and were left out"
NO_RELATIONS = "relations were left out (spaCy's JSON holds none; a .spacy DocBin does)"
REL_LEFT_OUT = "relations were left out because a span of theirs was"
GROUP = "sc"


def _need_spacy():
    try:
        import spacy
    except ImportError:
        from annotator.errors import AnnotatorError

        raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "writing or reading a .spacy DocBin needs spaCy installed (pip install spacy)"))) from None
    return spacy


@lru_cache(maxsize=1)
def _hindi_vocab():
    """A blank Hindi pipeline's vocabulary, made once (it takes a tenth of a second)."""
    return _need_spacy().blank("hi").vocab


# -- JSON ---------------------------------------------------------------------------------


def spacy_item(doc: ExportDoc, ctx: ExportContext) -> str:
    align = Alignment(ctx.tokenize(doc.text))
    triples = []
    for e in doc.entities:
        if align.span(e.start, e.end) is None:
            ctx.notes.entity(f"{LEFT_OUT} ({ctx.tokenizer.label})", doc, e)
        else:
            triples.append((e.start, e.end, e.label))
    kept = longest_first(triples)
    for i in sorted(set(range(len(triples))) - set(kept)):
        ctx.notes.add(ONLY_IN_SC, f"{doc.ext_id}:{triples[i][0]}-{triples[i][1]} {triples[i][2]} {doc.text[triples[i][0]:triples[i][1]]!r}")
    for r in doc.relations:
        ctx.notes.add(NO_RELATIONS, f"{doc.ext_id}: {r.label}")
    annotations = {"entities": [list(triples[i]) for i in kept], "spans": {GROUP: [list(t) for t in triples]}}
    return json.dumps([doc.text, annotations], ensure_ascii=False)


class JsonSink:
    keeps = frozenset({"annotations"})

    def __init__(self, out: Path, ctx: ExportContext, *, array: bool):
        self._file = open(out, "w", encoding="utf-8", newline="\n")
        self._ctx = ctx
        self._array = array
        self._first = True
        if array:
            self._file.write("[")

    def write(self, doc: ExportDoc) -> None:
        if self._array:
            self._file.write("\n" if self._first else ",\n")
        self._file.write(spacy_item(doc, self._ctx))
        if not self._array:
            self._file.write("\n")
        self._first = False

    def close(self) -> None:
        if self._array:
            self._file.write("\n]\n")
        self._file.close()


# -- DocBin -------------------------------------------------------------------------------


class DocBinSink:
    keeps = frozenset({"annotations", "meta", "ids"})  # meta and id in user_data

    def __init__(self, out: Path, ctx: ExportContext):
        _need_spacy()
        from spacy.tokens import DocBin

        self._out = out
        self._ctx = ctx
        self._vocab = _hindi_vocab()
        self._bin = DocBin(store_user_data=True)

    def write(self, doc: ExportDoc) -> None:
        from spacy.tokens import Doc

        ctx, text = self._ctx, doc.text
        laid = doc_tokens(text, ctx.tokenize(text))
        sp = Doc(self._vocab, words=[text[t.start : t.end] for t in laid], spaces=[t.ws for t in laid])
        spans, index = [], {}
        for k, e in enumerate(doc.entities):
            span = sp.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
            if span is None:
                ctx.notes.entity(f"{LEFT_OUT} ({ctx.tokenizer.label})", doc, e)
                continue
            index[k] = len(spans)
            spans.append(span)
        triples = [(s.start_char, s.end_char, s.label_) for s in spans]
        kept = longest_first(triples)
        entity_of = {v: k for k, v in index.items()}
        for i in sorted(set(range(len(spans))) - set(kept)):
            ctx.notes.entity(ONLY_IN_SC, doc, doc.entities[entity_of[i]])
        sp.ents = [spans[i] for i in kept]
        sp.spans[GROUP] = spans
        relations = []
        for r in doc.relations:
            if r.head in index and r.tail in index:
                relations.append([index[r.head], index[r.tail], r.label])
            else:
                ctx.notes.add(REL_LEFT_OUT, f"{doc.ext_id}: {r.label}")
        sp.user_data["id"] = doc.ext_id
        sp.user_data["meta"] = doc.meta
        sp.user_data["tokenizer"] = ctx.tokenizer.meta()
        sp.user_data["relations"] = relations
        self._bin.add(sp)

    def close(self) -> None:
        self._bin.to_disk(self._out)


class SpacyWriter:
    name = "spacy"
    folder = False
    # spaCy's own tokens (a blank Hindi pipeline), so every span written aligns for spaCy
    default_tokenizer = "spacy"

    def outputs(self, out: Path) -> list[Path]:
        return [out]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        suffix = out.suffix.lower()
        if suffix == ".spacy":
            return DocBinSink(out, ctx)
        return JsonSink(out, ctx, array=suffix == ".json")


WRITER = SpacyWriter()


# -- reading ------------------------------------------------------------------------------


def _record(item, *, file: str, line: int | None, ext_id: str, meta: dict) -> Record | Problem:
    if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict)):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", 'expected [text, {{"entities": [[start, end, label], ...]}}]')))
    text, annotations = item
    if not text.strip():
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "the record's text is empty")))
    triples: list = []
    raw = annotations.get("entities", [])
    groups = annotations.get("spans", {})
    if not isinstance(raw, list) or not isinstance(groups, dict) or not all(isinstance(g, list) for g in groups.values()):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'entities' must be a list and 'spans' an object of lists")))
    triples.extend(raw)
    for group in groups.values():
        triples.extend(group)
    entities: list[EntityRec] = []
    seen: set[tuple] = set()
    for i, t in enumerate(triples):
        if isinstance(t, dict):  # the newer dict form
            t = [t.get("start"), t.get("end"), t.get("label")]
        if not (isinstance(t, list) and len(t) == 3 and is_int(t[0]) and is_int(t[1]) and isinstance(t[2], str) and t[2]):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", 'span #{number} must be [start, end, "LABEL"]'), number=i + 1))
        if tuple(t) in seen:
            continue
        seen.add(tuple(t))
        entities.append(EntityRec(t[0], t[1], t[2], f"T{len(entities) + 1}"))
    return Record(file, line, ext_id, text, meta, entities)


class _ArrayError(ValueError):
    """What is wrong with a JSON array, at `line` (None: the file as a whole)."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line


_SKIP = " \t\r\n,"
_KEEP_BELOW = 1 << 20  # characters read on at a time; consumed text is dropped past this many


def _array_items(path: Path) -> Iterator[tuple[int, object]]:
    """(line, item) for each element of the file's top-level JSON array, read incrementally:
    the file's lines (`stream_lines`, any line end) go into a sliding buffer joined by '\\n'
    (white space to JSON; a raw line end inside a string is invalid either way) and each item
    is decoded with raw_decode once it is whole, so memory holds about one item and one read
    block, never the file. Raises _ArrayError with the 1-based line of the problem."""
    decoder = json.JSONDecoder()
    lines = stream_lines(path)
    buf, pos = "", 0
    mark, line = 0, 1  # buf[mark] is on line `line`: lines are counted on, never recounted
    eof = False

    def more() -> bool:
        nonlocal buf, eof
        got: list[str] = []
        size = 0
        for line in lines:
            got.append(line)
            size += len(line) + 1
            if size >= _KEEP_BELOW:
                break
        else:
            eof = True
        if got:
            buf += "\n".join(got) + "\n"
        return bool(got)

    def line_of(at: int) -> int:
        nonlocal mark, line
        line += buf.count("\n", mark, at)
        mark = at
        return line

    def skip() -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _SKIP:
                pos += 1
            if pos < len(buf) or eof or not more():
                return

    skip()
    if not buf.startswith("[", pos):
        raise _ArrayError(None, Message(QT_TRANSLATE_NOOP("core", "not a valid JSON array (it does not start with '[')")))
    pos += 1
    while True:
        skip()
        if pos >= len(buf):
            raise _ArrayError(None, Message(QT_TRANSLATE_NOOP("core", "not a valid JSON array (the array is not closed)")))
        if buf[pos] == "]":
            return
        if pos > _KEEP_BELOW:  # drop what is consumed, keeping count of its lines
            line_of(pos)
            buf, pos, mark = buf[pos:], 0, 0
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except RecursionError:
                raise _ArrayError(line_of(pos), TOO_DEEP) from None
            except json.JSONDecodeError as exc:
                # An item cut by the buffer's end (between two of its lines) fails at that end,
                # or as a string left open: read on and try again; at the file's end it is real.
                cut = exc.pos >= len(buf.rstrip()) - 8 or exc.msg.startswith("Unterminated string")
                if cut and not eof and more():
                    continue
                raise _ArrayError(line_of(exc.pos), not_json(exc)) from None
            break  # (the buffer holds whole lines, so a value never ends at its edge unfinished)
        yield line_of(pos), item
        pos = end


def parse_spacy(path: Path) -> ParseResult:
    if path.suffix.lower() == ".spacy":
        yield from _parse_docbin(path)
        return
    file, stem = str(path), file_stem(path)
    problem = scan_input(path)
    if problem is not None:
        yield problem
        return
    meta = {"source": path.name}
    if _is_array(path):
        # One JSON array, read an item at a time (a file of any size in flat memory); each
        # item is handed on as it is read, and a syntax error stops the file at its line.
        try:
            for n, (line, item) in enumerate(_array_items(path), start=1):
                yield _record(item, file=file, line=line, ext_id=f"{stem}-{n}", meta=meta)
        except _ArrayError as exc:
            yield Problem(file, exc.line, exc.args[0])  # the Message itself, not its English text
        return
    from annotator.formats.jsonl import iter_json_lines

    n = 0
    for item in iter_json_lines(path):
        if isinstance(item, Problem):
            yield item
            continue
        n += 1
        yield _record(item[1], file=file, line=item[0], ext_id=f"{stem}-{n}", meta=meta)


def _is_array(path: Path) -> bool:
    """Whether the file's first non-blank line opens a top-level JSON array (`[` alone, or
    `[[`), rather than holding the first of JSON lines."""
    for line in stream_lines(path):
        if line.strip():
            first = line.strip()
            return first == "[" or first.startswith("[[")
    return False


def _parse_docbin(path: Path) -> ParseResult:
    file = str(path)
    try:
        _need_spacy()
    except Exception as exc:  # noqa: BLE001 - reported as a problem with this file
        yield Problem(file, None, exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc))  # a Message stays one
        return
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    # A DocBin is one zlib-compressed msgpack map whose token arrays run across all documents,
    # so spaCy can only load it whole (docs/DESIGN-NOTES.md has its memory per document); the
    # Doc objects, at least, are made and handed on one at a time.
    try:
        docs = DocBin().from_disk(path).get_docs(Vocab())
    except Exception as exc:  # noqa: BLE001 - any failure means it is not a DocBin
        yield Problem(file, None, Message(QT_TRANSLATE_NOOP("core", "not a spaCy DocBin ({kind})"), kind=type(exc).__name__))
        return
    stem = file_stem(path)
    n = 0
    while True:
        try:
            sp = next(docs, None)
        except Exception as exc:  # noqa: BLE001 - a damaged document: the file is not a DocBin
            yield Problem(file, None, Message(QT_TRANSLATE_NOOP("core", "not a spaCy DocBin ({kind})"), kind=type(exc).__name__))
            return
        if sp is None:
            break
        n += 1
        data = sp.user_data
        ext_id = data.get("id") if isinstance(data.get("id"), str) else f"{stem}-{n}"
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {"source": path.name}
        if not sp.text.strip():
            yield Problem(file, None, Message(QT_TRANSLATE_NOOP("core", "document #{number} has no text"), number=n))
            continue
        entities: list[EntityRec] = []
        refs: dict[tuple, str] = {}
        group = list(sp.spans[GROUP]) if GROUP in sp.spans else []
        others = [s for name, g in sp.spans.items() if name != GROUP for s in g]
        for span in [*group, *sp.ents, *others]:
            key = (span.start_char, span.end_char, span.label_)
            if key not in refs:
                refs[key] = f"T{len(entities) + 1}"
                entities.append(EntityRec(*key, ref=refs[key]))
        relations: list[RelationRec] = []
        for rel in data.get("relations", []) or []:
            try:
                head, tail, label = rel
                h, t = group[head], group[tail]
            except (ValueError, TypeError, IndexError):
                yield Problem(file, None, Message(QT_TRANSLATE_NOOP("core", "document #{number}: a relation in user_data does not name two spans of spans['sc']"), number=n))
                break
            relations.append(RelationRec(refs[(h.start_char, h.end_char, h.label_)], refs[(t.start_char, t.end_char, t.label_)], str(label)))
        else:
            yield Record(file, None, ext_id, sp.text, meta, entities, relations)
