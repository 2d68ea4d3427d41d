"""General fixes found by blind batch 5, each checked on new hand-written sentences (not batch-5 text)."""

from __future__ import annotations

from typing import Any

from indupath.extract import extract


def _road(text: str) -> dict[str, Any]:
    return extract(text).to_json_dict()


def _targets(text: str) -> list[tuple[str | None, float, int | None, str]]:
    return [(t["region_code"], t["value"], t["year"], t["comparator"]) for t in _road(text)["targets"]]


# ---------------------------------------------------------------- A. a development zone as the document's region


def test_zone_named_by_its_short_form_in_the_title_is_the_documents_region() -> None:
    # 石家庄高新区 is a county-level unit listed under its short form; named only in the title, it must
    # still carry every fact of the report (before the fix it was dropped as an unconfirmed short form)
    text = (
        "own://t/z1\n2025-02-20\n石家庄高新区2025年工作报告\n"
        "今年全区主要预期目标是：营业收入增长9%左右，新增高新技术企业200家。\n"
        "做强生物医药、电子信息两大主导产业。\n"
    )
    road = _road(text)
    assert road["targets"] and all(t["region_code"] == "130171" for t in road["targets"])
    assert {p["industry"] for p in road["priorities"]} >= {"生物医药", "电子信息"}
    assert all(p["region_code"] == "130171" for p in road["priorities"])


def test_zone_in_an_english_title_keeps_its_own_code() -> None:
    # the English form was never dropped; kept as a guard that the zone, not its city, gets the facts
    text = (
        "own://t/z2\n2025-02-20\nTangshan High-tech Industrial Development Zone sets 2025 goals\n"
        "The zone aims to raise its industrial output by 10 percent this year.\n"
    )
    assert any(code == "130273" and v == 10.0 and year == 2025 for code, v, year, _ in _targets(text))


# ---------------------------------------------------------------- B. a speech's venue is not the speaker's region


def test_provincial_speaker_at_a_city_venue_keeps_the_province() -> None:
    text = (
        "own://t/b1\n2025-06-10\nAddress by the Governor of Shandong Province at a trade fair (excerpt)\n"
        "Good afternoon. Welcome to Qingdao.\n"
        "The provincial government will develop strategic emerging industries such as marine equipment and hydrogen energy. "
        "Yantai is a shipbuilding centre, and the city's yards will expand. "
        "Our provincial plan asks every county to support these industries.\n"
    )
    road = _road(text)
    got = {(p["region_code"], p["industry"]) for p in road["priorities"]}
    assert ("370000", "marine equipment") in got and ("370000", "hydrogen energy") in got
    assert not any(code == "370200" for code, _ in got)  # Qingdao is only the venue


def test_provincial_words_outnumber_one_city_word_zh() -> None:
    text = (
        "own://t/b2\n2025-06-10\n副省长在投资推介会上的致辞（摘要）\n"
        "欢迎各位来到烟台。\n"
        "省委、省政府高度重视海洋经济，全省将大力发展海洋装备、海洋生物医药。青岛是海洋科技重镇，市政府将建设一批实验室。"
        "山东省将持续优化营商环境。\n"
    )
    got = {(p["region_code"], p["industry"]) for p in _road(text)["priorities"]}
    assert ("370000", "海洋装备") in got
    assert ("370600", "海洋装备") not in got


def test_county_words_still_decide_a_county_text() -> None:
    # a county report names its province now and then; its own words (全县, 县委) decide the scope
    text = (
        "own://t/b3\n2025-01-15\n安吉县政府工作报告（摘要）\n"
        "过去一年，全县上下认真落实浙江省委部署。今年县委县政府将做强绿色家居、白茶两大产业，全县规上工业增加值增长8%。\n"
    )
    road = _road(text)
    assert {p["region_code"] for p in road["priorities"]} == {"330523"}
