"""brat standoff, reading and writing: a folder of `NAME.txt` + `NAME.ann` pairs.

The `.txt` holds the stored text byte for byte (UTF-8, no BOM); offsets in the `.ann` are
code points of that file, end exclusive. Text-bound lines are `T1<TAB>LABEL START END<TAB>
text`; relations `R1<TAB>TYPE Arg1:T1 Arg2:T2`. A document id is the file name, made safe
(characters other than letters, digits, `-`, `_` and `.` become `_`); an id whose name would
pass 200 bytes of UTF-8 (file names hold 255) is shortened to its first bytes, `-` and 12 hex
digits of the id's SHA-256, the same name for the same id in every export, and reported.
brat's `.ann` is line-oriented and a span's text may hold no line break, so a span that crosses line breaks is written as brat's
discontinuous fragments (`0 5;6 10`, the text's pieces joined by one space), split at every
run of line-break characters, and read back as one span. A span that begins or ends with a
line break is written without it, and one made only of line breaks is left out (both
reported). `annotation.conf` (labels, relation argument types, `<OVERLAP>` allowing nested
spans) and `visual.conf` (the scheme's colours) are made from the project's scheme.

brat's own server reads `\\r\\n` as one character (nlplab/brat#853), so documents with CRLF
line ends are reported: their offsets are right for the files as written, not for that server.

Notes: an entity's or relation's note is an `AnnotatorNotes` line (`#1<TAB>AnnotatorNotes
T1<TAB>text`), an entity's unsure flag the binary attribute `Unsure` (`A1<TAB>Unsure T1`,
declared in annotation.conf). brat has no place for a note on the document or a flag on a
relation: those are left out and reported.

Reading: a `.txt` with a BOM has brat offsets counted with the BOM; they are shifted to the
stored text (which drops it). Fragments are merged when only whitespace lies between them,
and refused otherwise (a discontinuous entity cannot be stored). `AnnotatorNotes` lines
become notes (two on one annotation are joined by "; ") and `Unsure` attributes flags; other
`#` lines are comments and skipped. Events, other attributes, normalisations and
equivalences are refused with their line. One folder
is one annotator layer, `import:<folder name>` unless `--as` names another (the train, dev and
test folders of a split export are one layer named after the export's folder).
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.errors import InputError, Problem
from annotator.formats.base import EntityRec, ExportContext, ExportDoc, ParseResult, Record, RelationRec, Sink, count_read, input_lines
from annotator.formats.filenames import SafeNames
from annotator.text import decode_text

# Where Python's str.splitlines (and so brat's line reader) breaks a line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RUN = re.compile(f"[{_LINE_BREAKS}]+")
_TEXTBOUND = re.compile(r"(\S+) (\d+ \d+(?:;\d+ \d+)*)")
_RELATION = re.compile(r"(\S+) +(\S+?):(\S+) +(\S+?):(\S+)\s*")
_NOTE_LINE = re.compile(r"AnnotatorNotes (\S+)")
UNSURE = "Unsure"  # the binary attribute an entity's unsure flag is written as
_KINDS = {"E": "event", "A": "attribute", "M": "attribute", "N": "normalisation", "*": "equivalence"}
_BOM = b"\xef\xbb\xbf"

TRIMMED = "spans beginning or ending with a line break were written without it (brat cannot hold it)"
ONLY_BREAKS = "spans made only of line breaks were left out (brat cannot hold them)"
REL_LEFT_OUT = "relations were left out because a span of theirs was"
CRLF = "documents hold \\r: brat's server counts \\r\\n as one character (nlplab/brat#853); convert line ends before opening them there"
NOTES_LEFT_OUT = "document notes and unsure flags, and unsure flags on relations, were left out (brat has no place for them)"
CONF_FILES = ("annotation.conf", "visual.conf")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at every run of line breaks, empty pieces dropped."""
    out, pos = [], start
    for m in _BREAK_RUN.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def annotation_conf(ctx: ExportContext) -> str:
    lines = [f"# brat configuration for the scheme {ctx.scheme.name}, written by the Hindi news annotator", "", "[entities]", ""]
    lines += list(ctx.scheme.entities)
    lines += ["", "[relations]", "", "# spans of any labels may nest or overlap, as in the project", "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"]
    for r in ctx.scheme.relations:
        line = f"{r.name}\tArg1:{'|'.join(r.heads)}, Arg2:{'|'.join(r.tails)}"
        lines.append(line if r.directed else line + ", <REL-TYPE>:symmetric")
    lines += ["", "[events]", "", "[attributes]", "", "# the annotator was unsure of this entity", f"{UNSURE}\tArg:<ENTITY>", ""]
    return "\n".join(lines)


def visual_conf(ctx: ExportContext) -> str:
    relations = {r.name for r in ctx.scheme.relations}
    lines = ["[labels]", "", "[drawing]", ""]
    for name, color in ctx.scheme.colors:
        lines.append(f"{name}\tcolor:{color}" if name in relations else f"{name}\tbgColor:{color}")
    return "\n".join(lines) + "\n"


class BratSink:
    # Notes it carries except those brat has no place for, which write() counts itself.
    keeps = frozenset({"annotations", "ids", "notes", "txt-files"})

    def __init__(self, out: Path, ctx: ExportContext):
        out.mkdir(parents=True)
        self._out = out
        self._ctx = ctx
        self._name = SafeNames(ctx.notes)
        for name, content in zip(CONF_FILES, (annotation_conf(ctx), visual_conf(ctx))):
            (out / name).write_text(content, encoding="utf-8", newline="\n")

    def write(self, doc: ExportDoc) -> None:
        ctx, text = self._ctx, doc.text
        name = self._name(doc.ext_id)
        if "\r" in text:
            ctx.notes.add(CRLF, doc.ext_id)
        lines: list[str] = []
        refs: dict[int, str] = {}
        for k, e in enumerate(doc.entities):
            pieces = fragments(text, e.start, e.end)
            if not pieces:
                ctx.notes.entity(ONLY_BREAKS, doc, e)
                continue
            if pieces[0][0] != e.start or pieces[-1][1] != e.end:
                ctx.notes.entity(TRIMMED, doc, e)
            refs[k] = f"T{len(refs) + 1}"
            where = ";".join(f"{s} {t}" for s, t in pieces)
            lines.append(f"{refs[k]}\t{e.label} {where}\t{' '.join(text[s:t] for s, t in pieces)}\n")
        marks: list[str] = []
        for k, e in enumerate(doc.entities):
            if k in refs and e.note:
                marks.append(f"#{len(marks) + 1}\tAnnotatorNotes {refs[k]}\t{e.note}\n")
        flags = [f"A{n}\t{UNSURE} {refs[k]}\n" for n, k in enumerate((k for k, e in enumerate(doc.entities) if k in refs and e.unsure), start=1)]
        n = 0
        for r in doc.relations:
            if r.head not in refs or r.tail not in refs:
                ctx.notes.add(REL_LEFT_OUT, f"{doc.ext_id}: {r.label}")
                continue
            n += 1
            lines.append(f"R{n}\t{r.label} Arg1:{refs[r.head]} Arg2:{refs[r.tail]}\n")
            if r.note:
                marks.append(f"#{len(marks) + 1}\tAnnotatorNotes R{n}\t{r.note}\n")
            if r.unsure:
                ctx.notes.add(NOTES_LEFT_OUT, f"{doc.ext_id}: the {r.label} relation R{n}")
        if doc.note or doc.unsure:
            ctx.notes.add(NOTES_LEFT_OUT, f"{doc.ext_id}: the document")
        lines += flags + marks
        (self._out / f"{name}.txt").write_bytes(text.encode("utf-8"))
        (self._out / f"{name}.ann").write_bytes("".join(lines).encode("utf-8"))

    def close(self) -> None:
        pass


class BratWriter:
    name = "brat"
    folder = True

    def outputs(self, out: Path) -> list[Path]:
        return [out]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return BratSink(out, ctx)


WRITER = BratWriter()


def looks_like_export(folder: Path) -> bool:
    """Whether `folder` holds only what a brat export writes (so --force may replace it)."""
    for path in folder.iterdir():
        if path.is_dir():
            if path.name not in ("train", "dev", "test") or not looks_like_export(path):
                return False
        elif not (path.suffix in (".txt", ".ann") or path.name in CONF_FILES):
            return False
    return True


# -- reading ------------------------------------------------------------------------------


def _collection(folder: Path) -> str:
    """The layer-naming folder: a split export's train/dev/test parts are one collection."""
    return folder.parent.name if folder.name in ("train", "dev", "test") and folder.parent.name else folder.name


def pair(path: Path) -> tuple[Path, Path]:
    """(.txt, .ann) for either file of a pair."""
    return path.with_suffix(".txt"), path.with_suffix(".ann")


def parse_brat(path: Path) -> ParseResult:
    """One Record for the pair `path` belongs to (a .txt without .ann has no annotations)."""
    txt, ann = pair(path)
    if not txt.exists():
        yield Problem(str(ann), None, f"no {txt.name} beside it")
        return
    try:
        raw = txt.read_bytes()
        count_read(len(raw))
        text = decode_text(raw, path=str(txt))
    except OSError as exc:
        yield Problem(str(txt), None, f"cannot read: {exc.strerror}")
        return
    except InputError as exc:
        yield exc.problem
        return
    if not text.strip():
        yield Problem(str(txt), None, "the file is empty")
        return
    meta = {"source": txt.name}
    if not ann.exists():
        yield Record(str(txt), None, txt.stem, text, meta, collection=_collection(txt.parent))
        return
    shift = 1 if raw.startswith(_BOM) else 0
    try:
        data = ann.read_bytes()
        count_read(len(data))
        content = decode_text(data, path=str(ann))
    except OSError as exc:
        yield Problem(str(ann), None, f"cannot read: {exc.strerror}")
        return
    except InputError as exc:
        yield exc.problem
        return
    result = _annotations(content, text, shift, str(ann))
    if isinstance(result, Problem):
        yield result
        return
    entities, relations = result
    yield Record(str(ann), None, ann.stem, text, meta, entities, relations, collection=_collection(ann.parent))


def _annotations(content: str, text: str, shift: int, file: str) -> tuple[list[EntityRec], list[RelationRec]] | Problem:
    entities: list[EntityRec] = []
    refs: dict[str, str] = {}  # brat id -> our ref, which names the line for error messages
    pending: list[tuple[int, str, str, str, str]] = []
    marks: list[tuple[int, str, str, str | None]] = []  # (line, id, target, note text or None for Unsure)
    for number, line in enumerate(input_lines(content), start=1):
        if not line.strip():
            continue
        ident, tab, rest = line.partition("\t")
        if line.startswith("#"):
            kind, _, note = rest.partition("\t")
            m = _NOTE_LINE.fullmatch(kind.strip())
            if tab and m:  # any other '#' line is a comment
                marks.append((number, ident, m.group(1), note))
            continue
        if not tab or not ident:
            return Problem(file, number, "expected an id, a tab and the annotation")
        kind = ident[0]
        if ident in refs:
            return Problem(file, number, f"{ident}: the id is used twice")
        if kind == "T":
            data, _, surface = rest.partition("\t")
            m = _TEXTBOUND.fullmatch(data)
            if m is None:
                return Problem(file, number, f"{ident}: expected 'LABEL START END' (fragments joined by ';')")
            label = m.group(1)
            pieces = []
            for piece in m.group(2).split(";"):
                a, b = (int(x) - shift for x in piece.split(" "))
                if not (0 <= a <= b <= len(text)):
                    return Problem(file, number, f"{ident}: offsets {a + shift}-{b + shift} run outside the text (length {len(text) + shift})")
                pieces.append((a, b))
            claimed = " ".join(text[a:b] for a, b in pieces)
            if surface and surface != claimed:
                return Problem(file, number, f"{ident}: its text {surface!r} differs from the document's text {claimed!r}")
            pieces.sort()
            for (_, b), (a, _) in zip(pieces, pieces[1:]):
                if a < b or text[b:a].strip():
                    return Problem(file, number, f"{ident}: a discontinuous span (text between its fragments) cannot be imported")
            refs[ident] = f"{ident} (line {number})"
            entities.append(EntityRec(pieces[0][0], pieces[-1][1], label, refs[ident]))
        elif kind in "AM" and rest.split(" ")[0] == UNSURE:
            parts = rest.split()
            if len(parts) != 2:
                return Problem(file, number, f"{ident}: expected '{UNSURE} T1' (a binary attribute)")
            refs[ident] = ident
            marks.append((number, ident, parts[1], None))
        elif kind == "R":
            m = _RELATION.fullmatch(rest)
            if m is None:
                return Problem(file, number, f"{ident}: expected 'TYPE Arg1:T1 Arg2:T2'")
            refs[ident] = ident
            pending.append((number, ident, m.group(1), m.group(3), m.group(5)))
        else:
            what = _KINDS.get(kind, "unknown")
            return Problem(file, number, f"{ident}: brat {what} annotations cannot be imported (only T and R lines, AnnotatorNotes and the {UNSURE} attribute)")
    relations: dict[str, RelationRec] = {}
    for number, ident, label, head, tail in pending:
        for arg in (head, tail):
            if arg not in refs or arg.startswith("R"):
                return Problem(file, number, f"{ident}: no text-bound annotation {arg!r}")
        relations[ident] = RelationRec(refs[head], refs[tail], label)
    problem = _apply_marks(marks, {e.ref.split(" ")[0]: e for e in entities}, relations, file)
    return problem or (entities, list(relations.values()))


def _apply_marks(marks: list[tuple[int, str, str, str | None]], entities: dict[str, EntityRec], relations: dict[str, RelationRec], file: str) -> Problem | None:
    """Put each AnnotatorNotes line's text and each Unsure attribute on its annotation."""
    for number, ident, target, note in marks:
        item = entities.get(target) or (relations.get(target) if note is not None else None)
        if item is None:
            what = "text-bound annotation or relation" if note is not None else "text-bound annotation"
            return Problem(file, number, f"{ident}: no {what} {target!r}")
        if note is None:
            item.unsure = True
        else:
            item.note = f"{item.note}; {note}" if item.note else note
    return None
