"""The review window's gold row: the curator's own editing of the gold layer (E puts a
disagreement's span there as 'edited'; label keys, edge moves, relations and deletes then
work as in annotating) and the provenance of what gold holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar

from annotator import adjudicate
from annotator.disagreements import RelationGroup, SpanGroup
from ui import commands
from ui.annotate import relation_menu
from ui.session import Session
from ui.text import TextView
from ui.i18n import translate

Group = SpanGroup | RelationGroup | None


class GoldEditor(QObject):
    """Edits the gold layer (annotator id `gold`) shown in `view` through `session`'s undo
    stack, says what it did in `status_bar` and writes provenance into `provenance_label`.
    The review window passes the current disagreement and how annotators are named."""

    def __init__(self, session: Session, view: TextView, status_bar: QStatusBar, provenance_label: QLabel, *, gold: str, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.view, self.status_bar, self.provenance_label, self.gold = session, view, status_bar, provenance_label, gold
        self._relation_menu: QMenu | None = None

    def show_provenance(self, group: Group, shown: Callable[[str], str]) -> None:
        """Where the selected gold span or relation came from, else those of `group`."""
        gv = self.view
        spans = gv.spans()
        chosen = [spans[gv.selected_span()]] if gv.selected_span() in spans else []
        if not chosen and isinstance(group, SpanGroup):
            chosen = [spans[u] for u in group.gold if u in spans]
        rels = gv.relations()
        chosen_rels = [rels[gv.selected_relation()]] if gv.selected_relation() in rels else []
        if not chosen and not chosen_rels and isinstance(group, RelationGroup):
            chosen_rels = [rels[u] for u in group.gold if u in rels]
        if not chosen and not chosen_rels:
            self.provenance_label.setText(translate("GoldEditor", "Nothing in gold here yet.") if group is not None else translate("DisagreementColumn", "Select a gold span to see where it came from."))
            return
        lines = []
        for row in chosen + chosen_rels:
            prov = adjudicate.provenance(row)
            who = ", ".join(shown(n) for n in prov.get("annotators", [])) or translate("GoldEditor", "no annotator")
            if row in chosen:
                what = f"{row.label} “{gv.text[row.start:row.end]}” {row.start}–{row.end}"
            else:
                h, t = spans.get(row.head), spans.get(row.tail)
                what = f"{row.label} {gv.text[h.start:h.end] if h else '?'} → {gv.text[t.start:t.end] if t else '?'}"
            lines.append(
                translate("GoldEditor", "{what}: proposed by {who}; decided by {curator}; action {action}").format(what=what, who=who, curator=prov.get("decided_by", "—"), action=prov.get("action", "—"))
                + (translate("GoldEditor", "; from {count} source row(s)").format(count=len(prov["from"])) if prov.get("from") else "")
                + (translate("GoldEditor", "; attribute values of {who}").format(who=shown(prov["attributes_from"])) if prov.get("attributes_from") else "")
            )
        self.provenance_label.setText("\n".join(lines))

    def edit_by_hand(self, group: Group, names: list[str]) -> None:
        """E: `group`'s span goes into gold as the curator's own (provenance 'edited') and is
        selected there, where label keys and edge moves work as in annotating; the first of
        `names` who proposed one gives it when gold has none yet."""
        gv = self.view
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
            cand = next((c for n in names for c in group.candidates if n in c.annotators), group.candidates[0])
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
        self.status_bar.showMessage(translate("GoldEditor", "Editing in gold: a label key relabels, Shift+← → moves the end, Alt+Shift+← → the start, R relates; Esc goes back to the list."), 12000)

    # -- the gold layer's own editing ---------------------------------------------------------

    def tag(self, label: str, start: int, end: int) -> None:
        """Add a gold span over [start, end) of the shown document, selected at once."""
        gv, s = self.view, self.session
        if gv.document is None:
            return
        command = commands.AddGoldSpan(s, document=gv.document, start=start, end=end, label=label)
        if s.push(command):
            made = next((a.uuid for b, a in command.done.spans if b is None), None)
            gv.select_span(made)

    def relabel(self, span: str, label: str) -> None:
        if self.view.spans()[span].label != label:
            self.session.push(commands.RelabelSpan(self.session, span=span, label=label))

    def delete_span(self, span: str) -> None:
        self.session.push(commands.DeleteSpan(self.session, span=span))

    def delete_relation(self, relation: str) -> None:
        self.session.push(commands.DeleteRelation(self.session, relation=relation))

    def offer_relations(self, head: str, tail: str) -> None:
        gv, s = self.view, self.session
        h, t = gv.spans()[head], gv.spans()[tail]
        allowed = s.project.scheme.allowed_relations(h.label, t.label)
        if not allowed:
            self.status_bar.showMessage(translate("GoldEditor", "The scheme allows no relation from {head} to {tail}.").format(head=h.label, tail=t.label), 8000)
            return
        self._relation_menu = relation_menu(gv, tail, allowed, lambda name: s.push(commands.AddGoldRelation(s, head=head, tail=tail, label=name)), gv)
