"""A region's designated industries named with a count (聚焦A、B、C三大主导产业) are its priorities even in a
paragraph of results; the same count as the subject of a result (A、B三大首位产业产值合计达到…) is not.
Texts written for these tests; the park is invented, the figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

RESULTS = ("02 上半年成绩单\n"
           "上半年，枫林湾科创园规上工业产值完成96.5亿元，同比增长12.8%。\n"
           "枫林湾科创园聚焦集成电路、工业软件、智能传感器三大主导产业，链上企业已达86家。\n")


def test_a_focus_on_a_counted_group_of_industries_is_a_priority_in_a_results_section() -> None:
    rm = extract("宁波市北仑区\n\n" + RESULTS, language="zh", date="2026-07-10")
    assert [p.industry for p in rm.priorities] == ["集成电路", "工业软件", "智能传感器"]


def test_a_counted_group_as_the_subject_of_a_result_is_no_priority() -> None:
    text = ("一、2025年工作回顾\n"
            "北仑区集成电路、工业软件、智能传感器三大主导产业产值合计达到860亿元，同比增长9%。\n")
    assert extract(text, language="zh", date="2026-01-10").priorities == ()
    # a past year's focus is a result too
    text = "北仑区2025年聚焦集成电路、工业软件、智能传感器三大主导产业，产值增长9%。\n"
    assert extract(text, language="zh", date="2026-01-10").priorities == ()


def test_an_industry_the_vocabulary_names_with_a_facilitys_word_is_an_item() -> None:
    # 数据中心 and 智算中心 are industries the vocabulary lists, though 中心 usually ends a facility's name
    text = "庆阳市要聚焦新型储能、通用航空、智算中心，逐条梳理产业链断点。"
    rm = extract(text, language="zh", date="2026-03-01")
    assert [p.industry for p in rm.priorities] == ["新型储能", "通用航空", "智算中心"]
    # facilities a measure builds are no industries
    assert extract("庆阳市要建设检验检测中心、研发中心。", language="zh", date="2026-03-01").priorities == ()


def test_industries_a_clause_says_are_a_regions_belong_to_it() -> None:
    # the provincial leader speaks, in a city he visits: what the clause says is the city's is the city's
    text = ("李明在大连市调研时强调\n\n10月9日，省委书记李明在大连市调研。"
            "他指出，船舶、石化等传统产业是大连的家底，要加快高端化、智能化改造。\n")
    rm = extract(text, language="zh", date="2026-10-10")
    assert {(p.region, p.industry) for p in rm.priorities} == {("大连市", "船舶"), ("大连市", "石化")}
