"""Merging two schemes: why one cannot merge into a project's scheme, and the union a merge
grows the project's scheme by (our TOML text with their extra definitions appended).
Re-exported by annotator.scheme."""

from __future__ import annotations

from annotator.errors import QT_TRANSLATE_NOOP, Message
from annotator.scheme_toml import parse_scheme
from annotator.scheme_types import Scheme


def scheme_problems(ours: Scheme, theirs: Scheme) -> list[str]:
    """Why `theirs` cannot merge into a project with scheme `ours` (empty when it can).

    Labels present on one side only are fine (the union holds both); a different scheme name,
    or a relation type both define with different arguments or direction, is not.
    """
    problems: list[str] = []
    if ours.name != theirs.name:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "it uses the scheme {theirs}, this project {ours}"), theirs=repr(theirs.name), ours=repr(ours.name)))
    for r in ours.relations:
        o = theirs.relation(r.name)
        if o is None:
            continue
        if set(r.heads) != set(o.heads) or set(r.tails) != set(o.tails) or r.directed != o.directed:
            arrow = lambda x: f"{'|'.join(sorted(x.heads))} {'→' if x.directed else '—'} {'|'.join(sorted(x.tails))}"  # noqa: E731
            problems.append(Message(QT_TRANSLATE_NOOP("core", "relation type {name} is {theirs} there but {ours} here"), name=r.name, theirs=arrow(o), ours=arrow(r)))
    for a in ours.attributes:
        o = theirs.attribute(a.name)
        if o is not None and (o.kind != a.kind or set(o.values) - set(a.values) or set(o.labels) - set(a.labels) and a.labels):
            problems.append(Message(QT_TRANSLATE_NOOP("core", "attribute {name} is defined differently there (kind, values or labels)"), name=a.name))
    return problems


def _toml_str(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scheme_union(ours: Scheme, theirs: Scheme) -> tuple[Scheme | None, list[str]]:
    """Our scheme grown by the labels and relation types only `theirs` has (None if none).

    The added definitions are appended to our TOML text; a shortcut key already taken is dropped.
    """
    entities = sorted((e for e in theirs.entities if ours.entity(e.name) is None), key=lambda e: e.name)
    relations = sorted((r for r in theirs.relations if ours.relation(r.name) is None), key=lambda r: r.name)
    attributes = sorted((a for a in theirs.attributes if ours.attribute(a.name) is None), key=lambda a: a.name)
    if not entities and not relations and not attributes:
        return None, []
    taken = {e.key.lower() for e in ours.entities if e.key}
    rtaken = {r.key.lower() for r in ours.relations if r.key}
    parts = [ours.source.rstrip("\n"), "", "# Added by merging a file whose scheme had more labels."]
    for e in entities:
        parts += ["", "[[entity]]", f"name = {_toml_str(e.name)}", f"color = {_toml_str(e.color)}"]
        if e.key and e.key.lower() not in taken:
            taken.add(e.key.lower())
            parts.append(f"key = {_toml_str(e.key)}")
        if e.description:
            parts.append(f"description = {_toml_str(e.description)}")
    for r in relations:
        parts += ["", "[[relation]]", f"name = {_toml_str(r.name)}"]
        parts.append("from = [" + ", ".join(_toml_str(h) for h in r.heads) + "]")
        parts.append("to = [" + ", ".join(_toml_str(t) for t in r.tails) + "]")
        parts.append(f"directed = {'true' if r.directed else 'false'}")
        if r.key and r.key.lower() not in rtaken:
            rtaken.add(r.key.lower())
            parts.append(f"key = {_toml_str(r.key)}")
        if r.description:
            parts.append(f"description = {_toml_str(r.description)}")
        parts.append(f"color = {_toml_str(r.color)}")
    for a in attributes:
        parts += ["", "[[attribute]]", f"name = {_toml_str(a.name)}", f"kind = {_toml_str(a.kind)}"]
        if a.values:
            parts.append("values = [" + ", ".join(_toml_str(v) for v in a.values) + "]")
        if a.labels:
            parts.append("labels = [" + ", ".join(_toml_str(v) for v in a.labels) + "]")
        if a.description:
            parts.append(f"description = {_toml_str(a.description)}")
    union = parse_scheme("\n".join(parts) + "\n", filename="the merged scheme")
    return union, [e.name for e in entities] + [r.name for r in relations] + [a.name for a in attributes]
