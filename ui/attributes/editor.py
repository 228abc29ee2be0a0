"""The attribute editor of one span: a field per attribute the scheme declares for its label
(a list for a choice, yes / no for a boolean, a line for text), each text field with a picker
of the values already used in the project and their surface forms ("ajay-mishra — अजय
मिश्रा, मिश्रा (3)"), filtered as you type in Hindi or Roman. ↓ goes to the picker, Enter there
takes a value, Enter in a field saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.attributes import UsedValue, Value, value_problem
from annotator.scheme import AttributeType
from annotator.search import find_in_text
from ui.contrast import ink_style
from ui.accessible import name_controls
from ui.i18n import core_text, translate

NOT_SET = QT_TRANSLATE_NOOP("AttributeEditor", "(not set)")
YES_NO = ((True, QT_TRANSLATE_NOOP("AttributeEditor", "yes")), (False, QT_TRANSLATE_NOOP("AttributeEditor", "no")))


def matching(used: list[UsedValue], query: str) -> list[UsedValue]:
    """The used values whose value holds `query` (ignoring case) or whose surface forms match it
    as a search does (folded Devanagari, phonetic Roman); all of them for an empty query."""
    query = query.strip()
    if not query:
        return list(used)
    folded = query.casefold()
    return [u for u in used if folded in u.value.casefold() or any(find_in_text(s, query) for s in u.surfaces)]


class _Picker(QListWidget):
    """The used values under a text field; Enter takes the current one into the field."""

    picked = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class _TextField(QLineEdit):
    """A text attribute's line; ↓ moves into its picker."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class AttributeEditor(QDialog):
    """Non-blocking (open()); `saved(values)` carries only what changed: name -> new value,
    or None for a value cleared."""

    saved = Signal(dict)

    def __init__(self, what: str, declared: list[AttributeType], current: dict[str, Value], used: Callable[[str], list[UsedValue]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("AttributeEditor", "Span attributes"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.declared, self.current = declared, dict(current)
        self.fields: dict[str, QComboBox | _TextField] = {}
        self.pickers: dict[str, _Picker] = {}
        self._used: dict[str, list[UsedValue]] = {}
        about = QLabel(translate("AttributeEditor", "Attributes of {what}").format(what=what))
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        form = QFormLayout()
        for attribute in declared:
            value = current.get(attribute.name)
            if attribute.kind == "text":
                field = _TextField(value if isinstance(value, str) else "")
                field.setPlaceholderText(translate("AttributeEditor", "type a new value, or ↓ to pick one already used"))
                field.setToolTip(attribute.description)
                picker = _Picker()
                picker.setMaximumHeight(field.sizeHint().height() * 5)
                self._used[attribute.name] = used(attribute.name)
                field.textChanged.connect(lambda text, n=attribute.name: self._filter(n, text))
                field.textChanged.connect(self._check)
                field.down.connect(lambda p=picker: (p.setFocus(), p.setCurrentRow(max(p.currentRow(), 0))))
                picker.picked.connect(lambda v, f=field: (f.setText(v), f.setFocus()))
                picker.itemDoubleClicked.connect(lambda item, f=field: (f.setText(item.data(Qt.ItemDataRole.UserRole)), f.setFocus()))
                form.addRow(attribute.name, field)
                form.addRow("", picker)
                self.pickers[attribute.name] = picker
                self._filter(attribute.name, "")
            else:
                field = QComboBox()
                field.addItem(translate("AttributeEditor", NOT_SET), None)
                options = YES_NO if attribute.kind == "boolean" else [(v, v) for v in attribute.values]
                for data, shown in options:
                    field.addItem(shown, data)
                field.setCurrentIndex(max(field.findData(value), 0) if value is not None else 0)
                field.setToolTip(attribute.description)
                form.addRow(attribute.name, field)
            self.fields[attribute.name] = field
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(ink_style("#C62828"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._finish)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        if declared:
            self.fields[declared[0].name].setFocus()
        name_controls(self)  # after every control is made

    def _filter(self, name: str, text: str) -> None:
        picker = self.pickers[name]
        picker.clear()
        for u in matching(self._used[name], text):
            item = QListWidgetItem(f"{u.value} — {', '.join(u.surfaces)} ({u.spans})")
            item.setData(Qt.ItemDataRole.UserRole, u.value)
            picker.addItem(item)

    def values(self) -> dict[str, Value | None]:
        """Every declared attribute's value as the fields say (None: not set)."""
        out: dict[str, Value | None] = {}
        for attribute in self.declared:
            field = self.fields[attribute.name]
            if isinstance(field, QComboBox):
                out[attribute.name] = field.currentData()
            else:
                out[attribute.name] = field.text().strip() or None
        return out

    def _problems(self) -> str | None:
        for attribute in self.declared:
            value = self.values()[attribute.name]
            problem = value_problem(attribute, value) if value is not None else None
            if problem:
                return problem
        return None

    def _check(self, _text: str = "") -> None:
        problem = self._problems()
        self.problem.setText(core_text(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)

    def _finish(self) -> None:
        if self._problems():
            return
        changed = {name: value for name, value in self.values().items() if value != self.current.get(name)}
        self.accept()
        if changed:
            self.saved.emit(changed)
