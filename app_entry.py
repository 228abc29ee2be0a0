"""The one entry point of the app: the `annotator` console script and the script build_app.spec freezes.

`annotator` (or `HindiAnnotator`) with no arguments opens the window (the last project, else
the demo project in the user's data folder), `annotator PROJECT.db` opens that project, and
`annotator self-check`, `annotator init ...` and every other subcommand run the core's
command line (annotator.cli), which never imports Qt. This file is where the window and the
core meet: it hands the core the window and the window's self-check as two callables, so
nothing in annotator/ names the window's package, and it imports Qt only when one of them runs.
`python -m annotator` is the same command line without the window.

ANNOTATOR_EXIT_AFTER_SHOW=1 (for start-up measurements, bench/bench_app.py): the window
quits as soon as it has first been painted, after printing
`ANNOTATOR_SHOWN_AT <unix time>` on stdout. Nothing else differs from a normal start.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

SHOWN_MARK = "ANNOTATOR_SHOWN_AT"


def open_window(project: str | None) -> int:
    """Open the window on `project` (None: the last project, else the default one)."""
    import ui.app

    if os.environ.get("ANNOTATOR_EXIT_AFTER_SHOW") == "1":
        _quit_after_first_paint(ui.app.application())
    return ui.app.run(project)


def check_window(project: Path | None, annotator: str) -> tuple[bool, str]:
    """The self-check's window check: the window offscreen, drawing `project` as `annotator`."""
    from ui.selfcheck import self_check

    return self_check(project, annotator)


def _quit_after_first_paint(app) -> None:
    """Make the event loop quit right after the main window's first paint, marked on stdout."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802  (Qt override)
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
                app.removeEventFilter(self)
                print(f"{SHOWN_MARK} {time.time():.6f}", flush=True)
                # Queued: the rest of this paint pass (the text view, the lists) finishes first.
                QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(FirstPaint(app))


def main(argv: list[str] | None = None) -> int:
    from annotator.cli import main as cli_main

    return cli_main(argv, window=open_window, window_check=check_window)


if __name__ == "__main__":
    sys.exit(main())
