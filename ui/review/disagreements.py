"""The review window's disagreement list: one document's disagreements grouped by kind (only
one annotator, label differs, boundary differs, attributes differ, relation differs) with counts, each row
saying what every compared annotator proposed, and a tick once gold holds a decision.

It shows what `disagreements.review_document` found and nothing else; the window decides.
`DisagreementColumn` is the column it sits in, with the agreement and provenance notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from annotator.disagreements import KINDS, DocumentReview, RelationGroup, SpanGroup
from ui.models import plain_tooltip
from ui.review.layers import plain_label
from ui.contrast import ink, ink_style
from ui.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_TITLES = {
    "only_one": QT_TRANSLATE_NOOP("DisagreementList", "Only one annotator"),
    "label": QT_TRANSLATE_NOOP("DisagreementList", "Label differs"),
    "boundary": QT_TRANSLATE_NOOP("DisagreementList", "Boundary differs"),
    "attribute": QT_TRANSLATE_NOOP("DisagreementList", "Attributes differ"),
    "relation": QT_TRANSLATE_NOOP("DisagreementList", "Relation differs"),
}
DONE_COLOUR = QColor("#2E7D32")


def _short(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _values(c, name: str, kind: str) -> str:
    """' (role=accused, negated=yes)' when the values are what differs, else nothing."""
    if kind != "attribute":
        return ""
    values = c.values_of(name)
    words = {True: translate("DisagreementList", "yes"), False: translate("DisagreementList", "no")}
    return " (" + (", ".join(f"{k}={words.get(v, v)}" for k, v in values.items()) or translate("DisagreementList", "no values")) + ")"


def describe_span_group(group: SpanGroup, text: str, names: list[str], shown: Callable[[str], str]) -> str:
    """'surface · A: PERSON 5–19 · B: —' for one cluster."""
    parts = [_short(text[group.start : group.end])]
    for name in names:
        mine = [c for c in group.candidates if name in c.annotators]
        got = ", ".join(f"{c.label} {c.start}–{c.end}" + _values(c, name, group.kind) for c in mine) or "—"
        parts.append(f"{shown(name)}: {got}")
    return "  ·  ".join(parts)


def describe_relation_group(group: RelationGroup, text: str, spans: dict[str, SpanGroup], names: list[str], shown: Callable[[str], str]) -> str:
    """'head → tail · A: HAS_DESIGNATION · B: —' for the relations joining two clusters."""
    h, t = spans.get(group.groups[0]), spans.get(group.groups[1])
    ends = f"{_short(text[h.start:h.end], 16) if h else '?'} ↔ {_short(text[t.start:t.end], 16) if t else '?'}"
    parts = [ends]
    for name in names:
        mine = [c for c in group.candidates if name in c.annotators]
        # the endpoints' offsets too: the same label drawn from another boundary is not agreement
        got = ", ".join(f"{c.label} {c.ends[0][0]}–{c.ends[0][1]}→{c.ends[1][0]}–{c.ends[1][1]}" for c in mine)
        parts.append(f"{shown(name)}: {got or '—'}")
    return "  ·  ".join(parts)


class DisagreementList(QTreeWidget):
    """Kinds as top-level rows with counts, disagreements under them; `keyFilter` sees every
    key first (the window's review keys), so J/K/1/2/X… never start a type-ahead search."""

    current = Signal(str)  # the key of the disagreement now selected

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        # One line per row at the column's width, elided, the whole text in its tooltip; the
        # column never widens the window.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.keyFilter: Callable[[QKeyEvent], bool] | None = None
        self.keys: list[str] = []  # disagreement keys in the order shown (the J/K order)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._changed)

    def show_review(self, review: DocumentReview | None, text: str, names: list[str], shown: Callable[[str], str], keep: str | None) -> None:
        """Rebuild from a fresh review, keeping `keep` selected when it is still listed."""
        self.blockSignals(True)
        self.clear()
        self.keys, self._items = [], {}
        if review is not None:
            spans = {g.key: g for g in review.groups}
            for kind in KINDS:
                groups = [g for g in review.disagreements if g.kind == kind]
                if kind == "attribute" and not groups:  # only schemes with attributes have them
                    continue
                done = sum(1 for g in groups if g.resolved)
                title = translate("DisagreementList", KIND_TITLES[kind])
                count = translate("DisagreementList", "{title} ({count}, {done} decided)") if done else translate("DisagreementList", "{title} ({count})")
                head = QTreeWidgetItem([count.format(title=title, count=len(groups), done=done)])
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                self.addTopLevelItem(head)
                for g in groups:
                    if isinstance(g, SpanGroup):
                        line = describe_span_group(g, text, names, shown)
                    else:
                        line = describe_relation_group(g, text, spans, names, shown)
                    item = QTreeWidgetItem(["✓ " + line if g.resolved else line])
                    item.setData(0, KEY_ROLE, g.key)
                    item.setToolTip(0, plain_tooltip(line))  # span text and names: never read as HTML
                    if g.resolved:
                        item.setForeground(0, QBrush(ink(DONE_COLOUR.name())))
                    head.addChild(item)
                    self.keys.append(g.key)
                    self._items[g.key] = item
                head.setExpanded(True)
        self.blockSignals(False)
        if keep in self._items:
            self.select(keep)

    def select(self, key: str | None) -> None:
        item = self._items.get(key or "")
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def selected(self) -> str | None:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def _changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key:
            self.current.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keyFilter is not None and self.keyFilter(event):
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # letters are review keys, not a search
        return


class DisagreementColumn(QWidget):
    """The review window's left column: the disagreement list, what all annotators agree on,
    the provenance of the selected gold row, and the review keys."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = DisagreementList()
        self.list.setAccessibleName(translate("DisagreementColumn", "Disagreements"))
        self.setMinimumWidth(300)
        self.agreed_label = plain_label()
        self.agreed_label.setWordWrap(True)
        self.provenance_label = plain_label(translate("DisagreementColumn", "Select a gold span to see where it came from."))
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setAccessibleName(translate("DisagreementColumn", "Provenance"))
        self.provenance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_label = plain_label()
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet(ink_style("#455A64"))
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(plain_label(translate("DisagreementColumn", "Disagreements")))
        box.addWidget(self.list, 1)
        box.addWidget(self.agreed_label)
        box.addWidget(plain_label(translate("DisagreementColumn", "Provenance")))
        box.addWidget(self.provenance_label)
        box.addWidget(self.keys_label)

    def show_keys(self, takes: str) -> None:
        self.keys_label.setText(translate("DisagreementColumn", "Keys: J/K next/previous · {takes} · B take both · X reject · E edit in gold · Ctrl+Shift+A accept agreed · Ctrl+Enter adjudicated").format(takes=takes))

    def show_agreed(self, review: DocumentReview, gold: set[tuple[int, int, str]], names: list[str]) -> None:
        """How much every one of `names` agrees on, and how many of those spans `gold` lacks."""
        everyone = set(names)
        waiting = sum(1 for g in review.groups for c in g.candidates if set(c.annotators) == everyone and (c.start, c.end, c.label) not in gold)
        agreed = sum(1 for g in review.groups for c in g.candidates if set(c.annotators) == everyone)
        rel_agreed = sum(1 for r in review.relations for c in r.candidates if set(c.annotators) == everyone)
        self.agreed_label.setText(
            translate("DisagreementColumn", "All {count} annotators agree on {spans} span(s) and {relations} relation(s); {waiting} agreed span(s) not in gold yet (A or Ctrl+Shift+A).").format(count=len(names), spans=agreed, relations=rel_agreed, waiting=waiting)
        )
