"""Development zones the gazetteer does not list are regions too: the name before a zone's kind, in English
("Songshan Lake Hi-tech Industrial Development Zone", then "Songshan Lake") and in Chinese (松山湖高新区,
东莞 + 松山湖高新区). Texts written for these tests; the zones are real, the figures illustrative."""

from __future__ import annotations

import pytest

from indupath.extract import extract
from indupath.extract.regions import RegionInfo, find_mentions, unlisted_zones

FEATURE = """Robots move into a lakeside science town

Ten years ago the Songshan Lake Hi-tech Industrial Development Zone in Dongguan made mostly phone parts.
Today the zone is home to more than 100 robot makers, and Songshan Lake says the cluster is still young.
By 2028, Songshan Lake wants robotics output of more than 60 billion yuan.
The zone will focus on industrial robots and service robots.
"""


def test_an_unlisted_english_zone_and_its_short_form_take_the_facts() -> None:
    rm = extract(FEATURE, date="2026-03-02", language="en")
    zone = "Songshan Lake Hi-tech Industrial Development Zone"
    assert zone in [r.name for r in rm.regions]
    assert [(t.region, t.value) for t in rm.targets] == [(zone, 60e9)]
    assert {p.region for p in rm.priorities} == {zone}


def _zones(text: str, language: str) -> list[tuple[str, str | None]]:
    found = unlisted_zones(text, find_mentions(text), 0, len(text), language)
    return [(m.surface, m.info.parent) for m in found if m.info.level == "zone" and not m.info.code]


def test_english_zone_names_stop_at_a_host_a_possessive_or_a_function_word() -> None:
    assert _zones("Investors in the Jinqiao Economic and Technological Development Zone are upbeat.", "en") == [
        ("Jinqiao Economic and Technological Development Zone", None)]
    # a host named first is part of the name and its parent
    assert _zones("The Tianjin Port Free Trade Zone is near.", "en") == [("Tianjin Port Free Trade Zone", "120000")]
    # a possessive host is the parent, not part of the name
    assert _zones("In Hefei's Yungu Hi-tech Zone, a pier.", "en") == [("Yungu Hi-tech Zone", "340100")]
    # an industrial or science park named after a text's opening is a place a measure builds, not a region of its own
    lead = "The city has set out its plans for the year. " * 10
    assert _zones(lead + "In Hefei's Yungu Science Park, a pier.", "en") == []
    assert _zones(lead + "The Meizhou Bay Green Materials Industrial Park will open.", "en") == []
    # "in <region>" after the zone names its parent
    assert _zones("At Songshan Lake Hi-tech Zone in Dongguan, robots.", "en") == [("Songshan Lake Hi-tech Zone", "441900")]
    # a sentence's opening words are not a name; a listed zone is not found again
    assert _zones("In New Area plans, cities compete.", "en") == []
    assert _zones("The Lin-gang Special Area and the Chengdu Hi-tech Zone grow.", "en") == []


def test_chinese_zone_names_open_a_clause_follow_a_place_verb_or_their_host() -> None:
    assert _zones("会上，松山湖高新区负责人介绍了情况。", "zh") == [("松山湖高新区", None)]
    assert _zones("支持前湾新区建设新能源汽车产业基地。", "zh") == [("前湾新区", None)]
    assert _zones("东莞松山湖高新区将重点发展机器人产业。", "zh") == [("东莞松山湖高新区", "441900")]
    # verbs, function words and 简称 are not names
    assert _zones("加快建设高新区，推动经开区提质。", "zh") == []
    assert _zones("合肥高新技术产业开发区（以下简称高新区）发布方案。", "zh") == []
    assert _zones("为落实部署，结合高新区实际，制定本方案。", "zh") == []
    # nor does a name end in one (the character before the zone's kind is tested as well as the first)
    assert _zones("会上，江北和新区负责人介绍了情况。", "zh") == []
    assert _zones("会上，老街的高新区负责人介绍了情况。", "zh") == []


def test_a_chinese_zone_speaks_for_itself() -> None:
    text = ("会上，松山湖高新区负责人介绍，园区将重点发展机器人、集成电路和新型储能产业。"
            "到2027年，松山湖高新区机器人产业产值力争突破五百亿元。东莞市将给予支持。")
    rm = extract(text, date="2025-03-01", language="zh")
    assert {t.region for t in rm.targets} == {"松山湖高新区"}
    assert {p.region for p in rm.priorities} == {"松山湖高新区"}


def test_an_unlisted_zone_has_no_code_and_no_invented_one() -> None:
    info = unlisted_zones("支持前湾新区建设。", [], 0, 9, "zh")[0].info
    assert info == RegionInfo(code="", level="zone", parent=None, name_zh="前湾新区", name_en="")


def test_a_zone_named_after_its_host_carries_its_official_form() -> None:
    text = "西安经开区将重点发展新能源汽车、航空装备产业。到2027年，西安经开区工业总产值突破三千亿元。"
    rm = extract(text, date="2025-02-01", language="zh")
    assert {t.region for t in rm.targets} == {"西安经济技术开发区"}


def test_a_listed_zone_named_without_its_host_is_the_listed_zone() -> None:
    # the gazetteer lists "Wuhan East Lake High-tech Development Zone"; without "Wuhan" it is still that zone
    found = unlisted_zones("Investors in the East Lake High-tech Development Zone are upbeat.",
                           find_mentions("Investors in the East Lake High-tech Development Zone are upbeat."), 0, 60,
                           "en")
    assert [m.info.code for m in found if m.info.level == "zone"] == ["Z-420100-01"]


def test_a_title_naming_a_zone_by_its_host_and_an_abbreviation_names_the_zone() -> None:
    text = ("Weihai ETDA launches 3-billion-yuan fund for marine equipment\nPRESS RELEASE\n"
            "WEIHAI, China, May 2, 2025 -- The Administrative Committee of Weihai Economic and Technological "
            "Development Area today launched a 3 billion yuan fund that will invest in companies in the zone.\n"
            "The fund is the largest ever set up by the zone. Its managers will also set up a 500 million yuan "
            "sub-fund for marine equipment start-ups.")
    rm = extract(text, language="en", date="2025-05-02")
    assert {m.region for m in rm.measures} == {"Weihai Economic and Technological Development Area"}


PARK_BULLETIN = """青枫湾新材料产业园一季度工作情况通报

各有关单位：

现将园区一季度工作情况通报如下。

今年，园区将重点发展电子化学品、高性能纤维等新材料产业，全年力争新签约亿元以上项目20个。
常熟市将给予园区专项支持。
"""


def test_a_park_whose_own_document_this_is_is_its_region() -> None:
    rm = extract(PARK_BULLETIN, language="zh", date="2026-04-03")
    park = "青枫湾新材料产业园"
    assert park in [r.name for r in rm.regions]
    assert {p.region for p in rm.priorities} == {park}
    assert [(t.region, t.value) for t in rm.targets] == [(park, 20.0)]
    # the bulletin's opening formula is no measure
    assert not any("通报如下" in m.text for m in rm.measures)


def test_a_title_that_only_mentions_a_park_after_a_zone_or_a_verb_names_none() -> None:
    text = "合肥高新区加快建设世界领先科技园区三年行动计划\n\n到2027年，高新区营业收入突破1万亿元。"
    rm = extract(text, language="zh", date="2025-06-18")
    assert not any(r.name.endswith("科技园区") for r in rm.regions)


def test_a_fuller_official_zone_name_names_the_zone_named_before() -> None:
    text = ("Qinglan Bay High-tech Zone sets 2026 goals\n\n"
            "The Administrative Committee of the Qinglan Bay National High-tech Industrial Development Zone in "
            "Zhuzhou today released its work plan. The zone will focus on rail transit equipment and power "
            "semiconductors.")
    rm = extract(text, language="en", date="2026-01-08")
    full = "Qinglan Bay National High-tech Industrial Development Zone"
    assert {p.region for p in rm.priorities} == {full}
    # "National High-tech Industrial Development Zone" alone is no zone of its own
    assert not any(r.name.startswith(("High-tech", "National")) for r in rm.regions)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # GB/T 2260 gives these zones county-level codes; English texts write their names in several ways
        ("The Yantai Economic and Technological Development Area will set up a fund.", "370676"),
        ("The Yantai Economic & Technological Development Zone will set up a fund.", "370676"),
        ("The Yantai Economic-Technological Development Area will set up a fund.", "370676"),
        ("The Changchun High-tech Zone will set up a fund for new materials.", "220173"),
        ("The Changchun High-Tech Industrial Development Zone will set up a fund.", "220173"),
    ],
)
def test_a_listed_zone_written_another_way_keeps_its_code(text: str, code: str) -> None:
    regions = extract(text, date="2025-05-01", language="en").regions
    assert [r.code for r in regions] == [code]
    assert regions[0].name.startswith(text[4:20])  # the name as the text writes it


def test_a_listed_zones_facts_carry_its_fullest_name_in_the_text() -> None:
    text = ("Xi'an High-tech Zone opens a future industries pilot area\n\n"
            "XI'AN, May 12, 2026 -- The Management Committee of the Xi'an High-tech Industries Development Zone "
            "today said the zone will concentrate on future industries such as photonic chips and "
            "brain-computer interfaces.\n")
    rm = extract(text, language="en")
    assert {p.region for p in rm.priorities} == {"Xi'an High-tech Industries Development Zone"}


def test_a_hosted_zone_whose_name_is_a_county_elsewhere_is_one_zone() -> None:
    # 湖滨 is also a district of Sanmenxia; after Jiujiang's name and before 经济开发区 it is this zone's own name
    text = "九江湖滨经济开发区印发产业规划。\n\n开发区将重点发展新材料、生物医药等战略性新兴产业。\n"
    rm = extract(text, date="2026-06-10", language="zh")
    assert {p.region for p in rm.priorities} == {"九江湖滨经济开发区"}
    assert all(r.code != "411202" for r in rm.regions)  # not Sanmenxia's 湖滨区


def test_a_chinese_zone_named_in_full_in_the_title_and_short_in_the_body_is_one_zone_by_its_full_name() -> None:
    text = ("投资桂江 智造未来\n——梧州桂江国家高新技术产业开发区投资指南\n\n"
            "桂江高新区位于梧州市东部。园区重点发展新能源汽车零部件、电子信息等战略性新兴产业。\n"
            "到2028年，桂江高新区规上工业总产值达到800亿元。\n")
    rm = extract(text, date="2026-06-18", language="zh")
    assert {p.region for p in rm.priorities} | {t.region for t in rm.targets} == {"梧州桂江国家高新技术产业开发区"}


def test_a_park_in_a_texts_opening_and_a_development_zone_anywhere_are_regions() -> None:
    # the park a text opens with is what it is about (an investment guide, a launch release)
    assert _zones("Invest in Lantern Bay Green Materials Industrial Park\n\nAbout the park", "en") == [
        ("Lantern Bay Green Materials Industrial Park", None)]
    # a headline's verb is no part of the name; "New" inside it is; its host opens it and is its parent
    assert _zones("Quanzhou Launches Quangang New Materials Industrial Park\n\nThe city opened it.", "en") == [
        ("Quangang New Materials Industrial Park", None)]
    rm = extract("Invest in Dafeng District\nDafeng Blue Harbour New Energy Industrial Park\n\nThe park backs offshore "
                 "wind equipment.", language="en", date="2026-05-01")
    assert {p.region for p in rm.priorities} == {"Dafeng Blue Harbour New Energy Industrial Park"}
    # a development zone named for what it makes, wherever it is named
    lead = "The city has set out its plans for the year. " * 10
    assert _zones(lead + "The Heluo Intelligent Manufacturing Development Zone will open.", "en") == [
        ("Heluo Intelligent Manufacturing Development Zone", None)]
    text = ("Palm Cape Aerospace Industrial Park: Investment Guide\n\nThe park backs satellite manufacturing and "
            "rocket engines. It aims for output of more than 20 billion yuan by 2028.")
    rm = extract(text, language="en", date="2026-11-03")
    assert {p.region for p in rm.priorities} == {"Palm Cape Aerospace Industrial Park"}
    assert [(t.region, t.value) for t in rm.targets] == [("Palm Cape Aerospace Industrial Park", 2e10)]


def test_a_listed_zone_named_by_its_host_and_an_abbreviation_speaks_for_itself() -> None:
    # a zone's own social-media page: no "Zone" anywhere, only "ETDZ"; "we" and "the zone" are the zone's
    text = ("Qinhuangdao ETDZ Investment Service Centre\n\n"
            "What we build: robotics, new materials and port logistics equipment. "
            "This year we aim to sign at least 30 projects. Tianjin is an hour away by train, "
            "and many firms in the zone serve buyers in Tianjin and Tianjin's port.\n")
    rm = extract(text, date="2026-02-10", language="en")
    assert rm.regions[0].code == "130371"  # 秦皇岛经济技术开发区, by its full name
    assert rm.regions[0].name == "Qinhuangdao Economic and Technological Development Zone"
    assert {p.region for p in rm.priorities} | {t.region for t in rm.targets} == {rm.regions[0].name}
    assert [(t.value, t.year) for t in rm.targets] == [(30, 2026)]


def test_a_park_named_later_in_the_title_or_on_the_account_line_under_it_is_its_region() -> None:
    # an official account's post: the title opens with a hook, the park's name follows, and the line under it
    # is the account's own name
    text = ("年中盘点来了！云栖湾新能源产业园上半年干了啥\n云栖湾新能源产业园  2026年7月8日  江苏\n\n"
            "下半年，园区力争新签约亿元以上项目15个。园区将重点发展储能电池、氢能装备。\n")
    rm = extract(text, language="zh")
    assert {t.region for t in rm.targets} | {p.region for p in rm.priorities} == {"云栖湾新能源产业园"}
    # a park named in the body only is no region of its own
    text = "年中盘点来了！\n\n今年，区里将建设云栖湾新能源产业园，力争新签约亿元以上项目15个。\n"
    assert all(r.name != "云栖湾新能源产业园" for r in extract(text, language="zh", date="2026-07-08").regions)


def test_a_park_the_opening_describes_in_an_apposition_is_a_region() -> None:
    text = ("Fenhe Battery Valley Signs 12 Projects\n\nJINZHONG, Shanxi - Fenhe Battery Valley, a provincial-level "
            "industrial park in Yuci District, signed 12 projects today.\n\n"
            "The park aims to host no fewer than 80 enterprises by 2028. Yuci District aims to raise battery output "
            "to 30 billion yuan by 2028, and the city of Jinzhong has set a goal of 60 billion yuan by the same year.\n")
    rm = extract(text, language="en", date="2026-11-06")
    park = next(r for r in rm.regions if r.name == "Fenhe Battery Valley")
    assert park.code is None
    assert [(t.region, t.value) for t in rm.targets] == [
        ("Fenhe Battery Valley", 80), ("Yuci", 30e9), ("Jinzhong", 60e9)]


def test_an_industry_area_a_guide_opens_with_speaks_as_the_area() -> None:
    # an investor guide's title names an industry area and its host district; the answers speak as "the area"
    text = ("Linhe New Industry Area, Wuqing District, Tianjin: Questions from Investors\n"
            "1. What does the area make?\n"
            "The area has two leading industries: industrial robots and medical devices. Wuqing District as a whole "
            "also keeps its furniture makers.\n"
            "2. What are the area's goals?\n"
            "The area aims to host more than 150 companies by 2029.\n")
    rm = extract(text, language="en", date="2026-06-01")
    area = "Linhe New Industry Area"
    assert {p.region for p in rm.priorities if p.industry in {"industrial robots", "medical devices"}} == {area}
    assert [(t.region, t.value, t.year) for t in rm.targets] == [(area, 150, 2029)]
