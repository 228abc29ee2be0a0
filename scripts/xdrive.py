"""Drive the window on a real X server by mouse and keyboard, a screenshot after each step.

    python scripts/xdrive.py SCENARIO [--size 1400x900] [--scale 2] [--out DIR]
    python scripts/xdrive.py all --out ../screen-shots          # every scenario at 1x and 2x

Each run starts its own Xvfb (at --size) with openbox (so resizes work), then the window
with a fresh HOME (a first run: the name dialog, the demo project), optionally at
QT_SCALE_FACTOR=2, and drives it with xdotool. Screenshots are whole-screen PNGs named
`<size>-<scale>x-<scenario>-<NN>-<step>.png`; look at them, they are the evidence.
Needs Xvfb, openbox, xdotool and ImageMagick's `import` (apt-get install xvfb openbox
xdotool imagemagick) and Qt's X libraries (scripts/ensure-qt-libs.sh).

Scenarios: first-run, annotate, long, project, review, small, readme (see each function).
Positions are written in the window's logical pixels at 1400x900 (the text of the demo
article as laid out there) and multiplied by --scale, so 1x on 1400x900 and 2x on
2800x1800 click the same words.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xdrive_scenarios import SCENARIOS

REPO = Path(__file__).resolve().parent.parent
PYTHON = REPO / ".venv" / "bin" / "python"


class Screen:
    """One Xvfb + openbox, the app processes started on it, and the screenshots taken."""

    def __init__(self, size: str, scale: int, out: Path, scenario: str, display: int = 57):
        self.width, self.height = (int(v) for v in size.split("x"))
        self.scale, self.out, self.display = scale, out, f":{display}"
        self.prefix = f"{size}-{scale}x-{scenario}"
        self.count = 0
        self.procs: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        self.home = Path(tempfile.mkdtemp(prefix="xdrive-home-"))
        self.env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "ANNOTATOR_HOME")}
        self.env.update(DISPLAY=self.display, HOME=str(self.home), LANG="C.UTF-8")
        if scale != 1:
            self.env["QT_SCALE_FACTOR"] = str(scale)

    # -- the server ---------------------------------------------------------------------------

    def __enter__(self) -> Screen:
        socket = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        self.procs.append(subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{self.width}x{self.height}x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL))
        for _ in range(100):
            if socket.exists():
                break
            time.sleep(0.05)
        self.procs.append(subprocess.Popen(["openbox", "--sm-disable"], env=self.env, stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        self.out.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc) -> None:
        for proc in [self.app, *reversed(self.procs)]:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(self.home, ignore_errors=True)

    def stop_window_manager(self) -> None:
        """Without openbox nothing holds the window to its minimum size (as on bare Xvfb)."""
        wm = self.procs[1]
        wm.terminate()
        wm.wait(5)
        time.sleep(0.5)

    # -- the app ------------------------------------------------------------------------------

    def launch(self, *args: str) -> None:
        """Start the window (`annotator [args]`) as a user would, from the repository."""
        log = open(self.out / f"{self.prefix}-app.log", "a")  # noqa: SIM115 (lives as long as the app)
        self.app = subprocess.Popen([str(PYTHON), str(REPO / "app_entry.py"), *args], env=self.env, cwd=self.home, stdout=log, stderr=log)

    def quit_with_ctrl_q(self) -> bool:
        """Ctrl+Q; True when the app exited."""
        self.key("ctrl+q")
        try:
            return self.app is not None and self.app.wait(10) is not None
        except subprocess.TimeoutExpired:
            return False

    def cli(self, *args: str) -> str:
        return subprocess.run([str(PYTHON), "-m", "annotator", *args], env=self.env, capture_output=True, text=True).stdout

    # -- windows ------------------------------------------------------------------------------

    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True).stdout.strip()

    def find(self, name: str, timeout: float = 20.0) -> str:
        """The id of the visible window whose title matches `name` (a regex), waiting for it."""
        end = time.time() + timeout
        while time.time() < end:
            ids = self.xdo("search", "--onlyvisible", "--name", name).split()
            if ids:
                time.sleep(0.6)  # let it paint
                return ids[-1]
            time.sleep(0.2)
        raise SystemExit(f"xdrive: no window titled {name!r} within {timeout:.0f} s (see {self.prefix}-app.log)")

    def gone(self, name: str, timeout: float = 5.0) -> bool:
        end = time.time() + timeout
        while time.time() < end:
            if not self.xdo("search", "--onlyvisible", "--name", name):
                return True
            time.sleep(0.2)
        return False

    def origin(self, wid: str) -> tuple[int, int, int, int]:
        """(x, y, width, height) of a window's client area on the screen, in screen pixels."""
        # xwininfo, not `xdotool getwindowgeometry`: that counts openbox's title bar twice.
        info = subprocess.run(["xwininfo", "-id", wid], env=self.env, capture_output=True, text=True).stdout
        values = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in info.splitlines())}
        return tuple(int(values[k]) for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"))  # type: ignore[return-value]

    def resize(self, wid: str, width: int, height: int) -> None:
        """Resize the window's client area to `width` x `height` logical pixels."""
        self.xdo("windowsize", wid, str(width * self.scale), str(height * self.scale))
        time.sleep(1.0)

    # -- input --------------------------------------------------------------------------------

    def at(self, wid: str, x: int, y: int) -> tuple[str, str]:
        ox, oy, _, _ = self.origin(wid)
        return str(ox + x * self.scale), str(oy + y * self.scale)

    def key(self, *keys: str, pause: float = 0.5) -> None:
        for k in keys:
            self.xdo("key", "--clearmodifiers", k)
            time.sleep(0.15)
        time.sleep(pause * self.scale)  # 2x paints four times the pixels

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "40", text)
        time.sleep(0.3)

    def click(self, wid: str, x: int, y: int, pause: float = 0.5) -> None:
        self.xdo("mousemove", *self.at(wid, x, y), "click", "1")
        time.sleep(pause)

    def hover(self, wid: str, x: int, y: int) -> None:
        self.xdo("mousemove", *self.at(wid, x, y))
        time.sleep(0.3)

    def drag(self, wid: str, x1: int, y: int, x2: int) -> None:
        """Press at (x1, y), move in steps to (x2, y) and release: a drag along one line."""
        self.xdo("mousemove", *self.at(wid, x1, y), "mousedown", "1")
        for i in range(1, 5):
            self.xdo("mousemove", *self.at(wid, x1 + (x2 - x1) * i // 4, y))
            time.sleep(0.05)
        self.xdo("mouseup", "1")
        time.sleep(0.3)

    def shot(self, step: str) -> Path:
        self.count += 1
        path = self.out / f"{self.prefix}-{self.count:02d}-{step}.png"
        time.sleep(0.4)
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True)
        print(path.name, flush=True)
        return path

    def note(self, text: str) -> None:
        with open(self.out / f"{self.prefix}-notes.txt", "a", encoding="utf-8") as f:
            f.write(text + "\n")
        print("  " + text, flush=True)




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=[*SCENARIOS, "all"])
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO.parent / "screen-shots")
    parser.add_argument("--display", type=int, default=57)
    a = parser.parse_args(argv)
    for tool in ("Xvfb", "openbox", "xdotool", "import"):
        if shutil.which(tool) is None:
            print(f"xdrive: {tool} is not installed (apt-get install xvfb openbox xdotool imagemagick)", file=sys.stderr)
            return 1
    if a.scenario == "all":
        runs = [(name, "1400x900", 1) for name in SCENARIOS if name not in ("small", "readme")]
        runs += [(name, "2800x1800", 2) for name in SCENARIOS if name not in ("small", "readme")]
        runs += [("small", "1400x900", 2), ("small", "2800x1800", 2)]
    else:
        runs = [(a.scenario, a.size, a.scale)]
    for name, size, scale in runs:
        print(f"== {name} at {size}, {scale}x", flush=True)
        with Screen(size, scale, a.out, name, a.display) as s:
            SCENARIOS[name](s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
