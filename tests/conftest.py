"""Shared fixtures: every test gets a fresh project file on disk and its own data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.paths import SHARED_DATA, absent  # noqa: E402  (after the path, for a bare `pytest`)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path_factory.mktemp("home")))


# Fixtures through which a test reaches data outside the repository; such tests get the
# `shared` marker, so CI can rerun just them with the data hidden (ANNOTATOR_NO_SHARED=1).
SHARED_FIXTURES = {"shared_data", "article"}


def pytest_configure(config):
    config.addinivalue_line("markers", "shared: uses ../shared/data when present (set by fixture; CI reruns these with it hidden)")


def pytest_collection_modifyitems(items):
    for item in items:
        if SHARED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.shared)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of data outside the repository; the test skips, saying so, when it is absent."""
    if not SHARED_DATA.exists():
        pytest.skip(absent(SHARED_DATA))
    return SHARED_DATA


@pytest.fixture
def kanpur_text(shared_data) -> str:
    """The touchstone article's text (skips when absent); tests of whole articles take `article`."""
    return (shared_data / "kanpur_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session", params=["lucknow", "kanpur"])
def article(request):
    """Each whole article in turn (tests/data/articles.py); the touchstone's run skips when
    ../shared/data is not beside the checkout."""
    from tests.data.articles import ARTICLES

    chosen = ARTICLES[request.param]
    if not chosen.path.exists():
        pytest.skip(absent(chosen.path))
    return chosen
