"""Label Studio JSON tasks, reading and writing: `data.text`, with `annotations` and
`predictions` whose `result` holds `labels` regions and `relation` items.

Writing: one JSON array of tasks, one task per line, `{"data": {"text", "id", "meta"},
"predictions": [{"model_version", "result"}]}`, which Label Studio imports as tasks with
pre-annotations; beside OUT, `<stem>.label_config.xml` is the labeling config made from the
scheme (labelstudio_config.py). A region is `{"id": "T1", "from_name": "label", "to_name":
"text", "type": "labels", "value": {"start", "end", "text", "labels": [LABEL]}}`, offsets in
code points of `data.text` (what Label Studio's Text tag counts since 2021); a relation is
`{"type": "relation", "from_id", "to_id", "direction", "labels": [TYPE]}`, `direction`
`right` for a directed type and `bi` for an undirected one. A span attribute is a per-region
result with the region's id and the attribute's name as `from_name`: `{"type": "choices",
"value": {"start", "end", "text", "choices": [VALUE]}}` for a choice, and for a boolean with
the value "true" or "false"; `{"type": "textarea", ..., "text": [VALUE]}` for a text
attribute (an entity id); the labeling config declares them as `<Choices perRegion="true">`
and `<TextArea perRegion="true">`.

Reading takes Label Studio's JSON export (an array of tasks, or one task per line): each
annotation set is one layer, named after its `completed_by` (the e-mail when the export
gives the user, `labelstudio-user-N` for a bare id), and each set of predictions a
suggestion layer `import:<file stem>:<model_version>` (Label Studio's own export lists
predictions by id only: those are listed as not imported); `--as` puts them all in one layer.
The text is `data.text` (or the only string in `data`); the id `data.id` (our export) or
`<file stem>-<task id>`. A region whose `value.text` differs from the text at its offsets is
refused, except that line breaks are not compared (Label Studio 1.4 dropped them from
`value.text` when a task was updated); when the offsets fit the text counted in UTF-16 units
(Label Studio before 2021), the error says so. Cancelled annotations, relations without a
label and results that are neither text regions nor per-region choices or text areas on one
(document-level choices, ratings...) are left out, each listed in the import report; a
per-region one whose name the project's scheme does not declare is listed too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message, Problem
from annotator.formats.base import EMPTY_FILE, EntityRec, cannot_read, not_json, ExportContext, ExportDoc, ParseResult, Record, RelationRec, Sink, TOO_DEEP, count_read, file_stem
from annotator.formats.labelstudio_config import FROM_NAME, TO_NAME, config_path, label_config
from annotator.text import decode_text

MODEL = "hindi-news-annotator"
_BREAKS = str.maketrans("", "", "\r\n\u2028\u2029\x85\x0b\x0c")


# -- writing ------------------------------------------------------------------------------


def task_json(doc: ExportDoc, undirected: frozenset[str] = frozenset(), kinds: dict[str, str] | None = None) -> str:
    result: list[dict] = []
    for k, e in enumerate(doc.entities, start=1):
        value = {"start": e.start, "end": e.end, "text": doc.text[e.start : e.end], "labels": [e.label]}
        result.append({"id": f"T{k}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels", "value": value})
        for name, v in json.loads(e.attributes).items() if e.attributes else ():
            at = {"start": e.start, "end": e.end, "text": value["text"]}
            if isinstance(v, bool) or (kinds or {}).get(name) == "choice":
                kind, at["choices"] = "choices", [json.dumps(v) if isinstance(v, bool) else v]
            else:
                kind, at["text"] = "textarea", [v]
            result.append({"id": f"T{k}", "from_name": name, "to_name": TO_NAME, "type": kind, "value": at})
    for r in doc.relations:
        direction = "bi" if r.label in undirected else "right"
        result.append({"from_id": f"T{r.head + 1}", "to_id": f"T{r.tail + 1}", "type": "relation", "direction": direction, "labels": [r.label]})
    data = {"text": doc.text, "id": doc.ext_id, "meta": doc.meta}
    task = {"data": data, "predictions": [{"model_version": f"{MODEL}:{doc.source}", "result": result}]}
    return json.dumps(task, ensure_ascii=False)


class LabelStudioSink:
    keeps = frozenset({"annotations", "meta", "ids", "attributes"})

    def __init__(self, out: Path, ctx: ExportContext):
        self._ctx = ctx
        self._kinds = {name: kind for name, kind, _ in ctx.scheme.attributes}
        self._undirected = frozenset(r.name for r in ctx.scheme.relations if not r.directed)
        config_path(out).write_text(label_config(ctx), encoding="utf-8", newline="\n")
        self._file: IO[str] = open(out, "w", encoding="utf-8", newline="\n")
        self._file.write("[")
        self._first = True

    def write(self, doc: ExportDoc) -> None:
        self._file.write(("\n" if self._first else ",\n") + task_json(doc, self._undirected, self._kinds))
        self._first = False

    def close(self) -> None:
        self._file.write("\n]\n")
        self._file.close()


class LabelStudioWriter:
    name = "labelstudio"
    folder = False

    def outputs(self, out: Path) -> list[Path]:
        return [out, config_path(out)]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return LabelStudioSink(out, ctx)


WRITER = LabelStudioWriter()


# -- reading ------------------------------------------------------------------------------


def _tasks(content: str, file: str) -> list[tuple[int, object]] | Problem:
    """(line, task) for each task of a JSON array, or of one task (object) per line."""
    decoder = json.JSONDecoder()
    items: list[tuple[int, object]] = []
    n, line, counted = len(content), 1, 0

    def skip(p: int) -> int:
        while p < n and content[p] in " \t\r\n":
            p += 1
        return p

    def line_at(p: int) -> int:  # counted forward only: a large file is read once
        nonlocal line, counted
        line += content.count("\n", counted, p)
        counted = p
        return line

    pos = skip(0)
    array = content.startswith("[", pos)
    pos = skip(pos + 1) if array else pos
    try:
        while pos < n:
            if array and content[pos] == "]":
                rest = skip(pos + 1)
                return items if rest == n else Problem(file, line_at(rest), Message(QT_TRANSLATE_NOOP("core", "text after the end of the array")))
            value, end = decoder.raw_decode(content, pos)
            items.append((line_at(pos), value))
            pos = skip(end)
            if array and pos < n and content[pos] not in ",]":
                return Problem(file, line_at(pos), Message(QT_TRANSLATE_NOOP("core", "expected ',' or ']' between the tasks of the array")))
            if array and pos < n and content[pos] == ",":
                pos = skip(pos + 1)
    except json.JSONDecodeError as exc:
        return Problem(file, exc.lineno, not_json(exc))
    except RecursionError:
        return Problem(file, line, TOO_DEEP)
    return Problem(file, line_at(n), Message(QT_TRANSLATE_NOOP("core", "the array is not closed with ']'"))) if array else items


def _who(annotation: dict, stem: str) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        name = who.get("email") or " ".join(str(who.get(k) or "") for k in ("first_name", "last_name")).strip()
        who = name or who.get("id")
    if isinstance(who, str) and who.strip():
        return who.strip()[:64]
    if isinstance(who, int) and not isinstance(who, bool):
        return f"labelstudio-user-{who}"
    return f"import:{stem}"


def _utf16_slice(text: str, start: int, end: int) -> str | None:
    data = text.encode("utf-16-le", "surrogatepass")
    if not 0 <= start < end <= len(data) // 2:
        return None
    return data[2 * start : 2 * end].decode("utf-16-le", "replace")


def _region(item: dict, text: str, where: str) -> tuple[int, int, list[str]] | str:
    """(start, end, labels) of a `labels` region, or why it cannot be imported."""
    value = item.get("value")
    if not isinstance(value, dict):
        return f"{where}: 'value' must be an object"
    start, end, labels = value.get("start"), value.get("end"), value.get("labels")
    if type(start) is not int or type(end) is not int:
        return f"{where}: 'value.start' and 'value.end' must be integers (character offsets)"
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) and x for x in labels):
        return f"{where}: 'value.labels' must be a non-empty list of label names"
    claimed = value.get("text")
    if isinstance(claimed, str) and 0 <= start < end <= len(text) and claimed != text[start:end]:
        if claimed.translate(_BREAKS) != text[start:end].translate(_BREAKS):
            hint = ""
            if _utf16_slice(text, start, end) == claimed:
                hint = "; the offsets fit the text counted in UTF-16 units, as Label Studio before 2021 counted it: re-export from a current Label Studio"
            return f"{where}: its text {claimed!r} differs from the document's text {text[start:end]!r} at {start}-{end}{hint}"
    return start, end, labels


def _result(result: object, text: str, where: str, notes: list[str], foreign: dict) -> tuple[list[EntityRec], list[RelationRec]] | str:
    if not isinstance(result, list):
        return f"{where}: 'result' must be a list"
    entities: list[EntityRec] = []
    regions: dict[str, list[str]] = {}  # region id -> refs of its entities (one per label)
    pending: list[tuple[int, dict]] = []
    per_region: list[tuple[int, dict]] = []
    for i, item in enumerate(result, start=1):
        here = f"{where}, result #{i}"
        if not isinstance(item, dict):
            return f"{here}: not an object"
        kind = item.get("type")
        if kind == "relation":
            pending.append((i, item))
            continue
        if kind in ("choices", "textarea") and "id" in item:
            per_region.append((i, item))
            continue
        if kind != "labels":
            notes.append(f"{here}: a {kind!r} result ({item.get('from_name')}) is not a text region and was not imported")
            continue
        got = _region(item, text, f"{here} (region {item.get('id')})")
        if isinstance(got, str):
            return got
        start, end, labels = got
        rid = str(item.get("id", f"#{i}"))
        if rid in regions:
            return f"{here}: the region id {rid!r} is used twice"
        regions[rid] = []
        for label in labels:
            ref = f"{rid}:{label}"
            regions[rid].append(ref)
            entities.append(EntityRec(start, end, label, ref))
    problem = _attributes(per_region, regions, {e.ref: e for e in entities}, where, notes, foreign)
    if problem:
        return problem
    relations: list[RelationRec] = []
    for number, rel in pending:
        here = f"{where}, result #{number}"
        head, tail = rel.get("from_id"), rel.get("to_id")
        if str(head) not in regions or str(tail) not in regions:
            return f"{here}: the relation joins {head!r} and {tail!r}, which are not both text regions of this annotation"
        if rel.get("direction") == "left":
            head, tail = tail, head
        labels = rel.get("labels") or []
        if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
            return f"{here}: 'labels' must be a list of relation type names"
        if not labels:
            notes.append(f"{here}: a relation {head} -> {tail} without a label was not imported")
            continue
        for label in labels:
            for h in regions[str(head)]:
                for t in regions[str(tail)]:
                    relations.append(RelationRec(h, t, label))
    return entities, relations


def _attributes(items: list[tuple[int, dict]], regions: dict[str, list[str]], by_ref: dict[str, EntityRec], where: str, notes: list[str], foreign: dict) -> str | None:
    """Give the regions the values of their per-region choices and text areas (span attributes)."""
    for i, item in items:
        here = f"{where}, result #{i}"
        rid, name, kind = str(item.get("id")), item.get("from_name"), item.get("type")
        value = item.get("value")
        got = value.get("choices" if kind == "choices" else "text") if isinstance(value, dict) else None
        if rid not in regions:
            notes.append(f"{here}: a {kind!r} result ({name}) is not a text region and was not imported")
            continue
        if not isinstance(name, str) or not name or not isinstance(got, list) or len(got) != 1 or not isinstance(got[0], str):
            return f"{here}: a per-region {kind} needs a 'from_name' and exactly one value in 'value.{'choices' if kind == 'choices' else 'text'}'"
        for ref in regions[rid]:
            entity = by_ref[ref]
            entity.attributes = {**(entity.attributes or {}), name: got[0]}
            foreign[(ref, name)] = f"{here}: the {kind} {name!r}"
    return None


def _text(data: dict) -> str | None:
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    return strings[0] if len(strings) == 1 else None


def _task_records(task: object, *, file: str, line: int, stem: str) -> list[Record | Problem]:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        return [Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "not a Label Studio task (no 'data' object); export from Label Studio as JSON, not JSON-MIN or CSV")))]
    data = task["data"]
    text = _text(data)
    if text is None:
        return [Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "the task's 'data' has no 'text' string (and not exactly one string to take as the text)")))]
    if not text.strip():
        return [Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "the task's text is empty")))]
    given = data.get("id")
    ext_id = str(given) if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given) else f"{stem}-{task.get('id', line)}"
    meta = data["meta"] if isinstance(data.get("meta"), dict) else {"source": Path(file).name, "labelstudio_task": task.get("id")}
    out: list[Record | Problem] = []
    sets = [("annotation", a) for a in task.get("annotations") or []] + [("prediction", p) for p in task.get("predictions") or []]
    for n, (kind, item) in enumerate(sets, start=1):
        where = f"task {task.get('id', ext_id)}, {kind} {item.get('id', n) if isinstance(item, dict) else n}"
        if type(item) is int:
            # Label Studio's own JSON export lists a task's predictions by id only (1.23).
            out.append(Record(file, line, ext_id, text, meta, notes=[f"{file}:{line}: task {task.get('id', ext_id)}: {kind} {item} is only an id in this export and was not imported"]))
            continue
        if not isinstance(item, dict):
            out.append(Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "{where}: not an object"), where=where)))
            continue
        notes: list[str] = []
        foreign: dict[tuple[str, str], str] = {}
        if item.get("was_cancelled"):
            out.append(Record(file, line, ext_id, text, meta, notes=[f"{file}:{line}: {where} was cancelled (skipped) in Label Studio and was not imported"]))
            continue
        got = _result(item.get("result", []), text, where, notes, foreign)
        if isinstance(got, str):
            out.append(Problem(file, line, got))
            continue
        version = item.get("model_version")
        source = _who(item, stem) if kind == "annotation" else f"import:{stem}" + (f":{version}" if isinstance(version, str) and version else "")
        listed = {key: f"{file}:{line}: {what}" for key, what in foreign.items()} or None
        out.append(Record(file, line, ext_id, text, meta, got[0], got[1], source=source[:64], notes=[f"{file}:{line}: {note}" for note in notes], foreign_attributes=listed))
    for record in out[1:]:
        if isinstance(record, Record):
            record.again = True  # another layer of the same document, not a duplicate
    return out or [Record(file, line, ext_id, text, meta)]


def parse_labelstudio(path: Path) -> ParseResult:
    """A Record per annotation set and prediction set of each task (the first of a task adds
    the document, the others add layers to it), or a Problem."""
    file = str(path)
    try:
        raw = path.read_bytes()
        count_read(len(raw))
        content = decode_text(raw, path=file)
    except OSError as exc:
        yield Problem(file, None, cannot_read(exc))
        return
    except InputError as exc:
        yield exc.problem
        return
    if not content.strip():
        yield Problem(file, None, EMPTY_FILE)
        return
    tasks = _tasks(content, file)
    if isinstance(tasks, Problem):
        yield tasks
        return
    stem = file_stem(path)
    for line, task in tasks:
        yield from _task_records(task, file=file, line=line, stem=stem)
