"""A notice's line that announces the notice itself (现就申报…专项资金项目有关事项通知如下：) is no measure; the measures
are the provisions that follow. Text written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

NOTICE = """关于组织申报2026年度市级数字经济专项资金项目的通知

各县（市、区）工信局：
为加快数字经济发展，现就组织申报2026年度市级数字经济专项资金项目有关事项通知如下：
一、对新认定的省级智能工厂，给予一次性奖励100万元。

衢州市经济和信息化局
2026年4月8日
"""


def test_the_line_announcing_the_notice_is_no_measure() -> None:
    rm = extract(NOTICE, language="zh", name="quzhou_notice_20260408.txt")
    assert [m.kind for m in rm.measures] == ["subsidy"]
    assert all("通知如下" not in m.text for m in rm.measures)
