"""Window-test fixtures: offscreen Qt, a private ANNOTATOR_HOME and QSettings file, a fresh
project per test, and recorded (never shown) error dialogs."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: no display is needed, and nothing may touch the user's real data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_HOME", tempfile.mkdtemp(prefix="annotator-home-"))

import pytest  # noqa: E402

from annotator import edits  # noqa: E402
from annotator.project import Project, resolve_scheme  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test gets its own ANNOTATOR_HOME and its own QSettings INI file."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "home"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Error dialogs are recorded here instead of blocking the test."""
    from ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    return shown


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "project.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    return path


def add_document(path, text: str, ext_id: str = "doc") -> str:
    """Import `text` as one .txt document into the project at `path`; returns its uuid."""
    from annotator.importer import import_paths

    folder = path.parent / f"in-{ext_id}"
    folder.mkdir(exist_ok=True)
    file = folder / f"{ext_id}.txt"
    file.write_bytes(text.encode("utf-8"))
    with Project.open(path) as project:
        import_paths(project, [file])
        return project.document_by_ext_id(ext_id).uuid


@pytest.fixture
def make_window(qtbot, errors):
    """Open a MainWindow on a project as annotator 'asha'; returns a factory."""
    from ui import settings as ui_settings
    from ui.main_window import MainWindow

    def make(path, annotator: str = "asha", width: int = 1200, height: int = 800):
        ui_settings.set_annotator_name(annotator)
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.open_project(path)
        return window

    return make


@pytest.fixture
def annotator_uuid():
    from annotator import store

    return store.annotator_uuid("asha")


__all__ = ["add_document", "edits"]
