"""The romanisation reference lists (tests/data/romanisation_reference.tsv, the blind second
list romanisation_reference_blind.tsv, the third list split into the files
romanisation_reference_dev2.tsv and romanisation_reference_blind2.tsv, the sealed blind list
romanisation_reference_blind3.tsv, the fourth pair romanisation_reference_dev3.tsv and the
sealed romanisation_reference_blind4.tsv, and the sealed fifth to seventh lists
romanisation_reference_blind5.tsv, _blind6.tsv and _blind7.tsv): loading, the dev/held-out split of the first, and the
romanisation and Roman-search figures measured on them.

The figures are computed here with the project's own public functions passed in (romanise,
search), so the same code measures the old and the new implementation. What counts as an
occurrence of a word is decided here, independently of the search code: Devanagari word runs
of the corpus (one to three words, joined) compared after a small, conservative fold."""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench import translit_judgements

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "romanisation_reference.tsv"
# The second list, written blind (nobody tuned on it or looked at the code while writing it):
# all of it is held-out, reported as its own group "blind".
BLIND = ROOT / "tests" / "data" / "romanisation_reference_blind.tsv"
# The third list, written later by the same hash rule into two files: "dev2" (tune on it) and
# "blind2" (sealed like blind). Either file may be absent; its group is then left out.
DEV2 = ROOT / "tests" / "data" / "romanisation_reference_dev2.tsv"
BLIND2 = ROOT / "tests" / "data" / "romanisation_reference_blind2.tsv"
# A further list written blind (sealed like blind and blind2, all held-out): group "blind3",
# left out when the file is absent.
BLIND3 = ROOT / "tests" / "data" / "romanisation_reference_blind3.tsv"
# The fourth pair, split by the same hash rule as dev2/blind2: "dev3" (tune on it) and "blind4"
# (sealed like blind3). Either file may be absent; its group is then left out.
DEV3 = ROOT / "tests" / "data" / "romanisation_reference_dev3.tsv"
BLIND4 = ROOT / "tests" / "data" / "romanisation_reference_blind4.tsv"
# A fifth list written blind at the end of session 8 (sealed like blind4, all held-out): group
# "blind5", left out when the file is absent.
BLIND5 = ROOT / "tests" / "data" / "romanisation_reference_blind5.tsv"
# A sixth, written blind in session 9 from rarer corpus words (sealed, all held-out): "blind6".
BLIND6 = ROOT / "tests" / "data" / "romanisation_reference_blind6.tsv"
# A seventh, written blind later in session 9, when the earlier lists held nearly every
# well-known name of the corpus: lesser-known people and villages (sealed, all held-out).
BLIND7 = ROOT / "tests" / "data" / "romanisation_reference_blind7.tsv"
# The groups in report order, when every file is there.
GROUP_ORDER = ("held-out", "dev", "blind", "dev2", "blind2", "blind3", "dev3", "blind4", "blind5", "blind6", "blind7")
SHARED = ROOT.parent / "shared" / "data"
NAME_CLASSES = ("person", "place")


@dataclass(frozen=True)
class Entry:
    dev: str
    roman: tuple[str, ...]
    english: tuple[str, ...]
    cls: str

    @property
    def accepted(self) -> tuple[str, ...]:
        """The spellings a readable romanisation must produce: the English ones when given."""
        return self.english or self.roman

    @property
    def heldout(self) -> bool:
        return int(hashlib.sha1(self.dev.encode("utf-8")).hexdigest(), 16) % 2 == 1


def load(path: Path = REFERENCE) -> list[Entry]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        dev, roman, english, cls = line.split("\t")
        entries.append(Entry(dev, tuple(roman.split("|")), tuple(e for e in english.split("|") if e), cls))
    return entries


def load_if_present(path: Path) -> list[Entry]:
    """The entries of a list that may not be there yet (the second pair): none when absent."""
    return load(path) if path.exists() else []


def split(entries: list[Entry]) -> dict[str, list[Entry]]:
    return {"held-out": [e for e in entries if e.heldout], "dev": [e for e in entries if not e.heldout]}


# ----- romanisation ---------------------------------------------------------------------------


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def romanisation_figures(entries: list[Entry], romanise: Callable[[str], str]) -> dict:
    """Exact-match rate (overall, acronyms, the acronym stop-list words, per class), character
    error rate against the nearest accepted spelling, and the misses. The lists write
    everything but acronyms in lower case, so outside the acronym class the comparison
    ignores case: "RK narayan" shown is the list's "rk narayan" (an acronym must be shown in
    capitals to count)."""
    misses: list[tuple[str, str, str, str]] = []
    per_class: dict[str, list[int]] = {}
    errors = chars = 0
    for e in entries:
        got = romanise(e.dev)
        ok = got in e.accepted or (e.cls != "acronym" and got.lower() in e.accepted)
        per_class.setdefault(e.cls, [0, 0])
        per_class[e.cls][0] += ok
        per_class[e.cls][1] += 1
        best = min(e.accepted, key=lambda s: _edit_distance(got, s))
        errors += _edit_distance(got, best)
        chars += len(best)
        if not ok:
            misses.append((e.cls, e.dev, got, "|".join(e.accepted)))

    def rate(classes: Iterable[str] | None = None) -> tuple[float, int]:
        rows = [v for k, v in per_class.items() if classes is None or k in classes]
        n = sum(v[1] for v in rows)
        return (sum(v[0] for v in rows) / n if n else float("nan")), n

    return {
        "exact": rate(),
        "acronym": rate(("acronym",)),
        "stoplist": rate(("word",)),
        "names": rate(NAME_CLASSES),
        "cer": errors / chars if chars else float("nan"),
        "per_class": {k: (v[0] / v[1], v[1]) for k, v in sorted(per_class.items())},
        "misses": misses,
    }


# ----- the corpus and what counts as an occurrence -------------------------------------------

_WORD = re.compile("[\u0900-\u0963\u0971-\u097f\u200c\u200d]+")
_GAP = re.compile(r"[\s\-]+")
_NASAL_CONSONANTS = "ङञणनम"
_STOPS = "कखगघचछजझटठडढतथदधपफबभ"


def variant_fold(word: str) -> str:
    """Spellings of one word that Hindi writers use interchangeably fold together: nukta or
    not, joiners, candrabindu/anusvara, a nasal consonant + virama before a stop/anusvara
    (उत्तराखण्ड/उत्तराखंड), and the space or hyphen inside a compound (लोक सभा/लोकसभा)."""
    s = unicodedata.normalize("NFD", word)
    s = s.replace("\u093c", "").replace("\u200c", "").replace("\u200d", "").replace("\u0901", "\u0902")
    s = re.sub(f"[{_NASAL_CONSONANTS}]\u094d(?=[{_STOPS}])", "\u0902", s)
    return _GAP.sub("", s)


def corpus_texts() -> list[tuple[str, str]]:
    """(id, text): the HiNER documents when ../shared/data is there, the touchstone, our own
    article and the demo articles."""
    texts: list[tuple[str, str]] = []
    hiner = SHARED / "hiner_docs.jsonl"
    if hiner.exists():
        for line in hiner.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            texts.append((doc["id"], doc["text"]))
    if (SHARED / "kanpur_article.txt").exists():
        texts.append(("kanpur", (SHARED / "kanpur_article.txt").read_text(encoding="utf-8")))
    texts.append(("lucknow", (ROOT / "tests" / "data" / "lucknow_article.txt").read_text(encoding="utf-8")))
    for line in (ROOT / "resources" / "demo" / "demo.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        texts.append((doc["id"], doc["text"]))
    return texts


def occurrence_index(texts: list[tuple[str, str]]) -> dict[str, list[tuple[str, int, int]]]:
    """variant_fold of every run of one to three consecutive words -> (doc id, start, end)."""
    index: dict[str, list[tuple[str, int, int]]] = {}
    for doc, text in texts:
        words = [(m.start(), m.end(), variant_fold(m.group())) for m in _WORD.finditer(text)]
        for i, (start, end, key) in enumerate(words):
            index.setdefault(key, []).append((doc, start, end))
            for k in (1, 2):
                if i + k < len(words) and _GAP.fullmatch(text[words[i + k - 1][1] : words[i + k][0]]):
                    key += words[i + k][2]
                    index.setdefault(key, []).append((doc, start, words[i + k][1]))
                else:
                    break
    return index


def corpus_project(texts: list[tuple[str, str]], folder: Path):
    """A real project file holding the corpus (the search under test runs on it)."""
    from annotator.importer import import_paths
    from annotator.project import Project, resolve_scheme

    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for doc, text in texts:
            f.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
    project = Project.create(folder / "corpus.db", resolve_scheme("hiner"))
    import_paths(project, [path])
    return project


# ----- search -------------------------------------------------------------------------------


@dataclass
class SearchTally:
    found: int = 0
    occurrences: int = 0
    true_hits: int = 0
    hits: int = 0
    judged_true_hits: int = 0  # right by the lists or judged "same" (translit_judgements)
    per_query: list[float] = field(default_factory=list)  # each query's share of its occurrences found

    def count_found(self, hits: list, occurrences: list[tuple[str, int, int]]) -> int:
        """Add the occurrences (document, start, end) some hit overlaps, and return how many."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for h in hits:
            spans.setdefault(h.ext_id, []).append((h.start, h.end))
        found = sum(any(s < e and e2 > s2 for s2, e2 in spans.get(d, ())) for d, s, e in occurrences)
        self.found += found
        self.occurrences += len(occurrences)
        if occurrences:
            self.per_query.append(found / len(occurrences))
        return found

    def recall_per_query(self) -> float:
        """The mean of each query's recall: what a few very frequent words cannot sway."""
        return statistics.fmean(self.per_query) if self.per_query else float("nan")

    def recall(self) -> float:
        return self.found / self.occurrences if self.occurrences else float("nan")

    def precision(self) -> float:
        return self.true_hits / self.hits if self.hits else float("nan")

    def judged_precision(self) -> float:
        return self.judged_true_hits / self.hits if self.hits else float("nan")


def query_groups(entries: list[Entry]) -> dict[str, list[tuple[Entry, str]]]:
    """(entry, query) pairs: names typed the usual (Indian) way, names and bodies in their
    English spelling, acronyms in capitals as displayed, and acronyms and English loans typed
    in lower case (where "co" is also को)."""
    usual = [(e, q) for e in entries if e.cls in NAME_CLASSES for q in e.roman]
    english = [(e, q) for e in entries if e.cls in (*NAME_CLASSES, "body") for q in e.english if q.lower() not in e.roman]
    loans = [(e, q.lower()) for e in entries if e.cls in ("acronym", "loan") for q in e.accepted]
    capitals = [(e, q) for e in entries if e.cls == "acronym" for q in e.accepted]
    return {"names, usual spelling": usual, "names, English spelling": english,
            "acronyms in capitals": capitals, "acronyms and loans, lower case": loans}


def spelling_owners(entries: list[Entry]) -> dict[str, set[str]]:
    """Lower-case spelling -> variant_fold of every entry it is a spelling of: a hit on any of
    them is right (the reference itself writes दस and दास both 'das')."""
    owners: dict[str, set[str]] = {}
    for e in entries:
        for q in {*e.roman, *e.english}:
            owners.setdefault(q.lower(), set()).add(variant_fold(e.dev))
    return owners


def _typed_as_is(hit: str, query: str) -> bool:
    """A hit on the very letters typed (ONGC in a text that writes it in Latin letters) is right
    whatever the lists say: the user asked for exactly that."""
    return " ".join(hit.casefold().split()) == " ".join(query.casefold().split())


def search_figures(
    project,
    search: Callable,
    pairs: list[tuple[Entry, str]],
    index: dict[str, list[tuple[str, int, int]]],
    owners: dict[str, set[str]],
    same: frozenset[tuple[str, str, str]] = frozenset(),
) -> tuple[SearchTally, list[float], list[tuple[str, str, int, int]]]:
    """Recall over the corpus occurrences of each entry, precision over every hit (strict: by
    the lists; judged: also a hit whose (query, entry, hit text) is in `same`, this group's
    "same" judgements), each query's time (s), and the (query, word, found, occurrences) rows
    that missed something."""
    tally = SearchTally()
    times: list[float] = []
    misses: list[tuple[str, str, int, int]] = []
    for entry, query in pairs:
        occ = index.get(variant_fold(entry.dev), [])
        t0 = time.perf_counter()
        hits = search(project, query)
        times.append(time.perf_counter() - t0)
        right = owners.get(query.lower(), set())
        tally.hits += len(hits)
        strict = [variant_fold(h.text) in right or _typed_as_is(h.text, query) for h in hits]
        tally.true_hits += sum(strict)
        tally.judged_true_hits += sum(ok or (query, entry.dev, h.text) in same for ok, h in zip(strict, hits))
        if not occ:
            continue
        found = tally.count_found(hits, occ)
        if found < len(occ):
            misses.append((query, entry.dev, found, len(occ)))
    return tally, times, misses


def hiner_names(limit_words: int = 3) -> list[str]:
    """Distinct PERSON and LOCATION surfaces of the HiNER sample, Devanagari words only."""
    path = SHARED / "hiner_docs.jsonl"
    if not path.exists():
        return []
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for ent in json.loads(line)["entities"]:
            words = ent["text"].split()
            if ent["label"] in ("PERSON", "LOCATION") and len(words) <= limit_words and all(_WORD.fullmatch(w) for w in words):
                names.add(ent["text"])
    return sorted(names)


def reference_groups() -> tuple[dict[str, list[Entry]], dict[str, dict[str, set[str]]]]:
    """The groups in report order (GROUP_ORDER; an absent file's group is left out) and the
    spelling owners each is judged with: the first list's halves by the first list, blind by
    the first two lists, dev2 and blind2 by those four files, blind3 by those five, dev3 and
    blind4 by those seven, blind5 by those eight, blind6 by those nine, blind7 by all ten (a
    query is right on any word some list spells that way: दस and दास are both das)."""
    entries, blind = load(), load(BLIND)
    dev2, blind2, blind3 = load_if_present(DEV2), load_if_present(BLIND2), load_if_present(BLIND3)
    dev3, blind4, blind5 = load_if_present(DEV3), load_if_present(BLIND4), load_if_present(BLIND5)
    blind6, blind7 = load_if_present(BLIND6), load_if_present(BLIND7)
    groups = {**split(entries), "blind": blind, "dev2": dev2, "blind2": blind2, "blind3": blind3, "dev3": dev3, "blind4": blind4,
              "blind5": blind5, "blind6": blind6, "blind7": blind7}
    groups = {name: rows for name, rows in groups.items() if rows}
    four = entries + blind + dev2 + blind2
    first, two, every, five = spelling_owners(entries), spelling_owners(entries + blind), spelling_owners(four), spelling_owners(four + blind3)
    seven_files = four + blind3 + dev3 + blind4
    seven, eight = spelling_owners(seven_files), spelling_owners(seven_files + blind5)
    nine, ten = spelling_owners(seven_files + blind5 + blind6), spelling_owners(seven_files + blind5 + blind6 + blind7)
    owners = {"held-out": first, "dev": first, "blind": two, "dev2": every, "blind2": every, "blind3": five,
              "dev3": seven, "blind4": seven, "blind5": eight, "blind6": nine, "blind7": ten}
    return groups, {name: owners[name] for name in groups}


def evaluate(romanise: Callable[[str], str], search: Callable, *, with_hiner: bool = True) -> dict:
    """Every reference figure for one implementation (romanise, search): the held-out and dev
    halves of the first list, the whole blind list and the dev2, blind2, blind3, dev3, blind4,
    blind5, blind6 and blind7 files, each a group."""
    groups, owners = reference_groups()
    same = translit_judgements.same_hits()
    texts = corpus_texts()
    index = occurrence_index(texts)
    out: dict = {"corpus_documents": len(texts), "groups": list(groups)}
    with tempfile.TemporaryDirectory() as tmp:
        project = corpus_project(texts, Path(tmp))
        try:
            search(project, "warm")  # builds the index once, outside the timings
            for group, rows in groups.items():
                out[group] = _group_figures(project, romanise, search, rows, index, owners[group], same.get(group, frozenset()))
            if with_hiner:
                out["hiner"] = _hiner_figures(project, romanise, search, index)
        finally:
            project.close()
    return out


def _group_figures(project, romanise: Callable[[str], str], search: Callable, rows: list[Entry], index, owners, same) -> dict:
    """The romanisation figures of some entries and the search figures of each query group
    (`same`: this group's hits judged "same")."""
    out: dict = {"romanisation": romanisation_figures(rows, romanise), "search": {}}
    for group, pairs in query_groups(rows).items():
        tally, times, misses = search_figures(project, search, pairs, index, owners, same)
        out["search"][group] = {
            "recall": tally.recall(), "recall_per_query": tally.recall_per_query(), "found": tally.found, "occurrences": tally.occurrences,
            "precision": tally.precision(), "true_hits": tally.true_hits, "hits": tally.hits,
            "judged_precision": tally.judged_precision(), "judged_true_hits": tally.judged_true_hits,
            "median_ms": statistics.median(times) * 1000 if times else float("nan"), "misses": misses,
        }
    return out


def _hiner_figures(project, romanise: Callable[[str], str], search: Callable, index) -> dict:
    """HiNER PERSON/LOCATION names typed as the tool displays them: every occurrence should be
    found, and hits should be that name (variant-folded)."""
    names = hiner_names()
    tally = SearchTally()
    misses = []
    for name in names:
        key = variant_fold(name)
        occ = index.get(key, [])
        query = romanise(name)
        hits = search(project, query)
        tally.hits += len(hits)
        tally.true_hits += sum(variant_fold(h.text) == key for h in hits)
        found = tally.count_found(hits, occ)
        if found < len(occ):
            misses.append((query, name, found, len(occ)))
    return {"names": len(names), "recall": tally.recall(), "found": tally.found, "occurrences": tally.occurrences,
            "precision": tally.precision(), "true_hits": tally.true_hits, "hits": tally.hits, "misses": misses}
