"""A statistics release whose title names a quarter or half of the document's year that has ended by its date
(上半年全市经济运行稳中有升, dated July) reports results: its unmarked figures are no goals, while what it says
the city will do is still read as a plan. Text written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

RELEASE = """上半年全市经济运行稳中有升

上半年，全市实现地区生产总值2450.6亿元，同比增长5.6%。

分区看，鼓楼区实现地区生产总值612.3亿元，增长5.9%；仓山区规上工业增加值增长8.2%。

下半年，全市将力争规上工业增加值增长7%以上。

福州市统计局
"""


def test_an_ended_period_in_the_title_makes_unmarked_figures_results() -> None:
    rm = extract(RELEASE, language="zh", name="fuzhou_stats_20260720.txt")
    assert [(t.value, t.unit, t.year) for t in rm.targets] == [(7.0, "%", 2026)]


def test_a_period_still_to_come_in_the_title_sets_no_such_default() -> None:
    # the same title in a release dated May names a half not yet ended: its figures are read as they stand
    rm = extract(RELEASE.replace("上半年全市经济运行稳中有升", "上半年全市经济运行目标"), language="zh",
                 name="fuzhou_plan_20260510.txt")
    assert (7.0, "%", 2026) in [(t.value, t.unit, t.year) for t in rm.targets]
