"""Letters of the 'hindi' scheme whose spelling depends on their place in the word: ी/ू as
ee/oo or i/u, and व as v or w. Each takes the word's aksharas (translit_rules._Akshara), the
index of one, and the schwa decisions."""

from __future__ import annotations

from typing import Any


def _ish_name(aks: list[Any]) -> bool:
    """Names ending in -ीश/-ीष are written -ish with short i throughout: nitish, jagdish."""
    return len(aks) >= 2 and aks[-1].cons in (["श"], ["ष"]) and aks[-1].vowel == "" and aks[-2].vowel == "ी"


def long_vowel(aks: list[Any], i: int, keep: list[bool], long: str, short: str, place: bool) -> str:
    """ी/ू: ee/oo where people double them, i/u elsewhere. Doubled: in the first syllable before
    one consonant and a vowel (deepak, meena, pooja, neeche), and in a last syllable closed by
    one consonant (pradeep, kanoon, zameen; not -ish: harish, satish). Never in a place name,
    nor in a syllable said twice (दीदी didi, बीबी bibi)."""
    a = aks[i]
    n = len(aks)
    twice = n == 2 and aks[0].cons == aks[1].cons and aks[0].vowel == aks[1].vowel
    if place or twice or i == n - 1 or len(a.cons) > 1 or _ish_name(aks):
        return short
    nxt = aks[i + 1]
    if nxt.indep or len(nxt.cons) != 1 or nxt.cons[0] == "य":
        return short
    if i + 1 == n - 1 and nxt.vowel == "" and not keep[i + 1] and not nxt.nasal:
        # -ील/-ीर/-ीस after the first syllable are i: sunil, vakil, sudhir, sukhbir (but -veer), chalis
        closed_short = "शष" if i == 0 or long == "oo" else ("शषलरस" if a.cons != ["व"] else "शष")
        return short if nxt.cons[0] in closed_short and (long == "ee" or i) else long  # piyush
    if i == 0 and a.cons == ["भ"] and long == "oo":
        return short  # the prefix भू of names: bhupesh, bhupendra, bhushan
    return long if i == 0 else short


def va_letter(aks: list[Any], i: int, keep: list[bool], follows: str) -> str:
    """व opening akshara i (`follows`: the consonant after it in the cluster, or '') as v or w."""
    a = aks[i]
    prev = aks[i - 1] if i else None
    # वा inside a word: tiwari, samajwadi; but after a nasal: samvad; and the -wala suffix
    inside = prev is not None and not prev.nasal
    suffix = i == len(aks) - 2 and aks[-1].cons == ["ल"] and aks[-1].vowel in ("ा", "े", "ी")
    # and after a consonant whose schwa went: jaswant, balwant, janwar, anwar
    joined = (a.vowel == "" and (keep[i] or bool(a.nasal)) and prev is not None and prev.vowel == ""
              and bool(prev.cons) and not keep[i - 1] and not prev.nasal)
    ordinal = i == len(aks) - 1 and bool(a.nasal)  # -वां: aathvan, satvan
    # the suffixes -ावत/-ावट: shekhawat, kahawat, rukawat
    awat = (i == len(aks) - 2 and a.vowel == "" and prev is not None and prev.vowel == "ा"
            and aks[-1].cons in (["त"], ["ट"]) and aks[-1].vowel == "")
    alay = i == len(aks) - 3 and [x.cons for x in aks[-2:]] == [["ल"], ["य"]]  # -वालय: sachivalay
    wa = a.vowel == "ा" and (inside or suffix) and not ordinal and not alay and follows != "य"  # divya
    return "w" if wa or joined or awat else "v"
