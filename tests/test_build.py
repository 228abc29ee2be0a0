"""The desktop build: build_app.spec lists what the frozen app needs, the self-check works from
source, the entry point runs the command line, and nothing imports indic_transliteration at
start-up (it costs ~0.3 s and reads ~90 data files; only romanising needs it)."""

from __future__ import annotations

import ast
import importlib.util
import os
import pkgutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import annotator

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_app.spec"
CHECK_NAMES = ("resources", "font", "translit", "user-data", "project", "demo", "window")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A child environment with a private data folder and settings that know the annotator."""
    ini = tmp_path / "config" / "HindiAnnotator" / "annotator.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[annotator]\nname=test\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(ANNOTATOR_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


# -- the spec ---------------------------------------------------------------------------------


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps their arguments."""

    made: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).made.append((type(self).__name__, args, kwargs))
        self.datas = list(kwargs.get("datas", []))
        # Analysis gives 3-tuples (dest, source, typecode); the spec adds its own after.
        self.datas = [(str(Path(dest) / Path(src).name), src, "DATA") for src, dest in self.datas]
        self.binaries, self.scripts, self.pure = [], [], []


def _run_spec(monkeypatch, onefile: bool, platform: str = "", workpath: Path | None = None) -> dict[str, list]:
    """Run build_app.spec with PyInstaller's build steps stood in; `platform` runs another
    system's branches (a dry run of its parts: nothing is built)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[build]')")
    classes = {name: type(name, (_Recorder,), {"made": []}) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    monkeypatch.setenv("ANNOTATOR_ONEFILE", "1" if onefile else "")
    monkeypatch.setenv("ANNOTATOR_SPEC_PLATFORM", platform)
    spec_globals = {"__name__": "__main__", "__file__": str(SPEC), "SPECPATH": str(ROOT), **classes}
    if workpath is not None:
        spec_globals["workpath"] = str(workpath)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return {name: cls.made for name, cls in classes.items()} | {"globals": [spec_globals]}


def test_spec_is_valid_python_and_names_its_inputs():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text, filename=str(SPEC))
    for needle in ('collect_data_files("indic_transliteration"', "annotator.__version__", "app_entry.py", '"resources"', "ANNOTATOR_ONEFILE", "fontpkg_noto_sans_devanagari"):
        assert needle in text, needle


@pytest.fixture(scope="module")
def one_folder_spec():
    with pytest.MonkeyPatch.context() as mp:
        yield _run_spec(mp, onefile=False)


def test_spec_bundles_resources_font_and_translit_data(one_folder_spec):
    [(_, args, kwargs)] = one_folder_spec["Analysis"]
    analysis = one_folder_spec["globals"][0]["a"]
    dests = {Path(dest).as_posix() for dest, _, _ in analysis.datas}
    for needed in ("resources/schemes/hindi-news.toml", "resources/schemes/hiner.toml", "resources/demo/demo.jsonl", "resources/icons/annotator.png", "resources/fonts/OFL.txt"):
        assert needed in dests, needed
    assert any(d.startswith("resources/fonts/NotoSansDevanagari") and d.endswith(".ttf") for d in dests)
    assert not any(d.endswith(".py") for d in dests if d.startswith("resources/")), "build scripts must stay out of the bundle"
    # The window's Hindi, compiled from its .ts by the spec (the .ts itself stays out).
    assert "resources/translations/annotator_hi.qm" in dests
    assert not any(d.endswith((".ts", ".qm")) for d in dests if d.startswith("resources/translations/") and not d.endswith("annotator_hi.qm"))
    qm = next(src for dest, src, _ in analysis.datas if Path(dest).as_posix() == "resources/translations/annotator_hi.qm")
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(qm) and translator.translate("menus", "&File") == "फ़ाइल (&F)"
    translit = [d for d in dests if d.startswith("indic_transliteration/") and d.endswith((".toml", ".json"))]
    assert len(translit) >= 80, f"only {len(translit)} indic_transliteration data files"
    assert Path(args[0][0]).name == "app_entry.py"
    for module in ("annotator.cli.selfcheck", "annotator.cli.team", "annotator.cli.search", "ui.app", "ui.selfcheck", "ui.main_window"):
        assert module in kwargs["hiddenimports"], module
    for unused in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "spacy", "numpy"):
        assert unused in kwargs["excludes"], unused


def test_spec_one_folder_by_default_named_and_versioned(one_folder_spec):
    [(_, _, exe)] = one_folder_spec["EXE"]
    assert exe["name"] == "HindiAnnotator"
    assert exe["exclude_binaries"] is True
    [(_, _, coll)] = one_folder_spec["COLLECT"]
    assert coll["name"] == "HindiAnnotator"
    assert one_folder_spec["globals"][0]["VERSION"] == annotator.__version__


def test_spec_one_file_when_asked(monkeypatch):
    made = _run_spec(monkeypatch, onefile=True)
    assert made["COLLECT"] == []
    [(_, args, exe)] = made["EXE"]
    assert exe["name"] == "HindiAnnotator" and not exe.get("exclude_binaries")
    assert len(args) >= 4, "a one-file EXE carries the binaries and data itself"


def test_spec_drops_unused_qt_plugins_and_translations(one_folder_spec):
    wanted = one_folder_spec["globals"][0]["wanted"]
    assert not wanted(("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"))
    assert not wanted(("PySide6/Qt/plugins/imageformats/libqjpeg.so", "x", "BINARY"))
    assert wanted(("PySide6/Qt/plugins/imageformats/libqsvg.so", "x", "BINARY"))
    assert wanted(("PySide6/Qt/plugins/platforms/libqoffscreen.so", "x", "BINARY")), "the self-check needs offscreen"
    assert wanted(("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "x", "BINARY")), "typing Devanagari needs ibus"
    assert wanted(("resources/schemes/hindi-news.toml", "x", "DATA"))
    if sys.platform.startswith("linux"):
        assert wanted(("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"))
        assert not wanted(("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY"))


def _pyinstaller_versioninfo(monkeypatch):
    """PyInstaller's own reader of the .exe version file. The module imports pywin32 and pefile
    at its top for the parts that patch an .exe on Windows; its text parser needs neither, so
    on other systems a stand-in fills in for pywin32."""
    pytest.importorskip("pefile", reason="pefile is not installed (pip install -e '.[build]')")
    import PyInstaller.compat

    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    import PyInstaller.utils.win32.versioninfo as versioninfo

    return versioninfo


def test_spec_windows_parts_dry_run(monkeypatch, tmp_path):
    made = _run_spec(monkeypatch, onefile=False, platform="win32", workpath=tmp_path)
    [(_, _, exe)] = made["EXE"]
    assert exe["console"] is True and exe["hide_console"] == "hide-early" and exe["strip"] is False
    assert made["BUNDLE"] == [], "no .app outside macOS"
    from PyInstaller.building.icon import normalize_icon_type

    assert normalize_icon_type(exe["icon"], ("exe", "ico"), "ico", str(tmp_path)) == exe["icon"]
    # The version file goes through PyInstaller's own parser, as on Windows; its binary
    # encoder packs native C longs, so it is exercised on Windows only (the workflow builds there).
    versioninfo = _pyinstaller_versioninfo(monkeypatch)
    info = versioninfo.load_version_info_from_text_file(exe["version"])
    text = str(info)
    assert str(eval(text, vars(versioninfo))) == text, "the parsed resource prints back to itself"
    numbers = made["globals"][0]["version_numbers"](annotator.__version__)
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    for needle in (f"'FileVersion', '{annotator.__version__}'", "'OriginalFilename', 'HindiAnnotator.exe'", "'ProductName', 'HindiAnnotator'"):
        assert needle in text, needle


def test_spec_version_numbers_are_four_integers(one_folder_spec):
    numbers = one_folder_spec["globals"][0]["version_numbers"]
    assert numbers("1.4.0rc1") == (1, 4, 0, 0)
    assert numbers("2.10") == (2, 10, 0, 0)
    assert numbers("3.1.4.1.5") == (3, 1, 4, 1)


def test_spec_macos_parts_dry_run(monkeypatch, tmp_path):
    import plistlib

    made = _run_spec(monkeypatch, onefile=False, platform="darwin", workpath=tmp_path)
    [(_, _, exe)] = made["EXE"]
    assert exe["console"] is False and exe["strip"] is False and "version" not in exe
    [(_, args, bundle)] = made["BUNDLE"]
    assert bundle["name"] == "HindiAnnotator.app" and bundle["bundle_identifier"] == "org.hindiannotator.app"
    assert args[0] is made["globals"][0]["coll"], "the .app wraps the one-folder build"
    from PyInstaller.building.icon import normalize_icon_type

    assert normalize_icon_type(bundle["icon"], ("icns",), "icns", str(tmp_path)) == bundle["icon"]
    plist = plistlib.loads(plistlib.dumps(bundle["info_plist"]))  # what BUNDLE writes to Info.plist
    assert plist["CFBundleShortVersionString"] == annotator.__version__
    [doc] = plist["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeExtensions"] == ["db"] and doc["LSHandlerRank"] == "Alternate"
    assert doc["CFBundleTypeIconFile"] == Path(bundle["icon"]).name


def test_spec_linux_parts_are_the_default(one_folder_spec):
    [(_, _, exe)] = one_folder_spec["EXE"]
    spec = one_folder_spec["globals"][0]
    if sys.platform.startswith("linux"):
        assert spec["IS_LINUX"] and exe["strip"] is True and exe["icon"] is None
    assert "version" not in exe or sys.platform == "win32"


def test_icons_are_ours_and_well_formed():
    icons = ROOT / "resources" / "icons"
    png = (icons / "annotator.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "annotator.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (icons / "annotator.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert (icons / "make_icons.py").is_file(), "the icon is drawn by our own script"


# -- self-check and entry point ---------------------------------------------------------------


def test_self_check_passes_from_source_with_no_display(tmp_path):
    done = subprocess.run([sys.executable, "app_entry.py", "self-check"], capture_output=True, text=True, encoding="utf-8", env=_env(tmp_path), cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in CHECK_NAMES:
        assert any(line.startswith("ok") and f" {name} " in line for line in lines), f"no passing {name} line in:\n{done.stdout}"
    assert "kanpur" in done.stdout and "self-check passed" in lines[-1]


def test_self_check_fails_with_the_reason(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    env = _env(tmp_path, ANNOTATOR_HOME=str(not_a_folder))
    done = subprocess.run([sys.executable, "-m", "annotator", "self-check", "--only", "user-data"], capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1].startswith("FAIL  user-data")
    assert "self-check failed" in done.stderr and "user-data" in done.stderr and str(not_a_folder) in done.stderr


def test_app_entry_runs_the_command_line(tmp_path, monkeypatch, capsys):
    sys.path.insert(0, str(ROOT))
    try:
        import app_entry
    finally:
        sys.path.remove(str(ROOT))
    db = tmp_path / "p.db"
    assert app_entry.main(["init", str(db)]) == 0
    assert app_entry.main(["stats", str(db), "--json"]) == 0
    assert '"documents": 0' in capsys.readouterr().out


# -- start-up stays light ---------------------------------------------------------------------

_STARTUP_PROBE = r"""
import importlib, pkgutil, sys
import annotator, annotator.cli
names = [m.name for m in pkgutil.walk_packages(annotator.__path__, "annotator.") if not m.name.endswith("__main__")]
if sys.argv[1] == "1":
    import ui
    names += [m.name for m in pkgutil.walk_packages(ui.__path__, "ui.")]
for name in names:
    importlib.import_module(name)
annotator.cli.build_parser()
if sys.argv[2] == "1":
    import app_entry
    assert app_entry.main([]) == 0
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "indic_transliteration")
print("LOADED", " ".join(loaded[:5]) if loaded else "-")
"""


def _has_qt() -> bool:
    return importlib.util.find_spec("PySide6") is not None


def test_no_module_imports_indic_transliteration_at_import(tmp_path):
    qt = "1" if _has_qt() else "0"
    done = subprocess.run([sys.executable, "-c", _STARTUP_PROBE, qt, "0"], capture_output=True, text=True, env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"), cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("LOADED ")[-1].strip() == "-", f"imported at start-up: {done.stdout}"


@pytest.mark.skipif(not _has_qt(), reason="PySide6 is not installed")
def test_opening_the_window_does_not_import_indic_transliteration(tmp_path):
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen", ANNOTATOR_EXIT_AFTER_SHOW="1")
    done = subprocess.run([sys.executable, "-c", _STARTUP_PROBE, "0", "1"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ANNOTATOR_SHOWN_AT" in done.stdout, "the window was never painted"
    assert done.stdout.split("LOADED ")[-1].strip() == "-", f"imported while opening the window: {done.stdout}"


def test_core_modules_are_all_in_the_spec_hidden_imports(one_folder_spec):
    """A subcommand module added later is frozen too (collect_submodules), not found missing in the built app."""
    [(_, _, kwargs)] = one_folder_spec["Analysis"]
    core = {f"annotator.{m.name}" for m in pkgutil.walk_packages(annotator.__path__) if not m.name.endswith("__main__")}
    assert core <= set(kwargs["hiddenimports"]), sorted(core - set(kwargs["hiddenimports"]))


# -- builds for the other systems ---------------------------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def test_workflow_builds_and_checks_the_app_on_each_system():
    yaml = pytest.importorskip("yaml")
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    for job in ("test", "app"):
        systems = {os_name.split("-")[0] for os_name in jobs[job]["strategy"]["matrix"]["os"]}
        assert systems == {"ubuntu", "windows", "macos"}, job
    steps = jobs["app"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "make app" in runs and "scripts/package-app.sh" in runs and "./scripts/build-windows.ps1" in runs
    for script in ("scripts/package-app.sh", "scripts/build-windows.ps1", "scripts/ensure-qt-libs.sh"):
        assert (ROOT / script).is_file(), script
    ps1 = (ROOT / "scripts" / "build-windows.ps1").read_text(encoding="utf-8")
    assert "build_app.spec" in ps1 and "self-check" in ps1 and "HindiAnnotator-Windows.zip" in ps1
    [upload] = [step for step in steps if step.get("uses", "").startswith("actions/upload-artifact")]
    assert "dist/HindiAnnotator-*.zip" in upload["with"]["path"] and upload["with"]["if-no-files-found"] == "error"
    # The Python the workflow builds with is one the project supports.
    for job in jobs.values():
        [setup] = [step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python")]
        major, minor = (int(p) for p in setup["with"]["python-version"].split("."))
        assert (major, minor) >= (3, 11)
    assert "make test" in "\n".join(step.get("run", "") for step in jobs["test"]["steps"]), "CI's own test command"


def test_package_script_makes_an_archive_that_keeps_the_executable(tmp_path):
    import tarfile

    app = tmp_path / "HindiAnnotator"
    (app / "_internal").mkdir(parents=True)
    (app / "HindiAnnotator").write_text("#!/bin/sh\n", encoding="utf-8")
    (app / "HindiAnnotator").chmod(0o755)
    (app / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    if sys.platform == "darwin":
        pytest.skip("macOS packs the .app with ditto")
    done = subprocess.run(["sh", str(ROOT / "scripts" / "package-app.sh")], env={**os.environ, "DIST": str(tmp_path)},
                          capture_output=True, text=True, check=True)
    assert "HindiAnnotator-Linux.tar.gz" in done.stdout
    with tarfile.open(tmp_path / "HindiAnnotator-Linux.tar.gz") as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert members["HindiAnnotator/HindiAnnotator"].mode & 0o111
    assert "HindiAnnotator/_internal/data.txt" in members


def test_package_script_says_what_is_missing(tmp_path):
    done = subprocess.run(["sh", str(ROOT / "scripts" / "package-app.sh")], env={**os.environ, "DIST": str(tmp_path)},
                          capture_output=True, text=True)
    assert done.returncode == 1 and "run 'make app' first" in done.stderr and done.stderr.count("\n") == 1
