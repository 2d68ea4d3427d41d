"""Items of a list that a line announcing measures opens ("Measures include:", 主要措施：) are measures
without a verb of their own, and belong to the region of the line that opened the list. Texts written
for these tests (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

BRIEF = ("Regional note: Hunan's engineering machinery plan\n\n"
         "Hunan wants more than machines. Changsha will carry most of the load. Measures include:\n"
         "- a CNY 10 billion construction machinery upgrading fund;\n"
         "- free lab space for two years for returning engineers;\n"
         "- a testing platform for electric excavators.\n\n"
         "Our view: the plan is credible.\n")


def test_items_under_measures_include_are_measures_of_the_opening_line_region() -> None:
    rm = extract(BRIEF, date="2026-03-10", language="en")
    got = {(m.kind, m.region) for m in rm.measures}
    assert got == {("fund", "Changsha"), ("subsidy", "Changsha"), ("platform", "Changsha")}, got
    fund = next(m for m in rm.measures if m.kind == "fund")
    assert fund.amount == 1e10


def test_a_list_not_announced_as_measures_needs_verbs() -> None:
    text = BRIEF.replace("Measures include:", "Its strengths:")
    rm = extract(text, date="2026-03-10", language="en")
    assert {m.kind for m in rm.measures} <= {"fund"}  # the fund keeps its amount; the two nominal items are not measures


def test_chinese_measures_list() -> None:
    text = ("长沙市工程机械产业提升方案\n\n"
            "长沙市将围绕工程机械打造世界级产业集群，主要措施：\n"
            "1. 规模50亿元的工程机械产业升级基金；\n"
            "2. 电动挖掘机检测认证平台。\n")
    rm = extract(text, date="2026-03-10", language="zh")
    kinds = {(m.kind, m.region) for m in rm.measures}
    assert ("platform", "长沙市") in kinds and ("fund", "长沙市") in kinds, kinds


def test_enactment_clauses_of_the_document_are_not_measures() -> None:
    text = ("长沙市工程机械产业提升方案\n\n"
            "为巩固工程机械产业优势，结合我市实际，制定本方案。\n"
            "设立规模50亿元的工程机械产业升级基金。\n"
            "本方案自印发之日起施行，有效期至2027年12月31日。\n")
    rm = extract(text, date="2025-06-18", language="zh")
    assert [m.kind for m in rm.measures if "本方案" in m.text] == []
    assert [m.kind for m in rm.measures if m.amount] == ["fund"]


def test_hereby_issued_is_not_a_measure() -> None:
    text = ("Notice of Changsha on engineering machinery\n\n"
            "The following measures are hereby issued for implementation.\n"
            "1. Fund. A CNY 5 billion machinery upgrading fund shall be established.\n")
    rm = extract(text, date="2025-06-18", language="en")
    assert [m.kind for m in rm.measures] == ["fund"]


def test_the_term_of_a_fund_or_subsidy_is_not_a_measure_of_its_own() -> None:
    text = ("常州市设立总规模50亿元的未来产业天使投资基金，重点投向初创期项目，基金存续期最长可达12年。"
            "对新建储能项目按放电量给予每千瓦时0.1元补贴，补贴期限不超过两年。")
    rm = extract(text, date="2025-03-18", language="zh")
    assert sorted(m.kind for m in rm.measures) == ["fund", "subsidy"], [m.text for m in rm.measures]


def test_these_measures_are_formulated_is_about_the_text() -> None:
    text = ("Measures of Changning District on supporting embodied intelligence\n\n"
            "These Measures are formulated to implement Shanghai's plans for future industries.\n"
            "Article 2. The district shall set up a 1-billion-yuan embodied intelligence fund.\n")
    rm = extract(text, date="2025-04-08", language="en")
    assert [m.kind for m in rm.measures] == ["fund"]


def test_last_month_is_past() -> None:
    text = "Changsha released a plan for its machinery industry last month. Changsha will set up a 2-billion-yuan fund."
    rm = extract(text, date="2025-11-05", language="en")
    assert [m.kind for m in rm.measures] == ["fund"]


def test_items_of_a_line_that_counts_funds_are_funds() -> None:
    text = ("Jinan launches its science and technology fund\n\n"
            "JINAN, May 3, 2026 - Jinan on Friday launched a 20-billion-yuan science and technology fund.\n\n"
            "The vehicle is organised as a parent fund with three sub-funds:\n\n"
            "- a 6-billion-yuan sub-fund for quantum and laser technology;\n"
            "- a 4-billion-yuan biomedicine sub-fund;\n"
            "- a 1-billion-yuan angel fund for young companies.\n")
    rm = extract(text, language="en")
    funds = sorted(m.amount for m in rm.measures if m.kind == "fund")
    assert funds == [1e9, 4e9, 6e9, 2e10]


def test_items_of_a_package_are_measures_in_the_present_too() -> None:
    text = ("Weihai unveils support package for marine firms\n\n"
            "WEIHAI, March 3, 2026 - Weihai today issued a support package for marine equipment makers.\n\n"
            "Highlights of the package include:\n\n"
            "- Start-ups in the Shuangdao Bay incubator get office space rent-free for two years.\n"
            "- Engineers recruited from overseas are eligible for housing subsidies of up to 800,000 yuan.\n")
    rm = extract(text, language="en")
    assert [m.kind for m in rm.measures if m.text.startswith("- ")] == ["subsidy", "subsidy"]
