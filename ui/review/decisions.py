"""The review window's decisions: the curator's choice on the current disagreement (take one
annotator's proposal, both, reject, accept everything agreed) and marking a document
adjudicated, each one undo command on the session's stack, said in the status bar, and then
on to the next undecided disagreement (or document)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from annotator.disagreements import DocumentReview, RelationGroup, SpanGroup
from ui import commands
from ui.i18n import translate
from ui.review.disagreements import DisagreementList
from ui.session import Session


class Reviewing(Protocol):
    """What the decisions read of the review window (ui.review.window.ReviewWindow)."""

    session: Session
    names: list[str]
    document: str | None
    documents: list[tuple[str, str, str]]
    review: DocumentReview | None
    current: str | None
    list: DisagreementList

    def group(self) -> SpanGroup | RelationGroup | None: ...
    def shown(self, name: str) -> str: ...
    def statusBar(self) -> QStatusBar: ...
    def load_document(self, uuid: str | None) -> None: ...
    def refill_documents(self) -> None: ...


class Decisions:
    """Decides for `window`: reads its current disagreement, compared annotators (as shown)
    and document, pushes the command on its session, and moves its list on."""

    def __init__(self, window: Reviewing):
        self.window = window

    def say(self, text: str, ms: int) -> None:
        self.window.statusBar().showMessage(text, ms)

    def decide(self, how: str, index: int = 0) -> None:
        """take (annotator number `index`), both or reject the current disagreement."""
        w = self.window
        group = w.group()
        if group is None:
            self.say(translate("ReviewWindow", "Select a disagreement first (J / K)."), 5000)
            return
        if how == "take" and index >= len(w.names):
            self.say(translate("ReviewWindow", "There are {count} annotators to take from.").format(count=len(w.names)), 5000)
            return
        s = w.session
        name = w.names[index] if how == "take" else ""
        spans = isinstance(group, SpanGroup)
        if how == "take":
            cls = commands.TakeSpan if spans else commands.TakeRelation
            command = cls(s, group=group, annotator=name, shown=w.shown(name))
            what = (translate("ReviewWindow", "Took {name}'s span") if spans else translate("ReviewWindow", "Took {name}'s relation")).format(name=w.shown(name))
        elif how == "both":
            command = commands.TakeBoth(s, group=group) if spans else commands.TakeBothRelations(s, group=group)
            what = translate("ReviewWindow", "Took every proposal")
        else:
            command = commands.RejectSpan(s, group=group) if spans else commands.RejectRelation(s, group=group)
            what = translate("ReviewWindow", "Rejected it")
        if s.push(command):
            self._after_decision(command, what)

    def _after_decision(self, command: commands.EditCommand, what: str) -> None:
        """Say what the decision did (relations that followed the kept span included) and
        move to the next undecided disagreement."""
        done = command.done
        if done is None:
            return
        added = [a for b, a in done.relations if b is None and a is not None and not a.deleted]
        moved = [a for b, a in done.relations if b is not None and a is not None and not a.deleted and (b.head, b.tail) != (a.head, a.tail)]
        note = f"{what}."
        if (added or moved) and isinstance(self.window.group(), SpanGroup):  # a relation decision says so itself
            labels = ", ".join(sorted({r.label for r in added + moved}))
            note += " " + translate("ReviewWindow", "{count} relation(s) followed the kept span into gold ({labels}).").format(count=len(added) + len(moved), labels=labels)
        self.say(note, 10000)
        w = self.window
        keys = w.list.keys
        here = keys.index(w.current) if w.current in keys else -1
        for k in keys[here + 1 :] + keys[: here + 1]:
            if not w.review.group(k).resolved:
                w.list.select(k)
                break

    def accept_agreed(self) -> None:
        w = self.window
        if w.document is None or not w.names:
            return
        command = commands.AcceptAgreed(w.session, document=w.document, annotators=w.names)
        if w.session.push(command):
            spans = sum(1 for b, a in command.done.spans if b is None)
            rels = sum(1 for b, a in command.done.relations if b is None)
            self.say(translate("ReviewWindow", "Accepted {spans} agreed spans and {relations} agreed relations (one undo step).").format(spans=spans, relations=rels), 8000)

    def set_status(self, status: str) -> None:
        w = self.window
        if w.document is not None:
            w.session.push(commands.SetGoldStatus(w.session, document=w.document, status=status))

    def mark_adjudicated(self) -> None:
        """Ctrl+Enter: this document is adjudicated; open the next one that is not."""
        w = self.window
        if w.document is None:
            return
        left = sum(1 for k in w.list.keys if not w.review.group(k).resolved)
        if not w.session.push(commands.SetGoldStatus(w.session, document=w.document, status="adjudicated")):
            return
        w.refill_documents()
        ids = [d[0] for d in w.documents]
        here = ids.index(w.document) if w.document in ids else -1
        nxt = next((d[0] for d in w.documents[here + 1 :] + w.documents[: here + 1] if d[2] != "adjudicated"), None)
        note = translate("ReviewWindow", "Marked adjudicated ({left} disagreements left undecided).").format(left=left) if left else translate("ReviewWindow", "Marked adjudicated.")
        if nxt is None:
            self.say(note + " " + translate("ReviewWindow", "Every document in review is adjudicated."), 8000)
        else:
            w.load_document(nxt)
            self.say(note, 8000)
