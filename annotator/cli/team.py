"""Team subcommands of the command line: merge, agreement, assign, adjudicate and progress."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
from collections.abc import Callable, Iterator

from annotator.cli.console import open_project, progress
from annotator.errors import AnnotatorError


def _count(text: str) -> int:
    """argparse type: a whole number, 0 or more."""
    n = int(text)
    if n < 0:
        raise ValueError(text)
    return n


def _f(x: float | None, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


# -- merge --------------------------------------------------------------------------------------


def cmd_merge(args: argparse.Namespace) -> int:
    from annotator.merge import merge

    with open_project(args.project) as project:
        report = merge(project, args.others, skip_missing=args.skip_missing, skip_bad=args.skip_bad, progress=progress("merge"))
    data = report.as_dict()
    for line in report.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"merged {len(args.others)} file(s): {data['added']} rows added, {data['updated']} updated, {data['unchanged']} unchanged, {data['conflicts']} conflicts")
    for name, c in report.tables.items():
        print(f"  {name:<10} {c.added:>8} added {c.updated:>8} updated {c.unchanged + c.kept:>9} unchanged {c.conflicts:>6} conflicts")
    if report.labels_added:
        print(f"scheme grew to version {report.scheme_version}: added {', '.join(report.labels_added)}")
    for c in report.conflicts[:10]:
        kept = "the newer other file's" if c.winner == "theirs" else "this project's newer"
        print(f"  conflict in {c.table} {c.uuid} ({c.document or '-'}): here {c.ours!r}, in {c.source} {c.theirs!r}; kept {kept}")
    for source, missing in report.missing_documents.items():
        print(f"skipped {len(missing)} documents of {source} missing here: {', '.join(missing[:20])}" + (" …" if len(missing) > 20 else ""), file=sys.stderr)
    if report.dangling_relations:
        print(f"note: {report.dangling_relations} relations point at spans deleted elsewhere; they are not exported", file=sys.stderr)
    return 0


# -- agreement ---------------------------------------------------------------------------------


def format_agreement(report: dict, *, worst: int = 10) -> str:
    """The agreement report as text; each figure names its measure and stands beside its counts."""
    out = [f"Agreement of {', '.join(report['annotators'])} on {report['documents']} documents ({report.get('basis', '')})"]
    for p in report["pairs"]:
        ex, ov, tk = p["spans_exact"], p["spans_overlap"], p["tokens"]
        re_, rc = p["relations_exact"], p["relations_conditional"]
        out.append(f"\n{p['a']} vs {p['b']}: {p['documents']} documents")
        out.append(f"  spans, exact match (same start, end, label):   F1 {_f(ex['f1'])}  P {_f(ex['precision'])}  R {_f(ex['recall'])}  ({ex['matched_a']} matched; {ex['a']} vs {ex['b']} spans)")
        out.append(
            f"  spans, overlap match (same label, shared text): F1 {_f(ov['f1'])}  P {_f(ov['precision'])}  R {_f(ov['recall'])}  "
            f"({ov['matched_a']} of {ov['a']} found, {ov['matched_b']} of {ov['b']} found)"
        )
        out.append(f"  Cohen's kappa, tokens, IOB2 tags:              {_f(tk['kappa'])}  ({tk['tokens']} tokens; observed {_f(tk['observed'])}, chance {_f(tk['expected'])})")
        out.append(f"  relations, exact endpoints and label:          F1 {_f(re_['f1'])}  ({re_['matched_a']} matched; {re_['a']} vs {re_['b']})")
        out.append(f"  relations, given both endpoints agree:         F1 {_f(rc['f1'])}  ({rc['matched_a']} matched; {rc['a']} vs {rc['b']})")
        if p["per_label"]:
            out.append("  per label:           F1 exact  F1 overlap   spans (a / b, matched exact)")
            for label, v in p["per_label"].items():
                out.append(f"    {label:<16} {_f(v['f1_exact']):>9}  {_f(v['f1_overlap']):>10}   {v['a']} / {v['b']}, {v['matched_exact']}")
        if p.get("attributes"):
            out.append("  span attributes, on spans both marked alike:  agreement  Cohen's kappa  (spans agreed / compared)")
            for name, v in p["attributes"].items():
                out.append(f"    {name:<16} {_f(v['agreement']):>26}  {_f(v['kappa']):>13}  ({v['agreed']} / {v['spans']})")
        off = [(x, y, n) for x, y, n in p["confusion"] if x != y]
        if off:
            out.append(f"  label confusion (where {p['a']} said X, {p['b']} said Y; spans paired by boundary, then overlap):")
            for x, y, n in sorted(off, key=lambda t: (-t[2], t[0], t[1]))[:15]:
                out.append(f"    {x:<16} → {y:<16} {n}")
    alpha = report.get("alpha")
    if alpha:
        out.append(f"\nKrippendorff's alpha, nominal, over tokens (IOB2), {alpha['annotators']} annotators: {_f(alpha['value'])}  ({alpha['values']} values in {alpha['units']} tokens)")
    docs = report["per_document"][:worst] if worst else report["per_document"]
    if docs:
        out.append(f"\nDocuments, worst agreement first (span F1 exact, pooled over pairs; token kappa) — {len(docs)} of {report['documents']}:")
        for d in docs:
            out.append(f"  {d['document']:<28} F1 {_f(d['span_f1_exact'])}  kappa {_f(d['token_kappa'])}  ({d['matched_exact']} matched of {d['spans']} spans, {len(d['annotators'])} annotators)")
    out.append(f"\nTokens: {report.get('tokenizer', '')}")
    return "\n".join(out)


def cmd_agreement(args: argparse.Namespace) -> int:
    from annotator.agreement_report import project_agreement

    with open_project(args.project) as project:
        # Only the listed worst documents are kept, so a corpus of any size fits in memory.
        report = project_agreement(project, annotators=args.annotators, done_only=args.done_only, worst=args.worst or None, progress=progress("agreement"))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_agreement(report, worst=args.worst))
    return 0


# -- progress ----------------------------------------------------------------------------------


def cmd_progress(args: argparse.Namespace) -> int:
    """The lead's view of the team: per annotator, per label, per day (annotator.progress)."""
    from annotator.progress import format_progress, progress

    with open_project(args.project) as project:
        report = progress(project)
    print(json.dumps(report, ensure_ascii=False) if args.json else format_progress(report))
    return 0


# -- assign ------------------------------------------------------------------------------------


def cmd_assign(args: argparse.Namespace) -> int:
    from annotator import assign

    with open_project(args.project) as project:
        if args.queue:
            items = assign.queue(project, args.queue)
            if args.json:
                print(json.dumps({"annotator": args.queue, "queue": [{"document": q.document.ext_id, "status": q.status, "shared_with": list(q.shared_with)} for q in items]}, ensure_ascii=False))
            else:
                for q in items:
                    shared = f"  (also {', '.join(q.shared_with)})" if q.shared_with else ""
                    print(f"{q.document.ext_id}\t{q.status}{shared}")
            return 0
        if not args.annotators:
            raise AnnotatorError("name the annotators with --annotators (or list a queue with --queue NAME)")
        changes = assign.assign(project, annotators=args.annotators, overlap=args.overlap, seed=args.seed, copies=args.copies, replace=args.replace)
        per = {n: len(assign.queue(project, n)) for n in args.annotators}
        double = len(assign.double_annotated(project))
    if args.json:
        print(json.dumps({"changed": len(changes.assignments), "queues": per, "double_annotated": double}, ensure_ascii=False))
    else:
        print(f"assigned: {', '.join(f'{n} {k}' for n, k in per.items())} documents; {double} documents double-annotated ({len(changes.assignments)} assignments changed)")
    return 0


# -- adjudicate --------------------------------------------------------------------------------


PAGE = 1000  # documents listed at a time by adjudicate


def _documents(project, ext_ids: list[str]) -> Iterator:
    """The documents named (each checked first), or every live one a page at a time, so a
    corpus of any size is walked without holding its list."""
    if ext_ids:
        docs = [project.document_by_ext_id(d) for d in ext_ids]
        if any(d is None for d in docs):
            raise AnnotatorError(f"{project.path}: no document {ext_ids[[d is None for d in docs].index(True)]!r}")
        yield from docs
        return
    offset = 0
    while page := project.documents(offset=offset, limit=PAGE):
        yield from page
        offset += len(page)


def cmd_adjudicate(args: argparse.Namespace) -> int:
    from annotator import adjudicate, disagreements
    from annotator.agreement_report import default_annotators

    # The rows go to a spooled file (memory up to 1 MB, then disk) and are printed once the
    # work has committed: a failure prints only its error line, and 100,000 documents' rows
    # never sit in memory.
    with open_project(args.project) as project, tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8") as spool:
        names = args.annotators or default_annotators(project)
        if len(names) < (2 if args.accept_agreed else 1):
            raise AnnotatorError(f"{args.project}: name at least two annotators to accept what they agree on (found {', '.join(names) or 'none'})")
        total = len(args.document) or project.document_count()
        show = progress("adjudicate")
        step = max(1, total // 200)
        # One transaction for the whole command (each document's decision a savepoint in it):
        # all or nothing, and one commit instead of one per document.
        with project.atomic() if args.accept_agreed or args.mark else contextlib.nullcontext():
            for i, doc in enumerate(_documents(project, args.document), 1):
                # One review a document: what disagrees does not depend on gold, so the review
                # read before accepting still tells what is left after it.
                review = disagreements.review_document(project, document=doc.uuid, annotators=names)
                if args.accept_agreed:
                    adjudicate.accept_agreed(project, document=doc.uuid, annotators=names, curator=args.curator, review=review)
                if args.mark and (not review.disagreements or args.force):
                    adjudicate.set_gold_status(project, document=doc.uuid, status=args.mark)
                kinds = [g.kind for g in review.disagreements]
                if review.groups or args.document:
                    status = adjudicate.gold_status(project, doc.uuid) if args.accept_agreed or args.mark else review.gold_status
                    row = {"document": doc.ext_id, "gold_status": status, "disagreements": len(kinds), "by_kind": {k: kinds.count(k) for k in disagreements.KINDS if k in kinds}}
                    spool.write(json.dumps(row, ensure_ascii=False) + "\n")
                if show and (i % step == 0 or i == total):
                    show(i, total)
        spool.seek(0)
        if args.json:
            sys.stdout.write(json.dumps({"annotators": names, "documents": []}, ensure_ascii=False)[:-2])
            for k, line in enumerate(spool):
                sys.stdout.write((", " if k else "") + line.rstrip("\n"))
            sys.stdout.write("]}\n")
        else:
            for line in spool:
                r = json.loads(line)
                kinds = ", ".join(f"{k} {n}" for k, n in r["by_kind"].items()) or "none"
                print(f"{r['document']:<28} {r['gold_status']:<12} {r['disagreements']:>4} disagreements ({kinds})")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "merge": cmd_merge,
    "agreement": cmd_agreement,
    "assign": cmd_assign,
    "adjudicate": cmd_adjudicate,
    "progress": cmd_progress,
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the team subcommands to the main parser's subparsers."""
    p = sub.add_parser("merge", help="merge other laptops' project files or packages into a project")
    p.add_argument("project")
    p.add_argument("others", nargs="+", metavar="OTHER")
    p.add_argument("--skip-missing", action="store_true", help="leave out a package's annotations of documents this project lacks")
    p.add_argument("--skip-bad", action="store_true", help="leave out rows an import would refuse (listed), and merge the rest")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("agreement", help="inter-annotator agreement report")
    p.add_argument("project")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="default: every human annotator with work")
    p.add_argument("--done-only", action="store_true", help="only documents both annotators marked done")
    p.add_argument("--worst", type=_count, default=10, metavar="N", help="how many worst documents to list, also in --json (default 10; 0: every document)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("assign", help="assign documents to annotators, some double-annotated")
    p.add_argument("project")
    p.add_argument("--annotators", nargs="+", metavar="NAME")
    p.add_argument("--overlap", type=float, default=0.2, help="share of documents given to more than one annotator (default 0.2)")
    p.add_argument("--copies", type=int, default=2, help="annotators per double-annotated document (default 2)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--replace", action="store_true", help="reassign every document, not only unassigned ones")
    p.add_argument("--queue", metavar="NAME", help="list NAME's queue instead")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("adjudicate", help="list disagreements; accept what all annotators agree on")
    p.add_argument("project")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="default: every human annotator with work")
    p.add_argument("--document", nargs="+", metavar="ID", default=[])
    p.add_argument("--curator", default="curator", help="recorded as decided_by in provenance")
    p.add_argument("--accept-agreed", action="store_true", help="put everything all annotators agree on into gold")
    p.add_argument("--mark", choices=["not_started", "in_review", "adjudicated"], help="set the gold status of documents left with no disagreement")
    p.add_argument("--force", action="store_true", help="with --mark, also documents that still have disagreements")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("progress", help="the team's progress: per annotator, per label, documents done per day")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
