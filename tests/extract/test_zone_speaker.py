"""A text that keeps saying "the zone" speaks for the zone it names, even when the host city is named
more often. Text written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """Feature: a high-tech zone in an old industrial city bets on lasers

On a weekday in the Wuhan East Lake High-tech Development Zone, engineers are testing fibre lasers.
Wuhan, the provincial capital, once lived on steel; Wuhan's new economy grows elsewhere.

The zone now hosts thousands of companies. The zone's managers say lasers and optical chips come first.

By 2028, the zone aims to lift the output of its optoelectronics industry to 600 billion yuan.
"""


def test_the_zone_is_the_speaker() -> None:
    rm = extract(TEXT, date="2026-05-09", language="en")
    zone = [r for r in rm.regions if "Zone" in r.name]
    assert zone, [r.name for r in rm.regions]
    assert {t.region for t in rm.targets} == {zone[0].name}


ZONE_WORK_POINTS = """西安高新区2027年工作要点

2026年，西安高新区营业收入增长9%。2027年全区工作安排如下。
一、主要目标
● 规上工业增加值增长8%以上；
● 半导体产业规模力争突破1200亿元。
二、重点任务
● 高水平建设中国（陕西）自由贸易试验区西安高新功能区，新增外资企业50家以上。
"""


def test_a_zone_that_says_quanqu_speaks_for_the_zone() -> None:
    # 全区 is also an autonomous region's word; the most named region among the levels it can mean
    # (the zone, named twice) speaks, not the province named once inside a free-trade-zone's title
    rm = extract(ZONE_WORK_POINTS, date="2027-02-20", language="zh")
    assert rm.targets
    assert {t.region for t in rm.targets} == {"西安高新技术产业开发区"}, {t.region for t in rm.targets}


def test_an_autonomous_region_that_says_quanqu_still_speaks_for_itself() -> None:
    text = ("广西壮族自治区政府工作报告提出，今年全区地区生产总值增长5.5%左右。"
            "南宁市要加快建设面向东盟的开放合作高地。全区规上工业增加值增长7%以上。")
    rm = extract(text, date="2026-01-20", language="zh")
    assert {t.region for t in rm.targets} == {"广西壮族自治区"}


# 兰州新区 (620171, a zone GB/T 2260 codes) named twice, 新区 for itself thereafter, and 全省 only in a
# ranking (居全省…首位), which a unit inside the province says of itself. Figures illustrative.
NEW_AREA_PITCH = """兰州新区产业招商推介

兰州新区是甘肃省承接东中部产业转移的重要平台。2025年，新区工业增加值增速居全省各县区首位。
新区重点发展绿色化工、新材料和先进装备制造产业。
到2028年，新区新材料产业产值力争突破八百亿元。
"""


def test_a_new_area_that_calls_itself_xinqu_speaks_for_itself() -> None:
    rm = extract(NEW_AREA_PITCH, date="2026-06-01", language="zh")
    assert rm.targets and rm.priorities
    assert {t.region_code for t in rm.targets} == {"620171"}
    assert {p.region_code for p in rm.priorities} == {"620171"}


def test_a_ranking_within_the_province_is_not_the_province_speaking() -> None:
    text = ("安徽省利辛县工作报告摘要\n过去一年，我们的经济总量居全省第十位，增速居全省前列。\n"
            "今年，要重点发展生物医药、新能源汽车零部件产业。到2027年，生物医药产业产值突破二百亿元。")
    rm = extract(text, date="2026-01-10", language="zh")
    assert rm.targets and rm.priorities
    assert {t.region for t in rm.targets} | {p.region for p in rm.priorities} == {"利辛县"}



def test_an_answer_speaks_for_the_region_its_speaker_was_introduced_with() -> None:
    text = ("Transcript: Press Conference of the Hubei Provincial People's Government\nNovember 5, 2025\n\n"
            "Moderator: Today we have invited Mr. Zhou Wei, deputy director general of the Hubei Provincial Department "
            "of Economy and Information Technology; and Ms. Xu Lan, deputy mayor of Xiangyang.\n\n"
            "Zhou Wei: We will make optoelectronic information and biomedicine our flagship strategic emerging "
            "industries.\n\n"
            "Reporter: How will the auto industry change?\n\n"
            "Xu Lan: The city will focus on new energy vehicles and auto parts.\n\n"
            "By 2027 the city's annual output of new energy vehicles will reach 500,000 units.\n")
    rm = extract(text, language="en", date="2025-11-05")
    assert {(p.region_code, p.industry) for p in rm.priorities} >= {
        ("420000", "optoelectronic information"), ("420600", "new energy vehicles"), ("420600", "auto parts")}
    assert [(t.region_code, t.value) for t in rm.targets] == [("420600", 500000.0)]
