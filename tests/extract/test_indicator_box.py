"""A plan's box of indicators (专栏 “十五五”时期…主要指标): each line a goal for the period's end, its baseline in
brackets (（2025年：…）) neither a goal nor a mark of the past. Text written for these tests; figures invented."""

from __future__ import annotations

from indupath.extract import extract

BOX = """德化县“十五五”陶瓷产业发展规划

专栏2　“十五五”时期陶瓷产业主要指标

1.陶瓷产业总产值：到2030年达到800亿元（2025年：520亿元），年均增长9%左右。
2.日用陶瓷出口占比：60%以上（2025年：48%）。
3.新增国家级专精特新“小巨人”企业：5家。
"""


def test_each_line_of_the_box_is_a_goal_for_the_periods_end() -> None:
    rm = extract(BOX, date="2026-02-10", language="zh")
    got = sorted((t.comparator, t.value, t.unit, t.year) for t in rm.targets)
    assert got == [("=", 5.0, "count", 2030), ("=", 80e9, "CNY", 2030), (">=", 60.0, "%", 2030),
                   ("about", 9.0, "%", 2030)]


def test_a_baseline_in_brackets_is_no_goal() -> None:
    rm = extract(BOX, date="2026-02-10", language="zh")
    assert not any(t.value in (52e9, 48.0) for t in rm.targets)


def test_the_first_quarters_figures_are_results_so_far() -> None:
    text = ("株洲市召开产业链推进会。轨道交通装备产业链：一季度全市轨道交通装备产值达到320亿元，其中出口45亿元。"
            "会议提出，全年产值力争达到1500亿元。")
    rm = extract(text, date="2026-04-15", language="zh")
    assert [(t.value, t.year) for t in rm.targets] == [(150e9, 2026)]
