"""The matching key's word-level folds, applied alike to pieces from Devanagari and from
Roman: vowel sequences, dropped vowels a, nasals, doubled consonants."""

from __future__ import annotations

_Piece = list  # [key, start, end, is_a, opens the word]
_CONSONANT_KEYS = frozenset("kgjtdnpbmyrlvsh") | {"kh", "gh", "ch", "jh", "th", "dh", "ph", "bh", "rh"}


def _vowel_sequences(pieces: list[_Piece]) -> list[_Piece]:
    """Fold vowel sequences that the two scripts spell differently, the same way on both sides:
    a + i is e (mumbai = मुंबई, gai = गई, bhai = भाई), e + i is e, a + u/o is o (lakhnau =
    लखनऊ, kumaon = कुमाऊँ); e before h is the schwa (pehle = पहले, sehat = सेहत); a y between
    vowels before e/i is a glide (liye = लिए, gaye = गए); a + y before a consonant or the end
    is e (raipur = रायपुर, ajay = अजय)."""
    return _glides(_merges(_glides(pieces)))


def _vowel(p: _Piece | None) -> bool:
    return p is not None and p[0] in "aeiou"


def _glides(pieces: list[_Piece]) -> list[_Piece]:
    out: list[_Piece] = []
    for k, p in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if p[0] == "y" and out and _vowel(out[-1]) and nxt is not None and (
            nxt[0] in ("e", "i") or (out[-1][0] == "i" and _vowel(nxt))
        ):
            # liye = लिए, and i-y-a as English writes it: ghaziabad = गाजियाबाद, bhatia = भाटिया
            out[-1][2] = p[2]
            continue
        out.append(p)
    return out


def _merges(pieces: list[_Piece]) -> list[_Piece]:
    out: list[_Piece] = []
    n = len(pieces)
    skip = -1
    for k, p in enumerate(pieces):
        if k == skip:
            out[-1][2] = p[2]
            continue
        nxt = pieces[k + 1] if k + 1 < n else None
        prev = out[-1] if out else None
        if prev is not None and prev[0] == "a" and p[0] in ("u", "o"):
            out[-1] = ["o", prev[1], p[2], False, prev[4]]
            continue
        if prev is not None and prev[0] == "e" and p[0] == "i":
            prev[2] = p[2]
            continue
        if prev is not None and prev[0] == "e" and not prev[4] and p[0] == "h":
            prev[0], prev[3] = "a", True
        if prev is not None and prev[0] == "a" and p[0] in ("i", "y"):
            after = nxt
            swallow = p[0] == "y" and after is not None and after[3] and (k + 2 >= n or not _vowel(pieces[k + 2]))
            if swallow:
                after = pieces[k + 2] if k + 2 < n else None
            if p[0] == "i" or not _vowel(after):
                out[-1] = ["e", prev[1], p[2], False, prev[4]]
                if swallow and k + 2 >= n:
                    skip = k + 1  # ajaya = अजय: the a after y is the schwa
                continue
        out.append(p)
    return out


def fold_pieces(pieces: list[_Piece], final_a: bool = False) -> list[_Piece]:
    """Word-level folds: vowel sequences, drop non-initial a (but a spoken final a when
    `final_a`), m->n before p/b/h/v, ngh->nh, merge doubles, final ey->e."""
    for k, p in enumerate(pieces):
        p.append(k == 0)  # [4]: opens the word (an initial a is kept)
    pieces = _vowel_sequences(pieces)
    kept: list[_Piece] = []
    vowel_after: list[bool] = []  # an a was dropped after this piece
    last = len(pieces) - 1
    for k, p in enumerate(pieces):
        if p[3] and kept and not (final_a and k == last and p[0] == "a"):
            kept[-1][2] = p[2]
            vowel_after[-1] = True
        else:
            kept.append(p)
            vowel_after.append(False)
    for a, b in zip(kept, kept[1:]):
        if a[0] == "m" and b[0][0] in "pbhv":
            a[0] = "n"
        if a[0] == "n" and b[0] == "gh":
            b[0] = "h"
    merged: list[_Piece] = []
    # Only consonants written together merge (kannauj = कन्नौज, makkhan): one a between them,
    # typed or inherent, keeps both (menan = मेनन is not में, kaka = काका is not का).
    for p, apart in zip(kept, [False, *vowel_after]):
        if merged and not apart:
            q = merged[-1]
            if p[0] == q[0] or (q[0] in _CONSONANT_KEYS and p[0] == q[0] + "h"):
                merged[-1] = [p[0], q[1], p[2], False]
                continue
        merged.append(p)
    # Names typed with a final -ey (Dubey, Pandey, Chaubey) end in -e in Devanagari; a final
    # y after a consonant is English for ी (choudhary = चौधरी, cauvery = कावेरी).
    if len(merged) >= 2 and merged[-1][0] == "y" and merged[-2][0] == "e":
        merged[-2] = [merged[-2][0], merged[-2][1], merged[-1][2], False]
        merged.pop()
    elif not final_a and len(merged) >= 2 and merged[-1][0] == "y" and merged[-2][0] in _CONSONANT_KEYS:
        merged[-1][0] = "i"
    return merged
