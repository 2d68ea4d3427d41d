"""A text without a dated header is dated by its file name; with no date anywhere, 明年 / "next year" names no
year (not the last deadline read). Texts written for these tests (figures illustrative)."""

from __future__ import annotations

import datetime as dt

from indupath.extract import extract

TEXT = ("省委经济工作会议在长沙召开。力争到“十五五”期末全省工业增加值突破三万亿元。\n"
        "要深入实施制造业“智改数转”行动，明年完成1000家规上工业企业数字化改造。")


def test_a_text_without_a_header_is_dated_by_its_file_name() -> None:
    rm = extract(TEXT, name="zh02_hunan_econ_work_conference_20241216.txt", language="zh")
    assert rm.document.date == dt.date(2024, 12, 16)
    assert sorted(t.year for t in rm.targets if t.year) == [2025, 2030]
    # a dashed date, and an impossible one ignored
    assert extract("长沙市。", name="report-2025-03-04.txt").document.date == dt.date(2025, 3, 4)
    assert extract("长沙市。", name="plan_20251340.txt").document.date is None


def test_an_explicit_date_or_a_header_wins_over_the_name() -> None:
    assert extract(TEXT, name="x_20241216.txt", date="2023-12-10").document.date == dt.date(2023, 12, 10)
    header = "https://example.org/hunan\n2023-12-10\n" + TEXT
    assert extract(header, name="x_20241216.txt").document.date == dt.date(2023, 12, 10)


def test_next_year_in_a_text_of_unknown_date_names_no_year() -> None:
    rm = extract(TEXT, name="untitled.txt", language="zh")
    years = {t.metric[:4]: t.year for t in rm.targets}
    assert 2030 in years.values()
    assert [t.year for t in rm.targets if "明年" in t.metric] == [None]


def test_a_span_of_years_before_a_figure_ends_in_the_plans_period_or_after_the_span() -> None:
    plan = ("长沙经开区推进新型工业化三年行动方案（2025—2027年）\n"
            "三年内滚动实施亿元以上项目120个，其中今年新开工项目不少于40个。")
    rm = extract(plan, language="zh", date="2025-03-18")
    assert sorted((t.value, t.year) for t in rm.targets) == [(40.0, 2025), (120.0, 2027)]
    # no plan period: the span counts the current year in Chinese, whole years in English
    rm = extract("长沙市工作要点。力争五年内引进顶尖人才团队50个。", language="zh", date="2025-03-18")
    assert [t.year for t in rm.targets] == [2029]
    rm = extract("Changsha aims to attract 50 top research teams within five years.", language="en",
                 date="2025-03-18")
    assert [t.year for t in rm.targets] == [2030]


def test_a_title_above_the_date_line_stays_in_the_body() -> None:
    text = ("九江湖滨经济开发区产业发展规划（2026—2030年）\n2026年6月10日\n\n"
            "到2030年，全区规上工业总产值达到800亿元左右。\n")
    rm = extract(text, language="zh")
    assert rm.document.date is not None and rm.document.date.isoformat() == "2026-06-10"
    assert [(t.region, t.value, t.year) for t in rm.targets] == [("九江湖滨经济开发区", 8e10, 2030)]


def test_a_source_line_above_the_date_line_is_a_header() -> None:
    text = "source: a test text written for indupath\n2026-06-10\n到2030年，九江市规上工业总产值达到800亿元左右。\n"
    rm = extract(text, language="zh")
    assert rm.document.source == "source: a test text written for indupath"
    assert [(t.region, t.year) for t in rm.targets] == [("九江市", 2030)]


def test_a_bracketed_date_line_under_a_chinese_title_dates_the_text() -> None:
    text = "2025年全市经济运行情况\n（2026年1月20日）\n\n2025年全市地区生产总值增长5.6%。今年全市地区生产总值预期增长5.5%左右。\n"
    rm = extract(text, language="zh")
    assert [(t.value, t.year) for t in rm.targets] == [(5.5, 2026)]


def test_a_report_of_last_years_results_reads_its_unmarked_figures_as_results() -> None:
    text = ("2025年全市经济运行情况\n（2026年1月20日）\n\n全市固定资产投资增长6.2%，社会消费品零售总额突破2500亿元。\n\n"
            "市发展改革委负责人表示，今年我市将重点培育高端装备、新材料两个千亿级产业集群，力争全市高新技术企业总数突破3000家。\n")
    rm = extract(text, language="zh")
    assert [(t.value, t.year) for t in rm.targets] == [(3000, 2026)]
    assert [m.kind for m in rm.measures] == ["cluster"]


def test_a_run_in_label_dates_its_line() -> None:
    text = ("数读政府工作报告｜今年十堰这样干\n\n"
            "成绩单：全市地区生产总值达到2600亿元，增长6.3%；规模以上工业增加值增长8.1%。\n\n"
            "任务书：报告提出，今年全市地区生产总值增长6%左右。\n")
    rm = extract(text, language="zh", date="2026-01-20")
    assert [(t.value, t.year) for t in rm.targets] == [(6.0, 2026)]


def test_a_heading_of_the_years_achievements_opens_results() -> None:
    text = ("漳州台商投资区党工委2025年度述职报告（节选）\n一、主要工作成效\n（一）招商引资成果丰硕。全年新签约项目38个，总投资260亿元。\n"
            "二、明年工作打算\n力争明年新签约项目50个以上。\n")
    rm = extract(text, language="zh", date="2025-12-20")
    assert [(t.value, t.year) for t in rm.targets] == [(50, 2026)]


def test_an_event_that_closed_on_a_named_day_reports_its_results() -> None:
    text = ("Zhongshan investment fair wraps up\n\nZHONGSHAN -- The 2025 Zhongshan Investment Fair closed on Friday with 96 "
            "projects signed, involving a total investment of 61.2 billion yuan. The city aims to attract investment of more "
            "than 200 billion yuan this year.")
    rm = extract(text, language="en", date="2025-06-20")
    assert [(t.value, t.year) for t in rm.targets] == [(2e11, 2025)]
