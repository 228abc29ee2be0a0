"""Caret stepping in the text view as plain functions: by grapheme cluster (akshara), by
word, by visual line, to the line's ends, and from span to span. Positions are core code
points; line steps ask a `DocumentLayout` where lines wrap, everything else needs only text.

Selections are snapped here too: to words by default, to clusters when precise, so a
selection never splits a conjunct, a nukta from its consonant, an emoji or a CRLF.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from annotator.project import SpanRow
from annotator.text import cached_boundaries, snap_to_clusters, snap_to_words, words

if TYPE_CHECKING:
    from ui.text.layout import DocumentLayout


def snap(text: str, a: int, b: int, precise: bool) -> tuple[int, int] | None:
    """The selection from `a` to `b` (either order) widened to words, or to grapheme
    clusters when `precise`; None when it is empty."""
    a, b = min(a, b), max(a, b)
    if a == b:
        return None
    return snap_to_clusters(text, a, b) if precise else snap_to_words(text, a, b)


def snap_edge(text: str, cp: int, edge: str, precise: bool) -> int:
    """Where a dragged span edge ("start" or "end") lands: the word (or cluster) boundary
    at `cp` on that side."""
    if not text:
        return 0
    if edge == "start":
        a = min(cp, len(text) - 1)
        return (snap_to_clusters if precise else snap_to_words)(text, a, a + 1)[0]
    b = max(cp, 1)
    return (snap_to_clusters if precise else snap_to_words)(text, b - 1, b)[1]


def step_cluster(text: str, cp: int, forward: bool) -> int:
    """The next (or previous) grapheme-cluster boundary from `cp`, clamped to the text."""
    offsets = cached_boundaries(text).offsets
    if forward:
        i = bisect_right(offsets, cp)
        return offsets[min(i, len(offsets) - 1)]
    i = bisect_left(offsets, cp) - 1
    return offsets[max(i, 0)]


@lru_cache(maxsize=8)
def _word_edges(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every word; a text is stepped through many times while it is open."""
    spans = words(text)
    return [s for s, _ in spans], [e for _, e in spans]


def step_word(text: str, cp: int, forward: bool, edge: str | None = None) -> int:
    """The next (or previous) word boundary from `cp`: word ends when `edge` is "end",
    word starts when "start" (default: ends going forward, starts going back)."""
    edge = edge or ("end" if forward else "start")
    starts, ends = _word_edges(text)
    points = ends if edge == "end" else starts
    if forward:
        i = bisect_right(points, cp)
        return points[i] if i < len(points) else len(text)
    i = bisect_left(points, cp) - 1
    return points[i] if i >= 0 else 0


def step_line(lay: DocumentLayout, cp: int, down: bool) -> int:
    """The position on the visual line below (or above) `cp` nearest the same x; the text's
    end (or start) past the last (or first) line."""
    p, k, x = lay.locate(cp)
    if down:
        if k + 1 < len(lay.paras[p].lines):
            return lay.cp_at(p, k + 1, x)
        return lay.cp_at(p + 1, 0, x) if p + 1 < len(lay.paras) else len(lay.text)
    if k > 0:
        return lay.cp_at(p, k - 1, x)
    return lay.cp_at(p - 1, max(len(lay.paras[p - 1].lines) - 1, 0), x) if p > 0 else 0


def line_edge(lay: DocumentLayout, cp: int, end: bool) -> int:
    """The start (or end) of the visual line holding `cp`; a wrapped line ends before the
    wrap point, so End keeps the caret on the line it was on."""
    p, k, _ = lay.locate(cp)
    para = lay.paras[p]
    if not para.lines:
        return para.info.cp_start
    line = para.lines[k]
    local = line.end16 if end else line.start16
    out = lay.map.from_local(local, para.info)
    if end and k + 1 < len(para.lines) and out > para.info.cp_start:
        out = step_cluster(lay.text, out, False)  # stay on this line, before the wrap point
    return out


def step_span(spans: Iterable[SpanRow], current: str | None, forward: bool, caret: int) -> str | None:
    """The span after (or before) `current` in reading order (start, longest first), going
    round; from the caret when no span is current. None when there are no spans."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.label))
    if not ordered:
        return None
    ids = [s.uuid for s in ordered]
    if current not in ids:
        keys = [(s.start, -s.end) for s in ordered]
        i = bisect_left(keys, (caret, -10**12))
        return ids[i % len(ids)] if forward else ids[(i - 1) % len(ids)]
    i = ids.index(current)
    return ids[(i + (1 if forward else -1)) % len(ids)]
