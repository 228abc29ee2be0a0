"""Desktop app benchmarks (not timed tests): size of the built app and start to a shown window,
each beside a limit measured in the same run.

- start to the main window's first paint: the built app (one folder, and one file when
  dist/onefile/ holds one), and the same entry point from source, against bare Qt
  (`python -c` that shows an empty QMainWindow);
- size of the one-folder build (and of the one-file build in dist/onefile/ when there is
  one), against 150 MB.

The app is started with ANNOTATOR_EXIT_AFTER_SHOW=1 (see app_entry.py): it prints
`ANNOTATOR_SHOWN_AT <unix time>` at its first paint and quits. Each subject runs once to
warm up (the first run also makes the demo project) and then RUNS times; the median counts.
Every run gets a private data folder and settings file (with an annotator name, so no
dialog asks for one) and, unless QT_QPA_PLATFORM is set, the offscreen platform.

ANNOTATOR_DIST names the folder holding the build (default: dist/ in the checkout).
`run()` returns one dict per figure: name, value, limit, ratio (value / limit; <= 1 meets
the target), unit and target. `python -m bench.bench_app` prints them as JSON lines.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "HindiAnnotator"
RUNS = 5
START_TARGET_S = 2.0
SIZE_LIMIT_MB = 150.0
SHOWN_MARK = "ANNOTATOR_SHOWN_AT"

BARE_QT = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            app.removeEventFilter(self)
            print("{SHOWN_MARK}", f"{{time.time():.6f}}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
app.exec()
"""


def dist_dir() -> Path:
    return Path(os.environ.get("ANNOTATOR_DIST") or ROOT / "dist")


def built_app() -> Path | None:
    """The one-folder build's executable, if there is one."""
    base = dist_dir()
    for candidate in (
        base / APP_NAME / (APP_NAME + ".exe"),
        base / APP_NAME / APP_NAME,
        base / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME,
    ):
        if candidate.is_file():
            return candidate
    return None


def folder_mb(path: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total / 1e6


def _environment(folder: Path) -> dict[str, str]:
    """A private data folder and settings file that already know the annotator's name."""
    config = folder / "config"
    ini = config / "HindiAnnotator" / "annotator.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[annotator]\nname=bench\n", encoding="utf-8")
    env = dict(os.environ, ANNOTATOR_HOME=str(folder / "home"), XDG_CONFIG_HOME=str(config), ANNOTATOR_EXIT_AFTER_SHOW="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def time_to_shown(command: list[str], env: dict[str, str], runs: int = RUNS) -> list[float]:
    """Seconds from spawning `command` to its first paint, one warm-up run then `runs` runs."""
    times = []
    for i in range(runs + 1):
        t0 = time.time()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
        marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith(SHOWN_MARK)]
        if done.returncode != 0 or not marks:
            raise RuntimeError(f"{command[0]} exited {done.returncode} without showing a window: {done.stderr.strip()[-500:]}")
        if i:
            times.append(float(marks[0]) - t0)
    return times


def _entry(name: str, value: float, limit: float, unit: str, target: str) -> dict:
    return {"name": name, "value": round(value, 3), "limit": round(limit, 3), "ratio": round(value / limit, 3), "unit": unit, "target": target}


def run() -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        base = Path(tmp)
        bare = statistics.median(time_to_shown([sys.executable, "-c", BARE_QT], _environment(base / "bare")))
        source = statistics.median(time_to_shown([sys.executable, str(ROOT / "app_entry.py")], _environment(base / "source")))
        rows.append(_entry("app start to shown window, from source (median)", source, bare, "s vs bare Qt", f"< {START_TARGET_S:g} s"))
        app = built_app()
        if app is None:
            print(f"bench_app: no built app in {dist_dir()} (make app); measured the source run only", file=sys.stderr)
        else:
            built = statistics.median(time_to_shown([str(app)], _environment(base / "built")))
            rows.append(_entry("app start to shown window, built one-folder (median)", built, bare, "s vs bare Qt", f"< {START_TARGET_S:g} s"))
            folder = app.parent if app.parent.name != "MacOS" else app.parents[2]
            rows.append(_entry("built one-folder app size", folder_mb(folder), SIZE_LIMIT_MB, "MB", f"< {SIZE_LIMIT_MB:g} MB"))
        for onefile in (dist_dir() / "onefile" / APP_NAME, dist_dir() / "onefile" / f"{APP_NAME}.exe"):
            if onefile.is_file():
                unpacked = statistics.median(time_to_shown([str(onefile)], _environment(base / "onefile")))
                rows.append(_entry("app start to shown window, built one-file (median)", unpacked, bare, "s vs bare Qt", f"< {START_TARGET_S:g} s"))
                rows.append(_entry("built one-file app size", onefile.stat().st_size / 1e6, SIZE_LIMIT_MB, "MB", f"< {SIZE_LIMIT_MB:g} MB"))
        rows.append(_entry("bare Qt start to shown QMainWindow (median)", bare, bare, "s", "the floor"))
    return rows


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row, ensure_ascii=False))
