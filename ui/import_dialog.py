"""The window's Import dialog: one import of files and folders into the open project, run by
the importer the command line uses on a thread of its own (the window stays responsive), with
a progress bar and then the command line's report, or its one-line error (nothing imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar, QVBoxLayout, QWidget

from ui.team.jobs import ProjectJob


def format_import_report(report) -> str:
    """The same lines `annotator import` prints: the summary, then what was skipped and noted."""
    lines = [
        f"imported {report.documents_added} documents ({report.duplicates} duplicates not added), "
        f"{report.spans_added} spans, {report.relations_added} relations" + (f" into {', '.join(report.annotators)}" if report.annotators else "")
    ]
    lines += [f"skipped {problem}" for problem in report.problems]
    lines += [f"note: {note}" for note in report.notes]
    return "\n".join(lines)


class ImportDialog(QDialog):
    """Imports `sources` into the project file at `path`; `imported` carries the report."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None, path: str | Path, sources: list[str]):
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.path, self.sources = Path(path), [str(s) for s in sources]
        self.report = None
        self.error: str | None = None
        names = ", ".join(Path(s).name for s in self.sources[:5]) + (f" and {len(self.sources) - 5} more" if len(self.sources) > 5 else "")
        self.info = QLabel(f"Importing {len(self.sources)} file(s) or folder(s) into {self.path.name}: {names}")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the importer reports a total
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        box = QVBoxLayout(self)
        for widget in (self.info, self.bar, self.result, self.buttons):
            box.addWidget(widget)
        self.resize(720, 360)
        self.job: ProjectJob | None = None

    def start(self) -> None:
        from annotator.importer import import_paths

        sources = self.sources
        self.job = ProjectJob(self.path, lambda project, progress, _cancelled: import_paths(project, sources, progress=progress), self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        # The importer counts bytes read, which can pass a QProgressBar's int range: show per mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, done * 1000 // max(total, 1)))

    def _finish(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.result.setPlainText(text)
        self.result.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    def _done(self, report) -> None:
        self.report = report
        self._finish(format_import_report(report))
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self.error = " ".join(message.split("\n")[0].split())  # one line naming the file
        self._finish(f"Nothing was imported: {self.error}")

    def reject(self) -> None:
        if self.job is not None and self.job.isRunning():
            return  # an import is one transaction: it finishes or fails whole
        super().reject()
