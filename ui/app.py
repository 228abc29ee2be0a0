"""Starting the window: `run(project)` is what `annotator [PROJECT.db]` calls (through app_entry.open_window)."""

from __future__ import annotations

import importlib.util
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator.errors import AnnotatorError
from annotator.project import Project, resolve_scheme
from annotator.resources import resource_path, user_data_dir
from ui import dialogs, fonts, i18n
from ui.contrast import follow_colour_scheme
from ui import settings as saved
from ui.i18n import core_message, translate


def default_project() -> Path:
    """The default project: made by `annotator.defaults` (with demo articles) when that
    module exists, else an empty project with the default scheme."""
    if importlib.util.find_spec("annotator.defaults") is not None:
        from annotator.defaults import ensure_default_project

        return Path(ensure_default_project())
    path = user_data_dir() / "default.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        Project.create(path, resolve_scheme(None)).close()
    return path


def _log_path() -> Path:
    return user_data_dir() / "logs" / "errors.log"


def _excepthook(kind, value, tb) -> None:
    """An unexpected error: the details go to a log file, the user gets one sentence."""
    try:
        log = _log_path()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        where = translate("app", "; details are in {log}").format(log=log)
    except OSError:
        where = ""
    if isinstance(value, AnnotatorError):
        message = str(value)
    else:
        message = translate("app", "Something unexpected went wrong ({error}){where}. Your saved work is safe").format(error=f"{kind.__name__}: {value}", where=where)
    dialogs.show_error(None, message)


class Application(QApplication):
    """The application: also opens the project files macOS Finder hands it (QFileOpenEvent),
    before the window exists (kept for it) or after."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.window = None
        self.pending_open: str | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                if self.window is not None:
                    self.window.open_project(path)
                else:
                    self.pending_open = path
                return True
        return super().event(event)


def application() -> QApplication:
    app = QApplication.instance() or Application(sys.argv[:1])
    app.setOrganizationName(saved.ORGANIZATION)
    app.setApplicationName(saved.APPLICATION)
    icon = resource_path("icons", "annotator.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not app.property("annotatorScheme"):  # once per application
        app.setProperty("annotatorScheme", True)
        follow_colour_scheme(app)
    return app


def _warm_up_romanisation() -> None:
    """Load the romanisation tables on a background thread, so the first romanised view or
    Roman search does not stall the window (translit_spelling.warm_up)."""
    import threading

    from annotator.translit_spelling import warm_up

    threading.Thread(target=warm_up, name="romanisation-warm-up", daemon=True).start()


def run(project: str | None) -> int:
    """Open the window on `project` (the last project, else the default one, when None).
    Returns the process exit status."""
    app = application()
    i18n.install(i18n.chosen_language())  # before any window: widgets take their texts when made
    sys.excepthook = _excepthook
    try:
        fonts.register_font()
    except RuntimeError as exc:
        dialogs.show_error(None, str(exc))
    from ui.main_window import MainWindow

    window = MainWindow()
    if isinstance(app, Application):
        app.window = window
        project = app.pending_open or project  # a file Finder opened us with
    window.resize(1280, 820)
    window.restore_layout()
    window.show()
    if project is None:
        last = saved.last_project()
        try:
            project = last if last and Path(last).exists() else str(default_project())
        except AnnotatorError as exc:
            dialogs.show_error(window, core_message(exc))
            project = None
    if project is not None:
        window.open_project(project)
    _warm_up_romanisation()
    window.raise_()
    window.activateWindow()  # keys work before the first click
    window.view.setFocus()
    return app.exec()
