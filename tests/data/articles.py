"""The whole articles the tests annotate: our own (always there) and the touchstone (only
when ../shared/data is beside the checkout). A test taking the `article` fixture runs on
each; the touchstone's run skips, saying why, when its file is absent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType

from tests.data import gold, kanpur_gold, lucknow_gold


@dataclass(frozen=True)
class Article:
    """An article and the facts tests check on it. `thrice` is a full name said exactly three
    times and `six` one said six times, each with its romanised query; `context` is the
    search panel's line for `thrice`'s second hit; `place` and `person` are a place's and a
    person's name as (Devanagari, romanised, IAST), the place's first occurrence annotated."""

    name: str
    path: Path
    gold: ModuleType
    thrice: tuple[str, str]
    six: tuple[str, str]
    context: str
    place: tuple[str, str, str]
    person: tuple[str, str, str]

    @cached_property
    def text(self) -> str:
        return self.path.read_bytes().decode("utf-8")

    def ui_reading(self) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """(spans as (start, end, label), relations as (head index, tail index, label)) that
        the window tests annotate. The touchstone's is the screenshot's (lighter than its gold)."""
        if self.name == "kanpur":
            from ui.screenshot import KANPUR_RELATIONS, entity_offsets  # Qt only where the window is tested

            return entity_offsets(self.text), KANPUR_RELATIONS
        return gold.spans(self.text, self.gold.ENTITIES), gold.relation_indices(self.gold.ENTITIES, self.gold.RELATIONS)


LUCKNOW = Article(
    "lucknow",
    lucknow_gold.ARTICLE,
    lucknow_gold,
    thrice=("रमेश यादव", "ramesh yadav"),
    six=("दिनेश अग्रवाल", "dinesh agrawal"),
    context="…को उसी ने गोली मारी थी। दारोगा «रमेश यादव» ने बताया कि बाकी रकम स्टेट बैंक ऑफ…",
    place=("लखनऊ", "lucknow", "lakhanaū"),  # the English spelling people read (issue 15)
    person=("सुरेश चंद्र वर्मा", "suresh chandra verma", "sureśa caṃdra varmā"),  # verma: the English spelling (english.tsv)
)
KANPUR = Article(
    "kanpur",
    kanpur_gold.ARTICLE,
    kanpur_gold,
    thrice=("अजय मिश्रा", "ajay mishra"),
    six=("बलराम राजपूत", "balram rajpoot"),
    context="…देने के लिए कहा गया है। वहीं «अजय मिश्रा» का कहना है कि उन्होंने यह बुलेट एक…",
    place=("कानपुर", "kanpur", "kānapura"),
    person=("विजय सिंह मीणा", "vijay singh meena", "vijaya siṃha mīṇā"),
)
ARTICLES = {a.name: a for a in (LUCKNOW, KANPUR)}
