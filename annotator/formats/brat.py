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

Span attributes: a boolean is a binary attribute (`A2<TAB>negated T1`, written when true; a
false value is left out and reported, since brat's binary attributes have no false), a
choice a multi-valued one (`A3<TAB>role T1 accused`), both declared in annotation.conf; a text
attribute such as an entity id is a normalisation, `N1<TAB>Reference T1 entity_id:ajay-mishra
<TAB>ajay-mishra` (resource = the attribute's name, id = its value, whitespace and `%` in a
value %-escaped). brat's server needs a tools.conf [normalization] entry to look ids up; the
lines themselves load without one.

Reading is brat_read.py: T and R lines, notes and Unsure flags, A/M and N lines as attributes;
everything else listed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from annotator.formats.base import ExportContext, ExportDoc, Sink
from annotator.formats.brat_read import UNSURE, escape, pair, parse_brat
from annotator.formats.filenames import SafeNames

__all__ = ["WRITER", "UNSURE", "pair", "parse_brat", "looks_like_export", "fragments"]

# Where Python's str.splitlines (and so brat's line reader) breaks a line.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RUN = re.compile(f"[{_LINE_BREAKS}]+")

TRIMMED = "spans beginning or ending with a line break were written without it (brat cannot hold it)"
ONLY_BREAKS = "spans made only of line breaks were left out (brat cannot hold them)"
REL_LEFT_OUT = "relations were left out because a span of theirs was"
CRLF = "documents hold \\r: brat's server counts \\r\\n as one character (nlplab/brat#853); convert line ends before opening them there"
NOTES_LEFT_OUT = "document notes and unsure flags, and unsure flags on relations, were left out (brat has no place for them)"
FALSE_LEFT_OUT = "boolean attributes set to false were left out (brat's binary attributes are present or absent; absent reads back as unset)"
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
    lines += ["", "[events]", "", "[attributes]", "", "# the annotator was unsure of this entity", f"{UNSURE}\tArg:<ENTITY>"]
    for name, kind, values in ctx.scheme.attributes:
        if kind == "boolean":
            lines.append(f"{name}\tArg:<ENTITY>")
        elif kind == "choice":
            lines.append(f"{name}\tArg:<ENTITY>, Value:{'|'.join(escape(v) for v in values)}")
    texts = [name for name, kind, _ in ctx.scheme.attributes if kind == "text"]
    if texts:
        lines.append(f"# text attributes ({', '.join(texts)}) are normalisations: N lines, Reference T1 NAME:VALUE")
    lines.append("")
    return "\n".join(lines)


def visual_conf(ctx: ExportContext) -> str:
    relations = {r.name for r in ctx.scheme.relations}
    lines = ["[labels]", "", "[drawing]", ""]
    for name, color in ctx.scheme.colors:
        lines.append(f"{name}\tcolor:{color}" if name in relations else f"{name}\tbgColor:{color}")
    return "\n".join(lines) + "\n"


class BratSink:
    # Notes it carries except those brat has no place for, which write() counts itself.
    keeps = frozenset({"annotations", "ids", "notes", "attributes", "txt-files"})

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
        flags += self._attributes(doc, refs, len(flags))
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

    def _attributes(self, doc: ExportDoc, refs: dict[int, str], flags: int) -> list[str]:
        """The A and N lines of the entities' attributes, A numbered after the Unsure flags."""
        kinds = {name: kind for name, kind, _ in self._ctx.scheme.attributes}
        a_lines: list[str] = []
        n_lines: list[str] = []
        for k, e in enumerate(doc.entities):
            if k not in refs or not e.attributes:
                continue
            for name, value in json.loads(e.attributes).items():
                if value is False:
                    self._ctx.notes.add(FALSE_LEFT_OUT, f"{doc.ext_id}: {name} on {refs[k]}")
                elif value is True:
                    a_lines.append(f"A{flags + len(a_lines) + 1}\t{name} {refs[k]}\n")
                elif kinds.get(name) == "choice":
                    a_lines.append(f"A{flags + len(a_lines) + 1}\t{name} {refs[k]} {escape(value)}\n")
                else:
                    n_lines.append(f"N{len(n_lines) + 1}\tReference {refs[k]} {name}:{escape(value)}\t{value}\n")
        return a_lines + n_lines

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
