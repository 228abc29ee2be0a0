"""The gazetteer: surface forms of the team's gold (and done) spans with how often each was
given each label, matched again as whole tokens under search folding (nukta, NFC/NFD,
ZWJ/ZWNJ, chandrabindu, digits), longest first."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotator.suggest.proposal import Proposal
from annotator.suggest.tokens import Keyed, Span

MAX_TOKENS = 8


@dataclass
class Gazetteer:
    """key -> label -> how often a match of that key in the training texts was a gold span
    with that label (`hits`), and how often the key matched at all (`seen`): a form that is
    a name only now and then (एक, सेना) is offered only when it was one most of the time."""

    hits: dict[str, Counter] = field(default_factory=dict)
    seen: Counter = field(default_factory=Counter)
    min_ratio: float = 0.5
    max_tokens: int = 1
    _offered: dict[str, tuple[str, float]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, examples: Iterable[tuple[str, Sequence[Span]]], *, min_ratio: float = 0.5) -> Gazetteer:
        """From (text, spans) pairs: collect the span forms, then match them back over the
        same texts to count how often each match was really that label."""
        keyed_examples = [(Keyed.of(text), spans) for text, spans in examples]
        forms: set[str] = set()
        longest = 1
        for keyed, spans in keyed_examples:
            for start, end, _label in spans:
                tr = keyed.token_range(start, end)
                if tr is not None:
                    forms.add(keyed.span_key(*tr))
                    longest = max(longest, tr[1] - tr[0] + 1)
        gaz = cls(min_ratio=min_ratio, max_tokens=min(longest, MAX_TOKENS))
        hits: dict[str, Counter] = defaultdict(Counter)
        for keyed, spans in keyed_examples:
            gold = {(s, e): label for s, e, label in spans}
            for first, last, key in gaz._greedy(keyed, forms.__contains__):
                gaz.seen[key] += 1
                label = gold.get((keyed.tokens[first][0], keyed.tokens[last][1]))
                if label is not None:
                    hits[key][label] += 1
        gaz.hits = dict(hits)
        return gaz

    def __len__(self) -> int:
        return len(self.hits)

    def _greedy(self, keyed: Keyed, known) -> Iterable[tuple[int, int, str]]:
        """Longest known key at each token, left to right, matches never overlapping."""
        n = len(keyed.tokens)
        i = 0
        while i < n:
            for last in range(min(n, i + self.max_tokens) - 1, i - 1, -1):
                key = keyed.span_key(i, last)
                if known(key):
                    yield i, last, key
                    i = last + 1
                    break
            else:
                i += 1

    def confident(self, key: str) -> tuple[str, float] | None:
        """The label a key is offered with and its share of the key's matches, if enough."""
        counts = self.hits.get(key)
        if not counts:
            return None
        label, count = counts.most_common(1)[0]
        ratio = count / max(self.seen[key], 1)
        return (label, ratio) if ratio >= self.min_ratio else None

    def offered(self) -> dict[str, tuple[str, float]]:
        """Every confident form with its label and share, worked out once."""
        if self._offered is None:
            self._offered = {key: sure for key in self.hits if (sure := self.confident(key)) is not None}
        return self._offered

    def propose(self, keyed: Keyed, labels: set[str] | None = None) -> list[Proposal]:
        """Whole-token matches of confident forms in one text (only `labels`, when given)."""
        out = []
        offered = self.offered()
        for first, last, key in self._greedy(keyed, offered.__contains__):
            label, ratio = offered[key]
            if labels is None or label in labels:
                out.append(Proposal(keyed.tokens[first][0], keyed.tokens[last][1], label, "gazetteer", round(ratio, 3)))
        return out

    def to_json(self) -> dict:
        return {"min_ratio": self.min_ratio, "max_tokens": self.max_tokens, "seen": dict(self.seen), "hits": {k: dict(v) for k, v in self.hits.items()}}

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        return cls({k: Counter(v) for k, v in data["hits"].items()}, Counter(data["seen"]), data["min_ratio"], data["max_tokens"])
