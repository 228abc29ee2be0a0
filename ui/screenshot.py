"""Render the window annotating the kanpur touchstone article to a PNG.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshot docs/screenshot.png [ARTICLE.txt]
    QT_QPA_PLATFORM=offscreen python -m ui.screenshot --romanised docs/screenshot-romanised.png
    QT_QPA_PLATFORM=offscreen python -m ui.screenshot --hindi docs/screenshot-hindi.png

The annotations below are also what the window test types in by keyboard, so the picture
shows exactly what a test has checked.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ARTICLE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "kanpur_article.txt"

# (surface text, which occurrence of it, label)
KANPUR_ENTITIES: list[tuple[str, int, str]] = [
    ("उत्तर प्रदेश", 0, "LOCATION"),
    ("कानपुर", 0, "LOCATION"),
    ("पुलिस कमिश्नर", 0, "DESIGNATION"),
    ("पीआरओ", 0, "DESIGNATION"),
    ("गैंगस्टर", 0, "DESIGNATION"),
    ("बुलेट", 0, "PRODUCT"),
    ("पुलिस आयुक्त", 0, "DESIGNATION"),
    ("विजय सिंह मीणा", 0, "PERSON"),
    ("पीआरओ", 1, "DESIGNATION"),
    ("अजय मिश्रा", 0, "PERSON"),
    ("जेसीपी", 0, "DESIGNATION"),
    ("आनंद प्रकाश तिवारी", 0, "PERSON"),
    ("चार दिन के अंदर", 0, "DATE"),
    ("अजय मिश्रा", 1, "PERSON"),
    ("ब्रोकर", 0, "DESIGNATION"),
    ("साल 2020", 0, "DATE"),
    ("90 हजार रुपये", 0, "MONEY"),
    ("बुलेट", 3, "PRODUCT"),
    ("50 हजार रुपए", 0, "MONEY"),
    ("40 हजार रुपए", 0, "MONEY"),
    ("बलराम राजपूत", 0, "PERSON"),
    ("दारोगा", 0, "DESIGNATION"),
    ("अजय मिश्रा", 2, "PERSON"),
    ("साल 2018", 0, "DATE"),
    ("उत्कर्ष", 0, "PERSON"),
    ("बलराम राजपूत", 3, "PERSON"),
    ("सोनी राजपूत", 0, "PERSON"),
    ("बलराम राजपूत", 4, "PERSON"),
    ("मादक पदार्थों की तस्करी", 0, "CRIME"),
    ("हत्या के प्रयास", 0, "CRIME"),
    ("लूट", 0, "CRIME"),
    ("अपहरण", 0, "CRIME"),
    ("डकैती", 0, "CRIME"),
    ("16 मुकदमे", 0, "QUANTITY"),
    ("हरियाणा", 0, "LOCATION"),
    ("सिरसा", 0, "LOCATION"),
    ("4 केस", 0, "QUANTITY"),
    ("आर्म्स एक्ट", 0, "LAW"),
    ("बिकरू कांड", 0, "EVENT"),
    ("बिकरू", 0, "LOCATION"),  # nested inside the EVENT above
    ("2 जुलाई 2020", 0, "DATE"),
    ("12:45 बजे", 0, "TIME"),
    ("बिकरू गांव", 0, "LOCATION"),
    ("विकास दुबे", 0, "PERSON"),
    ("8 पुलिसकर्मियों", 0, "QUANTITY"),
    ("एसटीएफ", 0, "ORGANIZATION"),
    ("चौबेपुर", 0, "LOCATION"),
    ("जादेपुरधस्सा गांव", 0, "LOCATION"),
    ("राहुल तिवारी", 0, "PERSON"),
    ("एफआईआर", 0, "LAW"),
    ("साढ़े बारह बजे", 0, "TIME"),
    ("सीओ", 0, "DESIGNATION"),
    ("बिल्हौर", 0, "LOCATION"),
    ("देवेंद्र कुमार मिश्रा", 0, "PERSON"),
]

# (head entity index, tail entity index, relation type)
KANPUR_RELATIONS: list[tuple[int, int, str]] = [
    (7, 6, "HAS_DESIGNATION"),  # विजय सिंह मीणा -> पुलिस आयुक्त
    (9, 8, "HAS_DESIGNATION"),  # अजय मिश्रा -> पीआरओ
    (11, 10, "HAS_DESIGNATION"),  # आनंद प्रकाश तिवारी -> जेसीपी
    (22, 21, "HAS_DESIGNATION"),  # दारोगा अजय मिश्रा
    (53, 51, "HAS_DESIGNATION"),  # देवेंद्र कुमार मिश्रा -> सीओ
    (51, 52, "DESIGNATION_AT"),  # सीओ -> बिल्हौर
    (26, 25, "SPOUSE_OF"),  # सोनी राजपूत -- बलराम राजपूत
    (24, 22, "CHILD_OF"),  # उत्कर्ष -> अजय मिश्रा
    (13, 20, "BOUGHT_FROM"),  # अजय मिश्रा -> बलराम राजपूत
    (16, 17, "PRICE_OF"),  # 90 हजार रुपये -> बुलेट
    (19, 20, "PAID_TO"),  # 40 हजार रुपए -> बलराम राजपूत
    (27, 33, "CHARGED_WITH"),  # बलराम राजपूत -> 16 मुकदमे
    (43, 44, "KILLED"),  # विकास दुबे -> 8 पुलिसकर्मियों
    (48, 47, "RESIDENT_OF"),  # राहुल तिवारी -> जादेपुरधस्सा गांव
    (1, 0, "LOCATED_IN"),  # कानपुर -> उत्तर प्रदेश
    (35, 34, "LOCATED_IN"),  # सिरसा -> हरियाणा
    (47, 46, "LOCATED_IN"),  # जादेपुरधस्सा गांव -> चौबेपुर
    (38, 40, "DATE_OF"),  # बिकरू कांड -> 2 जुलाई 2020
]


def entity_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every KANPUR_ENTITIES row, in code points of `text`."""
    out = []
    for surface, nth, label in KANPUR_ENTITIES:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        out.append((start, start + len(surface), label))
    return out


def annotate(window, spans: list[tuple[int, int, str]], relations: list[tuple[int, int, str]]) -> list[str]:
    """Annotate the open document through the window's own verbs (as the keys do): `spans`
    as (start, end, label), `relations` as (head index, tail index, label) into `spans`.
    Returns the span ids in `spans` order."""
    ids: list[str] = []
    for start, end, label in spans:
        window.view.set_text_selection(start, end)
        window.tag(label)
        ids.append(window.view.selected_span())
    for head, tail, label in relations:
        window.add_relation(ids[head], ids[tail], label)
    return ids


def render(out: Path, article: Path = ARTICLE, *, width: int = 1500, height: int = 1000, romanised: bool = False, language: str = "en") -> Path:
    """Make a temporary project holding the article, annotate it and save the window image
    (with the Hindi romanisation under the text when `romanised`), in the window `language`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme
    from ui import app as ui_app
    from ui import fonts, i18n
    from ui import settings as saved
    from ui.main_window import MainWindow

    qapp = ui_app.application()
    fonts.register_font()
    if not i18n.install(language):
        raise SystemExit(f"no {language} translation could be loaded")
    with tempfile.TemporaryDirectory() as tmp:
        from PySide6.QtCore import QSettings, Qt

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        saved.set_annotator_name("asha")
        path = Path(tmp) / "kanpur.db"
        with Project.create(path, resolve_scheme("hindi-news")) as project:
            import_paths(project, [article])
        window = MainWindow()
        window.resize(width, height)
        window.show()
        qapp.processEvents()
        window.open_project(path)
        window.resizeDocks([window.doc_dock, window.side_dock], [230, 340], Qt.Orientation.Horizontal)
        qapp.processEvents()
        ids = annotate(window, entity_offsets(window.view.text), KANPUR_RELATIONS)
        if romanised:
            window.roman.set_romanised(True)
        window.view.select_span(ids[7])
        window.view.verticalScrollBar().setValue(0)
        qapp.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        qapp.processEvents()
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    romanised, hindi = "--romanised" in argv, "--hindi" in argv
    argv = [a for a in argv if a not in ("--romanised", "--hindi")]
    default = "docs/screenshot-romanised.png" if romanised else "docs/screenshot-hindi.png" if hindi else "docs/screenshot.png"
    out = Path(argv[0]) if argv else Path(default)
    article = Path(argv[1]) if len(argv) > 1 else ARTICLE
    print(render(out, article, romanised=romanised, language="hi" if hindi else "en"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
