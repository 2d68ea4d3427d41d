"""A text on a five-year plan still to run (省委“十五五”规划《建议》解读, "proposals for its 15th Five-Year Plan") gives
its goals that name no year of their own the plan's end; a plan named in passing ("as the 15th Five-Year Plan
opens") does not. Texts written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

PROPOSAL = """2025年12月10日
图解｜市委“十五五”规划《建议》中的制造业目标

《建议》提出，支持宜宾市做强动力电池产业，动力电池产业营业收入力争突破5000亿元。
"""

WIRE = """Cities bet on chips as the 15th Five-Year Plan opens

January 20, 2026 - Wuxi set a growth goal of around 5.5 percent in its government work report.
"""


def test_a_goal_in_a_text_on_a_plan_to_run_is_due_at_the_plans_end() -> None:
    rm = extract(PROPOSAL, language="zh", name="yibin_proposal_20251210.txt")
    assert [(t.value, t.year) for t in rm.targets] == [(5e11, 2030)]


def test_a_plan_named_in_passing_sets_no_horizon() -> None:
    rm = extract(WIRE, language="en", name="wire_20260120.txt")
    assert [(t.value, t.year) for t in rm.targets] == [(5.5, 2026)]
