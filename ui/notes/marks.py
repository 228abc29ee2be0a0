"""How a note and an "unsure" flag show: a mark after a span's or relation's label (a pencil
for a note, "(?)" for unsure, so neither is told by colour alone) and a tooltip line."""

from __future__ import annotations

from annotator.rows import NoteRow
from ui.i18n import translate

NOTE_MARK = "✎"
UNSURE_MARK = "(?)"


def mark(note: NoteRow | None) -> str:
    """The marks of a live note, with a leading space ("" without a note or flag)."""
    if note is None or note.deleted:
        return ""
    parts = ([NOTE_MARK] if note.text else []) + ([UNSURE_MARK] if note.unsure else [])
    return " " + " ".join(parts) if parts else ""


def marks(notes: dict[str, NoteRow]) -> dict[str, str]:
    """Target uuid -> its marks, for the targets in `notes` that have any."""
    out = {target: mark(note) for target, note in notes.items()}
    return {k: v for k, v in out.items() if v}


def tooltip_line(note: NoteRow | None) -> str:
    """What a tooltip adds for a note: "Note: …" and/or "Unsure" ("" without either)."""
    if note is None or note.deleted:
        return ""
    lines = ([translate("Notes", "Note: {text}").format(text=note.text)] if note.text else []) + ([translate("Notes", "Unsure (flagged with ?)")] if note.unsure else [])
    return "\n".join(lines)
