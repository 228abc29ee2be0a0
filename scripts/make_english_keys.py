"""Write resources/translit/english_keys.tsv: for the English words English-language text writes
often, the search keys Hindi spellings of them have, so a foreign name written in Devanagari
can be shown in its English spelling (मैनचेस्टर manchester, मैडोना madonna).

    .venv/bin/pip install wordfreq
    .venv/bin/python scripts/make_english_keys.py

The app never imports wordfreq: only the generated table ships. Each English word of
MIN_ZIPF or more (5 to 24 letters a-z) is read the way the Roman search reads a typed word
(annotator.roman_alternatives.spelled_keys: its own key, ै for its first a, soft c, a schwa
before a final -er/-on/-le ...); each key of MIN_KEY letters or more keeps the word written
most often. Regenerate it whenever the key or those readings change: the table is only right
for the code that made it (tests/core/test_translit_spelling.py checks a sample).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.roman_alternatives import spelled_keys  # noqa: E402

OUT = ROOT / "resources" / "translit" / "english_keys.tsv"
MIN_ZIPF = 3.0  # about once in a million words
MIN_KEY = 5  # key letters: a shorter key is shared by too many words
_WORD = re.compile("[a-z]{5,24}")
HEADER = """\
# Search keys of English words and the word they stand for: the English word written most often
# (zipf >= {zipf}) among those whose reading as a Hindi spelling (annotator.roman_alternatives)
# has the key; keys of {key} letters or more. Written {day} by scripts/make_english_keys.py from
# wordfreq {version}'s English list. Shown for a Devanagari word only when nobody writes its
# readable spelling and that spelling is close to the English word (annotator/translit.py).
# Data from wordfreq by Robyn Speer (https://github.com/rspeer/wordfreq), licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is a derivative and is licensed
# CC BY-SA 4.0 likewise (wordfreq's sources: see roman_words.tsv).
# key<TAB>english word
"""


def english_keys(words: dict[str, float]) -> dict[str, str]:
    """key -> the most written English word with that key among `words` (word -> zipf; a tie
    goes to the word first in alphabetical order)."""
    best: dict[str, str] = {}
    for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0])):
        readings = spelled_keys(word)
        for key in (readings.own, *readings.variants):
            if len(key) >= MIN_KEY and not key.startswith("="):
                best.setdefault(key, word)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        import wordfreq
    except ImportError:
        print("make_english_keys: needs wordfreq (pip install wordfreq)", file=sys.stderr)
        return 2
    words = {w: wordfreq.zipf_frequency(w, "en") for w in wordfreq.get_frequency_dict("en", wordlist="large") if _WORD.fullmatch(w)}
    table = english_keys({w: z for w, z in words.items() if z >= MIN_ZIPF})
    header = HEADER.format(zipf=MIN_ZIPF, key=MIN_KEY, day=date.today().isoformat(), version=metadata.version("wordfreq"))
    args.out.write_text(header + "".join(f"{k}\t{w}\n" for k, w in sorted(table.items())), encoding="utf-8")
    print(f"{args.out}: {len(table):,} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
