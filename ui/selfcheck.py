"""The window's part of `annotator self-check`: start the window offscreen on a throwaway project
and check that the font, the core and the rendering all work. Returns (ok, one-line reason).

app_entry.py hands `self_check` to the core's command line as its `window_check`."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

SAMPLE = "पुलिस आयुक्त विजय सिंह मीणा ने कानपुर में बताया कि क्षत्रिय परिवार के 😀 सदस्य आए।\r\nदूसरी पंक्ति।"


def _font_covers_devanagari(family: str) -> str | None:
    """Why the bundled font does not supply the Devanagari glyphs, or None when it does."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout

    if QFontDatabase.WritingSystem.Devanagari not in QFontDatabase.writingSystems(family):
        return f"the font {family} does not list Devanagari"
    font = QFont(family, 16)
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Devanagari)
    if not raw.isValid() or raw.familyName() != family:
        return f"Qt picked {raw.familyName() or 'no font'} instead of {family} for Devanagari"
    if not all(raw.supportsCharacter(ord(ch)) for ch in "कषतरि्ा"):  # the str overload misreads
        return f"the font {family} lacks Devanagari letters"
    layout = QTextLayout("क्षत्रिय", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    if not runs or any(run.rawFont().familyName() != family for run in runs):
        return "Devanagari text was not shaped with the bundled font"
    return None


def _non_blank(image) -> bool:
    """Whether an image holds more than one colour (something was drawn)."""
    first = image.pixel(0, 0)
    step = max(1, image.width() // 97)
    for y in range(0, image.height(), max(1, image.height() // 61)):
        for x in range(0, image.width(), step):
            if image.pixel(x, y) != first:
                return True
    return False


def _hindi_interface() -> str | None:
    """Why the Hindi interface would not load (its .qm missing or not translating), or None.
    Installs and then removes the translator: the check leaves the language as it was."""
    from ui import i18n

    before = i18n.current_language()
    try:
        if not i18n.install("hi"):
            return "the Hindi interface translation (annotator_hi.qm) could not be loaded"
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.translate("menus", "&File") == "&File":
            return "the Hindi interface translation does not translate the menus"
        return None
    finally:
        i18n.install(before)


def check_project(window, qapp, path: str | Path, annotator: str) -> tuple[bool, str]:
    """Open `path` as `annotator` and check every document: all of that layer's spans and
    relations are drawn (laid out in the view, each span at its own text) and the view is
    not blank. The project is only read."""
    from annotator.project import Project
    from ui import settings as saved

    with Project.open(path) as project:
        who = project.annotator(annotator)
        if who is None:
            return False, f"{path}: no annotator {annotator!r} to render"
        expected = {d.uuid: (len(project.spans(d.uuid, who.uuid)), len(project.relations(d.uuid, who.uuid))) for d in project.documents()}
    saved.set_annotator_name(annotator)
    if not window.open_project(path):
        return False, f"the window could not open {path}"
    view = window.view
    spans = relations = 0
    for uuid, (n_spans, n_rels) in expected.items():
        window.open_document(uuid)
        qapp.processEvents()
        while view.layout_pending():  # every paragraph laid out: every span and arc placed
            view.layout_some(0.05)
        if (len(view.spans()), len(view.relations())) != (n_spans, n_rels):
            return False, f"document {uuid}: the window shows {len(view.spans())} spans and {len(view.relations())} relations of {n_spans} and {n_rels}"
        lay = view.layout_
        for span in view.spans().values():
            if span.uuid not in lay.anchors and n_spans:
                return False, f"document {uuid}: a {span.label} span was not placed in the view"
        for rel in view.relations().values():
            if view.arcs_visible and rel.uuid not in lay.rel_parts:
                return False, f"document {uuid}: a {rel.label} relation was not drawn"
        image = view.viewport().grab().toImage()
        if image.isNull() or not _non_blank(image):
            return False, f"document {uuid}: the text view rendered a blank image"
        spans += n_spans
        relations += n_rels
    return True, f"{len(expected)} documents of {Path(path).name} drawn as {annotator}: {spans} spans, {relations} relations"


def self_check(project: str | Path | None = None, annotator: str = "demo") -> tuple[bool, str]:
    """Start the window offscreen on a throwaway project and check font, core and rendering;
    with `project`, also open it as `annotator` and check every document is drawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = project  # the name `project` is reused for the throwaway project below

    tmp = Path(tempfile.mkdtemp(prefix="annotator-selfcheck-"))
    window = None
    try:
        from PySide6.QtCore import QSettings

        from annotator import edits
        from annotator.importer import import_paths
        from annotator.project import Project, resolve_scheme
        from ui import app as ui_app
        from ui import fonts
        from ui import settings as saved

        qapp = ui_app.application()
        family = fonts.register_font()
        problem = _font_covers_devanagari(family)
        if problem:
            return False, problem
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
        saved.set_annotator_name("self-check")
        path = tmp / "check.db"
        article = tmp / "check.txt"
        article.write_bytes(SAMPLE.encode("utf-8"))
        with Project.create(path, resolve_scheme(None)) as project:
            import_paths(project, [article])
            doc = project.document_by_ext_id("check").uuid
            who = edits.ensure_annotator(project, "self-check")
            a = SAMPLE.index("विजय सिंह मीणा")
            b = SAMPLE.index("पुलिस आयुक्त")
            person = edits.add_span(project, document=doc, annotator=who, start=a, end=a + len("विजय सिंह मीणा"), label="PERSON").spans[0][1]
            title = edits.add_span(project, document=doc, annotator=who, start=b, end=b + len("पुलिस आयुक्त"), label="DESIGNATION").spans[0][1]
            edits.add_relation(project, head=person.uuid, tail=title.uuid, label="HAS_DESIGNATION")
        from ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1000, 700)
        window.show()
        qapp.processEvents()
        if not window.open_project(path):
            return False, "the window could not open a new project"
        qapp.processEvents()
        view = window.view
        if len(view.spans()) != 2 or len(view.relations()) != 1:
            return False, "the window did not show the spans and relation made through the core"
        if view.text[view.spans()[person.uuid].start : view.spans()[person.uuid].end] != "विजय सिंह मीणा":
            return False, "span offsets were shifted in the window"
        image = view.viewport().grab().toImage()
        if image.isNull() or not _non_blank(image):
            return False, "the text view rendered a blank image"
        if not _non_blank(window.grab().toImage()):
            return False, "the main window rendered a blank image"
        problem = _hindi_interface()
        if problem:
            return False, problem
        reason = f"window rendered Devanagari with {family}; spans, relation and offsets are right; the Hindi interface loads"
        if target is not None:
            ok, detail = check_project(window, qapp, target, annotator)
            if not ok:
                return False, detail
            reason += f"; {detail}"
        return True, reason
    except Exception as exc:  # a self-check reports every failure as one line
        return False, f"{type(exc).__name__}: {exc}"
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        shutil.rmtree(tmp, ignore_errors=True)
