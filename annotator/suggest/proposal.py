"""A suggestion before it is stored (`Proposal`), and how the sources' proposals combine into
the one set the window offers: the first source in priority order wins where two overlap."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.rows import SUGGESTION_PREFIX

# The sources, in the order they win overlaps: the model reads context, the gazetteer knows
# the team's own names, the patterns know shapes but not what is around them.
SOURCES = ("model", "gazetteer", "patterns")
LAYER_PREFIX = SUGGESTION_PREFIX  # annotator.rows: counts and people lists leave these layers out


def layer_name(source: str) -> str:
    """The annotator layer a source's suggestions are stored in ('suggest:gazetteer')."""
    return LAYER_PREFIX + source


def source_of(layer: str) -> str | None:
    """The source a layer name stands for, or None when it is nobody's suggestion layer."""
    return layer[len(LAYER_PREFIX) :] if layer.startswith(LAYER_PREFIX) and layer[len(LAYER_PREFIX) :] in SOURCES else None


@dataclass(frozen=True)
class Proposal:
    """One suggested span: code-point offsets into the stored text, end exclusive."""

    start: int
    end: int
    label: str
    source: str
    score: float = 1.0

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


def combine(by_source: Mapping[str, Sequence[Proposal]], order: Iterable[str] = SOURCES) -> list[Proposal]:
    """One non-overlapping set: every source's proposals, in priority `order`, each kept
    only when it overlaps none already kept; sorted by offsets."""
    kept: list[Proposal] = []
    taken: list[tuple[int, int]] = []
    for source in order:
        for p in sorted(by_source.get(source, ()), key=lambda p: (p.start, -p.end)):
            if all(p.end <= s or p.start >= e for s, e in taken):
                kept.append(p)
                taken.append((p.start, p.end))
    return sorted(kept, key=lambda p: (p.start, p.end, p.label))
