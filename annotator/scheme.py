"""Annotation schemes: entity labels, relation types and span attributes loaded from TOML and
validated, and the union of two schemes that a merge grows a project's scheme by (or the
reasons it cannot).

The one place the rest of the code imports them from; the work is done in three modules:
`scheme_types` (the data types and their lookups), `scheme_toml` (reading and validating the
TOML, errors naming file, line and field) and `scheme_merge` (the union of two schemes)."""

from __future__ import annotations

from annotator.scheme_merge import scheme_problems, scheme_union
from annotator.scheme_toml import _NAME, ATTRIBUTE_KINDS, NAME_RULE, RESERVED_KEYS, load_scheme_file, parse_scheme
from annotator.scheme_types import AttributeType, EntityType, RelationType, Scheme

__all__ = [
    "ATTRIBUTE_KINDS",
    "NAME_RULE",
    "RESERVED_KEYS",
    "_NAME",
    "AttributeType",
    "EntityType",
    "RelationType",
    "Scheme",
    "load_scheme_file",
    "parse_scheme",
    "scheme_problems",
    "scheme_union",
]
