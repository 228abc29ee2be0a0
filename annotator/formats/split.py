"""Train/dev/test splits for exports (`--split`, `--seed`): the shares, and which document goes where."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from annotator.errors import AnnotatorError

SPLITS = ("train", "dev", "test")


def parse_split(value: str | Sequence[float] | None) -> tuple[float, ...] | None:
    """'0.8,0.1,0.1' -> (0.8, 0.1, 0.1): two or three shares (train, dev[, test]) summing to 1."""
    if value is None or value == "":
        return None
    try:
        shares = tuple(float(x) for x in (value.split(",") if isinstance(value, str) else value))
    except ValueError:
        raise AnnotatorError(f"--split {value!r}: give two or three numbers, e.g. 0.8,0.1,0.1") from None
    if not 2 <= len(shares) <= 3 or any(s < 0 for s in shares) or abs(sum(shares) - 1) > 1e-6:
        raise AnnotatorError(f"--split {value!r}: give two or three shares (train, dev, test) that add up to 1")
    return shares


def split_plan(ext_ids: Iterable[str], shares: Sequence[float], seed: int) -> dict[str, str]:
    """Assign each document id to a split: ids sorted, shuffled by `seed`, cut at the
    cumulative shares (rounded). The same ids, shares and seed always give the same split."""
    ids = sorted(ext_ids)
    random.Random(seed).shuffle(ids)
    plan: dict[str, str] = {}
    start, total = 0, 0.0
    for name, share in zip(SPLITS, shares):
        total += share
        end = len(ids) if name == SPLITS[len(shares) - 1] else round(total * len(ids))
        for ext_id in ids[start:end]:
            plan[ext_id] = name
        start = end
    return plan
