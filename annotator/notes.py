"""Notes and "unsure" flags: what an annotator says about a span, a relation or a document
beyond its label, for the lead to read. The verbs (one transaction, one `Changes` each, undone
by `edits.revert`) and the reads.

One row per (target, annotator), its id derived from both (`store.note_uuid`), so the same
note written on two laptops is one row when merged; it holds the note's text and the flag. A
note on a span or relation belongs to that annotation's layer; a document note to whoever
wrote it. A row is live while it has text or the flag; clearing both tombstones it, so a
merge carries the deletion. A note whose span or relation is deleted is kept but not shown,
and comes back with it (undo, or a merge that revives the span).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from annotator import rows, store
from annotator.edits import Changes, write_note
from annotator.errors import QT_TRANSLATE_NOOP, InvalidOperation, Message
from annotator.project import Project
from annotator.rows import NoteRow
from annotator.text import unstorable

KINDS = ("span", "relation", "document")
MAX_CHARS = 1000


def note_problem(text: object) -> str | None:
    """Why `text` cannot be a note's text, or None: a note is one line of at most MAX_CHARS
    characters (brat's `#` lines hold one line), without control characters."""
    if not isinstance(text, str):
        return Message(QT_TRANSLATE_NOOP("core", "a note must be a string"))
    if not text.strip():
        return Message(QT_TRANSLATE_NOOP("core", "a note needs some text (delete the note instead)"))
    if len(text) > MAX_CHARS:
        return Message(QT_TRANSLATE_NOOP("core", "a note is at most {most} characters (this one has {count})"), most=MAX_CHARS, count=len(text))
    if any(unicodedata.category(c) == "Cc" for c in text) or "\u2028" in text or "\u2029" in text:
        return Message(QT_TRANSLATE_NOOP("core", "a note is one line, without line breaks, tabs or control characters"))
    problem = unstorable(text)
    return Message(QT_TRANSLATE_NOOP("core", "the note {problem}"), problem=problem) if problem else None


# What a note's target is called in a refusal, by kind.
_NO_SUCH = {
    "span": QT_TRANSLATE_NOOP("core", "no such span {uuid} (it may have been deleted)"),
    "relation": QT_TRANSLATE_NOOP("core", "no such relation {uuid} (it may have been deleted)"),
}
_OTHER_LAYER = {
    "span": QT_TRANSLATE_NOOP("core", "a note on a span belongs to that span's layer; this span is in another annotator's layer"),
    "relation": QT_TRANSLATE_NOOP("core", "a note on a relation belongs to that relation's layer; this relation is in another annotator's layer"),
}


def _document_of(project: Project, annotator: str, kind: str, target: str) -> str:
    """The document of a live target that `annotator` may note, or InvalidOperation."""
    who = project.annotator_by_uuid(annotator)
    if who is None or who.deleted:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no such annotator {annotator}"), annotator=annotator))
    if kind == "document":
        info = project.document(target)
        return info.uuid
    if kind == "span":
        row = project.span(target)
    elif kind == "relation":
        row = project.relation(target)
    else:
        raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "a note is on a span, a relation or a document, not a {kind}"), kind=repr(kind)))
    if row is None or row.deleted:
        raise InvalidOperation(Message(_NO_SUCH[kind], uuid=target))
    if row.annotator != annotator:
        raise InvalidOperation(Message(_OTHER_LAYER[kind]))
    return row.document


def _row(project: Project, uuid: str) -> NoteRow | None:
    row = project.q("note", uuid=uuid).fetchone()
    return rows.note_row(row) if row else None


def _change(project: Project, *, annotator: str, kind: str, target: str, text: str | None = None, unsure: bool | None = None) -> Changes:
    """Set the text and/or the flag of one target's note in one transaction; a row left with
    neither is tombstoned. Writing what is already there changes nothing."""
    with project.atomic():
        document = _document_of(project, annotator, kind, target)
        before = _row(project, store.note_uuid(target, annotator))
        base = before if before is not None and not before.deleted else NoteRow(store.note_uuid(target, annotator), document, annotator, kind, target)
        after = replace(base, text=base.text if text is None else text, unsure=base.unsure if unsure is None else unsure, deleted=False)
        if not after.text and not after.unsure:
            if before is None or before.deleted:
                return Changes(document)
            after = replace(before, deleted=True)
        if after == before:
            return Changes(document)
        write_note(project, after)
    return Changes(document, notes=((before, after),))


def set_note(project: Project, *, annotator: str, kind: str, target: str, text: str) -> Changes:
    """Write (or rewrite) `annotator`'s note on a span, relation or document (`kind`, `target`
    uuid); the flag is kept. The text follows `note_problem`'s rules."""
    problem = note_problem(text)
    if problem:
        raise InvalidOperation(problem)
    return _change(project, annotator=annotator, kind=kind, target=target, text=text)


def delete_note(project: Project, *, annotator: str, kind: str, target: str) -> Changes:
    """Remove the note's text; the row is tombstoned unless the target is still flagged unsure."""
    return _change(project, annotator=annotator, kind=kind, target=target, text="")


def set_unsure(project: Project, *, annotator: str, kind: str, target: str, unsure: bool) -> Changes:
    """Set or clear the "unsure" flag on a span, relation or document; the note's text is kept."""
    return _change(project, annotator=annotator, kind=kind, target=target, unsure=bool(unsure))


def toggle_unsure(project: Project, *, annotator: str, kind: str, target: str) -> Changes:
    """Flip the "unsure" flag (the `?` key); read and written in one transaction."""
    with project.atomic():
        current = note_of(project, annotator=annotator, target=target)
        return set_unsure(project, annotator=annotator, kind=kind, target=target, unsure=not (current and current.unsure))


# -- imports ------------------------------------------------------------------------------

# Raw SQL (executemany): an import writes its notes in bulk inside the import's transaction.
# A note the layer already has is rewritten only when the file says something else.
_IMPORT = (
    "INSERT INTO note (uuid, document, annotator, target_kind, target, text, unsure, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (uuid) DO UPDATE SET text = excluded.text, unsure = excluded.unsure, deleted = 0, updated_at = excluded.updated_at "
    "WHERE note.text <> excluded.text OR note.unsure <> excluded.unsure OR note.deleted <> 0"
)


def imported_row(document: str, annotator: str, kind: str, target: str, note: str | None, unsure: bool, now: int) -> tuple | None:
    """The row an import writes for a note and/or flag a file gives (None when it gives neither)."""
    if not note and not unsure:
        return None
    return (store.note_uuid(target, annotator), document, annotator, kind, target, note or "", int(bool(unsure)), now, now)


def write_imported(project: Project, note_rows: list[tuple]) -> int:
    """Write the rows `imported_row` made, inside the caller's transaction; returns how many
    were new or changed."""
    if not note_rows:
        return 0
    return project.db.cursor().executemany(_IMPORT, note_rows).rowcount


# -- reads --------------------------------------------------------------------------------


def note_of(project: Project, *, annotator: str, target: str) -> NoteRow | None:
    """The live note of `annotator` on `target`, or None."""
    row = _row(project, store.note_uuid(target, annotator))
    return row if row is not None and not row.deleted else None


def layer_notes(project: Project, document: str, annotator: str) -> dict[str, NoteRow]:
    """The live notes of one layer in one document, by target uuid (targets that are deleted
    included: callers look up the annotations they show)."""
    return {r.target: r for r in map(rows.note_row, project.q("layer_notes", document=document, annotator=annotator))}


@dataclass(frozen=True)
class NoteEntry:
    """One note as the lead reads it: where it is and what it is on."""

    annotator: str
    document: str  # the document's own id (ext_id)
    kind: str
    target: str  # uuid
    what: str  # the span (label, offsets, text), the relation (label, its spans' texts) or "document"
    text: str
    unsure: bool
    start: int | None = None  # the span's offsets, or a relation's head span's
    end: int | None = None

    def as_dict(self) -> dict:
        return {
            "annotator": self.annotator, "document": self.document, "on": self.kind, "target": self.target, "what": self.what,
            "note": self.text, "unsure": self.unsure, "start": self.start, "end": self.end,
        }


def list_notes(project: Project, *, layer: str | None = None) -> list[NoteEntry]:
    """Every live note and flag whose target is live, in document order, then by offset (a
    document's own notes first, a span's before a relation's from it), then annotator; `layer`
    (an annotator's name) keeps one layer's. An unknown layer is an InvalidOperation."""
    where, params = "", ()
    if layer is not None:
        who = project.annotator(layer)
        if who is None or who.deleted:
            names = ", ".join(a.name for a in project.annotators()) or Message(QT_TRANSLATE_NOOP("core", "none yet"))
            raise InvalidOperation(Message(QT_TRANSLATE_NOOP("core", "no annotator {name} in the project (annotators: {names})"), name=repr(layer), names=names))
        where, params = " AND n.annotator = ?", (who.uuid,)
    # Raw SQL: one listing joined across four tables, run once per command.
    found = project.sql(
        "SELECT n.uuid, n.document, n.annotator, n.target_kind, n.target, n.text, n.unsure, n.deleted, a.name, d.ext_id, d.seq "
        "FROM note n JOIN annotator a ON a.uuid = n.annotator JOIN document d ON d.uuid = n.document "
        f"WHERE n.deleted = 0 AND d.deleted = 0{where}",
        params,
    ).fetchall()
    out: list[tuple[tuple, NoteEntry]] = []
    texts: dict[str, str] = {}
    for r in found:
        note, name, ext_id, seq = rows.note_row(r[:8]), r[8], r[9], r[10]
        described = describe_target(project, note, texts)
        if described is None:
            continue
        what, start, end = described
        entry = NoteEntry(name, ext_id, note.target_kind, note.target, what, note.text, note.unsure, start, end)
        out.append(((seq, -1 if start is None else start, KINDS.index(note.target_kind), name, note.uuid), entry))
    return [entry for _, entry in sorted(out, key=lambda item: item[0])]


def describe_target(project: Project, note: NoteRow, texts: dict[str, str]) -> tuple[str, int | None, int | None] | None:
    """(a short description, start, end) of a note's target, or None when it is deleted;
    `texts` caches document texts across calls."""
    if note.target_kind == "document":
        return "document", None, None
    if note.document not in texts:
        texts[note.document] = project.text(note.document)
    text = texts[note.document]
    if note.target_kind == "span":
        span = project.span(note.target)
        if span is None or span.deleted:
            return None
        return f"{span.label} {span.start}-{span.end} {text[span.start:span.end]!r}", span.start, span.end
    rel = project.relation(note.target)
    if rel is None or rel.deleted:
        return None
    head, tail = project.span(rel.head), project.span(rel.tail)
    if head is None or tail is None or head.deleted or tail.deleted:
        return None
    return f"{rel.label} {text[head.start:head.end]!r} -> {text[tail.start:tail.end]!r}", head.start, head.end
