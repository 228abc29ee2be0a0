"""The project subcommands: init, import, export (and its package form), pack, stats and notes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from annotator.cli.console import open_project, progress


def cmd_init(args: argparse.Namespace) -> int:
    from annotator.project import Project, resolve_scheme

    if args.scheme_from:
        from annotator.formats.brat_conf import scheme_from_conf

        made = scheme_from_conf(args.scheme_from)
        scheme = made.scheme
        for note in made.notes:
            print(f"annotator: note: {note}", file=sys.stderr)
    else:
        scheme = resolve_scheme(args.scheme)
    Project.create(args.project, scheme).close()
    print(f"created {args.project} with scheme {scheme.name} ({len(scheme.entities)} labels, {len(scheme.relations)} relation types)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from annotator.importer import import_paths

    with open_project(args.project) as project:
        report = import_paths(project, args.paths, fmt=args.format, as_annotator=args.as_annotator, skip_bad=args.skip_bad, progress=progress("import"))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(report.summary())
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from annotator.exporter import export

    if args.format == "package":
        return _export_package(args)
    with open_project(args.project) as project:
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
            progress=progress("export"),
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
    from annotator.errors import AnnotatorError
    from annotator.package import write_package

    with open_project(args.project) as project:
        who = project.annotator(args.source)
        if who is None or who.deleted:
            # A package carries one layer's annotations, never the texts (merge matches them by hash).
            raise AnnotatorError(
                f"{project.path}: no annotator {args.source!r} to package; a package carries one annotator's work, not texts: "
                f"to send the texts to annotators, give them the project (`annotator pack {args.project} -o FILE`) or export --format txt"
            )
        info = write_package(project, args.output, annotator=args.source, force=args.force)
    print(f"wrote {info.annotator}'s package: {info.documents} documents, {info.spans} spans, {info.relations} relations to {args.output}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    """The whole project as one self-contained file (no -wal), safe while a window edits it."""
    from annotator.backup import pack

    with open_project(args.project) as project:
        info = pack(project, args.output, force=args.force)
    print(f"packed {args.project} into {info.path}: {info.documents} documents, {info.spans} spans, {info.relations} relations, {info.bytes:,} bytes")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from peewee import fn

    from annotator.schema import Relation, Span, Status, live

    with open_project(args.project) as project:
        stats = project.stats()
        stats["scheme"] = project.scheme.name
        stats["scheme_version"] = project.scheme_version
        per = []
        for a in project.annotators():
            n = project.run(Span.select(fn.count()).where((Span.annotator == a.uuid) & live(Span))).fetchone()[0]
            r = project.run(Relation.select(fn.count()).where((Relation.annotator == a.uuid) & live(Relation))).fetchone()[0]
            d = project.run(Status.select(fn.count()).where((Status.annotator == a.uuid) & live(Status) & Status.status.in_(("done", "adjudicated")))).fetchone()[0]
            per.append({"name": a.name, "kind": a.kind, "spans": n, "relations": r, "done": d})
        stats["per_annotator"] = per
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
    else:
        suggested = f", {stats['suggested']} suggested" if stats["suggested"] else ""
        print(f"{stats['documents']} documents, {stats['annotators']} annotators, {stats['spans']} spans, {stats['relations']} relations{suggested} (scheme {stats['scheme']} v{stats['scheme_version']})")
        for a in per:
            print(f"  {a['name']:<20} {a['spans']:>8} spans {a['relations']:>7} relations {a['done']:>6} done")
    return 0


def cmd_notes(args: argparse.Namespace) -> int:
    """The annotators' notes and unsure flags, for the lead to read (or those matching --search)."""
    from annotator.notes import list_notes
    from annotator.search import search_notes

    with open_project(args.project) as project:
        found = search_notes(project, args.search, layer=args.layer) if args.search is not None else list_notes(project, layer=args.layer)
    if args.json:
        print(json.dumps({"notes": [n.as_dict() for n in found]}, ensure_ascii=False))
        return 0
    for n in found:
        flag = "unsure" if n.unsure else "-"
        print(f"{n.document}\t{n.annotator}\t{n.kind}\t{n.what}\t{flag}\t{n.text}")
    unsure = sum(n.unsure for n in found)
    print(f"{len(found)} notes ({unsure} unsure) in {len({n.document for n in found})} documents", file=sys.stderr)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "pack": cmd_pack,
    "stats": cmd_stats,
    "notes": cmd_notes,
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the project subcommands to the main parser's subparsers."""
    p = sub.add_parser("init", help="create a project file")
    p.add_argument("project")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--scheme", default="hindi-news", help="a bundled scheme name or a .toml file")
    group.add_argument("--scheme-from", metavar="annotation.conf", help="make the scheme from brat's annotation.conf (or the folder holding it)")

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

    p = sub.add_parser("notes", help="list the annotators' notes and unsure flags")
    p.add_argument("project")
    p.add_argument("--layer", metavar="ANNOTATOR", help="only this annotator's notes")
    p.add_argument("--search", metavar="QUERY", help="only notes holding QUERY (Devanagari or Roman, folded)")
    p.add_argument("--json", action="store_true", help='one JSON object: {"notes": [...]}')


def _parser_formats() -> list[str]:
    from annotator.formats import registry

    return list(registry.PARSERS)


def _writer_formats() -> list[str]:
    from annotator.formats import registry

    return list(registry.WRITERS)
