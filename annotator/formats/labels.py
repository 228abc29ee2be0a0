"""Label subsets and renaming for exports (`--labels`, `--rename`): which spans and relations
an export keeps, the names it writes them under, and the export's view of the scheme."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from annotator.errors import AnnotatorError
from annotator.formats.base import ExportDoc, ExportEntity, ExportRelation, ExportRelationType, ExportScheme
from annotator.scheme import _NAME, NAME_RULE, Scheme  # one rule for every label name


def parse_labels(value: str | Iterable[str] | None) -> list[str] | None:
    """'A,B' (or a list) -> ['A', 'B']; None or empty -> None (every label)."""
    if value is None:
        return None
    items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value)]
    items = [v for v in items if v]
    return items or None


def parse_rename(value: str | Mapping[str, str] | None) -> dict[str, str]:
    """'PERSON=PER,LOCATION=LOC' (or a mapping) -> {'PERSON': 'PER', 'LOCATION': 'LOC'}."""
    if not value:
        return {}
    if isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        pairs = []
        for item in value.split(","):
            if not item.strip():
                continue
            old, eq, new = item.partition("=")
            if not eq:
                raise AnnotatorError(f"--rename: {item.strip()!r} is not OLD=NEW")
            pairs.append((old.strip(), new.strip()))
    out: dict[str, str] = {}
    for old, new in pairs:
        if not _NAME.match(new):
            raise AnnotatorError(f"--rename: the new name {new!r} {NAME_RULE}")
        if old in out:
            raise AnnotatorError(f"--rename names {old!r} twice")
        out[old] = new
    return out


@dataclass
class LabelPlan:
    """What an export keeps and how it names it; `apply` maps one document and counts."""

    scheme: ExportScheme
    entities: frozenset[str]  # stored labels kept
    relations: frozenset[str]  # stored relation types kept
    rename: dict[str, str] = field(default_factory=dict)
    identity: bool = True
    dropped_entities: int = 0
    dropped_relations: int = 0
    merged: int = 0  # spans that became identical under --rename and were written once

    def apply(self, doc: ExportDoc) -> ExportDoc:
        if self.identity:
            return doc
        name = lambda label: self.rename.get(label, label)  # noqa: E731
        kept: dict[tuple[int, int, str], int] = {}
        order: list[tuple[tuple[int, int, str], ExportEntity]] = []
        new_index: dict[int, tuple[int, int, str]] = {}
        for i, e in enumerate(doc.entities):
            if e.label not in self.entities:
                self.dropped_entities += 1
                continue
            key = (e.start, e.end, name(e.label))
            if key in kept:
                self.merged += 1
            else:
                kept[key] = len(order)
                order.append((key, e._replace(label=key[2])))
            new_index[i] = key
        order.sort(key=lambda item: item[0])
        position = {key: n for n, (key, _) in enumerate(order)}
        first: dict[tuple[int, int, str], ExportRelation] = {}  # provenance and note of the first of merged twins
        for r in doc.relations:
            if r.label not in self.relations or r.head not in new_index or r.tail not in new_index:
                self.dropped_relations += 1
                continue
            key = (position[new_index[r.head]], position[new_index[r.tail]], name(r.label))
            first.setdefault(key, r)
        rels = tuple(first[key]._replace(head=key[0], tail=key[1], label=key[2]) for key in sorted(first))
        return replace(doc, entities=tuple(e for _, e in order), relations=rels)


def label_plan(scheme: Scheme, labels: str | Iterable[str] | None = None, rename: str | Mapping[str, str] | None = None) -> LabelPlan:
    """The plan for `--labels` (entity labels and/or relation types to keep; naming no relation
    type keeps every relation type whose two spans are kept) and `--rename` (OLD=NEW for labels
    or relation types). Unknown names are errors that list the scheme's names."""
    entity_names = [e.name for e in scheme.entities]
    relation_names = [r.name for r in scheme.relations]
    chosen = parse_labels(labels)
    renames = parse_rename(rename)
    known = set(entity_names) | set(relation_names)
    for name in [*(chosen or []), *renames]:
        if name not in known:
            raise AnnotatorError(f"unknown label {name!r}; the scheme {scheme.name} has {', '.join(entity_names + relation_names)}")
    keep_e = [n for n in entity_names if chosen is None or n in chosen]
    named_rel = [n for n in relation_names if chosen is not None and n in chosen]
    keep_r = named_rel or relation_names
    name = lambda label: renames.get(label, label)  # noqa: E731
    ents = list(dict.fromkeys(name(n) for n in keep_e))
    rel_types: dict[str, ExportRelationType] = {}
    for r in scheme.relations:
        if r.name not in keep_r:
            continue
        heads = tuple(dict.fromkeys(name(h) for h in r.heads if h in keep_e))
        tails = tuple(dict.fromkeys(name(t) for t in r.tails if t in keep_e))
        if not heads or not tails:
            continue
        new = name(r.name)
        if new in rel_types:
            old = rel_types[new]
            heads = tuple(dict.fromkeys(old.heads + heads))
            tails = tuple(dict.fromkeys(old.tails + tails))
        rel_types[new] = ExportRelationType(new, heads, tails, r.directed)
    colors = {}
    for e in scheme.entities:
        if e.name in keep_e:
            colors.setdefault(name(e.name), e.color)
    for r in scheme.relations:
        if name(r.name) in rel_types:
            colors.setdefault(name(r.name), r.color)
    keys: dict[str, str] = {}
    for e in scheme.entities:
        if e.name in keep_e and e.key:
            keys.setdefault(name(e.name), e.key)
    attrs = tuple((a.name, a.kind, a.values) for a in scheme.attributes)
    view = ExportScheme(scheme.name, tuple(ents), tuple(rel_types.values()), tuple(colors.items()), tuple(keys.items()), attrs)
    identity = chosen is None and not renames
    return LabelPlan(view, frozenset(keep_e), frozenset(keep_r), renames, identity)
