"""The window's language: which one is chosen (settings, else the system locale), compiling
resources/translations/annotator_LANG.ts to .qm with pyside6-lrelease when a source run finds
it missing or stale, and installing the QTranslator. The command line never uses this: its
messages stay English for scripts and logs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from annotator.errors import AnnotatorError, InputError, Message, Problem
from annotator.resources import resource_path
from ui import settings as saved

# (code, name in its own language): the View ▸ Language menu lists these, never translated.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("hi", "हिन्दी"))
SOURCE_LANGUAGE = "en"  # the strings in the code are English: no translator needed
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` under a short name that pyside6-lupdate still extracts
    (it recognises calls named `translate`). Placeholders are `{name}`, filled by `.format`."""
    return QCoreApplication.translate(context, text)


def core_text(text: object) -> str:
    """A sentence of the core (annotator/) in the window's language: a Message's template
    translated under the context "core" and filled with its parameters, each parameter that is
    a Message rendered the same way and the rest (file names, lines, labels, ids) as they are.
    Anything else, and a template the .ts lacks, reads as its English text."""
    if not isinstance(text, Message):
        return str(text)
    params = {key: core_text(value) if isinstance(value, Message) else value for key, value in text.params.items()}
    return QCoreApplication.translate("core", text.template).format(**params)


def problem_text(problem: Problem) -> str:
    """A bad-input problem as "FILE:LINE: message", the message in the window's language."""
    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
    return f"{where}: {core_text(problem.message)}"


def core_message(exc: BaseException) -> str:
    """What the window shows for an error of the core: its sentence in the window's language,
    naming the same file and line as the English one (str(exc), which the command line prints)."""
    if isinstance(exc, InputError) and str(exc) == str(exc.problem):
        return problem_text(exc.problem)
    if isinstance(exc, AnnotatorError) and exc.args and isinstance(exc.args[0], Message):
        return core_text(exc.args[0])
    return str(exc)


def system_language() -> str:
    """The system locale's language when we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in dict(LANGUAGES) else SOURCE_LANGUAGE


def chosen_language() -> str:
    """The language the user chose; on first start the system's, which is then remembered."""
    value = saved.settings().value("view/language", "")
    if isinstance(value, str) and value in dict(LANGUAGES):
        return value
    language = system_language()
    set_chosen_language(language)
    return language


def set_chosen_language(language: str) -> None:
    saved.settings().setValue("view/language", language)


def _lrelease() -> str | None:
    """pyside6-lrelease's program: the PySide6 package carries it (a source run has it)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the window cannot run without it anyway
        return None
    for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease"):
        path = Path(PySide6.__file__).resolve().parent / name
        if path.is_file():
            return str(path)
    return shutil.which("pyside6-lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` with lrelease; False when lrelease is missing or fails."""
    program = _lrelease()
    if program is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    return done.returncode == 0 and qm.is_file()


def compiled_translation(language: str) -> Path | None:
    """The .qm file for `language`, compiling it first in a source run when it is missing or
    older than its .ts (next to the .ts, else in a temporary folder when that is read-only).
    The frozen app carries the .qm that build_app.spec compiled. None when there is none."""
    folder = resource_path("translations")
    ts, qm = folder / f"annotator_{language}.ts", folder / f"annotator_{language}.qm"
    if getattr(sys, "frozen", False) or not ts.is_file():
        return qm if qm.is_file() else None
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    if os.access(folder, os.W_OK) and compile_ts(ts, qm):
        return qm
    spare = Path(tempfile.gettempdir()) / "hindi-annotator-translations" / qm.name
    if spare.is_file() and spare.stat().st_mtime >= ts.stat().st_mtime:
        return spare
    return spare if compile_ts(ts, spare) else None


def install(language: str) -> bool:
    """Make `language` the window's language from now on (windows made afterwards speak it).
    Removes any translator installed before. False when its translation could not be loaded
    (the window then stays English)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == SOURCE_LANGUAGE:
        return True
    qm = compiled_translation(language)
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """The language of the translator installed now."""
    return _installed[0].language().split("_")[0] if _installed else SOURCE_LANGUAGE
