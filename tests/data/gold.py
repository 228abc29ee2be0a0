"""Gold readings of whole articles, written as (key, surface, label, anchor) entities and
(head key, tail key, label) relations, so offsets are computed by string search, never typed."""

from __future__ import annotations


def locate(text: str, surface: str, anchor: str) -> tuple[int, int]:
    """Code-point offsets of `surface` inside the one occurrence of `anchor` in `text`."""
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        raise ValueError(f"anchor {anchor!r} must occur exactly once")
    start = first + anchor.index(surface)
    return start, start + len(surface)


def spans(text: str, entities) -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity row, in the rows' order."""
    return [(*locate(text, surface, anchor), label) for _, surface, label, anchor in entities]


def relation_indices(entities, relations) -> list[tuple[int, int, str]]:
    """The relations with their head and tail keys turned into indices into `entities`."""
    index = {key: i for i, (key, *_rest) in enumerate(entities)}
    return [(index[head], index[tail], label) for head, tail, label in relations]


def record(text: str, entities, relations, *, doc_id: str, source_file: str, source: str = "asha") -> dict:
    """The article as one gold-JSONL record with every entity and relation given."""
    out = [
        {"id": key, "start": start, "end": end, "label": label, "text": surface}
        for (key, surface, label, _), (start, end, _) in zip(entities, spans(text, entities))
    ]
    links = [{"head": h, "tail": t, "label": label} for h, t, label in relations]
    return {"id": doc_id, "text": text, "meta": {"source": source_file}, "entities": out, "relations": links, "source": source}
