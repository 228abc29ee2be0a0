"""What an import did: the counts, the problems and notes, and the one line that says it.
Re-exported by annotator.importer."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.errors import Problem


@dataclass
class ImportReport:
    documents_added: int = 0
    duplicates: int = 0
    spans_added: int = 0
    relations_added: int = 0
    notes_added: int = 0  # notes and unsure flags written (new or changed)
    attributes_added: int = 0  # span attribute values written (new or changed)
    annotations_skipped: int = 0  # identical annotations the layer already had
    problems: list[Problem] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # repairs a parser made (e.g. I- without B-)

    def summary(self) -> str:
        """The one line `annotator import` and the window's Import dialog print."""
        into = f" into {', '.join(self.annotators)}" if self.annotators else ""
        noted = f", {self.notes_added} notes" if self.notes_added else ""
        noted += f", {self.attributes_added} attribute values" if self.attributes_added else ""
        # Said without --json too: a re-import that adds nothing must not look like a loss.
        skipped = f"; {self.annotations_skipped} spans and relations the layer already had were not added again" if self.annotations_skipped else ""
        return (
            f"imported {self.documents_added} documents ({self.duplicates} duplicates not added), "
            f"{self.spans_added} spans, {self.relations_added} relations{noted}{into}{skipped}"
        )

    def as_dict(self) -> dict:
        return {
            "documents_added": self.documents_added,
            "duplicates": self.duplicates,
            "spans_added": self.spans_added,
            "relations_added": self.relations_added,
            "notes_added": self.notes_added,
            "attributes_added": self.attributes_added,
            "annotations_skipped": self.annotations_skipped,
            "annotators": self.annotators,
            "problems": [str(p) for p in self.problems],
            "notes": self.notes,
        }
