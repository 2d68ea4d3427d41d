"""A grant's cap stays in its measure's row, matchmaking events and hubs are measures, and a city a province
backs to extend its own chain or turn its own firms owns that measure. Sentences written for these tests; places
real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str, language: str = "zh") -> list[tuple[str | None, str, str]]:
    return [(m.region, m.kind, m.text) for m in extract(text, language=language, date="2026-03-01").measures]


def test_a_cap_clause_joins_its_grant() -> None:
    text = "对年度研发投入超过1000万元的企业，按新增投入的10%给予奖励，单家企业最高奖励200万元。"
    assert _measures(text) == [(None, "subsidy", text.rstrip("。"))]
    text_en = ("The district will offer grants of 20% on new testing equipment, capped at 3 million yuan per "
               "company each year.")
    found = _measures(text_en, "en")
    assert len(found) == 1 and found[0][1] == "subsidy" and found[0][2].endswith("capped at 3 million yuan per company "
                                                                                 "each year"), found


def test_matchmaking_events_and_a_hub_are_measures() -> None:
    assert [(k, t) for _, k, t in _measures("今年开展“吉林智造”供需对接活动。")] == [
        ("program", "今年开展“吉林智造”供需对接活动")]
    assert [k for _, k, _ in _measures("今年支持长春市建设区域算力枢纽。")] == ["platform"]


WORK_POINTS = """吉林省工业和信息化厅2026年工作要点

今年全省规模以上工业增加值增长6%左右。

3.支持吉林市延伸碳纤维产业链，力争到2027年全市碳纤维产值突破三百亿元。

4.推动四平市换热器企业向成套化、智能化转型，培育一批系统集成服务商。
"""


def test_a_backed_city_extending_its_chain_or_turning_its_firms_owns_the_measure() -> None:
    assert [r for r, _, _ in _measures(WORK_POINTS)] == ["吉林市", "四平市"]
