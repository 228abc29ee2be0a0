"""The core never imports Qt: every annotator module imports with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import annotator

ROOT = Path(__file__).resolve().parents[2]

BLOCK = r"""
import importlib, importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
            raise ImportError(f"the core imported {name}")
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
from annotator.cli import main
for cmd in (["--help"],):
    try:
        main(cmd)
    except SystemExit:
        pass
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok", len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_qt():
    names = ["annotator"] + [f"annotator.{m.name}" for m in pkgutil.walk_packages(annotator.__path__) if not m.name.startswith("_")]
    names = [n for n in names if not n.endswith("__main__")]
    done = subprocess.run([sys.executable, "-c", BLOCK, *names], capture_output=True, text=True, cwd=ROOT, env={"PATH": "", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("ok")


def test_import_linter_contract():
    import shutil

    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint).exists():
        import pytest

        pytest.skip("import-linter is not installed")
    done = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
