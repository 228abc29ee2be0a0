"""Writing an export without harm: never onto a project, never over an existing file without
`force`, and only whole: the writers fill a temporary `.part` file or folder beside OUT that is
moved into place once everything was written (leftovers of a killed export are removed first).

annotator.exporter and annotator.package write through these."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, AnnotatorError, InputError, Message
from annotator.merge_source import PACKAGE_ID

SQLITE_HEADER = b"SQLite format 3\x00"
# The files SQLite keeps beside a project while it is open.
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def refuse_project_target(path: Path, project: str | Path | None = None) -> None:
    """Raise InputError when writing `path` would overwrite a project: the project being
    exported (or its -wal/-shm/-journal file), compared by real path, or any existing file
    that starts with SQLite's header, except a package (application_id "HINP"), which a
    package export may replace with --force. No --force overrides this: an export is never
    worth losing a project to a mistyped -o."""
    if project is not None:
        real = os.path.realpath(project)
        if os.path.realpath(path) in {real + side for side in _SIDE_FILES}:
            raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "is the project being exported; refusing to write the export onto it (even with --force)")))
    if path.is_file():
        try:
            with open(path, "rb") as f:
                head = f.read(72)  # the header string, and the application_id at offset 68
        except OSError:
            return
        if head.startswith(SQLITE_HEADER) and int.from_bytes(head[68:72], "big") != PACKAGE_ID:
            raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "is a project (an SQLite database); refusing to write an export onto it (even with --force)")))


def remove_stale_parts(folder: Path, name: str) -> None:
    """Remove what an earlier, killed export to `name` left in `folder`: the hidden
    `.NAME.xxxx.part` file or folder it was writing (importers skip them too)."""
    for leftover in folder.glob(f".{glob.escape(name)}.*.part"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                leftover.unlink()


@contextlib.contextmanager
def safe_output(path: str | Path, *, force: bool, project: str | Path | None = None) -> Iterator[Path]:
    """A temporary file beside `path`, renamed onto it only when the block succeeds.

    Refuses an existing `path` unless `force`, and a `path` that is a project (`project`, or
    any SQLite file) always. Stale `.part` files of earlier killed writes to `path` are
    removed first. A failed export leaves no partial file.
    """
    path = Path(path)
    refuse_project_target(path, project)
    if path.exists() and not force:
        raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "already exists; use --force to overwrite it")))
    if not path.parent.exists():
        raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"), folder=str(path.parent)))
    remove_stale_parts(path.parent, path.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Staging:
    """A temporary folder beside OUT that the writers fill; `commit` moves each named output
    onto its final path (an existing folder is moved aside first and removed after).

    Refuses to replace a project (`project` by real path, or any SQLite file) even with
    `force`, and removes stale `.part` leftovers of earlier killed exports to the same names."""

    def __init__(self, folder: Path, names: list[str], *, force: bool, replaceable: Callable[[Path], bool], project: str | Path | None = None):
        if not folder.is_dir():
            raise InputError(str(folder / names[0]), None, Message(QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"), folder=str(folder)))
        for name in names:
            final = folder / name
            refuse_project_target(final, project)
            if final.exists() or final.is_symlink():
                if not force:
                    raise InputError(str(final), None, Message(QT_TRANSLATE_NOOP("core", "already exists; use --force to overwrite it")))
                if final.is_dir() and not replaceable(final):
                    raise InputError(str(final), None, Message(QT_TRANSLATE_NOOP("core", "is a folder holding files an export did not write; refusing to replace it even with --force")))
        self.folder = folder
        self.names = names
        remove_stale_parts(folder, names[0])
        self.path = Path(tempfile.mkdtemp(prefix=f".{names[0]}.", suffix=".part", dir=folder))

    def commit(self) -> None:
        for name in self.names:
            staged, final = self.path / name, self.folder / name
            if not staged.exists():
                raise AnnotatorError(Message(QT_TRANSLATE_NOOP("core", "{path}: the writer did not produce it"), path=str(final)))
            if final.is_dir() and not final.is_symlink():
                final.rename(self.path / f".replaced-{name}")
            elif staged.is_dir() and (final.exists() or final.is_symlink()):
                final.unlink()
            os.replace(staged, final)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
