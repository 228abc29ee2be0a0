"""Reading a scheme from TOML: the fields each table may have, the rules their values follow
(names, colours, keys, attribute kinds), and validation whose errors name the file, the line
and the field. Re-exported by annotator.scheme."""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path

from annotator.errors import QT_TRANSLATE_NOOP, InputError, Message
from annotator.scheme_types import AttributeType, EntityType, RelationType, Scheme

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Every name brat allows for a type (its storage form: ASCII letters, digits, _ and -, such as
# _gt_N or _question_), except one of hyphens alone, which brat reads as a separator.
_NAME = re.compile(r"^(?!-+$)[A-Za-z0-9_\-]+$")
NAME_RULE = Message(QT_TRANSLATE_NOOP("core", "must be ASCII letters, digits, _ or - (as brat's type names)"))
_TOP_FIELDS = {"name": str, "version": int, "description": str, "entity": list, "relation": list, "attribute": list}
_ATTRIBUTE_FIELDS = {"name": str, "kind": str, "values": list, "labels": list, "description": str}
ATTRIBUTE_KINDS = ("choice", "boolean", "text")
_ENTITY_FIELDS = {"name": str, "color": str, "key": str, "description": str}
_RELATION_FIELDS = {"name": str, "from": list, "to": list, "key": str, "directed": bool, "description": str, "color": str}
_REQUIRED_ENTITY = ("name", "color")
_REQUIRED_RELATION = ("name", "from", "to")
# The window's own keys in the text view: `;` writes a note, `?` flips "unsure".
RESERVED_KEYS = {";": Message(QT_TRANSLATE_NOOP("core", "writes a note")), "?": Message(QT_TRANSLATE_NOOP("core", "marks unsure"))}


class _Lines:
    """Finds the line of a table or field in the TOML source, for error messages."""

    def __init__(self, source: str):
        self.table_lines: dict[tuple[str, int], int] = {}
        self.field_lines: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        current = ("", 0)
        for number, line in enumerate(source.splitlines(), start=1):
            stripped = line.strip()
            m = re.match(r"^\[\[\s*([A-Za-z_]+)\s*\]\]", stripped)
            if m:
                name = m.group(1)
                current = (name, counts.get(name, 0))
                counts[name] = current[1] + 1
                self.table_lines[current] = number
                continue
            if stripped.startswith("["):
                current = (stripped.strip("[] "), 0)
                continue
            m = re.match(r"^([A-Za-z_\"'][^=]*?)\s*=", stripped)
            if m:
                self.field_lines.setdefault((current[0], current[1], m.group(1).strip("\"' ")), number)

    def line(self, table: str, index: int, key: str | None = None) -> int | None:
        if key is not None and (table, index, key) in self.field_lines:
            return self.field_lines[(table, index, key)]
        return self.table_lines.get((table, index))


def load_scheme_file(path: str | Path) -> Scheme:
    """Load and validate a scheme file. Raises InputError naming the file, line and field."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "cannot read the scheme: {reason}"), reason=exc.strerror)) from None
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), None, Message(QT_TRANSLATE_NOOP("core", "the scheme is not valid UTF-8"))) from None
    return parse_scheme(source, filename=str(path))


def parse_scheme(source: str, *, filename: str = "<scheme>") -> Scheme:
    """Parse and validate scheme TOML text; errors name `filename`, the line and the field."""
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise InputError(filename, int(m.group(1)) if m else None, Message(QT_TRANSLATE_NOOP("core", "not valid TOML: {reason}"), reason=str(exc))) from None
    lines = _Lines(source)

    def fail(message: str, table: str = "", index: int = 0, key: str | None = None) -> InputError:
        return InputError(filename, lines.line(table, index, key), message)

    _check_fields(raw, _TOP_FIELDS, fail, "", 0, Message(QT_TRANSLATE_NOOP("core", "the scheme")))
    for key in ("name",):
        if key not in raw:
            raise fail(Message(QT_TRANSLATE_NOOP("core", "missing field '{key}' at the top of the scheme"), key=key))
    entities_raw = raw.get("entity", [])
    if not entities_raw:
        raise fail(Message(QT_TRANSLATE_NOOP("core", "the scheme defines no [[entity]] labels")))
    entities: list[EntityType] = []
    keys: dict[str, str] = {}
    for i, ent in enumerate(entities_raw):
        repeats = QT_TRANSLATE_NOOP("core", "{where}: field 'name' repeats the label {name}")
        where, name = _named_table(ent, "entity", i, _ENTITY_FIELDS, _REQUIRED_ENTITY, {e.name for e in entities}, repeats, fail)
        if not _COLOR.match(ent["color"]):
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'color' {color} must look like #4FC3F7"), where=where, name=name, color=repr(ent["color"])), "entity", i, "color")
        key = _table_key(ent, "entity", i, where, name, keys, fail)
        if key in RESERVED_KEYS:
            template = QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'key' {key} is the window's own key (it {use})")
            raise fail(Message(template, where=where, name=name, key=repr(key), use=RESERVED_KEYS[key]), "entity", i, "key")
        entities.append(EntityType(name=name, color=ent["color"].upper(), key=key, description=ent.get("description", "")))
    labels = {e.name for e in entities}
    relations: list[RelationType] = []
    rel_keys: dict[str, str] = {}
    for i, rel in enumerate(raw.get("relation", [])):
        repeats = QT_TRANSLATE_NOOP("core", "{where}: field 'name' repeats the relation type {name}")
        where, name = _named_table(rel, "relation", i, _RELATION_FIELDS, _REQUIRED_RELATION, {r.name for r in relations}, repeats, fail)
        for side in ("from", "to"):
            values = rel[side]
            if not values or not all(isinstance(v, str) for v in values):
                raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field '{side}' must be a non-empty list of entity labels"), where=where, name=name, side=side), "relation", i, side)
            for v in values:
                if v not in labels:
                    hint = _did_you_mean(v, labels)
                    raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field '{side}' names unknown entity label {label}{hint}"), where=where, name=name, side=side, label=repr(v), hint=hint), "relation", i, side)
        if "color" in rel and not _COLOR.match(rel["color"]):
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'color' {color} must look like #4FC3F7"), where=where, name=name, color=repr(rel["color"])), "relation", i, "color")
        key = _table_key(rel, "relation", i, where, name, rel_keys, fail)
        relations.append(
            RelationType(
                name=name,
                heads=tuple(rel["from"]),
                tails=tuple(rel["to"]),
                key=key,
                directed=rel.get("directed", True),
                description=rel.get("description", ""),
                color=rel.get("color", "#555555").upper(),
            )
        )
    return Scheme(
        name=raw["name"],
        version=raw.get("version", 1),
        entities=tuple(entities),
        relations=tuple(relations),
        description=raw.get("description", ""),
        source=source,
        attributes=_parse_attributes(raw.get("attribute", []), labels, fail),
    )


def _parse_attributes(raws: list, labels: set[str], fail) -> tuple[AttributeType, ...]:
    """The [[attribute]] tables: a name, a kind (choice, boolean or text), the values of a
    choice, the entity labels it applies to (all when left out)."""
    out: list[AttributeType] = []
    for i, att in enumerate(raws):
        if not isinstance(att, dict):
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where}: must be a table"), where=f"[[attribute]] #{i + 1}"), "attribute", i)
        repeats = QT_TRANSLATE_NOOP("core", "{where}: field 'name' repeats the attribute {name}")
        where, name = _named_table(att, "attribute", i, _ATTRIBUTE_FIELDS, ("name", "kind"), {a.name for a in out}, repeats, fail)
        kind = att["kind"]
        if kind not in ATTRIBUTE_KINDS:
            template = QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'kind' {kind} must be choice, boolean or text{hint}")
            raise fail(Message(template, where=where, name=name, kind=repr(kind), hint=_did_you_mean(kind, ATTRIBUTE_KINDS)), "attribute", i, "kind")
        values = att.get("values", [])
        if kind == "choice":
            if not values or not all(isinstance(v, str) and v.strip() and v == v.strip() for v in values):
                raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'values' must be a non-empty list of values (strings without outer spaces)"), where=where, name=name), "attribute", i, "values")
            if len(set(values)) != len(values):
                raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'values' repeats a value"), where=where, name=name), "attribute", i, "values")
        elif "values" in att:
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'values' is only for kind = \"choice\""), where=where, name=name), "attribute", i, "values")
        applies = att.get("labels", [])
        if "labels" in att and (not applies or not all(isinstance(v, str) for v in applies)):
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'labels' must be a non-empty list of entity labels (leave it out for every label)"), where=where, name=name), "attribute", i, "labels")
        for v in applies:
            if v not in labels:
                template = QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'labels' names unknown entity label {label}{hint}")
                raise fail(Message(template, where=where, name=name, label=repr(v), hint=_did_you_mean(v, labels)), "attribute", i, "labels")
        out.append(AttributeType(name=name, kind=kind, values=tuple(values), labels=tuple(applies), description=att.get("description", "")))
    return tuple(out)


def _named_table(item: dict, table: str, i: int, fields: dict[str, type], required: tuple[str, ...], taken: set[str], repeats: str, fail) -> tuple[str, str]:
    """Where the i-th [[table]] is (for messages) and its name, once its fields are known, of
    the right types, the required ones there, and its name well formed and not in `taken`
    (`repeats` says so)."""
    where = f"[[{table}]] #{i + 1}"
    _check_fields(item, fields, fail, table, i, where)
    for key in required:
        if key not in item:
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where}: missing field '{key}'"), where=where, key=key), table, i)
    name = item["name"]
    if not _NAME.match(name):
        raise fail(Message(QT_TRANSLATE_NOOP("core", "{where}: field 'name' {name} {rule}"), where=where, name=repr(name), rule=NAME_RULE), table, i, "name")
    if name in taken:
        raise fail(Message(repeats, where=where, name=name), table, i, "name")
    return where, name


def _table_key(item: dict, table: str, i: int, where: str, name: str, taken: dict[str, str], fail) -> str:
    """The table's key ('' when it has none): one printable character, not the key of another
    table of its kind (case-insensitively; `taken` maps each lower-cased key to its owner and
    gets this one)."""
    key = item.get("key", "")
    if not key:
        return key
    if len(key) != 1 or not key.isprintable() or key.isspace():
        raise fail(Message(QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'key' {key} must be one printable character"), where=where, name=name, key=repr(key)), table, i, "key")
    if key.lower() in taken:
        template = QT_TRANSLATE_NOOP("core", "{where} ({name}): field 'key' {key} is already the key of {other}")
        raise fail(Message(template, where=where, name=name, key=repr(key), other=taken[key.lower()]), table, i, "key")
    taken[key.lower()] = name
    return key


def _check_fields(table: dict, allowed: dict[str, type], fail, tname: str, index: int, where: str) -> None:
    for key, value in table.items():
        if key not in allowed:
            hint = _did_you_mean(key, allowed)
            raise fail(Message(QT_TRANSLATE_NOOP("core", "{where}: unknown field '{key}'{hint}"), where=where, key=key, hint=hint), tname, index, key)
        expected = allowed[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            template = QT_TRANSLATE_NOOP("core", "{where}: field '{key}' must be {expected}, not {kind}")
            raise fail(Message(template, where=where, key=key, expected=expected.__name__, kind=type(value).__name__), tname, index, key)


def _did_you_mean(word: str, options) -> str:
    close = difflib.get_close_matches(word, list(options), n=1)
    return Message(QT_TRANSLATE_NOOP("core", " (did you mean '{word}'?)"), word=close[0]) if close else ""
