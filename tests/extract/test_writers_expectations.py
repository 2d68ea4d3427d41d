"""A writer's own expectation of a place it speaks of ("We expect Hunan to …", "we expect the province's output to …",
"our own modelling suggests …") is no goal of that place; a speaker's "we expect to …" and "We expect GDP to grow …"
stay goals. Sentences written for these tests; places real, figures illustrative."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _targets(text: str) -> list[tuple[str | None, float]]:
    return [(t.region, t.value) for t in extract(text, language="en", date="2026-03-01").targets]


@pytest.mark.parametrize(
    "text",
    [
        "Hunan aims for 300 billion yuan of rail equipment output by 2028. We expect Hunan to reach about 260 billion "
        "yuan by 2028.",
        "Jilin targets 1 million vehicles by 2027. On current orders we expect the province's output to approach 900,000 "
        "vehicles by 2027.",
        "Hefei aims for 100 billion yuan. Our own modelling suggests that the chain could grow by 11 percent a year to 2028.",
    ],
)
def test_a_writers_expectation_of_a_place_is_no_goal(text: str) -> None:
    assert len(_targets(text)) == 1  # the place's own goal only


def test_a_speakers_expectation_stays_a_goal() -> None:
    assert _targets("Mayor of Wuxi: we expect to attract 50 new projects by 2027.") == [("Wuxi", 50.0)]
    assert _targets("Zhuzhou's party secretary: We expect GDP to grow by about 6 percent this year.") == [("Zhuzhou", 6.0)]
