"""A town's or township's own text (its name opens the title, the body speaks of 全镇, 镇党委): the town is its region,
with no code, since the gazetteer stops at counties; a heading 明年工作打算 dates its goals to the year after the
text's. Text written for these tests; the town is real, the figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

_TOWN = (
    "桐乡市濮院镇二〇二五年工作总结和明年工作打算\n\n"
    "一、今年工作回顾\n\n"
    "今年以来，镇党委、镇政府紧紧围绕桐乡市委、市政府决策部署，全镇经济稳中有进。全镇实现规上工业产值210亿元，新增规上工业企业9家。\n\n"
    "二、明年工作打算\n\n"
    "全镇将做强毛衫时尚、纺织面料两大传统主导产业，培育智能装备、工业设计两个新兴产业。主要目标是：规上工业产值力争达到230亿元，新增规上工业企业10家以上。\n\n"
    "对购置智能设备的企业按设备款的8%给予补助，单家企业最高不超过50万元。\n"
)


def test_a_towns_own_text_is_the_towns() -> None:
    r = extract(_TOWN, language="zh", date="2025-12-12")
    assert {(t.region, t.region_code) for t in r.targets} == {("濮院镇", None)}
    assert sorted((t.value, t.year) for t in r.targets) == [(10.0, 2026), (2.3e10, 2026)]
    assert {m.region for m in r.measures} == {"濮院镇"}
    assert {p.region for p in r.priorities} == {"濮院镇"}


def test_a_county_text_that_names_its_towns_stays_the_countys() -> None:
    text = ("桐乡市2026年政府工作报告（摘要）\n\n今年，全市规上工业产值力争增长8%。支持濮院镇做强毛衫时尚产业，"
            "各乡镇党委要抓好落实。\n")
    r = extract(text, language="zh", date="2026-01-20")
    assert {t.region_code for t in r.targets} == {"330483"}


def test_a_qualified_traditional_label_gives_its_tier() -> None:
    text = "桐乡市政府工作报告（摘要）\n\n全市将做强毛衫时尚、纺织面料两大传统主导产业，提升化纤、皮革等传统特色产业。\n"
    r = extract(text, language="zh", date="2026-01-10")
    assert {p.industry: p.tier for p in r.priorities} == {"毛衫时尚": "traditional", "纺织面料": "traditional",
                                                          "化纤": "traditional", "皮革": "traditional"}


def test_a_colon_line_under_a_future_heading_keeps_its_year() -> None:
    text = ("Yulin zone annual report: English summary\n\n"
            "Goals for next year\n"
            "Next year is the first year of the 15th Five-Year Plan. The report sets the following goals:\n"
            "1. grow regional GDP by around 6 percent;\n"
            "2. add at least 120 national high-tech enterprises.\n")
    r = extract(text, language="en", date="2025-12-30")
    assert sorted((t.value, t.year) for t in r.targets) == [(6.0, 2026), (120.0, 2026)]


def test_a_headings_sibling_closes_a_list_its_colon_line_opened() -> None:
    text = ("湖南省行动方案\n\n二、重点集群\n全省重点建设以下两大战略性新兴产业集群：\n（一）先进轨道交通装备集群。以株洲为核心。\n"
            "（二）生物医药集群。支持浏阳市建设生物医药产业园。\n\n三、统筹未来产业和传统产业\n前瞻布局量子信息、深海装备等未来产业。\n")
    got = {p.industry for p in extract(text, language="zh", date="2026-03-12").priorities}
    assert "统筹未来产业和传统产业" not in got and {"量子信息", "深海装备"} <= got


def test_a_town_governments_notice_is_the_towns() -> None:
    text = ("濮院镇人民政府关于印发《濮院镇毛衫产业提升方案》的通知\n\n"
            "到2027年，全镇毛衫产业产值力争突破300亿元。镇政府将设立2亿元产业发展基金。\n")
    r = extract(text, language="zh", date="2026-03-01")
    assert {t.region for t in r.targets} | {m.region for m in r.measures} == {"濮院镇"}
