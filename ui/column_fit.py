"""Table columns as wide as what they show (header included), the spare width going to one
chosen column (a name, say) instead of stretching the last one across the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def content_width(table: QTableView, column: int) -> int:
    """The width `column` needs: its widest cell or its header, whichever is wider."""
    return max(table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column))


class ColumnFit(QObject):
    """Keeps `table`'s columns at their content width, `spare` taking what the view has left.

    Call `fit()` after filling the table; a resize of the view fits again. When the view is too
    narrow for every column, none is squeezed below its content: the table scrolls instead.
    The user can still drag a column wider; the next fill or resize fits again."""

    def __init__(self, table: QTableView, spare: int = 0):
        super().__init__(table)
        self.table, self.spare = table, spare
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        columns = range(self.table.model().columnCount())
        if not columns:
            return
        header = self.table.horizontalHeader()
        widths = {c: content_width(self.table, c) for c in columns}
        room = self.table.viewport().width() - sum(widths.values())
        if self.spare in widths:
            widths[self.spare] += max(room, 0)
        for c, w in widths.items():
            header.resizeSection(c, w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
