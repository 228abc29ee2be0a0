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
SHARED_DATA = ROOT / ".no-shared-data" if os.environ.get("ANNOTATOR_NO_SHARED") == "1" else _BESIDE
KANPUR = SHARED_DATA / "kanpur_article.txt"
LUCKNOW = ROOT / "tests" / "data" / "lucknow_article.txt"


def shared(name: str) -> Path:
    """`SHARED_DATA / name`; exists() tells whether the test may use it."""
    return SHARED_DATA / name
