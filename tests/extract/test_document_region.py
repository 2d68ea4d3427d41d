"""The document's own region when the text speaks of 全市 / "the city" without naming it.

Own sentences; the places are real (GB/T 2260), the figures invented."""

from __future__ import annotations

from indupath.extract import extract

# a prefecture's people's-congress survey that names three of its county-level units, one of them a
# county-level city named more often than the prefecture itself
SURVEY = """关于全市集成电路产业发展情况的视察报告

今年2月，视察组先后到张家港市、吴江区和昆山市，走访企业18家，并听取了苏州市工信局的汇报。

一、基本情况
全市集成电路产业去年实现产值4100亿元。昆山市封装测试产能位居全省前列，张家港市化合物半导体项目加快建设。

二、意见建议
市政府印发的行动方案提出，到2028年全市集成电路产业规模突破6000亿元。建议重点发展先进封装、化合物半导体等领域。
"""

# a county-level city's own report that names its prefecture once
KUNSHAN = """昆山市今年将重点发展光电显示、集成电路等产业。

全市力争新引进亿元以上项目60个。苏州市将给予支持，昆山市将设立20亿元产业基金。
"""


def test_a_city_that_names_several_of_its_units_is_their_prefecture() -> None:
    rm = extract(SURVEY, language="zh", date="2026-03-20")
    targets = [(t.region_code, t.value, t.year) for t in rm.targets]
    assert ("320500", 600000000000.0, 2028) in targets
    assert {p.region_code for p in rm.priorities} == {"320500"}


def test_a_county_level_city_naming_only_its_prefecture_speaks_for_itself() -> None:
    rm = extract(KUNSHAN, language="zh", date="2026-01-10")
    assert [(t.region_code, t.value) for t in rm.targets] == [("320583", 60.0)]
    assert {p.region_code for p in rm.priorities} == {"320583"}



# a provincial group's press release quoting a city's mayor
RELEASE = """Jiangxi investment group and Ganzhou sign rare earth materials fund

NANCHANG, March 3, 2026 -- Jiangxi Provincial Investment Group today signed a 5 billion yuan fund with Ganzhou to help Jiangxi Province upgrade its rare earth chain. The fund will invest across Jiangxi.

"Ganzhou has mined rare earths for decades, and we know the trade," said the mayor at the ceremony. "Now the task is to add value. We want our permanent magnet industry to exceed 80 billion yuan in output by 2028."
"""


def test_a_quoted_we_is_the_place_the_quotation_named() -> None:
    rm = extract(RELEASE, language="en", date="2026-03-03")
    assert [(t.region, t.value) for t in rm.targets] == [("Ganzhou", 80000000000.0)]


def test_a_region_whose_instructions_a_county_follows_is_not_the_subject() -> None:
    text = ("在全县经济工作会议上的讲话\n\n中共睢宁县委书记\n\n"
            "今年全县经济运行总体平稳。按照徐州市委经济工作会议的部署，明年全县地区生产总值增长6%左右，"
            "新签约亿元以上项目不少于80个。")
    rm = extract(text, language="zh", date="2025-12-28")
    assert {t.region_code for t in rm.targets} == {"320324"}


# a county feature in a city's weekly: the byline names the paper, the dateline its place
FEATURE = """From socks to sensors: a Zhejiang county retools
November 20, 2025
By Lin Qiao, Shaoxing Weekly

ZHUJI, Zhejiang - For twenty years the mills of Zhuji made socks for half the world.

The city, which sits in Shaoxing city in the north of Zhejiang province, now counts more than 900 hosiery firms.

Officials want the two new sectors to reach 20 percent of industrial output by 2028. They accounted for about 7 percent of output this year.
"""


def test_a_byline_paper_and_a_dateline_province_are_not_the_subject() -> None:
    rm = extract(FEATURE, language="en", date="2025-11-20")
    assert [(t.region_code, t.value, t.year) for t in rm.targets] == [("330681", 20.0, 2028)]


TRANSCRIPT = """Press conference on Guizhou's big data industry

Moderator: With us today are Li Wen, director of the Guizhou Provincial Big Data Bureau; and Ma Jun, vice mayor of Zunyi.

Reporter: A question for Vice Mayor Ma. What are the city's plans?

Ma Jun: It has been a busy year. We expect our data centre cluster to handle at least 200,000 server racks this year.
"""


def test_a_speaker_label_takes_the_region_the_speaker_was_introduced_with() -> None:
    rm = extract(TRANSCRIPT, language="en", date="2026-01-22")
    assert [(t.region, t.value) for t in rm.targets] == [("Zunyi", 200000.0)]


def test_a_sentence_opened_by_a_time_and_the_level_word_points_back() -> None:
    text = ("Zhuji County-level City in Zhejiang makes socks.\n\n"
            "Next year the city will put 300 million yuan into a hosiery upgrading fund, and Shaoxing has named "
            "Zhuji one of its manufacturing bases.")
    rm = extract(text, language="en", date="2025-12-09")
    assert [m.region_code for m in rm.measures] == ["330681"]


SIGNED_REPLY = """关于加快我市模具产业升级的提案答复

王委员：
您提出的提案收悉，现答复如下。我市模具企业主要集中在余姚市。今年以来，我局会同余姚市出台了模具产业提升措施。
下一步，力争到2028年全市模具产业产值突破800亿元。支持余姚市建设模具产业创新服务综合体。

宁波市经济和信息化局
"""


def test_a_city_bureaus_signature_speaks_for_the_city_over_the_county_level_city_it_names() -> None:
    rm = extract(SIGNED_REPLY, date="2026-06-12", language="zh")
    assert [(t.region_code, t.value) for t in rm.targets] == [("330200", 8e10)]


TASK_LIST = """济宁市新型工业化推进方案

（一）推动县域特色发展。支持曲阜市壮大文旅装备产业；支持邹城市做强煤化工产业。
责任单位：曲阜市、邹城市政府
（二）加快数字化转型。到2028年，新建省级以上智能工厂50家。
责任单位：市工业和信息化局
"""


def test_a_line_of_responsible_units_opens_no_section() -> None:
    rm = extract(TASK_LIST, date="2026-03-18", language="zh")
    assert [(t.region_code, t.value) for t in rm.targets] == [("370800", 50)]


def test_a_zones_bare_short_name_far_from_its_city_is_a_common_word() -> None:
    """临港 is the short name of Shanghai's Lingang area and also "port-side": in a Rizhao text 临港钢铁 is port-side
    steel; with Shanghai named, 临港 is the area. Sentences written for this test."""
    rm = extract("日照市将做强临港钢铁和临港装备制造产业，今年新开工项目30个。", date="2026-01-20", language="zh")
    assert [r.name for r in rm.regions] == ["日照市"]
    assert {p.region for p in rm.priorities} == {"日照市"}
    rm = extract("上海市支持临港集聚发展集成电路产业。", date="2026-01-20", language="zh")
    assert "中国(上海)自由贸易试验区临港新片区" in [r.name for r in rm.regions]


def test_the_parent_named_in_an_apposition_is_not_the_city_meant_later() -> None:
    text = ("Textile towns\n\nJiangyin, a county-level city under Wuxi, has issued 12 measures for its textile mills. "
            "The city hopes to lift textile output to around 90 billion yuan by 2027.")
    rm = extract(text, date="2025-05-05", language="en")
    assert [(t.region, t.value) for t in rm.targets] == [("Jiangyin", 9e10)]


def test_a_level_word_after_a_deadline_with_no_comma_points_back() -> None:
    text = ("Grassland Capital Group, the investment arm of the Inner Mongolia Autonomous Region, put 3 billion yuan into a "
            "magnet plant in Baotou last year and now runs two more plants in Baotou.\n\nBy 2027 the region aims to lift "
            "wind and solar capacity to more than 200 GW.")
    rm = extract(text, date="2026-04-28", language="en")
    assert [t.region for t in rm.targets] == ["Inner Mongolia Autonomous Region"]


def test_a_measure_placed_in_an_unlisted_zone_is_the_zones() -> None:
    """翠湖新区 is no listed zone (written for this test): placed by 在…规划建设 in a Yuxi text, it is taken to lie in Yuxi
    and owns what is built there, as a listed zone or district below the text's region does."""
    rm = extract("玉溪市加快发展新能源电池产业。在翠湖新区规划建设占地约600亩的新能源电池产业园，明年完成一期工程。",
                 date="2026-06-18", language="zh")
    assert [(m.region, m.kind) for m in rm.measures] == [("翠湖新区", "platform")]


def test_the_regions_of_an_absolute_with_clause_after_a_goal_do_not_own_it() -> None:
    text = ("Youxian County makes fireworks. Zhuzhou has bigger ambitions. Its plan for the ceramics industry calls for an "
            "80 billion yuan cluster by 2030, with Youxian County and neighbouring Liling expected to contribute about "
            "70 percent of that output.")
    rm = extract(text, date="2026-02-20", language="en")
    assert [(t.region, t.value) for t in rm.targets] == [("Zhuzhou", 8e10), ("Liling", 70)]


def test_another_provinces_free_trade_zone_is_not_shanghais() -> None:
    """'Pilot Free Trade Zone' after a bracketed province is that province's zone's kind, not a short name of the
    Shanghai zone (the listed zone whose English name ends so)."""
    rm = extract("Jiangsu plan. The province will widen opening-up through the China (Jiangsu) Pilot Free Trade Zone.",
                 date="2025-03-01", language="en")
    assert [r.name for r in rm.regions] == ["Jiangsu Province"]


def test_a_notices_addressees_are_not_regions_it_speaks_of() -> None:
    text = ("福建省工业和信息化厅关于加快培育先进制造业集群的通知\n（2025年5月20日）\n各设区市工信局，平潭综合实验区经济发展局：\n"
            "今年力争全省规上工业增加值增长6%左右。做强电子信息、先进装备、石油化工等主导产业。\n")
    rm = extract(text, language="zh")
    assert {t.region_code for t in rm.targets} | {p.region_code for p in rm.priorities} == {"350000"}
    assert [r.code for r in rm.regions] == ["350000"]


def test_a_city_that_names_only_its_own_counties_is_their_prefecture() -> None:
    text = ("2025年全市经济运行情况\n（2026年1月20日）\n\n2025年全市地区生产总值增长5.6%。汝阳县、宜阳县增速分列各县（市、区）"
            "第一、第二位，涧西区工业增加值增长8.1%。\n\n今年全市地区生产总值预期增长5.5%左右。\n")
    rm = extract(text, language="zh")
    assert [(t.region_code, t.value) for t in rm.targets] == [("410300", 5.5)]  # 洛阳市
