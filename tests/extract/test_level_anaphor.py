""""The province …" / "The city …" opening a sentence points back at the last region of that level
named, even one named in a possessive. Text written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """Three provinces set their course

Hebei said it would aim for growth of about 5 percent next year.

In the west, Gansu's conference set a growth target of 5.5 percent as well. The province aims to raise \
industrial value added by more than 7 percent in 2026.
"""


def test_the_province_is_the_one_just_named() -> None:
    rm = extract(TEXT, date="2025-12-20", language="en")
    by_value = {t.value: t.region_code for t in rm.targets}
    assert by_value[7.0] == "620000"
    assert by_value[5.0] == "130000"


def test_no_anaphor_keeps_the_scope() -> None:
    text = "Hebei will grow. The provincial government of Hebei aims to add 200 firms in 2026."
    rm = extract(text, date="2025-12-20", language="en")
    assert {t.region_code for t in rm.targets} == {"130000"}


def test_the_citys_figure_inside_the_clause_is_the_city_just_named() -> None:
    text = ("These rules carry out the Hubei Province plan for hydrogen and aim to make Xiangyang a national "
            "hydrogen truck base. By 2028, the output of the city's hydrogen vehicle industry shall exceed "
            "50 billion yuan.")
    rm = extract(text, date="2025-10-20", language="en")
    assert [(t.region_code, t.value) for t in rm.targets] == [("420600", 5e10)]


def test_the_provinces_own_fund_is_the_provinces() -> None:
    text = ("Jiangxi wants more value from its rare earths. Ganzhou will focus on permanent magnet motors and will "
            "build a magnet testing centre. A provincial guidance fund of 15 billion yuan will co-invest in "
            "magnet and motor projects.")
    rm = extract(text, date="2026-03-10", language="en")
    assert {(m.kind, m.region_code) for m in rm.measures} == {("platform", "360700"), ("fund", "360000")}


def test_the_city_in_a_later_paragraph_is_the_prefecture_not_a_county_level_city_named_before() -> None:
    text = ("Jiangmen Municipal Commerce Bureau\n\nIn the first quarter Kaiping City led the county-level units in signed "
            "projects.\n\nDecisions: the city will sign no fewer than 120 projects this year.")
    assert [(t.region_code, t.value) for t in extract(text, language="en", date="2026-04-14").targets] == [
        ("440700", 120.0)]
    # in the same paragraph, or in a text about the county-level city itself, it is that city
    same = ("Jiangmen Municipal Commerce Bureau\n\nKaiping City is the focus of this note. Its mayor said the city will "
            "sign no fewer than 40 projects this year.")
    assert [t.region_code for t in extract(same, language="en", date="2026-04-14").targets] == ["440783"]
    own = "Kaiping City has set out its plans.\n\nThe city will sign no fewer than 40 projects this year."
    assert [t.region_code for t in extract(own, language="en", date="2026-04-14").targets] == ["440783"]


def test_the_whole_city_in_a_prefectures_text_is_the_prefecture_after_a_county_named_before() -> None:
    text = ("衡阳市县域经济考核办法\n\n2025年，全市县域地区生产总值达到1523亿元，耒阳市综合实力位列全省县域第11位。"
            "今年，全市县域地区生产总值增长6%左右。")
    rm = extract(text, language="zh", date="2026-01-20")
    assert [(t.region_code, t.value) for t in rm.targets] == [("430400", 6.0)]
    # and so are the goals after it that name no region
    rm = extract(text + "县域规模以上工业增加值增长7.5%以上；每个县市新引进亿元以上产业项目不少于12个。", language="zh",
                 date="2026-01-20")
    assert [(t.region_code, t.value) for t in rm.targets] == [("430400", 6.0), ("430400", 7.5), ("430400", 12.0)]
    # in a province's text, 全市 is the city the text is on
    text = "山西省新材料发展综述\n\n太原市将壮大煤基碳材料产业。到2027年，全市煤基碳材料产业产值达到300亿元。"
    rm = extract(text, language="zh", date="2026-01-20")
    assert [t.region_code for t in rm.targets] == ["140100"]


def test_the_whole_province_after_cities_named_in_the_same_sentence_brings_the_scope_back() -> None:
    text = ("山东省发展改革委报告。巩固青岛、日照、烟台三大港口优势，全省沿海港口集装箱吞吐量力争达到4800万标准箱；"
            "实际使用外资180亿美元左右。")
    rm = extract(text, language="zh", date="2026-01-27")
    assert [t.region_code for t in rm.targets] == ["370000", "370000"]
    # in a province's text, 全市 after a city keeps that city
    text = "山东省海洋经济发布会。烟台市将壮大海洋工程装备产业，全市海工装备营业收入达到1500亿元左右；新培育专精特新企业40家以上。"
    rm = extract(text, language="zh", date="2026-03-17")
    assert {t.region_code for t in rm.targets} == {"370600"}


def test_a_county_level_city_named_without_city_is_not_the_city_of_its_prefectures_text() -> None:
    text = ("Jiujiang statistical communique\n\nGongqingcheng will build a digital economy industrial park. The city "
            "will set up a 3 billion yuan green manufacturing fund.")
    rm = extract(text, language="en", date="2026-03-25")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("360482", "platform"), ("360400", "fund")]
    # named with "City", in the same paragraph, it is the city meant
    text = ("Jiujiang statistical communique\n\nRuichang City is the focus of this note. The city will set up a 3 "
            "billion yuan green manufacturing fund.")
    rm = extract(text, language="en", date="2026-03-25")
    assert [m.region_code for m in rm.measures] == ["360481"]


def test_the_city_after_an_answers_label_points_back_too() -> None:
    text = ("Norvale Q3 earnings call transcript\n\nHelen Marsh, CEO: Our cathode plant in Qinzhou shipped well.\n\n"
            "Marcus Lind, CFO: First, Qinzhou City gives us an electricity price subsidy. Second, the Qinnan District "
            "provided 420 mu of land, and the district's fund holds a stake in our subsidiary.\n\nAnalyst: And talent?"
            "\n\nMarcus Lind, CFO: The city runs a talent program that pays housing allowances of up to RMB 300,000.")
    rm = extract(text, language="en", date="2025-10-30")
    assert [m.region_code for m in rm.measures if "talent" in m.text] == ["450700"]


def test_the_regional_government_is_the_autonomous_regions() -> None:
    text = ("Inner Mongolia bets on hydrogen. Baotou makes rare earth magnets. To get there, the regional government "
            "has set up a 15-billion-yuan fund for new energy and new materials.")
    rm = extract(text, language="en", date="2025-08-23")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("150000", "fund")]
