"""The embedded default project: the bundled scheme and demo articles, made on first run."""

from __future__ import annotations

from pathlib import Path

from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.resources import resource_path, user_data_dir

DEMO_ANNOTATOR = "demo"


def default_project_path() -> Path:
    return user_data_dir() / "default.db"


def ensure_default_project() -> Path:
    """The default project's path, creating it in the user's data folder on first run with
    the `hindi-news` scheme and the demo articles (partly annotated in the 'demo' layer)."""
    path = default_project_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    if partial.exists():
        partial.unlink()
    with Project.create(partial, resolve_scheme(None)) as project:
        import_paths(project, [resource_path("demo", "demo.jsonl")], as_annotator=DEMO_ANNOTATOR)
    # Built beside and renamed, so an interrupted first run never leaves half a project.
    partial.replace(path)
    return path
