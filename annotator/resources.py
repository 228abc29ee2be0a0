"""Where bundled resources, the Devanagari font and the user's own data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HindiAnnotator"


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source checkout or inside a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def user_data_dir() -> Path:
    """The user's data folder for projects (never inside the app bundle).

    ANNOTATOR_HOME overrides it (tests and portable installs use that).
    """
    override = os.environ.get("ANNOTATOR_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    # An empty XDG_DATA_HOME counts as unset (the spec says so), or projects would follow the cwd.
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "hindi-annotator"


def font_path() -> Path:
    """The bundled Noto Sans Devanagari: resources/fonts/ if shipped there, else the font package."""
    local = sorted(resource_path("fonts").glob("NotoSansDevanagari*.ttf"))
    if local:
        return local[0]
    import fontpkg_noto_sans_devanagari as pkg

    found = sorted((Path(pkg.__file__).parent / "files").glob("NotoSansDevanagari*.ttf"))
    if not found:
        raise FileNotFoundError("the Noto Sans Devanagari font is missing from fontpkg_noto_sans_devanagari")
    return found[0]


def font_license_path() -> Path:
    local = resource_path("fonts", "OFL.txt")
    if local.exists():
        return local
    import fontpkg_noto_sans_devanagari as pkg

    return Path(pkg.__file__).parent / "LICENSE"
