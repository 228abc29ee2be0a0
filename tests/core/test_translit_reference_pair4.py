"""The fourth reference pair, tests/data/romanisation_reference_dev3.tsv and the sealed
romanisation_reference_blind4.tsv, is weighted towards names, says in its headers how it was
written, and is judged in the open and the sealed judgement file (its form and words:
test_translit_reference_files.py; its split and groups in the bench:
test_translit_reference_groups.py). The files are read the way the bench reads them and every assertion compares counts computed
beforehand, so a failure never prints a word of the sealed half (pytest shows the operands of a
failing assert)."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import translit_judgements as judgements
from bench import translit_reference as ref

PAIR = {"dev3": ref.DEV3, "blind4": ref.BLIND4}


def _header(path) -> str:
    return " ".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))


def test_the_pair_is_weighted_towards_names() -> None:
    """About 45 % persons and 30 % places over both files, as the issue asked."""
    classes = Counter(e.cls for path in PAIR.values() for e in ref.load(path))
    total = sum(classes.values())
    persons, places = classes["person"] / total, classes["place"] / total
    assert 0.40 < persons < 0.50
    assert 0.25 < places < 0.35


def test_the_headers_say_who_wrote_them_when_under_which_rules_and_that_blind4_is_sealed() -> None:
    for path in PAIR.values():
        header = _header(path)
        for words in ("2026-12-08", "helper session", "without running", "romaniser or search code",
                      "dropped mechanically", "sha1(devanagari utf-8)"):
            assert words in header, (path.name, words)
    assert "may be tuned on" in _header(ref.DEV3)
    assert "SEALED" in _header(ref.BLIND4)
    assert "may be tuned on" not in _header(ref.BLIND4)


def test_dev3_is_judged_in_the_open_file_and_blind4_in_the_sealed_one(tmp_path) -> None:
    assert "dev3" in judgements.FILE_GROUPS[judgements.JUDGEMENTS]
    assert "blind4" in judgements.FILE_GROUPS[judgements.JUDGEMENTS_BLIND]
    assert "blind4" not in judgements.FILE_GROUPS[judgements.JUDGEMENTS]
    path = tmp_path / "judgements.tsv"
    path.write_text("dev3\tdharchula\tधारचूला\tधारचुला\tsame\n", encoding="utf-8")
    assert judgements.same_hits({path: judgements.FILE_GROUPS[judgements.JUDGEMENTS]}) == {"dev3": frozenset({("dharchula", "धारचूला", "धारचुला")})}
    path.write_text("blind4\tdharchula\tधारचूला\tधारचुला\tsame\n", encoding="utf-8")
    with pytest.raises(ValueError, match="judgements.tsv:1"):
        judgements.load(path, judgements.FILE_GROUPS[judgements.JUDGEMENTS])
