"""Reading brat standoff: a `NAME.txt` + `NAME.ann` pair is one Record.

`T` (text-bound) and `R` (relation) lines become spans and relations; `AnnotatorNotes` lines
become notes (two on one annotation are joined by "; ") and the binary attribute `Unsure` an
entity's unsure flag. Other attributes become span attributes: `A1<TAB>negated T1` (binary)
is true, `A2<TAB>role T1 accused` a choice; a normalisation `N1<TAB>Reference T1
entity_id:ajay-mishra<TAB>…` gives the text attribute named before the colon the value after
it (whitespace and `%` in values are %-escaped by our writer, unescaped here). One the
project's scheme does not declare is listed by the importer, not refused (Record's
`foreign_attributes`). Everything else brat can say is kept out and listed, line by line, in
the import report, never a reason to refuse the document: events (`E`, and the text-bound
trigger each names), normalisations of another shape, equivalences (`*`), other `#`
comments, discontinuous spans (text between their fragments) and the relations, notes,
flags and attributes on anything left out.
A line that is not brat at all (no tab, an unknown kind, offsets outside the text, a surface
that differs from the text) still refuses the document with its line.

A `.txt` with a BOM has brat offsets counted with the BOM; they are shifted to the stored
text (which drops it). Fragments with only whitespace between them are one span. One folder
is one annotator layer, `import:<folder name>` unless `--as` names another (the train, dev and
test folders of a split export are one layer named after the export's folder).
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import EMPTY_FILE, EntityRec, cannot_read, ParseResult, Record, RelationRec, count_read, input_lines
from annotator.text import decode_text

UNSURE = "Unsure"  # the binary attribute an entity's unsure flag is written as
_TEXTBOUND = re.compile(r"(\S+) (\d+ \d+(?:;\d+ \d+)*)")
_RELATION = re.compile(r"(\S+) +(\S+?):(\S+) +(\S+?):(\S+)\s*")
_NOTE_LINE = re.compile(r"AnnotatorNotes (\S+)")
_BOM = b"\xef\xbb\xbf"


def escape(value: str) -> str:
    """A value as one brat token: whitespace and `%` %-escaped (UTF-8), everything else as is."""
    return "".join(urllib.parse.quote(c, safe="") if c.isspace() or c == "%" else c for c in value)


def unescape(token: str) -> str:
    return urllib.parse.unquote(token)


def _collection(folder: Path) -> str:
    """The layer-naming folder: a split export's train/dev/test parts are one collection."""
    return folder.parent.name if folder.name in ("train", "dev", "test") and folder.parent.name else folder.name


def pair(path: Path) -> tuple[Path, Path]:
    """(.txt, .ann) for either file of a pair."""
    return path.with_suffix(".txt"), path.with_suffix(".ann")


def _read(path: Path) -> tuple[bytes, str] | Problem:
    try:
        raw = path.read_bytes()
        count_read(len(raw))
        return raw, decode_text(raw, path=str(path))
    except OSError as exc:
        return Problem(str(path), None, cannot_read(exc))
    except InputError as exc:
        return exc.problem


def parse_brat(path: Path) -> ParseResult:
    """One Record for the pair `path` belongs to (a .txt without .ann has no annotations)."""
    txt, ann = pair(path)
    if not txt.exists():
        yield Problem(str(ann), None, Message(QT_TRANSLATE_NOOP("core", "no {file} beside it"), file=txt.name))
        return
    got = _read(txt)
    if isinstance(got, Problem):
        yield got
        return
    raw, text = got
    if not text.strip():
        yield Problem(str(txt), None, EMPTY_FILE)
        return
    meta = {"source": txt.name}
    if not ann.exists():
        yield Record(str(txt), None, txt.stem, text, meta, collection=_collection(txt.parent))
        return
    got = _read(ann)
    if isinstance(got, Problem):
        yield got
        return
    reader = _Reader(text, 1 if raw.startswith(_BOM) else 0, str(ann))
    problem = reader.read(got[1])
    if problem is not None:
        yield problem
        return
    yield Record(str(ann), None, ann.stem, text, meta, reader.entities(), reader.relations(), collection=_collection(ann.parent), notes=reader.notes, foreign_attributes=reader.foreign or None)


@dataclass
class _Reader:
    """One .ann file: what it holds, and what it leaves out (`notes`, one per line)."""

    text: str
    shift: int
    file: str
    spans: dict[str, EntityRec] = field(default_factory=dict)  # brat id -> entity
    kept_out: dict[str, str] = field(default_factory=dict)  # brat id -> what it was, for what refers to it
    pending: list[tuple[int, str, str, str, str]] = field(default_factory=list)  # R lines: (line, id, type, arg1, arg2)
    marks: list[tuple[int, str, str, str | None]] = field(default_factory=list)  # (line, id, target, note text or None for Unsure)
    values: list[tuple[int, str, str, str, str | bool, str]] = field(default_factory=list)  # (line, id, target, name, value, what)
    triggers: dict[str, str] = field(default_factory=dict)  # T id -> the event it triggers
    lines: dict[str, int] = field(default_factory=dict)  # T id -> its line
    seen: set[str] = field(default_factory=set)
    listed: list[tuple[int, str]] = field(default_factory=list)  # (line, what was left out and why)
    _relations: dict[str, RelationRec] = field(default_factory=dict)
    foreign: dict[tuple[str, str], str] = field(default_factory=dict)  # Record.foreign_attributes

    def leave_out(self, number: int, ident: str, what: str, why: str) -> None:
        self.listed.append((number, f"{self.file}:{number}: {ident}: {what} was not imported: {why}"))
        self.kept_out.setdefault(ident, what)

    def read(self, content: str) -> Problem | None:
        for number, line in enumerate(input_lines(content), start=1):
            if not line.strip():
                continue
            ident, tab, rest = line.partition("\t")
            if line.startswith("#"):
                self._comment(number, ident, tab, rest)
                continue
            if not tab or not ident:
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "expected an id, a tab and the annotation")))
            if ident in self.seen and ident != "*":
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: the id is used twice"), ident=ident))
            self.seen.add(ident)
            problem = self._line(number, ident, rest)
            if problem is not None:
                return problem
        return self._finish()

    def _comment(self, number: int, ident: str, tab: str, rest: str) -> None:
        kind, _, note = rest.partition("\t")
        m = _NOTE_LINE.fullmatch(kind.strip())
        if tab and m:
            self.marks.append((number, ident, m.group(1), note))
        else:
            self.leave_out(number, ident, f"the comment {kind.strip()!r}", "only AnnotatorNotes comments become notes")

    def _line(self, number: int, ident: str, rest: str) -> Problem | None:
        kind = ident[0]
        if kind == "T":
            return self._textbound(number, ident, rest)
        if kind in "AM":
            parts = rest.split()
            if parts and parts[0] == UNSURE:
                if len(parts) != 2:
                    return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: expected '{name} T1' (a binary attribute)"), ident=ident, name=UNSURE))
                self.marks.append((number, ident, parts[1], None))
            elif len(parts) in (2, 3):
                value: str | bool = unescape(parts[2]) if len(parts) == 3 else True
                self.values.append((number, ident, parts[1], parts[0], value, f"the attribute {' '.join(parts)!r}"))
            else:
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: expected 'NAME T1' or 'NAME T1 VALUE' (an attribute)"), ident=ident))
        elif kind == "R":
            m = _RELATION.fullmatch(rest)
            if m is None:
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: expected 'TYPE Arg1:T1 Arg2:T2'"), ident=ident))
            self.pending.append((number, ident, m.group(1), m.group(3), m.group(5)))
        elif kind == "E":
            head = rest.split()[0] if rest.split() else ""
            label, _, trigger = head.partition(":")
            self.triggers[trigger] = ident
            self.leave_out(number, ident, f"the event {label!r} (trigger {trigger})", "the project has no events")
        elif kind == "N":
            parts = rest.split("\t")[0].split()
            resource, colon, key = parts[2].partition(":") if len(parts) == 3 else ("", "", "")
            what = f"the normalisation {rest.split(chr(9))[0]!r}"
            if resource and colon and key:
                self.values.append((number, ident, parts[1], resource, unescape(key), what))
            else:
                self.leave_out(number, ident, what, "only 'TYPE T1 NAME:VALUE' normalisations become attributes")
        elif kind == "*":
            self.leave_out(number, ident, f"the equivalence {rest!r}", "the project has no equivalence sets (a symmetric relation type can hold pairs)")
        else:
            return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: not a brat annotation (the id must begin with T, R, E, A, M, N, * or #)"), ident=ident))
        return None

    def _textbound(self, number: int, ident: str, rest: str) -> Problem | None:
        data, _, surface = rest.partition("\t")
        m = _TEXTBOUND.fullmatch(data)
        if m is None:
            return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: expected 'LABEL START END' (fragments joined by ';')"), ident=ident))
        label, text, shift = m.group(1), self.text, self.shift
        pieces = []
        for piece in m.group(2).split(";"):
            a, b = (int(x) - shift for x in piece.split(" "))
            if not (0 <= a <= b <= len(text)):
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: offsets {start}-{end} run outside the text (length {length})"), ident=ident, start=a + shift, end=b + shift, length=len(text) + shift))
            pieces.append((a, b))
        claimed = " ".join(text[a:b] for a, b in pieces)
        if surface and surface != claimed:
            return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: its text {surface} differs from the document's text {claimed}"), ident=ident, surface=repr(surface), claimed=repr(claimed)))
        pieces.sort()
        if any(a < b or text[b:a].strip() for (_, b), (a, _) in zip(pieces, pieces[1:])):
            self.leave_out(number, ident, f"the discontinuous {label} span {claimed!r}", "a span cannot have text between its fragments")
            return None
        self.spans[ident] = EntityRec(pieces[0][0], pieces[-1][1], label, f"{ident} (line {number})")
        self.lines[ident] = number
        return None

    def _finish(self) -> Problem | None:
        for trigger, event in self.triggers.items():
            if trigger in self.spans:  # an event's trigger is the event's text, not an entity
                span = self.spans.pop(trigger)
                self.leave_out(self.lines[trigger], trigger, f"the {span.label} trigger of {event}", "the project has no events")
        for number, ident, label, head, tail in self.pending:
            missing = [arg for arg in (head, tail) if arg not in self.spans]
            gone = [arg for arg in missing if arg in self.kept_out]
            if gone:
                self.leave_out(number, ident, f"the {label} relation", f"{gone[0]} ({self.kept_out[gone[0]]}) was not imported")
            elif missing:
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: no text-bound annotation {target}"), ident=ident, target=repr(missing[0])))
            else:
                self._relations[ident] = RelationRec(self.spans[head].ref, self.spans[tail].ref, label)
        for number, ident, target, note in self.marks:
            item = self.spans.get(target) or (self._relations.get(target) if note is not None else None)
            what = "the note" if note is not None else f"the {UNSURE} flag"
            if item is None and target in self.kept_out:
                self.leave_out(number, ident, what, f"it is on {target} ({self.kept_out[target]}), which was not imported")
            elif item is None:
                if note is not None:
                    return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: no text-bound annotation or relation {target}"), ident=ident, target=repr(target)))
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: no text-bound annotation {target}"), ident=ident, target=repr(target)))
            elif note is None:
                item.unsure = True
            else:
                item.note = f"{item.note}; {note}" if item.note else note
        for number, ident, target, name, value, what in self.values:
            span = self.spans.get(target)
            if span is None and target in self.kept_out:
                self.leave_out(number, ident, what, f"it is on {target} ({self.kept_out[target]}), which was not imported")
            elif span is None:
                return Problem(self.file, number, Message(QT_TRANSLATE_NOOP("core", "{ident}: no text-bound annotation {target}"), ident=ident, target=repr(target)))
            elif name in (span.attributes or {}):
                self.leave_out(number, ident, what, f"{target} already has {name} from an earlier line")
            else:
                span.attributes = {**(span.attributes or {}), name: value}
                self.foreign[(span.ref or "", name)] = f"{self.file}:{number}: {ident}: {what}"
        return None

    @property
    def notes(self) -> list[str]:
        """What was left out, in the order of the file's lines."""
        return [text for _, text in sorted(self.listed, key=lambda item: item[0])]

    def entities(self) -> list[EntityRec]:
        return list(self.spans.values())

    def relations(self) -> list[RelationRec]:
        return list(self._relations.values())
