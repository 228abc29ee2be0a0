"""Write resources/translit/roman_words.tsv: how often each Latin-letter word is written in
English-language text (Indian names and Hindi typed in Roman included), from the word
frequencies the pip package wordfreq ships.

    .venv/bin/pip install wordfreq
    .venv/bin/python scripts/make_roman_words.py

The app never imports wordfreq: only the generated table ships. It is what lets the readable
romaniser pick, among the spellings its rules allow for a word (schwa kept or dropped, ee or i,
v or w, ड़ as d or r ...), the one people actually write: harbhajan over harabhjan, chhindwara
over chhindawada (annotator/translit_spelling.py). One line per frequency step:

    <zipf, one decimal><TAB><the words of that frequency, space-separated, sorted>

Zipf is log10 of the count per billion words; wordfreq's English list stops at 1.0 (about
one in 100 million words). Only words of 3 to 24 letters the romaniser could write are
kept (see _WORD).
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import metadata
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translit" / "roman_words.tsv"
# Only what the romaniser can spell: plain letters, no x, and c only in ch (chhindwara, not
# cat): a quarter of the list goes, and the table loads that much faster.
_WORD = re.compile("(?:[abd-wyz]|ch){3,24}")
HEADER = """\
# Latin-letter words and how often English-language text writes them (zipf: log10 of the
# count per billion words, one decimal), written {day} by scripts/make_roman_words.py from
# wordfreq {version}'s English list (zipf >= 1.0; words of 3-24 letters a-z with no x and
# with c only in ch, the only words the romaniser can write).
# Data from wordfreq by Robyn Speer (https://github.com/rspeer/wordfreq), licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is a derivative and is licensed
# CC BY-SA 4.0 likewise. wordfreq's sources include Wikipedia, Google Books Ngrams
# (http://books.google.com/ngrams), OPUS OpenSubtitles 2018 (opensubtitles.org), ParaCrawl,
# the Leeds Internet Corpus, and SUBTLEX-US and SUBTLEX-UK by Marc Brysbaert et al., freely
# available data (http://crr.ugent.be/programs-data/subtitle-frequencies).
# zipf<TAB>words
"""


def roman_words() -> dict[float, list[str]]:
    """zipf (one decimal) -> the plain-letter English words of that frequency."""
    import wordfreq

    steps: dict[float, list[str]] = defaultdict(list)
    for word, freq in wordfreq.get_frequency_dict("en", wordlist="large").items():
        if _WORD.fullmatch(word):
            steps[round(wordfreq.zipf_frequency(word, "en"), 1)].append(word)
    return steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        print("make_roman_words: needs wordfreq (pip install wordfreq)", file=sys.stderr)
        return 2
    steps = roman_words()
    lines = [f"{zipf:.1f}\t{' '.join(sorted(words))}" for zipf, words in sorted(steps.items(), reverse=True)]
    header = HEADER.format(day=date.today().isoformat(), version=metadata.version("wordfreq"))
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {sum(map(len, steps.values())):,} words in {len(steps)} frequency steps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
