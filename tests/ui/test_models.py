"""Item models: the lazy document list at 100,000 documents, filters, and Qt's own model
tester on every model."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator import edits, store
from annotator.project import Project
from annotator.text import sha256_text
from tests.ui.conftest import add_document
from ui.models import ID_ROLE, DocumentListModel, RelationListModel, SpanListModel


def fill_documents(path, n: int) -> None:
    """n short documents in one executemany, shaped as annotator.importer writes them."""
    now = store.now_us()
    rows = []
    for i in range(n):
        text = f"दस्तावेज़ संख्या {i}: कानपुर समाचार"
        sha = sha256_text(text)
        rows.append((store.document_uuid(sha), f"news-{i:06d}", sha, text, json.dumps({}), i + 1, now, now))
    with Project.open(path) as project, project.atomic():
        project.db.cursor().executemany(
            "INSERT INTO document (uuid, ext_id, sha256, text, meta, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


@pytest.fixture(scope="module")
def big_project(tmp_path_factory):
    from annotator.project import resolve_scheme

    path = tmp_path_factory.mktemp("big") / "big.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    fill_documents(path, 100_000)
    return path


def test_document_list_is_lazy_at_100k(qapp, big_project):
    with Project.open(big_project) as project:
        who = edits.ensure_annotator(project, "asha")
        model = DocumentListModel()
        model.set_project(project, who)
        assert model.rowCount() == 100_000
        assert model._pages == {}  # nothing fetched until a row is shown
        assert model.index(99_999, 1).data() == "news-099999"
        assert model.index(0, 1).data() == "news-000000"
        assert len(model._pages) == 2
        assert sum(len(p) for p in model._pages.values()) <= 2 * DocumentListModel.PAGE
        assert model.row_of(model.index(54_321, 0).data(ID_ROLE)) == 54_321

        doc = model.index(7, 0).data(ID_ROLE)
        changes = edits.set_status(project, document=doc, annotator=who, status="done")
        spy = []
        model.dataChanged.connect(lambda a, b, roles: spy.append((a.row(), a.column())))
        model.apply_changes(changes)
        assert spy == [(7, 3)] and model.index(7, 3).data() == "done"

        model.set_filter("done", "")
        assert model.rowCount() == 1 and model.index(0, 0).data(ID_ROLE) == doc
        model.set_filter(None, "news-00012")
        assert model.rowCount() == 10
        model.set_filter("new", "संख्या 99999")
        assert model.rowCount() == 1 and model.index(0, 1).data() == "news-099999"


def test_qt_model_tester_on_every_model(qtmodeltester, project_path, tmp_path):
    fill_documents(project_path, 300)
    text = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि पीआरओ अजय मिश्रा पर आरोप लगे हैं।"
    doc = add_document(project_path, text, "extra")
    with Project.open(project_path) as project:
        who = edits.ensure_annotator(project, "asha")
        docs = DocumentListModel()
        docs.set_project(project, who)
        qtmodeltester.check(docs)
        a = text.index("विजय")
        b = text.index("पुलिस")
        person = edits.add_span(project, document=doc, annotator=who, start=a, end=a + 14, label="PERSON").spans[0][1]
        title = edits.add_span(project, document=doc, annotator=who, start=b, end=b + 12, label="DESIGNATION").spans[0][1]
        spans = SpanListModel()
        spans.set_scheme(project.scheme)
        spans.set_document(doc, who, text, project.spans(doc, who))
        relations = RelationListModel(spans)
        relations.set_relations(project.relations(doc, who))
        qtmodeltester.check(spans)
        qtmodeltester.check(relations)
        # precise updates: one insert for a new span, one for a new relation
        c = text.index("अजय")
        inserted = []
        spans.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
        changes = edits.add_span(project, document=doc, annotator=who, start=c, end=c + 10, label="PERSON")
        spans.apply_changes(changes)
        assert inserted == [2] and spans.rowCount() == 3
        changes = edits.add_relation(project, head=person.uuid, tail=title.uuid, label="HAS_DESIGNATION")
        relations.apply_changes(changes)
        assert relations.rowCount() == 1
        assert relations.index(0, 1).data() == "HAS_DESIGNATION"
        assert "विजय सिंह मीणा" in relations.index(0, 0).data()
        qtmodeltester.check(spans)
        qtmodeltester.check(relations)
        changes = edits.delete_span(project, span=person.uuid)
        spans.apply_changes(changes)
        relations.apply_changes(changes)
        assert spans.rowCount() == 2 and relations.rowCount() == 0
        assert spans.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
