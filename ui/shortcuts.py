"""Every key of the window in one table: the F1 sheet and the README are made from it, and
the main window's menu shortcuts use the same sequences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

from annotator.scheme import Scheme

# (group, keys, what they do)
SHORTCUTS: list[tuple[str, str, str]] = [
    (N("Shortcuts", "Select text"), "Drag", N("Shortcuts", "Select text; the selection snaps to whole words")),
    (N("Shortcuts", "Select text"), N("Shortcuts", "Alt+drag or Shift+drag"), N("Shortcuts", "Select by akshara (grapheme cluster) instead of word")),
    (N("Shortcuts", "Select text"), N("Shortcuts", "Double-click"), N("Shortcuts", "Select one word")),
    (N("Shortcuts", "Select text"), "← → / Ctrl+← →", N("Shortcuts", "Move the caret by akshara / by word")),
    (N("Shortcuts", "Select text"), "Shift+← → / Ctrl+Shift+← →", N("Shortcuts", "Extend the selection by akshara / by word")),
    (N("Shortcuts", "Select text"), "↑ ↓, Home, End, Ctrl+Home, Ctrl+End", N("Shortcuts", "Move the caret by line, to the line's ends, to the text's ends")),
    (N("Shortcuts", "Entities"), N("Shortcuts", "Label key (see below)"), N("Shortcuts", "Tag the selected text with that label; with a span selected, relabel it")),
    (N("Shortcuts", "Entities"), N("Shortcuts", "Click a span's text, bar or label"), N("Shortcuts", "Select the span (click again for the enclosing span)")),
    (N("Shortcuts", "Entities"), "Tab / Shift+Tab", N("Shortcuts", "Select the next / previous span")),
    (N("Shortcuts", "Entities"), "Shift+← → / Ctrl+Shift+← →", N("Shortcuts", "With a span selected: move its end by akshara / by word")),
    (N("Shortcuts", "Entities"), "Alt+Shift+← → / Ctrl+Alt+Shift+← →", N("Shortcuts", "With a span selected: move its start by akshara / by word")),
    (N("Shortcuts", "Entities"), N("Shortcuts", "Drag a selected span's edge"), N("Shortcuts", "Move that edge (Alt or Shift: by akshara)")),
    (N("Shortcuts", "Entities"), N("Shortcuts", "Delete or Backspace"), N("Shortcuts", "Delete the selected span (with its relations) or relation")),
    (N("Shortcuts", "Entities"), "Esc", N("Shortcuts", "Clear the selection")),
    (N("Shortcuts", "Entities"), "Ctrl+Shift+O", N("Shortcuts", "Annotate all occurrences of the selected span in this document: each is offered as a suggestion")),
    (N("Shortcuts", "Entities"), "Ctrl+Alt+O", N("Shortcuts", "Annotate all occurrences of the selected span in the whole project")),
    (N("Shortcuts", "Notes"), ";", N("Shortcuts", "Write a note on the selected span or relation (the document's, with nothing selected); Enter saves, empty deletes")),
    (N("Shortcuts", "Notes"), "? (Shift+/)", N("Shortcuts", "Mark the selected span or relation (or the document) unsure, or not; shown as (?) after its label")),
    (N("Shortcuts", "Notes"), "Ctrl+Shift+N", N("Shortcuts", "Notes panel: every note and unsure flag of the project, searchable in Hindi or Roman; Enter opens its place")),
    (N("Shortcuts", "Attributes"), "Ctrl+Shift+E", N("Shortcuts", "Edit the selected span's attributes (the scheme's: entity id, role…); Enter saves (one undo step)")),
    (N("Shortcuts", "Attributes"), N("Shortcuts", "↓ then Enter (in a text field)"), N("Shortcuts", "Pick a value already used in the project (listed with its surface forms, filtered in Hindi or Roman)")),
    (N("Shortcuts", "Suggestions"), N("Shortcuts", "Y or Enter"), N("Shortcuts", "Accept the current suggestion (one undo step) and go to the next")),
    (N("Shortcuts", "Suggestions"), N("Shortcuts", "N, Backspace or Delete"), N("Shortcuts", "Reject the current suggestion (nothing is added) and go to the next")),
    (N("Shortcuts", "Suggestions"), N("Shortcuts", "↑ ↓ or click a dashed LABEL?"), N("Shortcuts", "Step through the suggestions; one in another document opens it")),
    (N("Shortcuts", "Suggestions"), "Shift+Y / Shift+N", N("Shortcuts", "Accept all that are left (one undo step) / reject all that are left")),
    (N("Shortcuts", "Suggestions"), "Esc", N("Shortcuts", "Back to the text; undecided suggestions stay, and nothing is applied")),
    (N("Shortcuts", "Suggested panel"), "Y / N", N("Shortcuts", "Accept the team's suggestion as your own span / reject it (never offered again here)")),
    (N("Shortcuts", "Suggested panel"), "Shift+Y / Shift+N", N("Shortcuts", "Accept / reject every suggestion with the current one's label (one undo step)")),
    (N("Shortcuts", "Suggested panel"), "Shift+← → / Alt+Shift+← →", N("Shortcuts", "Move the current suggestion's end / start by a word before accepting it")),
    (N("Shortcuts", "Relations"), N("Shortcuts", "R (or Ctrl+R)"), N("Shortcuts", "Start a relation from the selected span")),
    (N("Shortcuts", "Relations"), N("Shortcuts", "Click a span, or Tab then Enter"), N("Shortcuts", "Choose the second span; a menu offers the allowed types")),
    (N("Shortcuts", "Relations"), N("Shortcuts", "Relation key in the menu (see below)"), N("Shortcuts", "Make a relation of that type")),
    (N("Shortcuts", "Relations"), "Esc", N("Shortcuts", "Cancel the relation")),
    (N("Shortcuts", "Relations"), N("Shortcuts", "Click an arc or its label"), N("Shortcuts", "Select the relation")),
    (N("Shortcuts", "Relations"), "Ctrl+Shift+A", N("Shortcuts", "Show or hide the arcs")),
    (N("Shortcuts", "Documents"), "Ctrl+PgDown / Ctrl+PgUp", N("Shortcuts", "Next / previous document")),
    (N("Shortcuts", "Documents"), "Ctrl+Enter (Ctrl+Return)", N("Shortcuts", "Mark the document done and go to the next one not done")),
    (N("Shortcuts", "Documents"), "Ctrl+L", N("Shortcuts", "Filter the document list by id or text, in Hindi or Roman")),
    (N("Shortcuts", "Documents"), "Ctrl+F, F3, Shift+F3", N("Shortcuts", "Find in the text in Hindi (folded: nukta, digits) or Roman (\"ajay mishra\"); next, previous")),
    (N("Shortcuts", "Documents"), "Ctrl+Shift+F", N("Shortcuts", "Search every document (Hindi or Roman); Enter or a click on a hit opens it")),
    (N("Shortcuts", "Edit"), N("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"), N("Shortcuts", "Undo / redo (every change is already saved)")),
    (N("Shortcuts", "Edit"), "Ctrl+C", N("Shortcuts", "Copy the selected text")),
    (N("Shortcuts", "View"), "Ctrl++ / Ctrl+- / Ctrl+0", N("Shortcuts", "Zoom in / out / back to normal")),
    (N("Shortcuts", "View"), "Ctrl+Shift+R", N("Shortcuts", "Show or hide the romanisation under each Devanagari word (scheme: View ▸ Romanisation scheme)")),
    (N("Shortcuts", "File"), "Ctrl+O / Ctrl+Q", N("Shortcuts", "Open a project / quit (or drop a .db project file on the window)")),
    (N("Shortcuts", "File"), "Ctrl+N / Ctrl+I", N("Shortcuts", "New project (file name and scheme) / import article files or a folder (or drop them on the window)")),
    (N("Shortcuts", "File"), "Ctrl+Shift+S", N("Shortcuts", "Send my work: the whole project as one self-contained file for the lead (safe while you keep working)")),
    (N("Shortcuts", "File"), "Ctrl+Shift+M", N("Shortcuts", "Merge other laptops' project files or packages into this project (progress, then a report)")),
    (N("Shortcuts", "File"), "Ctrl+E", N("Shortcuts", "Export: format, layer (gold or an annotator), documents, options; progress with Cancel; asks before replacing a file")),
    (N("Shortcuts", "Review"), "Ctrl+Shift+V", N("Shortcuts", "Review document: compare annotators' layers and adjudicate into gold (Review ▸ Assign documents… assigns work)")),
    (N("Shortcuts", "Review"), "Ctrl+Shift+G", N("Shortcuts", "Agreement: per pair and label, alpha, confusion grid, documents worst first (double-click one to review it)")),
    (N("Shortcuts", "Review"), "Ctrl+Shift+T", N("Shortcuts", "Team progress: per annotator assigned, done, in progress, spans, relations; agreement so far; spans per label; done per day")),
    (N("Shortcuts", "Review window"), N("Shortcuts", "J or N / K or P"), N("Shortcuts", "Next / previous disagreement (↑ ↓ also move in the list)")),
    (N("Shortcuts", "Review window"), "1 2 3 … 9", N("Shortcuts", "Take that annotator's version (span or relation) into gold")),
    (N("Shortcuts", "Review window"), "B", N("Shortcuts", "Take both (every proposal of this disagreement)")),
    (N("Shortcuts", "Review window"), N("Shortcuts", "X or Delete"), N("Shortcuts", "Reject: nothing of it goes into gold")),
    (N("Shortcuts", "Review window"), N("Shortcuts", "E or Enter"), N("Shortcuts", "Edit by hand: put the span into gold and edit it there (label keys, Shift+← →, Alt+Shift+← →, R); Esc returns to the list")),
    (N("Shortcuts", "Review window"), N("Shortcuts", "A or Ctrl+Shift+A"), N("Shortcuts", "Accept everything all annotators agree on (one undo step)")),
    (N("Shortcuts", "Review window"), "Ctrl+Enter (Ctrl+Return)", N("Shortcuts", "Mark the document adjudicated and open the next one not adjudicated")),
    (N("Shortcuts", "Review window"), "Ctrl+PgDown / Ctrl+PgUp", N("Shortcuts", "Next / previous document to review")),
    (N("Shortcuts", "Review window"), "Ctrl+Shift+H", N("Shortcuts", "Hide annotator names (blind review: Annotator A, B, C)")),
    (N("Shortcuts", "Review window"), N("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"), N("Shortcuts", "Undo / redo a decision (saved at once)")),
    (N("Shortcuts", "Review window"), "F6 / Ctrl+W", N("Shortcuts", "Back to the disagreement list / close the review window")),
    (N("Shortcuts", "Help"), "F1", N("Shortcuts", "This sheet")),
]


def scheme_keys(scheme: Scheme) -> list[tuple[str, str, str]]:
    """The label and relation keys of a scheme, as rows like SHORTCUTS."""
    rows = [(N("Shortcuts", "Label keys"), e.key.upper(), f"{e.name} — {e.description}".rstrip(" —")) for e in scheme.entities if e.key]
    rows += [(N("Shortcuts", "Relation keys (in the menu)"), r.key.upper(), f"{r.name}: {', '.join(r.heads)} → {', '.join(r.tails)}") for r in scheme.relations if r.key]
    return rows


def markdown(scheme: Scheme | None = None) -> str:
    """The sheet as a Markdown table (for the README)."""
    lines = ["| Where | Keys | What |", "| --- | --- | --- |"]
    for group, keys, what in SHORTCUTS + (scheme_keys(scheme) if scheme else []):
        lines.append(f"| {group} | {keys} | {what} |")
    return "\n".join(lines)
