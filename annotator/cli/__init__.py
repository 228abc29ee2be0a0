"""The core's command line: `python -m annotator COMMAND ...`, every subcommand with no display.

Exit status 0 on success, 1 when the work fails, 2 on a usage error. Errors are one line on
stderr naming the file (and line). The core never imports Qt and never names the window's
package: the launcher (app_entry.py) passes the window in as plain callables, `window` for
"no subcommand or a project path" and `window_check` for the self-check's last check.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import peewee

from annotator import __version__
from annotator.cli import project_commands, search, selfcheck, suggest, team
from annotator.cli.console import end_line
from annotator.cli.selfcheck import WindowCheck
from annotator.errors import AnnotatorError
from annotator.project import describe_db_error

Window = Callable[[str | None], int]
"""Opens the window on a project path (None: the last project, else the default one) and
returns the process exit status once it closes."""

# In --help order: a project's life first, then the team's, then the tools.
_COMMAND_MODULES = (project_commands, team, search, suggest, selfcheck)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {name: fn for module in _COMMAND_MODULES for name, fn in module.COMMANDS.items()}

NO_WINDOW = "annotator: python -m annotator runs commands only (see --help); open the window with 'annotator [PROJECT.db]' or 'make run'"


class UsageError(Exception):
    """A command line argparse refused; the message is the one line to print."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand."""
    parser = _Parser(prog="annotator", description="Annotate Hindi news: entities, relations, merge, review, export.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in _COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None, *, window: Window | None = None, window_check: WindowCheck | None = None) -> int:
    """Run one command line and return its exit status.

    No arguments, or one that is not a command (a project path), opens `window`; without
    one (`python -m annotator`) that is a usage error, exit 2. `window_check` becomes the
    self-check's window check; without it the self-check says the window was not checked.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            print(f"annotator: unknown command {argv[0]!r}; see 'annotator --help'", file=sys.stderr)
            return 2
        if window is None:
            print(NO_WINDOW, file=sys.stderr)
            return 2
        return window(argv[0] if argv else None)
    args = None
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("annotator: name a command; see 'annotator --help'")
        args.window_check = window_check
        return COMMANDS[args.command](args)
    except UsageError as exc:
        end_line()
        print(str(exc), file=sys.stderr)
        return 2
    except (AnnotatorError, KeyboardInterrupt, sqlite3.Error, peewee.PeeweeException, OSError, RecursionError, MemoryError) as exc:
        end_line()  # a progress line the failure left half-way: the error goes on a line of its own
        print(f"annotator: {_failure(exc, args)}", file=sys.stderr)
        return 1
    finally:
        end_line()


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
