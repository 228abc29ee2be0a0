"""The `suggest` command: train the sequence model (when asked) and write each source's
suggestions as its own layer, so a lead can pre-annotate a batch before copying the file."""

from __future__ import annotations

import argparse
import json
import sys

from annotator.cli.console import open_project, progress


def cmd_suggest(args: argparse.Namespace) -> int:
    from annotator.suggest.proposal import SOURCES
    from annotator.suggest.run import suggest

    sources = [s.strip() for s in args.sources.split(",") if s.strip()] if args.sources else list(SOURCES)
    bars = {"train": progress("training"), "suggest": progress("suggesting")}
    if args.progress_lines:  # the window's background job reads these, one per line
        bars = {stage: _lines(label) for stage, label in (("train", "training"), ("suggest", "suggesting"))}

    def step(stage: str, done: int, total: int) -> None:
        if bars.get(stage):
            bars[stage](done, total)

    with open_project(args.project) as project:
        report = suggest(project, source=args.source, documents=args.documents, sources=sources, train=args.train, progress=step)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
        return 0
    if report.trained:
        t = report.trained
        print(f"trained on {len(t['documents'])} {t['source']} documents ({t['spans']} spans) in {t['seconds']} s", file=sys.stderr)
    for source, why in report.skipped.items():
        print(f"annotator: {source}: {why}", file=sys.stderr)
    added = ", ".join(f"{report.added.get(s, 0)} by {s}" for s in sources if s not in report.skipped)
    print(f"{report.documents} documents: {added or 'nothing'} suggested", file=sys.stderr)
    return 0


def _lines(label: str):
    def show(done: int, total: int) -> None:
        sys.stderr.write(f"{label}: {done}/{total}\n")
        sys.stderr.flush()

    return show


COMMANDS = {"suggest": cmd_suggest}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the suggest subcommand to the main parser's subparsers."""
    p = sub.add_parser("suggest", help="suggest spans from the team's gold (gazetteer, patterns, trained model) as layers to accept or reject")
    p.add_argument("project")
    p.add_argument("--train", action="store_true", help="train the sequence model first (stored beside the project as NAME.suggest/)")
    p.add_argument("--source", default="gold", help="the layer to learn from: gold (adjudicated and done documents, the default) or an annotator's name")
    p.add_argument("--documents", choices=("undone", "all"), default="undone", help="which documents get suggestions (default: the ones not done yet)")
    p.add_argument("--sources", default="", help="comma-separated: model,gazetteer,patterns (default: all three)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
