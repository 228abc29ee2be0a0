"""The review window's gold row: the curator's own editing of the gold layer (E puts a
disagreement's span there as 'edited'; label keys, edge moves, relations and deletes then
work as in annotating) and the provenance of what gold holds. A mixin of ReviewWindow."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from annotator import adjudicate
from annotator.disagreements import RelationGroup, SpanGroup
from ui import commands


class GoldMixin:
    """Needs the ReviewWindow attributes: session, document, text, names, gold, gold_row,
    group(), shown(), statusBar()."""

    def _show_provenance(self) -> None:
        gv = self.gold_row.view
        spans = gv.spans()
        chosen = [spans[gv.selected_span()]] if gv.selected_span() in spans else []
        group = self.group()
        if not chosen and isinstance(group, SpanGroup):
            chosen = [spans[u] for u in group.gold if u in spans]
        rels = gv.relations()
        chosen_rels = [rels[gv.selected_relation()]] if gv.selected_relation() in rels else []
        if not chosen and not chosen_rels and isinstance(group, RelationGroup):
            chosen_rels = [rels[u] for u in group.gold if u in rels]
        if not chosen and not chosen_rels:
            self.provenance_label.setText("Nothing in gold here yet." if group is not None else "Select a gold span to see where it came from.")
            return
        lines = []
        for row in chosen + chosen_rels:
            prov = adjudicate.provenance(row)
            who = ", ".join(self.shown(n) for n in prov.get("annotators", [])) or "no annotator"
            if row in chosen:
                what = f"{row.label} “{self.text[row.start:row.end]}” {row.start}–{row.end}"
            else:
                h, t = spans.get(row.head), spans.get(row.tail)
                what = f"{row.label} {self.text[h.start:h.end] if h else '?'} → {self.text[t.start:t.end] if t else '?'}"
            lines.append(
                f"{what}: proposed by {who}; decided by {prov.get('decided_by', '—')}; action {prov.get('action', '—')}"
                + (f"; from {len(prov['from'])} source row(s)" if prov.get("from") else "")
            )
        self.provenance_label.setText("\n".join(lines))

    def edit_by_hand(self) -> None:
        """E: the current span goes into gold as the curator's own (provenance 'edited') and
        is selected there, where label keys and edge moves work as in annotating."""
        group = self.group()
        gv = self.gold_row.view
        if isinstance(group, RelationGroup):
            rel = next((r for r in group.gold if r in gv.relations()), None)
            gv.select_relation(rel)
            gv.setFocus()
            return
        if group is None:
            return
        spans = self.session.project
        source = next((spans.span(u) for u in group.gold), None)
        if source is None:
            cand = next((c for n in self.names for c in group.candidates if n in c.annotators), group.candidates[0])
            start, end, label = cand.start, cand.end, cand.label
        else:
            start, end, label = source.start, source.end, source.label
        command = commands.EditGoldSpan(self.session, group=group, start=start, end=end, label=label)
        if not self.session.push(command):
            return
        made = next((a.uuid for b, a in command.done.spans if a is not None and not a.deleted and a.annotator == self.gold), None)
        if made is None:
            made = next((u for u in gv.spans() if (gv.spans()[u].start, gv.spans()[u].end, gv.spans()[u].label) == (start, end, label)), None)
        gv.select_span(made)
        gv.setFocus()
        self.statusBar().showMessage("Editing in gold: a label key relabels, Shift+← → moves the end, Alt+Shift+← → the start, R relates; Esc goes back to the list.", 12000)

    # -- the gold layer's own editing ---------------------------------------------------------

    def _gold_label(self, label: str) -> None:
        gv, s = self.gold_row.view, self.session
        span = gv.selected_span()
        if span is not None:
            if gv.spans()[span].label != label:
                s.push(commands.RelabelSpan(s, span=span, label=label))
            return
        sel = gv.selection()
        if sel is None or self.document is None:
            self.statusBar().showMessage("Select some text in the gold row first, then press a label key.", 6000)
            return
        command = commands.AddGoldSpan(s, document=self.document, start=sel[0], end=sel[1], label=label)
        if s.push(command):
            made = next((a.uuid for b, a in command.done.spans if b is None), None)
            gv.select_span(made)

    def _gold_delete(self) -> None:
        gv, s = self.gold_row.view, self.session
        if gv.selected_span():
            s.push(commands.DeleteSpan(s, span=gv.selected_span()))
        elif gv.selected_relation():
            s.push(commands.DeleteRelation(s, relation=gv.selected_relation()))

    def _gold_relation(self, head: str, tail: str) -> None:
        gv, s = self.gold_row.view, self.session
        h, t = gv.spans()[head], gv.spans()[tail]
        allowed = s.project.scheme.allowed_relations(h.label, t.label)
        if not allowed:
            self.statusBar().showMessage(f"The scheme allows no relation from {h.label} to {t.label}.", 8000)
            return
        menu = QMenu(self)
        for rtype in allowed:
            key = f"&{rtype.key}  " if rtype.key else ""
            menu.addAction(f"{key}{rtype.name}").triggered.connect(lambda _=False, n=rtype.name: s.push(commands.AddGoldRelation(s, head=head, tail=tail, label=n)))
        self._relation_menu = menu
        rect = gv.span_rect(tail)
        menu.popup(gv.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))
