"""The generated romanisation tables (resources/translit/places.tsv, world.tsv) and english.tsv
as rows, for the tests that check them."""

from __future__ import annotations

import re

from annotator.resources import resource_path


def table_lines(name: str) -> list[str]:
    return resource_path("translit", name).read_text(encoding="utf-8").splitlines()


def table_rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in table_lines(name) if line.strip() and not line.startswith("#")]


def single_words(name: str) -> list[tuple[str, str]]:
    """The table's rows of one Devanagari word (a phrase is for search only)."""
    return [(dev, english) for dev, english in table_rows(name) if not re.search("[ -]", dev)]
