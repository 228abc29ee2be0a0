"""Thin Qt item models over core reads: the lazy document list, and this document's entity
and relation lists. They hold ids or small row tuples and change by precise inserts,
removals and dataChanged from a `Changes` record, never by a reset after an edit."""

from __future__ import annotations

import html
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

from annotator import worklist
from annotator.edits import Changes
from annotator.project import Project, RelationRow, SpanRow
from annotator.rows import NoteRow
from annotator.scheme import Scheme
from ui.notes.marks import mark, tooltip_line
from ui.contrast import ink
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
D = Qt.ItemDataRole
ID_ROLE = D.UserRole + 1
STATUS_NAMES = {"new": QT_TRANSLATE_NOOP("Status", "new"), "in_progress": QT_TRANSLATE_NOOP("Status", "in progress"), "done": QT_TRANSLATE_NOOP("Status", "done")}


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt guesses rich text in tooltips, so we say
    rich text explicitly and escape the content."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def _short(text: str, limit: int = 48) -> str:
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class DocRow:
    uuid: str
    ext_id: str
    length: int
    seq: int
    status: str
    assigned: bool = False  # in this annotator's queue (listed first)


class DocumentListModel(QAbstractTableModel):
    """Every document of the project, fetched a page at a time; only a few pages are kept.

    Opening stays instant at 100,000 documents: only the count and the first visible page
    are read. Filters (this annotator's status, a text or id fragment, and the documents a
    project search found for that text) are applied in SQL.
    """

    PAGE = 200
    MAX_PAGES = 32
    HEADERS = ("#", QT_TRANSLATE_NOOP("Headers", "Document"), QT_TRANSLATE_NOOP("Headers", "Chars"), QT_TRANSLATE_NOOP("Headers", "Status"))
    TIPS = (QT_TRANSLATE_NOOP("Headers", "Order in the project"), QT_TRANSLATE_NOOP("Headers", "The document's id"), QT_TRANSLATE_NOOP("Headers", "Length in characters (code points)"), QT_TRANSLATE_NOOP("Headers", "Your status on it"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: Project | None = None
        self.annotator: str | None = None
        self.status_filter: str | None = None
        self.text_filter = ""
        self.matches: tuple[str, ...] | None = None
        self._count = 0
        self._queued = False  # this annotator has assigned documents: their queue comes first
        self._pages: OrderedDict[int, list[DocRow]] = OrderedDict()

    def set_project(self, project: Project | None, annotator: str | None) -> None:
        self.beginResetModel()
        self.project, self.annotator = project, annotator
        self._reload()
        self.endResetModel()

    def set_filter(self, status: str | None, text: str, matches: tuple[str, ...] | list[str] | None = None) -> None:
        """Show the documents with this status (None: any) whose id or text holds `text`, or
        that are among `matches` (document ids a project search found for `text`)."""
        matches = tuple(matches) if matches is not None and text else None
        if (status, text, matches) == (self.status_filter, self.text_filter, self.matches):
            return
        self.beginResetModel()
        self.status_filter, self.text_filter, self.matches = status, text, matches
        self._reload()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        return bool(self.status_filter or self.text_filter)

    def _reload(self) -> None:
        self._pages.clear()
        self._queued = self.project is not None and worklist.has_queue(self.project, self.annotator)
        if self.project is None:
            self._count = 0
        elif self.filtered:
            self._count = worklist.count_documents(self.project, self.annotator, self.status_filter, self.text_filter, self.matches)
        else:
            self._count = self.project.document_count()

    def _page(self, number: int) -> list[DocRow]:
        page = self._pages.get(number)
        if page is None:
            offset = number * self.PAGE
            if self.filtered or self._queued:
                rows = worklist.documents_page(self.project, self.annotator, self.status_filter, self.text_filter, offset, self.PAGE, self.matches)
            else:
                infos = self.project.documents(offset=offset, limit=self.PAGE)
                statuses = worklist.statuses_of(self.project, self.annotator, [i.uuid for i in infos])
                rows = [(i.uuid, i.ext_id, i.length, i.seq, statuses.get(i.uuid, "new")) for i in infos]
            page = [DocRow(*r) for r in rows]
            self._pages[number] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row(self, number: int) -> DocRow | None:
        if not 0 <= number < self._count or self.project is None:
            return None
        page = self._page(number // self.PAGE)
        i = number % self.PAGE
        return page[i] if i < len(page) else None

    def row_of(self, uuid: str) -> int | None:
        """The row of a document under the current filter, or None when filtered out."""
        if self.project is None:
            return None
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.uuid == uuid:
                    return number * self.PAGE + i
        return worklist.position_of(self.project, self.annotator, self.status_filter, self.text_filter, uuid, self.matches)

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = D.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == D.DisplayRole:
                return translate("Headers", self.HEADERS[section])
            if role == D.ToolTipRole:
                return translate("Headers", self.TIPS[section])
        return None

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == D.DisplayRole:
            return (str(r.seq), r.ext_id, f"{r.length:,}", translate("Status", STATUS_NAMES.get(r.status, r.status)))[col]
        if role == ID_ROLE:
            return r.uuid
        if role == D.ToolTipRole and col == 1:
            status = translate("Status", STATUS_NAMES.get(r.status, r.status))  # shown here too: a narrow list hides its column
            tip = translate("DocumentListModel", "{id} (assigned to you) · {length} characters · {status}") if r.assigned else translate("DocumentListModel", "{id} · {length} characters · {status}")
            return plain_tooltip(tip.format(id=r.ext_id, length=f"{r.length:,}", status=status))
        if role == D.FontRole and col == 1 and r.assigned:
            font = QFont()
            font.setBold(True)
            return font
        if role == D.TextAlignmentRole and col in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == D.ForegroundRole and col == 3 and r.status == "done":
            return ink("#2E7D32")
        return None

    def apply_changes(self, changes: Changes) -> None:
        """Show this annotator's new status of a document where its row is loaded."""
        for _, after in changes.statuses:
            if after is None or after.annotator != self.annotator:
                continue
            status = "new" if after.deleted else after.status
            for number, page in self._pages.items():
                for i, r in enumerate(page):
                    if r.uuid == after.document:
                        page[i] = replace(r, status=status)
                        idx = self.index(number * self.PAGE + i, 3)
                        self.dataChanged.emit(idx, idx, [D.DisplayRole, D.ForegroundRole])


class ListTableModel(QAbstractTableModel):
    """A flat table over the Python list `self.rows`, with the column titles in HEADERS."""

    HEADERS: tuple[str, ...] = ()
    rows: list
    notes: dict[str, NoteRow] = {}  # noqa: RUF012  (replaced per instance by set_notes)

    def set_notes(self, notes: dict[str, NoteRow]) -> None:
        """Show the notes and flags of these targets (uuid -> live note): a mark (before a
        span's text, which has the room; after a relation's type) and the note in the row's
        tooltip; only rows whose note changed are refreshed."""
        old, self.notes = self.notes, dict(notes)
        for i, row in enumerate(self.rows):
            if old.get(row.uuid) != self.notes.get(row.uuid):
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1), [D.DisplayRole, D.ToolTipRole])

    def _noted(self, uuid: str, tip: str) -> str:
        line = tooltip_line(self.notes.get(uuid))
        return f"{tip}\n{line}" if line else tip

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = D.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == D.DisplayRole and 0 <= section < len(self.HEADERS):
            return translate("Headers", self.HEADERS[section])
        return None


class SpanListModel(ListTableModel):
    """This document's spans in this annotator's layer, in text order."""

    HEADERS = (QT_TRANSLATE_NOOP("Headers", "Label"), QT_TRANSLATE_NOOP("Headers", "Text"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.document: str | None = None
        self.annotator: str | None = None
        self.rows: list[SpanRow] = []
        self._by_id: dict[str, SpanRow] = {}
        self.icons: dict[str, QIcon] = {}  # the label's colour and shape (ui.shapes)
        # (label, surface) -> tooltip text; the window adds the romanisation.
        self.describe: Callable[[str, str], str] | None = None
        self.attributes: dict[str, dict] = {}  # span uuid -> its attributes (set_attributes)

    def set_scheme(self, scheme: Scheme) -> None:
        from ui.shapes import shape_icon

        self.icons = {e.name: shape_icon(e.color, i) for i, e in enumerate(scheme.entities)}

    def set_attributes(self, values: dict[str, dict]) -> None:
        """Show each span's attributes (uuid -> name -> value) in its tooltip; only rows whose
        values changed are refreshed."""
        old, self.attributes = self.attributes, dict(values)
        for i, row in enumerate(self.rows):
            if old.get(row.uuid) != self.attributes.get(row.uuid):
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1), [D.ToolTipRole])

    def set_document(self, document: str | None, annotator: str | None, text: str, spans: list[SpanRow]) -> None:
        self.beginResetModel()
        self.document, self.annotator, self.text = document, annotator, text
        self.rows = sorted(spans, key=_span_key)
        self._by_id = {s.uuid: s for s in self.rows}
        self.endResetModel()

    def by_id(self) -> dict[str, SpanRow]:
        return self._by_id

    def row_of(self, uuid: str) -> int | None:
        span = self._by_id.get(uuid)
        if span is None:
            return None
        i = bisect_left(self.rows, _span_key(span), key=_span_key)
        return i if i < len(self.rows) and self.rows[i].uuid == uuid else None

    def apply_changes(self, changes: Changes) -> None:
        for before, after in changes.spans:
            row = before or after
            if row.document != self.document or row.annotator != self.annotator:
                continue
            i = self.row_of(row.uuid)
            if i is not None:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self._by_id.pop(row.uuid, None)
                self.endRemoveRows()
            if after is not None and not after.deleted:
                self._by_id[after.uuid] = after
                j = bisect_left(self.rows, _span_key(after), key=_span_key)
                self.beginInsertRows(QModelIndex(), j, j)
                self.rows.insert(j, after)
                self.endInsertRows()

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        s = self.rows[index.row()]
        if role == D.DisplayRole:
            return s.label if index.column() == 0 else (mark(self.notes.get(s.uuid)).strip() + " " + _short(self.text[s.start : s.end])).lstrip()
        if role == D.DecorationRole and index.column() == 0:
            return self.icons.get(s.label)
        if role == D.ToolTipRole:
            surface = self.text[s.start : s.end]
            what = self.describe(s.label, surface) if self.describe else f"{s.label}: {surface}"
            values = "".join(f"\n{name}: {'yes' if v is True else 'no' if v is False else v}" for name, v in self.attributes.get(s.uuid, {}).items())
            return plain_tooltip(self._noted(s.uuid, f"{what}\n{s.start}–{s.end}{values}"))
        if role == ID_ROLE:
            return s.uuid
        return None


def _span_key(s: SpanRow) -> tuple:
    return (s.start, s.end, s.label, s.uuid)


class RelationListModel(ListTableModel):
    """This document's relations in this annotator's layer, in the order they were made."""

    HEADERS = (QT_TRANSLATE_NOOP("Headers", "From"), QT_TRANSLATE_NOOP("Headers", "Relation"), QT_TRANSLATE_NOOP("Headers", "To"))

    def __init__(self, spans: SpanListModel, parent=None):
        super().__init__(parent)
        self.spans = spans
        self.rows: list[RelationRow] = []

    def set_relations(self, relations: list[RelationRow]) -> None:
        self.beginResetModel()
        self.rows = list(relations)
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), None)

    def apply_changes(self, changes: Changes) -> None:
        doc, who = self.spans.document, self.spans.annotator
        for before, after in changes.relations:
            row = before or after
            if row.document != doc or row.annotator != who:
                continue
            i = self.row_of(row.uuid)
            live = after is not None and not after.deleted
            if i is not None and live:
                self.rows[i] = after
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))
            elif i is not None:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
            elif live:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
                self.rows.append(after)
                self.endInsertRows()
        changed = {(b or a).uuid for b, a in changes.spans}
        for i, r in enumerate(self.rows):  # a relabelled or resized end changes the wording
            if r.head in changed or r.tail in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))

    def _describe(self, span: str) -> str:
        s = self.spans.by_id().get(span)
        return f"{_short(self.spans.text[s.start:s.end], 28)} ({s.label})" if s else "?"

    def data(self, index: Index, role: int = D.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == D.DisplayRole:
            return (self._describe(r.head), r.label + mark(self.notes.get(r.uuid)), self._describe(r.tail))[index.column()]
        if role == D.ToolTipRole:
            return plain_tooltip(self._noted(r.uuid, f"{self._describe(r.head)} → {r.label} → {self._describe(r.tail)}"))
        if role == ID_ROLE:
            return r.uuid
        return None
