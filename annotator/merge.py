"""Merging other laptops' project files and packages into a project: union by UUID, newest wins.

Every row that travels (annotator, document, span, relation, status, assignment, note,
attribute, work time) is matched
by its UUID (documents by the SHA-256 of their text, from which their UUID derives). Of two
versions of a row the one with the larger key wins: `updated_at` first, then a tombstone over
a live row, then every other column compared in turn, so the choice never depends on the
order of merging: A then B equals B then A, and merging twice changes nothing. The whole
merge of all sources is one transaction; a refused or failed merge changes nothing.

`seq` (the order of the document list) is local to a file: documents new to the project are
added and the list is renumbered by (created_at, previous order, uuid), so every merge order
lists them alike. A live relation whose span was deleted on another laptop is not rewritten
(that would make the result depend on the order of merging); readers treat it as deleted and
the report counts it.

Every incoming row is checked first, as strictly as an import (see merge_checks): one bad row
refuses the whole merge with a one-line MergeError naming it, or with skip_bad is left out
(with the rows that depend on it) and listed in `report.skipped`.

Clocks: after a merge the process clock is past every merged `updated_at` (store.observe, a
hybrid logical clock), so an edit made here after merging rows from a laptop whose clock ran
ahead still wins the next merge; rows stamped more than a day ahead of the wall clock are
reported as a warning.

The row copy (newest wins, resurrected relations) is merge_rows; the refusals of a file are
merge_source (what the file is) and merge_checks (each row); the report is merge_report.
"""

from __future__ import annotations

import datetime
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from annotator import merge_checks, merge_rows, store
from annotator.errors import QT_TRANSLATE_NOOP, Message, MergeError, joined
from annotator.merge_report import MergeReport
from annotator.merge_rows import ANNOTATOR, ASSIGNMENT, ATTRIBUTE, NOTE, NOT_BAD, RELATION, SPAN, STATUS, WORK_TIME
from annotator.merge_source import inspect_source
from annotator.project import STAMPED_TABLES, Project
from annotator.scheme import scheme_problems, scheme_union

Progress = Callable[[int, int], None]
MAX_SOURCES = 9  # SQLite attaches at most ten databases to one connection
DAY_US = 86_400_000_000


def merge(
    project: Project, sources: Sequence[str | Path], *, skip_missing: bool = False, skip_bad: bool = False, progress: Progress | None = None
) -> MergeReport:
    """Merge project files and packages into `project` in one transaction; see the module doc.

    Refuses (MergeError, nothing changed) a file of another format or scheme, a package whose
    documents are missing here (unless `skip_missing`, which leaves their annotations out and
    lists them), document ids that name different texts in the two files, and any row that
    an import would refuse (see merge_checks; unless `skip_bad`, which leaves those rows and
    the rows depending on them out and lists them in `report.skipped`). Afterwards the
    process clock is past every merged stamp (store.observe), so a later local edit wins.
    """
    if not sources:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "name at least one file to merge")))
    if len(sources) > MAX_SOURCES:
        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "merge at most {most} files at a time (SQLite's limit); run the merge again for the rest"), most=MAX_SOURCES))
    report = MergeReport(sources=[str(s) for s in sources])
    infos = [inspect_source(s) for s in sources]
    for info in infos:
        if project.path.exists() and os.path.samefile(info.path, project.path):
            raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: that is the project itself"), path=str(info.path)))
    scheme = project.scheme
    for info in infos:
        problems = scheme_problems(scheme, info.scheme)
        if problems:
            template = QT_TRANSLATE_NOOP("core", "{path}: its annotation scheme does not fit this project: {problem}")
            raise MergeError(Message(template, path=str(info.path), problem=joined(problems)))
        grown, added = scheme_union(scheme, info.scheme)
        if grown is not None:
            scheme = grown
            report.labels_added += added
    steps = len(infos) * 6
    done = 0
    with ExitStack() as stack:
        paths = [stack.enter_context(_readable_copy(info.path, upgrade=info.older)) for info in infos]
        attached: list[str] = []
        high = 0
        try:
            with project.atomic():
                if report.labels_added:
                    report.scheme_version = project.set_scheme(scheme)
                for n, (info, path) in enumerate(zip(infos, paths)):
                    src = f"merge_src{n}"
                    # Raw SQL: ATTACH/DETACH name a schema, which peewee has no query for.
                    project.sql("ATTACH DATABASE ? AS " + src, (str(path),))
                    attached.append(src)
                    label = str(info.path)
                    problems = merge_checks.bad_rows(project, src, info, scheme)
                    if problems and not skip_bad:
                        if len(problems) > 1:
                            template = QT_TRANSLATE_NOOP("core", "{problem} (and {count} more bad rows); nothing was merged (merge with --skip-bad to leave bad rows out)")
                            raise MergeError(Message(template, problem=problems[0], count=len(problems) - 1))
                        raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{problem}; nothing was merged (merge with --skip-bad to leave bad rows out)"), problem=problems[0]))
                    report.skipped += problems
                    merge_rows.merge_table(project, ANNOTATOR, src, NOT_BAD.format(c="s.uuid"), report, label)
                    where = merge_rows.merge_documents(project, info, src, report, skip_missing) + " AND " + NOT_BAD.format(c="s.document") + " AND " + NOT_BAD.format(c="s.annotator")
                    merge_rows.note_resurrections(project, src, where)
                    for table in (SPAN, RELATION, STATUS):
                        done += 1
                        if progress:
                            progress(done, steps)
                        extra = " AND " + NOT_BAD.format(c="s.uuid")
                        if table is RELATION:
                            extra += " AND " + NOT_BAD.format(c="s.head") + " AND " + NOT_BAD.format(c="s.tail")
                        merge_rows.merge_table(project, table, src, where + extra, report, label)
                    report.resurrected_relations += merge_rows.resurrect(project)
                    if merge_rows.has_table(project, src, "assignment"):
                        merge_rows.merge_table(project, ASSIGNMENT, src, where, report, label)
                    if merge_rows.has_table(project, src, "note"):  # a package of the format before notes has none
                        merge_rows.merge_table(project, NOTE, src, where + " AND " + NOT_BAD.format(c="s.uuid"), report, label)
                    if merge_rows.has_table(project, src, "attribute"):  # nor one before attributes
                        merge_rows.merge_table(project, ATTRIBUTE, src, where + " AND " + NOT_BAD.format(c="s.uuid"), report, label)
                    if merge_rows.has_table(project, src, "work_time"):  # time spent, from file format 4 on
                        merge_rows.merge_table(project, WORK_TIME, src, where + " AND " + NOT_BAD.format(c="s.uuid"), report, label)
                    stamp = _observe_source(project, src, label, report)
                    high = max(high, stamp)
                    done = (n + 1) * 6
                    if progress:
                        progress(done, steps)
                report.dangling_relations = merge_rows.dangling_relations(project)
        except merge_rows.INTEGRITY as exc:
            raise MergeError(Message(QT_TRANSLATE_NOOP("core", "{path}: the merge would break the project's rules ({reason}); nothing was changed"), path=str(project.path), reason=str(exc))) from None
        finally:
            project.__dict__.pop("scheme", None)
            merge_checks.drop(project)
            merge_rows.drop(project)
            for src in attached:
                project.sql(f"DETACH DATABASE {src}")
    # Hybrid logical clock: the next local stamp is past every stamp merged, even a skewed one.
    # This project's own rows need no scan here: its first write this session (Project.atomic)
    # observed them, and every row since was stamped by this clock or merged and observed.
    store.observe(high)
    return report


def _opens_in_place(path: Path) -> bool:
    """Whether SQLite can read `path` the way the merge attaches it (read-write, so a WAL file
    needs its -shm beside it): false on read-only media, where a private copy is merged."""
    try:
        # Raw SQL: a probe on a plain sqlite3 connection to the file itself, not a project's.
        con = sqlite3.connect(str(path))
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # A write that is rolled back (the file never changes): what read-only media refuse.
            con.execute("BEGIN IMMEDIATE")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA user_version = {int(version)}")
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return True


@contextmanager
def _readable_copy(path: Path, *, upgrade: bool = False) -> Iterator[Path]:
    """`path` itself, or a private copy when SQLite could not open it in place (read-only
    media) or when it is of an older file format (the copy is migrated; the file is not)."""
    if not upgrade and _opens_in_place(path):
        yield path
        return
    tmp = tempfile.mkdtemp(prefix="annotator-merge-")
    try:
        copy = Path(tmp) / path.name
        # copyfile, not copy2: the copy must be writable even when the original is 0444.
        shutil.copyfile(path, copy)
        if Path(str(path) + "-wal").exists():  # committed rows not yet checkpointed live there
            shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
        if upgrade:
            store.connect(copy).close()
        yield copy
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _observe_source(project: Project, src: str, label: str, report: MergeReport) -> int:
    """The largest `updated_at` of `src`; warns of rows stamped more than a day ahead of now."""
    limit = time.time_ns() // 1000 + DAY_US  # the wall clock: now_us() may have observed the skew already
    tables = [t for t in STAMPED_TABLES if merge_rows.has_table(project, src, t)]  # a package of an older format lacks some
    # Raw SQL: it reads rows of the source attached as `src` by schema name, which Models cannot address.
    high = max(project.sql(f"SELECT coalesce(max(updated_at), 0) FROM {src}.{t}").fetchone()[0] for t in tables)
    ahead = sum(project.sql(f"SELECT count(*) FROM {src}.{t} WHERE updated_at > ?", (limit,)).fetchone()[0] for t in tables) if high > limit else 0
    if ahead:
        when = datetime.datetime.fromtimestamp(high / 1e6, datetime.timezone.utc) if high < 253402300799 * 10**6 else None
        date = when.strftime("%Y-%m-%d %H:%M UTC") if when else f"{high} µs"
        template = QT_TRANSLATE_NOOP("core", "{count} rows of {file} are stamped up to {date}, ahead of this computer's clock; that laptop's clock is wrong")
        report.warnings.append(Message(template, count=ahead, file=label, date=date))
    return high
