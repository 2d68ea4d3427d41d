"""Late in the year, once a text has set next year's goals, a goal with no year of its own is next
year's; an estimate of this year's result is no goal. Text written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """Provinces set growth goals at year-end conferences

Hunan said it would aim for GDP growth of around 5.5 percent next year, after an estimated 5.1 percent \
expansion this year.

Further west, the inland province of Gansu, long reliant on metals, took a more cautious line, targeting \
growth of about 5 percent.
"""


def test_goal_without_year_follows_next_year() -> None:
    rm = extract(TEXT, date="2025-12-18", language="en")
    got = sorted((t.region_code, t.value, t.year) for t in rm.targets)
    assert got == [("430000", 5.5, 2026), ("620000", 5.0, 2026)]


def test_early_in_the_year_the_document_year_stays() -> None:
    text = "Gansu is targeting growth of about 5 percent."
    rm = extract(text, date="2025-03-05", language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(5.0, 2025)]


def test_the_current_year_is_the_documents_year() -> None:
    text = ("Hunan has issued new measures for industrial software. For the current year, the document asks that at "
            "least 2,000 industrial enterprises move core systems to the cloud.")
    rm = extract(text, date="2025-06-12", language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(2000, 2025)]



def test_the_end_of_the_plan_period_is_the_end_of_the_plan_the_text_is_about() -> None:
    text = ("Client note: what Wuhu's 15th Five-Year Plan proposal means\n\n"
            "The Wuhu municipal committee has published its proposal for the 15th Five-Year Plan (2026-2030).\n\n"
            "By the end of the plan period, Wuhu aims to:\n"
            "- lift robot industry revenue to more than 80 billion yuan;\n"
            "- have no fewer than 6 industrial chains each worth 100 billion yuan.\n")
    rm = extract(text, date="2025-12-10", language="en")
    assert sorted((t.value, t.year) for t in rm.targets) == [(6, 2030), (8e10, 2030)]


REVIEW_AND_PLAN = """荆门市经济和信息化局2025年工作总结和2026年工作思路
（2025年12月15日）

一、2025年工作总结

（一）产业集群加快壮大。新能源汽车产业完成产值860亿元，新增规上工业企业150家。

二、2026年工作思路

主要目标：全市规上工业增加值增长8%左右，新增规上工业企业120家。
"""


def test_a_work_summary_heading_opens_results_and_the_work_plan_heading_goals() -> None:
    rm = extract(REVIEW_AND_PLAN, language="zh")
    assert sorted((t.value, t.year) for t in rm.targets) == [(8.0, 2026), (120, 2026)]


def test_last_year_as_the_baseline_of_this_years_allocation_does_not_make_it_past() -> None:
    text = "江苏省将推动集群发展。今年省级财政安排先进制造业集群发展专项资金20亿元，比上年增加3亿元。"
    rm = extract(text, date="2026-03-17", language="zh")
    assert [m.kind for m in rm.measures if "专项资金" in m.text] == ["fund"]
