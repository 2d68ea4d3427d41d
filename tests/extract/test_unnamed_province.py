"""A provincial text that never names its province (a provincial paper's report of the 省委 conference,
held in the capital): the province is the one that contains the city named. Text written for this test
(figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """省委经济工作会议在长沙召开

本报长沙12月15日讯 省委经济工作会议12月14日至15日在长沙召开。

会议提出，明年全省地区生产总值增长5.5%左右。要做强工程机械、轨道交通装备等优势产业，前瞻布局人工智能、量子科技等未来产业。
"""


def test_the_province_of_the_capital_named_speaks() -> None:
    rm = extract(TEXT, date="2026-12-15", language="zh")
    assert {t.region_code for t in rm.targets} == {"430000"}
    assert {p.region_code for p in rm.priorities} == {"430000"}
    assert [p.industry for p in rm.priorities] == ["工程机械", "轨道交通装备", "人工智能", "量子科技"]


def test_a_county_level_city_saying_the_city_is_not_lifted_to_its_prefecture() -> None:
    text = ("Kunshan, a county-level city in Jiangsu, set its goals. The city aims to grow its "
            "semiconductor output to 100 billion yuan by 2027.")
    rm = extract(text, date="2026-03-01", language="en")
    assert {t.region_code for t in rm.targets} == {"320583"}
