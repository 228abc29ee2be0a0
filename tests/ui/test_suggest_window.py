"""The team's suggestions in the window: a document opens with them drawn dashed; Y accepts,
N rejects, Alt+Shift+→ moves the start before accepting, Shift+Y accepts all of one label;
each is one undo step; the per-source toggles; training in a background process."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator import edits
from annotator.project import Project
from annotator.suggest import layer
from annotator.suggest.run import suggest
from annotator.suggest.training import model_dir
from tests.ui.conftest import add_document
from ui.suggest.training import TrainingJob

K = Qt.Key
M = Qt.KeyboardModifier
GOLD_TEXT = "पुलिस आयुक्त विजय वर्मा ने बरेली में बयान दिया।"
NEW_TEXT = "बरेली में 2 जुलाई को पुलिस आयुक्त पहुंचे और बरेली शांत रहा।"


def prepare(path) -> tuple[str, str]:
    """A project with one adjudicated gold document and one new one with stored suggestions."""
    gold_doc = add_document(path, GOLD_TEXT, "g1")
    new_doc = add_document(path, NEW_TEXT, "n1")
    with Project.open(path) as project:
        gold = edits.ensure_annotator(project, "gold", "gold")
        at = GOLD_TEXT.index("बरेली")
        edits.add_span(project, document=gold_doc, annotator=gold, start=at, end=at + 5, label="LOCATION")
        edits.set_status(project, document=gold_doc, annotator=gold, status="adjudicated")
        suggest(project, sources=["gazetteer", "patterns"])
    return gold_doc, new_doc


def own(path, doc, who) -> list[tuple[str, str, dict | None]]:
    with Project.open(path) as p:
        return [(NEW_TEXT[s.start : s.end], s.label, json.loads(s.provenance) if s.provenance else None) for s in p.spans(doc, who)]


def shown(window) -> list[tuple[str, str]]:
    return [(NEW_TEXT[s.start : s.end], s.label) for s in window.view.suggestions if s.uuid.startswith("!")]


def test_accept_reject_edit_and_undo(qtbot, project_path, make_window, annotator_uuid, errors):
    _, doc = prepare(project_path)
    window = make_window(project_path)
    window.open_document(doc)
    sug = window.suggest
    assert shown(window) == [("बरेली", "LOCATION"), ("2 जुलाई", "DATE"), ("पुलिस आयुक्त", "DESIGNATION"), ("बरेली", "LOCATION")]
    assert sug.dock.isVisible() and [i.ext_id for i in sug.model.items] == ["Gazetteer", "Patterns", "Patterns", "Gazetteer"]
    table = sug.panel.table
    stack = window.session.undo_stack
    # Y accepts the current one (the first): the annotator's own span, provenance recorded.
    sug.panel.set_current(0)
    qtbot.keyClick(table, K.Key_Y)
    assert own(project_path, doc, annotator_uuid) == [("बरेली", "LOCATION", {"suggested": "gazetteer"})]
    assert ("बरेली", "LOCATION") in [(NEW_TEXT[s.start : s.end], s.label) for s in window.view.spans().values()]
    assert len(shown(window)) == 3
    # N rejects the DATE: gone from the view and, in the project, remembered as rejected.
    sug.panel.set_current(0)
    qtbot.keyClick(table, K.Key_N)
    assert shown(window) == [("पुलिस आयुक्त", "DESIGNATION"), ("बरेली", "LOCATION")]
    with Project.open(project_path) as p:
        assert [s.label for s in layer.pending(p, document=doc, annotator=annotator_uuid)] == ["DESIGNATION", "LOCATION"]
    # Edit before accepting: Alt+Shift+→ moves the start a word on; Y takes the edited span.
    sug.panel.set_current(0)
    qtbot.keyClick(table, K.Key_Right, M.AltModifier | M.ShiftModifier)
    assert shown(window)[0] == ("आयुक्त", "DESIGNATION")
    qtbot.keyClick(table, K.Key_Y)
    assert ("आयुक्त", "DESIGNATION", {"suggested": "patterns", "edited": True}) in own(project_path, doc, annotator_uuid)
    assert shown(window) == [("बरेली", "LOCATION")]
    # Each decision is one undo step, newest first.
    stack.undo()
    assert [x for x in own(project_path, doc, annotator_uuid) if x[1] == "DESIGNATION"] == []
    assert ("पुलिस आयुक्त", "DESIGNATION") in shown(window)
    stack.undo()
    assert ("2 जुलाई", "DATE") in shown(window)
    stack.undo()
    assert own(project_path, doc, annotator_uuid) == [] and len(shown(window)) == 4
    stack.redo()
    assert own(project_path, doc, annotator_uuid) == [("बरेली", "LOCATION", {"suggested": "gazetteer"})]
    assert errors == []


def test_accept_all_of_one_label_and_the_source_toggles(qtbot, project_path, make_window, annotator_uuid, errors):
    _, doc = prepare(project_path)
    window = make_window(project_path)
    window.open_document(doc)
    sug = window.suggest
    sug.toggles["patterns"].setChecked(False)
    assert shown(window) == [("बरेली", "LOCATION"), ("बरेली", "LOCATION")]
    sug.toggles["patterns"].setChecked(True)
    assert len(shown(window)) == 4
    sug.panel.set_current(3)  # a LOCATION
    qtbot.keyClick(sug.panel.table, K.Key_Y, M.ShiftModifier)
    assert [x[:2] for x in own(project_path, doc, annotator_uuid)] == [("बरेली", "LOCATION"), ("बरेली", "LOCATION")]
    assert [label for _, label in shown(window)] == ["DATE", "DESIGNATION"]
    assert window.statusBar().currentMessage() == "Added 2 LOCATION spans (one undo step)."
    sug.panel.set_current(0)  # the only DATE: accepting all of a label that has one says so in the singular
    qtbot.keyClick(sug.panel.table, K.Key_Y, M.ShiftModifier)
    assert window.statusBar().currentMessage() == "Added 1 DATE span (one undo step)."
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()  # both LOCATIONs go in one step
    assert own(project_path, doc, annotator_uuid) == [] and len(shown(window)) == 4
    assert errors == []


def test_training_runs_in_a_background_process_and_can_be_cancelled(qtbot, project_path):
    prepare(project_path)
    job = TrainingJob()
    stages = []
    job.progress.connect(lambda stage, done, total: stages.append(stage))
    with qtbot.waitSignal(job.finished, timeout=180_000) as result:
        job.start(str(project_path))
        assert job.running  # the call returned at once; the work goes on elsewhere
    assert result.args[0] is True, result.args[1]
    assert "training" in stages and "suggesting" in stages
    info = json.loads((model_dir(project_path) / "model.json").read_text(encoding="utf-8"))
    assert info["source"] == "gold" and info["documents"][0][0] == "g1"
    with qtbot.waitSignal(job.finished, timeout=60_000) as result:
        job.start(str(project_path))
        job.cancel()
    assert result.args == [False, "Training cancelled; the last model and suggestions stay as they were."]
    assert (model_dir(project_path) / "model.json").exists()  # the earlier model is kept


def test_the_train_button_starts_and_cancels_without_blocking(qtbot, project_path, make_window, errors):
    _, doc = prepare(project_path)
    window = make_window(project_path)
    window.open_document(doc)
    sug = window.suggest
    qtbot.mouseClick(sug.train_button, Qt.MouseButton.LeftButton)
    assert sug.job.running and sug.train_button.text() == "Cancel training" and not sug.bar.isHidden()
    with qtbot.waitSignal(sug.job.finished, timeout=60_000):
        qtbot.mouseClick(sug.train_button, Qt.MouseButton.LeftButton)  # the same button cancels
    assert sug.train_button.text() == "Train" and sug.bar.isHidden()
    assert [sug.learn_from.itemText(i) for i in range(sug.learn_from.count())] == ["gold", "asha"]  # no suggestion layer
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(shown(window)) == 4 and errors == []  # the suggestions already stored stay
