"""Starting without the command line: File ▸ New project… (a file name and a scheme, bundled or
a .toml file), File ▸ Import… (files or a folder, any supported format) and article files
dropped on the window, imported the same way. The window is reached only through the
`open_project(path)` callable and the path of the open project, so nothing here imports it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.formats.registry import EXTENSIONS
from annotator.resources import resource_path
from ui.accessible import name_controls
from ui import dialogs
from ui.import_dialog import ImportDialog
from ui.i18n import core_message, translate

OTHER_SCHEME = QT_TRANSLATE_NOOP("NewProjectDialog", "Another scheme file (.toml)…")


def bundled_schemes() -> list[str]:
    """The names of the schemes shipped in resources/schemes (e.g. 'hindi-news')."""
    return sorted(p.stem for p in resource_path("schemes").glob("*.toml"))


def dropped_imports(event: QDropEvent) -> list[str]:
    """The existing local article files and folders a drag carries (a project file is not one)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    out = []
    for url in data.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or (path.is_file() and path.suffix.lower() in EXTENSIONS):
            out.append(str(path))
    return out


class NewProjectDialog(QDialog):
    """A project file name (with Browse…) and the scheme: a bundled one or a .toml file."""

    def __init__(self, parent: QWidget | None, folder: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("NewProjectDialog", "New project"))
        self.path_edit = QLineEdit(str(Path(folder or Path.home()) / "project.db"))
        browse = QPushButton(translate("NewProjectDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.scheme_box = QComboBox()
        self.scheme_box.addItems(bundled_schemes() + [translate("NewProjectDialog", OTHER_SCHEME)])
        self.scheme_file = ""
        self.scheme_box.activated.connect(self._scheme_chosen)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewProjectDialog", "Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("NewProjectDialog", "Project file"), row)
        form.addRow(translate("NewProjectDialog", "Label scheme"), self.scheme_box)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.resize(560, 160)
        name_controls(self)  # after every control is made

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("NewProjectDialog", "New project file"), self.path_edit.text(), translate("NewProjectDialog", "Annotation projects (*.db)"))
        if path:
            self.path_edit.setText(path if Path(path).suffix else path + ".db")

    def _scheme_chosen(self, index: int) -> None:
        if self.scheme_box.itemText(index) != translate("NewProjectDialog", OTHER_SCHEME):
            return
        path, _ = QFileDialog.getOpenFileName(self, translate("NewProjectDialog", "Scheme file"), "", translate("NewProjectDialog", "Label schemes (*.toml)"))
        if path:
            self.set_scheme_file(path)
        else:
            self.scheme_box.setCurrentIndex(0)

    def set_scheme_file(self, path: str) -> None:
        """Choose a scheme .toml file (shown in the list as its path)."""
        if self.scheme_box.findText(path) < 0:
            self.scheme_box.insertItem(self.scheme_box.count() - 1, path)
        self.scheme_box.setCurrentIndex(self.scheme_box.findText(path))

    def chosen(self) -> tuple[str, str]:
        """(project path, scheme name or .toml path)."""
        return self.path_edit.text().strip(), self.scheme_box.currentText()

    def accept(self) -> None:
        path, scheme = self.chosen()
        problem = _problem(path, scheme)
        if problem:
            self.message.setText(problem)  # the dialog stays open to fix it
            return
        super().accept()


def _problem(path: str, scheme: str) -> str | None:
    if not path:
        return translate("NewProjectDialog", "Give the project a file name.")
    target = Path(path)
    if target.exists():
        return translate("NewProjectDialog", "{file}: a file of that name exists already; choose another name, or open it with File ▸ Open project.").format(file=target)
    if not target.parent.is_dir():
        return translate("NewProjectDialog", "{folder}: no such folder.").format(folder=target.parent)
    if scheme == translate("NewProjectDialog", OTHER_SCHEME):
        return translate("NewProjectDialog", "Choose the scheme's .toml file.")
    return None


class ProjectActions(QObject):
    """New project and Import for one window. `open_project(path)` opens (or reopens) a
    project in the window; `current_path()` is the open project's file, None when none is."""

    def __init__(self, parent: QWidget, *, open_project: Callable[[str | Path], bool], current_path: Callable[[], Path | None]):
        super().__init__(parent)
        self.parent_widget, self.open_project, self.current_path = parent, open_project, current_path
        self.new_dialog: NewProjectDialog | None = None
        self.import_dialog: ImportDialog | None = None

    def new_project(self) -> NewProjectDialog:
        """File ▸ New project…: shown without blocking; Create makes the file and opens it."""
        current = self.current_path()
        dialog = self.new_dialog = NewProjectDialog(self.parent_widget, str(current.parent) if current else "")
        dialog.accepted.connect(lambda: self.create(*dialog.chosen()))
        dialog.show()
        return dialog

    def create(self, path: str, scheme_name: str) -> bool:
        """Create the project file with that scheme and open it; errors as one sentence."""
        from annotator.project import Project, resolve_scheme

        problem = _problem(path, scheme_name)
        if problem:
            dialogs.show_error(self.parent_widget, problem)
            return False
        try:
            scheme = resolve_scheme(scheme_name)
            Project.create(path, scheme).close()
        except AnnotatorError as exc:
            dialogs.show_error(self.parent_widget, core_message(exc))
            return False
        return self.open_project(path)

    def ask_import(self, folder: bool = False) -> ImportDialog | None:
        """File ▸ Import files… / Import a folder…: choose, then import."""
        current = self.current_path()
        if current is None:
            dialogs.show_error(self.parent_widget, translate("ProjectActions", "Open or create a project first (File ▸ New project…), then import into it"))
            return None
        start = str(current.parent)
        if folder:
            chosen = QFileDialog.getExistingDirectory(self.parent_widget, translate("ProjectActions", "Import a folder"), start)
            paths = [chosen] if chosen else []
        else:
            kinds = " ".join(f"*{s}" for s in sorted(EXTENSIONS))
            paths, _ = QFileDialog.getOpenFileNames(self.parent_widget, translate("ProjectActions", "Import files"), start, translate("ProjectActions", "Articles and annotations ({kinds});;All files (*)").format(kinds=kinds))
        return self.import_paths(paths) if paths else None

    def import_paths(self, paths: list[str]) -> ImportDialog | None:
        """Import files and folders into the open project with progress; the window reopens
        the project when they are in, and nothing changes when any is bad."""
        current = self.current_path()
        if current is None:
            dialogs.show_error(self.parent_widget, translate("ProjectActions", "Open or create a project first (File ▸ New project…), then import into it"))
            return None
        dialog = self.import_dialog = ImportDialog(self.parent_widget, current, paths)
        dialog.imported.connect(lambda _report: self.open_project(current))  # the list shows the new documents
        dialog.show()
        dialog.start()
        return dialog

    def drop(self, event: QDropEvent) -> bool:
        """Import the article files a drop carries; False when it carries none."""
        paths = dropped_imports(event)
        if not paths:
            return False
        event.acceptProposedAction()
        self.import_paths(paths)
        return True
