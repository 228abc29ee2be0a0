"""IOB2 tags from token spans and token spans from tags (with the standard repairs), and the
deterministic choice of non-overlapping spans for formats that cannot hold overlaps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from annotator.errors import QT_TRANSLATE_NOOP, Message

_TAG = regex.compile(r"(?P<prefix>[BI])-(?P<label>\S+)")


def longest_first(spans: Sequence[tuple[int, int, str]]) -> list[int]:
    """Indices of the spans to keep when overlaps are not allowed: the longest first (so the
    outer of two nested spans), then the earlier, then by label; a span overlapping one
    already kept is left out. Returns the kept indices in their original order."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0] - spans[i][1], spans[i][0], spans[i][2]))
    kept: list[int] = []
    for i in order:
        start, end, _ = spans[i]
        if all(end <= spans[k][0] or start >= spans[k][1] for k in kept):
            kept.append(i)
    return sorted(kept)


def iob2_tags(n_tokens: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags for `n_tokens` tokens from non-overlapping (first, last, label) token spans
    (last inclusive)."""
    tags = ["O"] * n_tokens
    for first, last, label in spans:
        tags[first] = f"B-{label}"
        for i in range(first + 1, last + 1):
            tags[i] = f"I-{label}"
    return tags


@dataclass
class Decoded:
    spans: list[tuple[int, int, str]]  # (first, last, label), last inclusive
    repairs: int  # I- tags that began an entity and were read as B-
    bad: list[tuple[int, str]]  # (token index, message) for tags that are not IOB2


def spans_from_tags(tags: Sequence[str]) -> Decoded:
    """Read IOB2 tags of one sentence. An I-X that does not continue an X entity (after O,
    after another label, or first in the sentence) starts a new entity, the standard repair
    (which also reads IOB1 correctly); each such repair is counted."""
    spans: list[tuple[int, int, str]] = []
    bad: list[tuple[int, str]] = []
    repairs = 0
    current: list | None = None  # [first, last, label]
    for i, tag in enumerate(tags):
        if tag == "O":
            current = None
            continue
        prefix, label = tag[:2], tag[2:]
        if prefix not in ("B-", "I-") or not label or (not label.isidentifier() and _TAG.fullmatch(tag) is None):
            bad.append((i, Message(QT_TRANSLATE_NOOP("core", "the tag {tag} is not O, B-LABEL or I-LABEL"), tag=repr(tag))))
            current = None
            continue
        if prefix == "I-" and current is not None and current[2] == label:
            current[1] = i
            continue
        if prefix == "I-":
            repairs += 1
        current = [i, i, label]
        spans.append(current)  # type: ignore[arg-type]
    return Decoded([tuple(s) for s in spans], repairs, bad)  # type: ignore[misc]
