"""Where the tests find data outside the repository: the one place that computes it.

`SHARED_DATA` is `../shared/data` beside the checkout, or a path that does not exist when
ANNOTATOR_NO_SHARED=1, so a machine that has the folder can still run the suite as a
fresh clone would (CI does, in its second pass). Tests needing it skip when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BESIDE = ROOT.parent / "shared" / "data"
HIDDEN = os.environ.get("ANNOTATOR_NO_SHARED") == "1"
SHARED_DATA = ROOT / ".no-shared-data" if HIDDEN else _BESIDE
KANPUR = SHARED_DATA / "kanpur_article.txt"
LUCKNOW = ROOT / "tests" / "data" / "lucknow_article.txt"


def absent(path: Path) -> str:
    """The reason a test skips when `path` (under SHARED_DATA) is not there."""
    if HIDDEN:
        return "../shared/data hidden (ANNOTATOR_NO_SHARED=1)"
    return f"{path} is not beside the checkout"
