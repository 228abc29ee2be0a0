"""Tokens of a text with their folded keys: the one view of a text that the gazetteer, the
patterns and the sequence model all match on, mapping back to exact code-point offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.formats.tokenize import hindi_tokens
from annotator.text import search_key

Span = tuple[int, int, str]  # (start, end, label), code points into the stored text


@dataclass(frozen=True)
class Keyed:
    """A text's tokens (code-point offsets) and their search keys, joined into one key string
    in which a token that followed whitespace is preceded by one space and a token that did
    not is glued to the one before ("रु." stays "रु.", "90 हजार" becomes "90 हजार"). A match
    in the key string that starts at a token's key start and ends at a token's key end maps
    back to (text offset of that token's start, text offset of that token's end) exactly."""

    text: str
    tokens: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]
    key: str
    key_starts: tuple[int, ...]
    key_ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Keyed:
        tokens = tuple(hindi_tokens(text))
        keys, starts, ends, parts = [], [], [], []
        pos, last_end = 0, None
        for start, end in tokens:
            k = search_key(text[start:end]) or text[start:end]
            if last_end is not None and start > last_end:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(k)
            pos += len(k)
            ends.append(pos)
            keys.append(k)
            last_end = end
        return cls(text, tokens, tuple(keys), "".join(parts), tuple(starts), tuple(ends))

    def span_key(self, first: int, last: int) -> str:
        """The key string of tokens first..last (inclusive)."""
        return self.key[self.key_starts[first] : self.key_ends[last]]

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """(first, last) tokens whose edges are exactly code points start and end, else None."""
        first = next((i for i, t in enumerate(self.tokens) if t[0] == start), None)
        last = next((i for i, t in enumerate(self.tokens) if t[1] == end), None)
        if first is None or last is None or last < first:
            return None
        return first, last

    def key_index(self) -> tuple[dict[int, int], dict[int, int]]:
        """Key-string start -> token index and key-string end -> token index."""
        return {p: i for i, p in enumerate(self.key_starts)}, {p: i for i, p in enumerate(self.key_ends)}


def surface_key(surface: str) -> str:
    """The key a gold span's surface form is remembered under (as Keyed builds it)."""
    return Keyed.of(surface).key


def token_tags(keyed: Keyed, spans: Sequence[Span]) -> list[str]:
    """IOB2 tags of `keyed`'s tokens for `spans`: a token inside a span is tagged with it
    (B- on the span's first token); where spans overlap the longer one, met first, wins."""
    tags = ["O"] * len(keyed.tokens)
    ordered = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    for start, end, label in ordered:
        inside = [i for i, (s, e) in enumerate(keyed.tokens) if s < end and e > start]
        if not inside or any(tags[i] != "O" for i in inside):
            continue
        tags[inside[0]] = "B-" + label
        for i in inside[1:]:
            tags[i] = "I-" + label
    return tags


def tag_spans(keyed: Keyed, tags: Sequence[str]) -> list[Span]:
    """The spans IOB2 `tags` describe (an I- without its B- starts a span, as conlleval does)."""
    out: list[Span] = []
    current: list | None = None
    for i, tag in enumerate(tags):
        kind, _, label = tag.partition("-")
        if current is not None and (kind != "I" or label != current[2]):
            out.append((keyed.tokens[current[0]][0], keyed.tokens[current[1]][1], current[2]))
            current = None
        if kind in ("B", "I") and current is None:
            current = [i, i, label]
        elif kind == "I" and current is not None:
            current[1] = i
    if current is not None:
        out.append((keyed.tokens[current[0]][0], keyed.tokens[current[1]][1], current[2]))
    return out
