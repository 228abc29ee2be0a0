"""Window benchmarks, measured side by side in one run (not timed tests).

- open a 50,000-character document with 3,000 spans and 500 relations, against bare Qt
  (QPlainTextEdit + setExtraSelections) showing the same text with the same highlights;
- add one span: from the key press to the repainted view;
- the document list of 100,000 documents appears.

`run()` returns one dict per figure: name, value, limit, ratio (value / limit; <= 1 meets
the target), unit and target. `python -m bench.bench_ui` prints them as JSON lines.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

DOC_CHARS = 50_000
SPANS = 3_000
RELATIONS = 500
LIST_DOCS = 100_000
LABELS = ("PERSON", "DESIGNATION", "LOCATION", "ORGANIZATION", "DATE")


def _rows(project, doc: str, annotator: str, text: str) -> tuple[list[tuple], list[tuple], list[tuple[int, int]]]:
    """3,000 spans on words (every tenth a two-word span around a one-word span, so spans
    nest), 500 PERSON -> DESIGNATION relations, and the words left free for adding."""
    from annotator import store
    from annotator.text import words

    ws = words(text)
    now = store.now_us()
    ids = store.uuid_batch()
    spans, free, used = [], [], 0
    step = max(1, len(ws) // SPANS)
    for i in range(0, len(ws)):
        if i % step or used >= SPANS:
            free.append(ws[i])
            continue
        start, end = ws[i]
        label = LABELS[(used // 2) % len(LABELS)] if used % 2 == 0 else LABELS[1 - (used // 2) % 2]
        spans.append((next(ids), doc, annotator, start, end, label, None, now, now))
        used += 1
        if used % 10 == 0 and i + 1 < len(ws) and used < SPANS:
            spans.append((next(ids), doc, annotator, start, ws[i + 1][1], "ORGANIZATION", None, now, now))
            used += 1
    persons = [s for s in spans if s[5] == "PERSON"]
    titles = [s for s in spans if s[5] == "DESIGNATION"]
    relations = []
    for k in range(min(RELATIONS, len(persons), len(titles))):
        relations.append((next(ids), doc, annotator, persons[k][0], titles[k][0], "HAS_DESIGNATION", None, now, now))
    return spans, relations, free


def _make_project(folder: Path):
    from annotator import edits
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme
    from ui.screenshot import ARTICLE

    base = ARTICLE.read_text(encoding="utf-8") if ARTICLE.exists() else "पुलिस आयुक्त विजय सिंह मीणा ने कानपुर में बताया। "
    text = (base * (DOC_CHARS // len(base) + 1))[:DOC_CHARS]
    article = folder / "big.txt"
    article.write_bytes(text.encode("utf-8"))
    path = folder / "bench.db"
    project = Project.create(path, resolve_scheme("hindi-news"))
    import_paths(project, [article])
    doc = project.document_by_ext_id("big").uuid
    who = edits.ensure_annotator(project, "bench")
    spans, relations, free = _rows(project, doc, who, text)
    with project.atomic():
        cur = project.db.cursor()
        cur.executemany('INSERT INTO span (uuid, document, annotator, start, "end", label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', spans)
        cur.executemany("INSERT INTO relation (uuid, document, annotator, head, tail, label, provenance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", relations)
    project.close()
    return path, doc, text, free


def _bare_qt(text: str, spans, font, size) -> float:
    """Seconds for a bare QPlainTextEdit to show `text` with one highlight per span."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

    from ui.text.offsets import OffsetMap

    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    edit.setFont(font)
    edit.resize(size)
    edit.show()
    QApplication.processEvents()
    colours = {label: QColor(c) for label, c in zip(LABELS, ("#4FC3F7", "#BA68C8", "#FFB74D", "#81C784", "#F06292"))}
    t0 = time.perf_counter()
    omap = OffsetMap(text)
    edit.setPlainText(text)
    selections = []
    for s in spans:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(omap.to_qt(s.start))
        cursor.setPosition(omap.to_qt(s.end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(colours.get(s.label, QColor("#B0BEC5")))
        sel.format = fmt
        selections.append(sel)
    edit.setExtraSelections(selections)
    edit.viewport().repaint()
    elapsed = time.perf_counter() - t0
    edit.close()
    edit.deleteLater()
    return elapsed


def _entry(name: str, value: float, limit: float, unit: str, target: str) -> dict:
    return {"name": name, "value": round(value, 3), "limit": limit, "ratio": round(value / limit, 3), "unit": unit, "target": target}


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from ui import app as ui_app
    from ui import fonts
    from ui import settings as saved

    qapp = ui_app.application()
    fonts.register_font()
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        saved.set_annotator_name("bench")
        path, doc, text, free = _make_project(folder)
        from ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        qapp.processEvents()
        window.open_project(path)
        qapp.processEvents()
        ours, bare = [], []
        spans = list(window.view.spans().values())
        assert len(spans) == SPANS and len(window.view.relations()) == RELATIONS, (len(spans), len(window.view.relations()))
        for _ in range(5):
            window.navigator.clear()
            qapp.processEvents()
            t0 = time.perf_counter()
            window.open_document(doc)
            window.view.viewport().repaint()
            ours.append(time.perf_counter() - t0)
            bare.append(_bare_qt(text, spans, fonts.text_font(window.view.zoom), window.view.viewport().size()))
        ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
        out.append(_entry("ui.open_document_ms", ours_ms, 150.0, "ms", "< 150 ms to open 50,000 chars, 3,000 spans, 500 relations"))
        out.append(_entry("ui.open_document_vs_bare_qt", ours_ms / bare_ms, 2.0, "x", f"<= 2x bare QPlainTextEdit + extra selections ({bare_ms:.1f} ms in this run)"))

        view = window.view
        while view.layout_pending():  # the idle pass finishes before anyone types
            qapp.processEvents()
        adds = []
        for start, end in free[100:130]:
            view.set_text_selection(start, end)
            qapp.processEvents()
            t0 = time.perf_counter()
            QTest.keyClick(view, "p")  # push AddSpan -> core transaction -> Changes -> view
            qapp.processEvents()  # the repaint of the touched region
            adds.append(time.perf_counter() - t0)
            assert view.selected_span() is not None
        out.append(_entry("ui.add_span_ms", statistics.median(adds) * 1000, 16.0, "ms", "< 16 ms from key press to repainted view"))
        window.close()

        out.append(_document_list(folder, qapp))
    return out


def fill_documents(path: Path, n: int) -> None:
    """n short documents in one executemany, shaped as annotator.importer writes them."""
    from annotator import store
    from annotator.project import Project
    from annotator.text import sha256_text

    now = store.now_us()
    rows = []
    for i in range(n):
        text = f"दस्तावेज़ संख्या {i}: कानपुर समाचार"
        sha = sha256_text(text)
        rows.append((store.document_uuid(sha), f"news-{i:06d}", sha, text, "{}", i + 1, now, now))
    with Project.open(path) as project, project.atomic():
        project.db.cursor().executemany(
            "INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


def _document_list(folder: Path, qapp) -> dict:
    from annotator import edits
    from annotator.project import Project, resolve_scheme
    from ui.document_list import DocumentList
    from ui.models import DocumentListModel

    path = folder / "list.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    fill_documents(path, LIST_DOCS)
    times = []
    with Project.open(path) as project:
        who = edits.ensure_annotator(project, "bench")
        for _ in range(3):
            t0 = time.perf_counter()
            model = DocumentListModel()
            model.set_project(project, who)
            panel = DocumentList(model)
            panel.resize(400, 800)
            panel.show()
            panel.table.viewport().repaint()
            times.append(time.perf_counter() - t0)
            assert model.rowCount() == LIST_DOCS
            panel.close()
            panel.deleteLater()
            qapp.processEvents()
    return _entry("ui.document_list_100k_ms", statistics.median(times) * 1000, 500.0, "ms", "< 500 ms for the list of 100,000 documents to appear")


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row, ensure_ascii=False))
