"""What every subcommand shares: opening a project (its warnings on stderr) and a progress line."""

from __future__ import annotations

import sys
from collections.abc import Callable

from annotator.project import Project


def open_project(path: str) -> Project:
    """Open the project at `path`, printing each of its warnings as one line on stderr."""
    project = Project.open(path)
    for warning in project.warnings:
        print(f"annotator: warning: {warning}", file=sys.stderr)
    return project


def progress(label: str) -> Callable[[int, int], None] | None:
    """A `done/total` line redrawn in place, or None when stderr is not a terminal (a log
    or a pipe would fill with carriage returns)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label}: {done}/{total}{end}")
        sys.stderr.flush()

    return show
