"""The suggestion measures: exact P/R/F1 and the actions count the bench reports."""

from __future__ import annotations

from annotator.suggest.evaluate import actions, score, sort_out

GOLD = [(0, 5, "PERSON"), (10, 15, "LOCATION"), (20, 25, "LOCATION"), (30, 35, "DATE")]


def test_exact_scores():
    s = score([([(0, 5, "PERSON"), (10, 15, "PERSON"), (40, 45, "DATE")], GOLD)])
    assert (s.tp, s.predicted, s.gold) == (1, 3, 4)
    assert round(s.precision, 3) == 0.333 and s.recall == 0.25 and round(s.f1, 3) == 0.286
    assert score([([], [])]).f1 == 0.0


def test_without_suggestions_every_entity_costs_two():
    assert actions([], GOLD) == 2 * len(GOLD)


def test_actions_one_by_one_and_accept_all_of_a_label():
    suggested = [(0, 5, "PERSON"), (10, 15, "LOCATION"), (20, 24, "LOCATION"), (50, 55, "LOCATION")]
    out = sort_out(suggested, GOLD)
    assert out.exact == ((0, 5, "PERSON"), (10, 15, "LOCATION")) and out.near == ((20, 24, "LOCATION"),)
    assert out.wrong == ((50, 55, "LOCATION"),) and out.missing == 1
    # one by one: accept 2, fix 2, reject 1, add the DATE 2 = 7
    assert actions(suggested, GOLD, accept_all=False) == 7
    # all LOCATIONs at once (1) + fix (2) + delete the wrong one (1), PERSON accepted (1), DATE added (2)
    assert actions(suggested, GOLD) == 7
    many = [(i * 10, i * 10 + 5, "LOCATION") for i in range(10)]
    assert actions(many, many) == 1 and actions(many, many, accept_all=False) == 10
