"""Targets told from the figures around them: a goal's own verb after a subsidy word, a subsidy's cap per project,
an applicant's eligibility, the results of a plan period that has ended, a work-points document's tasks, a yearly
floor, an allocation to each, a size class of projects and a conversion into yuan. Sentences written for these
tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, language: str, date: str) -> list[tuple[str | None, str, float, str, int | None]]:
    rm = extract(text, language=language, date=date)
    return [(t.region, t.comparator, t.value, t.unit, t.year) for t in rm.targets]


def test_a_goal_verb_after_a_subsidy_word_makes_the_figure_a_goal() -> None:
    text = ("The grants form part of a wider drive to lift Hefei's display panel revenue to more than 90 billion yuan "
            "by 2028, from about 60 billion yuan last year.")
    assert _targets(text, "en", "2025-04-01") == [("Hefei", ">=", 90e9, "CNY", 2028)]


def test_a_cap_per_project_after_a_conversion_is_no_target() -> None:
    text = ("Suzhou will refund up to 20% of the price of new testing equipment bought by drug makers, capped at "
            "50 million yuan ($6.9 million) per project.")
    assert _targets(text, "en", "2025-04-01") == []


def test_what_an_applicant_must_bring_is_no_target() -> None:
    assert _targets("To qualify, a project must involve investment of at least 800 million yuan and start work this "
                    "year.", "en", "2025-04-01") == []
    assert _targets("Under this year's scheme, eligible firms must have sales of at least 50 million yuan.", "en",
                    "2025-04-01") == []
    # a share an applicant must show (written after a fund that makes the sentence's tense future)
    assert _targets("Nansha District opened applications for a 1 billion yuan fund that will back chip start-ups. "
                    "To qualify, firms must have at least 25 percent of their staff in research roles.", "en",
                    "2025-04-01") == []
    # a goal beside eligible firms is still a goal
    assert _targets("Wuxi will build 12 new pilot plants by 2027, and eligible firms will receive rewards.", "en",
                    "2025-04-01") == [("Wuxi", "=", 12.0, "count", 2027)]


def test_an_ended_plan_period_reports_results_in_english() -> None:
    text = "During the 14th Five-Year Plan period the city's industrial output passed 1 trillion yuan."
    assert _targets(text, "en", "2025-12-01") == []  # (written in the period's last year)
    # a period still to come, or one with a word of intent, keeps its goals
    assert _targets("During the 15th Five-Year Plan period the city's industrial output will pass 1.5 trillion yuan.",
                    "en", "2026-01-10") == [(None, ">=", 1.5e12, "CNY", 2030)]


WORK_POINTS = """吉林省商务厅2026年工作要点

一、稳外贸
1.全省新培育外贸综合服务企业15家以上。
2.组织境外展会40场。
"""


def test_a_work_points_document_is_a_plan_of_its_year() -> None:
    rm = extract(WORK_POINTS, language="zh", date="2026-02-20")
    assert sorted((t.value, t.year) for t in rm.targets) == [(15.0, 2026), (40.0, 2026)]


def test_a_yearly_floor_is_a_standing_goal() -> None:
    text = "余杭区每年对外发布的人工智能应用场景不少于30个。"
    assert [(t.region, t.comparator, t.value) for t in extract(text, language="zh", date="2025-05-01").targets] == [
        ("余杭区", ">=", 30.0)]


def test_what_each_one_gets_is_no_target() -> None:
    assert _targets("今年为每个重点园区配备一名服务专员。", "zh", "2025-05-01") == []
    assert _targets("今年每家链主企业对接三家以上配套企业。", "zh", "2025-05-01") == []


def test_a_size_class_of_projects_is_no_target_counted_or_not() -> None:
    assert _targets("今年对总投资5亿元以上项目实行专人跟踪服务。", "zh", "2025-05-01") == []
    # the count of such projects is
    assert _targets("今年新开工5亿元以上项目30个。", "zh", "2025-05-01") == [(None, "=", 30.0, "count", 2025)]


def test_a_conversion_into_renminbi_is_no_target() -> None:
    text = "2026年全市实际使用外资达到5亿美元（约合人民币36亿元）。"
    assert _targets(text, "zh", "2025-12-20") == [(None, "=", 5e8, "USD", 2026)]


def test_a_support_package_and_what_firms_must_bring_are_no_targets() -> None:
    text = ("The zone announced a support package worth 1.2 billion yuan for 2026. Firms must have at least 20 "
            "engineers to apply this year.")
    assert _targets(text, "en", "2026-01-08") == []


def test_within_the_year_after_next_years_work_is_next_year() -> None:
    text = "会议对各区县明年重点工作作出安排。翠屏区要做强智能终端，年内建成投用3个算力中心。"
    assert _targets(text, "zh", "2025-12-20") == [("翠屏区", "=", 3.0, "count", 2026)]
    # a later deadline in the paragraph is no "next year": 全年 stays the document's year
    text = "今年全区力争到2027年营收达到3万亿元。全年新增企业100家。"
    assert [t[4] for t in _targets(text, "zh", "2026-01-27")] == [2027, 2026]


def test_a_chinese_numeral_with_a_wan_group() -> None:
    text = "到2030年，高新技术企业数量力争达到一万二千家。"
    assert _targets(text, "zh", "2025-09-18") == [(None, "=", 12000.0, "count", 2030)]
    assert _targets("本意见共五个部分，今年节选第一、二部分。", "zh", "2025-09-18") == []


def test_estimates_lengths_measure_sizes_eligibility_and_place_names_are_no_targets() -> None:
    assert _targets("A report by Kestrel Analytics estimated that the drone market could reach 30 billion yuan by "
                    "2030.", "en", "2026-03-03") == []
    assert _targets("Sanya will let drones fly below 150 meters on approved routes next year.", "en", "2026-03-03") == []
    assert _targets("Only firms with annual revenue below 300 million yuan are eligible this year.", "en",
                    "2026-03-03") == []
    assert _targets("The city also plans a 400-million-yuan talent program by 2027.", "en", "2026-03-03") == []
    assert _targets("今年统筹推进三台县、盐亭县协同发展。", "zh", "2026-01-14") == []


def test_a_plans_execution_section_reports_results() -> None:
    text = ("关于长兴县2025年计划执行情况与2026年计划草案的报告\n\n一、今年计划执行情况\n\n"
            "今年以来，全县经济运行总体平稳。全年引进亿元以上产业项目52个，超额完成年初确定的45个目标任务。\n\n"
            "二、明年的主要目标\n\n明年力争引进亿元以上产业项目55个。\n")
    assert [(t.value, t.year) for t in extract(text, language="zh", date="2025-12-26").targets] == [(55.0, 2026)]


# a note whose date stands on its own line under the title: the date heads no section of goals
ASSOCIATION_NOTE = """Riverside Electronics Association
Member Briefing: Wuxi's Plans for Integrated Circuits
3 March 2026

Background
The Association has 140 member firms in Wuxi, which together employ about 38,000 people.

The plans
The city aims to lift the output of its integrated circuit industry above 250 billion yuan by 2028.
"""


def test_a_date_line_under_the_title_opens_no_section_of_goals() -> None:
    rm = extract(ASSOCIATION_NOTE, language="en", date="2026-03-03")
    assert [(t.value, t.year) for t in rm.targets] == [(250000000000.0, 2028)]


def test_months_of_the_year_already_begun_open_a_report_not_a_goal() -> None:
    text = ("关于全市工业母机产业链发展情况的检查报告\n\n"
            "根据常委会2026年度工作计划，今年4月至5月，检查组先后深入江阴市、宜兴市，走访企业17家，召开座谈会6场。\n"
            "今年3月，市政府印发行动计划，提出到2028年全市工业母机产业规模突破1000亿元。\n"
            "今年8月底前，全市新开工工业母机项目不少于12个。")
    got = _targets(text, "zh", "2026-05-28")
    assert [(v, y) for _, _, v, _, y in got] == [(100000000000.0, 2028), (12.0, 2026)]


def test_a_section_on_the_current_state_or_its_problems_holds_no_measure_and_its_sibling_closes_it() -> None:
    text = ("关于全市生物医药产业发展情况的调研报告\n\n"
            "一、基本情况\n近年来，我市把生物医药产业作为产业链培育的重中之重，集聚企业600余家。\n"
            "二、存在的问题\n企业反映高端人才招引难、中试平台共享不足。\n"
            "三、意见和建议\n建议设立规模20亿元的生物医药产业基金，建设公共中试平台。")
    rm = extract(text, language="zh", date="2026-05-20")
    assert [m.kind for m in rm.measures] == ["fund", "platform"]
    assert not rm.targets


def test_a_valuation_that_sizes_the_companies_counted_is_no_goal() -> None:
    text = "By 2030, Chengdu wants the pilot area to be home to around 8 companies valued at US$1 billion or more."
    rm = extract(text, date="2026-05-12", language="en")
    assert not any(t.unit == "USD" for t in rm.targets)
