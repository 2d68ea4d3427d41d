"""Measure readings found on blind batch 17's errors, with sentences written for these tests: a
sentence that lists its measures inline ("Measures include A, B and C."), a trading mechanism as a
reform, and clauses that only refer to a plan or give a purpose."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2025-09-15", language="en")
    return [(m.kind, m.text) for m in rm.measures]


def test_measures_listed_inline_are_each_a_measure() -> None:
    got = _measures("Qinghai will grow its solar glass industry. Measures include priority rail capacity for "
                    "glass makers that export, a provincial carbon trading mechanism, and industrial land at "
                    "discounts of up to 20 percent for plants in Haixi.")
    texts = [t for _, t in got]
    assert any("priority rail capacity" in t for t in texts)
    assert ("reform", "a provincial carbon trading mechanism") in got
    assert ("land", "industrial land at discounts of up to 20 percent for plants in Haixi") in got


def test_a_clause_that_names_the_plan_it_follows_is_no_measure() -> None:
    got = _measures("Under a provincial plan released in June, Qinghai wants its solar glass output to "
                    "exceed 40 billion yuan by 2027.")
    assert got == []


def test_a_plan_clause_with_its_own_verb_is_still_a_measure() -> None:
    got = _measures("Under the plan the province will build four solar glass industrial parks.")
    assert [k for k, _ in got] == ["platform"]


def test_a_purpose_clause_is_no_measure() -> None:
    got = _measures("Haidong offers rent subsidies of up to 1 million yuan to solar glass start-ups, in order to "
                    "build Haidong into a solar glass innovation hub with national influence.")
    assert [k for k, _ in got] == ["subsidy"]
