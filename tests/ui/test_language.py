"""The window in Hindi: every string of the main window, its menus and dialogs is translated,
the .ts holds every string lupdate extracts from ui/ with none unfinished, Qt's own buttons
speak Hindi too, and every control that takes focus has an accessible name in both languages."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QTableWidget,
    QTreeWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from annotator.project import Project
from tests.ui.test_review import seed
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "annotator_hi.ts"
# Words that stay Latin in Hindi: keys, names of formats, schemes and programs, measures'
# symbols, and the examples of Roman input the window shows.
KEEP = {
    "Ctrl", "Shift", "Alt", "Enter", "Return", "Esc", "Tab", "Home", "End", "PgUp", "PgDown", "Delete", "Backspace",
    "English", "suggest", "IAST", "ISO", "ITRANS", "Harvard", "Kyoto", "ajay", "mishra", "annotator", "jsonl", "IOB2", "F1",
    "PERSON", "LOCATION", "PER", "LOC", "train", "dev", "test", "seed", "LABEL", "sqlite", "annpkg", "zip", "json", "toml", "db",
}
FILE_NAME = re.compile(r"\S+\.(db|toml|jsonl?|txt|sqlite|zip|annpkg|conll|tsv|ann|conf)\b")


def untranslated(text: str, allowed: set[str]) -> bool:
    """Whether `text` still holds English: Latin words that are not a kept word, a scheme
    label, an annotator or document name, a file name or a single key letter."""
    text = re.sub(r"<[^>]*>", " ", text)  # rich-text tags and their styles are no words
    text = FILE_NAME.sub(" ", text.replace("&&", "").replace("&", ""))
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", text)
    return any(len(w) > 1 and w not in KEEP and w not in allowed and not re.fullmatch(r"F\d+", w) for w in words)


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in `root`: window title, menus and actions,
    labels, buttons, group boxes, docks, placeholders, tooltips, combo items, tabs, headers."""
    found = [("title", root.windowTitle())]

    def menu(m: QMenu, where: str) -> None:
        found.append((where, m.title()))
        for a in m.actions():
            if a.menu() is not None:
                menu(a.menu(), where + "▸" + a.menu().title())
            elif not a.isSeparator():
                found.append((where + " action", a.text()))

    for action in root.findChildren(QAction):
        if action.menu() is None and action.text():
            found.append(("action", action.text()))
            found.append(("action tip", action.toolTip()))
    for m in root.findChildren(QMenu):
        menu(m, "menu")
    for w in root.findChildren(QWidget):
        found.append((type(w).__name__ + " tip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((type(w).__name__, w.text()))
        if isinstance(w, QGroupBox):
            found.append(("group", w.title()))
        if isinstance(w, QDockWidget):
            found.append(("dock", w.windowTitle()))
        if isinstance(w, QLineEdit):
            found.append(("placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [("combo", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QTreeWidget):  # the review's disagreement groups
            found += [("tree", w.topLevelItem(i).text(0)) for i in range(w.topLevelItemCount())]
        if isinstance(w, QTableWidget):  # the cells a report fills in (figures, "n/a", reasons)
            found += [("cell", w.item(r, c).text()) for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
            found += [("header", str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(w.count())]
    return [(where, text) for where, text in found if text]


@pytest.fixture
def hindi():
    """The Hindi translator, removed again after the test (it is process-wide)."""
    assert i18n.install("hi")
    yield
    i18n.install("en")


def names_of(path: Path) -> set[str]:
    with Project.open(path) as p:
        scheme = p.scheme
        names = {e.name for e in scheme.entities} | {r.name for r in scheme.relations}
        names |= {a.name for a in p.annotators(include_gold=True)} | {d.ext_id for d in p.documents()}
    from annotator.formats.registry import WRITERS
    from annotator.translit import SCHEMES

    names |= set(WRITERS) | set(SCHEMES) | {"hindi-news", "hiner", "hindi-punct", "txt", "Krippendorff"}
    return {w for n in names for w in re.findall(r"[A-Za-z][A-Za-z0-9_]*", n)} | {path.stem}


def open_dialogs(window) -> list[QWidget]:
    """The dialogs the menus open that can be made offscreen without a modal loop."""
    from ui.dialogs import AnnotatorDialog
    from ui.project_actions import NewProjectDialog
    from ui.team.dialogs import AssignDialog, ExportDialog

    project = window.session.project
    window.show_shortcuts()
    return [
        window._sheet,
        AnnotatorDialog(window, ["asha"]),
        NewProjectDialog(window),
        ExportDialog(window, project),
        AssignDialog(window, project),
        window.team.show_agreement(),
        window.team.show_progress(),
        window.team.open_review(),
    ]


def test_hindi_window_and_dialogs_have_no_english_left(hindi, make_window, project_path, qtbot):
    seed(project_path)
    window = make_window(project_path)
    allowed = names_of(project_path)
    left = [(w, t) for w, t in texts_of(window) if untranslated(t, allowed)]
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"  # the menus really are Hindi
    agreement = window.team.show_agreement()
    qtbot.waitUntil(lambda: agreement.report is not None, timeout=10000)  # its tables filled by the job
    for dialog in open_dialogs(window):
        assert dialog is not None
        left += [(f"{type(dialog).__name__}: {w}", t) for w, t in texts_of(dialog) if untranslated(t, allowed)]
    assert not left, "\n".join(f"{w}: {t!r}" for w, t in left)


def test_english_is_what_the_check_would_catch(make_window, project_path):
    """The same walk over the English window finds English: the check can fail."""
    window = make_window(project_path)
    allowed = names_of(project_path)
    assert sum(untranslated(t, allowed) for _, t in texts_of(window)) > 50


def test_qt_standard_buttons_are_hindi(hindi, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"ठीक है", "रद्द करें"}


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation") for c in root.iter("context") for m in c.iter("message")}


def test_ts_file_is_complete_and_finished(tmp_path):
    ours = _messages(TS)
    assert len(ours) > 400
    unfinished = [k for k, t in ours.items() if t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()]
    assert not unfinished, unfinished[:10]
    for (context, source), t in ours.items():  # placeholders, tabs and accelerators survive
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", t.text)), (context, source)
        assert source.count("\t") == t.text.count("\t"), (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in t.text.replace("&&", "")), (context, source)
    lupdate = i18n._lrelease().replace("lrelease", "lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    extracted = set(_messages(fresh))
    assert len(extracted) > 400
    missing = extracted - set(ours)
    assert not missing, f"strings in ui/ missing from {TS.name} (run `make translations`): {sorted(missing)[:10]}"


def test_the_compiled_translation_translates(tmp_path):
    qm = tmp_path / "hi.qm"
    assert i18n.compile_ts(TS, qm) and qm.stat().st_size > 1000
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("menus", "&File") == "फ़ाइल (&F)"
    assert t.translate("Shortcuts", "This sheet") == "यह सूची"


def focusable_without_name(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root) or w.isWindow() and w is not root:
            continue
        if isinstance(w.parent(), (QComboBox, QAbstractSpinBox, QTabWidget)):  # their own parts: the parent is named
            continue
        if not w.accessibleName():
            text = w.text() if isinstance(w, (QAbstractButton, QLineEdit, QLabel)) else ""
            out.append(f"{type(w).__name__} {w.objectName()!r} {text!r} in {type(w.parent()).__name__}")
    return out


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_focusable_control_has_an_accessible_name(language, make_window, project_path):
    seed(project_path)
    assert i18n.install(language)
    try:
        window = make_window(project_path)
        window.show_notes()  # its dock too
        window.find_bar.open_bar()
        missing = focusable_without_name(window)
        for dialog in open_dialogs(window):
            dialog.show()
            missing += [f"{type(dialog).__name__}: {m}" for m in focusable_without_name(dialog)]
        assert not missing, "\n".join(missing)
        names = {w.accessibleName() for w in window.findChildren(QWidget) if w.accessibleName()}
        assert any(re.search("[\u0900-\u097f]", n) for n in names) == (language == "hi")
    finally:
        i18n.install("en")


def test_view_language_reopens_the_window_in_that_language(make_window, project_path, qtbot):
    seed(project_path)
    window = make_window(project_path)
    document = window.document
    try:
        window.actions_["language_hi"].trigger()
        hindi_window = window.successor
        qtbot.addWidget(hindi_window)
        assert not window.isVisible() and hindi_window.isVisible()
        assert hindi_window.menuBar().actions()[0].text() == "फ़ाइल (&F)"
        assert hindi_window.actions_["language_hi"].isChecked()
        # The same project and document, the choice remembered for the next start.
        assert Path(hindi_window.session.project.path) == Path(project_path) and hindi_window.document == document
        assert i18n.chosen_language() == "hi"
        hindi_window.actions_["language_en"].trigger()
        english_window = hindi_window.successor
        qtbot.addWidget(english_window)
        assert english_window.menuBar().actions()[0].text() == "&File"
        assert i18n.chosen_language() == "en"
    finally:
        i18n.install("en")


def test_first_start_takes_the_system_language_and_remembers_it(monkeypatch):
    from PySide6.QtCore import QLocale

    class Hindi:
        @staticmethod
        def system() -> QLocale:
            return QLocale("hi_IN")

    monkeypatch.setattr(i18n, "QLocale", Hindi)
    assert i18n.chosen_language() == "hi"
    monkeypatch.setattr(i18n, "QLocale", QLocale)  # the system changes; the choice stays
    assert i18n.chosen_language() == "hi"
    i18n.set_chosen_language("en")
    assert i18n.chosen_language() == "en"
