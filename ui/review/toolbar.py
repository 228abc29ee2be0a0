"""The review window's two toolbars and its actions: the document and annotator choosers,
blind review, the gold status, undo/redo on the session's stack, and the decisions, each
action with its shortcut. The toolbars show what the window tells them and say what the
user chose through signals; every action calls the slot the window gave for its name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar, QToolButton

from annotator.project import GOLD_STATUSES
from ui.i18n import translate

STATUS_TITLES = {"not_started": QT_TRANSLATE_NOOP("ReviewToolbars", "Not started"), "in_review": QT_TRANSLATE_NOOP("ReviewToolbars", "In review"), "adjudicated": QT_TRANSLATE_NOOP("ReviewToolbars", "Adjudicated")}

# (name, text, keys) of the slot actions, in the order they are made.
ACTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("accept_agreed", QT_TRANSLATE_NOOP("ReviewToolbars", "Accept all agreed"), ("Ctrl+Shift+A",)),
    ("adjudicated", QT_TRANSLATE_NOOP("ReviewToolbars", "Mark adjudicated and next"), ("Ctrl+Return", "Ctrl+Enter")),
    ("next_document", QT_TRANSLATE_NOOP("ReviewToolbars", "Next document"), ("Ctrl+PgDown",)),
    ("previous_document", QT_TRANSLATE_NOOP("ReviewToolbars", "Previous document"), ("Ctrl+PgUp",)),
    ("back", QT_TRANSLATE_NOOP("ReviewToolbars", "Back to the list"), ("F6",)),
    ("close", QT_TRANSLATE_NOOP("ReviewToolbars", "Close"), ("Ctrl+W",)),
    # Decisions are clickable too; their keys are handled by the list (ReviewWindow.review_key).
    ("take_1", QT_TRANSLATE_NOOP("ReviewToolbars", "Take 1"), ()),
    ("take_2", QT_TRANSLATE_NOOP("ReviewToolbars", "Take 2"), ()),
    ("both", QT_TRANSLATE_NOOP("ReviewToolbars", "Take both (B)"), ()),
    ("reject", QT_TRANSLATE_NOOP("ReviewToolbars", "Reject (X)"), ()),
    ("edit", QT_TRANSLATE_NOOP("ReviewToolbars", "Edit (E)"), ()),
)
DECIDE = ("take_1", "take_2", "both", "reject", "edit", "accept_agreed", "adjudicated", "undo", "redo")


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def status_title(status: str) -> str:
    return translate("ReviewToolbars", STATUS_TITLES.get(status, status)).lower()


class ReviewToolbars(QObject):
    """Adds the Review and Decide toolbars to `window`. `slots` maps each name in ACTIONS,
    and "blind" (called with the checked state), to what it does; `actions` holds every
    action by name, undo and redo included."""

    documentChosen = Signal(str)
    statusChosen = Signal(str)
    annotatorToggled = Signal(str, bool)

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, slots: dict[str, Callable]):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = QToolBar(translate("ReviewToolbars", "Review"))
        bar.setObjectName("review-toolbar")
        bar.setMovable(False)
        window.addToolBar(bar)
        self.doc_box = QComboBox()
        self.doc_box.setMinimumContentsLength(28)
        self.doc_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doc_box.activated.connect(lambda i: self.documentChosen.emit(self.doc_box.itemData(i)))
        bar.addWidget(_plain(translate("ReviewToolbars", " Document ")))
        bar.addWidget(self.doc_box)
        self.who_button = QToolButton()
        self.who_button.setText(translate("ReviewToolbars", "Annotators ▾"))
        self.who_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.who_menu = QMenu(self.who_button)
        self.who_button.setMenu(self.who_menu)
        bar.addWidget(self.who_button)
        blind = self._action("blind", translate("ReviewToolbars", "Hide annotator names"), slots["blind"], ("Ctrl+Shift+H",))
        blind.setCheckable(True)
        bar.addAction(blind)
        bar.addSeparator()
        bar.addWidget(_plain(" " + translate("ReviewToolbars", "Gold status") + " "))
        self.status_box = QComboBox()
        self.status_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for status in GOLD_STATUSES:
            self.status_box.addItem(translate("ReviewToolbars", STATUS_TITLES[status]), status)
        self.status_box.activated.connect(lambda i: self.statusChosen.emit(self.status_box.itemData(i)))
        bar.addWidget(self.status_box)
        bar.addSeparator()
        # Fixed texts: the stack's own actions rename themselves after each command ("Undo Take
        # asha's span…"), and the toolbar button grew and shrank with it. What would be undone
        # is in the tooltip instead.
        undo = self._stack_action(translate("ReviewToolbars", "Undo"), undo_stack.undo, undo_stack.canUndo, undo_stack.canUndoChanged, undo_stack.undoText, undo_stack.undoTextChanged)
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self._stack_action(translate("ReviewToolbars", "Redo"), undo_stack.redo, undo_stack.canRedo, undo_stack.canRedoChanged, undo_stack.redoText, undo_stack.redoTextChanged)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for name, action in (("undo", undo), ("redo", redo)):
            window.addAction(action)
            self.actions[name] = action
        for name, text, keys in ACTIONS:
            self._action(name, translate("ReviewToolbars", text), slots[name], keys)
        window.addToolBarBreak()
        decide = QToolBar(translate("ReviewToolbars", "Decide"))
        decide.setObjectName("decide-toolbar")
        decide.setMovable(False)
        window.addToolBar(decide)
        for name in DECIDE:
            decide.addAction(self.actions[name])

    def _stack_action(self, text: str, slot: Callable, can: Callable[[], bool], can_changed, what: Callable[[], str], what_changed) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        action.setEnabled(can())
        can_changed.connect(action.setEnabled)
        tip = lambda t: action.setToolTip(f"{text}: {t}" if t else text)  # noqa: E731
        tip(what())
        what_changed.connect(tip)
        return action

    def _action(self, name: str, text: str, slot: Callable, keys: tuple[str, ...] = ()) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.window.addAction(action)
        self.actions[name] = action
        return action

    def show_documents(self, documents: list[tuple[str, str, str]]) -> None:
        """The (uuid, ext_id, gold status) documents to choose from."""
        self.doc_box.blockSignals(True)
        self.doc_box.clear()
        for uuid, ext_id, status in documents:
            self.doc_box.addItem(f"{ext_id} — {status_title(status)}", uuid)
        self.doc_box.blockSignals(False)

    def show_document(self, uuid: str | None, ext_id: str, status: str) -> None:
        """Make `uuid` the chosen document, its entry showing its gold status now."""
        i = self.doc_box.findData(uuid) if uuid else -1
        if i >= 0:
            self.doc_box.setCurrentIndex(i)
            self.doc_box.setItemText(i, f"{ext_id} — {status_title(status)}")

    def show_status(self, status: str) -> None:
        self.status_box.setCurrentIndex(max(self.status_box.findData(status), 0))

    def show_annotators(self, everyone: list[str], names: list[str], shown: Callable[[str], str]) -> None:
        """The annotator menu (`everyone`, those in `names` checked) and the take actions."""
        self.who_menu.clear()
        for name in everyone:
            action = self.who_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in names)
            # Later: the menu is rebuilt, and the action emitting this must outlive its signal.
            action.toggled.connect(lambda on, n=name: QTimer.singleShot(0, lambda: self.annotatorToggled.emit(n, on)))
        self.show_names(names, shown)

    def show_names(self, names: list[str], shown: Callable[[str], str]) -> None:
        count = len(names)
        take = translate("ReviewToolbars", "Take {name} ({key})")
        self.actions["take_1"].setText(take.format(name=shown(names[0]), key=1) if count > 0 else translate("ReviewToolbars", "Take 1"))
        self.actions["take_2"].setText(take.format(name=shown(names[1]), key=2) if count > 1 else translate("ReviewToolbars", "Take 2"))
        who = ", ".join(shown(n) for n in names) or translate("ReviewToolbars", "none")
        self.who_button.setText(translate("ReviewToolbars", "Annotators: {names} ▾").format(names=who))
