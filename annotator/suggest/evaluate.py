"""How good suggestions are against gold: exact-match precision, recall and F1, and the
actions an annotator needs to reach gold with them (accept 1, fix a boundary or label 2,
add a missing span 2, reject 1) against 2 per entity without them. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.suggest.tokens import Span

ACCEPT, FIX, ADD, REJECT = 1, 2, 2, 1


@dataclass(frozen=True)
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Score:
    """Exact match (start, end and label) summed over (suggested, gold) pairs of documents."""
    tp = predicted = gold = 0
    for suggested, truth in pairs:
        s, g = set(suggested), set(truth)
        tp += len(s & g)
        predicted += len(s)
        gold += len(g)
    return Score(tp, predicted, gold)


@dataclass(frozen=True)
class Outcome:
    """Each suggestion of one document sorted out against its gold."""

    exact: tuple[Span, ...]  # accept as it is
    near: tuple[Span, ...]  # overlaps a gold span it does not equal: fix, then it is right
    wrong: tuple[Span, ...]  # overlaps no gold span still free: reject
    missing: int  # gold spans no suggestion reached: add by hand


def sort_out(suggested: Sequence[Span], gold: Sequence[Span]) -> Outcome:
    free = set(gold)
    exact = [s for s in suggested if s in free]
    free -= set(exact)
    near, wrong = [], []
    for s in suggested:
        if s in exact:
            continue
        hit = next((g for g in sorted(free) if g[0] < s[1] and s[0] < g[1]), None)
        if hit is None:
            wrong.append(s)
        else:
            near.append(s)
            free.discard(hit)
    return Outcome(tuple(exact), tuple(near), tuple(wrong), len(free))


def actions(suggested: Sequence[Span], gold: Sequence[Span], *, accept_all: bool = True) -> int:
    """Actions to turn one document's suggestions into its gold. One by one: accept each
    exact one, fix each near one, reject each wrong one, add each missing span. With
    `accept_all`, for each label the cheaper of that and "accept all of this label" (one
    action; then each wrong one is deleted, 1, and each near one fixed, 2) is counted."""
    out = sort_out(suggested, gold)
    total = out.missing * ADD
    for label in {s[2] for s in suggested}:
        exact = sum(1 for s in out.exact if s[2] == label)
        near = sum(1 for s in out.near if s[2] == label)
        wrong = sum(1 for s in out.wrong if s[2] == label)
        one_by_one = exact * ACCEPT + near * FIX + wrong * REJECT
        at_once = ACCEPT + near * FIX + wrong * REJECT if exact + near else one_by_one
        total += min(one_by_one, at_once) if accept_all else one_by_one
    return total
