"""Accessible names for the controls a screen reader announces: `name_controls(root)` gives
every focusable control of `root` that has none the name a sighted user reads beside it (a
button's or box's own text, a form row's label, a line edit's placeholder), so the names are
in the window's language like the texts. Views, the text and the docks are named where made."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QLineEdit, QWidget


def _plain(text: str) -> str:
    """A shown text as a name: without accelerator marks and the tab before a shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0].strip()


def name_controls(root: QWidget) -> None:
    """Name every control under `root` (itself included) that takes focus and has no
    accessible name yet, from what is shown with it. Explicit names set earlier stay."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            name = _plain(label.widget().text()).rstrip(":")
            targets = [field.widget()] if field.widget() is not None else []
            if field.layout() is not None:  # a row of a field and its Browse… button
                targets = [field.layout().itemAt(i).widget() for i in range(field.layout().count())]
            for w in targets:
                if w is not None and not w.accessibleName() and not isinstance(w, QAbstractButton):
                    w.setAccessibleName(name)
    for w in [root, *root.findChildren(QWidget)]:
        if w.accessibleName():
            continue
        if isinstance(w, QAbstractButton) and w.text():
            w.setAccessibleName(_plain(w.text()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            w.setAccessibleName(w.placeholderText())
        elif isinstance(w, QAbstractButton) and w.toolTip():
            w.setAccessibleName(w.toolTip())
