"""The shape of the code, checked: the import contracts hold, the core never names or imports
the window's package, and neither package has an import cycle."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "annotator"


def _env(tmp_path: Path) -> dict[str, str]:
    """A child environment with no display, a private data folder, and this checkout first on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(ANNOTATOR_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    return env


# -- (a) the import-linter contracts ----------------------------------------------------------


def test_import_contracts_pass(tmp_path):
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    done = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, cwd=ROOT, env=_env(tmp_path), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" in done.stdout and " 0 broken" in done.stdout, done.stdout


# -- (b) the core never names the window's package -------------------------------------------

# `import ui`, `from ui...`, or a string naming it ("ui", 'ui.app') as importlib would take it.
NAMES_UI = re.compile(r"""^\s*(?:import|from)\s+ui\b|["']ui(?:\.[\w.]*)?["']""", re.MULTILINE)


def test_the_core_never_names_the_window_package():
    found = []
    for path in sorted(CORE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in NAMES_UI.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0).strip()}")
    assert not found, "annotator/ must not reach the window's package, not even by name (the launcher, app_entry.py, passes the window in):\n" + "\n".join(found)


def test_the_pattern_sees_a_name_lookup():
    """The check above would see what the old command line did."""
    assert NAMES_UI.search('app = importlib.import_module("ui.app")')
    assert NAMES_UI.search("    from ui.selfcheck import self_check")
    assert NAMES_UI.search("import ui")
    assert not NAMES_UI.search('label = "ui_scale"; build = "guide"')


# -- (c) the command line never imports Qt ------------------------------------------------------

# Runs `python -m annotator ARGS` in this process, then lists what of Qt or ui got imported.
_PROBE = r"""
import json, runpy, sys
sys.argv = ["annotator", *sys.argv[1:]]
code = None
try:
    runpy.run_module("annotator", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print("PROBE", json.dumps({"code": code, "loaded": loaded}))
"""


def _run_core(tmp_path: Path, *args: str) -> tuple[int, list[str], str, str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, env=_env(tmp_path), timeout=120)
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert last.startswith("PROBE "), done.stdout + done.stderr
    result = json.loads(last[len("PROBE ") :])
    return result["code"], result["loaded"], done.stdout, done.stderr


def test_the_command_line_never_imports_qt(tmp_path):
    db = str(tmp_path / "p.db")
    for args in (["--help"], ["init", db], ["stats", db, "--json"], ["self-check", "--only", "project", "window"]):
        code, loaded, out, err = _run_core(tmp_path, *args)
        assert code == 0, f"annotator {' '.join(args)} exited {code}:\n{out}{err}"
        assert not loaded, f"python -m annotator {' '.join(args)} imported {', '.join(loaded[:8])}"
        if args[0] == "stats":
            assert '"documents": 0' in out, out


def test_the_command_line_alone_points_at_the_window(tmp_path):
    code, loaded, _, err = _run_core(tmp_path)
    assert code == 2 and not loaded
    assert "python -m annotator runs commands only" in err and "make run" in err


def test_the_window_is_what_the_launcher_passes_in(tmp_path, capsys):
    from annotator.cli import main

    opened: list[str | None] = []
    checked: list[tuple[Path | None, str]] = []

    def window(project: str | None) -> int:
        opened.append(project)
        return 7

    def window_check(project: Path | None, annotator: str) -> tuple[bool, str]:
        checked.append((project, annotator))
        return True, "drawn"

    assert main([], window=window) == 7 and main(["news.db"], window=window) == 7
    assert opened == [None, "news.db"]
    assert main(["self-check", "--only", "demo", "window"], window=window, window_check=window_check) == 0
    [(project, annotator)] = checked
    assert project is not None and project.name == "demo.db" and annotator == "demo"
    assert "drawn" in capsys.readouterr().out


def test_its_self_check_says_the_window_was_not_checked(tmp_path):
    code, loaded, out, _ = _run_core(tmp_path, "self-check", "--only", "translit", "window")
    assert code == 0 and not loaded
    assert any(line.startswith("skip  window") for line in out.splitlines()), out
    assert "the window was not checked" in out


# -- (d) no import cycles ------------------------------------------------------------------------


def import_cycles(package: str) -> list[list[str]]:
    """The import cycles of `package`: each strongly connected component of two or more
    modules, as lines `a -> b (l.N)` for the imports inside it. Every import grimp sees counts:
    one inside a function is still a dependency, and one under `if TYPE_CHECKING:` still ties
    the two modules' designs together (issue 11 counts `menus` typed against `MainWindow`)."""
    grimp = pytest.importorskip("grimp")
    graph = grimp.build_graph(package, cache_dir=None)
    edges = {m: sorted(d for d in graph.find_modules_directly_imported_by(m) if d in graph.modules and d != m) for m in graph.modules}
    cycles = []
    for component in _strongly_connected(edges):
        if len(component) < 2:
            continue
        inside = set(component)
        lines = []
        for a in sorted(component):
            for b in edges[a]:
                if b in inside:
                    at = sorted({d["line_number"] for d in graph.get_import_details(importer=a, imported=b)})
                    lines.append(f"{a} -> {b} (l.{', '.join(map(str, at))})")
        cycles.append(lines)
    return cycles


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (a deep package must not hit the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component.append(top)
                        if top == node:
                            break
                    found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(edges[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert _strongly_connected({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"], ["d"]]


@pytest.mark.parametrize("package", ["annotator", "ui"])
def test_no_import_cycles(package):
    cycles = import_cycles(package)
    assert not cycles, f"{len(cycles)} import cycle(s) in {package}/:\n\n" + "\n\n".join("\n".join(c) for c in cycles)
