"""Relevance judgements of Roman-search hits (tests/data/romanisation_judgements.tsv for the
groups held-out, dev, dev2 and dev3; romanisation_judgements_blind.tsv, sealed, for blind,
blind2, blind3, blind4, blind5, blind6 and blind7).

The reference lists accept a hit only when some list spells the hit's word the way the query is
typed, so a hit on another spelling of the very name (धारचुला for धारचूला) counts as wrong. An
assessor judged by hand every hit the lists reject, pooled from the current code and the code
before issue 15: "same" (the entry's word or name in another spelling) or "other". The judged
precision counts a hit right when the lists accept it or its own (group, query, entry, hit text)
is judged "same"; an unjudged hit stays wrong."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUDGEMENTS = ROOT / "tests" / "data" / "romanisation_judgements.tsv"
JUDGEMENTS_BLIND = ROOT / "tests" / "data" / "romanisation_judgements_blind.tsv"
FILE_GROUPS = {JUDGEMENTS: ("held-out", "dev", "dev2", "dev3"), JUDGEMENTS_BLIND: ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")}
VERDICTS = ("same", "other")

Judgement = tuple[str, str, str, str, str]  # group, query, entry (Devanagari), hit text, verdict


def load(path: Path, groups: tuple[str, ...] | None = None) -> list[Judgement]:
    """The rows of one judgement file (none when it is absent), whose groups must be `groups`
    (by default the file's own); a malformed row raises ValueError naming the file and line,
    without the row's text (the blind file is sealed)."""
    if not path.exists():
        return []
    groups = groups or FILE_GROUPS[path]
    rows: list[Judgement] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] not in groups or fields[4] not in VERDICTS:
            raise ValueError(f"{path.name}:{number}: not group<TAB>query<TAB>entry<TAB>hit<TAB>same|other for {groups}")
        rows.append((fields[0], fields[1], fields[2], fields[3], fields[4]))
    return rows


def same_hits(files: dict[Path, tuple[str, ...]] | None = None) -> dict[str, frozenset[tuple[str, str, str]]]:
    """group -> the (query, entry, hit text) judged "same" in `files` (path -> its groups; by
    default both judgement files): a judgement never leaves its own group, query and entry."""
    out: dict[str, set[tuple[str, str, str]]] = {}
    for path, groups in (files or FILE_GROUPS).items():
        for group, query, entry, hit, verdict in load(path, groups):
            if verdict == "same":
                out.setdefault(group, set()).add((query, entry, hit))
    return {group: frozenset(keys) for group, keys in out.items()}
