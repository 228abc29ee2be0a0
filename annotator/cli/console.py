"""What every subcommand shares: opening a project (its warnings on stderr) and a progress line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from annotator.project import Project

# A progress line is on the terminal without its newline: the next line on stderr must end it
# first, or an error would be glued to its end ("agreement: 150/3000annotator: interrupted").
_line_open = False


def open_project(path: str) -> Project:
    """Open the project at `path`, printing each of its warnings as one line on stderr."""
    project = Project.open(path)
    for warning in project.warnings:
        print(f"annotator: warning: {warning}", file=sys.stderr)
    return project


def progress(label: str, *, every: float = 0.1, clock: Callable[[], float] = time.monotonic) -> Callable[[int, int], None] | None:
    """A `label: done/total` line on stderr, redrawn in place, or None when stderr is not a
    terminal (a log or a pipe would fill with carriage returns).

    The line is redrawn at most once every `every` seconds of `clock` (the first figure and the
    last always): the work may report hundreds of times a second, a reader needs a few. The last
    (done >= total) ends the line; work with nothing to do (total 0) draws nothing."""
    if not sys.stderr.isatty():
        return None
    drawn: list[float] = []  # when the line was last drawn
    finished = False

    def show(done: int, total: int) -> None:
        nonlocal finished
        global _line_open
        final, now = done >= total, clock()
        if total <= 0 or finished or (not final and drawn and now - drawn[-1] < every):
            return
        drawn[:] = [now]
        finished = final
        sys.stderr.write(f"\r{label}: {done}/{total}" + ("\n" if final else ""))
        sys.stderr.flush()
        _line_open = not final

    return show


def end_line() -> None:
    """End a progress line the work left half-way (it failed or was interrupted), so what
    comes next on stderr, an error above all, starts a line of its own."""
    global _line_open
    if _line_open:
        _line_open = False
        sys.stderr.write("\n")
        sys.stderr.flush()
