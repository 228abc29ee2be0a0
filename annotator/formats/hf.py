"""Hugging Face token classification: JSONL rows `{"id", "tokens", "ner_tags"}` with integer
tags, and beside OUT a `<stem>.features.json` naming them.

The features file holds `label_names` (O, then B-/I- for each label in the scheme's order, so
every split of one export shares one list), `features` in the form
`datasets.Features.from_dict` takes, and the tokenizer. Load with
`load_dataset("json", data_files=OUT, features=Features.from_dict(meta["features"]))`.
Tags follow the same rules as CoNLL (see conll.py): overlaps keep the longest span, spans
that do not align with the tokens and relations are reported as left out.

Reading takes integer tags through the features file beside the JSONL (or string tags
without one) and rebuilds each text by joining its tokens with single spaces.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, Message, Problem
from annotator.formats.base import ExportContext, ExportDoc, ParseResult, Sink, file_stem
from annotator.formats.conll import NO_TOKENS, build_record, tagged_tokens
from annotator.formats.jsonl import iter_json_lines

FORMAT = "hf-token-classification"


def features_path(path: Path) -> Path:
    """`data.jsonl` -> `data.features.json` (and `data.train.jsonl` -> `data.train.features.json`)."""
    return path.with_name(path.stem + ".features.json") if path.suffix else path.with_name(path.name + ".features.json")


def label_names(ctx: ExportContext) -> list[str]:
    return ["O"] + [f"{prefix}-{label}" for label in ctx.scheme.entities for prefix in "BI"]


def features_json(ctx: ExportContext, names: list[str]) -> dict:
    string = {"dtype": "string", "_type": "Value"}
    return {
        "format": FORMAT,
        "label_names": names,
        "features": {
            "id": string,
            "tokens": {"feature": string, "_type": "Sequence"},
            "ner_tags": {"feature": {"names": names, "_type": "ClassLabel"}, "_type": "Sequence"},
        },
        "tokenizer": (ctx.tokenizer.meta() if ctx.tokenizer else None),
    }


class HFSink:
    keeps = frozenset({"annotations", "ids"})

    def __init__(self, out: Path, ctx: ExportContext):
        self._out = out
        self._file = open(out, "w", encoding="utf-8", newline="\n")
        self._ctx = ctx
        self._ids = {name: i for i, name in enumerate(label_names(ctx))}

    def write(self, doc: ExportDoc) -> None:
        tokens, tags = tagged_tokens(doc, self._ctx)
        if not tokens:
            self._ctx.notes.add(NO_TOKENS, doc.ext_id)
            return
        ids = self._ids
        for tag in tags:
            if tag not in ids:  # a label the scheme no longer lists: named at the end of the list
                ids[tag] = len(ids)
        row = {"id": doc.ext_id, "tokens": [doc.text[s:e] for s, e in tokens], "ner_tags": [ids[t] for t in tags]}
        self._file.write(json.dumps(row, ensure_ascii=False))
        self._file.write("\n")

    def close(self) -> None:
        self._file.close()
        self._ctx.tokenize("")  # the tokenizer is part of this format's metadata even when empty
        with open(features_path(self._out), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(features_json(self._ctx, list(self._ids)), ensure_ascii=False, indent=1))
            f.write("\n")


class HFWriter:
    name = "hf"
    folder = False

    def outputs(self, out: Path) -> list[Path]:
        return [out, features_path(out)]

    def open(self, out: Path, ctx: ExportContext) -> Sink:
        return HFSink(out, ctx)


WRITER = HFWriter()


def _names_beside(path: Path) -> list[str] | Problem | None:
    side = features_path(path)
    if not side.exists():
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
        names = data["label_names"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return Problem(str(side), None, Message(QT_TRANSLATE_NOOP("core", "not a features file: no 'label_names' list")))
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        return Problem(str(side), None, Message(QT_TRANSLATE_NOOP("core", "'label_names' must be a list of strings")))
    return names


def parse_hf(path: Path) -> ParseResult:
    names = _names_beside(path)
    if isinstance(names, Problem):
        yield names
        return
    file, stem = str(path), file_stem(path)
    for item in iter_json_lines(path):
        if isinstance(item, Problem):
            yield item
            continue
        line, obj = item
        if not isinstance(obj, dict):
            yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "a line must hold a JSON object")))
            continue
        tokens, tags = obj.get("tokens"), obj.get("ner_tags")
        if not (isinstance(tokens, list) and tokens and all(isinstance(t, str) and t and not t.isspace() for t in tokens)):
            yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'tokens' must be a non-empty list of non-empty strings")))
            continue
        if not (isinstance(tags, list) and len(tags) == len(tokens)):
            yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'ner_tags' must be a list as long as 'tokens'")))
            continue
        if all(type(t) is int for t in tags):
            if names is None:
                yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "integer 'ner_tags' need the label names: no {file} beside the file"), file=features_path(path).name))
                continue
            if not all(0 <= t < len(names) for t in tags):
                yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "a tag id is outside the {count} label names"), count=len(names)))
                continue
            tags = [names[t] for t in tags]
        elif not all(isinstance(t, str) for t in tags):
            yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'ner_tags' must be all integers or all strings")))
            continue
        ext_id = obj.get("id", f"{stem}-{line}")
        if not isinstance(ext_id, (str, int)) or isinstance(ext_id, bool) or str(ext_id) == "":
            yield Problem(file, line, Message(QT_TRANSLATE_NOOP("core", "'id' must be a non-empty string")))
            continue
        yield build_record(file, str(ext_id), [[(tok, tag, line) for tok, tag in zip(tokens, tags)]], {"source": path.name})
