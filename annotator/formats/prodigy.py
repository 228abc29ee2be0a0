"""Prodigy JSONL, reading and writing: `text`, `tokens`, `spans` and `relations`.

Writing lays the text out as spaCy does (`tokens` with `text`, `start`, `end`, `id`, `ws`,
whitespace that is not one trailing space as tokens of its own), so `spacy.tokens.Doc(words,
spaces)` rebuilds the text exactly and `doc.char_span(start, end)` finds every span. Spans
carry character offsets and inclusive `token_start`/`token_end`; a relation's `head` and
`child` are the last token of its spans, as Prodigy's relations interface writes them, with
the spans themselves in `head_span` and `child_span`. A span that does not align with the
tokens is left out and reported. `meta` records the tokenizer.

Reading takes the character offsets as the truth and checks them against the record's own
tokens when it has them; a record whose `answer` is `reject` or `ignore` brings its text but
not its annotations. Inside an accepted record, a span (or relation) with its own `answer`
other than `accept` (Prodigy's review and correction recipes write them) is not imported, nor
is a relation joining such a span; each is listed in the import report with its line.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import EntityRec, ExportContext, ExportDoc, LineWriter, ParseResult, Record, RelationRec, is_int, record_header
from annotator.formats.jsonl import parse_jsonl
from annotator.formats.tokenize import doc_tokens

LEFT_OUT = "spans do not align with the tokens and were left out"
REL_LEFT_OUT = "relations were left out because a span of theirs was"


def prodigy_json(doc: ExportDoc, ctx: ExportContext) -> str:
    text = doc.text
    laid = doc_tokens(text, ctx.tokenize(text))
    starts = {t.start: i for i, t in enumerate(laid) if not t.space}
    ends = {t.end: i for i, t in enumerate(laid) if not t.space}
    tokens = [{"text": text[t.start : t.end], "start": t.start, "end": t.end, "id": i, "ws": t.ws} for i, t in enumerate(laid)]
    spans: list[dict] = []
    by_entity: dict[int, dict] = {}
    for k, e in enumerate(doc.entities):
        first, last = starts.get(e.start), ends.get(e.end)
        if first is None or last is None or last < first:
            ctx.notes.entity(f"{LEFT_OUT} ({ctx.tokenizer.label})", doc, e)
            continue
        span = {"start": e.start, "end": e.end, "token_start": first, "token_end": last, "label": e.label}
        by_entity[k] = span
        spans.append(span)
    relations = []
    for r in doc.relations:
        head, child = by_entity.get(r.head), by_entity.get(r.tail)
        if head is None or child is None:
            ctx.notes.add(REL_LEFT_OUT, f"{doc.ext_id}: {r.label}")
            continue
        relations.append({"head": head["token_end"], "child": child["token_end"], "head_span": head, "child_span": child, "label": r.label})
    meta = dict(doc.meta)
    meta["tokenizer"] = ctx.tokenizer.label
    out = {"id": doc.ext_id, "text": text, "meta": meta, "tokens": tokens, "spans": spans, "relations": relations, "answer": "accept"}
    return json.dumps(out, ensure_ascii=False)


WRITER = LineWriter("prodigy", prodigy_json, keeps=frozenset({"annotations", "meta", "ids"}))


def _span_key(span: dict) -> tuple[int, int, str] | None:
    """(start, end, label) of a relation's head or child span, None when it is not that shape
    (a list or object as the label would not even be hashable)."""
    start, end, label = span.get("start"), span.get("end"), span.get("label")
    if is_int(start) and is_int(end) and isinstance(label, str):
        return (start, end, label)
    return None


def record_from_prodigy(obj, *, file: str, line: int, default_id: str) -> Record | Problem:
    header = record_header(obj, file=file, line=line, default_id=default_id)
    if isinstance(header, Problem):
        return header
    text, ext_id, meta = header
    meta = {k: v for k, v in meta.items() if k != "tokenizer"}
    if obj.get("answer") in ("reject", "ignore"):
        return Record(file, line, ext_id, text, meta, notes=[f"{file}:{line}: answer is {obj['answer']!r}: the text is imported without its annotations"])
    tokens = obj.get("tokens")
    if tokens is not None and not isinstance(tokens, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'tokens' must be a list")))
    raw = obj.get("spans", [])
    if not isinstance(raw, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'spans' must be a list")))
    entities: list[EntityRec] = []
    by_key: dict[tuple, str] = {}
    by_last_token: dict[int, list[str]] = {}
    notes: list[str] = []
    rejected: set[tuple] = set()  # (start, end, label) of spans answered reject/ignore
    for i, span in enumerate(raw):
        ref = f"T{i + 1}"
        if not isinstance(span, dict):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "span #{number} is not an object"), number=i + 1))
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not (is_int(start) and is_int(end)):
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "span #{number}: 'start' and 'end' must be integers"), number=i + 1))
        if not isinstance(label, str) or not label:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "span #{number}: 'label' must be a non-empty string"), number=i + 1))
        first, last = span.get("token_start"), span.get("token_end")
        if tokens is not None and is_int(first) and is_int(last):
            # The character offsets are the truth; the token indices must agree with them.
            ok = 0 <= first <= last < len(tokens) and all(isinstance(tokens[k], dict) for k in (first, last))
            if not ok or tokens[first].get("start") != start or tokens[last].get("end") != end:
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "span #{number}: tokens {first}-{last} do not cover characters {start}-{end}"), number=i + 1, first=first, last=last, start=start, end=end))
        answer = span.get("answer", "accept")
        if answer != "accept":
            # Prodigy's per-span answer (a reviewed or corrected record): only accepted spans are entities.
            surface = text[start:end] if 0 <= start < end <= len(text) else ""
            notes.append(f"{file}:{line}: span #{i + 1} {start}-{end} {label} {surface!r} was not imported: its answer is {answer!r}")
            rejected.add((start, end, label))
            if is_int(last):
                by_last_token.setdefault(last, []).append(None)
            continue
        if is_int(last):
            by_last_token.setdefault(last, []).append(ref)
        by_key.setdefault((start, end, label), ref)
        entities.append(EntityRec(start, end, label, ref, span.get("text") if isinstance(span.get("text"), str) else None))
    relations: list[RelationRec] = []
    raw = obj.get("relations", [])
    if not isinstance(raw, list):
        return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'relations' must be a list")))
    for i, rel in enumerate(raw):
        if not isinstance(rel, dict) or not isinstance(rel.get("label"), str) or not rel["label"]:
            return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} needs a 'label'"), number=i + 1))
        ends = []
        dropped = rel.get("answer", "accept") != "accept"
        for side, span_key in (("head", "head_span"), ("child", "child_span")):
            ref = None
            if isinstance(rel.get(span_key), dict):
                key = _span_key(rel[span_key])
                if key is None:
                    return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} ({label}): its {span_key} needs integer 'start' and 'end' and a string 'label'"), number=i + 1, label=rel["label"], span_key=span_key))
                ref = by_key.get(key)
                dropped = dropped or (ref is None and key in rejected)
            elif is_int(rel.get(side)) and len(by_last_token.get(rel[side], [])) == 1:
                ref = by_last_token[rel[side]][0]
                dropped = dropped or ref is None
            if dropped:
                break
            if ref is None:
                return Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "relation #{number} ({label}): its {side} is not one of the record's spans; token-level relations cannot be imported"), number=i + 1, label=rel["label"], side=side))
            ends.append(ref)
        if dropped:
            why = f"its answer is {rel['answer']!r}" if rel.get("answer", "accept") != "accept" else "it joins a span that was not"
            notes.append(f"{file}:{line}: relation #{i + 1} {rel['label']} was not imported: {why}")
            continue
        relations.append(RelationRec(ends[0], ends[1], rel["label"]))
    return Record(file, line, ext_id, text, meta, entities, relations, notes=notes)


def parse_prodigy(path: Path) -> ParseResult:
    return parse_jsonl(path, record_from_prodigy)
