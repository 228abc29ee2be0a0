"""The window's Import dialog: one import of files and folders into the open project, run by
the importer the command line uses on a thread of its own (the window stays responsive), with
a progress bar and then the command line's report, or its one-line error (nothing imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.team.job_dialog import JobDialog


def format_import_report(report) -> str:
    """The same lines `annotator import` prints: the summary, then what was skipped and noted."""
    lines = [report.summary()]
    lines += [f"skipped {problem}" for problem in report.problems]
    lines += [f"note: {note}" for note in report.notes]
    return "\n".join(lines)


class ImportDialog(JobDialog):
    """Imports `sources` into the project file at `path`; `imported` carries the report."""

    imported = Signal(object)
    failed_prefix = "Nothing was imported"

    def __init__(self, parent: QWidget | None, path: str | Path, sources: list[str]):
        self.sources = [str(s) for s in sources]
        names = ", ".join(Path(s).name for s in self.sources[:5]) + (f" and {len(self.sources) - 5} more" if len(self.sources) > 5 else "")
        super().__init__(parent, path, "Import", f"Importing {len(self.sources)} file(s) or folder(s) into {Path(path).name}: {names}")

    def start(self) -> None:
        from annotator.importer import import_paths

        sources = self.sources
        self.run(lambda project, progress: import_paths(project, sources, progress=progress))

    def describe(self, report) -> str:
        return format_import_report(report)

    def announce(self, report) -> None:
        self.imported.emit(report)
