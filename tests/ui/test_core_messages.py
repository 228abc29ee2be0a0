"""The core's sentences in the Hindi window: an import of a bad file, a project too new to
open, a refused edit and a refused merge read in Hindi, naming the same file and line as the
English line the command line prints for the same thing. And every sentence the core marks
for translation is in the .ts, finished, with the placeholders of its English source."""

from __future__ import annotations

import ast
import sqlite3
import string
import subprocess
from pathlib import Path

import pytest

from annotator import edits, store
from annotator.cli import main
from annotator.errors import InvalidOperation
from annotator.project import Project
from tests.ui.conftest import add_document
from tests.ui.test_language import ROOT, TS, _messages
from ui import i18n


@pytest.fixture
def hindi():
    """The Hindi translator, removed again after the test (it is process-wide)."""
    assert i18n.install("hi")
    yield
    i18n.install("en")

BAD_LINE = '{"id": "b", "text": "लखनऊ में बैठक", "entities": [{"start": 0, "end": 4, "label": "NOPE"}]}'


def bad_jsonl(folder: Path) -> Path:
    """A JSON-lines file whose second line has an entity of a label the scheme lacks."""
    path = folder / "bad.jsonl"
    path.write_text('{"id": "a", "text": "ठीक है"}\n' + BAD_LINE + "\n", encoding="utf-8")
    return path


def test_a_bad_import_reads_in_hindi_with_its_file_and_line(hindi, make_window, project_path, qtbot, tmp_path, capsys):
    bad = bad_jsonl(tmp_path)
    window = make_window(project_path)
    dialog = window.projects.import_paths([str(bad)])
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.report is not None, timeout=15000)
    assert dialog.report is None
    assert dialog.error == f"{bad}:2: इकाई T1: अज्ञात लेबल 'NOPE'"
    assert dialog.result.toPlainText() == f"कुछ आयात नहीं हुआ: {bad}:2: इकाई T1: अज्ञात लेबल 'NOPE'"
    with Project.open(project_path) as project:
        assert project.documents() == []
    # The command line says the same thing in English.
    assert main(["import", str(project_path), str(bad)]) != 0
    assert f"{bad}:2: entity T1: unknown label 'NOPE'" in capsys.readouterr().err


def test_a_project_too_new_to_open_reads_in_hindi(hindi, make_window, project_path, tmp_path, errors, capsys):
    newer = tmp_path / "newer.db"
    newer.write_bytes(project_path.read_bytes())
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    con.close()
    window = make_window(project_path)
    errors.clear()
    assert not window.open_project(newer)
    version, newest = store.SCHEMA_VERSION + 1, store.SCHEMA_VERSION
    assert errors == [f"{newer}: एनोटेटर के नए संस्करण ने लिखी है (फ़ाइल प्रारूप {version}, यह संस्करण {newest} तक पढ़ता है); ऐप अपडेट करें"]
    assert main(["stats", str(newer)]) != 0
    assert f"{newer}: written by a newer version of the annotator (file format {version}, this one reads up to {newest}); update the app" in capsys.readouterr().err


def test_a_refused_edit_reads_in_hindi(hindi, make_window, project_path, annotator_uuid, errors):
    doc = add_document(project_path, "लखनऊ में बैठक हुई।", "refused")
    window = make_window(project_path)
    errors.clear()
    session = window.session
    assert session.apply(lambda: edits.add_span(session.project, document=doc, annotator=session.annotator, start=0, end=4, label="NOPE")) is None
    names = ", ".join(e.name for e in session.project.scheme.entities)
    assert errors == [f"अज्ञात इकाई लेबल 'NOPE'; स्कीम में ये हैं: {names}"]
    # The core's own text, which the command line would print, is the English sentence.
    with pytest.raises(InvalidOperation) as refused:
        edits.add_span(session.project, document=doc, annotator=session.annotator, start=5, end=6, label="LOCATION")
    assert str(refused.value) == "offset 6 splits the grapheme cluster 'में'"
    assert i18n.core_message(refused.value) == "ऑफ़सेट 6 अक्षर-समूह 'में' को बीच से तोड़ता है"


def test_a_refused_merge_and_the_reports_read_in_hindi(hindi, make_window, project_path, qtbot, tmp_path):
    from ui.import_dialog import format_import_report
    from ui.team.dialogs import MergeDialog, format_merge_report

    other = tmp_path / "notes.txt"
    other.write_text("not a project\n", encoding="utf-8")
    window = make_window(project_path)
    dialog = MergeDialog(window, project_path, [str(other)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.report is not None, timeout=15000)
    assert dialog.error == f"{other}: न प्रोजेक्ट फ़ाइल है, न पैकेज"
    from annotator.importer import import_paths
    from annotator.merge import merge

    good = tmp_path / "good.txt"
    good.write_text("कानपुर में बैठक हुई।\n", encoding="utf-8")
    with Project.open(project_path) as project:
        text = format_import_report(import_paths(project, [good]))
    assert text == "1 दस्तावेज़ आयात हुए (0 दोहराव नहीं जोड़े गए), 0 स्पैन, 0 संबंध"
    tagged = tmp_path / "tagged.conll"
    tagged.write_text("लखनऊ\tI-LOCATION\nमें\tO\nबैठक\tO\n", encoding="utf-8")
    with Project.open(project_path) as project:
        report = import_paths(project, [tagged])
    assert report.notes == [f"{tagged}:1: 1 I- tag(s) without a B- read as beginning an entity"]  # the command line's note
    assert format_import_report(report).splitlines()[-1] == f"सूचना: {tagged}:1: बिना B- के 1 I- टैग इकाई की शुरुआत माने गए"
    copy = tmp_path / "copy.db"
    copy.write_bytes(project_path.read_bytes())
    with Project.open(project_path) as project:
        text = format_merge_report(merge(project, [copy]))
    assert text.startswith("1 फ़ाइल(ें) मिलाई गईं: 0 पंक्तियाँ जोड़ी गईं")


# -- the .ts holds every sentence the core marks ---------------------------------------------


def marked_in_core() -> dict[str, str]:
    """Every template marked QT_TRANSLATE_NOOP("core", ...) in annotator/, with its file."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "annotator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = (a.value for a in node.args)
                assert context == "core", f"{path}: context {context!r}"
                found.setdefault(text, str(path.relative_to(ROOT)))
    return found


def unmarked_messages() -> list[str]:
    """Message(...) calls whose template is a literal the marker does not carry (lupdate would
    not extract it, so the window could never translate it)."""
    bad = []
    for path in sorted((ROOT / "annotator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                first = node.args[0]
                if isinstance(first, (ast.Constant, ast.JoinedStr)) or (isinstance(first, ast.BinOp) and path.name != "errors.py"):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return bad


def fields(template: str) -> set[tuple[str, str]]:
    """(name, format spec) of each placeholder of a str.format template."""
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


def sample(spec: str) -> object:
    return 1234 if spec else "X"


def test_every_core_template_is_translated_with_the_same_placeholders():
    marked = marked_in_core()
    assert len(marked) > 200
    assert unmarked_messages() == []
    ours = _messages(TS)
    for source, where in marked.items():
        translation = ours.get(("core", source))
        assert translation is not None, f"{where}: {source!r} is not in {TS.name} (run `make translations`)"
        assert translation.get("type") is None and (translation.text or "").strip(), (where, source)
        assert fields(translation.text) == fields(source), (where, source, translation.text)
        values = {name: sample(spec) for name, spec in fields(source)}
        assert source.format(**values), (where, source)  # a literal brace is doubled, as Message needs
        rendered = translation.text.format(**values)  # every placeholder renders, none is missing
        assert all(f"{{{name}" not in rendered for name in values), (where, rendered)


def test_the_check_catches_a_placeholder_that_differs():
    """fields() tells a renamed or dropped placeholder apart: the check above can fail."""
    assert fields("{path}: no such file") != fields("{file}: ऐसी कोई फ़ाइल नहीं")
    assert fields("{size:,} bytes") != fields("{size} बाइट")


def test_lupdate_extracts_the_core_templates(tmp_path):
    lupdate = i18n._lrelease().replace("lrelease", "lupdate")
    fresh = tmp_path / "core.ts"
    sources = sorted(str(p) for p in (ROOT / "annotator").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    assert {source for context, source in _messages(fresh) if context == "core"} == set(marked_in_core())


def test_english_window_shows_the_english_line(project_path):
    """Without a translator the window's text is exactly the command line's."""
    i18n.install("en")
    with Project.open(project_path) as project, pytest.raises(InvalidOperation) as refused:
        edits.add_span(project, document="nope", annotator="nobody", start=0, end=1, label="PERSON")
    assert i18n.core_message(refused.value) == str(refused.value) != ""


def test_a_bad_scheme_file_reads_in_hindi(hindi, tmp_path):
    """A scheme file's field check, nested hint and all, as the New project dialog shows it."""
    from annotator.errors import InputError
    from annotator.scheme import load_scheme_file

    path = tmp_path / "mine.toml"
    path.write_text('name = "mine"\n\n[[entity]]\nname = "PERSON"\ncolour = "#4FC3F7"\n', encoding="utf-8")
    with pytest.raises(InputError) as bad:
        load_scheme_file(path)
    assert str(bad.value) == f"{path}:5: [[entity]] #1: unknown field 'colour' (did you mean 'color'?)"
    assert i18n.core_message(bad.value) == f"{path}:5: [[entity]] #1: अज्ञात फ़ील्ड 'colour' (क्या आपका मतलब 'color' था?)"
