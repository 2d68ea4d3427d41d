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


def test_subsidy_rate_and_cap_are_not_targets() -> None:
    text = (
        "own://t/c\n2025-05-06\n某市出台支持政策\n"
        "到2027年，苏州市生物医药产业规模力争达到3000亿元；对新获批临床试验的企业，按研发投入的20%给予补助，最高500万元。\n"
    )
    got = _targets(text)
    assert ("320500", 300_000_000_000.0, 2027) in got
    assert all(v not in (20.0, 5_000_000.0) for _, v, _ in got)


def test_counts_of_a_plans_parts_and_measures_are_not_targets() -> None:
    text = (
        "own://t/d\n2025-03-01\n江西省印发低空经济行动方案\n"
        "《方案》共分为六个部分、十八条具体措施，提出到2027年全省低空经济规模达到800亿元。\n"
    )
    got = _targets(text)
    assert ("360000", 80_000_000_000.0, 2027) in got
    assert all(v not in (6.0, 18.0) for _, v, _ in got)


def test_results_so_far_this_year_are_not_targets() -> None:
    # a December conference: 今年以来 … 预计全年 is an estimate of this year's result, 明年 the target
    text = (
        "own://t/e\n2024-12-20\n南昌市委经济工作会议召开\n"
        "会议指出，今年以来，全市经济稳中向好，预计全年地区生产总值约8200亿元，新增上市公司4家。\n"
        "会议提出，明年南昌市地区生产总值增长5.5%左右。\n"
    )
    got = _targets(text)
    assert got == [("360100", 5.5, 2025)]


def test_partitive_possessive_counts_and_unit_prices_are_not_targets() -> None:
    text = (
        "https://example.org/f\n2025-04-02\nAnhui plans industry upgrade\n"
        "Anhui will upgrade furniture and ceramics, two of its traditional industries, and wants output of "
        "its new energy vehicle industry to exceed 1 trillion yuan by 2027.\n"
        "Most of the country's 16 prefecture-level cities in Anhui will get new industrial parks.\n"
        "The province will issue 4 billion yuan of special bonds and give storage plants a discount of "
        "0.03 yuan per kWh.\n"
    )
    got = _targets(text)
    assert ("340000", 1_000_000_000_000.0, 2027) in got
    assert all(v not in (2.0, 16.0, 4_000_000_000.0, 0.03) for _, v, _ in got)


def _priorities(text: str) -> list[tuple[str | None, str, str]]:
    road = extract(text).to_json_dict()
    return [(p["region_code"], p["industry"], p["tier"]) for p in road["priorities"]]


def test_numbered_lines_under_an_announcing_colon_are_a_priority_list_zh() -> None:
    text = (
        "own://t/g\n2025-07-01\n湖南省未来产业培育方案解读\n"
        "湖南省提出，重点培育三大未来产业方向：\n"
        "1. 量子科技，依托高校院所建设量子计算平台；\n"
        "2. 合成生物与生物制造；\n"
        "3. 空天信息。\n"
        "全省将设立专项基金。\n"
    )
    got = _priorities(text)
    for phrase in ("量子科技", "合成生物与生物制造", "空天信息"):
        assert ("430000", phrase, "future") in got


def test_numbered_lines_need_an_announcing_sentence_en() -> None:
    listed = (
        "https://example.org/h\n2025-02-10\nNingbo plan at a glance\n"
        "Ningbo will give priority to four industrial clusters:\n"
        "(1) smart home appliances;\n(2) marine equipment;\n(3) new materials; and\n(4) automotive parts.\n"
    )
    got = {p for _, p, _ in _priorities(listed)}
    assert {"smart home appliances", "marine equipment", "automotive parts"} <= got
    unannounced = (
        "https://example.org/i\n2025-02-10\nNingbo plan at a glance\n"
        "Ningbo explained the plan in a briefing.\n"
        "(1) officials answered questions;\n(2) marine equipment tours followed.\n"
    )
    assert not {p for _, p, _ in _priorities(unannounced)} & {"officials answered questions", "marine equipment tours followed"}


def test_english_lists_after_verbs_and_with_a_trailing_label() -> None:
    text = (
        "https://example.org/j\n2025-03-15\nGuizhou sets out industry plans\n"
        "Guizhou named quantum computing, hydrogen energy and synthetic biology as future industries to cultivate.\n"
        "Anshun will concentrate on aviation equipment and new materials.\n"
        "Zunyi aims to build clusters in new energy batteries, aluminium processing and electronic components.\n"
    )
    got = _priorities(text)
    for phrase in ("quantum computing", "hydrogen energy", "synthetic biology"):
        assert ("520000", phrase, "future") in got
    phrases = {p for _, p, _ in got}
    assert {"aviation equipment", "new materials", "new energy batteries", "aluminium processing"} <= phrases


def test_trailing_partitive_label_gives_the_tier() -> None:
    text = (
        "https://example.org/k\n2025-03-15\nShaoxing upgrades old industries\n"
        "Shaoxing will upgrade ceramics and hardware tools, two of its traditional industries, with digital technology.\n"
    )
    got = _priorities(text)
    assert ("330600", "hardware tools", "traditional") in got


def test_in_a_future_year_is_not_a_past_marker_and_both_targets_are_kept() -> None:
    text = (
        "https://example.org/l\n2025-03-20\nShanxi plans hydrogen growth\n"
        "Shanxi wants hydrogen equipment output to surpass 60 billion yuan in 2028, and the coal chemical "
        "industry, long its mainstay, to reach 200 billion yuan.\n"
    )
    got = _targets(text)
    assert ("140000", 60_000_000_000.0, 2028) in got
    assert ("140000", 200_000_000_000.0, 2028) in got
