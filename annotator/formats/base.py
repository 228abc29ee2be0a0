"""The records that importers produce and exporters consume, shared by every file format."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextvars import ContextVar
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple
from typing import TYPE_CHECKING, Protocol

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem

if TYPE_CHECKING:
    from annotator.formats.tokenize import Tokenizer


@dataclass(slots=True)  # slots: an import builds millions of these
class EntityRec:
    """An entity as a file states it: code-point offsets into the record's text."""

    start: int
    end: int
    label: str
    ref: str | None = None  # the file's own id for it ("T1"), used by relations
    text: str | None = None  # the surface string the file claims, checked against the slice
    provenance: str | None = None
    note: str | None = None  # the annotator's note on it (annotator.notes), checked by the importer
    unsure: bool = False
    attributes: dict[str, str | bool] | None = None  # span attributes by name, checked by the importer


@dataclass(slots=True)
class RelationRec:
    head: str  # ref of the head entity
    tail: str
    label: str
    provenance: str | None = None
    note: str | None = None
    unsure: bool = False


@dataclass
class Record:
    """One document read from a file, with the annotations it carries (if any)."""

    file: str
    line: int | None
    ext_id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[EntityRec] = field(default_factory=list)
    relations: list[RelationRec] = field(default_factory=list)
    source: str | None = None  # annotator named by the record itself
    # The folder a folder format (brat) read the record from: it names the default import
    # layer, so one collection is one layer rather than one layer per file.
    collection: str | None = None
    # Repairs the parser made on the way (e.g. IOB2 fixes), one sentence each, for the report.
    notes: list[str] = field(default_factory=list)
    note: str | None = None  # the annotator's note on the document itself (not a repair)
    unsure: bool = False
    # Another layer of the document of the record just before it (a Label Studio task with
    # several annotation sets): its text is there already, and that is no duplicate.
    again: bool = False
    # Attributes a format may hold for other tools too (brat A/M/N lines): (entity ref, name)
    # -> "FILE:LINE: A1: the attribute 'X T1'"; one the scheme lacks is listed, not refused.
    foreign_attributes: dict[tuple[str, str], str] | None = None


ParseItem = Record | Problem
ParseResult = Iterator[ParseItem]


class ExportEntity(NamedTuple):
    # NamedTuples rather than dataclasses: an export builds millions of these.
    start: int
    end: int
    label: str
    provenance: str | None = None
    note: str | None = None  # the layer's note on it, and its unsure flag
    unsure: bool = False
    attributes: str | None = None  # its attributes as a JSON object, keys sorted (annotator.attributes)


class ExportRelation(NamedTuple):
    head: int  # index into the document's entity list
    tail: int
    label: str
    provenance: str | None = None
    note: str | None = None
    unsure: bool = False


@dataclass(frozen=True)
class ExportDoc:
    """One document as an exporter sees it: one layer's annotations, entities sorted by
    (start, end, label) and relations by (head, tail, label)."""

    ext_id: str
    text: str
    meta: dict
    sha256: str
    entities: tuple[ExportEntity, ...]
    relations: tuple[ExportRelation, ...]
    annotators: tuple[str, ...]
    source: str
    note: str | None = None  # the layer's note on the document, and its unsure flag
    unsure: bool = False


# The line ends of the line-based input formats: \r\n, a lone \r (old Mac exports) and \n.
_LINE_END = re.compile(r"\r\n|\r|\n")


def input_lines(content: str) -> list[str]:
    """The lines of a line-based input file (JSONL family, CoNLL, brat .ann), split at
    '\\r\\n', '\\r' and '\\n' alike, without their ends. Only for a file's line structure:
    document text is never passed through this (offsets count its code points as stored)."""
    return _LINE_END.split(content)


def line_ends(content: str, start: int, end: int) -> int:
    """How many line ends (as in `input_lines`) lie in content[start:end]: the 1-based line
    of offset `end` is line_ends(content, 0, end) + 1. `start` and `end` must not fall
    inside a '\\r\\n'."""
    return len(_LINE_END.findall(content, start, end))


# -- streaming input -----------------------------------------------------------------------

READ_BLOCK = 1 << 20  # bytes read at a time: a file of any size is read in flat memory
# Bytes the parsers have read so far, for the importer's progress; None when nobody counts.
BYTES_READ: ContextVar[list[int] | None] = ContextVar("bytes_read", default=None)


def count_read(n: int) -> None:
    """Add `n` bytes to the counter the importer set up, if any (progress only)."""
    meter = BYTES_READ.get()
    if meter is not None:
        meter[0] += n


def _whole_chars(block: bytes) -> int:
    """Where to cut `block` so that no UTF-8 sequence is split: before a trailing lead byte
    whose continuation bytes are still to come."""
    cut = len(block)
    for back in range(1, min(4, len(block)) + 1):
        byte = block[-back]
        if byte & 0xC0 != 0x80:  # an ASCII byte or a lead byte
            need = 1 if byte < 0x80 else 2 if byte >> 5 == 0b110 else 3 if byte >> 4 == 0b1110 else 4 if byte >> 3 == 0b11110 else 1
            if need > back:
                cut = len(block) - back
            break
    return cut


def _decoded_blocks(path: Path, *, metered: bool) -> Iterator[str]:
    """The file decoded as UTF-8 block by block (a leading BOM dropped); raises OSError or
    InputError (file, line of the first bad byte, as `decode_text` says it)."""
    offset, newlines, carry, first = 0, 0, b"", True
    with open(path, "rb") as f:
        while True:
            raw = f.read(READ_BLOCK)
            if metered:
                count_read(len(raw))
            block = carry + raw
            cut = _whole_chars(block) if raw else len(block)
            try:
                text = block[:cut].decode("utf-8")
            except UnicodeDecodeError as exc:
                line = newlines + block[: exc.start].count(b"\n") + 1
                template = QT_TRANSLATE_NOOP("core", "not valid UTF-8 (byte 0x{byte:02x} at offset {offset})")
                raise InputError(str(path), line, Message(template, byte=block[exc.start], offset=offset + exc.start)) from None
            newlines += block.count(b"\n", 0, cut)
            offset += cut
            carry = block[cut:]
            if first and text:
                first = False
                if text.startswith("\ufeff"):
                    text = text[1:]
            if text:
                yield text
            if not raw:
                return


def scan_input(path: Path) -> Problem | None:
    """What would stop the whole file before its first record, read in flat memory: it cannot
    be read, it is not valid UTF-8 (with the line of the first bad byte) or it holds only
    whitespace. A line-based parser calls it first, so a bad byte late in a file refuses the
    whole file, as it did when files were read whole."""
    blank = True
    try:
        for text in _decoded_blocks(path, metered=False):
            blank = blank and not text.strip()
    except OSError as exc:
        return Problem(str(path), None, cannot_read(exc))
    except InputError as exc:
        return exc.problem
    return Problem(str(path), None, EMPTY_FILE) if blank else None


def cannot_read(exc: OSError) -> str:
    """Why a file could not be read, as a problem's message."""
    return Message(QT_TRANSLATE_NOOP("core", "cannot read: {reason}"), reason=exc.strerror)


EMPTY_FILE = Message(QT_TRANSLATE_NOOP("core", "the file is empty"))


def stream_lines(path: Path) -> Iterator[str]:
    """The lines of a file as `input_lines` splits its decoded content (at '\\r\\n', '\\r'
    and '\\n', without their ends, the piece after the last end included), read block by
    block. Call `scan_input` first: an unreadable or undecodable file raises here."""
    rest = ""
    for text in _decoded_blocks(path, metered=True):
        text = rest + text
        # A '\\r' at the end of a block may be the first half of '\\r\\n'.
        keep = len(text) - 1 if text.endswith("\r") else len(text)
        pieces = _LINE_END.split(text[:keep])
        rest = pieces.pop() + text[keep:]
        yield from pieces
    yield from _LINE_END.split(rest)  # a '\\r' held back at the very end is a line end after all


TOO_DEEP = Message(QT_TRANSLATE_NOOP("core", "JSON nested too deeply to read (arrays or objects inside each other more than a few hundred levels)"))


def not_json(exc: json.JSONDecodeError) -> str:
    """A JSON parser's complaint as a problem's message (the parser's own words stay English)."""
    return Message(QT_TRANSLATE_NOOP("core", "not valid JSON ({reason} at column {column})"), reason=exc.msg, column=exc.colno)


def json_value(line: str, *, file: str, number: int) -> object | Problem:
    """One JSON value parsed from one input line, or what is wrong with it. Deep nesting
    (RecursionError inside the parser) is a bad line like any other, not a crash."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(file, number, not_json(exc))
    except RecursionError:
        return Problem(file, number, TOO_DEEP)


def file_stem(path: str | Path) -> str:
    return Path(path).stem


def is_int(value: object) -> bool:
    return type(value) is int


def record_header(obj: object, *, file: str, line: int | None, default_id: str) -> tuple[str, str, dict] | Problem:
    """The 'text', 'id' and 'meta' every JSON-lines format shares, or what is wrong with them."""
    if not isinstance(obj, dict):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "a line must hold a JSON object")))
    text = obj.get("text")
    if not isinstance(text, str):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "the record has no 'text' string")))
    if not text.strip():
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "the record's text is empty")))
    ext_id = obj.get("id", default_id)
    if not isinstance(ext_id, (str, int)) or isinstance(ext_id, bool) or str(ext_id) == "":
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'id' must be a non-empty string")))
    meta = obj.get("meta", {})
    if not isinstance(meta, dict):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'meta' must be an object")))
    return text, str(ext_id), meta


# -- writing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRelationType:
    name: str
    heads: tuple[str, ...]
    tails: tuple[str, ...]
    directed: bool = True


@dataclass(frozen=True)
class ExportScheme:
    """The labels an export writes, after any label subset and renaming, in the scheme's order
    (brat's annotation.conf and the Hugging Face label list are made from it)."""

    name: str
    entities: tuple[str, ...]
    relations: tuple[ExportRelationType, ...] = ()
    colors: tuple[tuple[str, str], ...] = ()  # (label or relation type, "#RRGGBB")
    keys: tuple[tuple[str, str], ...] = ()  # (entity label, its shortcut key), for labeling configs
    attributes: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # span attributes: (name, kind, choice values)


@dataclass
class ExportNotes:
    """What a writer could not write exactly as stored, counted with a few examples each.

    Nothing is ever moved or left out silently: every such case is counted here under a
    reason, and the command line prints one line per reason on stderr.
    """

    examples_per_reason: int = 5
    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, example: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        shown = self.examples.setdefault(reason, [])
        if len(shown) < self.examples_per_reason:
            shown.append(example)

    def entity(self, reason: str, doc: ExportDoc, ent: ExportEntity) -> None:
        self.add(reason, f"{doc.ext_id}:{ent.start}-{ent.end} {ent.label} {doc.text[ent.start:ent.end]!r}")

    def lines(self) -> list[str]:
        return [f"{n} {reason}; e.g. {', '.join(self.examples[reason])}" for reason, n in self.counts.items()]


@dataclass
class ExportContext:
    """Everything a writer needs besides the documents, and where it reports what it changed."""

    scheme: ExportScheme
    tokenizer: Tokenizer | None = None
    translit: Callable[[str], str] | None = None
    sentences: bool = False  # CoNLL: one block per sentence, -DOCSTART- between documents
    notes: ExportNotes = field(default_factory=ExportNotes)
    tokens_used: bool = False  # set by a writer that tokenized, so the report names the tokenizer

    def tokenize(self, text: str) -> list[tuple[int, int]]:
        if self.tokenizer is None:
            from annotator.formats.tokenize import HINDI

            self.tokenizer = HINDI
        self.tokens_used = True
        return self.tokenizer(text)


# What a sink may keep of a document (annotator.formats.losses counts what one leaves out);
# a sink without a `keeps` attribute keeps all of it.
EVERYTHING = frozenset({"annotations", "meta", "ids", "notes", "attributes"})


class Sink(Protocol):
    """An open output: takes the documents one at a time, then finishes the file(s)."""

    def write(self, doc: ExportDoc) -> None: ...

    def close(self) -> None: ...


class Writer(Protocol):
    """An export format. `outputs(out)` names every path the export will create (OUT first,
    then any files beside it), so nothing is written when one of them exists without --force;
    `open(out, ctx)` is called with a path inside a temporary folder, whose results the
    exporter moves into place only when every document was written."""

    name: str
    folder: bool  # OUT is a folder (brat) rather than one file

    def outputs(self, out: Path) -> list[Path]: ...

    def open(self, out: Path, ctx: ExportContext) -> Sink: ...


class LineSink:
    """Writes one line per document (UTF-8, '\\n' endings) from a function of the document."""

    def __init__(self, out: Path, line: Callable[[ExportDoc], str | None], keeps: frozenset[str] = EVERYTHING):
        self._file = open(out, "w", encoding="utf-8", newline="\n")
        self._line = line
        self.keeps = keeps

    def write(self, doc: ExportDoc) -> None:
        text = self._line(doc)
        if text is not None:
            self._file.write(text)
            self._file.write("\n")

    def close(self) -> None:
        self._file.close()


@dataclass(frozen=True)
class LineWriter:
    """A format with one JSON (or other) line per document and nothing beside it."""

    name: str
    line: Callable[[ExportDoc, ExportContext], str | None]
    folder: bool = False
    keeps: frozenset[str] = EVERYTHING  # what of a document the format holds

    def outputs(self, out: Path) -> list[Path]:
        return [out]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return LineSink(out, lambda doc: self.line(doc, ctx), self.keeps)
