"""The merge report: what a merge added, replaced, kept and found in conflict, per table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class TableCounts:
    """Per table: rows new here, rows replaced by the other file's newer version, rows the same,
    rows where this project's version was newer and stayed, and conflicts among them."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Conflict:
    """Both files changed one row since it was created; `winner` is the version kept."""

    table: str
    uuid: str
    document: str | None
    ours: str
    theirs: str
    winner: str  # "ours" or "theirs"
    source: str


@dataclass
class MergeReport:
    """What a merge did, table by table, for the command line, the dialog and --json."""

    sources: list[str] = field(default_factory=list)
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    labels_added: list[str] = field(default_factory=list)
    scheme_version: int | None = None
    missing_documents: dict[str, list[str]] = field(default_factory=dict)
    dangling_relations: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per bad row left out (skip_bad)
    warnings: list[str] = field(default_factory=list)  # e.g. a laptop whose clock runs ahead
    resurrected_relations: int = 0

    def count(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.tables.values())

    def as_dict(self) -> dict:
        return {
            "sources": self.sources,
            "added": self.count("added"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged") + self.count("kept"),
            "conflicts": self.count("conflicts"),
            "tables": {name: asdict(c) for name, c in self.tables.items()},
            "conflict_examples": [asdict(c) for c in self.conflicts],
            "labels_added": self.labels_added,
            "scheme_version": self.scheme_version,
            "missing_documents": self.missing_documents,
            "dangling_relations": self.dangling_relations,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "resurrected_relations": self.resurrected_relations,
        }
