"""The scenarios scripts/xdrive.py runs: each drives the window as a user would, by mouse and
keyboard only, and takes a screenshot after each step. `s` is an xdrive.Screen.

Positions are the window's logical pixels (from its client area's top left) when it opens at
its first-run size on a 1400x900 screen (1280x820), measured on the screenshots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The demo article as the window shows it before any annotation of one's own: the demo
# layer's example with its bars and arcs (item 11).
EXAMPLE_NAGAR_NIGAM = (621, 692, 228)
# ... and once one's own layer starts: the example's rows and bar are gone, but the tagged
# line stays where it was (room is made above the text), so the next drag lands on it.
NAGAR_NIGAM = (619, 692, 228)
SUNITA_SHARMA = (785, 862, 228)
SUBAH = (869, 900, 282)  # the last word of its line
# The review window (its client area): the far end (कानपुर) of the relation in the strip.
FAR_END_LINK = (872, 82)
LINE_FOUR = (420, 316)  # in the text, on the fourth line


def start_named(s, name: str = "asha", *args: str) -> str:
    """Launch on the fresh HOME, answer the first-run name dialog, return the main window."""
    s.launch(*args)
    s.find("Who is annotating")
    s.type(name)
    s.key("Return")
    s.gone("Who is annotating")
    return s.find("Hindi news annotator")


def data_dir(s) -> Path:
    return s.home / ".local" / "share" / "hindi-annotator"


def first_run(s) -> None:
    """Bugs 2 and 3: the name dialog (empty OK, Cancel), then keys before any click."""
    s.launch()
    dialog = s.find("Who is annotating")
    s.shot("name-dialog")
    s.key("Return")
    s.shot("empty-ok-says-why")
    s.click(dialog, 205, 112)  # Cancel
    main = s.find("Hindi news annotator")
    s.shot("cancel-opens-demo-as-stand-in")
    s.key("F1")
    s.find("Keyboard shortcuts")
    s.shot("f1-before-any-click")
    s.key("Escape")
    s.note(f"F1 sheet closed by Escape: {s.gone('Keyboard shortcuts')}")
    s.shot("f1-escape")
    s.key("ctrl+shift+v")
    s.find("Review")
    s.shot("review-before-any-click")
    s.key("Escape")
    s.note(f"review window closed by Escape: {s.gone('^Review')}")
    s.key("ctrl+shift+a")
    s.shot("arcs-hidden-by-ctrl-shift-a")
    s.key("ctrl+shift+a")
    s.note(f"Ctrl+Q quit at first start: {s.quit_with_ctrl_q()}")
    s.note(f"Cancel's name not remembered; the project exists: {(data_dir(s) / 'default.db').exists()}")
    s.launch()
    s.find("Who is annotating")
    s.shot("second-start-asks-again")
    s.type("meena")
    s.key("Return")
    s.find("Hindi news annotator")
    s.note(f"Ctrl+Q at the second start: {s.quit_with_ctrl_q()}")
    del main


def annotate(s) -> None:
    """Items 8, 9, 11 and bug 4: tag by drag + key, move an edge, add a relation by keys."""
    w = start_named(s)
    s.shot("demo-example-bar")
    x1, x2, y = EXAMPLE_NAGAR_NIGAM
    s.drag(w, x1 + 2, y, x2 - 2)
    s.shot("example-drag")
    s.key("o")
    s.shot("first-tag-starts-own-layer")
    x1, x2, y = SUNITA_SHARMA
    s.drag(w, x1 + 2, y, x2 - 2)
    s.key("p")
    s.shot("person-tagged")
    x1, x2, y = SUBAH
    s.drag(w, x1 + 2, y, x2 - 2)
    s.shot("before-time-tag-pointer-on-its-line")
    s.key("h")
    s.shot("after-time-tag-label-at-line-end")
    # bug 4: move the end edge with the keyboard; the romanisation under the list follows
    x1, x2, y = SUNITA_SHARMA
    s.click(w, (x1 + x2) // 2, y)
    s.key("ctrl+shift+Right")
    s.shot("edge-moved-romanisation-follows")
    s.key("ctrl+shift+Left")
    s.shot("edge-moved-back")
    # a relation by keys: R, Shift+Tab to the organisation, Enter for the menu, Enter for its first type
    s.hover(w, *LINE_FOUR)
    s.key("r", "shift+Tab", "Return")
    s.shot("relation-menu")
    s.key("Return")
    s.shot("relation-added-one-enter")
    s.key("ctrl+z")
    s.shot("relation-undone")
    s.key("ctrl+shift+z")
    s.shot("relation-redone")
    # item 9: the suggestions panel (Tab to the TIME span, its other occurrence suggested)
    s.key("Tab", "ctrl+shift+o")
    s.shot("occurrence-suggested")
    s.key("shift+y")
    s.shot("suggestion-accepted-panel-gone")
    s.note(f"Ctrl+Q: {s.quit_with_ctrl_q()}")
    s.note("stats: " + s.cli("stats", str(data_dir(s) / "default.db")).replace("\n", " | "))


def write_long_article(folder: Path) -> Path:
    """About 50,000 characters of our own Hindi (the demo articles' sentences, numbered),
    one word in it (अंतिम) only in the middle paragraph, for Find."""
    demo = [json.loads(line)["text"] for line in (REPO / "resources" / "demo" / "demo.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    paragraphs, n = [], 0
    while sum(len(p) for p in paragraphs) < 50_000:
        n += 1
        paragraphs.append(f"{n}. " + demo[n % len(demo)].replace("\n\n", " "))
    paragraphs.insert(len(paragraphs) // 2, "यह इस लंबे लेख का अंतिम नहीं, बीच का अनुच्छेद है।")
    paragraphs.append("यह इस लंबे लेख का आख़िरी अनुच्छेद है।")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long-article.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def long_article(s) -> None:
    """Bug 1 and item 9 (Find): import a 50,000-character article with Ctrl+I, scroll into it,
    then romanised view, zoom and window resizes; a drag after them tags what is under it."""
    article = write_long_article(s.home / "articles")
    w = start_named(s)
    s.key("ctrl+i")
    s.find("Import files")
    s.type(str(article))
    s.key("Return")
    s.find("^Import")
    s.shot("import-report")
    s.key("Escape")
    s.note(f"the import report closed by Escape: {s.gone('^Import')}")
    s.key("ctrl+Next", "ctrl+Next")
    s.key(*["Next"] * 6)
    s.shot("long-scrolled-six-pages")
    for keys, step in [
        (["ctrl+shift+r"], "romanised-on"),
        (["ctrl+shift+r"], "romanised-off"),
        (["ctrl+plus", "ctrl+plus"], "zoom-in-twice"),
        (["ctrl+0"], "zoom-reset"),
    ]:
        s.key(*keys)
        s.shot(step)
    s.resize(w, 1000, 640)
    s.shot("resized-smaller")
    s.resize(w, 1280, 820)
    s.shot("resized-back")
    s.drag(w, 420, 300, 470)
    s.key("x")
    s.shot("drag-after-relayout-tags-what-is-seen")
    s.key("ctrl+f")
    s.type("antim")
    s.key("Return")
    s.shot("find-roman-hit-centred")
    s.key("Escape")
    s.key("ctrl+shift+f")
    s.type("antim")
    s.key("Return")
    s.shot("search-all-documents-hit-marked")
    s.note(f"Ctrl+Q: {s.quit_with_ctrl_q()}")


def project(s) -> None:
    """Item 7: New project, Import files (one bad), Import a folder, all from the window."""
    folder = s.home / "articles" / "batch"
    folder.mkdir(parents=True)
    (folder / "patna.txt").write_text("पटना में गंगा का जलस्तर बढ़ने से निचले इलाकों में पानी भर गया।\n", encoding="utf-8")
    (folder / "jaipur.txt").write_text("जयपुर नगर निगम ने नया पुस्तकालय खोला।\n", encoding="utf-8")
    single = s.home / "articles" / "lucknow.txt"
    single.write_text("लखनऊ में मुख्यमंत्री ने नई बस सेवा शुरू की।\n", encoding="utf-8")
    bad = s.home / "articles" / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "ठीक"}\n{"id": "x", "txt": "गलत"}\n', encoding="utf-8")
    w = start_named(s)
    s.key("ctrl+n")
    s.find("New project")
    s.key("ctrl+a")
    s.type(str(s.home / "news.db"))
    s.shot("new-project-dialog")
    s.key("Return")
    s.find("news.db")
    s.shot("new-project-open")
    for path, step in [(bad, "import-bad-file-one-line"), (single, "import-one-file")]:
        s.key("ctrl+i")
        s.find("Import files")
        s.type(str(path))
        s.key("Return")
        s.find("^Import")
        s.shot(step)
        s.key("Escape")
    s.key("alt+f")
    s.key("f")
    s.find("Import a folder")
    s.type(str(folder))
    s.key("Return")
    s.find("^Import")
    s.shot("import-folder")
    s.key("Escape")
    s.shot("three-documents")
    s.note("A drop is not driven: xdotool cannot do an XDND drag between clients; tests/ui/test_new_project.py covers drops.")
    s.note(f"Ctrl+Q: {s.quit_with_ctrl_q()}")
    s.note("stats: " + s.cli("stats", str(s.home / "news.db")).replace("\n", " | "))
    del w


def seed_review(path: Path) -> None:
    """A merged project: asha and ravi disagree on a boundary and on a relation whose ends
    are paragraphs apart (the same shape tests/ui/test_review_view.py checks)."""
    sys.path.insert(0, str(REPO))
    from annotator import edits
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme

    filler = "इस बीच शहर में कई दूसरी खबरें भी आईं और लोग अपने काम में लगे रहे।"
    near = "पुलिस आयुक्त विजय सिंह मीणा ने बताया कि जांच जारी है।"
    far = "बाद में कानपुर में अजय मिश्रा से पूछताछ हुई।"
    text = "\n\n".join([filler] * 12 + [near] + [filler] * 14 + [far] + [filler] * 6)
    article = path.parent / "review-1.txt"
    article.write_text(text, encoding="utf-8")
    with Project.create(path, resolve_scheme("hindi-news")) as p:
        import_paths(p, [article])
        doc = p.document_by_ext_id("review-1").uuid
        ids = {n: edits.ensure_annotator(p, n) for n in ("asha", "ravi")}

        def span(who: str, word: str, label: str, cut: int | None = None) -> str:
            a = text.index(word)
            b = a + (len(word) if cut is None else cut)
            return edits.add_span(p, document=doc, annotator=ids[who], start=a, end=b, label=label).spans[0][1].uuid

        span("asha", "विजय सिंह मीणा", "PERSON")
        span("ravi", "विजय सिंह मीणा", "PERSON", cut=len("विजय सिंह"))
        kanpur = span("asha", "कानपुर", "LOCATION")
        span("ravi", "कानपुर", "LOCATION")
        span("ravi", "अजय मिश्रा", "PERSON")
        d = {n: span(n, "पुलिस आयुक्त", "DESIGNATION") for n in ids}
        edits.add_relation(p, head=d["asha"], tail=kanpur, label="DESIGNATION_AT")


def review(s) -> None:
    """Item 10 and Escape: the review window on a merged project, then the agreement dialog and
    the team progress dialog."""
    path = s.home / "merged.db"
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO / 'scripts')!r}); import xdrive_scenarios as x; from pathlib import Path; x.seed_review(Path({str(path)!r}))"], check=True, cwd=REPO, env={**os.environ, "ANNOTATOR_HOME": str(s.home)})
    start_named(s, "lead", str(path))
    s.key("ctrl+shift+v")
    review_window = s.find("^Review")
    s.shot("review-first-disagreement")
    s.key("j")
    s.shot("review-boundary")
    s.key("j")
    s.shot("review-relation-ends-far-apart")
    s.click(review_window, *FAR_END_LINK)
    s.shot("review-far-end-clicked-in-strip")
    s.key("k", "b")  # back to the boundary disagreement: take both
    s.shot("review-boundary-take-both")
    s.key("Escape")
    s.note(f"review closed by Escape: {s.gone('^Review')}")
    s.key("ctrl+shift+g")
    s.find("Agreement")
    s.shot("agreement-dialog")
    s.key("Escape")
    s.key("ctrl+shift+t")
    s.find("[Pp]rogress")
    s.shot("team-progress")
    s.key("Escape")
    s.note(f"Ctrl+Q: {s.quit_with_ctrl_q()}")


def small(s) -> None:
    """Bug 6: the first-run window fits the screen; shrunk by the window manager to its
    minimum, then forced smaller with no window manager, nothing overlaps."""
    w = start_named(s)
    s.shot("fits-the-screen")
    x, y, width, height = s.origin(w)
    s.note(f"first-run window: {width}x{height} device pixels at ({x}, {y}) on {s.width}x{s.height}")
    s.xdo("windowsize", w, "10", "10")  # openbox stops it at the window's minimum size
    s.shot("shrunk-to-minimum")
    s.note("minimum: {2}x{3} device pixels".format(*s.origin(w)))
    s.stop_window_manager()
    s.xdo("windowsize", w, str(250 * s.scale), str(180 * s.scale))
    s.shot("forced-below-minimum-no-wm")


def readme(s) -> None:
    """The README's screenshots, rendered by the window on this X server at 1x."""
    env = {**s.env, "QT_QPA_PLATFORM": "xcb", "UPDATE_SCREENSHOTS": "1"}
    py = str(REPO / ".venv" / "bin" / "python")
    shots = (
        ["-m", "ui.screenshot", "docs/screenshot.png"],
        ["-m", "ui.screenshot", "--romanised", "docs/screenshot-romanised.png"],
        ["-m", "ui.screenshot", "--hindi", "docs/screenshot-hindi.png"],
    )
    for args in shots:
        subprocess.run([py, *args], cwd=REPO, env=env, check=True)
    tests = ["tests/ui/test_review.py", "tests/ui/test_agreement_dialog.py"]
    subprocess.run([py, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], cwd=REPO, env=env, check=True)


SCENARIOS = {
    "first-run": first_run,
    "annotate": annotate,
    "long": long_article,
    "project": project,
    "review": review,
    "small": small,
    "readme": readme,
}
