"""The agreement report: a project's layers read into agreement inputs, and the measures of
annotator.agreement gathered per pair, per label and per document into one JSON-ready dict.

annotator.agreement holds the measures (pure functions over tuples); this module decides what
they are computed on and how the result is laid out, for the command line (text or --json),
the agreement dialog and the bench. annotator.agreement_layers reads the database, one document
at a time; `agreement_report` is pure and works on `DocLayers`, so all of them share one
computation. It keeps only counts (per pair and label, token tag pairs, alpha's units, label
confusion, each span attribute's agreed count and values per side) and, when asked, only the `worst` documents, so its memory does not grow with the
corpus. Which documents count: for a pair of annotators, the documents both annotated, meaning
each marked it done or has at least one live span in it (`done_only` keeps only documents both
marked done). Tokens (for kappa and alpha) are the export tokenizer's, found fast.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import regex

from annotator import agreement as ag
from annotator.agreement import MatchCounts
from annotator.agreement_layers import DocLayers, Progress, default_annotators, iter_layers
from annotator.agreement_layers import read_layers as read_layers  # kept importable from here
from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, Message
from annotator.formats.tokenize import HINDI
from annotator.project import Project

MEASURES = {
    "span_f1_exact": "span F1, exact match: same start, end and label",
    "span_f1_overlap": "span F1, overlap match: same label and at least one shared code point",
    "token_kappa": "Cohen's kappa over tokens, IOB2 tags (B-/I- plus label, O outside)",
    "alpha_tokens": "Krippendorff's alpha, nominal, over tokens' IOB2 tags (three or more annotators)",
    "relation_f1": "relation F1, exact: same label, head and tail at the same offsets",
    "relation_f1_conditional": "relation F1 over relations whose head and tail spans both annotators marked",
    "confusion": "spans paired by boundary, then by largest overlap; — where one side has none",
    "attributes": "per span attribute: agreement rate and Cohen's kappa over the spans both annotators marked identically (same start, end, label) where at least one gave it a value (unset counts as —)",
    "per_document": "documents worst first by span F1 (exact) pooled over the pairs, then token kappa",
}


# The project's tokenizer: the tokens CoNLL and HF exports use, so kappa counts what they train on.
token_offsets: Callable[[str], list[tuple[int, int]]] = HINDI.split
TOKENIZER = HINDI.label


# Texts the fast path leaves to the tokenizer: Prepend characters join the next cluster (even
# a space); U+001C..U+001F are white space to str.split() but not to Unicode; the rest are
# identifier characters (str.isidentifier) that are not word characters. Checked by a test.
PREPEND = "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\U000110bd\U000110cd\U000111c2\U000111c3\U000113d1\U0001193f\U00011941\U00011a84\U00011a85\U00011a86\U00011a87\U00011a88\U00011a89\U00011d46\U00011f02"
IDENTIFIER_NOT_WORD = "\u00b7\u0387\u203f\u2040\u2054\u2118\u212e\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f"
_RARE = PREPEND + IDENTIFIER_NOT_WORD + "\x1c\x1d\x1e\x1f"
# A chunk starting with a character that extends the cluster before it (here: the space).
_EXTENDS = regex.compile(r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]")
_CHUNKS: dict[str, tuple[tuple[int, int], ...]] = {}


def _chunk_tokens(chunk: str) -> tuple[tuple[int, int], ...]:
    """The tokens of a chunk tokenized alone; () when it starts with an extending character."""
    got = _CHUNKS.get(chunk)
    if got is None:
        if len(_CHUNKS) > 200_000:
            _CHUNKS.clear()
        got = _CHUNKS[chunk] = () if _EXTENDS.match(chunk) else tuple(token_offsets(chunk))
    return got


def fast_tokens(text: str) -> list[tuple[int, int]]:
    """Exactly token_offsets(text), several times faster on ordinary text.

    A chunk between white space that is an identifier (letters, marks, digits, joiners; see
    the exceptions above) is one token; any other chunk is tokenized alone, which gives what a
    scan of the whole text gives since tokens never hold white space. Texts where that could
    fail are tokenized whole.
    """
    if any(c in text for c in _RARE):
        return token_offsets(text)
    out: list[tuple[int, int]] = []
    pos = 0
    find = text.find
    for chunk in text.split():
        pos = find(chunk, pos)
        end = pos + len(chunk)
        if chunk.isidentifier():
            out.append((pos, end))
        else:
            got = _chunk_tokens(chunk)
            if len(got) == 1:
                out.append((pos, end))
            elif got:
                out.extend([(pos + a, pos + b) for a, b in got])
            elif pos:
                return token_offsets(text)
            else:
                out.extend((a, b) for a, b in token_offsets(chunk))
        pos = end
    return out


def _pct(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _label(exact: MatchCounts, overlap: MatchCounts) -> dict:
    return {
        "f1_exact": _pct(exact.f1),
        "precision_exact": _pct(exact.precision),
        "recall_exact": _pct(exact.recall),
        "f1_overlap": _pct(overlap.f1),
        "a": exact.a,
        "b": exact.b,
        "matched_exact": exact.matched_a,
        "matched_overlap_a": overlap.matched_a,
        "matched_overlap_b": overlap.matched_b,
    }


def _counts(c: MatchCounts) -> dict:
    return {"precision": _pct(c.precision), "recall": _pct(c.recall), "f1": _pct(c.f1), "a": c.a, "b": c.b, "matched_a": c.matched_a, "matched_b": c.matched_b}


@dataclass
class _Values:
    """One attribute's counts for one pair: enough for the rate and kappa, and no more."""

    agreed: int = 0
    a: Counter = field(default_factory=Counter)
    b: Counter = field(default_factory=Counter)

    def add(self, pairs: Counter) -> None:
        for (x, y), n in pairs.items():
            self.a[x] += n
            self.b[y] += n
            if x == y:
                self.agreed += n

    def report(self) -> dict:
        kappa = ag.kappa_from_margins(self.agreed, self.a, self.b)
        return {
            "spans": kappa.items,
            "agreed": self.agreed,
            "agreement": _pct(kappa.observed),
            "kappa": _pct(kappa.value),
            "expected": _pct(kappa.expected),
        }


@dataclass
class _Pair:
    documents: int = 0
    rel: MatchCounts = field(default_factory=MatchCounts)
    rel_cond: MatchCounts = field(default_factory=MatchCounts)
    tokens: dict[tuple[str, str], int] = field(default_factory=dict)
    # per label: spans of a, of b, exact matches, a's found by overlap, b's found by overlap
    labels: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0, 0]))
    confusion: Counter = field(default_factory=Counter)
    # per attribute name: spans compared, spans agreed, A's count per value, B's count per value
    attributes: dict[str, _Values] = field(default_factory=dict)

    def exact(self, label: str | None = None) -> MatchCounts:
        rows = [self.labels[label]] if label else self.labels.values()
        return MatchCounts(sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[2] for r in rows))

    def overlap(self, label: str | None = None) -> MatchCounts:
        rows = [self.labels[label]] if label else self.labels.values()
        return MatchCounts(sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[3] for r in rows), sum(r[4] for r in rows))


def _worst_first(d: dict) -> tuple:
    return (1.0 if d["span_f1_exact"] is None else d["span_f1_exact"], 1.0 if d["token_kappa"] is None else d["token_kappa"], d["document"])


class _Worst:
    """The documents' rows worst first, keeping at most `limit` (all when None) at any time:
    exactly the first `limit` rows of the whole list sorted (stably: arrival order on ties)."""

    def __init__(self, limit: int | None):
        self.limit = limit
        self._rows: list[tuple[tuple, int, dict]] = []
        self._count = 0

    def append(self, row: dict) -> None:
        self._rows.append((_worst_first(row), self._count, row))
        self._count += 1
        if self.limit is not None and len(self._rows) >= 2 * self.limit + 1000:
            self._keep_worst()

    def _keep_worst(self) -> None:
        self._rows.sort(key=lambda r: (r[0], r[1]))
        if self.limit is not None:
            del self._rows[self.limit :]

    def rows(self) -> list[dict]:
        self._keep_worst()
        return [r[2] for r in self._rows]


def agreement_report(
    docs: Iterable[DocLayers],
    annotators: Sequence[str],
    *,
    undirected: frozenset[str] = frozenset(),
    worst: int | None = None,
) -> dict:
    """The agreement report as one JSON-ready dict (DESIGN §6 keys plus counts and details).

    Pure: reads nothing but its arguments, each document once, as they come. `per_document`
    lists every document worst first, or with `worst` only the first `worst` of that list
    (`documents` always counts them all).
    """
    names = list(dict.fromkeys(annotators))
    if len(names) < 2:
        raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "agreement needs at least two annotators")))
    pairs = {(a, b): _Pair() for a, b in itertools.combinations(names, 2)}
    units: dict[tuple[str, ...], int] = {}
    per_document = _Worst(worst)
    n_docs = 0
    for doc in docs:
        present = [n for n in names if n in doc.spans]
        if len(present) < 2:
            continue
        n_docs += 1
        tokens = fast_tokens(doc.text)
        ends = [e for _, e in tokens]
        tags = {n: ag.iob2_tags(tokens, doc.spans[n], ends=ends) for n in present}
        layers = {n: ag.Layer.of(doc.spans[n]) for n in present}
        doc_exact = [0, 0, 0]
        doc_tokens: dict[tuple[str, str], int] = {}
        # One pass over the tokens counts every combination of tags; pairs and alpha read it.
        joint = Counter(zip(*(tags[n] for n in present)))
        for (i, a), (j, b) in itertools.combinations(enumerate(present), 2):
            pair = pairs[(a, b)]
            sa, sb = doc.spans[a], doc.spans[b]
            pair.documents += 1
            la, lb = layers[a], layers[b]
            for label, row in ag.compare_layers(la, lb).items():
                acc = pair.labels[label]
                acc[0] += row[0]
                acc[1] += row[1]
                acc[2] += row[2]
                acc[3] += row[3]
                acc[4] += row[4]
                doc_exact[0] += row[0]
                doc_exact[1] += row[1]
                doc_exact[2] += row[2]
            va, vb = doc.attributes.get(a, ()), doc.attributes.get(b, ())
            if va or vb:
                for name, counts in ag.attribute_pairs(va, vb, la.spans, lb.spans).items():
                    pair.attributes.setdefault(name, _Values()).add(counts)
            ra, rb = doc.relations.get(a, ()), doc.relations.get(b, ())
            if ra or rb:
                pair.rel += ag.relation_counts(ra, rb, undirected=undirected)
                pair.rel_cond += ag.relation_counts(ra, rb, a_spans=sa, b_spans=sb, conditional=True, undirected=undirected)
            if la.spans == lb.spans:
                pair.confusion.update({(label, label): n for label, n in la.labels.items()})
            else:
                common = la.spans & lb.spans
                pair.confusion.update((s[2], s[2]) for s in common)
                pair.confusion.update(ag.label_confusion(la.spans - common, lb.spans - common))
            tok = pair.tokens
            for values, n in joint.items():
                key = (values[i], values[j])
                tok[key] = tok.get(key, 0) + n
                doc_tokens[key] = doc_tokens.get(key, 0) + n
        if len(names) >= 3:
            for values, n in joint.items():
                key = tuple(sorted(values))
                units[key] = units.get(key, 0) + n
        kappa = ag.kappa_from_pairs(doc_tokens)
        doc_f1 = MatchCounts(doc_exact[0], doc_exact[1], doc_exact[2], doc_exact[2]).f1
        per_document.append(
            {
                "document": doc.ext_id,
                "uuid": doc.document,
                "annotators": present,
                "span_f1_exact": _pct(doc_f1),
                "spans": sum(len(doc.spans[n]) for n in present),
                "matched_exact": doc_exact[2],
                "token_kappa": _pct(kappa.value),
                "tokens": kappa.items // max(1, len(present) * (len(present) - 1) // 2),
            }
        )
    out_pairs = []
    for (a, b), p in pairs.items():
        kappa = ag.kappa_from_pairs(p.tokens)
        exact, overlap = p.exact(), p.overlap()
        out_pairs.append(
            {
                "a": a,
                "b": b,
                "documents": p.documents,
                "span_f1_exact": _pct(exact.f1),
                "span_f1_overlap": _pct(overlap.f1),
                "token_kappa": _pct(kappa.value),
                "relation_f1": _pct(p.rel.f1),
                "relation_f1_conditional": _pct(p.rel_cond.f1),
                "spans_exact": _counts(exact),
                "spans_overlap": _counts(overlap),
                "tokens": {"kappa": _pct(kappa.value), "tokens": kappa.items, "observed": _pct(kappa.observed), "expected": _pct(kappa.expected)},
                "relations_exact": _counts(p.rel),
                "relations_conditional": _counts(p.rel_cond),
                "per_label": {label: _label(p.exact(label), p.overlap(label)) for label in sorted(p.labels)},
                "confusion": [[x, y, n] for (x, y), n in sorted(p.confusion.items())],
                "attributes": {name: p.attributes[name].report() for name in sorted(p.attributes)},
            }
        )
    alpha = ag.alpha_from_units(units) if len(names) >= 3 else None
    return {
        "annotators": names,
        "documents": n_docs,
        "pairs": out_pairs,
        "alpha_tokens": _pct(alpha.value) if alpha else None,
        "alpha": {"value": _pct(alpha.value), "values": alpha.values, "units": alpha.units, "annotators": len(names)} if alpha else None,
        "per_document": per_document.rows(),
        "measures": MEASURES,
        "tokenizer": TOKENIZER,
    }


def project_agreement(
    project: Project,
    *,
    annotators: Sequence[str] | None = None,
    done_only: bool = False,
    worst: int | None = None,
    progress: Progress | None = None,
) -> dict:
    """The agreement report of `annotators` (default: every human annotator with work), read
    one document at a time; `worst` and `progress(done, total)` as agreement_report and
    agreement_layers.iter_layers take them."""
    names = list(annotators) if annotators else default_annotators(project)
    if len(names) < 2:
        found = ", ".join(names) or Message(QT_TRANSLATE_NOOP("core", "none"))
        raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "{path}: agreement needs at least two annotators with work (found {names})"), path=str(project.path), names=found))
    undirected = frozenset(r.name for r in project.scheme.relations if not r.directed)
    docs = iter_layers(project, names, done_only=done_only, progress=progress)
    report = agreement_report(docs, names, undirected=undirected, worst=worst)
    report["basis"] = "per pair, documents both marked done" if done_only else "per pair, documents both annotated: marked done or holding a span"
    return report
