"""Every key of the window in one table: the F1 sheet and the README are made from it, and
the main window's menu shortcuts use the same sequences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.scheme import Scheme

# (group, keys, what they do)
SHORTCUTS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), QT_TRANSLATE_NOOP("Shortcuts", "Drag"), QT_TRANSLATE_NOOP("Shortcuts", "Select text; the selection snaps to whole words")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), QT_TRANSLATE_NOOP("Shortcuts", "Alt+drag or Shift+drag"), QT_TRANSLATE_NOOP("Shortcuts", "Select by akshara (grapheme cluster) instead of word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), QT_TRANSLATE_NOOP("Shortcuts", "Double-click"), QT_TRANSLATE_NOOP("Shortcuts", "Select one word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), "← → / Ctrl+← →", QT_TRANSLATE_NOOP("Shortcuts", "Move the caret by akshara / by word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), "Shift+← → / Ctrl+Shift+← →", QT_TRANSLATE_NOOP("Shortcuts", "Extend the selection by akshara / by word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select text"), "↑ ↓, Home, End, Ctrl+Home, Ctrl+End", QT_TRANSLATE_NOOP("Shortcuts", "Move the caret by line, to the line's ends, to the text's ends")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), QT_TRANSLATE_NOOP("Shortcuts", "Label key (see below)"), QT_TRANSLATE_NOOP("Shortcuts", "Tag the selected text with that label; with a span selected, relabel it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), QT_TRANSLATE_NOOP("Shortcuts", "Click a span's text, bar or label"), QT_TRANSLATE_NOOP("Shortcuts", "Select the span (click again for the enclosing span)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Select the next / previous span")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Shift+← → / Ctrl+Shift+← →", QT_TRANSLATE_NOOP("Shortcuts", "With a span selected: move its end by akshara / by word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Alt+Shift+← → / Ctrl+Alt+Shift+← →", QT_TRANSLATE_NOOP("Shortcuts", "With a span selected: move its start by akshara / by word")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), QT_TRANSLATE_NOOP("Shortcuts", "Drag a selected span's edge"), QT_TRANSLATE_NOOP("Shortcuts", "Move that edge (Alt or Shift: by akshara)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), QT_TRANSLATE_NOOP("Shortcuts", "Delete or Backspace"), QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected span (with its relations) or relation")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Annotate all occurrences of the selected span in this document: each is offered as a suggestion")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Entities"), "Ctrl+Alt+O", QT_TRANSLATE_NOOP("Shortcuts", "Annotate all occurrences of the selected span in the whole project")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), ";", QT_TRANSLATE_NOOP("Shortcuts", "Write a note on the selected span or relation (the document's, with nothing selected); Enter saves, empty deletes")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "? (Shift+/)", QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected span or relation (or the document) unsure, or not; shown as (?) after its label")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Notes"), "Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Notes panel: every note and unsure flag of the project, searchable in Hindi or Roman; Enter opens its place, ↓ then Enter the next")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Attributes"), "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected span's attributes (the scheme's: entity id, role…); Enter saves (one undo step)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Attributes"), QT_TRANSLATE_NOOP("Shortcuts", "↓ then Enter (in a text field)"), QT_TRANSLATE_NOOP("Shortcuts", "Pick a value already used in the project (listed with its surface forms, filtered in Hindi or Roman)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"), QT_TRANSLATE_NOOP("Shortcuts", "Y or Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Accept the current suggestion (one undo step) and go to the next")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"), QT_TRANSLATE_NOOP("Shortcuts", "N, Backspace or Delete"), QT_TRANSLATE_NOOP("Shortcuts", "Reject the current suggestion (nothing is added) and go to the next")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"), QT_TRANSLATE_NOOP("Shortcuts", "↑ ↓ or click a dashed LABEL?"), QT_TRANSLATE_NOOP("Shortcuts", "Step through the suggestions; one in another document opens it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"), "Shift+Y / Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Accept all that are left (one undo step) / reject all that are left")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"), "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Back to the text; undecided suggestions stay, and nothing is applied")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggested panel"), "Y / N", QT_TRANSLATE_NOOP("Shortcuts", "Accept the team's suggestion as your own span / reject it (never offered again here)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggested panel"), "Shift+Y / Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Accept / reject every suggestion with the current one's label (one undo step)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Suggested panel"), "Shift+← → / Alt+Shift+← →", QT_TRANSLATE_NOOP("Shortcuts", "Move the current suggestion's end / start by a word before accepting it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), QT_TRANSLATE_NOOP("Shortcuts", "R (or Ctrl+R)"), QT_TRANSLATE_NOOP("Shortcuts", "Start a relation from the selected span")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), QT_TRANSLATE_NOOP("Shortcuts", "Click a span, or Tab then Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Choose the second span; a menu offers the allowed types")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), QT_TRANSLATE_NOOP("Shortcuts", "Relation key in the menu (see below)"), QT_TRANSLATE_NOOP("Shortcuts", "Make a relation of that type")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Cancel the relation")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), QT_TRANSLATE_NOOP("Shortcuts", "Click an arc or its label"), QT_TRANSLATE_NOOP("Shortcuts", "Select the relation")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Relations"), "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the arcs")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Documents"), "Ctrl+PgDown / Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous document")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Documents"), "Ctrl+Enter (Ctrl+Return)", QT_TRANSLATE_NOOP("Shortcuts", "Mark the document done and go to the next one not done")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Documents"), "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Filter the document list by id or text, in Hindi or Roman")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Documents"), "Ctrl+F, F3, Shift+F3", QT_TRANSLATE_NOOP("Shortcuts", "Find in the text in Hindi (folded: nukta, digits) or Roman (\"ajay mishra\"); next, previous")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Documents"), "Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Search every document (Hindi or Roman); Enter or a click on a hit opens it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Edit"), QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Undo / redo (every change is already saved)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Edit"), "Ctrl+C", QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected text")),
    (QT_TRANSLATE_NOOP("Shortcuts", "View"), "Ctrl++ / Ctrl+- / Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out / back to normal")),
    (QT_TRANSLATE_NOOP("Shortcuts", "View"), "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the romanisation under each Devanagari word (scheme: View ▸ Romanisation scheme)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "File"), "Ctrl+O / Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Open a project / quit (or drop a .db project file on the window)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "File"), "Ctrl+N / Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "New project (file name and scheme) / import article files or a folder (or drop them on the window)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "File"), "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Send my work: the whole project as one self-contained file for the lead (safe while you keep working)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "File"), "Ctrl+Shift+M", QT_TRANSLATE_NOOP("Shortcuts", "Merge other laptops' project files or packages into this project (progress, then a report)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "File"), "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Export: format, layer (gold or an annotator), documents, options; progress with Cancel; asks before replacing a file")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review"), "Ctrl+Shift+V", QT_TRANSLATE_NOOP("Shortcuts", "Review document: compare annotators' layers and adjudicate into gold (Review ▸ Assign documents… assigns work)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review"), "Ctrl+Shift+G", QT_TRANSLATE_NOOP("Shortcuts", "Agreement: per pair and label, alpha, confusion grid, documents worst first (double-click one to review it)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review"), "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Team progress: per annotator assigned, done, in progress, spans, relations; agreement so far; spans per label; done per day")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), QT_TRANSLATE_NOOP("Shortcuts", "J or N / K or P"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous disagreement (↑ ↓ also move in the list)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "1 2 3 … 9", QT_TRANSLATE_NOOP("Shortcuts", "Take that annotator's version (span or relation) into gold")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "B", QT_TRANSLATE_NOOP("Shortcuts", "Take both (every proposal of this disagreement)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), QT_TRANSLATE_NOOP("Shortcuts", "X or Delete"), QT_TRANSLATE_NOOP("Shortcuts", "Reject: nothing of it goes into gold")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), QT_TRANSLATE_NOOP("Shortcuts", "E or Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Edit by hand: put the span into gold and edit it there (label keys, Shift+← →, Alt+Shift+← →, R); Esc returns to the list")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), QT_TRANSLATE_NOOP("Shortcuts", "A or Ctrl+Shift+A"), QT_TRANSLATE_NOOP("Shortcuts", "Accept everything all annotators agree on (one undo step)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "Ctrl+Enter (Ctrl+Return)", QT_TRANSLATE_NOOP("Shortcuts", "Mark the document adjudicated and open the next one not adjudicated")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "Ctrl+PgDown / Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous document to review")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "Ctrl+Shift+H", QT_TRANSLATE_NOOP("Shortcuts", "Hide annotator names (blind review: Annotator A, B, C)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Undo / redo a decision (saved at once)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review window"), "F6 / Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Back to the disagreement list / close the review window")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Help"), "F1", QT_TRANSLATE_NOOP("Shortcuts", "This sheet")),
]


def scheme_keys(scheme: Scheme) -> list[tuple[str, str, str]]:
    """The label and relation keys of a scheme, as rows like SHORTCUTS."""
    rows = [(QT_TRANSLATE_NOOP("Shortcuts", "Label keys"), e.key.upper(), f"{e.name} — {e.description}".rstrip(" —")) for e in scheme.entities if e.key]
    rows += [(QT_TRANSLATE_NOOP("Shortcuts", "Relation keys (in the menu)"), r.key.upper(), f"{r.name}: {', '.join(r.heads)} → {', '.join(r.tails)}") for r in scheme.relations if r.key]
    return rows


def markdown(scheme: Scheme | None = None) -> str:
    """The sheet as a Markdown table (for the README)."""
    lines = ["| Where | Keys | What |", "| --- | --- | --- |"]
    for group, keys, what in SHORTCUTS + (scheme_keys(scheme) if scheme else []):
        lines.append(f"| {group} | {keys} | {what} |")
    return "\n".join(lines)
