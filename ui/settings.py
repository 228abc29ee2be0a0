"""What the window remembers between runs (QSettings): annotator, projects, layout, zoom,
romanised view and its scheme."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ORGANIZATION = "HindiAnnotator"
APPLICATION = "annotator"
MAX_RECENT = 8


def settings() -> QSettings:
    """The one settings store. Always INI format in the user scope, so tests can redirect it
    with `QSettings.setPath(IniFormat, UserScope, folder)`."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _str(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def annotator_name() -> str:
    return _str("annotator/name")


def set_annotator_name(name: str) -> None:
    settings().setValue("annotator/name", name)


def recent_projects() -> list[str]:
    value = settings().value("projects/recent", [])
    if isinstance(value, str):  # INI stores a one-item list as a plain string
        value = [value]
    return [v for v in value or [] if isinstance(v, str)]


def add_recent_project(path: str) -> None:
    recent = [path] + [p for p in recent_projects() if p != path]
    s = settings()
    s.setValue("projects/recent", recent[:MAX_RECENT])
    s.setValue("projects/last", path)


def last_project() -> str:
    return _str("projects/last")


def _doc_key(project: str) -> str:
    # QSettings keys may not hold "/" or "\\" from a path: use a stable hash of it.
    import hashlib

    return "documents/last-" + hashlib.sha1(project.encode("utf-8")).hexdigest()[:16]


def last_document(project: str) -> str:
    return _str(_doc_key(project))


def set_last_document(project: str, document: str) -> None:
    settings().setValue(_doc_key(project), document)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    geometry, state = s.value("window/geometry"), s.value("window/state")
    return (geometry if isinstance(geometry, QByteArray) else None, state if isinstance(state, QByteArray) else None)


def set_window_state(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)


def fitted(window: QRect, frame: QSize, available: QRect, default: QSize | None = None) -> QRect:
    """`window` (its client area, as QWidget.geometry() gives it) moved and shrunk so that it
    and its frame (`frame`: how much wider and taller the frame is; the title bar is taken
    to be on top, the other borders equal) lie inside `available`, a screen's free area;
    `default` is the size for a first run, itself shrunk to fit and centred. A geometry
    saved on a bigger screen or at another scale factor never opens larger than this
    screen, and the title bar is never above the screen's top (so the window can be moved)."""
    size = default if default is not None else window.size()
    left = frame.width() // 2
    top = max(0, frame.height() - left)
    width = max(1, min(size.width(), available.width() - frame.width()))
    height = max(1, min(size.height(), available.height() - frame.height()))
    x = min(max(window.x(), available.left() + left), available.right() + 1 - width - (frame.width() - left))
    y = min(max(window.y(), available.top() + top), available.bottom() + 1 - height - (frame.height() - top))
    if default is not None:  # first run: centred
        x = available.left() + (available.width() - width - frame.width()) // 2 + left
        y = available.top() + (available.height() - height - frame.height()) // 2 + top
    return QRect(x, y, width, height)


def fit_to_screen(window: QWidget, first_run: bool, size: QSize | None = None) -> None:
    """Fit a top-level window to the free area of its screen (see `fitted`); a first run
    gets `size` (1280×820 when None), or as much of the screen as there is."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.width() <= 0 and frame.height() <= 0:  # not shown yet: allow for a title bar
        frame = QSize(8, 36)
    target = fitted(window.geometry(), frame, screen.availableGeometry(), (size or QSize(1280, 820)) if first_run else None)
    window.setGeometry(target)


def zoom() -> float:
    try:
        return float(settings().value("view/zoom", 1.0))
    except (TypeError, ValueError):
        return 1.0


def set_zoom(value: float) -> None:
    settings().setValue("view/zoom", value)


def arcs_visible() -> bool:
    return str(settings().value("view/arcs", "true")).lower() != "false"


def set_arcs_visible(value: bool) -> None:
    settings().setValue("view/arcs", "true" if value else "false")


def romanised() -> bool:
    return str(settings().value("view/romanised", "false")).lower() == "true"


def set_romanised(value: bool) -> None:
    settings().setValue("view/romanised", "true" if value else "false")


def romanisation_scheme(allowed: tuple[str, ...], default: str = "hindi") -> str:
    """The remembered romanisation scheme, or `default` when none (or an unknown one) is stored."""
    value = _str("view/romanisation", default)
    return value if value in allowed else default


def set_romanisation_scheme(value: str) -> None:
    settings().setValue("view/romanisation", value)
