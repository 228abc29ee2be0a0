"""Plain text, reading and writing: one .txt file is one document, its id the file name
without extension. Writing makes a folder of `NAME.txt` files, each the stored text byte for
byte (UTF-8, no BOM): the texts to send to annotators or to another tool. It holds no
annotations and no meta; the export report counts what was left out."""

from __future__ import annotations

from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.formats.base import EMPTY_FILE, ExportContext, ExportDoc, ParseResult, Record, Sink, cannot_read, count_read, file_stem
from annotator.formats.filenames import SafeNames
from annotator.text import decode_text


def parse_txt(path: Path) -> ParseResult:
    """Yield the file as one Record (text verbatim, BOM dropped) or a Problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), None, cannot_read(exc))
        return
    count_read(len(data))
    try:
        text = decode_text(data, path=str(path))
    except InputError as exc:
        yield exc.problem
        return
    if not text.strip():
        yield Problem(str(path), None, EMPTY_FILE)
        return
    yield Record(file=str(path), line=None, ext_id=file_stem(path), text=text, meta={"source": path.name})


class TxtSink:
    keeps = frozenset({"ids", "txt-files"})  # ids as file names (changes counted by SafeNames)

    def __init__(self, out: Path, ctx: ExportContext):
        out.mkdir(parents=True)
        self._out = out
        self._name = SafeNames(ctx.notes)

    def write(self, doc: ExportDoc) -> None:
        (self._out / f"{self._name(doc.ext_id)}.txt").write_bytes(doc.text.encode("utf-8"))

    def close(self) -> None:
        pass


class TxtWriter:
    name = "txt"
    folder = True

    def outputs(self, out: Path) -> list[Path]:
        return [out]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return TxtSink(out, ctx)


WRITER = TxtWriter()
