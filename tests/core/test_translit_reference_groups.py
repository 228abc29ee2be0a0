"""The bench reports each reference list written after the first two as a group of its own, in
the order of translit_reference.GROUP_ORDER, judged by the spellings of every file written up to
it, held out (the blind lists) or reported (the dev halves), and leaves a group out when its file
is absent; the two split pairs hold their halves of the hash rule. Every assertion compares
values computed beforehand, so a failure never prints a word of a sealed list (pytest shows the
operands of a failing assert)."""

from __future__ import annotations

import pytest

from bench import bench_translit
from bench import translit_reference as ref

FIRST_FOUR = (ref.REFERENCE, ref.BLIND, ref.DEV2, ref.BLIND2)
# group: (the name of its path in translit_reference, its own files, the files it is judged by)
GROUPS = {
    "dev2": ("DEV2", (ref.DEV2, ref.BLIND2), FIRST_FOUR),
    "blind2": ("BLIND2", (ref.DEV2, ref.BLIND2), FIRST_FOUR),
    "blind3": ("BLIND3", (ref.BLIND3,), (*FIRST_FOUR, ref.BLIND3)),
    "dev3": ("DEV3", (ref.DEV3, ref.BLIND4), (*FIRST_FOUR, ref.BLIND3, ref.DEV3, ref.BLIND4)),
    "blind4": ("BLIND4", (ref.DEV3, ref.BLIND4), (*FIRST_FOUR, ref.BLIND3, ref.DEV3, ref.BLIND4)),
    "blind5": ("BLIND5", (ref.BLIND5,), (*FIRST_FOUR, ref.BLIND3, ref.DEV3, ref.BLIND4, ref.BLIND5)),
    "blind6": ("BLIND6", (ref.BLIND6,), (*FIRST_FOUR, ref.BLIND3, ref.DEV3, ref.BLIND4, ref.BLIND5, ref.BLIND6)),
    "blind7": ("BLIND7", (ref.BLIND7,), (*FIRST_FOUR, ref.BLIND3, ref.DEV3, ref.BLIND4, ref.BLIND5, ref.BLIND6, ref.BLIND7)),
}
PAIRS = {"dev2/blind2": (ref.DEV2, ref.BLIND2), "dev3/blind4": (ref.DEV3, ref.BLIND4)}


def _owners(paths) -> dict[str, set[str]]:
    return ref.spelling_owners([e for path in paths for e in ref.load(path)])


@pytest.mark.parametrize("group", GROUPS)
def test_the_bench_reports_the_group_in_order_judged_by_every_file_up_to_it(group: str) -> None:
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == list(ref.GROUP_ORDER)
    _, own, judged_by = GROUPS[group]
    with_it = _owners(judged_by)
    without_it = _owners([path for path in judged_by if path not in own])
    judged_by_every_file_up_to_it = owners[group] == with_it
    assert judged_by_every_file_up_to_it
    assert with_it != without_it  # the list's own spellings count for it


@pytest.mark.parametrize("group", GROUPS)
def test_an_absent_file_leaves_its_group_out(monkeypatch, tmp_path, group: str) -> None:
    monkeypatch.setattr(ref, GROUPS[group][0], tmp_path / "absent.tsv")
    groups, owners = ref.reference_groups()
    order, judged = list(groups), list(owners)
    assert order == judged == [g for g in ref.GROUP_ORDER if g != group]


@pytest.mark.parametrize("group", GROUPS)
def test_the_blind_groups_get_the_held_out_targets_and_the_dev_halves_are_reported(group: str) -> None:
    rows = ("romanisation exact", "romanisation exact, acronyms", "search recall, names, usual spelling",
            "search recall, names, English spelling", "search precision (judged), names, usual spelling",
            "search precision (judged), names, English spelling")
    targets = [bench_translit._target(f"{group}: {row}") for row in rows]
    held_out = [">= 0.90", ">= 0.90", ">= 0.95", ">= 0.80", ">= 0.90", ">= 0.90"]
    assert targets == (held_out if group.startswith("blind") else ["reported"] * len(rows))


@pytest.mark.parametrize("pair", PAIRS)
def test_each_file_of_a_pair_holds_its_parity_of_the_hash_rule_and_the_split_is_balanced(pair: str) -> None:
    dev, blind = (ref.load(path) for path in PAIRS[pair])
    odd_in_dev = sum(e.heldout for e in dev)
    even_in_blind = sum(not e.heldout for e in blind)
    share = len(blind) / (len(dev) + len(blind))
    assert odd_in_dev == even_in_blind == 0
    assert 0.4 < share < 0.6
