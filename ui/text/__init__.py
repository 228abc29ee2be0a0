"""The text view, one widget with owned parts: `view` (the widget's annotation side: the
requests, the selection and the public API), `canvas` (its drawn side: laying out, painting,
scrolling, where things are), `input` (mouse, keys and tooltips), `caret` (pure caret
stepping), `geometry` (rectangles and hit tests as functions of the layout), `layout` and
`placement` (lines, span bars, relation arcs), `hold` and `room` (keeping the line being read
still), `screen` (what is drawn where), `idle` (the background layout pass), `paint` (pure
drawing) and `offsets` (code points to Qt positions). Others use `TextView` and the two types
its API carries: `Hit` (what a context request points at) and `Suggested` (a suggested span)."""

from ui.text.geometry import Hit
from ui.text.placement import Suggested
from ui.text.view import TextView

__all__ = ["Hit", "Suggested", "TextView"]
