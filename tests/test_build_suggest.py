"""The desktop build carries the suggestions: the CRF package's modules (imported from its
compiled extension, invisible to PyInstaller's analysis) and the pattern file."""

from __future__ import annotations

from pathlib import Path

from tests.test_build import _run_spec


def test_spec_bundles_the_crf_and_the_patterns(monkeypatch):
    made = _run_spec(monkeypatch, onefile=False)
    [(_, _, kwargs)] = made["Analysis"]
    for module in ("pycrfsuite", "pycrfsuite._pycrfsuite", "pycrfsuite._logparser", "annotator.suggest.model", "annotator.cli.suggest", "ui.suggest.sources"):
        assert module in kwargs["hiddenimports"], module
    dests = {Path(dest).as_posix() for dest, _, _ in made["globals"][0]["a"].datas}
    assert "resources/suggest/patterns.toml" in dests
