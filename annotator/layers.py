"""Copying one annotator's layer of a document into another's: the newcomer who wants the demo
layer's example to build on, or an annotator who starts from a colleague's pass. One
transaction; the copies get new ids and provenance naming where they came from, so merge,
agreement and review treat them as the target's own rows."""

from __future__ import annotations

import json

from annotator import edits
from annotator.edits import Changes
from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message
from annotator.project import Project


def copy_layer(project: Project, *, document: str, source: str, target: str) -> Changes:
    """Copy the live spans and relations of layer `source` on `document` into layer `target`
    (annotator uuids). A span the target already has (same start, end and label) is not
    copied twice: relations are attached to it. Refused when nothing would be copied."""
    if source == target:
        raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "Nothing to copy: the source and target layers are the same")))
    name = project.annotator_by_uuid(source)
    prov = json.dumps({"copied_from": name.name if name else source}, ensure_ascii=False)
    spans, relations = [], []
    with project.atomic():
        have = {(s.start, s.end, s.label): s.uuid for s in project.spans(document, target)}
        ids: dict[str, str] = {}
        for s in project.spans(document, source):
            key = (s.start, s.end, s.label)
            if key not in have:
                change = edits.add_span(project, document=document, annotator=target, start=s.start, end=s.end, label=s.label, provenance=prov)
                spans.extend(change.spans)
                have[key] = change.spans[0][1].uuid
            ids[s.uuid] = have[key]
        existing = {(r.head, r.tail, r.label) for r in project.relations(document, target)}
        for r in project.relations(document, source):
            head, tail = ids.get(r.head), ids.get(r.tail)
            if head is None or tail is None or (head, tail, r.label) in existing:
                continue
            change = edits.add_relation(project, head=head, tail=tail, label=r.label, provenance=prov)
            relations.extend(change.relations)
            existing.add((head, tail, r.label))
        if not spans and not relations:
            raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "Nothing to copy: your layer already has every span and relation of that layer")))
    return Changes(document, spans=tuple(spans), relations=tuple(relations))
