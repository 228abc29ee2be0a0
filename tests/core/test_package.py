"""Packages: one annotator's work as one file that merge accepts; missing documents named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator import edits
from annotator.cli import main
from annotator.errors import AnnotatorError, InputError, MergeError
from annotator.exporter import export
from annotator.importer import import_paths
from annotator.merge import merge
from annotator.package import missing_documents, read_package, write_package
from annotator.project import Project, resolve_scheme
from annotator.project_dump import canonical_dump

TEXTS = {
    "p1": "मुख्यमंत्री ने लखनऊ में नई योजना की घोषणा की।",
    "p2": "कानपुर पुलिस ने दो लोगों को गिरफ्तार किया।",
    "p3": "यह दस्तावेज़ केवल एक लैपटॉप पर है।",
}


def _project(path: Path, texts: dict[str, str]) -> Project:
    project = Project.create(path, resolve_scheme("hindi-news"))
    src = path.with_suffix(".jsonl")
    src.write_text("".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items()), encoding="utf-8")
    import_paths(project, [src])
    return project


def _span(project: Project, ext: str, who: str, word: str, label: str) -> str:
    doc = project.document_by_ext_id(ext).uuid
    start = project.text(doc).index(word)
    return edits.add_span(project, document=doc, annotator=edits.ensure_annotator(project, who), start=start, end=start + len(word), label=label).spans[0][1].uuid


@pytest.fixture()
def laptop(tmp_path: Path) -> Path:
    """The lead's file with p1, p2 copied to asha, who also imported p3 and annotated."""
    lead = _project(tmp_path / "lead.db", {k: TEXTS[k] for k in ("p1", "p2")})
    _span(lead, "p1", "ravi", "लखनऊ", "LOCATION")
    lead.close()
    shutil.copy(tmp_path / "lead.db", tmp_path / "asha.db")
    with Project.open(tmp_path / "asha.db") as p:
        _span(p, "p1", "asha", "लखनऊ", "LOCATION")
        doomed = _span(p, "p1", "asha", "मुख्यमंत्री", "PERSON")
        person = _span(p, "p2", "asha", "कानपुर पुलिस", "ORGANIZATION")
        edits.delete_span(p, span=doomed)
        edits.set_status(p, document=p.document_by_ext_id("p1").uuid, annotator=p.annotator("asha").uuid, status="done")
        assert person
    return tmp_path / "asha.db"


def test_write_and_read_package(laptop: Path, tmp_path: Path) -> None:
    with Project.open(laptop) as p:
        info = write_package(p, tmp_path / "asha.pkg", annotator="asha")
    assert (info.annotator, info.documents, info.spans, info.statuses) == ("asha", 2, 3, 1)
    assert read_package(tmp_path / "asha.pkg") == info
    assert not Path(str(tmp_path / "asha.pkg") + "-wal").exists()  # one file
    with Project.open(laptop) as p:
        with pytest.raises(InputError, match="already exists"):
            write_package(p, tmp_path / "asha.pkg", annotator="asha")
        write_package(p, tmp_path / "asha.pkg", annotator="asha", force=True)
        with pytest.raises(AnnotatorError, match="nobody"):
            write_package(p, tmp_path / "x.pkg", annotator="nobody")
    with pytest.raises(MergeError, match="project file, not a package"):
        read_package(laptop)


def test_merge_package_equals_merging_the_layer(laptop: Path, tmp_path: Path) -> None:
    with Project.open(laptop) as p:
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    lead = tmp_path / "lead.db"
    with Project.open(lead) as p:
        report = merge(p, [tmp_path / "asha.pkg"])
        assert report.tables["span"].added == 3  # the deleted span travels as a tombstone
        assert report.tables["document"].added == 0
        asha = p.annotator("asha").uuid
        assert [s.label for s in p.spans(p.document_by_ext_id("p1").uuid, asha)] == ["LOCATION"]
        assert p.status(p.document_by_ext_id("p1").uuid, asha) == "done"
        export(p, tmp_path / "via-package.jsonl", source="asha", force=True)
        once = canonical_dump(p)
        merge(p, [tmp_path / "asha.pkg"])
        assert canonical_dump(p) == once
    with Project.open(laptop) as p:
        export(p, tmp_path / "on-laptop.jsonl", source="asha", force=True)
    assert (tmp_path / "via-package.jsonl").read_text(encoding="utf-8") == (tmp_path / "on-laptop.jsonl").read_text(encoding="utf-8")


def test_missing_documents_are_named(laptop: Path, tmp_path: Path) -> None:
    with Project.open(laptop) as p:
        more = tmp_path / "more.jsonl"
        more.write_text(json.dumps({"id": "p3", "text": TEXTS["p3"]}, ensure_ascii=False) + "\n", encoding="utf-8")
        import_paths(p, [more])
        _span(p, "p3", "asha", "लैपटॉप", "PRODUCT")
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    lead = tmp_path / "lead.db"
    with Project.open(lead) as p:
        assert missing_documents(p, tmp_path / "asha.pkg") == ["p3"]
        before = canonical_dump(p)
        with pytest.raises(MergeError, match="p3"):
            merge(p, [tmp_path / "asha.pkg"])
        assert canonical_dump(p) == before
        report = merge(p, [tmp_path / "asha.pkg"], skip_missing=True)
        assert report.missing_documents == {str(tmp_path / "asha.pkg"): ["p3"]}
        assert p.document_by_ext_id("p3") is None
        assert [s.label for s in p.spans(p.document_by_ext_id("p2").uuid, p.annotator("asha").uuid)] == ["ORGANIZATION"]


def test_cli_merges_packages(laptop: Path, tmp_path: Path, capsys) -> None:
    with Project.open(laptop) as p:
        more = tmp_path / "more.jsonl"
        more.write_text(json.dumps({"id": "p3", "text": TEXTS["p3"]}, ensure_ascii=False) + "\n", encoding="utf-8")
        import_paths(p, [more])
        _span(p, "p3", "asha", "लैपटॉप", "PRODUCT")
        write_package(p, tmp_path / "asha.pkg", annotator="asha")
    lead = str(tmp_path / "lead.db")
    assert main(["merge", lead, str(tmp_path / "asha.pkg")]) == 1
    assert "p3" in capsys.readouterr().err
    assert main(["merge", lead, str(tmp_path / "asha.pkg"), "--skip-missing"]) == 0
    captured = capsys.readouterr()
    assert "p3" in captured.err and "rows added" in captured.out


def test_export_format_package_then_merge_on_the_command_line(tmp_path: Path, capsys) -> None:
    lead = tmp_path / "lead.db"
    _project(lead, TEXTS).close()
    laptop = tmp_path / "asha.db"
    shutil.copy(lead, laptop)
    with Project.open(laptop) as p:
        _span(p, "p2", "asha", "कानपुर", "LOCATION")
    pkg = tmp_path / "asha.pkg"
    assert main(["export", str(laptop), "-o", str(pkg), "--format", "package", "--source", "asha"]) == 0
    assert "1 spans" in capsys.readouterr().out
    assert main(["export", str(laptop), "-o", str(pkg), "--format", "package", "--source", "asha"]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["merge", str(lead), str(pkg)]) == 0
    with Project.open(lead) as p:
        doc = p.document_by_ext_id("p2").uuid
        assert [p.text(doc)[s.start : s.end] for s in p.spans(doc, p.annotator("asha").uuid)] == ["कानपुर"]
