"""A dialog that runs one all-or-nothing job on the project file (merge, import) on a thread of
its own: an info line, a progress bar, then the job's report or its one-line error. Close is
refused while the job runs: the job is one transaction and finishes or fails whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar, QVBoxLayout, QWidget

from ui.accessible import name_controls
from ui.i18n import translate
from ui.team.jobs import ProjectJob


class JobDialog(QDialog):
    """Subclasses give the title, the info line, any extra widgets, and say what a report
    reads as (`describe`) and who hears of it (`announce`)."""

    failed_prefix = QT_TRANSLATE_NOOP("JobDialog", "Nothing was done")

    def __init__(self, parent: QWidget | None, path: str | Path, title: str, info: str, extra: tuple[QWidget, ...] = (), height: int = 360):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = Path(path)
        self.report = None
        self.error: str | None = None
        self.info = QLabel(info)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job reports a total
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.hide()
        self.bar.setAccessibleName(translate("JobDialog", "Progress"))
        self.result.setAccessibleName(translate("JobDialog", "Report"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        box = QVBoxLayout(self)
        for widget in (self.info, *extra, self.bar, self.result, self.buttons):
            box.addWidget(widget)
        self.resize(720, height)
        self.job: ProjectJob | None = None
        name_controls(self)  # after every control is made

    def run(self, work: Callable) -> None:
        """Start `work(project, progress)` on its own connection to the project file."""
        self.job = ProjectJob(self.path, lambda project, progress, _cancelled: work(project, progress), self, cancellable=False)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def describe(self, report) -> str:
        raise NotImplementedError

    def announce(self, report) -> None:
        raise NotImplementedError

    def _progress(self, done: int, total: int) -> None:
        # Totals can pass a QProgressBar's int range (an import counts bytes read): show per mille.
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
        self._finish(self.describe(report))
        self.announce(report)
        # Announcing may reopen the project, which activates the main window: take the
        # keyboard back so Escape and Enter close this report, not act on the window behind.
        self.activateWindow()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _failed(self, message: str) -> None:
        self.error = " ".join(message.split("\n")[0].split())  # one line naming the file
        self._finish(f"{translate('JobDialog', self.failed_prefix)}: {self.error}")

    def reject(self) -> None:
        if self.job is not None and self.job.isRunning():
            return
        super().reject()
