"""Where an import's records come from: the paths checked and each file's format (by name,
or by extension for 'auto'), the folders listed lazily, the parsers run one file after another,
and the bytes the files hold (for progress and the out-of-memory message)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import ParseResult, Record
from annotator.import_report import ImportReport


def parsers() -> dict[str, Callable[[Path], ParseResult]]:
    """Format name -> parser. Formats register here; 'auto' picks by file extension."""
    from annotator.formats import registry

    return registry.PARSERS


def with_formats(paths: Iterable[str | Path], fmt: str) -> list[tuple[Path, str | None]]:
    """Each path with its format, or None for a folder (listed lazily by `each_file`).
    Every path is checked before anything is read: a missing one, an empty folder or an
    unknown file type stops the import at once."""
    from annotator.formats import registry

    out: list[tuple[Path, str | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "no such file or folder")))
        if path.is_dir():
            if next(registry.iter_folder(path, fmt), None) is None:
                raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "the folder holds no file to import")))
            out.append((path, None))
        else:
            chosen = registry.detect_format(path) if fmt == "auto" else fmt
            if chosen is None:
                raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "unknown file type; name the format with --format")))
            out.append((path, chosen))
    return out


def each_file(files: list[tuple[Path, str | None]], fmt: str) -> Iterator[tuple[Path, str]]:
    from annotator.formats import registry

    for path, chosen in files:
        if chosen is None:
            yield from registry.iter_folder(path, fmt)
        else:
            yield path, chosen


def size(path: Path, chosen: str) -> int:
    """The bytes a parser reads for `path` (a brat .ann brings its .txt)."""
    paths = [path, path.with_suffix(".txt")] if chosen == "brat" and path.suffix.lower() == ".ann" else [path]
    total = 0
    for p in paths:
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total



def records(files: Iterable[tuple[Path, str]], report: ImportReport) -> Iterator[Record]:
    """Every record of every file in order, one at a time; the files' problems go to `report`."""
    table = parsers()
    for path, chosen in files:
        for item in table[chosen](path):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                report.notes.extend(item.notes)
                yield item
