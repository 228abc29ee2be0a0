"""What the text view's viewport shows right now, line by line: which laid-out line was last
painted where. The view scrolls pixels it already drew only when they still match the layout
(no line above or on screen moved since they were painted); otherwise it repaints the whole
viewport. Without that check a re-layout (romanised view, zoom, resize, an idle pass making
estimated heights exact) followed by a pixel scroll left the same lines drawn twice and
half-cut lines on screen, and a press could land on a line other than the one drawn there.

Tests read `problems` to check that every visible line is shown exactly once, where the
layout puts it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect

from ui.text.layout import DocumentLayout


@dataclass
class Strip:
    """Rows [y0, y1) of the viewport hold line k of paragraph p, drawn with its top at `top`."""

    p: int
    k: int
    top: float
    y0: float
    y1: float


class Screen:
    def __init__(self) -> None:
        self.strips: list[Strip] = []
        self.layout: DocumentLayout | None = None
        self.valid = False  # the whole viewport was painted from `layout`

    def reset(self, layout: DocumentLayout | None) -> None:
        """A new layout: nothing on screen belongs to it until a full paint."""
        self.strips, self.layout, self.valid = [], layout, False

    def invalidate(self) -> None:
        self.valid = False

    def _top(self, s: Strip, scroll: float) -> float | None:
        lay = self.layout
        if lay is None or s.p >= len(lay.paras) or lay.paras[s.p].layout is None:
            return None
        para = lay.paras[s.p]
        if s.k >= len(para.lines):
            return None
        return para.top + para.lines[s.k].y - scroll

    def consistent(self, layout: DocumentLayout | None, scroll: float) -> bool:
        """Whether every strip on screen is where `layout` at `scroll` puts its line."""
        if not self.valid or layout is not self.layout:
            return False
        return all(self._top(s, scroll) == s.top for s in self.strips)

    def painted(self, rects: list[QRect], scroll: float) -> bool:
        """Record a paint of `rects` at `scroll`; False when what stays on screen outside
        them no longer matches the layout (the caller then repaints everything)."""
        for r in rects:
            self._clip_out(r.top(), r.bottom() + 1)
        ok = all(self._top(s, scroll) == s.top for s in self.strips)
        lay = self.layout
        for r in rects:
            y0, y1 = float(r.top()), float(r.bottom() + 1)
            for p, k, line in lay.visible_lines(scroll + y0, scroll + y1):
                top = lay.paras[p].top + line.y - scroll
                a, b = max(top, y0), min(top + line.bottom - line.y, y1)
                if b > a:
                    self.strips.append(Strip(p, k, top, a, b))
        return ok

    def _clip_out(self, y0: float, y1: float) -> None:
        out = []
        for s in self.strips:
            if s.y1 <= y0 or s.y0 >= y1:
                out.append(s)
                continue
            if s.y0 < y0:
                out.append(Strip(s.p, s.k, s.top, s.y0, y0))
            if s.y1 > y1:
                out.append(Strip(s.p, s.k, s.top, y1, s.y1))
        self.strips = out

    def scrolled(self, dy: int, height: int) -> None:
        """The pixels moved by dy; what left the viewport is gone."""
        out = []
        for s in self.strips:
            a, b = max(s.y0 + dy, 0.0), min(s.y1 + dy, float(height))
            if b > a:
                out.append(Strip(s.p, s.k, s.top + dy, a, b))
        self.strips = out

    def problems(self, layout: DocumentLayout, scroll: float, height: int) -> list[str]:
        """Every way the screen differs from the layout: a line drawn where the layout no
        longer puts it, drawn twice, or only partly drawn (empty when all is right)."""
        found = []
        for s in self.strips:
            top = self._top(s, scroll) if layout is self.layout else None
            if top != s.top:
                found.append(f"line {s.p}.{s.k} drawn at {s.top:.1f}, laid out at {top}")
        for p, k, line in layout.visible_lines(scroll, scroll + height):
            top = layout.paras[p].top + line.y - scroll
            want = (max(top, 0.0), min(top + line.bottom - line.y, float(height)))
            if want[1] <= want[0]:
                continue
            mine = sorted((s.y0, s.y1) for s in self.strips if (s.p, s.k) == (p, k))
            y = want[0]
            for a, b in mine:
                if a != y:
                    found.append(f"line {p}.{k}: {'overlap' if a < y else 'gap'} at {y:.1f}")
                y = max(y, b)
            if y != want[1]:
                found.append(f"line {p}.{k} covered to {y:.1f} of {want[1]:.1f}")
        return found
