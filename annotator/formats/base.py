"""The records that importers produce and exporters consume, shared by every file format."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import Problem


@dataclass
class EntityRec:
    """An entity as a file states it: code-point offsets into the record's text."""

    start: int
    end: int
    label: str
    ref: str | None = None  # the file's own id for it ("T1"), used by relations
    text: str | None = None  # the surface string the file claims, checked against the slice
    provenance: str | None = None


@dataclass
class RelationRec:
    head: str  # ref of the head entity
    tail: str
    label: str
    provenance: str | None = None


@dataclass
class Record:
    """One document read from a file, with the annotations it carries (if any)."""

    file: str
    line: int | None
    ext_id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[EntityRec] = field(default_factory=list)
    relations: list[RelationRec] = field(default_factory=list)
    source: str | None = None  # annotator named by the record itself


ParseItem = Record | Problem
ParseResult = Iterator[ParseItem]


@dataclass(frozen=True)
class ExportEntity:
    start: int
    end: int
    label: str
    provenance: str | None = None


@dataclass(frozen=True)
class ExportRelation:
    head: int  # index into the document's entity list
    tail: int
    label: str
    provenance: str | None = None


@dataclass(frozen=True)
class ExportDoc:
    """One document as an exporter sees it: one layer's annotations, entities sorted by
    (start, end, label) and relations by (head, tail, label)."""

    ext_id: str
    text: str
    meta: dict
    sha256: str
    entities: tuple[ExportEntity, ...]
    relations: tuple[ExportRelation, ...]
    annotators: tuple[str, ...]
    source: str


def file_stem(path: str | Path) -> str:
    return Path(path).stem
