"""Plain text import: one .txt file is one document, its id the file name without extension."""

from __future__ import annotations

from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.formats.base import ParseResult, Record, count_read, file_stem
from annotator.text import decode_text


def parse_txt(path: Path) -> ParseResult:
    """Yield the file as one Record (text verbatim, BOM dropped) or a Problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), None, f"cannot read: {exc.strerror}")
        return
    count_read(len(data))
    try:
        text = decode_text(data, path=str(path))
    except InputError as exc:
        yield exc.problem
        return
    if not text.strip():
        yield Problem(str(path), None, "the file is empty")
        return
    yield Record(file=str(path), line=None, ext_id=file_stem(path), text=text, meta={"source": path.name})
