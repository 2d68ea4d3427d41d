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


def test_industries_brought_into_a_tier_group() -> None:
    rm = extract("杭州市把具身智能纳入“5+3”未来产业体系。", date="2026-03-01", language="zh")
    assert [(p.region, p.industry, p.tier) for p in rm.priorities] == [("杭州市", "具身智能", "future")]
    rm = extract("江西省将低空经济、商业航天纳入战略性新兴产业重点支持。", date="2026-03-01", language="zh")
    assert [(p.industry, p.tier) for p in rm.priorities] == [("低空经济", "emerging"), ("商业航天", "emerging")]


def test_firms_brought_into_a_support_scheme_are_not_industries() -> None:
    assert _items("将符合条件的企业纳入重点产业支持范围。") == []


def test_respective_pair_joined_by_dunhao() -> None:
    rm = extract("支持绵阳市、德阳市分别围绕先进核能、清洁能源装备建设省级未来产业先导区。", date="2026-03-01", language="zh")
    assert sorted((p.region, p.industry) for p in rm.priorities) == [("德阳市", "清洁能源装备"), ("绵阳市", "先进核能")]


def test_direction_heading_is_not_an_industry() -> None:
    text = "江西省未来产业培育方案提出三大方向：\n（一）未来材料。重点发展超导材料、纳米材料。\n（二）未来能源。前瞻布局氢能、核聚变。"
    rm = extract(text, date="2026-03-01", language="zh")
    got = [p.industry for p in rm.priorities]
    assert "未来材料" not in got and "未来能源" not in got
    assert {"超导材料", "纳米材料", "氢能"} <= set(got)
