"""Hindi patterns for labels of regular shape (dates, times, money, quantities, designation
heads), read as data from resources/suggest/patterns.toml and matched on whole tokens of
the folded text; each pattern gives the first of its labels that the project's scheme has."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from annotator.errors import AnnotatorError
from annotator.suggest.proposal import Proposal
from annotator.suggest.tokens import Keyed, surface_key

_REF = regex.compile(r"@([a-z_]+)")


@dataclass(frozen=True)
class Pattern:
    name: str
    label: str
    compiled: regex.Pattern


def default_path() -> Path:
    from annotator.resources import resource_path

    return resource_path("suggest", "patterns.toml")


def _expand(source: str, lists: dict[str, str], fragments: dict[str, str], where: str, depth: int = 0) -> str:
    def one(m: regex.Match) -> str:
        name = m.group(1)
        if name in lists:
            return lists[name]
        if name in fragments and depth < 5:
            return "(?:" + _expand(fragments[name], lists, fragments, where, depth + 1) + ")"
        raise AnnotatorError(f"{where}: unknown list or fragment @{name}")

    return _REF.sub(one, source)


def load_patterns(labels: Iterable[str], path: str | Path | None = None) -> list[Pattern]:
    """The patterns of `path` (the bundled file by default) that can give one of `labels`."""
    path = Path(path) if path else default_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotatorError(f"{path}: cannot read the patterns ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise AnnotatorError(f"{path}: {exc}") from None
    lists: dict[str, str] = {}
    for name, words in data.get("lists", {}).items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise AnnotatorError(f"{path}: [lists] {name} must be a list of words")
        keys = sorted({surface_key(w) for w in words}, key=lambda k: (-len(k), k))
        lists[name] = "(?:" + "|".join(regex.escape(k) for k in keys) + ")"
    fragments = {k: str(v) for k, v in data.get("fragments", {}).items()}
    have = set(labels)
    out = []
    for i, item in enumerate(data.get("pattern", []), 1):
        where = f"{path}: [[pattern]] #{i}" + (f" {item['name']!r}" if item.get("name") else "")
        if not isinstance(item.get("regex"), str) or not isinstance(item.get("labels"), list):
            raise AnnotatorError(f"{where}: needs a 'regex' string and a 'labels' list")
        label = next((name for name in item["labels"] if name in have), None)
        if label is None:
            continue
        try:
            compiled = regex.compile(_expand(item["regex"], lists, fragments, where))
        except regex.error as exc:
            raise AnnotatorError(f"{where}: bad regex ({exc})") from None
        out.append(Pattern(str(item.get("name", f"#{i}")), label, compiled))
    return out


def propose(patterns: list[Pattern], keyed: Keyed) -> list[Proposal]:
    """Every pattern match on whole tokens, the longest where matches overlap."""
    if not patterns or not keyed.tokens:
        return []
    starts, ends = keyed.key_index()
    key = keyed.key
    found: list[tuple[int, int, str]] = []
    for p, first in starts.items():
        for pat in patterns:
            m = pat.compiled.match(key, p)
            if m is None or m.end() == p:
                continue
            last = ends.get(m.end())
            if last is None:  # the greedy match cut a token: try shorter endings on token edges
                last = next((ends[e] for e in sorted(ends, reverse=True) if p < e < m.end() and pat.compiled.fullmatch(key, p, e)), None)
            if last is not None and last >= first:
                found.append((first, last, pat.label))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    used: set[int] = set()
    out = []
    for first, last, label in found:
        if used.isdisjoint(range(first, last + 1)):
            used.update(range(first, last + 1))
            out.append(Proposal(keyed.tokens[first][0], keyed.tokens[last][1], label, "patterns"))
    return sorted(out, key=lambda p: p.start)
