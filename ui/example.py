"""The demo layer's example in the main window. On the embedded default project one demo
article arrives annotated in a layer of its own (`annotator.defaults.DEMO_ANNOTATOR`), so a
newcomer sees span bars, nested spans and relation arcs before making any. While the
annotator's own layer on that document is empty, the text view shows the example read-only,
with a bar above the text that says so and offers two ways on: copy the example into one's
own layer (one undoable action), or hide it. Tagging any text starts the annotator's own
layer, which is shown from then on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from annotator.defaults import DEMO_ANNOTATOR
from annotator.project import Project
from ui.i18n import translate


def example_layer(project: Project, document: str, annotator: str, hidden: set[str]) -> str | None:
    """The layer to show instead of `annotator`'s own on `document`: the demo layer, when the
    project has one with spans there, the annotator's layer there is empty, and the user has
    not hidden the example on this document. None otherwise."""
    if document in hidden:
        return None
    demo = project.annotator(DEMO_ANNOTATOR)
    if demo is None or demo.uuid == annotator:
        return None
    if project.spans(document, annotator) or not project.spans(document, demo.uuid):
        return None
    return demo.uuid


class ExampleBar(QFrame):
    """The strip above the text while the example is shown."""

    copyRequested = Signal()
    hideRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exampleBar")
        self.setStyleSheet("#exampleBar { background: #E8F5E9; border-bottom: 1px solid #A5D6A7; } #exampleBar QLabel { color: #1B1B1B; }")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(translate("ExampleBar", "Copy into my layer"))
        self.copy_button.setToolTip(translate("ExampleBar", "Make these spans and relations your own, to correct and extend (one undo step)"))
        self.hide_button = QPushButton(translate("ExampleBar", "Hide the example"))
        self.hide_button.setToolTip(translate("ExampleBar", "Show your own (empty) layer of this article"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.hide_button)
        # Side by side when the message fits on one line beside the buttons, else stacked
        # (a narrow window, or 2x scaling), so the message never wraps into a tall column.
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(8, 4, 8, 4)
        self.box.addWidget(self.message, 1)
        self.box.addLayout(buttons)
        self._buttons = buttons
        self.copy_button.clicked.connect(self.copyRequested)
        self.hide_button.clicked.connect(self.hideRequested)
        self.hide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        one_line = self.message.fontMetrics().horizontalAdvance(self.message.text()) + 24
        side_by_side = one_line + self._buttons.sizeHint().width() <= self.width()
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def show_counts(self, spans: int, relations: int) -> None:
        self.message.setText(
            translate("ExampleBar", "An example: {spans} spans and {relations} relations from the demo layer, read-only. Tag any text to start your own layer.").format(spans=spans, relations=relations)
        )
        self._arrange()
        self.show()
