"""Chinese industries that fill a clause after a strong cue verb, with no list mark.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _items(text: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2026-03-01", language="zh")
    return [(p.region, p.industry) for p in rm.priorities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宜宾市聚焦动力电池。", [("宜宾市", "动力电池")]),
        ("遂宁市大力发展锂电材料。", [("遂宁市", "锂电材料")]),
        ("德阳市前瞻布局绿色算力和未来网络。", [("德阳市", "绿色算力"), ("德阳市", "未来网络")]),
    ],
)
def test_one_or_two_industries_after_a_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize("text", ["绵阳市要聚焦主责主业。", "南充市布局一批重大项目。", "泸州市聚焦营商环境。"])
def test_objects_that_are_not_industries(text: str) -> None:
    assert _items(text) == []


def test_a_labelled_pair_keeps_its_label_tier() -> None:
    rm = extract("晋江市布局储能和氢能等未来产业。", date="2026-03-01", language="zh")
    assert [(p.industry, p.tier) for p in rm.priorities] == [("储能", "future"), ("氢能", "future")]
