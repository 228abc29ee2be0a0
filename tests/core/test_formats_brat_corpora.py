"""brat corpora as brat's own examples are shaped (files written for this project, our text):
T and R lines import whatever else the `.ann` holds (A, M, N, #, E, * lines), and every line
left out is listed with its file, line and reason; `annotation.conf` (with `visual.conf` and
`kb_shortcuts.conf`) makes a scheme, brat's own type names included."""

from __future__ import annotations

from annotator.formats.brat_conf import scheme_from_conf
from annotator.importer import import_paths
from annotator.notes import list_notes
from annotator.project import Project
from tests.data.formats.corpus import layer, new_project, run

TEXT = "पुलिस ने विजय मीणा को कानपुर में गिरफ्तार किया। उसकी पत्नी सीता ने कहा कि वह निर्दोष है।"


def _t(ident: str, label: str, surface: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return f"{ident}\t{label} {start} {start + len(surface)}\t{surface}"


def _ann() -> str:
    a, k = TEXT.index("विजय"), TEXT.index("कानपुर")
    lines = [
        _t("T1", "PERSON", "विजय मीणा"),
        _t("T2", "LOCATION", "कानपुर"),
        _t("T3", "EVENT", "गिरफ्तार"),  # the trigger of E1: an event, not an entity
        _t("T4", "PERSON", "सीता"),
        _t("T5", "PERSON", "वह"),
        f"T6\tPERSON {a} {a + 4};{k} {k + 6}\tविजय कानपुर",  # text between the fragments
        "E1\tEVENT:T3 Theme:T1 Place:T2",
        "R1\tSPOUSE_OF Arg1:T4 Arg2:T1",
        "R2\tLOCATED_IN Arg1:T1 Arg2:T3",
        "A1\tNegation E1",
        "A2\tUnsure T5",
        "M1\tSpeculation T4",
        "N1\tReference T2 Wikidata:Q42\tकानपुर",
        "*\tEquiv T1 T5",
        "#1\tAnnotatorNotes T1\tनाम पूरा है",
        "#2\tAnnotatorNotes E1\tगिरफ्तारी की तारीख?",
        "#3\tOnHold T2\tबाद में देखें",
        "R3\tSPOUSE_OF Arg1:T4 Arg2:T6",
    ]
    return "\n".join(lines) + "\n"


def _corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "doc1.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "doc1.ann").write_text(_ann(), encoding="utf-8")
    return folder


def test_t_and_r_lines_import_and_every_other_line_is_listed(project, tmp_path):
    folder = _corpus(tmp_path)
    report = import_paths(project, [folder])  # no --skip-bad needed
    assert (report.documents_added, report.spans_added, report.relations_added) == (1, 4, 1)
    doc = project.document_by_ext_id("doc1").uuid
    who = project.annotator("import:news").uuid
    spans = {s.uuid: (TEXT[s.start : s.end], s.label) for s in project.spans(doc, who)}
    assert sorted(spans.values()) == sorted([("विजय मीणा", "PERSON"), ("कानपुर", "LOCATION"), ("सीता", "PERSON"), ("वह", "PERSON")])
    assert [(spans[r.head], spans[r.tail], r.label) for r in project.relations(doc, who)] == [(("सीता", "PERSON"), ("विजय मीणा", "PERSON"), "SPOUSE_OF")]
    ann = folder / "doc1.ann"
    assert report.notes == [
        f"{ann}:3: T3: the EVENT trigger of E1 was not imported: the project has no events",
        f"{ann}:6: T6: the discontinuous PERSON span 'विजय कानपुर' was not imported: a span cannot have text between its fragments",
        f"{ann}:7: E1: the event 'EVENT' (trigger T3) was not imported: the project has no events",
        f"{ann}:9: R2: the LOCATED_IN relation was not imported: T3 (the EVENT trigger of E1) was not imported",
        f"{ann}:10: A1: the attribute 'Negation E1' was not imported: it is on E1 (the event 'EVENT' (trigger T3)), which was not imported",
        f"{ann}:14: *: the equivalence 'Equiv T1 T5' was not imported: the project has no equivalence sets (a symmetric relation type can hold pairs)",
        f"{ann}:16: #2: the note was not imported: it is on E1 (the event 'EVENT' (trigger T3)), which was not imported",
        f"{ann}:17: #3: the comment 'OnHold T2' was not imported: only AnnotatorNotes comments become notes",
        f"{ann}:18: R3: the SPOUSE_OF relation was not imported: T6 (the discontinuous PERSON span 'विजय कानपुर') was not imported",
        # attributes and normalisations are read, then left out by the scheme, which lacks them
        f"{ann}:13: N1: the normalisation 'Reference T2 Wikidata:Q42' was not imported: the project's scheme has no attribute 'Wikidata'",
        f"{ann}:12: M1: the attribute 'Speculation T4' was not imported: the project's scheme has no attribute 'Speculation'",
    ]
    marks = sorted((n.what, n.text, n.unsure) for n in list_notes(project))
    assert [(("'विजय मीणा'" in what, "'वह'" in what), text, unsure) for what, text, unsure in marks] == [((False, True), "", True), ((True, False), "नाम पूरा है", False)]


def test_the_command_line_lists_the_lines_on_stderr(tmp_path, capsys):
    folder = _corpus(tmp_path)
    db = new_project(tmp_path / "p.db")
    assert run("import", db, folder) == 0
    err = capsys.readouterr().err
    assert err.count("note: ") == 11 and f"note: {folder / 'doc1.ann'}:10: A1:" in err


CONF = """# types shaped as brat's examples write them
[entities]
PERSON
!Place
\tLOCATION
\tFACILITY | Facility | Fac
_gt_N
_question_
Organization-Name

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>
Equiv\tArg1:PERSON, Arg2:PERSON, <REL-TYPE>:symmetric-transitive
Located\tArg1:PERSON|Organization-Name, Arg2:Place
Mentions\tArg1:<ENTITY>, Arg2:_gt_N
Triggered\tArg1:Arrest, Arg2:Arrest

[events]
Arrest\tTheme:PERSON, Place?:Place

[attributes]
Negation\tArg:<EVENT>
Unsure\tArg:<ENTITY>
"""
VISUAL = "[labels]\nFACILITY | Facility | Fac\n\n[drawing]\nPERSON\tbgColor:#7fa2ff\nLOCATION\tbgColor:lightgreen\n_gt_N\tbgColor:#abc\n_question_\tbgColor:chartreuse-ish\nLocated\tcolor:darkblue\n"
KEYS = "P\tPERSON\nL\tLOCATION\np\t_gt_N\n"


def _conf_folder(tmp_path):
    folder = tmp_path / "brat-news"
    folder.mkdir()
    (folder / "annotation.conf").write_text(CONF, encoding="utf-8")
    (folder / "visual.conf").write_text(VISUAL, encoding="utf-8")
    (folder / "kb_shortcuts.conf").write_text(KEYS, encoding="utf-8")
    return folder


def test_annotation_conf_makes_a_scheme(tmp_path):
    folder = _conf_folder(tmp_path)
    made = scheme_from_conf(folder / "annotation.conf")
    s = made.scheme
    assert s.name == "brat-news"
    assert [e.name for e in s.entities] == ["PERSON", "LOCATION", "FACILITY", "_gt_N", "_question_", "Organization-Name"]
    assert (s.entity("PERSON").color, s.entity("PERSON").key) == ("#7FA2FF", "P")
    assert (s.entity("LOCATION").color, s.entity("LOCATION").key) == ("#90EE90", "L")
    assert (s.entity("_gt_N").color, s.entity("_gt_N").key) == ("#AABBCC", "")  # 'p' repeats P, ignoring case
    assert s.entity("FACILITY").description == "Facility"
    assert [r.name for r in s.relations] == ["Equiv", "Located", "Mentions"]
    assert s.relation("Equiv").directed is False and s.relation("Located").directed is True
    assert s.relation("Located").heads == ("PERSON", "Organization-Name") and s.relation("Located").tails == ("LOCATION", "FACILITY")
    assert s.relation("Mentions").heads == tuple(e.name for e in s.entities) and s.relation("Located").color == "#00008B"
    joined = "\n".join(made.notes)
    for words in ("the event type Arrest is not in the scheme", "the attribute Negation is not in the scheme", "the relation type Triggered joins no two entity types",
                  "_question_: the colour 'chartreuse-ish' is not #RRGGBB", "_gt_N: the key 'p' is taken"):
        assert words in joined, words
    assert "Unsure" not in joined  # our own flag


def test_init_scheme_from_and_import_brat_type_names(tmp_path, capsys):
    folder = _conf_folder(tmp_path)
    text = "राम (?) ने ५ > ३ लिखा।"
    (folder / "a.txt").write_bytes(text.encode("utf-8"))
    (folder / "a.ann").write_text("T1\tPERSON 0 3\tराम\nT2\t_question_ 4 7\t(?)\nT3\t_gt_N 11 16\t५ > ३\nR1\tMentions Arg1:T1 Arg2:T3\n", encoding="utf-8")
    db = tmp_path / "brat.db"
    assert run("init", db, "--scheme-from", folder) == 0
    assert "the event type Arrest is not in the scheme" in capsys.readouterr().err
    assert run("import", db, folder) == 0
    [(_, (_, spans, rels))] = layer(db, "import:brat-news").items()
    assert spans == {(0, 3, "PERSON"), (4, 7, "_question_"), (11, 16, "_gt_N")} and rels == {((0, 3, "PERSON"), (11, 16, "_gt_N"), "Mentions")}
    out = tmp_path / "back"
    assert run("export", db, "-o", out, "--format", "brat", "--source", "import:brat-news") == 0
    assert "T3\t_gt_N 11 16\t५ > ३" in (out / "a.ann").read_text(encoding="utf-8")
    with Project.open(db) as p:
        assert p.scheme.entity("_gt_N") is not None


def test_unknown_brat_types_offer_the_folders_annotation_conf(tmp_path, capsys):
    folder = _conf_folder(tmp_path)
    (folder / "a.txt").write_bytes("राम आया".encode("utf-8"))
    (folder / "a.ann").write_text("T1\t_question_ 0 3\tराम\n", encoding="utf-8")
    db = new_project(tmp_path / "p.db")
    capsys.readouterr()
    assert run("import", db, folder) == 1
    err = capsys.readouterr().err
    assert "unknown label '_question_'" in err and f"--scheme-from {folder / 'annotation.conf'}" in err and err.count("\n") == 1


def test_a_conf_brat_cannot_read_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "annotation.conf"
    bad.write_text("[entities]\nPERSON\n  \tDeeper\n", encoding="utf-8")
    assert run("init", tmp_path / "x.db", "--scheme-from", bad) == 1
    err = capsys.readouterr().err
    assert f"{bad}:3: Deeper: indented under no type" in err and not (tmp_path / "x.db").exists()
    empty = tmp_path / "e" / "annotation.conf"
    empty.parent.mkdir()
    empty.write_text("[relations]\n", encoding="utf-8")
    assert run("init", tmp_path / "y.db", "--scheme-from", empty.parent) == 1
    assert "defines no entity type" in capsys.readouterr().err
