"""The `search` command: find a Devanagari or Roman query across a project."""

from __future__ import annotations

import argparse
import json
import sys

from annotator.cli.console import open_project, progress


def cmd_search(args: argparse.Namespace) -> int:
    from annotator.search import search

    with open_project(args.project) as project:
        hits = search(project, args.query, limit=args.limit, progress=progress("indexing"))
    if args.json:
        print(json.dumps({"query": args.query, "hits": [h.as_dict() for h in hits]}, ensure_ascii=False))
        return 0
    if not hits:
        print(f"no hits for {args.query!r}", file=sys.stderr)
        return 0
    for h in hits:
        print(f"{h.ext_id}\t{h.start}-{h.end}\t{h.text}")
    print(f"{len(hits)} hits in {len({h.document for h in hits})} documents", file=sys.stderr)
    return 0


COMMANDS = {"search": cmd_search}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the search subcommand to the main parser's subparsers."""
    p = sub.add_parser("search", help="find a Devanagari or Roman query (folded matching)")
    p.add_argument("project")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=10_000)
    p.add_argument("--json", action="store_true")
