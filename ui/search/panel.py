"""The project-wide search panel (Ctrl+Shift+F): a Devanagari or Roman query, its hits grouped
by document with some text either side, and activating a hit opens that document with the
hit selected. The search itself runs on the worker thread (`search_job`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.project import Project
from ui.models import plain_tooltip
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
D = Qt.ItemDataRole
HIT_ROLE = D.UserRole + 2  # (document uuid, start, end) of a hit; a document row: its first hit
PARTS_ROLE = D.UserRole + 3  # (before, match, after) of a hit row, for the highlighting delegate
CONTEXT = 36  # characters shown either side of a hit
LIMIT = 2000  # hits listed at most


@dataclass(frozen=True)
class HitRow:
    start: int
    end: int
    before: str
    match: str
    after: str


@dataclass(frozen=True)
class DocumentHits:
    document: str
    ext_id: str
    hits: tuple[HitRow, ...]


@dataclass(frozen=True)
class SearchResult:
    query: str
    groups: tuple[DocumentHits, ...]
    truncated: bool

    @property
    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """Up to `width` characters either side of [start, end), cut at spaces (never inside an
    akshara), with "…" where the text goes on, on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    before, after = text[a:start], text[end:b]
    if a > 0:
        cut = before.find(" ")
        before = "…" + (before[cut + 1 :] if cut >= 0 else "")
    if b < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut >= 0 else "") + "…"
    return _one_line(before), _one_line(after)


def search_job(query: str, limit: int = LIMIT):
    """A worker job: the core's search over the whole project, with context for each hit."""

    def run(project: Project) -> SearchResult:
        from annotator import search

        hits = search.search(project, query, limit=limit + 1)
        truncated = len(hits) > limit
        groups: list[DocumentHits] = []
        texts: dict[str, str] = {}
        current: list[HitRow] = []
        for hit in hits[:limit]:
            if not groups or groups[-1].document != hit.document:
                current = []
                groups.append(DocumentHits(hit.document, hit.ext_id, ()))
            text = texts.get(hit.document)
            if text is None:
                texts.clear()  # one document's text at a time
                text = texts[hit.document] = project.text(hit.document)
            before, after = context(text, hit.start, hit.end)
            current.append(HitRow(hit.start, hit.end, before, hit.text, after))
            groups[-1] = DocumentHits(hit.document, hit.ext_id, tuple(current))
        return SearchResult(query, tuple(groups), truncated)

    return run


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per document ("id — n hits"), under it a row per hit in context.
    A hit row's internal id is its document row + 1; a document row's is 0."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: SearchResult | None = None

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def _groups(self) -> tuple[DocumentHits, ...]:
        return self.result.groups if self.result else ()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        groups = self._groups()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(groups) else QModelIndex()
        if parent.internalId() == 0 and parent.row() < len(groups) and row < len(groups[parent.row()].hits):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        groups = self._groups()
        if not parent.isValid():
            return len(groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(groups):
            return len(groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = D.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == D.DisplayRole and section == 0:
            return "Hits by document"
        return None

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid():
            return None
        groups = self._groups()
        if index.internalId() == 0:
            g = groups[index.row()]
            if role == D.DisplayRole:
                return f"{g.ext_id} — {len(g.hits)} hit{'s' if len(g.hits) != 1 else ''}"
            if role == HIT_ROLE:
                return (g.document, g.hits[0].start, g.hits[0].end)
            if role == D.ToolTipRole:
                return plain_tooltip(g.ext_id)
            return None
        g = groups[index.internalId() - 1]
        h = g.hits[index.row()]
        if role == D.DisplayRole:
            return f"{h.before}{h.match}{h.after}"
        if role == PARTS_ROLE:
            return (h.before, h.match, h.after)
        if role == HIT_ROLE:
            return (g.document, h.start, h.end)
        if role == D.ToolTipRole:
            return plain_tooltip(f"{g.ext_id}, {h.start}–{h.end}: {h.match}")
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit row as its context with the match in bold on a highlight colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        before, match, after = parts
        bold = QFont(opt.font)
        bold.setBold(True)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        plain_m, bold_m = QFontMetrics(opt.font), QFontMetrics(bold)
        # Keep the match in view: the context before it is elided from its left end.
        room = max(0, rect.width() - bold_m.horizontalAdvance(match)) // 2
        before = plain_m.elidedText(before, Qt.TextElideMode.ElideLeft, room) if before else ""
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(opt.rect)
        x = rect.left()
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for text, font, metrics, marked in ((before, opt.font, plain_m, False), (match, bold, bold_m, True), (after, opt.font, plain_m, False)):
            if not text or x >= rect.right():
                continue
            width = metrics.horizontalAdvance(text)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - x) if x + width > rect.right() else text
            box = QRect(x, rect.top(), min(width, rect.right() - x), rect.height())
            if marked:
                painter.fillRect(box.adjusted(-1, 2, 1, -2), MATCH_BACKGROUND)
            painter.setFont(font)
            painter.setPen(QColor("#000000") if marked else text_colour)
            painter.drawText(box, flags, shown)
            x += width
        painter.restore()


MATCH_BACKGROUND = QColor("#FFE082")  # the match, as a highlighter pen marks it


class _Query(QLineEdit):
    def __init__(self, panel: SearchPanel):
        super().__init__()
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.run_now()
        elif event.key() == Qt.Key.Key_Down and self.panel.model.rowCount():
            self.panel.tree.setFocus()  # onto the first hit
            first = self.panel.model.index(0, 0)
            self.panel.tree.setCurrentIndex(self.panel.model.index(0, 0, first))
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    searchRequested = Signal(str)  # the query to run over the project
    hitActivated = Signal(str, int, int)  # document, start, end

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = _Query(self)
        self.edit.setAccessibleName(translate("SearchPanel", "Search every document"))
        self.edit.setPlaceholderText(translate("SearchPanel", "Search every document, in Hindi or Roman (ajay mishra)"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SearchResultsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._debounce = QTimer(self, singleShot=True, interval=350)
        self._debounce.timeout.connect(self.run_now)
        self.edit.textChanged.connect(lambda _: self._debounce.start())
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._clicked)
        self._asked = ""

    def focus_query(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def run_now(self) -> None:
        self._debounce.stop()
        query = self.edit.text().strip()
        if not query:
            self._asked = ""
            self.model.set_result(None)
            self.status.setText("")
            return
        if query == self._asked and self.model.result is not None and self.model.result.query == query:
            return
        self._asked = query
        self.status.setText(translate("SearchPanel", "Searching…"))
        self.searchRequested.emit(query)

    def reset(self) -> None:
        """Forget the results (another project was opened); the query stays for Enter."""
        self._debounce.stop()
        self._asked = ""
        self.model.set_result(None)
        self.status.setText("")

    def show_result(self, result: SearchResult) -> None:
        if result.query != self.edit.text().strip():
            return  # typed on since
        self.model.set_result(result)
        if result.groups:
            self.tree.expandAll()
        n, d = result.hit_count, len(result.groups)
        more = translate("SearchPanel", " (the first {n})").format(n=f"{n:,}") if result.truncated else ""
        hits = translate("SearchPanel", "{n} hit") if n == 1 else translate("SearchPanel", "{n} hits")
        docs = translate("SearchPanel", "in {n} document") if d == 1 else translate("SearchPanel", "in {n} documents")
        self.status.setText(f"{hits.format(n=f'{n:,}')}{more} {docs.format(n=f'{d:,}')}" if n else translate("SearchPanel", "Not found"))

    def show_failure(self, message: str) -> None:
        self._asked = ""
        self.status.setText(message)

    def show_progress(self, done: int, total: int) -> None:
        if done < total:
            self.status.setText(translate("SearchPanel", "Indexing {done} of {total} documents…").format(done=f"{done:,}", total=f"{total:,}"))

    def _activated(self, index: QModelIndex) -> None:
        target = index.data(HIT_ROLE)
        if target:
            self.hitActivated.emit(*target)

    def _clicked(self, index: QModelIndex) -> None:
        if index.parent().isValid():  # a hit: one click opens it; a document row toggles
            self._activated(index)
