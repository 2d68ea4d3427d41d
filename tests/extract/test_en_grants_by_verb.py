"""English grants named by their verb and a number ("will receive 300,000 yuan", "will be rewarded 8 million yuan") are
subsidies, not goals, and a cap on each holder ("for at most 5 routes per operator") is no goal either.
Sentences written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _facts(text: str) -> tuple[list[float], list[str]]:
    rm = extract(text, language="en", date="2026-03-01")
    return [t.value for t in rm.targets], [m.kind for m in rm.measures]


def test_an_amount_received_is_a_subsidy() -> None:
    targets, kinds = _facts("Shenzhen policy. Each new drone delivery route that runs for a year will receive 300,000 yuan, "
                            "for at most 5 routes per operator.")
    assert targets == []
    assert kinds == ["subsidy"]


def test_an_amount_rewarded_is_a_subsidy() -> None:
    targets, kinds = _facts("Hefei policy. A firm that wins a national quality award will be rewarded 8 million yuan.")
    assert targets == []
    assert kinds == ["subsidy"]


def test_a_count_received_stays_a_goal() -> None:
    targets, _ = _facts("Sanya will receive 30 million tourists by 2027.")
    assert targets == [30e6]
