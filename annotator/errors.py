"""The errors the core raises, each carrying one clear sentence for the user."""

from __future__ import annotations

from dataclasses import dataclass


class AnnotatorError(Exception):
    """Base of every error the core reports to a user; str() is the one-line message."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and what is wrong."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class InputError(AnnotatorError):
    """A file the user gave is wrong; names the file and, for line formats, the line."""

    def __init__(self, file: str, line: int | None, message: str, problems: list[Problem] | None = None):
        self.problem = Problem(str(file), line, message)
        self.problems = problems if problems is not None else [self.problem]
        super().__init__(str(self.problem))


class ProjectError(AnnotatorError):
    """The project file cannot be used (not a project, too new, corrupt)."""


class InvalidOperation(AnnotatorError):
    """A change the scheme or the text forbids (bad offsets, unknown label, forbidden relation)."""


class MergeError(AnnotatorError):
    """A merge that was refused (a file it cannot read, a scheme or row that does not fit); the project is unchanged."""
