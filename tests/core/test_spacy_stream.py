"""The spaCy JSON-array reader reads incrementally: items cut by the buffer's edge, any line end,
and the same line-numbered errors as a whole-file read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.errors import Problem
from annotator.formats import spacy_fmt
from annotator.formats.spacy_fmt import parse_spacy

TEXTS = [
    "मेरठ के कलेक्टर ने गुरुवार को बैठक बुलाई।",
    "दो सौ किसानों ने धरना दिया, \"हमें पानी चाहिए\" कहते हुए।",
    "डॉक्टर प्रिया ने कहा: अस्पताल में 40 बिस्तर हैं।",
]


def _items(n: int) -> list[list]:
    """n items with texts of varied length (some longer than the small test buffer)."""
    out = []
    for i in range(n):
        text = TEXTS[i % 3] + " " + "नया वाक्य। " * (i % 7) + f"क्रम {i}"
        out.append([text, {"entities": [[0, 4, "LOCATION"]], "spans": {"sc": [[0, 4, "LOCATION"]]}}])
    return out


def _write(path: Path, items: list, end: str, *, bad_last: str | None = None) -> list[int]:
    """The array, opened by '[' alone on line 1, with `end` line ends; returns each item's first line."""
    lines = ["["]
    numbers = []
    for k, item in enumerate(items):
        numbers.append(len(lines) + 1)
        # every other item spread over several lines, so items cross the buffer's edge mid-value
        dumped = json.dumps(item, ensure_ascii=False, indent=1 if k % 2 else None)
        lines += (dumped + ("," if k < len(items) - 1 or bad_last else "")).split("\n")
    if bad_last is not None:
        numbers.append(len(lines) + 1)
        lines.append(bad_last)
    lines.append("]")
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return numbers


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("block", [7, 64, 1 << 20])
def test_items_and_lines_equal_a_whole_read(tmp_path: Path, monkeypatch, end: str, block: int) -> None:
    monkeypatch.setattr(spacy_fmt, "_KEEP_BELOW", block)
    items = _items(60)
    src = tmp_path / "s.json"
    lines = _write(src, items, end)
    got = list(parse_spacy(src))
    assert not [r for r in got if isinstance(r, Problem)]
    assert [r.text for r in got] == [i[0] for i in items]
    assert [r.line for r in got] == lines
    assert [r.ext_id for r in got] == [f"s-{n}" for n in range(1, 61)]


@pytest.mark.parametrize("block", [7, 1 << 20])
def test_a_bad_last_item_names_its_line(tmp_path: Path, monkeypatch, block: int) -> None:
    monkeypatch.setattr(spacy_fmt, "_KEEP_BELOW", block)
    src = tmp_path / "s.json"
    lines = _write(src, _items(40), "\n", bad_last='["अधूरा", {"entities": [[0, 2, "PERSON"]}]')
    got = list(parse_spacy(src))
    problems = [r for r in got if isinstance(r, Problem)]
    assert len(problems) == 1 and problems[0].line == lines[-1] and "not valid JSON" in problems[0].message
    assert len(got) == 41  # the forty good items were handed on as they came, then the error


def test_numbers_and_open_arrays_at_the_edge(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spacy_fmt, "_KEEP_BELOW", 3)
    src = tmp_path / "s.json"
    src.write_text("[\n12345,\n" + json.dumps(_items(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    got = list(parse_spacy(src))
    assert isinstance(got[0], Problem) and got[0].line == 2 and "expected [text" in got[0].message
    assert isinstance(got[-1], Problem) and got[-1].line is None and "not closed" in got[-1].message
