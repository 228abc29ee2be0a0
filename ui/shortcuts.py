"""Every key of the window in one table: the F1 sheet and the README are made from it, and
the main window's menu shortcuts use the same sequences."""

from __future__ import annotations

from annotator.scheme import Scheme

# (group, keys, what they do)
SHORTCUTS: list[tuple[str, str, str]] = [
    ("Select text", "Drag", "Select text; the selection snaps to whole words"),
    ("Select text", "Alt+drag or Shift+drag", "Select by akshara (grapheme cluster) instead of word"),
    ("Select text", "Double-click", "Select one word"),
    ("Select text", "← → / Ctrl+← →", "Move the caret by akshara / by word"),
    ("Select text", "Shift+← → / Ctrl+Shift+← →", "Extend the selection by akshara / by word"),
    ("Select text", "↑ ↓, Home, End, Ctrl+Home, Ctrl+End", "Move the caret by line, to the line's ends, to the text's ends"),
    ("Entities", "Label key (see below)", "Tag the selected text with that label; with a span selected, relabel it"),
    ("Entities", "Click a span's text, bar or label", "Select the span (click again for the enclosing span)"),
    ("Entities", "Tab / Shift+Tab", "Select the next / previous span"),
    ("Entities", "Shift+← → / Ctrl+Shift+← →", "With a span selected: move its end by akshara / by word"),
    ("Entities", "Alt+Shift+← → / Ctrl+Alt+Shift+← →", "With a span selected: move its start by akshara / by word"),
    ("Entities", "Drag a selected span's edge", "Move that edge (Alt or Shift: by akshara)"),
    ("Entities", "Delete or Backspace", "Delete the selected span (with its relations) or relation"),
    ("Entities", "Esc", "Clear the selection"),
    ("Entities", "Ctrl+Shift+O", "Annotate all occurrences of the selected span in this document: each is offered as a suggestion"),
    ("Entities", "Ctrl+Alt+O", "Annotate all occurrences of the selected span in the whole project"),
    ("Notes", ";", "Write a note on the selected span or relation (the document's, with nothing selected); Enter saves, empty deletes"),
    ("Notes", "? (Shift+/)", "Mark the selected span or relation (or the document) unsure, or not; shown as (?) after its label"),
    ("Notes", "Ctrl+Shift+N", "Notes panel: every note and unsure flag of the project, searchable in Hindi or Roman; Enter opens its place, ↓ then Enter the next"),
    ("Attributes", "Ctrl+Shift+E", "Edit the selected span's attributes (the scheme's: entity id, role…); Enter saves (one undo step)"),
    ("Attributes", "↓ then Enter (in a text field)", "Pick a value already used in the project (listed with its surface forms, filtered in Hindi or Roman)"),
    ("Suggestions", "Y or Enter", "Accept the current suggestion (one undo step) and go to the next"),
    ("Suggestions", "N, Backspace or Delete", "Reject the current suggestion (nothing is added) and go to the next"),
    ("Suggestions", "↑ ↓ or click a dashed LABEL?", "Step through the suggestions; one in another document opens it"),
    ("Suggestions", "Shift+Y / Shift+N", "Accept all that are left (one undo step) / reject all that are left"),
    ("Suggestions", "Esc", "Back to the text; undecided suggestions stay, and nothing is applied"),
    ("Suggested panel", "Y / N", "Accept the team's suggestion as your own span / reject it (never offered again here)"),
    ("Suggested panel", "Shift+Y / Shift+N", "Accept / reject every suggestion with the current one's label (one undo step)"),
    ("Suggested panel", "Shift+← → / Alt+Shift+← →", "Move the current suggestion's end / start by a word before accepting it"),
    ("Relations", "R (or Ctrl+R)", "Start a relation from the selected span"),
    ("Relations", "Click a span, or Tab then Enter", "Choose the second span; a menu offers the allowed types"),
    ("Relations", "Relation key in the menu (see below)", "Make a relation of that type"),
    ("Relations", "Esc", "Cancel the relation"),
    ("Relations", "Click an arc or its label", "Select the relation"),
    ("Relations", "Ctrl+Shift+A", "Show or hide the arcs"),
    ("Documents", "Ctrl+PgDown / Ctrl+PgUp", "Next / previous document"),
    ("Documents", "Ctrl+Enter (Ctrl+Return)", "Mark the document done and go to the next one not done"),
    ("Documents", "Ctrl+L", "Filter the document list by id or text, in Hindi or Roman"),
    ("Documents", "Ctrl+F, F3, Shift+F3", "Find in the text in Hindi (folded: nukta, digits) or Roman (\"ajay mishra\"); next, previous"),
    ("Documents", "Ctrl+Shift+F", "Search every document (Hindi or Roman); Enter or a click on a hit opens it"),
    ("Edit", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "Undo / redo (every change is already saved)"),
    ("Edit", "Ctrl+C", "Copy the selected text"),
    ("View", "Ctrl++ / Ctrl+- / Ctrl+0", "Zoom in / out / back to normal"),
    ("View", "Ctrl+Shift+R", "Show or hide the romanisation under each Devanagari word (scheme: View ▸ Romanisation scheme)"),
    ("File", "Ctrl+O / Ctrl+Q", "Open a project / quit (or drop a .db project file on the window)"),
    ("File", "Ctrl+N / Ctrl+I", "New project (file name and scheme) / import article files or a folder (or drop them on the window)"),
    ("File", "Ctrl+Shift+S", "Send my work: the whole project as one self-contained file for the lead (safe while you keep working)"),
    ("File", "Ctrl+Shift+M", "Merge other laptops' project files or packages into this project (progress, then a report)"),
    ("File", "Ctrl+E", "Export: format, layer (gold or an annotator), documents, options; progress with Cancel; asks before replacing a file"),
    ("Review", "Ctrl+Shift+V", "Review document: compare annotators' layers and adjudicate into gold (Review ▸ Assign documents… assigns work)"),
    ("Review", "Ctrl+Shift+G", "Agreement: per pair and label, alpha, confusion grid, documents worst first (double-click one to review it)"),
    ("Review", "Ctrl+Shift+T", "Team progress: per annotator assigned, done, in progress, spans, relations; agreement so far; spans per label; done per day"),
    ("Review window", "J or N / K or P", "Next / previous disagreement (↑ ↓ also move in the list)"),
    ("Review window", "1 2 3 … 9", "Take that annotator's version (span or relation) into gold"),
    ("Review window", "B", "Take both (every proposal of this disagreement)"),
    ("Review window", "X or Delete", "Reject: nothing of it goes into gold"),
    ("Review window", "E or Enter", "Edit by hand: put the span into gold and edit it there (label keys, Shift+← →, Alt+Shift+← →, R); Esc returns to the list"),
    ("Review window", "A or Ctrl+Shift+A", "Accept everything all annotators agree on (one undo step)"),
    ("Review window", "Ctrl+Enter (Ctrl+Return)", "Mark the document adjudicated and open the next one not adjudicated"),
    ("Review window", "Ctrl+PgDown / Ctrl+PgUp", "Next / previous document to review"),
    ("Review window", "Ctrl+Shift+H", "Hide annotator names (blind review: Annotator A, B, C)"),
    ("Review window", "Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "Undo / redo a decision (saved at once)"),
    ("Review window", "F6 / Ctrl+W", "Back to the disagreement list / close the review window"),
    ("Help", "F1", "This sheet"),
]


def scheme_keys(scheme: Scheme) -> list[tuple[str, str, str]]:
    """The label and relation keys of a scheme, as rows like SHORTCUTS."""
    rows = [("Label keys", e.key.upper(), f"{e.name} — {e.description}".rstrip(" —")) for e in scheme.entities if e.key]
    rows += [("Relation keys (in the menu)", r.key.upper(), f"{r.name}: {', '.join(r.heads)} → {', '.join(r.tails)}") for r in scheme.relations if r.key]
    return rows


def markdown(scheme: Scheme | None = None) -> str:
    """The sheet as a Markdown table (for the README)."""
    lines = ["| Where | Keys | What |", "| --- | --- | --- |"]
    for group, keys, what in SHORTCUTS + (scheme_keys(scheme) if scheme else []):
        lines.append(f"| {group} | {keys} | {what} |")
    return "\n".join(lines)
