"""Layout of the text view: wrapped lines, laid out lazily per paragraph, with span bars
stacked under them and relation arcs above them (cut and stacked by `placement`), and the
queries from positions to lines. No painting and no events (see view, paint).

Every visual line is a block of bands, top to bottom: the arc band (relation arcs and
their labels), the text, the gloss row when the romanised view is on (each Devanagari word's
romanisation in a small font, centred under the word), and the span band (one row per
stacking level: a bar in the label's colour with the label's name under it). Band heights
follow what the line holds, so a line with no annotations stays compact and a line with
deeply nested spans gets the room it needs. Suggested spans (annotate all occurrences) stack
in the span band like spans but are kept apart from them (`suggested`), since they are not
data.

Changes are incremental: `update(spans=..., relations=...)` recomputes only the paragraphs
the changed rows touch (and the lines their relations' arcs cross), then re-sums the
paragraph tops. Text is laid out once per width/zoom.
"""

from __future__ import annotations

import math
from bisect import bisect_right

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextLine, QTextOption

from annotator.project import RelationRow, SpanRow
from ui.text.offsets import OffsetMap, utf16_length
from ui.text.placement import GAP, MARGIN_X, ArcPart, Line, Para, Suggested, arc_parts, build_arcs, build_segments, place_gloss

MARGIN_TOP = 10.0
BAR_H = 3.0


class DocumentLayout:
    """All geometry of one document in one annotator's layer at one width and zoom."""

    def __init__(self, text: str, font: QFont, label_font: QFont, width: float, gloss: list[tuple[int, int, str]] | None = None, gloss_font: QFont | None = None):
        self.map = OffsetMap(text)
        self.text = text
        self.font = font
        self.label_font = label_font
        self.width = max(width, 80.0)
        self.arcs_visible = True
        fm = QFontMetricsF(label_font)
        self.label_h = fm.height()
        # Room before a label's name for its shape (ui/shapes: labels told apart without colour).
        self.shape_w = round(self.label_h * 0.7)
        self.row_h = BAR_H + self.label_h + 2.0
        self.arc_row_h = self.label_h + 6.0
        self._label_widths: dict[str, float] = {}
        self._fm = fm
        self.spans: dict[str, SpanRow] = {}
        self.relations: dict[str, RelationRow] = {}
        self.span_relations: dict[str, set[str]] = {}
        self.suggested: dict[str, Suggested] = {}
        # A span's or relation's note and unsure marks, read after its label (set_marks).
        self.marks: dict[str, str] = {}
        self.anchors: dict[str, tuple[int, int, float]] = {}  # span -> (para, line, x)
        self.rel_parts: dict[str, list[tuple[int, int, ArcPart]]] = {}
        text_fm = QFontMetricsF(font)
        self._line_h = text_fm.height()
        sample = "पुलिस आयुक्त ने कानपुर में बताया the"
        self._char_w = text_fm.horizontalAdvance(sample) / len(sample)
        # The romanised view: (start, end, roman) per Devanagari run, from the core.
        self.gloss = gloss
        self._gloss_starts = [g[0] for g in gloss] if gloss is not None else []
        self.gloss_font = gloss_font if gloss_font is not None else label_font
        self._gloss_fm = QFontMetricsF(self.gloss_font)
        self.gloss_h = self._gloss_fm.height() + 2.0 if gloss is not None else 0.0
        # Paragraphs are laid out when first needed (painting, hit tests, the idle pass),
        # so opening a long document costs what the first screen costs.
        self.paras = [Para(p) for p in self.map.paragraphs]
        self.height = 0.0
        self._tops: list[float] = []
        self._next_unlaid = 0

    # -- text -------------------------------------------------------------------------------

    def item(self, uuid: str) -> SpanRow | Suggested:
        """A span or a suggestion by id (segments hold either)."""
        found = self.spans.get(uuid)
        return found if found is not None else self.suggested[uuid]

    def label_text(self, uuid: str) -> str:
        """What a segment's label reads: the label and its marks (a note, unsure), or the
        label with '?' for a suggestion."""
        return self.spans[uuid].label + self.marks.get(uuid, "") if uuid in self.spans else self.suggested[uuid].label + "?"

    def relation_text(self, uuid: str) -> str:
        """What a relation's arc label reads: its type and its marks."""
        return self.relations[uuid].label + self.marks.get(uuid, "")

    def set_marks(self, marks: dict[str, str]) -> tuple[float, float, bool]:
        """Replace the marks (target uuid -> text after the label) and lay out again only
        the paragraphs of the spans and relations whose mark changed; returns what
        `update` returns."""
        changed = {u for u in set(marks) | set(self.marks) if marks.get(u, "") != self.marks.get(u, "")}
        self.marks = dict(marks)
        paras = {p for u in changed if u in self.spans for p in self._paras_of(self.spans[u])}
        rels = {u for u in changed if u in self.relations}
        for u in changed & set(self.spans):
            rels |= self.span_relations.get(u, set())  # a wider label may move the span's anchor
        hit = paras | {p for r in rels for p, _, _ in self.rel_parts.get(r, [])}
        old_height, old_heights = self.height, [para.height for para in self.paras]
        self._refresh(paras, rels)
        hit |= {p for r in rels for p, _, _ in self.rel_parts.get(r, [])}
        if not hit:
            return 0.0, 0.0, False
        y0 = min(self.paras[p].top for p in hit)
        y1 = max(self.paras[p].top + self.paras[p].height for p in hit)
        return y0, y1, self.height != old_height or any(self.paras[p].height != old_heights[p] for p in hit)

    def label_width(self, name: str) -> float:
        w = self._label_widths.get(name)
        if w is None:
            w = self._label_widths[name] = self._fm.horizontalAdvance(name) + 6.0 + self.shape_w
        return w

    def _layout_text(self, para: Para) -> None:
        layout = QTextLayout(para.info.text, self.font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        lines: list[Line] = []
        layout.beginLayout()
        while True:
            qline = layout.createLine()
            if not qline.isValid():
                break
            qline.setLineWidth(self.width - 2 * MARGIN_X)
            start = qline.textStart()
            lines.append(Line(qline, start, start + qline.textLength(), text_h=qline.height()))
        layout.endLayout()
        para.layout, para.lines = layout, lines
        if self.gloss is not None:
            place_gloss(self, para, self._gloss_starts, self._gloss_fm, self.width - MARGIN_X)

    def laid(self, p: int) -> bool:
        return self.paras[p].layout is not None

    def ensure(self, p: int) -> bool:
        """Lay out paragraph p (text, spans, arcs) if it is not yet; True when it was done now."""
        para = self.paras[p]
        if para.layout is not None:
            return False
        self._layout_text(para)
        moved: set[str] = set()
        for uuid in para.spans:
            if self.map.paragraph_of_cp(self.spans[uuid].start) == p:
                moved |= self.span_relations.get(uuid, set())
        self._refresh({p}, moved)
        return True

    def ensure_range(self, y0: float, y1: float) -> bool:
        """Lay out every paragraph that meets document y range [y0, y1] (positions move as
        estimates become exact, so repeat until stable). True when anything was laid out."""
        changed = False
        while True:
            p = self.para_at_y(y0)
            todo = []
            while p < len(self.paras) and self.paras[p].top <= y1:
                if self.paras[p].layout is None:
                    todo.append(p)
                p += 1
            if not todo:
                return changed
            for p in todo:
                self.ensure(p)
            changed = True

    def next_unlaid(self) -> int | None:
        """The first paragraph not laid out yet (for the idle pass), or None."""
        while self._next_unlaid < len(self.paras) and self.paras[self._next_unlaid].layout is not None:
            self._next_unlaid += 1
        return self._next_unlaid if self._next_unlaid < len(self.paras) else None

    def _estimate(self, para: Para) -> float:
        lines = max(1, math.ceil(utf16_length(para.info.text) * self._char_w / max(self.width - 2 * MARGIN_X, 40.0)))
        band = GAP + (self.row_h if para.spans or para.suggested else 0.0)
        arcs = GAP + (self.arc_row_h if self.arcs_visible and any(self.span_relations.get(u) for u in para.spans) else 0.0)
        gloss = self.gloss_h if para.info.text else 0.0
        return lines * (self._line_h + gloss + band + arcs)

    # -- building ---------------------------------------------------------------------------

    def set_annotations(self, spans: list[SpanRow], relations: list[RelationRow]) -> None:
        """Replace every annotation (a document was opened) and lay everything out."""
        self.spans = {s.uuid: s for s in spans}
        self.relations = {}
        self.span_relations = {s.uuid: set() for s in spans}
        for r in relations:
            if r.head in self.spans and r.tail in self.spans:
                self.relations[r.uuid] = r
                self.span_relations[r.head].add(r.uuid)
                self.span_relations[r.tail].add(r.uuid)
        for para in self.paras:
            para.spans.clear()
            para.arcs.clear()
        for s in spans:
            for p in self._paras_of(s):
                self.paras[p].spans.add(s.uuid)
        self.rel_parts.clear()
        self.anchors.clear()
        self._refresh(set(range(len(self.paras))), set(self.relations))  # unlaid: estimated

    def update(self, spans: list[tuple[SpanRow | None, SpanRow | None]], relations: list[tuple[RelationRow | None, RelationRow | None]]) -> tuple[float, float, bool]:
        """Apply (before, after) rows (already filtered to this document and layer; a
        tombstone or None means absent). Returns (y0, y1, moved): the document y range of
        the touched paragraphs, and whether anything below them moved (heights changed)."""
        touched: set[int] = set()
        moved_rels: set[str] = set()
        for before, after in spans:
            uuid = (before or after).uuid
            old = self.spans.pop(uuid, None)
            self.anchors.pop(uuid, None)
            if old is not None:
                for p in self._paras_of(old):
                    self.paras[p].spans.discard(uuid)
                    touched.add(p)
            if after is not None and not after.deleted:
                self.spans[uuid] = after
                self.span_relations.setdefault(uuid, set())
                for p in self._paras_of(after):
                    self.paras[p].spans.add(uuid)
                    touched.add(p)
            moved_rels |= self.span_relations.get(uuid, set())
        for before, after in relations:
            uuid = (before or after).uuid
            old = self.relations.pop(uuid, None)
            if old is not None:
                self.span_relations.get(old.head, set()).discard(uuid)
                self.span_relations.get(old.tail, set()).discard(uuid)
            if after is not None and not after.deleted and after.head in self.spans and after.tail in self.spans:
                self.relations[uuid] = after
                self.span_relations[after.head].add(uuid)
                self.span_relations[after.tail].add(uuid)
            moved_rels.add(uuid)
        for before, after in spans:  # a deleted span's relations go with it
            row = before or after
            if row.uuid not in self.spans:
                for rid in list(self.span_relations.pop(row.uuid, set())):
                    self.relations.pop(rid, None)
                    moved_rels.add(rid)
        before_rels = {p for r in moved_rels for p, _, _ in self.rel_parts.get(r, [])}
        old_height = self.height
        old_heights = [para.height for para in self.paras]
        self._refresh(touched, moved_rels)
        hit = touched | before_rels | {p for r in moved_rels for p, _, _ in self.rel_parts.get(r, [])}
        if not hit:
            return 0.0, 0.0, False
        y0 = min(self.paras[p].top for p in hit)
        y1 = max(self.paras[p].top + self.paras[p].height for p in hit)
        moved = self.height != old_height or any(self.paras[p].height != old_heights[p] for p in hit)
        return y0, y1, moved

    def set_suggestions(self, items: list[Suggested]) -> set[int]:
        """Replace the suggested spans; returns the paragraphs whose lines changed."""
        touched: set[int] = set()
        for uuid, old in self.suggested.items():
            for p in self._paras_of(old):
                self.paras[p].suggested.discard(uuid)
                touched.add(p)
        self.suggested = {s.uuid: s for s in items}
        for s in items:
            for p in self._paras_of(s):
                self.paras[p].suggested.add(s.uuid)
                touched.add(p)
        self._refresh(touched, set())
        return touched

    def _paras_of(self, span: SpanRow | Suggested) -> range:
        first = self.map.paragraph_of_cp(span.start)
        last = self.map.paragraph_of_cp(max(span.start, span.end - 1))
        return range(first, last + 1)

    def _refresh(self, paras: set[int], relations: set[str]) -> None:
        unlaid = {p for p in paras if self.paras[p].layout is None}
        paras = paras - unlaid
        for p in paras:
            build_segments(self, p)
        arc_paras = set(paras)
        for rid in relations:
            for p, _, _ in self.rel_parts.pop(rid, []):
                self.paras[p].arcs.discard(rid)
                arc_paras.add(p)
            if rid in self.relations:
                parts = arc_parts(self, self.relations[rid], self.width - 2 * MARGIN_X)
                self.rel_parts[rid] = parts
                for p, _, _ in parts:
                    self.paras[p].arcs.add(rid)
                    arc_paras.add(p)
        for p in arc_paras:
            build_arcs(self, p)
        for p in paras | arc_paras | unlaid:
            self._place_lines(p)
        self._sum_tops()

    def _place_lines(self, p: int) -> None:
        para = self.paras[p]
        if para.layout is None:
            para.height = self._estimate(para)
            return
        y = 0.0
        for line in para.lines:
            line.y = y
            arc_levels = 1 + max((a.level for a in line.arcs), default=-1) if self.arcs_visible else 0
            line.arc_h = GAP + arc_levels * self.arc_row_h
            span_levels = 1 + max((g.level for g in line.segments), default=-1)
            line.band_h = GAP + span_levels * self.row_h
            line.gloss_h = self.gloss_h if line.end16 > line.start16 else 0.0
            y = line.bottom
        para.height = y

    def _sum_tops(self) -> None:
        y = MARGIN_TOP
        tops = []
        for para in self.paras:
            para.top = y
            tops.append(y)
            y += para.height
        self._tops = tops
        self.height = y + MARGIN_TOP

    def set_arcs_visible(self, visible: bool) -> None:
        self.arcs_visible = visible
        for p in range(len(self.paras)):  # laid paragraphs exactly, the others estimated
            self._place_lines(p)
        self._sum_tops()

    # -- queries ----------------------------------------------------------------------------

    def para_at_y(self, y: float) -> int:
        return max(bisect_right(self._tops, y) - 1, 0)

    def line_at_y(self, y: float) -> tuple[int, int]:
        """(paragraph, line) whose block holds document y (clamped to the text)."""
        while self.ensure(self.para_at_y(y)):
            pass
        p = self.para_at_y(y)
        para = self.paras[p]
        local = y - para.top
        for k, line in enumerate(para.lines):
            if local < line.bottom:
                return p, k
        return p, max(len(para.lines) - 1, 0)

    def locate(self, cp: int) -> tuple[int, int, float]:
        """(paragraph, line, x) of code-point boundary `cp`; x in line coordinates."""
        p = self.map.paragraph_of_cp(cp)
        self.ensure(p)
        para = self.paras[p]
        local = self.map.local(cp, para.info)
        starts = [line.start16 for line in para.lines]
        k = max(bisect_right(starts, local) - 1, 0)
        if not para.lines:
            return p, 0, 0.0
        return p, k, para.lines[k].qline.cursorToX(local)[0]

    def cp_at(self, p: int, k: int, x: float) -> int:
        """The code-point boundary nearest line x on line k of paragraph p."""
        para = self.paras[p]
        if not para.lines:
            return para.info.cp_start
        line = para.lines[k]
        local = line.qline.xToCursor(x, QTextLine.CursorPosition.CursorBetweenCharacters)
        return self.map.from_local(local, para.info)

    def line_pos(self, p: int, k: int) -> QPointF:
        """Document position of the top-left of line k's text."""
        para = self.paras[p]
        return QPointF(MARGIN_X, para.top + (para.lines[k].text_top if para.lines else 0.0))

    def visible_lines(self, y0: float, y1: float):
        """(para index, line index, line) for every line whose block meets [y0, y1]."""
        p = self.para_at_y(y0)
        while p < len(self.paras):
            para = self.paras[p]
            if para.top > y1:
                return
            self.ensure(p)
            for k, line in enumerate(para.lines):
                if para.top + line.bottom >= y0 and para.top + line.y <= y1:
                    yield p, k, line
            p += 1
