"""General fixes found by blind batch 3, each checked on new hand-written sentences (not batch-3 text)."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str) -> list[tuple[str | None, float, int | None]]:
    road = extract(text).to_json_dict()
    return [(t["region_code"], t["value"], t["year"]) for t in road["targets"]]


def test_deadline_year_does_not_carry_into_another_paragraph() -> None:
    # a news text (no plan title): the 2028 deadline of one paragraph is not the next paragraph's year
    text = (
        "https://example.org/a\n2026-03-02\nProvinces announce growth plans\n"
        "Hefei, the capital of Anhui, wants its display panel output to exceed 90 billion yuan by 2028.\n"
        "Jiangxi aims for growth of 5.2 percent.\n"
    )
    got = _targets(text)
    assert ("360000", 5.2, 2026) in got
    assert ("340100", 90_000_000_000.0, 2028) in got


def test_plan_title_deadline_still_carries() -> None:
    text = (
        "https://example.org/b\n2025-06-01\nNingbo issues action plan for new materials by 2028\n"
        "Ningbo will cultivate 40 specialised new-materials firms.\n"
    )
    assert ("330200", 40.0, 2028) in _targets(text)
