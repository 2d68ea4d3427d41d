"""Chinese measure vocabulary: credit products in quotes, risk pools, fairs, parks named 先导园/科创园.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str, float | None]]:
    return [(m.kind, m.amount) for m in extract(text, date="2025-03-01", language="zh").measures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宜兴市将扩大“环保贷”规模至30亿元。", [("other", 3e9)]),
        ("宜兴市将设立科技信贷风险池。", [("other", None)]),
        ("宜兴市将办好环保装备博览会。", [("opening", None)]),
        ("宜兴市将建设未来产业先导园。", [("platform", None)]),
    ],
)
def test_measure_found(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _measures(text) == expected


def test_a_development_zone_is_a_place_not_a_platform() -> None:
    assert _measures("宜兴高新区是首批省级高新区之一。") == []


def test_bare_work_plan_sentence_holds_measures() -> None:
    # a government work report's plan for the year often drops 将/要: "新建…，推行…"
    got = _measures("宜兴市新建标准化厂房50万平方米，推行“拿地即开工”。")
    assert [k for k, _ in got] == ["land", "reform"]


def test_past_report_holds_none() -> None:
    assert _measures("去年宜兴市新建标准化厂房50万平方米。") == []


def test_a_talent_programme_and_its_grant_are_one_measure() -> None:
    text = "合肥市将加快建设人才高地。深入实施“庐州英才”人才计划，对顶尖人才团队给予最高8000万元综合资助。"
    rm = extract(text, date="2025-02-10", language="zh")
    assert [m.text for m in rm.measures if "顶尖" in m.text or "计划" in m.text] == \
        ["深入实施“庐州英才”人才计划，对顶尖人才团队给予最高8000万元综合资助"]


def test_service_reform_slogans_are_reforms_and_a_list_won_is_a_result() -> None:
    text = ("龙泉驿区委全会召开。今年以来，汽车产业集群成功入选省级重点产业集群培育名单。"
            "明年全区将推行涉企审批“一网通办”，让企业少跑腿。")
    rm = extract(text, date="2025-12-27", language="zh")
    assert [(m.kind, m.text) for m in rm.measures] == [("reform", "明年全区将推行涉企审批“一网通办”")]


def test_a_purpose_clause_is_no_measure() -> None:
    text = "山东省将推动集群发展。为推动集群由大向强跃升，省级设立集群发展基金50亿元。"
    rm = extract(text, date="2026-03-17", language="zh")
    assert not any(m.text.startswith("为") for m in rm.measures)
    assert [m.kind for m in rm.measures if "基金" in m.text] == ["fund"]
