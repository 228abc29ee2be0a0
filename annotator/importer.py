"""Importing documents and annotations: read, validate and write in bounded chunks, in one transaction.

The files are read as a stream (a file of any size in flat memory); each record is validated
as it comes, and the good ones are written a chunk at a time inside the import's single
transaction, which SQLite holds on disk (its log), not in memory. A failed import changes
nothing: at the first problem writing stops, every later record is still read and checked so
that all problems are listed as (file, line, message), and the transaction is rolled back;
with `skip_bad` the good records are written and every bad one is reported. Duplicates
(the same text) are found through the database's unique index on the text's SHA-256, which
also holds the documents written by earlier chunks, so nothing grows with the corpus.

This module runs the import (the chunks, the transaction, the progress); the steps are
`import_sources` (paths, formats, parsers), `import_checks` (each record against the scheme),
`import_writer` (the bulk writes) and `import_report` (what it did).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path

from annotator import import_sources
from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message
from annotator.formats.base import BYTES_READ, Record
from annotator.import_checks import validate
from annotator.import_report import ImportReport
from annotator.import_sources import parsers
from annotator.import_writer import Writer
from annotator.project import Project

__all__ = ["CHUNK_CHARS", "CHUNK_RECORDS", "ImportReport", "Progress", "import_paths", "parsers"]

Progress = Callable[[int, int], None]


# A chunk is written when it holds this many records or characters of text, whichever
# comes first: large enough that executemany runs at full speed, small enough to be a few MB.
CHUNK_RECORDS = 1000
CHUNK_CHARS = 4_000_000


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    *,
    fmt: str = "auto",
    as_annotator: str | None = None,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and folders into `project`. Raises InputError (nothing written) on any
    problem unless `skip_bad`, in which case the report lists the problems. `progress` is
    called with (bytes read, bytes in all the files). Running out of memory is an InputError
    too, naming how many bytes the files hold and what to do."""
    files = import_sources.with_formats(paths, fmt)
    # The automatic collector would cost a seventh of the import rescanning each chunk's
    # records; nothing here makes cycles, and each chunk's youngest objects are collected
    # by hand (`import_writer.Writer.write`), so a cycle made anyway cannot pile up.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import(project, files, fmt, as_annotator=as_annotator, skip_bad=skip_bad, progress=progress)
    except MemoryError:
        # Whatever was being built is unreachable now; the transaction (if begun) rolled back.
        raise _out_of_memory(list(import_sources.each_file(files, fmt))) from None
    finally:
        if was_enabled:
            gc.enable()


def _out_of_memory(files: list[tuple[Path, str]]) -> InputError:
    size = sum(import_sources.size(path, chosen) for path, chosen in files)
    first = files[0][0] if files else Path(".")
    where = str(first) if len(files) == 1 else f"{first} (and {len(files) - 1} more files)"
    template = QT_TRANSLATE_NOOP("core", "ran out of memory importing {count} file(s) of {size:,} bytes in all; split the file into smaller ones, or import fewer files at once")
    return InputError(where, None, Message(template, count=len(files), size=size))


def _import(project: Project, files: list[tuple[Path, str | None]], fmt: str, *, as_annotator: str | None, skip_bad: bool, progress: Progress | None) -> ImportReport:
    report = ImportReport()
    total = sum(import_sources.size(path, chosen) for path, chosen in import_sources.each_file(files, fmt)) if progress else 0
    meter = [0]
    token = BYTES_READ.set(meter)
    try:
        with project.atomic():
            writer = Writer(project, report, as_annotator=as_annotator, skip_bad=skip_bad)
            chunk: list[Record] = []
            chars = 0
            for n, record in enumerate(import_sources.records(import_sources.each_file(files, fmt), report), start=1):
                if progress and n % CHUNK_RECORDS == 0:  # also while a failing import reads on
                    progress(min(meter[0], total), total)
                problem = validate(record, project, report.notes)
                if problem:
                    report.problems.append(problem)
                if problem or (report.problems and not skip_bad):
                    continue  # a failing import only reads and checks the rest, to list it all
                chunk.append(record)
                chars += len(record.text)
                if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
                    writer.write(chunk)
                    chunk, chars = [], 0
            writer.write(chunk)
            if report.problems and not skip_bad:
                first = report.problems[0]
                message = first.message
                if len(report.problems) > 1:
                    message = Message(QT_TRANSLATE_NOOP("core", "{problem} (and {count} more problems)"), problem=first.message, count=len(report.problems) - 1)
                # Raised inside the transaction: everything written so far is rolled back.
                raise InputError(first.file, first.line, message, problems=report.problems)
            if progress:
                progress(total, total)
    finally:
        BYTES_READ.reset(token)
    return report
