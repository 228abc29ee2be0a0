"""The scheme's data types: entity labels, relation types and span attributes, and the
`Scheme` that holds them, with its lookups (by name, by key, which relations a pair allows).
Built by annotator.scheme_toml, re-exported by annotator.scheme."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from annotator.errors import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class EntityType:
    name: str
    color: str
    key: str = ""
    description: str = ""


@dataclass(frozen=True)
class RelationType:
    name: str
    heads: tuple[str, ...]
    tails: tuple[str, ...]
    key: str = ""
    directed: bool = True
    description: str = ""
    color: str = "#555555"

    def allows(self, head_label: str, tail_label: str) -> bool:
        """Whether a relation of this type may go from a `head_label` span to a `tail_label` span."""
        if head_label in self.heads and tail_label in self.tails:
            return True
        return not self.directed and tail_label in self.heads and head_label in self.tails


@dataclass(frozen=True)
class AttributeType:
    """A span attribute: `kind` choice (one of `values`), boolean or text (one line, e.g. an
    entity_id); it applies to the spans of `labels` (every label when empty)."""

    name: str
    kind: str
    values: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    description: str = ""

    def applies_to(self, label: str) -> bool:
        return not self.labels or label in self.labels

    def value_problem(self, value: object) -> str | None:
        """Why `value` cannot be this attribute's value, or None (a text value's own rules
        are annotator.attributes'; here only its type)."""
        if self.kind == "boolean":
            return None if isinstance(value, bool) else Message(QT_TRANSLATE_NOOP("core", "attribute {name} is true or false, not {value}"), name=self.name, value=repr(value))
        if not isinstance(value, str):
            return Message(QT_TRANSLATE_NOOP("core", "attribute {name} takes a string, not {value}"), name=self.name, value=repr(value))
        if self.kind == "choice" and value not in self.values:
            return Message(QT_TRANSLATE_NOOP("core", "attribute {name} is one of {values}, not {value}"), name=self.name, values=", ".join(self.values), value=repr(value))
        return None


@dataclass(frozen=True)
class Scheme:
    name: str
    version: int
    entities: tuple[EntityType, ...]
    relations: tuple[RelationType, ...] = ()
    description: str = ""
    source: str = field(default="", compare=False)
    attributes: tuple[AttributeType, ...] = ()

    def attribute(self, name: str) -> AttributeType | None:
        return next((a for a in self.attributes if a.name == name), None)

    def attributes_for(self, label: str) -> list[AttributeType]:
        """The attributes a span with this label may have, in the scheme's order."""
        return [a for a in self.attributes if a.applies_to(label)]

    @cached_property
    def _entities_by_name(self) -> dict[str, EntityType]:
        return {e.name: e for e in self.entities}

    @cached_property
    def entity_names(self) -> frozenset[str]:
        return frozenset(self._entities_by_name)

    @cached_property
    def _relations_by_name(self) -> dict[str, RelationType]:
        return {r.name: r for r in self.relations}

    def entity(self, name: str) -> EntityType | None:
        return self._entities_by_name.get(name)

    def relation(self, name: str) -> RelationType | None:
        return self._relations_by_name.get(name)

    def entity_for_key(self, key: str) -> EntityType | None:
        """The label whose key is `key`, ignoring case (validation keeps keys unique that way)."""
        key = key.lower()
        return next((e for e in self.entities if e.key and e.key.lower() == key), None)

    def allowed_relations(self, head_label: str, tail_label: str) -> list[RelationType]:
        """The relation types the scheme allows from a `head_label` span to a `tail_label` span."""
        return [r for r in self.relations if r.allows(head_label, tail_label)]

    def differences(self, other: Scheme) -> list[str]:
        """What `other` lacks or defines differently, in words; empty when `other` can hold
        everything this scheme can (labels added on either side are fine)."""
        out: list[str] = []
        for e in self.entities:
            if other.entity(e.name) is None:
                out.append(f"entity label {e.name} is missing")
        for r in self.relations:
            o = other.relation(r.name)
            if o is None:
                out.append(f"relation type {r.name} is missing")
            elif (set(r.heads) - set(o.heads)) or (set(r.tails) - set(o.tails)) or (r.directed != o.directed):
                out.append(f"relation type {r.name} allows different arguments")
        return out
