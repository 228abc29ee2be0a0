"""File names for documents in folder exports (brat, plain text): safe, short enough, unique."""

from __future__ import annotations

import hashlib
import re

from annotator.formats.base import ExportNotes

_SAFE_NAME = re.compile(r"[^\w\-.]+")
# A file name may hold 255 bytes on every common file system; the stem keeps room for a
# '-N' that tells apart names that collide, and the extension.
NAME_BYTES = 200
_HASH_CHARS = 12
RENAMED = "document ids were changed to make safe file names"
SHORTENED = "document ids too long for a file name were shortened (their first bytes, '-' and 12 hex digits of the id's SHA-256)"


def short_name(name: str, ext_id: str) -> str:
    """`name` when its UTF-8 form fits NAME_BYTES, else its longest prefix (whole code points)
    that leaves room for '-' and 12 hex digits of SHA-256 of `ext_id`: always the same name
    for the same id, and different for ids that share the prefix."""
    data = name.encode("utf-8")
    if len(data) <= NAME_BYTES:
        return name
    keep = data[: NAME_BYTES - _HASH_CHARS - 1].decode("utf-8", errors="ignore")
    return f"{keep}-{hashlib.sha256(ext_id.encode('utf-8', 'surrogatepass')).hexdigest()[:_HASH_CHARS]}"


class SafeNames:
    """Gives each document id a file stem: characters other than letters, digits, `-`, `_`
    and `.` become `_`, a long one is shortened (`short_name`), and a stem already given (in
    any case, for case-insensitive file systems) gets `-2`, `-3`... Every change is counted
    in `notes`, so an id that does not come back as itself is never a silent loss."""

    def __init__(self, notes: ExportNotes):
        self._notes = notes
        self._taken: set[str] = set()

    def __call__(self, ext_id: str) -> str:
        safe = _SAFE_NAME.sub("_", ext_id).strip(".") or "document"
        base = short_name(safe, ext_id)
        name, n = base, 1
        while name.lower() in self._taken:
            n += 1
            name = f"{base}-{n}"
        self._taken.add(name.lower())
        if base != safe:
            self._notes.add(SHORTENED, f"{ext_id[:40]!r}... -> {name}")
        elif name != ext_id:
            self._notes.add(RENAMED, f"{ext_id!r} -> {name}")
        return name
