"""Agreement measures as pure functions: (coder, item, label) triples, span and relation tuples.

No database and no Qt: callers (annotator.agreement_report, the tests, a notebook) hand in
plain tuples. This module is the measures only; which documents and layers they are computed
on, and the report that gathers them, are annotator.agreement_report.

The API follows NLTK's AnnotationTask: data are (coder, item, label) triples; kappa is Cohen's
for two coders, alpha is Krippendorff's (nominal) for any number with missing values allowed.
A measure that is undefined on its data (no items, or chance agreement of 1) is None.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

Triple = tuple[str, Hashable, Hashable]
SpanT = tuple[int, int, str]  # (start, end, label), code points, end exclusive
RelT = tuple[SpanT, SpanT, str]  # (head span, tail span, relation label)
AttrT = tuple[SpanT, str, Hashable]  # (span, attribute name, value)
OUTSIDE = "O"
NONE_LABEL = "—"  # the other side of a span that one annotator did not mark


# -- chance-corrected agreement ----------------------------------------------------------


@dataclass(frozen=True)
class Kappa:
    """Cohen's kappa with what it was computed from: items, observed and chance agreement."""

    value: float | None
    items: int
    observed: float | None
    expected: float | None


def kappa_from_pairs(pairs: Mapping[tuple[Hashable, Hashable], int]) -> Kappa:
    """Cohen's kappa from a contingency count {(label of A, label of B): number of items}."""
    agree = sum(c for (x, y), c in pairs.items() if x == y)
    margin_a: Counter = Counter()
    margin_b: Counter = Counter()
    for (x, y), c in pairs.items():
        margin_a[x] += c
        margin_b[y] += c
    return kappa_from_margins(agree, margin_a, margin_b)


def kappa_from_margins(agree: int, margin_a: Mapping[Hashable, int], margin_b: Mapping[Hashable, int]) -> Kappa:
    """Cohen's kappa from the number of items both coders gave the same label and each coder's
    count per label: all kappa needs, in memory that grows with the labels, not their pairs."""
    n = sum(margin_a.values())
    if n == 0:
        return Kappa(None, 0, None, None)
    po = agree / n
    pe = sum(margin_a[x] * margin_b[x] for x in margin_a) / (n * n)
    value = None if pe >= 1.0 else (po - pe) / (1.0 - pe)
    return Kappa(value, n, po, pe)


def cohen_kappa(triples: Iterable[Triple], a: str, b: str) -> Kappa:
    """Cohen's kappa between coders `a` and `b` over the items both labelled."""
    by_item: dict[Hashable, dict[str, Hashable]] = defaultdict(dict)
    for coder, item, label in triples:
        if coder == a or coder == b:
            by_item[item][coder] = label
    pairs = Counter((v[a], v[b]) for v in by_item.values() if a in v and b in v)
    return kappa_from_pairs(pairs)


@dataclass(frozen=True)
class Alpha:
    """Krippendorff's alpha with the number of pairable values and units it used."""

    value: float | None
    values: int
    units: int


def alpha_from_units(units: Mapping[tuple[Hashable, ...], int]) -> Alpha:
    """Krippendorff's alpha (nominal) from {the values one unit received: how many such units}.

    Units with fewer than two values are not pairable and are left out, as Krippendorff does.
    Uses alpha = 1 - (n - 1) * sum_u (m_u^2 - sum_c m_uc^2) / (m_u - 1) / (n^2 - sum_c n_c^2).
    """
    n_c: Counter = Counter()
    disagreement = 0.0
    n_units = 0
    for values, count in units.items():
        m = len(values)
        if m < 2:
            continue
        per_value = Counter(values)
        disagreement += count * (m * m - sum(v * v for v in per_value.values())) / (m - 1)
        for value, k in per_value.items():
            n_c[value] += k * count
        n_units += count
    n = sum(n_c.values())
    if n < 2:
        return Alpha(None, n, n_units)
    expected = n * n - sum(v * v for v in n_c.values())
    if expected == 0:
        return Alpha(None, n, n_units)
    return Alpha(1.0 - (n - 1) * disagreement / expected, n, n_units)


def krippendorff_alpha(triples: Iterable[Triple]) -> Alpha:
    """Krippendorff's alpha (nominal) over (coder, item, label) triples; missing values allowed."""
    by_item: dict[Hashable, list[Hashable]] = defaultdict(list)
    for _coder, item, label in triples:
        by_item[item].append(label)
    return alpha_from_units(Counter(tuple(sorted(v, key=repr)) for v in by_item.values()))


# -- span attributes -----------------------------------------------------------------------


def attribute_pairs(a: Iterable[AttrT], b: Iterable[AttrT], a_spans: Iterable[SpanT], b_spans: Iterable[SpanT]) -> dict[str, Counter]:
    """Per attribute name, {(A's value, B's value): spans}, over the spans both annotators
    marked identically (same start, end and label) where at least one of them gave that
    attribute a value; a value one of them left unset is NONE_LABEL. Spans neither gave a
    value do not count: most attributes apply to few spans, and pairs of nothing would make
    any two annotators agree."""
    common = frozenset(a_spans) & frozenset(b_spans)
    va = {(s, name): v for s, name, v in a if s in common}
    vb = {(s, name): v for s, name, v in b if s in common}
    out: dict[str, Counter] = defaultdict(Counter)
    for key in va.keys() | vb.keys():
        out[key[1]][(va.get(key, NONE_LABEL), vb.get(key, NONE_LABEL))] += 1
    return dict(out)


# -- spans ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchCounts:
    """Counts behind precision, recall and F1 with A as reference and B as response.

    `matched_a` of A's `a` items are found in B, `matched_b` of B's `b` items are found in A
    (equal under exact matching; they can differ under overlap matching).
    """

    a: int = 0
    b: int = 0
    matched_a: int = 0
    matched_b: int = 0

    def __add__(self, other: MatchCounts) -> MatchCounts:
        return MatchCounts(self.a + other.a, self.b + other.b, self.matched_a + other.matched_a, self.matched_b + other.matched_b)

    @property
    def precision(self) -> float | None:
        return self.matched_b / self.b if self.b else None

    @property
    def recall(self) -> float | None:
        return self.matched_a / self.a if self.a else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when neither side has anything."""
        if not self.a and not self.b:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Layer:
    """One annotator's spans in one document, indexed once for comparing with every other."""

    spans: frozenset[SpanT]
    labels: Counter
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, spans: Iterable[SpanT]) -> Layer:
        unique = frozenset(spans)
        return cls(unique, Counter(s[2] for s in unique))

    def touches(self, start: int, end: int, label: str) -> bool:
        """Whether a span of this label shares a code point with [start, end)."""
        index = self._index.get(label)
        if index is None:
            items = sorted((s, e) for s, e, lab in self.spans if lab == label)
            index = self._index[label] = ([s for s, _ in items], list(accumulate((e for _, e in items), max)))
        starts, reach = index
        k = bisect_left(starts, end)  # the spans starting before our end; reach: their furthest end
        return k > 0 and reach[k - 1] > start


def compare_layers(a: Layer, b: Layer) -> dict[str, tuple[int, int, int, int, int]]:
    """Everything span F1 needs, per label, in one pass: (spans of A, spans of B, exact
    matches, A's spans found by overlap in B, B's spans found by overlap in A). Sum over
    labels for the totals (a match always has the same label on both sides)."""
    if a.spans == b.spans:
        return {label: (n, n, n, n, n) for label, n in a.labels.items()}
    common = a.spans & b.spans
    exact = Counter(s[2] for s in common)
    found_a, found_b = Counter(exact), Counter(exact)  # a shared span is found both ways
    for s, e, label in a.spans - common:
        if label in b.labels and b.touches(s, e, label):
            found_a[label] += 1
    for s, e, label in b.spans - common:
        if label in a.labels and a.touches(s, e, label):
            found_b[label] += 1
    return {label: (a.labels[label], b.labels[label], exact[label], found_a[label], found_b[label]) for label in a.labels.keys() | b.labels.keys()}


def compare_spans(a: Iterable[SpanT], b: Iterable[SpanT]) -> dict[str, tuple[int, int, int, int, int]]:
    """compare_layers for plain span lists."""
    return compare_layers(Layer.of(a), Layer.of(b))


def span_counts(a: Iterable[SpanT], b: Iterable[SpanT], *, mode: str = "exact") -> MatchCounts:
    """Match counts of two layers' spans in one document.

    'exact': same start, end and label. 'overlap': same label and at least one shared code
    point (each span counts as found when any such span exists on the other side).
    """
    if mode not in ("exact", "overlap"):
        raise ValueError(f"unknown span matching mode {mode!r}")
    total = MatchCounts()
    for c in per_label_counts(a, b, mode=mode).values():
        total += c
    return total


def per_label_counts(a: Iterable[SpanT], b: Iterable[SpanT], *, mode: str = "exact") -> dict[str, MatchCounts]:
    """span_counts restricted to each label in turn."""
    table = compare_spans(a, b)
    if mode == "exact":
        return {label: MatchCounts(na, nb, ex, ex) for label, (na, nb, ex, _, _) in table.items()}
    return {label: MatchCounts(na, nb, fa, fb) for label, (na, nb, _, fa, fb) in table.items()}


def align_spans(a: Iterable[SpanT], b: Iterable[SpanT]) -> list[tuple[SpanT | None, SpanT | None]]:
    """Pair A's spans with B's: identical spans first, then the same boundaries with another
    label, then the largest overlap; what is left pairs with None. Deterministic."""
    left, right = sorted(set(a)), sorted(set(b))
    if not left or not right:
        return [(x, None) for x in left] + [(None, y) for y in right]
    candidates = []
    for x in left:
        for y in right:
            if x[0] < y[1] and y[0] < x[1]:
                rank = 3 if x == y else 2 if (x[0], x[1]) == (y[0], y[1]) else 1
                candidates.append((-rank, -(min(x[1], y[1]) - max(x[0], y[0])), x, y))
    candidates.sort()
    used_a: set[SpanT] = set()
    used_b: set[SpanT] = set()
    pairs: list[tuple[SpanT | None, SpanT | None]] = []
    for _, _, x, y in candidates:
        if x not in used_a and y not in used_b:
            used_a.add(x)
            used_b.add(y)
            pairs.append((x, y))
    pairs.extend((x, None) for x in left if x not in used_a)
    pairs.extend((None, y) for y in right if y not in used_b)
    return pairs


def label_confusion(a: Iterable[SpanT], b: Iterable[SpanT]) -> Counter:
    """{(A's label, B's label): count} over align_spans; NONE_LABEL where one side has no span."""
    return Counter((x[2] if x else NONE_LABEL, y[2] if y else NONE_LABEL) for x, y in align_spans(a, b))


# -- tokens -----------------------------------------------------------------------------------


def iob2_tags(tokens: Sequence[tuple[int, int]], spans: Iterable[SpanT], *, ends: Sequence[int] | None = None) -> list[str]:
    """IOB2 tags of `tokens` (sorted (start, end) offsets) under `spans`.

    A token belongs to a span when they share a code point. IOB2 cannot nest, so where spans
    overlap the earlier (then longer) span keeps the token. The first token of a span is B-.
    `ends` (the tokens' end offsets) may be passed when tagging one text several times.
    """
    tags = [OUTSIDE] * len(tokens)
    if not tokens:
        return tags
    if ends is None:
        ends = [e for _, e in tokens]
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        i = bisect_left(ends, start + 1)  # first token ending after the span starts
        first = True
        while i < len(tokens) and tokens[i][0] < end:
            if tags[i] == OUTSIDE:
                tags[i] = ("B-" if first else "I-") + label
                first = False
            i += 1
    return tags


# -- relations -----------------------------------------------------------------------------


def relation_key(head: Sequence[int], tail: Sequence[int], label: str, undirected: Iterable[str] = ()) -> tuple:
    """What two annotators must share to agree on a relation, the one definition the agreement
    report, the review window and adjudication's provenance all use: the relation label and
    the head and tail spans' offsets (start, end), either way round for an undirected label.
    The spans' own labels are span agreement's business, not the relation's."""
    h, t = (head[0], head[1]), (tail[0], tail[1])
    if label in undirected and t < h:
        h, t = t, h
    return (h, t, label)


def _relation_key(rel: RelT, undirected: frozenset[str]) -> tuple:
    return relation_key(rel[0], rel[1], rel[2], undirected)


def relation_counts(
    a: Iterable[RelT],
    b: Iterable[RelT],
    *,
    a_spans: Iterable[SpanT] = (),
    b_spans: Iterable[SpanT] = (),
    conditional: bool = False,
    undirected: frozenset[str] = frozenset(),
) -> MatchCounts:
    """Match counts of two layers' relations in one document.

    Exact: the same relation label with head and tail at the same offsets (either way round
    for a label in `undirected`). With `conditional`, only relations whose head and tail
    spans (offsets and label) both annotators marked are counted: agreement on the relation
    given agreement on its arguments.
    """
    ra, rb = list(a), list(b)
    if conditional:
        shared = set(a_spans) & set(b_spans)
        ra = [r for r in ra if r[0] in shared and r[1] in shared]
        rb = [r for r in rb if r[0] in shared and r[1] in shared]
    ka = {_relation_key(r, undirected) for r in ra}
    kb = {_relation_key(r, undirected) for r in rb}
    both = len(ka & kb)
    return MatchCounts(len(ka), len(kb), both, both)


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values, or None when none is defined."""
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None
