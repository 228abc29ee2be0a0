"""How long Review ▸ Agreement blocks the window's thread on a generated project (printed, not
asserted): the old way (the report computed on the GUI thread, then the tables filled) against
the dialog's background job, where the GUI thread only starts the job, moves the progress bar
and fills the tables. Also the review window's accept-agreed (Ctrl+Shift+A), which stays on the
GUI thread: it touches one document, so its time must not grow with the project. A 5 ms timer on the GUI thread measures the longest gap between its
ticks while the dialog works: the longest the window could not answer.

    QT_QPA_PLATFORM=offscreen python -m bench.agreement_gui        # BENCH_N=2000 documents
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

ANNOTATORS = ("asha", "ravi")


def make_project(folder: Path, n: int) -> Path:
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme
    from bench.bench_team import write_layer

    path = folder / "team.db"
    with Project.create(path, resolve_scheme("hiner")) as project:
        for k, who in enumerate(ANNOTATORS):
            src = folder / f"{who}.jsonl"
            write_layer(src, n, who, seed=k)
            import_paths(project, [src], as_annotator=who)
    return path


class Gaps:
    """The longest wait between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.agreement_report import project_agreement
    from annotator.project import Project
    from ui.review.agreement_dialog import WORST, AgreementDialog

    app = QApplication.instance() or QApplication([])
    n = int(os.environ.get("BENCH_N", "2000"))
    with tempfile.TemporaryDirectory() as tmp:
        path = make_project(Path(tmp), n)
        with Project.open(path) as project:
            dialog = AgreementDialog(None, project)
            dialog._cancel_current()  # nothing runs yet: the dialog only starts on compute()
            # before: everything on the GUI thread
            t0 = time.perf_counter()
            report = project_agreement(project, annotators=dialog.annotators())  # all documents listed, as before
            t1 = time.perf_counter()
            dialog.show_report(report)
            t2 = time.perf_counter()
            print(f"{n} documents, 2 annotators, {report['documents']} compared")
            print(f"before: GUI thread blocked {t2 - t0:.3f} s in one go (report {t1 - t0:.3f} s + tables {t2 - t1:.3f} s)")
            # after: the job
            dialog.report = None
            dialog._clear_tables()  # as a fresh dialog has them
            app.processEvents()
            gaps = Gaps()
            t0 = time.perf_counter()
            dialog.compute()
            started = time.perf_counter() - t0
            while dialog.report is None:
                app.processEvents()
                time.sleep(0.001)
            total = time.perf_counter() - t0
            end = time.perf_counter() + 0.05
            while time.perf_counter() < end:  # let the timer tick once more after the tables filled
                app.processEvents()
                time.sleep(0.001)
            print(f"after: compute() returned in {started * 1000:.1f} ms; report shown after {total:.3f} s; longest GUI-thread stall {gaps.longest * 1000:.1f} ms (the tables filling, at most {WORST} documents listed)")
            dialog.stop_jobs()
            dialog.deleteLater()
            app.processEvents()
            print(f"accept agreed (Ctrl+Shift+A, one document, core): {accept_one(project) * 1000:.1f} ms")


def accept_one(project) -> float:
    """Median time of accepting the agreed spans of one document (the review window's
    Ctrl+Shift+A runs this on the GUI thread): its cost must not grow with the project."""
    import statistics

    from annotator import adjudicate

    times = []
    for doc in list(project.documents())[100:109]:
        t0 = time.perf_counter()
        changes = adjudicate.accept_agreed(project, document=doc.uuid, annotators=list(ANNOTATORS), curator="lead")
        times.append(time.perf_counter() - t0)
        assert changes.spans
    return statistics.median(times)


if __name__ == "__main__":
    main()
