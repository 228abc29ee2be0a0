"""Core fixtures: a fresh project per test; no Qt anywhere under tests/core."""

from __future__ import annotations

import pytest

from annotator import edits
from annotator.project import Project, resolve_scheme


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "project.db", resolve_scheme("hindi-news"))
    yield p
    p.close()


@pytest.fixture
def add_doc(project, tmp_path):
    """Import `text` as a .txt document and return its uuid."""
    from annotator.importer import import_paths

    counter = iter(range(1_000_000))

    def add(text: str, name: str | None = None) -> str:
        path = tmp_path / f"{name or 'doc%d' % next(counter)}.txt"
        path.write_bytes(text.encode("utf-8"))
        import_paths(project, [path])
        return project.document_by_ext_id(path.stem).uuid

    return add


@pytest.fixture
def asha(project) -> str:
    return edits.ensure_annotator(project, "asha")
