"""The window's Import dialog: one import of files and folders into the open project, run by
the importer the command line uses on a thread of its own (the window stays responsive), with
a progress bar and then the command line's report, or its one-line error (nothing imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.i18n import core_text, problem_text, translate
from ui.team.job_dialog import JobDialog


def import_summary(report) -> str:
    """The line `annotator import` prints (ImportReport.summary), in the window's language."""
    line = translate("ImportDialog", "imported {documents} documents ({duplicates} duplicates not added), {spans} spans, {relations} relations").format(
        documents=report.documents_added, duplicates=report.duplicates, spans=report.spans_added, relations=report.relations_added
    )
    if report.notes_added:
        line += translate("ImportDialog", ", {count} notes").format(count=report.notes_added)
    if report.attributes_added:
        line += translate("ImportDialog", ", {count} attribute values").format(count=report.attributes_added)
    if report.annotators:
        line += translate("ImportDialog", " into {layers}").format(layers=", ".join(report.annotators))
    if report.annotations_skipped:
        line += translate("ImportDialog", "; {count} spans and relations the layer already had were not added again").format(count=report.annotations_skipped)
    return line


def format_import_report(report) -> str:
    """The same lines `annotator import` prints: the summary, then what was skipped and noted."""
    lines = [import_summary(report)]
    lines += [translate("ImportDialog", "skipped {problem}").format(problem=problem_text(problem)) for problem in report.problems]
    lines += [translate("ImportDialog", "note: {note}").format(note=core_text(note)) for note in report.notes]
    return "\n".join(lines)


class ImportDialog(JobDialog):
    """Imports `sources` into the project file at `path`; `imported` carries the report."""

    imported = Signal(object)
    failed_prefix = QT_TRANSLATE_NOOP("JobDialog", "Nothing was imported")

    def __init__(self, parent: QWidget | None, path: str | Path, sources: list[str]):
        self.sources = [str(s) for s in sources]
        names = ", ".join(Path(s).name for s in self.sources[:5])
        if len(self.sources) > 5:
            names = translate("ImportDialog", "{names} and {more} more").format(names=names, more=len(self.sources) - 5)
        what = translate("ImportDialog", "Importing {count} file(s) or folder(s) into {project}: {names}").format(count=len(self.sources), project=Path(path).name, names=names)
        super().__init__(parent, path, translate("ImportDialog", "Import"), what)

    def start(self) -> None:
        from annotator.importer import import_paths

        sources = self.sources
        self.run(lambda project, progress: import_paths(project, sources, progress=progress))

    def describe(self, report) -> str:
        return format_import_report(report)

    def announce(self, report) -> None:
        self.imported.emit(report)
