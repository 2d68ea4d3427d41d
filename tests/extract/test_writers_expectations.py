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


def test_late_in_the_year_an_expectation_for_it_is_an_estimate() -> None:
    text = ("Yunnan's economic work conference closed on Tuesday. The province expects its GDP to grow about 5.1 percent "
            "this year, with industrial value added up 6.9 percent in the first 11 months.")
    assert [(t.value, t.year) for t in extract(text, language="en", date="2025-12-16").targets] == []
    # a goal for next year stays a goal
    text2 = "Yunnan's conference closed on Tuesday. The province expects its GDP to grow about 5 percent next year."
    assert [(t.value, t.year) for t in extract(text2, language="en", date="2025-12-16").targets] == [(5.0, 2026)]


def test_consultants_expectations_are_theirs() -> None:
    text = ("Jingdezhen aims for ceramics output of 100 billion yuan by 2027. Industry consultants expect Jingdezhen's "
            "ceramic exports to reach 2 billion US dollars by 2027.")
    assert [t.value for t in extract(text, language="en", date="2026-03-01").targets] == [100e9]
