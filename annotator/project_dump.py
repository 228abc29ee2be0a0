"""A project's travelling rows as canonical text, to prove two projects (or one before and after) alike."""

from __future__ import annotations

import json

from annotator.merge_rows import ANNOTATOR, ASSIGNMENT, ATTRIBUTE, NOTE, RELATION, SPAN, STATUS, WORK_TIME, has_table
from annotator.project import Project


def canonical_dump(project: Project) -> str:
    """Every travelling row of `project` as sorted JSON lines, timestamps included: two projects
    hold the same data exactly when their dumps are equal. The scheme is dumped as its set of
    labels and relation types; documents in list order, without the local `seq` numbers."""
    scheme = project.scheme
    lines = [
        json.dumps(
            {
                "scheme": scheme.name,
                "entities": sorted(e.name for e in scheme.entities),
                "relations": sorted([r.name, sorted(r.heads), sorted(r.tails), r.directed] for r in scheme.relations),
            },
            ensure_ascii=False,
        )
    ]
    # Raw SQL: whole rows in merge_rows' column lists (the merge's own description of a row), streamed for speed.
    queries = [
        ("document", "SELECT uuid, ext_id, sha256, meta, created_at, updated_at, deleted FROM document ORDER BY seq"),
        ("annotator", f"SELECT {', '.join(ANNOTATOR.columns)} FROM annotator ORDER BY uuid"),
        ("span", f"SELECT {', '.join(SPAN.columns)} FROM span ORDER BY uuid"),
        ("relation", f"SELECT {', '.join(RELATION.columns)} FROM relation ORDER BY uuid"),
        ("status", f"SELECT {', '.join(STATUS.columns)} FROM status ORDER BY uuid"),
    ]
    if has_table(project, "main", "assignment"):
        queries.append(("assignment", f"SELECT {', '.join(ASSIGNMENT.columns)} FROM assignment ORDER BY uuid"))
    if has_table(project, "main", "note"):
        queries.append(("note", f"SELECT {', '.join(NOTE.columns)} FROM note ORDER BY uuid"))
    if has_table(project, "main", "attribute"):
        queries.append(("attribute", f"SELECT {', '.join(ATTRIBUTE.columns)} FROM attribute ORDER BY uuid"))
    if has_table(project, "main", "work_time"):
        queries.append(("work_time", f"SELECT {', '.join(WORK_TIME.columns)} FROM work_time ORDER BY uuid"))
    for name, query in queries:
        lines.extend(json.dumps([name, *row], ensure_ascii=False) for row in project.sql(query))
    return "\n".join(lines) + "\n"
