"""Write the two tables the readable romaniser takes from English-language text, both from the
word frequencies the pip package wordfreq ships:

    .venv/bin/pip install wordfreq
    .venv/bin/python scripts/make_roman_words.py

- resources/translit/roman_words.tsv: how often each Latin-letter word is written (Indian names
  and Hindi typed in Roman included). It lets the romaniser pick, among the spellings its rules
  allow for a word (schwa kept or dropped, ee or i, v or w, ड़ as d or r ...), the one people
  actually write: harbhajan over harabhjan, chhindwara over chhindawada
  (annotator/translit_spelling.py). One line per frequency step:
      <zipf, one decimal><TAB><the words of that frequency, space-separated, sorted>
  Zipf is log10 of the count per billion words; wordfreq's English list stops at 1.0 (about
  one in 100 million words).
- resources/translit/english_keys.tsv, made second because the readings it uses ask the first
  table how often a word is written: for each English word of ENGLISH_MIN_ZIPF or more, read the
  way the Roman search reads a typed word, but for the typing habits of Hindi (ड़ typed r), which
  English words do not have (annotator.roman_alternatives.reading_spellings: its own key, ै for
  its first a, soft c, a schwa before a final -er/-on/-le ...), each key of
  MIN_KEY letters or more keeps the word written most often, so a foreign name written in
  Devanagari can be shown in English (मैनचेस्टर manchester). Regenerate whenever the key or
  those readings change: the table is only right for the code that made it
  (tests/core/test_translit_spelling.py checks a sample).

The app never imports wordfreq: only the generated tables ship.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from datetime import date
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TRANSLIT = ROOT / "resources" / "translit"
# Only what the romaniser can spell: plain letters, no x, and c only in ch (chhindwara, not
# cat): a quarter of the list goes, and the table loads that much faster.
_WORD = re.compile("(?:[abd-wyz]|ch){3,24}")
_ENGLISH_WORD = re.compile("[a-z]{5,24}")
ENGLISH_MIN_ZIPF = 3.0  # about once in a million words
MIN_KEY = 5  # key letters: a shorter key is shared by too many words
CREDIT = """\
# Data from wordfreq by Robyn Speer (https://github.com/rspeer/wordfreq), licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is a derivative and is licensed
# CC BY-SA 4.0 likewise."""
WORDS_HEADER = """\
# Latin-letter words and how often English-language text writes them (zipf: log10 of the
# count per billion words, one decimal), written {day} by scripts/make_roman_words.py from
# wordfreq {version}'s English list (zipf >= 1.0; words of 3-24 letters a-z with no x and
# with c only in ch, the only words the romaniser can write).
{credit} wordfreq's sources include Wikipedia, Google Books Ngrams
# (http://books.google.com/ngrams), OPUS OpenSubtitles 2018 (opensubtitles.org), ParaCrawl,
# the Leeds Internet Corpus, and SUBTLEX-US and SUBTLEX-UK by Marc Brysbaert et al., freely
# available data (http://crr.ugent.be/programs-data/subtitle-frequencies).
# zipf<TAB>words
"""
KEYS_HEADER = """\
# Search keys of English words and the word they stand for: the English word written most often
# (zipf >= {zipf}) among those whose reading as a Hindi spelling (annotator.roman_alternatives)
# has the key; keys of {key} letters or more. Written {day} by scripts/make_roman_words.py from
# wordfreq {version}'s English list. Shown for a Devanagari word only when nobody writes its
# readable spelling and that spelling is close to the English word (annotator/translit.py).
{credit} wordfreq's sources: see roman_words.tsv.
# key<TAB>english word
"""


def english_frequencies() -> dict[str, float]:
    """Every word of wordfreq's large English list -> its zipf frequency."""
    import wordfreq

    return {word: wordfreq.zipf_frequency(word, "en") for word in wordfreq.get_frequency_dict("en", wordlist="large")}


def roman_words(frequencies: dict[str, float]) -> dict[float, list[str]]:
    """zipf (one decimal) -> the words of that frequency the romaniser could write."""
    steps: dict[float, list[str]] = defaultdict(list)
    for word, zipf in frequencies.items():
        if _WORD.fullmatch(word):
            steps[round(zipf, 1)].append(word)
    return steps


def english_keys(words: dict[str, float]) -> dict[str, str]:
    """key -> the most written English word with that key among `words` (word -> zipf; a tie
    goes to the word first in alphabetical order). Reads roman_words.tsv as it is on disk."""
    from annotator.roman_alternatives import reading_spellings
    from annotator.translit_key import word_key

    best: dict[str, str] = {}
    for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0])):
        for key in (word_key(word), *(word_key(s) for s in reading_spellings(word))):
            if len(key) >= MIN_KEY and not key.startswith("="):
                best.setdefault(key, word)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=TRANSLIT, help="folder for the two tables (the English keys are read with resources/translit/roman_words.tsv)")
    args = parser.parse_args(argv)
    try:
        frequencies = english_frequencies()
    except ImportError:
        print("make_roman_words: needs wordfreq (pip install wordfreq)", file=sys.stderr)
        return 2
    day, version = date.today().isoformat(), metadata.version("wordfreq")
    steps = roman_words(frequencies)
    lines = [f"{zipf:.1f}\t{' '.join(sorted(words))}" for zipf, words in sorted(steps.items(), reverse=True)]
    (args.out / "roman_words.tsv").write_text(WORDS_HEADER.format(day=day, version=version, credit=CREDIT) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out / 'roman_words.tsv'}: {sum(map(len, steps.values())):,} words in {len(steps)} frequency steps")
    table = english_keys({w: z for w, z in frequencies.items() if _ENGLISH_WORD.fullmatch(w) and z >= ENGLISH_MIN_ZIPF})
    header = KEYS_HEADER.format(zipf=ENGLISH_MIN_ZIPF, key=MIN_KEY, day=day, version=version, credit=CREDIT)
    (args.out / "english_keys.tsv").write_text(header + "".join(f"{k}\t{w}\n" for k, w in sorted(table.items())), encoding="utf-8")
    print(f"{args.out / 'english_keys.tsv'}: {len(table):,} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
