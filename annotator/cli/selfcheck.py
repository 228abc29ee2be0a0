"""The `self-check` command: prove that this install (or the frozen app) works, one line per check.

Checks, in order: the bundled resources are there; the Devanagari font and its licence are
there; transliteration works, including indic_transliteration's data files (a frozen app
without them dies on first use); the user's data folder is writable and outside the app;
a temporary project is created, written, reopened and deleted; the bundled demo imports
with its spans and relations; and the window, started offscreen, renders Devanagari with the
bundled font and draws the demo. Every check runs even when an earlier one failed. Exit 0
when all pass, else 1 with the first reason on stderr.

The window check is whatever `window_check` the launcher passed to `main` (app_entry.py
passes the window's own); `python -m annotator self-check` has none, so like all of the
core it imports no Qt and says the window was not checked.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from annotator import __version__

WORD = "कानपुर"
WORD_ROMAN = {"hindi": "kanpur", "iast": "kānapura"}
PERSON = "विजय सिंह मीणा"
DESIGNATION = "पुलिस आयुक्त"
# Stored text must come back exactly: CRLF, an emoji and a precomposed nukta letter (U+095C).
SAMPLE = f"{DESIGNATION} {PERSON} ने कानपुर में बताया कि 😀 स\u095ck बंद है।\r\nदूसरी पंक्ति।"
# The layer the bundled demo's annotations are imported into ("source": "demo"); the window draws it.
DEMO_LAYER = "demo"
# The source checkout: annotator/cli/selfcheck.py is three levels below it.
SOURCE_ROOT = Path(__file__).resolve().parents[2]
REQUIRED_RESOURCES = (
    ("schemes", "hindi-news.toml"),
    ("schemes", "hiner.toml"),
    ("demo", "demo.jsonl"),
    ("icons", "annotator.png"),
)


WindowCheck = Callable[[Path | None, str], tuple[bool, str]]
"""The window's self-check: given a project to draw (or None) and the annotator whose layer
to draw, start the window offscreen and return (ok, one-line detail or reason)."""


class CheckFailed(Exception):
    """A check found a problem; the message is the one-line reason."""


@dataclass
class Context:
    """What the checks share: a private temporary folder and the demo project once made."""

    tmp: Path
    window_check: WindowCheck | None = None
    demo_project: Path | None = None


def _bundle_roots() -> list[Path]:
    """The folders that make up the running app: read-only for our purposes."""
    if not getattr(sys, "frozen", False):
        return [SOURCE_ROOT / "resources"]
    roots = [Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()]
    exe_dir = Path(sys.executable).resolve().parent
    if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents":  # inside a macOS .app
        exe_dir = exe_dir.parent.parent
    roots.append(exe_dir)
    return roots


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True


def check_resources(ctx: Context) -> str:
    from annotator.resources import resource_path

    missing = [str(resource_path(*parts)) for parts in REQUIRED_RESOURCES if not resource_path(*parts).is_file()]
    if missing:
        raise CheckFailed(f"missing from the app: {', '.join(missing)}")
    schemes = sorted(p.stem for p in resource_path("schemes").glob("*.toml"))
    return f"{resource_path()} (schemes {', '.join(schemes)}; demo; icons)"


def check_font(ctx: Context) -> str:
    from annotator.resources import font_license_path, font_path

    try:
        path = font_path()
    except (FileNotFoundError, ImportError) as exc:
        raise CheckFailed(f"the Devanagari font is missing: {exc}") from None
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
        raise CheckFailed(f"{path} is not a TrueType/OpenType font")
    licence = font_license_path()
    if not licence.is_file() or "Open Font License" not in licence.read_text(encoding="utf-8", errors="replace"):
        raise CheckFailed(f"the font's OFL licence is missing (looked for {licence})")
    return f"{path} ({path.stat().st_size // 1024} KiB), licence {licence.name}"


def check_translit(ctx: Context) -> str:
    from annotator.translit import romanise

    got = {}
    for scheme, expected in WORD_ROMAN.items():
        try:
            got[scheme] = romanise(WORD, scheme)
        except Exception as exc:  # a frozen app without the package's data dies here
            raise CheckFailed(f"romanising in {scheme} failed: {type(exc).__name__}: {exc}") from None
        if got[scheme] != expected:
            raise CheckFailed(f"romanise({WORD!r}, {scheme!r}) gave {got[scheme]!r}, expected {expected!r}")
    return f"{WORD} -> {got['hindi']} (hindi), {got['iast']} (iast, through indic_transliteration)"


def check_user_data(ctx: Context) -> str:
    from annotator.resources import user_data_dir

    folder = user_data_dir()
    if not folder.is_absolute():  # e.g. an empty XDG_DATA_HOME: it would follow the working folder
        raise CheckFailed(f"the data folder {folder} is a relative path; it would change with the working folder")
    for root in _bundle_roots():
        if _inside(folder, root):
            raise CheckFailed(f"the data folder {folder} is inside the app ({root}); projects would be lost on update")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-check-", delete=True) as probe:
            probe.write(b"ok")
            probe.flush()
    except OSError as exc:
        raise CheckFailed(f"the data folder {folder} is not writable: {exc}") from None
    return f"{folder} is writable and outside the app"


def check_project(ctx: Context) -> str:
    from annotator import edits
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme

    path = ctx.tmp / "check.db"
    article = ctx.tmp / "check.txt"
    article.write_bytes(SAMPLE.encode("utf-8"))
    a, b = SAMPLE.index(PERSON), SAMPLE.index(DESIGNATION)
    with Project.create(path, resolve_scheme(None)) as project:
        import_paths(project, [article])
        doc = project.document_by_ext_id("check").uuid
        who = edits.ensure_annotator(project, "self-check")
        person = edits.add_span(project, document=doc, annotator=who, start=a, end=a + len(PERSON), label="PERSON").spans[0][1]
        title = edits.add_span(project, document=doc, annotator=who, start=b, end=b + len(DESIGNATION), label="DESIGNATION").spans[0][1]
        edits.add_relation(project, head=person.uuid, tail=title.uuid, label="HAS_DESIGNATION")
    with Project.open(path) as project:
        text = project.text(doc)
        spans = project.spans(doc, who)
        relations = project.relations(doc, who)
    if text != SAMPLE:
        raise CheckFailed("the reopened project's text differs from the imported text")
    if sorted(text[s.start : s.end] for s in spans) != sorted([PERSON, DESIGNATION]):
        raise CheckFailed(f"the reopened project has the wrong spans: {[(s.start, s.end, s.label) for s in spans]}")
    if [(r.head, r.tail, r.label) for r in relations] != [(person.uuid, title.uuid, "HAS_DESIGNATION")]:
        raise CheckFailed("the reopened project lost its relation")
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if path.exists():
        raise CheckFailed(f"could not delete {path}")
    return "created, wrote 2 spans and 1 relation, reopened, read them back, deleted"


def check_demo(ctx: Context) -> str:
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme
    from annotator.resources import resource_path

    demo = resource_path("demo", "demo.jsonl")
    records = [json.loads(line) for line in demo.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = ctx.tmp / "demo.db"
    spans = relations = 0
    with Project.create(path, resolve_scheme(None)) as project:
        import_paths(project, [demo])
        for record in records:
            info = project.document_by_ext_id(record["id"])
            if info is None:
                raise CheckFailed(f"the demo document {record['id']} was not imported")
            text = project.text(info.uuid)
            layer = project.annotator(record.get("source") or "import")
            got = project.spans(info.uuid, layer.uuid if layer else None)
            rels = project.relations(info.uuid, layer.uuid if layer else None)
            expected = sorted((e["start"], e["end"], e["label"]) for e in record.get("entities", []))
            if text != record["text"] or sorted((s.start, s.end, s.label) for s in got) != expected:
                raise CheckFailed(f"the demo document {record['id']} came back with different text or spans")
            if any(text[s.start : s.end] != e["text"] for s, e in zip(got, sorted(record["entities"], key=lambda e: (e["start"], e["end"], e["label"])))):
                raise CheckFailed(f"a span of the demo document {record['id']} does not match its text")
            if len(rels) != len(record.get("relations", [])):
                raise CheckFailed(f"the demo document {record['id']} lost relations")
            spans += len(got)
            relations += len(rels)
    if not spans or not relations:
        raise CheckFailed("the bundled demo has no spans or no relations to show")
    ctx.demo_project = path
    return f"{len(records)} documents, {spans} spans, {relations} relations from {demo.name}"


class NotChecked(Exception):
    """A check that cannot run here; the message says why. It is neither passed nor failed."""


def check_window(ctx: Context) -> str:
    if ctx.window_check is None:
        raise NotChecked("python -m annotator is the core alone; 'annotator self-check' checks the window too")
    # The self-check never needs a screen; QT_QPA_PLATFORM set by the caller still wins.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        ok, reason = ctx.window_check(ctx.demo_project, DEMO_LAYER)
    except ImportError as exc:
        raise CheckFailed(f"the window cannot start: {exc}") from None
    if not ok:
        raise CheckFailed(reason)
    return f"{reason} (platform {os.environ['QT_QPA_PLATFORM']})"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("resources", check_resources),
    ("font", check_font),
    ("translit", check_translit),
    ("user-data", check_user_data),
    ("project", check_project),
    ("demo", check_demo),
    ("window", check_window),
)


def _say(line: str, stream: TextIO | None = None) -> None:
    """Print one line whatever the console's encoding (a Windows pipe is often cp1252)."""
    stream = stream or sys.stdout
    if stream is None:  # a windowed build with no console
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(line.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen app {sys.executable}"
    return f"source {SOURCE_ROOT}"


def run_checks(only: list[str] | None = None, window_check: WindowCheck | None = None) -> list[tuple[str, bool, str]]:
    """Run the checks (all, or those named in `only`), printing one line each as it finishes.
    Returns (name, ok, detail or reason) per check that ran; one that could not run here
    (the window, with no `window_check`) prints a `skip` line and is left out."""
    results: list[tuple[str, bool, str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="annotator-self-check-"))
    ctx = Context(tmp, window_check)
    try:
        for name, check in CHECKS:
            if only and name not in only:
                continue
            t0 = time.perf_counter()
            try:
                detail, ok = check(ctx), True
            except NotChecked as exc:
                _say(f"skip  {name:<10} {'':>9}  {exc}")
                continue
            except CheckFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # an unexpected error is a failed check, reported in one line
                detail, ok = f"{type(exc).__name__}: {exc}", False
            ms = (time.perf_counter() - t0) * 1000
            _say(f"{'ok  ' if ok else 'FAIL'}  {name:<10} {ms:6.0f} ms  {detail}")
            results.append((name, ok, detail))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def cmd_self_check(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    _say(f"annotator {__version__} self-check: {_where()}; Python {platform.python_version()}, {platform.system()} {platform.machine()}")
    results = run_checks(args.only, getattr(args, "window_check", None))
    failed = [(name, reason) for name, ok, reason in results if not ok]
    if failed:
        name, reason = failed[0]
        _say(f"annotator: self-check failed ({len(failed)} of {len(results)} checks): {name}: {reason}", sys.stderr)
        return 1
    unchecked = "" if any(name == "window" for name, _, _ in results) or (args.only and "window" not in args.only) else " (the window was not checked)"
    _say(f"self-check passed: {len(results)} checks in {time.perf_counter() - t0:.1f} s{unchecked}")
    return 0


COMMANDS = {"self-check": cmd_self_check}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the self-check subcommand to the main parser's subparsers."""
    p = sub.add_parser("self-check", help="check the font, transliteration, storage and the window (offscreen); exit 0 or 1")
    p.add_argument("--only", nargs="+", choices=[name for name, _ in CHECKS], metavar="CHECK", help=f"run only these checks: {', '.join(name for name, _ in CHECKS)}")
