"""The work clock: measures the annotator's active time on the open document and records it as
one sitting per document opened (annotator.worktime). Active time is the sum of the gaps
between the user's key presses, clicks and scrolls in the application, leaving out any gap
longer than `IDLE_SECONDS` (a coffee break, the lid closed). The sitting is written every
`FLUSH_MS` while it grows and when the document, the annotator or the project changes or the
window closes; a read-only project records nothing, and a failed write is not retried for
that sitting (time is bookkeeping: it never interrupts the work)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from annotator import worktime
from annotator.errors import AnnotatorError
from ui.session import Session

FLUSH_MS = 30_000
ACTIVITY = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.TouchBegin}
)


class WorkClock(QObject):
    """One per main window. `begin(document)` starts a sitting (ending the last), `end()` ends
    it; `set_session` follows the window's session."""

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic, wall_us: Callable[[], int] = lambda: time.time_ns() // 1000):
        super().__init__(parent)
        self.clock, self.wall_us = clock, wall_us
        self.session: Session | None = None
        self.sitting: worktime.Sitting | None = None
        self.seconds = 0.0
        self.written = 0
        self.last: float | None = None  # time of the last activity in this sitting
        self.failed = False
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_session(self, session: Session | None) -> None:
        self.end()
        self.session = session

    def begin(self, document: str) -> None:
        """The window shows `document`: a new sitting starts (unless it is the same one)."""
        s = self.session
        if self.sitting is not None and self.sitting.document == document:
            return
        self.end()
        if s is None or s.project.read_only:
            return
        self.sitting = worktime.Sitting(worktime.new_sitting(), document, s.annotator, self.wall_us(), 0)
        self.seconds, self.written, self.last, self.failed = 0.0, 0, self.clock(), False
        self.timer.start()

    def end(self) -> None:
        """Write the sitting as it stands and stop measuring it."""
        self.flush()
        self.timer.stop()
        self.sitting, self.last = None, None

    def activity(self) -> None:
        """The user did something: the gap since the last activity counts if it was short."""
        if self.sitting is None:
            return
        now = self.clock()
        if self.last is not None:
            gap = now - self.last
            if 0 <= gap <= worktime.IDLE_SECONDS:
                self.seconds = min(self.seconds + gap, worktime.MAX_SECONDS)
        self.last = now

    def flush(self) -> None:
        """Write the sitting when it has grown by a whole second since the last write."""
        if self.sitting is None or self.session is None or self.failed or int(self.seconds) <= self.written:
            return
        sitting = worktime.Sitting(self.sitting.uuid, self.sitting.document, self.sitting.annotator, self.sitting.started_at, int(self.seconds))
        try:
            worktime.record(self.session.project, sitting)
        except AnnotatorError:
            self.failed = True  # e.g. the document was deleted by a merge meanwhile
            return
        self.written = sitting.seconds

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.sitting is not None:
            self.activity()
        return False
