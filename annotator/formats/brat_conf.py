"""A scheme read from brat's own configuration: `annotation.conf` (entity and relation types),
with `visual.conf` (colours, long names) and `kb_shortcuts.conf` (keys) beside it when present.

brat's type hierarchy is flattened: every type not marked `!` (abstract) is a label, and a
relation argument naming a parent type, `<ENTITY>` or `<ANY>` allows each label below it.
`<REL-TYPE>:symmetric` makes an undirected relation type. What a scheme cannot hold is listed,
never dropped silently: event types, attributes of events only, relation arguments
that are events, `<OVERLAP>`/`ENTITY-NESTING` (spans may always nest here), colours that are
not `#RRGGBB` or a common colour name, keys already taken. A type name is brat's storage form
(ASCII letters, digits, `_`, `-`; brat turns anything else into `_` and so does this reader).
An attribute on entities becomes a span attribute: binary (no `Value:`) a boolean, with
`Value:a|b` a choice (values %-unescaped as brat.py escapes them), on the labels its `Arg:`
names (all for `<ENTITY>`); `Unsure` is our unsure flag, not an attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import InputError
from annotator.formats.brat_read import unescape
from annotator.scheme import Scheme, parse_scheme

_SECTIONS = ("entities", "relations", "events", "attributes")
_MACRO = re.compile(r"^<([a-zA-Z_-]+)>=\s*(.*?)\s*$")
_STORAGE = re.compile(r"[^a-zA-Z0-9_-]")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_SHORT_HEX = re.compile(r"^#[0-9A-Fa-f]{3}$")
# The colour names brat's own configurations use most, as #RRGGBB (CSS values).
_NAMED = {
    "black": "#000000", "white": "#FFFFFF", "red": "#FF0000", "green": "#008000", "blue": "#0000FF", "yellow": "#FFFF00",
    "orange": "#FFA500", "purple": "#800080", "pink": "#FFC0CB", "gray": "#808080", "grey": "#808080", "brown": "#A52A2A",
    "cyan": "#00FFFF", "magenta": "#FF00FF", "lightgreen": "#90EE90", "lightblue": "#ADD8E6", "lightgray": "#D3D3D3",
    "lightgrey": "#D3D3D3", "darkgreen": "#006400", "darkblue": "#00008B", "darkred": "#8B0000", "violet": "#EE82EE",
    "gold": "#FFD700", "salmon": "#FA8072", "khaki": "#F0E68C", "tan": "#D2B48C", "olive": "#808000", "navy": "#000080",
    "teal": "#008080", "maroon": "#800000", "silver": "#C0C0C0", "coral": "#FF7F50", "turquoise": "#40E0D0",
}
_PALETTE = ("#4FC3F7", "#81C784", "#FFB74D", "#BA68C8", "#E57373", "#F06292", "#A1887F", "#90A4AE", "#FFD54F", "#4DB6AC", "#7986CB", "#AED581")
_UNSURE = "Unsure"


@dataclass
class _Type:
    name: str
    abstract: bool
    line: int
    args: list[str] = field(default_factory=list)
    children: list[_Type] = field(default_factory=list)


@dataclass
class BratScheme:
    """A scheme made from brat's configuration, and what of it the scheme could not hold."""

    scheme: Scheme
    notes: list[str]


def _storage(term: str) -> str:
    return _STORAGE.sub("_", term.replace(" ", "_"))


def _sections(source: str, file: str) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {s: [] for s in _SECTIONS}
    section, macros = None, {}
    for number, line in enumerate(source.splitlines(), start=1):
        m = re.match(r"^\s*\[(.*)\]\s*$", line)
        if m:
            section = m.group(1).strip()
            continue
        if not line.strip() or line.lstrip().startswith("#") or re.match(r"^\s*-+\s*$", line):
            continue
        m = _MACRO.match(line)
        if m:
            macros[f"<{m.group(1)}>"] = m.group(2)
            continue
        for name, value in macros.items():
            line = line.replace(name, value)
        if section in out:
            out[section].append((number, line))
        elif section is None:
            raise InputError(file, number, "a type before any [entities], [relations], [events] or [attributes] section")
    return out


def _hierarchy(lines: list[tuple[int, str]], file: str) -> list[_Type]:
    """The types of one section as trees: depth is the count of leading whitespace characters."""
    roots: list[_Type] = []
    last: dict[int, _Type] = {}
    for number, line in lines:
        m = re.match(r"^(\s*)(\S+)(?:\s+(.*))?$", line)
        if m is None:
            raise InputError(file, number, "expected a type name, then its arguments")
        indent, terms, args = m.groups()
        first = terms.split("|")[0].strip()
        name = first if first.startswith("<") else _storage(first.lstrip("!"))  # <OVERLAP> is brat's own
        node = _Type(name, first.startswith("!"), number, [a.strip() for a in (args or "").split(",") if a.strip()])
        depth = len(indent)
        if depth == 0:
            roots.append(node)
        elif depth - 1 in last:
            last[depth - 1].children.append(node)
        else:
            raise InputError(file, number, f"{node.name}: indented under no type")
        last[depth] = node
    return roots


def _walk(nodes: list[_Type]):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _below(node: _Type) -> list[str]:
    return [n.name for n in _walk([node]) if not n.abstract]


def _visual(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(label -> long name, label -> span colour, relation -> arc colour) from visual.conf."""
    path = folder / "visual.conf"
    names: dict[str, str] = {}
    span_colors: dict[str, str] = {}
    arc_colors: dict[str, str] = {}
    if not path.is_file():
        return names, span_colors, arc_colors
    section = None
    for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
        m = re.match(r"^\s*\[(.*)\]\s*$", line)
        if m:
            section = m.group(1).strip()
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if section == "labels":
            terms = [t.strip() for t in line.split("|") if t.strip()]
            if len(terms) > 1:
                names[_storage(terms[0])] = terms[1]
        elif section == "drawing":
            name, _, rest = line.strip().partition("\t") if "\t" in line else line.strip().partition(" ")
            for item in rest.split(","):
                key, _, value = item.strip().partition(":")
                if key == "bgColor":
                    span_colors[_storage(name.strip())] = value.strip()
                elif key == "color":
                    arc_colors[_storage(name.strip())] = value.strip()
    return names, span_colors, arc_colors


def _keys(folder: Path) -> dict[str, str]:
    path = folder / "kb_shortcuts.conf"
    out: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 2 and not line.lstrip().startswith("#"):
                out.setdefault(_storage(parts[1]), parts[0])
    return out


def _color(value: str | None, fallback: str) -> str | None:
    """`value` as #RRGGBB, `fallback` when there is none, None when it cannot be read."""
    if not value:
        return fallback
    if _HEX.match(value):
        return value.upper()
    if _SHORT_HEX.match(value):
        return "#" + "".join(c * 2 for c in value[1:]).upper()
    return _NAMED.get(value.lower())


def _q(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scheme_from_conf(path: str | Path) -> BratScheme:
    """Read `annotation.conf` (or the folder holding it) and the files beside it into a scheme
    named after the folder. Raises InputError (file, line) for a file brat itself could not read."""
    path = Path(path)
    conf = path / "annotation.conf" if path.is_dir() else path
    try:
        source = conf.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(conf), None, f"cannot read brat's annotation.conf: {getattr(exc, 'strerror', None) or exc}") from None
    file, folder = str(conf), conf.parent
    sections = _sections(source, file)
    notes: list[str] = []
    entities = _hierarchy(sections["entities"], file)
    labels = [n.name for n in _walk(entities) if not n.abstract]
    if not labels:
        raise InputError(file, None, "the [entities] section defines no entity type")
    expand = {n.name: _below(n) for n in _walk(entities)}
    expand["<ENTITY>"] = expand["<ANY>"] = labels
    events = {n.name for n in _walk(_hierarchy(sections["events"], file))}
    for name in sorted(events):
        notes.append(f"{file}: the event type {name} is not in the scheme (the project has no events)")
    attribute_parts: list[str] = []
    for node in _walk(_hierarchy(sections["attributes"], file)):
        if node.name != _UNSURE and not node.abstract:
            attribute_parts += _attribute(node, expand, labels, file, notes)
    long_names, span_colors, arc_colors = _visual(folder)
    keys, taken = _keys(folder), set()
    parts = [f"name = {_q(folder.name or 'brat')}", "version = 1", f"description = {_q('made from ' + conf.name)}"]
    for i, name in enumerate(labels):
        color = _color(span_colors.get(name), _PALETTE[i % len(_PALETTE)])
        if color is None:
            notes.append(f"{file}: {name}: the colour {span_colors[name]!r} is not #RRGGBB or a known name; a colour of our own was given")
            color = _PALETTE[i % len(_PALETTE)]
        parts += ["", "[[entity]]", f"name = {_q(name)}", f"color = {_q(color)}"]
        key = keys.get(name, "")
        if len(key) == 1 and key.lower() not in taken:
            taken.add(key.lower())
            parts.append(f"key = {_q(key)}")
        elif key:
            notes.append(f"{file}: {name}: the key {key!r} is taken or not one character; the label has no key")
        if name in long_names and long_names[name] != name:
            parts.append(f"description = {_q(long_names[name])}")
    for node in _walk(_hierarchy(sections["relations"], file)):
        if node.abstract or node.name in ("<OVERLAP>", "ENTITY-NESTING"):
            continue
        sides: dict[str, list[str]] = {}
        symmetric = False
        for arg in node.args:
            key, _, types = arg.partition(":")
            if key == "<REL-TYPE>":
                symmetric = "symmetric" in types.split("-")
                continue
            if key.startswith("<"):
                continue
            chosen = [label for t in types.split("|") for label in expand.get(_storage(t) if not t.startswith("<") else t, [])]
            dropped = [t for t in types.split("|") if t not in expand and _storage(t) not in expand]
            if dropped:
                notes.append(f"{file}:{node.line}: {node.name}: the argument types {'|'.join(dropped)} are not entity types and were left out")
            sides[key.rstrip("?*+")] = list(dict.fromkeys(chosen))
        heads, tails = sides.get("Arg1", []), sides.get("Arg2", [])
        if not heads or not tails:
            notes.append(f"{file}:{node.line}: the relation type {node.name} joins no two entity types and is not in the scheme")
            continue
        parts += ["", "[[relation]]", f"name = {_q(node.name)}", "from = [" + ", ".join(map(_q, heads)) + "]", "to = [" + ", ".join(map(_q, tails)) + "]"]
        parts.append(f"directed = {'false' if symmetric else 'true'}")
        color = _color(arc_colors.get(node.name), "#555555")
        parts.append(f"color = {_q(color or '#555555')}")
    parts += attribute_parts
    return BratScheme(parse_scheme("\n".join(parts) + "\n", filename=f"the scheme made from {file}"), notes)


def _attribute(node: _Type, expand: dict[str, list[str]], labels: list[str], file: str, notes: list[str]) -> list[str]:
    """The [[attribute]] lines of one brat attribute type, or none (and a note) when it is on events only."""
    args = dict(a.partition(":")[::2] for a in node.args)
    on = [t.strip() for t in args.get("Arg", "<ENTITY>").split("|")]
    chosen = list(dict.fromkeys(label for t in on for label in expand.get(t if t.startswith("<") else _storage(t), [])))
    if not chosen:
        notes.append(f"{file}:{node.line}: the attribute {node.name} is not in the scheme (it is on {'|'.join(on)}, not on entity types)")
        return []
    out = ["", "[[attribute]]", f"name = {_q(node.name)}"]
    values = [unescape(v.strip()) for v in args["Value"].split("|") if v.strip()] if "Value" in args else []
    out += [f"kind = {_q('choice')}", "values = [" + ", ".join(map(_q, dict.fromkeys(values))) + "]"] if values else [f"kind = {_q('boolean')}"]
    if set(chosen) != set(labels):
        out.append("labels = [" + ", ".join(map(_q, chosen)) + "]")
    return out
