"""Self-contained copies of a project: one file holding every saved action, safe to send.

A project in WAL mode is a `.db` plus, while it is open, a `-wal` and a `-shm`. The copy made
here goes through SQLite's backup API from a consistent snapshot (a window may go on editing
meanwhile), is switched to a rollback journal so it is complete as one file, is checked, and
is renamed into place only when whole.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, Message, ProjectError
from annotator.project import Project


@dataclass(frozen=True)
class PackInfo:
    path: str
    documents: int
    annotators: int
    spans: int
    relations: int
    bytes: int


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve().samefile(b.resolve())
    except OSError:
        return False


def pack(project: Project, out_path: str | Path, *, force: bool = False) -> PackInfo:
    """Write the whole of `project` to `out_path` as one self-contained project file.

    The result opens and merges like the project itself. Refuses to write onto the project
    (or onto any existing file unless `force`); a failure leaves no partial file.
    """
    out = Path(out_path)
    if _same_file(out, project.path):
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: that is the project itself; choose another file name"), path=str(out)))
    if (out.exists() or out.is_symlink()) and not force:
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: already exists; use --force to replace it"), path=str(out)))
    if not out.parent.is_dir():
        raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: the folder {folder} does not exist"), path=str(out), folder=str(out.parent)))
    # Not the exporter's safe_output: that one refuses on purpose to replace a project file.
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        tmp.unlink()  # the backup makes its own file
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source = sqlite3.connect(project.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                source.backup(target)
            finally:
                source.close()
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise ProjectError(Message(QT_TRANSLATE_NOOP("core", "{path}: cannot write the copy ({reason})"), path=str(out), reason=str(exc))) from None
        finally:
            target.close()
        if check != "ok":
            template = QT_TRANSLATE_NOOP("core", "{path}: the copy failed SQLite's integrity check ({reason}); the project file may be damaged")
            raise ProjectError(Message(template, path=str(project.path), reason=check))
        with Project.open(tmp, read_only=True) as copy:
            stats = copy.stats()
        size = tmp.stat().st_size
        os.replace(tmp, out)
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    return PackInfo(str(out), stats["documents"], stats["annotators"], stats["spans"], stats["relations"], size)


__all__ = ["PackInfo", "pack"]
