<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents both marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per label and confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per annotator pair (each figure with its counts; hover a heading for the measure):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateActions</name>
    <message>
        <source>The scheme allows no relation from {head} to {tail}; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start relation (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate all occurrences in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate all occurrences in the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotatorDialog</name>
    <message>
        <source>Who is annotating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name labels your annotations. You see only your own work while annotating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more annotators, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign every document (not only unassigned ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-annotated share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators per shared document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} documents. Each annotator&apos;s document list shows their queue first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeActions</name>
    <message>
        <source>Span attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first (click it or press Tab), then edit its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the demo layer&apos;s example, read-only: attributes go on your own spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme declares no attributes for {label} spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the span&apos;s attributes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>Span attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a new value, or ↓ to pick one already used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementColumn</name>
    <message>
        <source>Select a gold span to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Filter by id or text (Hindi or Roman)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the text…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>{id} (assigned to you) · {length} characters · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} · {length} characters · {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePerDayChart</name>
    <message>
        <source>Documents done per day per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {documents} documents done on {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document marked done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleBar</name>
    <message>
        <source>Copy into my layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these spans and relations your own, to correct and extend (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your own (empty) layer of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example: {spans} spans and {relations} relations from the demo layer, read-only. Tag any text to start your own layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold (adjudicated layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done only (gold: adjudicated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all labels (or e.g. PERSON,LOCATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PERSON=PER,LOCATION=LOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (or e.g. 0.8,0.1,0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanised text (jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split train/dev/test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported; the existing file is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {documents} documents, {entities} entities and {relations} relations to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document, in Hindi or Roman: अजय मिश्रा or ajay mishra (Enter: next, Esc: close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldEditor</name>
    <message>
        <source>Editing in gold: a label key relabels, Shift+← → moves the end, Alt+Shift+← → the start, R relates; Esc goes back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {count} file(s) or folder(s) into {project}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerStack</name>
    <message>
        <source>Gold (the curator&apos;s layer) — edit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hindi news annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as “{name}” for now: Annotator ▸ Switch annotator… sets your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (read-only) — Hindi news annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — Hindi news annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation could not be loaded; the window stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Leave out annotations of documents this project lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging {count} file(s) into {project}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id} (filtered out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was changed by another program; shown as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more documents that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the example into your layer: correct it and add to it; Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation projects (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schemes (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a file of that name exists already; choose another name, or open it with File ▸ Open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme&apos;s .toml file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>Note on the {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {kind}&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure about the {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the demo layer&apos;s example, read-only: a note goes on your own spans (or press ; with nothing selected for the document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the {kind} unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} is no longer marked unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lead should know (Hindi or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search notes (Hindi or Roman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} note(s) matching “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} note(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceReview</name>
    <message>
        <source>Select a span first (click it or press Tab), then annotate all its occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span and choose Annotate ▸ Annotate all occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the remaining suggestions; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion is decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Team progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement so far per annotator pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} documents; assigned to annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{documents} documents; nothing assigned: every document is open to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Open or create a project first (File ▸ New project…), then import into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and annotations ({kinds});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewToolbars</name>
    <message>
        <source> Document </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide annotator names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators: {names} ▾</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the gold row first, then press a label key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — {document} — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more documents to review that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation&apos;s ends are too far apart for one pane: both are in the strip above; click one there to bring it into the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreements in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} relation(s) followed the kept span into gold ({labels}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a disagreement first (J / K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} annotators to take from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took {name}&apos;s span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took {name}&apos;s relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took every proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {spans} agreed spans and {relations} agreed relations (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked adjudicated ({left} disagreements left undecided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked adjudicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document in review is adjudicated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomanisedView</name>
    <message>
        <source>{scheme} romanisation of {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Search all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the project for search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document, in Hindi or Roman (ajay mishra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hits} hit(s){more} in {documents} document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing {done} of {total} documents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{file} is read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show relation arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (key {key}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label {label}, key {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceSuggestions</name>
    <message>
        <source>Train on gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all of this label (Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all of this label (Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions for this document. Train on gold (or run &apos;annotator suggest&apos;) to get some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on the gold documents in the background…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Select a span and choose Annotate ▸ Annotate all occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all (Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all (Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>No document has two annotators&apos; work yet; choose other annotators, or merge their files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my work: save one file for the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this one file to your lead: {file} ({spans} spans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned {pairs} (document, annotator) pairs; {shared} documents double-annotated; {mine} in your queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Click a second span to relate, or press Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Tab to choose the second span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relation made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Select some text first, then press a label key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first (click it or press Tab), then press R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the second span: click it, or Tab to it and press Enter. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Training cancelled; the last model and suggestions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained; the documents not done yet have new suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training could not start: the annotator program was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>; details are in {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}){where}. Your saved work is safe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation projects (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi news annotator {version}. Works offline; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge files into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and packages (*.db *.sqlite *.annpkg *.zip *.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge other laptops&apos; files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete span or relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on the selection (or the document)…	;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selection (or the document) &amp;unsure	?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span &amp;attributes (entity id, role…)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;relation from the selected span	R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse the selected relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate all &amp;occurrences in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate all occurrences in the &amp;whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train suggestions on gold (in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done and go to the next undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show relation &amp;arcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Romanised (under the Devanagari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanisation &amp;scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (every note and unsure flag, searchable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested panel (the team&apos;s suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review document… (adjudicate into gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
