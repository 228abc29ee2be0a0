"""The first start: Cancel on the name dialog, an empty name, and keys before any click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import add_document
from ui import dialogs
from ui import settings as saved


def _window(qtbot):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_cancel_on_the_name_dialog_still_opens_the_project(qtbot, project_path, monkeypatch, errors):
    add_document(project_path, "कानपुर में बारिश हुई।")
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda parent, existing, current="": None)  # Cancel
    window = _window(qtbot)
    assert window.open_project(project_path)
    assert window.session is not None and window.session.annotator_name == dialogs.stand_in_name()
    assert not saved.annotator_name()  # not remembered: the next start asks again
    assert window.doc_model.rowCount() == 1 and len(window.side.buttons) > 0
    assert "Switch annotator" in window.statusBar().currentMessage()
    assert window.actions_["recent_menu"].isEnabled()
    monkeypatch.setattr(dialogs, "ask_annotator_name", lambda parent, existing, current="": "asha")
    window.actions_["switch_annotator"].trigger()
    assert window.session.annotator_name == "asha" and saved.annotator_name() == "asha"
    assert errors == []


def test_ok_with_an_empty_name_says_why(qtbot):
    dialog = dialogs.AnnotatorDialog(None, ["ravi"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.names.setCurrentText("   ")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problem.text() and dialog.problem.isVisible()


def test_escape_closes_the_shortcut_sheet_not_the_window(qtbot, make_window):
    window = make_window("राम आए।")
    window.show_shortcuts()
    sheet = window._sheet
    qtbot.waitUntil(sheet.isVisible)
    assert sheet.focusWidget() is sheet.table  # real focus is checked on Xvfb; offscreen has no active window
    qtbot.keyClick(sheet.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())
    assert window.isVisible()
