"""A city's text that ranks firms 自治区级 (a rank, as 省级 is) still speaks as the city; a quarter or half of the year
that has ended by the text's date (一季度 in an April report) opens results, not goals; an English numbered line
whose item starts with a capital ("1. Optoelectronics.") is an item of the list above it; a counted label up to its
colon ("four key industries:") is no item. Texts written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

_CITY_PLAN = (
    "北海市工业和信息化局关于印发《北海市专精特新企业培育方案》的通知\n\n"
    "截至2024年底，全市已有自治区级专精特新中小企业120家、自治区级技术中心35家。\n\n"
    "到2027年，全市培育自治区级专精特新中小企业200家以上，专精特新企业营业收入突破三百亿元。\n\n"
    "巩固提升石化、电子信息两大传统优势产业，加快发展新材料、海洋生物医药等战略性新兴产业。\n"
)


def test_an_autonomous_region_rank_is_no_speaker() -> None:
    r = extract(_CITY_PLAN, language="zh", date="2025-05-20")
    assert {t.region_code for t in r.targets} == {"450500"}
    assert {p.region_code for p in r.priorities} == {"450500"}
    assert sorted(t.value for t in r.targets) == [200.0, 3e10]


_QUARTER_REPORT = (
    "北海市铁山港区2026年一季度重点项目推进情况通报\n"
    "2026年4月10日\n\n"
    "一季度，全区新签约项目25个，计划总投资130亿元，其中亿元以上项目16个。\n\n"
    "二季度，全区力争新签约亿元以上项目不少于12个，新开工项目15个以上。\n"
)


def test_a_quarter_ended_by_the_texts_date_opens_results() -> None:
    r = extract(_QUARTER_REPORT, language="zh")
    assert sorted(t.value for t in r.targets) == [12.0, 15.0]
    # the same quarter in a text dated before it ends is the quarter's plan
    early = _QUARTER_REPORT.replace("2026年4月10日", "2026年3月10日").replace("一季度，全区新签约", "一季度，全区力争新签约")
    assert 25.0 in [t.value for t in extract(early, language="zh").targets]


def test_a_numbered_line_with_a_capital_is_an_item() -> None:
    text = ("Beihai plan\n\nThe city will focus on four industries:\n\n1. Optoelectronics.\n2. Marine biomedicine.\n"
            "3. Hydrogen energy.\n4. Intelligent mining equipment.\n")
    got = [p.industry for p in extract(text, language="en", date="2026-03-02").priorities]
    assert got == ["Optoelectronics", "Marine biomedicine", "Hydrogen energy", "Intelligent mining equipment"]


def test_a_counted_label_before_its_colon_is_no_item() -> None:
    assert extract("Beihai plan. The city will focus on four key industries:", language="en",
                   date="2026-03-02").priorities == ()


def test_a_sum_allotted_by_its_verb_is_a_measure() -> None:
    text = "北海市加快发展海洋经济的若干措施\n\n市财政每年统筹安排不少于3亿元海洋产业发展资金。\n"
    r = extract(text, language="zh", date="2026-03-02")
    assert [(m.region_code, m.kind) for m in r.measures] == [("450500", "fund")]
    assert r.targets == ()
    # funds in place for a project (资金到位率) are no measure
    text = "北海市项目推进情况\n\n个别签约项目资金到位率不足五成。\n"
    assert extract(text, language="zh", date="2026-03-02").measures == ()


def test_one_named_projects_cost_and_output_are_no_goals() -> None:
    text = ("北海市铁山港区招商推介会\n\n签约项目中，总投资40亿元的海川新能源装备基地项目落户铁山港区，达产后预计年产值80亿元；"
            "蓝湾生物医药中试基地项目总投资12亿元。今年，全区力争新签约亿元以上项目60个，全区重点项目总投资突破300亿元。\n")
    r = extract(text, language="zh", date="2026-05-20")
    assert sorted(t.value for t in r.targets) == [60.0, 3e10]


def test_months_so_far_and_a_lines_hourly_rate_are_no_goals() -> None:
    text = ("秭归县脐橙产业报道\n\n“今年我们新上了一条生产线，每小时能处理鲜果15吨。”县里还建成了脐橙产业园和电商直播基地，"
            "今年前10个月电商销售额达到8.5亿元。到2027年，全县精深加工产值突破30亿元。\n")
    r = extract(text, language="zh", date="2025-11-18")
    assert [t.value for t in r.targets] == [3e9]
    # the measure before the months so far stays
    assert [m.kind for m in r.measures] != []


def test_one_companys_own_plan_is_no_goal() -> None:
    text = ("秭归县脐橙产业报道\n\n公司总经理告诉记者，今年公司橙汁产能将扩大到6万吨。全县今年力争新增上市公司2家，"
            "到2027年全县精深加工产值突破30亿元。\n")
    assert sorted(t.value for t in extract(text, language="zh", date="2025-11-18").targets) == [2.0, 3e9]


def test_how_many_places_a_list_names_is_no_goal() -> None:
    text = ("晋中市制造业设备更新三年行动方案（2025—2027年）\n\n"
            "一、工作目标\n到2027年，全市工业领域设备投资规模较2024年增长20%以上，形成新材料、新能源装备等3个百亿级产业集群。\n\n"
            "二、申报程序\n企业向所在地工业和信息化部门提出申请，榆次、太谷等11个县（市、区）工业和信息化部门初审后报市工业和信息化局。\n")
    assert sorted(t.value for t in extract(text, language="zh", date="2025-03-14").targets) == [3.0, 20.0]


def test_a_half_year_still_to_come_is_a_goal() -> None:
    text = ("北海市铁山港区2026年一季度重点项目推进情况通报\n2026年4月10日\n\n四、第二季度工作目标\n\n"
            "二季度，全区力争新开工项目12个以上；上半年累计完成固定资产投资突破90亿元。\n")
    assert sorted(t.value for t in extract(text, language="zh").targets) == [12.0, 9e9]
    # the same half once it has ended is a result
    text = ("北海市铁山港区上半年经济运行情况\n2026年7月15日\n\n上半年，全区累计完成固定资产投资95亿元，同比增长8%。\n")
    assert extract(text, language="zh").targets == ()


def test_a_firms_own_plan_in_english_or_in_its_own_words_is_no_goal() -> None:
    text = ("Liuzhou visit. The secretary toured a truck plant. The company told him it plans to raise output to 80,000 "
            "units next year. Guangxi Yuchai, a Yulin-based maker of engines, told reporters it would spend 2 billion "
            "yuan on a new line. The city aims to lift auto output to 700,000 vehicles next year.")
    rm = extract(text, language="en", date="2026-10-22")
    assert [t.value for t in rm.targets] == [700000]
    text = "株洲市国企新闻。市产投集团表示，明年将把硬质合金产能提高20%。全市力争明年新材料产值增长15%。"
    assert [t.value for t in extract(text, language="zh", date="2025-11-20").targets] == [15]


def test_a_grants_unit_and_a_meetings_documents_are_no_goals() -> None:
    text = "江北区若干政策。楼宇运营机构每引进1家总部企业奖励20万元。力争到2028年新引进总部企业100家。"
    assert [(t.value, t.year) for t in extract(text, language="zh", date="2026-03-05").targets] == [(100, 2028)]
    text = "宜昌市委常委会扩大会议。会议还审议了《宜昌市2026年产业链链长制工作要点》等4个文件。"
    assert extract(text, language="zh", date="2026-02-10").targets == ()


def test_a_named_projects_investment_and_output_once_running_are_no_goals() -> None:
    text = ("静海区新闻。首批入园项目中，宏达精密轴承项目投资9亿元，建成达产后预计年产值可达15亿元；"
            "北辰医疗器械项目投资4亿元。力争到2028年，全区高端装备产业规模达到三百亿元。")
    assert [(t.value, t.year) for t in extract(text, language="zh", date="2026-04-16").targets] == [(3e10, 2028)]


def test_a_numbered_tasks_title_under_a_colon_line_is_no_industry() -> None:
    text = ("Hebei work report summary\n\nThe report lists eight key tasks. Those most related to industry are:\n"
            "1. Build a modern industrial system. The province will grow new energy equipment.\n"
            "2. Boost innovation. Hebei will set up a 10-billion-yuan angel fund.\n")
    items = [p.industry for p in extract(text, language="en", date="2026-01-27").priorities]
    assert "Build a modern industrial system" not in items and "Boost innovation" not in items
    # an item that opens with an adjective is still one ("Advanced", not "Advance")
    text = "Langfang plan\n\nThe city will focus on two industries:\n\n1. Advanced manufacturing.\n2. Modern logistics.\n"
    assert [p.industry for p in extract(text, language="en", date="2026-01-27").priorities] == [
        "Advanced manufacturing", "Modern logistics"]
