"""Entry point of the desktop app that build_app.spec freezes: the `annotator` command line.

`HindiAnnotator` with no arguments opens the window (the last project, else the demo
project in the user's data folder), `HindiAnnotator PROJECT.db` opens that project, and
`HindiAnnotator self-check`, `HindiAnnotator init ...` and every other subcommand work
exactly as `annotator ...` does from a source checkout.

ANNOTATOR_EXIT_AFTER_SHOW=1 (for start-up measurements, bench/bench_app.py): the window
quits as soon as it has first been painted, after printing
`ANNOTATOR_SHOWN_AT <unix time>` on stdout. Nothing else differs from a normal start.
"""

from __future__ import annotations

import os
import sys
import time

SHOWN_MARK = "ANNOTATOR_SHOWN_AT"


def _exit_after_first_paint() -> None:
    """Wrap ui.app.run so the event loop quits right after the main window's first paint."""
    import ui.app as ui_app

    original = ui_app.run

    def run(project: str | None) -> int:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QMainWindow

        app = ui_app.application()

        class FirstPaint(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: N802  (Qt override)
                if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
                    app.removeEventFilter(self)
                    print(f"{SHOWN_MARK} {time.time():.6f}", flush=True)
                    # Queued: the rest of this paint pass (the text view, the lists) finishes first.
                    QTimer.singleShot(0, app.quit)
                return False

        watcher = FirstPaint(app)
        app.installEventFilter(watcher)
        return original(project)

    ui_app.run = run


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("ANNOTATOR_EXIT_AFTER_SHOW") == "1":
        _exit_after_first_paint()
    from annotator.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
