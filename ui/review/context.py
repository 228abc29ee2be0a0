"""The review window's context strip: the current disagreement as one short row per proposal,
each piece of text in its sentence, so both ends of a relation are seen together however far
apart they are in the document (the rows below can only centre one of them then)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy

from annotator.disagreements import DocumentReview, RelationGroup, SpanGroup
from annotator.rows import NoteRow
from ui.i18n import translate
from ui.notes.marks import NOTE_MARK, UNSURE_MARK

STOPS = "।॥.?!\n"
WIDTH = 38  # code points of context kept on each side of the marked text, at most


def in_sentence(text: str, start: int, end: int, link: bool = False) -> str:
    """`text[start:end]` marked, with what its sentence holds around it (HTML, escaped); with
    `link`, the marked text is a link `end:START:END` (a click brings it into the rows)."""
    left = max((text.rfind(c, 0, start) for c in STOPS), default=-1) + 1
    right = min((i for i in (text.find(c, end) for c in STOPS) if i >= 0), default=len(text))
    before, after = text[max(left, start - WIDTH) : start].lstrip(), text[end : min(right + 1, end + WIDTH)].rstrip()
    lead = "…" if start - WIDTH > left else ""
    tail = "…" if end + WIDTH < right + 1 else ""
    mark = f"<span style='background:#FFE082'><b>{html.escape(text[start:end])}</b></span>"
    if link:
        mark = f"<a href='end:{start}:{end}'>{mark}</a>"
    return f"{lead}{html.escape(before)}{mark}{html.escape(after)}{tail}"


def said(layer: dict[str, NoteRow] | None, targets, where: str = "") -> str:
    """An annotator's note and unsure flag on the first of `targets` that has one (HTML,
    escaped), shown after the proposal: " ✎ <i>text</i> (?) unsure"."""
    note = next((layer[t] for t in targets if layer and t in layer), None)
    if note is None:
        return ""
    parts = ([f"{NOTE_MARK} <i>{html.escape(note.text)}</i>"] if note.text else []) + ([f"<b>{UNSURE_MARK}</b> " + translate("ContextStrip", "unsure")] if note.unsure else [])
    lead = f" — {where}:" if where else ""
    return f"<span style='color:#6A1B9A'>{lead} {' '.join(parts)}</span>"


def valued(layer: dict[str, dict] | None, spans) -> str:
    """An annotator's attributes on the first of `spans` that has some (HTML, escaped):
    " [entity_id=ajay-mishra, negated=true]"."""
    values = next((layer[s] for s in spans if layer and s in layer), None)
    if not values:
        return ""
    shown = ", ".join(f"{name}={json.dumps(v, ensure_ascii=False) if isinstance(v, bool) else v}" for name, v in values.items())
    return f" <span style='color:#00695C'>[{html.escape(shown)}]</span>"


class ContextStrip(QLabel):
    """One line per proposal of the current disagreement, as rich text built only from
    escaped document text and names. A relation's ends are links: `endClicked(start, end)`."""

    endClicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._clicked)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("padding: 3px 6px; background: #FAFAFA; color: #1B1B1B; border-bottom: 1px solid #CFD8DC;")
        self.rows: list[str] = []

    def show_group(
        self, group: SpanGroup | RelationGroup | None, review: DocumentReview | None, text: str, names: list[str], shown: Callable[[str], str],
        notes: dict[str, dict[str, NoteRow]] | None = None, attributes: dict[str, dict[str, dict]] | None = None,
    ) -> None:
        """`notes` (annotator name -> target uuid -> note) puts each annotator's notes and
        unsure flags on their proposals, and on the document, beside what they proposed;
        `attributes` (name -> span uuid -> values) their spans' attributes."""
        rows: list[str] = []
        notes, attributes = notes or {}, attributes or {}
        if isinstance(group, SpanGroup):
            for name in names:
                mine = [c for c in group.candidates if name in c.annotators]
                got = " · ".join(f"{html.escape(c.label)} {in_sentence(text, c.start, c.end)}{valued(attributes.get(name), c.spans)}{said(notes.get(name), c.spans)}" for c in mine) or translate("ContextStrip", "— (nothing here)")
                rows.append(f"<b>{html.escape(shown(name))}</b>: {got}{said(notes.get(name), (group.document,), translate('ContextStrip', 'on the document'))}")
        elif isinstance(group, RelationGroup) and review is not None:
            for name in names:
                mine = [c for c in group.candidates if name in c.annotators]
                got = " · ".join(
                    f"{in_sentence(text, *c.ends[0], link=True)} <b>—{html.escape(c.label)}→</b> {in_sentence(text, *c.ends[1], link=True)}{said(notes.get(name), c.relations)}" for c in mine
                ) or translate("ContextStrip", "— (no relation here)")
                rows.append(f"<b>{html.escape(shown(name))}</b>: {got}{said(notes.get(name), (group.document,), translate('ContextStrip', 'on the document'))}")
        self.rows = rows
        self.setText("<br>".join(rows))
        self.setVisible(bool(rows))

    def _clicked(self, href: str) -> None:
        kind, _, where = href.partition(":")
        start, _, end = where.partition(":")
        if kind == "end" and start.isdigit() and end.isdigit():
            self.endClicked.emit(int(start), int(end))
