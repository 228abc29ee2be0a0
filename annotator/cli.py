"""The command line: `annotator [PROJECT.db]` opens the window; subcommands work with no display.

Exit status 0 on success, 1 when the work fails, 2 on a usage error. Errors are one line on
stderr naming the file (and line). Only the window command imports Qt, and only when run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import peewee

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.project import describe_db_error

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(f"{self.prog}: {message}")


def command(name: str):
    def register(fn: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = fn
        return fn

    return register


def _progress(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label}: {done}/{total}{end}")
        sys.stderr.flush()

    return show


def _open(path: str):
    from annotator.project import Project

    project = Project.open(path)
    for warning in project.warnings:
        print(f"annotator: warning: {warning}", file=sys.stderr)
    return project


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from annotator.project import Project, resolve_scheme

    scheme = resolve_scheme(args.scheme)
    Project.create(args.project, scheme).close()
    print(f"created {args.project} with scheme {scheme.name} ({len(scheme.entities)} labels, {len(scheme.relations)} relation types)")
    return 0


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from annotator.importer import import_paths

    with _open(args.project) as project:
        report = import_paths(project, args.paths, fmt=args.format, as_annotator=args.as_annotator, skip_bad=args.skip_bad, progress=_progress("import"))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(
            f"imported {report.documents_added} documents ({report.duplicates} duplicates not added), "
            f"{report.spans_added} spans, {report.relations_added} relations"
            + (f" into {', '.join(report.annotators)}" if report.annotators else "")
        )
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from annotator.exporter import export

    if args.format == "package":
        return _export_package(args)
    with _open(args.project) as project:
        report = export(
            project,
            args.output,
            fmt=args.format,
            source=args.source,
            status=args.status,
            translit=args.translit,
            force=args.force,
            labels=args.labels,
            rename=args.rename,
            split=args.split,
            seed=args.seed,
            tokenizer=args.tokenizer,
            sentences=args.sentences,
            progress=_progress("export"),
        )
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        parts = ", ".join(f"{n} {name}" for name, n in report.splits.items())
        print(f"exported {report.documents} documents to {report.path}" + (f" ({parts})" if parts else ""))
        if report.tokenizer:
            print(f"tokenizer: {report.tokenizer['name']} {report.tokenizer['version']}")
    for note in report.notes:
        print(f"annotator: note: {note}", file=sys.stderr)
    return 0


def _export_package(args: argparse.Namespace) -> int:
    """One annotator's work as a single file for email or USB; `merge` takes it back."""
    from annotator.package import write_package

    with _open(args.project) as project:
        info = write_package(project, args.output, annotator=args.source, force=args.force)
    print(f"wrote {info.annotator}'s package: {info.documents} documents, {info.spans} spans, {info.relations} relations to {args.output}")
    return 0


@command("pack")
def cmd_pack(args: argparse.Namespace) -> int:
    """The whole project as one self-contained file (no -wal), safe while a window edits it."""
    from annotator.backup import pack

    with _open(args.project) as project:
        info = pack(project, args.output, force=args.force)
    print(f"packed {args.project} into {info.path}: {info.documents} documents, {info.spans} spans, {info.relations} relations, {info.bytes:,} bytes")
    return 0


@command("stats")
def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        stats = project.stats()
        stats["scheme"] = project.scheme.name
        stats["scheme_version"] = project.scheme_version
        per = []
        for a in project.annotators():
            n = project.sql("SELECT count(*) FROM span WHERE annotator = ? AND deleted = 0", (a.uuid,)).fetchone()[0]
            r = project.sql("SELECT count(*) FROM relation WHERE annotator = ? AND deleted = 0", (a.uuid,)).fetchone()[0]
            d = project.sql("SELECT count(*) FROM status WHERE annotator = ? AND deleted = 0 AND status IN ('done', 'adjudicated')", (a.uuid,)).fetchone()[0]
            per.append({"name": a.name, "kind": a.kind, "spans": n, "relations": r, "done": d})
        stats["per_annotator"] = per
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
    else:
        print(f"{stats['documents']} documents, {stats['annotators']} annotators, {stats['spans']} spans, {stats['relations']} relations (scheme {stats['scheme']} v{stats['scheme_version']})")
        for a in per:
            print(f"  {a['name']:<20} {a['spans']:>8} spans {a['relations']:>7} relations {a['done']:>6} done")
    return 0


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="annotator", description="Annotate Hindi news: entities, relations, merge, review, export.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="create a project file")
    p.add_argument("project")
    p.add_argument("--scheme", default="hindi-news", help="a bundled scheme name or a .toml file")

    p = sub.add_parser("import", help="import documents (and annotations)")
    p.add_argument("project")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", default="auto", choices=["auto", *_parser_formats()])
    p.add_argument("--as", dest="as_annotator", metavar="ANNOTATOR", help="the layer the file's annotations go to")
    p.add_argument("--skip-bad", action="store_true", help="keep the good records and list the bad ones")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export one layer")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", default="jsonl", choices=[*_writer_formats(), "package"])
    p.add_argument("--source", default="gold", help="gold or an annotator's name")
    p.add_argument("--status", choices=["done", "all"], default=None, help="default: done for gold, all for an annotator")
    p.add_argument("--translit", choices=["iast", "iso", "itrans", "hk", "hindi"])
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--labels", metavar="A,B", help="export only these labels (and relation types)")
    p.add_argument("--rename", metavar="OLD=NEW,...", help="rename labels, e.g. PERSON=PER,LOCATION=LOC")
    p.add_argument("--split", metavar="0.8,0.1,0.1", help="write train/dev(/test) parts, shuffled by --seed")
    p.add_argument("--seed", type=int, default=0, help="the shuffle for --split (same seed, same split)")
    p.add_argument("--tokenizer", choices=["hindi", "whitespace", "spacy"], default=None, help="tokens for prodigy, spacy (.spacy), conll, hf; default hindi")
    p.add_argument("--sentences", action="store_true", help="conll: one block per sentence, -DOCSTART- between documents")
    p.add_argument("--json", action="store_true", help="print the export report as one JSON object")

    p = sub.add_parser("pack", help="copy the project into one self-contained file to send (safe while a window is open)")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")

    p = sub.add_parser("stats", help="counts")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")

    for extend in _EXTENSIONS:
        extend(sub)
    return parser


def _parser_formats() -> list[str]:
    from annotator.formats import registry

    return list(registry.PARSERS)


def _writer_formats() -> list[str]:
    from annotator.formats import registry

    return list(registry.WRITERS)


# Modules that add subcommands (merge, agreement, search, self-check) register here.
_EXTENSIONS: list[Callable] = []
_EXTENSION_MODULES = ("annotator.cli_team", "annotator.cli_search", "annotator.cli_selfcheck")


def _load_extensions() -> None:
    if _EXTENSIONS:
        return
    for name in _EXTENSION_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        _EXTENSIONS.append(module.add_commands)
        COMMANDS.update(module.COMMANDS)


def _open_window(project: str | None) -> int:
    # The only path from the command line to Qt; imported by name so the core stays Qt-free.
    app = importlib.import_module("ui.app")
    return app.run(project)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _load_extensions()
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            print(f"annotator: unknown command {argv[0]!r}; see 'annotator --help'", file=sys.stderr)
            return 2
        return _open_window(argv[0] if argv else None)
    args = None
    try:
        args = _build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("annotator: name a command; see 'annotator --help'")
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (AnnotatorError, KeyboardInterrupt, sqlite3.Error, peewee.PeeweeException, OSError, RecursionError, MemoryError) as exc:
        print(f"annotator: {_failure(exc, args)}", file=sys.stderr)
        return 1


def _failure(exc: BaseException, args: argparse.Namespace | None) -> str:
    """One line for a command that failed; never a traceback."""
    if isinstance(exc, AnnotatorError):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted; the project is unchanged by the unfinished step"
    if isinstance(exc, (sqlite3.Error, peewee.PeeweeException)):
        return describe_db_error(Path(getattr(args, "project", "") or "the project"), exc)
    if isinstance(exc, OSError):
        return f"{exc.filename or 'a file'}: {exc.strerror or exc}"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read"
    return "out of memory; split the input into smaller files and run the command on each"

if __name__ == "__main__":
    sys.exit(main())
