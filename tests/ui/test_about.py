"""Help ▸ About names the version and credits the GeoNames place data (CC BY 4.0 asks for it)
and the Unicode CLDR names of countries and cities (the Unicode License v3 asks for its notice)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from annotator import __version__
from ui import dialogs


def test_about_names_the_version_and_credits_geonames(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialogs.show_about(None)
    assert len(shown) == 1
    assert __version__ in shown[0]
    assert "GeoNames" in shown[0] and "CC BY 4.0" in shown[0]
    assert "Unicode CLDR" in shown[0] and "Unicode License v3" in shown[0]
