"""Qt's own strings that the window shows (standard buttons, the file dialog, text fields'
context menus), marked so pyside6-lupdate copies them into our .ts: PySide6 ships no Hindi
qtbase translation, so ours carries their Hindi under the contexts Qt looks them up in.
Nothing imports this module; lupdate reads it, and tests/ui/test_language.py checks that
Qt really takes these translations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

QT_STRINGS = (
    # QPlatformTheme::defaultStandardButtonText: QDialogButtonBox and QMessageBox buttons.
    N("QPlatformTheme", "OK"),
    N("QPlatformTheme", "Save"),
    N("QPlatformTheme", "Save All"),
    N("QPlatformTheme", "Open"),
    N("QPlatformTheme", "&Yes"),
    N("QPlatformTheme", "Yes to &All"),
    N("QPlatformTheme", "&No"),
    N("QPlatformTheme", "N&o to All"),
    N("QPlatformTheme", "Abort"),
    N("QPlatformTheme", "Retry"),
    N("QPlatformTheme", "Ignore"),
    N("QPlatformTheme", "Close"),
    N("QPlatformTheme", "Cancel"),
    N("QPlatformTheme", "Discard"),
    N("QPlatformTheme", "Help"),
    N("QPlatformTheme", "Apply"),
    N("QPlatformTheme", "Reset"),
    N("QPlatformTheme", "Restore Defaults"),
    # Qt's own file dialog (used where the system offers none).
    N("QFileDialog", "Look in:"),
    N("QFileDialog", "File &name:"),
    N("QFileDialog", "Files of type:"),
    N("QFileDialog", "&Open"),
    N("QFileDialog", "&Save"),
    N("QFileDialog", "&Choose"),
    N("QFileDialog", "Back"),
    N("QFileDialog", "Forward"),
    N("QFileDialog", "Parent Directory"),
    N("QFileDialog", "Create New Folder"),
    N("QFileDialog", "List View"),
    N("QFileDialog", "Detail View"),
    N("QFileDialog", "All Files (*)"),
    N("QFileDialog", "Directory:"),
    N("QFileDialog", "New Folder"),
    N("QFileDialog", "&New Folder"),
    N("QFileDialog", "&Rename"),
    N("QFileDialog", "&Delete"),
    N("QFileDialog", "Show &hidden files"),
    N("QFileSystemModel", "Name"),
    N("QFileSystemModel", "Size"),
    N("QFileSystemModel", "Type"),
    N("QFileSystemModel", "Date Modified"),
    # The context menu of every line edit and text box.
    N("QLineEdit", "&Undo"),
    N("QLineEdit", "&Redo"),
    N("QLineEdit", "Cu&t"),
    N("QLineEdit", "&Copy"),
    N("QLineEdit", "&Paste"),
    N("QLineEdit", "Delete"),
    N("QLineEdit", "Select All"),
    N("QWidgetTextControl", "&Undo"),
    N("QWidgetTextControl", "&Redo"),
    N("QWidgetTextControl", "Cu&t"),
    N("QWidgetTextControl", "&Copy"),
    N("QWidgetTextControl", "&Paste"),
    N("QWidgetTextControl", "Delete"),
    N("QWidgetTextControl", "Select All"),
)
