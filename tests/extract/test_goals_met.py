"""A goal met (提前完成年度目标, 完成“十四五”规划目标) or stuck to (咬定目标不放松) is a result's wording, not a goal set:
in a paragraph that reports the year so far, the figures around it are results. Text written for these tests;
places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

REPORT = """在全县经济工作会议上的讲话

今年以来，全县上下咬定目标不放松，工业经济稳中有进。全县新签约亿元以上项目48个，提前完成年度目标；\
生物医药产业产值达到260亿元，完成“十四五”规划目标。

明年，全县新签约亿元以上项目力争不少于50个。
"""


def test_figures_beside_a_goal_met_are_results_of_the_year_so_far() -> None:
    rm = extract(REPORT, language="zh", name="deqing_speech_20261210.txt")
    assert [(t.value, t.year) for t in rm.targets] == [(50.0, 2027)]


def test_a_goal_to_be_met_is_still_a_goal() -> None:
    rm = extract("德清县今年将确保完成年度目标，新签约亿元以上项目不少于50个。", language="zh", date="2026-02-10")
    assert [(t.value, t.year) for t in rm.targets] == [(50.0, 2026)]
