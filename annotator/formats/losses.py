"""What a format cannot carry of a document, counted once for every format: annotations,
meta, ids, notes, span attributes. Each writer's sink says what it keeps (`keeps`); the exporter calls `count`
for every document it writes, so no export loses any of these silently. What only a writer
can see (spans off token edges, overlaps, relations, text rebuilt from tokens) the writers
count themselves, in the same `ExportNotes`."""

from __future__ import annotations

import json

from annotator.formats.base import EVERYTHING, ExportDoc, ExportNotes

NO_ANNOTATIONS = "documents' spans and relations were left out ({fmt} holds only the text)"
NO_META = "documents' meta was left out ({fmt} has no place for it; an import sets it to the file's name)"
NO_IDS = "document ids were left out ({fmt} holds none; an import numbers the documents <file stem>-<n>)"
NO_NOTES = "notes and unsure flags were left out ({fmt} has no place for them)"
NO_ATTRIBUTES = "span attributes were left out ({fmt} has no place for them)"


def keeps(sink: object) -> frozenset[str]:
    return getattr(sink, "keeps", EVERYTHING)


def _meta_example(doc: ExportDoc) -> str:
    shown = json.dumps(doc.meta, ensure_ascii=False)
    return f"{doc.ext_id}: {shown if len(shown) <= 60 else shown[:57] + '...'}"


def count(doc: ExportDoc, kept: frozenset[str], fmt: str, notes: ExportNotes) -> None:
    """Count in `notes` what of `doc` a sink keeping `kept` leaves out."""
    if kept is EVERYTHING:
        return
    if "annotations" not in kept and (doc.entities or doc.relations):
        notes.add(NO_ANNOTATIONS.format(fmt=fmt), f"{doc.ext_id}: {len(doc.entities)} spans, {len(doc.relations)} relations")
    # A folder of NAME.txt files brings back {"source": "NAME.txt"}, which is no loss.
    if "meta" not in kept and doc.meta and not ("txt-files" in kept and doc.meta == {"source": f"{doc.ext_id}.txt"}):
        notes.add(NO_META.format(fmt=fmt), _meta_example(doc))
    if "ids" not in kept:
        notes.add(NO_IDS.format(fmt=fmt), repr(doc.ext_id))
    if "notes" not in kept:
        marked = bool(doc.note or doc.unsure) + sum(1 for e in doc.entities if e.note or e.unsure) + sum(1 for r in doc.relations if r.note or r.unsure)
        if marked:
            notes.add(NO_NOTES.format(fmt=fmt), f"{doc.ext_id}: {marked}")
    if "attributes" not in kept and "annotations" in kept:
        valued = sum(1 for e in doc.entities if e.attributes)
        if valued:
            notes.add(NO_ATTRIBUTES.format(fmt=fmt), f"{doc.ext_id}: {valued} spans")
