"""The Label Studio labeling config made from a project's scheme: `<Labels>` with each label's
colour and key, `<Relations>` with each relation type, per-region `<Choices>` (choice and
boolean attributes, a boolean as "true"/"false") and `<TextArea>` (text attributes), and the
`<Text>` the regions point to."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from annotator.formats.base import ExportContext

# The names our export's result items use for the control and the object they label.
FROM_NAME = "label"
TO_NAME = "text"


def config_path(out: Path) -> Path:
    """`tasks.json` -> `tasks.label_config.xml` (and `tasks.train.json` -> `tasks.train.label_config.xml`)."""
    return out.with_name((out.stem if out.suffix else out.name) + ".label_config.xml")


def label_config(ctx: ExportContext) -> str:
    """The `<View>` to paste into a Label Studio project's Labeling Interface (Code), so that
    the exported tasks' pre-annotations show with our labels, colours and keys (labels only:
    Label Studio has no keys for relation labels)."""
    colors, keys = dict(ctx.scheme.colors), dict(ctx.scheme.keys)
    lines = ["<View>"]
    if ctx.scheme.relations:
        lines.append("  <Relations>")
        for r in ctx.scheme.relations:
            color = f" background={quoteattr(colors[r.name])}" if r.name in colors else ""
            lines.append(f"    <Relation value={quoteattr(r.name)}{color}/>")
        lines.append("  </Relations>")
    lines.append(f"  <Labels name={quoteattr(FROM_NAME)} toName={quoteattr(TO_NAME)}>")
    for name in ctx.scheme.entities:
        extra = f" background={quoteattr(colors[name])}" if name in colors else ""
        if keys.get(name):
            extra += f" hotkey={quoteattr(keys[name])}"
        lines.append(f"    <Label value={quoteattr(name)}{extra}/>")
    lines.append("  </Labels>")
    for name, kind, values in ctx.scheme.attributes:
        if kind == "text":
            lines.append(f"  <TextArea name={quoteattr(name)} toName={quoteattr(TO_NAME)} perRegion=\"true\" maxSubmissions=\"1\" editable=\"true\"/>")
            continue
        lines.append(f"  <Choices name={quoteattr(name)} toName={quoteattr(TO_NAME)} perRegion=\"true\" choice=\"single\">")
        lines += [f"    <Choice value={quoteattr(v)}/>" for v in (values if kind == "choice" else ("true", "false"))]
        lines.append("  </Choices>")
    lines.append(f"  <Text name={quoteattr(TO_NAME)} value=\"$text\"/>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"
