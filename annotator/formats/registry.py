"""Which parser reads which file format, and which writer writes each export format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.formats.base import ParseResult
from annotator.formats.jsonl import parse_jsonl
from annotator.formats.txt import parse_txt

PARSERS: dict[str, Callable[[Path], ParseResult]] = {
    "txt": parse_txt,
    "jsonl": parse_jsonl,
}

# File extension -> format, for --format auto.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".json": "jsonl",
}


def detect_format(path: Path) -> str | None:
    return EXTENSIONS.get(path.suffix.lower())


def files_in_folder(folder: Path, fmt: str) -> list[tuple[Path, str]]:
    """The importable files below `folder`, sorted by path, each with its format."""
    out: list[tuple[Path, str]] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        chosen = detect_format(path) if fmt == "auto" else (fmt if path.suffix.lower() in _suffixes(fmt) else None)
        if chosen is not None:
            out.append((path, chosen))
    return out


def _suffixes(fmt: str) -> set[str]:
    return {ext for ext, name in EXTENSIONS.items() if name == fmt}


def _writers() -> dict[str, Callable]:
    from annotator.formats.jsonl import write_jsonl

    return {"jsonl": write_jsonl}


WRITERS: dict[str, Callable] = _writers()
