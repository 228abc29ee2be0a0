"""Which parser reads which file format, how a file's format is told, and which writer writes
each export format."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.formats.base import ParseResult, Writer
from annotator.formats.brat import parse_brat
from annotator.formats.conll import parse_conll
from annotator.formats.doccano import parse_doccano
from annotator.formats.hf import parse_hf
from annotator.formats.jsonl import parse_jsonl
from annotator.formats.labelstudio import parse_labelstudio
from annotator.formats.prodigy import parse_prodigy
from annotator.formats.spacy_fmt import parse_spacy
from annotator.formats.txt import parse_txt

PARSERS: dict[str, Callable[[Path], ParseResult]] = {
    "txt": parse_txt,
    "jsonl": parse_jsonl,
    "doccano": parse_doccano,
    "doccano-seq": parse_doccano,  # the same reader takes both forms
    "prodigy": parse_prodigy,
    "brat": parse_brat,
    "conll": parse_conll,
    "spacy": parse_spacy,
    "hf": parse_hf,
    "labelstudio": parse_labelstudio,
}

# File extension -> format, for --format auto. JSON files are told apart by their content.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".ann": "brat",
    ".conll": "conll",
    ".iob": "conll",
    ".iob2": "conll",
    ".bio": "conll",
    ".spacy": "spacy",
}
_JSON = {".jsonl", ".json"}
# The files a folder import takes for a named format.
SUFFIXES: dict[str, set[str]] = {
    "txt": {".txt"},
    "jsonl": _JSON,
    "doccano": _JSON,
    "doccano-seq": _JSON,
    "prodigy": _JSON,
    "hf": _JSON,
    "spacy": _JSON | {".spacy"},
    "labelstudio": _JSON,
    "brat": {".ann", ".txt"},
    "conll": {".conll", ".iob", ".iob2", ".bio", ".txt", ".tsv"},
}
SIDECAR = ".features.json"  # the label list beside a Hugging Face export, not a document file


def detect_format(path: Path) -> str | None:
    """The format of one file, by extension; JSON by its first records; a .txt with a .ann
    beside it is half of a brat pair."""
    suffix = path.suffix.lower()
    if suffix == ".txt" and path.with_suffix(".ann").exists():
        return "brat"
    if suffix in _JSON:
        return sniff_json(path)
    return EXTENSIONS.get(suffix)


def sniff_json(path: Path, *, lines: int = 50) -> str:
    """Which JSON format a .json/.jsonl file holds, from the first records that tell:
    spaCy (arrays), Hugging Face (`ner_tags`), Prodigy (`tokens`/`spans`), doccano
    (`start_offset`, `from_id`, a `label` list) or our JSONL (the default)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            for _ in range(lines):
                line = f.readline()
                if not line:
                    break
                line = line.strip()
                if not line:
                    continue
                if line.startswith("["):
                    # An array of objects is Label Studio's export; spaCy's holds arrays.
                    return "labelstudio" if _first_item(f, line[1:]) == "{" else "spacy"
                try:
                    obj = json.loads(line)
                except (ValueError, RecursionError):
                    return "jsonl"  # the parser then names the line
                found = _json_kind(obj)
                if found:
                    return found
    except OSError:
        pass
    return "jsonl"


def _first_item(f, rest: str) -> str:
    """The first character of an array's first item: the rest of the array's first line, then
    further lines until one has something."""
    for _ in range(50):
        rest = rest.strip()
        if rest:
            return rest[0]
        rest = f.readline()
        if not rest:
            break
    return ""


def _json_kind(obj) -> str | None:
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("data"), dict) and ("annotations" in obj or "predictions" in obj):
        return "labelstudio"
    if "ner_tags" in obj:
        return "hf"
    if "tokens" in obj or "spans" in obj:
        return "prodigy"
    ents, rels = obj.get("entities"), obj.get("relations")
    if isinstance(ents, list) and ents and isinstance(ents[0], dict):
        return "doccano" if "start_offset" in ents[0] else "jsonl"
    if isinstance(rels, list) and rels and isinstance(rels[0], dict):
        return "doccano" if "from_id" in rels[0] else "jsonl"
    if isinstance(obj.get("label"), list) and "entities" not in obj:
        return "doccano"
    if isinstance(obj.get("meta"), dict) and obj["meta"].get("offsets") == "codepoint":
        return "jsonl"
    return None


def skipped_in_folder(relative: Path) -> bool:
    """Whether a folder import passes over this file (path relative to the folder): anything
    hidden (a name, or a folder on the way, starting with '.') and any '.part' file or folder,
    which is what an export killed half-way leaves (`.NAME.xxxx.part`) and must never be read
    as data."""
    return any(part.startswith(".") or part.endswith(".part") for part in relative.parts)


def files_in_folder(folder: Path, fmt: str) -> list[tuple[Path, str]]:
    """The importable files below `folder`, sorted by path, each with its format. A brat
    pair is listed once, by its .ann; a label list beside a Hugging Face export is skipped,
    and so are hidden and '.part' files (see `skipped_in_folder`)."""
    return list(iter_folder(folder, fmt))


def iter_folder(folder: Path, fmt: str) -> Iterator[tuple[Path, str]]:
    """`files_in_folder` one file at a time, in the same order (paths compare part by part,
    so a walk taking each folder's entries by name gives it), holding only one folder's
    names at a time: a folder of a million files is listed without a million paths."""
    for path in _walk(folder):
        suffix = path.suffix.lower()
        if path.name.endswith(SIDECAR):
            continue
        if suffix == ".txt" and fmt in ("auto", "brat") and path.with_suffix(".ann").exists():
            continue  # the .ann brings its .txt
        if fmt == "auto":
            chosen = detect_format(path)
        else:
            chosen = fmt if suffix in SUFFIXES.get(fmt, set()) else None
        if chosen is not None:
            yield path, chosen


def _walk(folder: Path) -> Iterator[Path]:
    """The files below `folder` in path order, as `rglob` finds them (symlinked folders not
    entered), hidden and '.part' names passed over at every level."""
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it if not skipped_in_folder(Path(entry.name)))
    except OSError:
        return
    for name in names:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            yield from _walk(path)
        elif path.is_file():
            yield path


def _writers() -> dict[str, Writer]:
    from annotator.formats import brat, conll, doccano, hf, jsonl, labelstudio, prodigy, spacy_fmt, txt
    from annotator.formats.base import LineWriter

    gold = LineWriter("jsonl", lambda doc, ctx: jsonl.gold_json(doc, translit=ctx.translit))
    return {w.name: w for w in (gold, doccano.WRITER, doccano.SEQ_WRITER, prodigy.WRITER, spacy_fmt.WRITER, brat.WRITER, conll.WRITER, hf.WRITER, labelstudio.WRITER, txt.WRITER)}


WRITERS: dict[str, Writer] = _writers()
