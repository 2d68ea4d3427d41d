"""English target rules found on blind batch 14's errors, tested on sentences written for these tests
(figures illustrative): currency codes written apart from the number ("CNY 300 billion"), tax and
incentive rates, eligibility conditions, numbered measures, irregular past verbs and "have already"."""

from __future__ import annotations

from indupath.extract import extract
from indupath.extract.numbers import find_en_quantities


def _targets(text: str, date: str = "2025-11-05") -> list[tuple[str, float, str, str, int | None]]:
    rm = extract(text, date=date, language="en")
    return [(t.region or "", t.value, t.unit, t.comparator, t.year) for t in rm.targets]


def test_currency_code_with_a_space_is_money() -> None:
    got = [(q.value, q.unit, q.kind) for q in find_en_quantities("exceed CNY 300 billion and RMB 2 million, or USD 5 billion")]
    assert got == [(3e11, "CNY", "money"), (2e6, "CNY", "money"), (5e9, "USD", "money")]


def test_a_target_in_cny_with_a_space() -> None:
    got = _targets("Fujian Province shall raise the output of its marine equipment industry to more than CNY 200 billion "
                   "by 2027.")
    assert got == [("Fujian Province", 2e11, "CNY", ">=", 2027)]


def test_tax_and_reward_rates_are_not_targets() -> None:
    text = ("In Hainan, qualifying enterprises shall pay corporate income tax at a reduced rate of 15%. Firms that set up "
            "research centres shall receive a reward of 10% of their investment.")
    assert _targets(text) == []


def test_an_eligibility_condition_is_not_a_target() -> None:
    text = "In Hainan, enterprises whose exports grow by more than 25% shall qualify for fast-track customs clearance."
    assert _targets(text) == []


def test_a_relative_clause_that_sets_a_goal_stays_a_target() -> None:
    text = ("Hainan backs the seed industry, whose output the province aims to lift above CNY 50 billion by 2028.")
    assert _targets(text) == [("Hainan Province", 5e10, "CNY", ">=", 2028)]


def test_a_numbered_measure_is_not_a_count() -> None:
    assert _targets("In Hainan, Measure 7 shall remain in force until the end of 2027.") == []


def test_irregular_past_verbs_and_have_already() -> None:
    text = ("Yantai's plan looks ahead. The expo brought about 300,000 visitors in four days. More than 800 firms took "
            "part in the fair. This year the city's shipyards have already delivered 14 of them.")
    assert _targets(text, date="2024-10-22") == []
