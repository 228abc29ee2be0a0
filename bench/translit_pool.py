"""The pool for the relevance judgements: every Roman-search hit the reference lists reject, per
(group, query, entry, hit text), over every query the bench runs.

    python -m bench.translit_pool            # per group: pairs rejected, of them not yet judged
    python -m bench.translit_pool FILE.json  # also write the unjudged pairs (for the assessor
                                             # only: it holds the sealed groups' pairs too)

Run it after the search changes: the judged precision counts an unjudged hit as wrong."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench import translit_judgements as judgements
from bench import translit_reference as ref

Pair = tuple[str, str, str, str]  # group, query, entry (Devanagari), hit text


def rejected_pairs(search) -> set[Pair]:
    """Every distinct hit of `search` (annotator.search.search or an older one) that the lists
    judge wrong, with its group, query and entry."""
    groups, owners = ref.reference_groups()
    texts = ref.corpus_texts()
    pool: set[Pair] = set()
    with tempfile.TemporaryDirectory() as tmp:
        project = ref.corpus_project(texts, Path(tmp))
        try:
            search(project, "warm")
            for group, rows in groups.items():
                for pairs in ref.query_groups(rows).values():
                    for entry, query in pairs:
                        right = owners[group].get(query.lower(), set())
                        pool.update((group, query, entry.dev, h.text) for h in search(project, query)
                                    if not (ref.variant_fold(h.text) in right or ref._typed_as_is(h.text, query)))
        finally:
            project.close()
    return pool


def judged_keys() -> set[Pair]:
    return {row[:4] for path in judgements.FILE_GROUPS for row in judgements.load(path)}


def main(argv: list[str]) -> None:
    from annotator.search import search

    pool = rejected_pairs(search)
    unjudged = sorted(pool - judged_keys())
    total, left = Counter(p[0] for p in pool), Counter(p[0] for p in unjudged)
    order = list(ref.reference_groups()[0])  # the bench's report order
    for group in sorted(total, key=order.index):
        print(f"{group:<10} rejected pairs {total[group]:>5}   unjudged {left[group]:>5}")
    if argv:
        Path(argv[0]).write_text(json.dumps(unjudged, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
