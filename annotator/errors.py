"""The errors the core raises, each carrying one clear sentence for the user, and the
sentences themselves: a `Message` is the English text (what str() and the command line give)
that also keeps its template and parameters, so the window can say it in its own language."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns `text` unchanged. Its name is the one pyside6-lupdate recognises, so
    `make translations` extracts every template marked with it (context "core") into the .ts."""
    return text


class Message(str):
    """An English sentence made from a template marked with QT_TRANSLATE_NOOP("core", ...)
    and its parameters: it is the filled-in English text (a str, so the command line and
    every caller see exactly that), and keeps `template` and `params` for the window, which
    translates the template and any parameter that is a Message itself (ui.i18n.core_text).
    File names, line numbers, labels and ids go in as plain parameters and stay as they are."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Message:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self):  # a pickled or copied Message stays one
        return _remake, (self.template, self.params)


def joined(parts: list[str], separator: str = "; ") -> str:
    """`parts` joined by `separator` (the English text is that join), kept as Messages so the
    window says each part in its own language."""
    out = parts[0] if parts else ""
    for part in parts[1:]:
        out = Message("{first}" + separator + "{then}", first=out, then=part)
    return out


def _remake(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


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
