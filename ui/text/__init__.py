"""The text view, one widget with owned parts: `view` (the widget: Qt events and the public
API), `input` (mouse and keys), `caret` (pure caret stepping), `geometry` (rectangles and hit
tests as functions of the layout), `layout` and `placement` (lines, span bars, relation arcs),
`paint` (pure drawing) and `offsets` (code points to Qt positions). Others use `TextView`."""

from ui.text.view import TextView

__all__ = ["TextView"]
