"""Training and suggesting in a background process: `annotator suggest PROJECT --train` run
by a QProcess (the frozen app runs itself with the subcommand), its progress lines read into
a progress bar, Cancel killing it. The window never waits: the project file is written by
the other process one transaction per document, and a cancelled run leaves the last model."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal
from ui.i18n import translate


def command(project: str, *, source: str = "gold") -> list[str]:
    """The program and arguments that train and suggest for `project`."""
    args = ["suggest", project, "--train", "--source", source, "--progress-lines"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "annotator", *args]


class TrainingJob(QObject):
    """One run at a time. `progress(stage, done, total)` follows it ('training' then
    'suggesting'); `finished(ok, message)` says how it ended in one sentence."""

    progress = Signal(str, int, int)
    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process: QProcess | None = None
        self._last_error = ""
        self._cancelled = False

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, project: str, *, source: str = "gold", program: list[str] | None = None) -> None:
        if self.running:
            return
        program = program or command(project, source=source)
        self._last_error, self._cancelled = "", False
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        proc.readyReadStandardError.connect(self._read)
        proc.finished.connect(self._done)
        proc.errorOccurred.connect(self._failed_to_start)
        self.process = proc
        proc.start(program[0], program[1:])

    def cancel(self) -> None:
        if self.running:
            self._cancelled = True
            self.process.kill()

    def _read(self) -> None:
        data = bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
        for line in data.splitlines():
            stage, _, rest = line.partition(": ")
            done, slash, total = rest.partition("/")
            if stage in ("training", "suggesting") and slash and done.isdigit() and total.isdigit():
                self.progress.emit(stage, int(done), int(total))
            elif line.strip():
                self._last_error = line.strip().removeprefix("annotator: ")

    def _done(self, code: int, _status=None) -> None:
        self._read()
        if self._cancelled:
            self.finished.emit(False, translate("TrainingJob", "Training cancelled; the last model and suggestions stay as they were."))
        elif code == 0:
            self.finished.emit(True, translate("TrainingJob", "Trained; the documents not done yet have new suggestions."))
        else:
            self.finished.emit(False, self._last_error or translate("TrainingJob", "Training stopped (exit status {code}).").format(code=code))
        self.process = None

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished.emit(False, translate("TrainingJob", "Training could not start: the annotator program was not found."))
            self.process = None
