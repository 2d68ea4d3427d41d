"""Comparators that a negation turns round, durations that are not counts, quotas per unit, a chart's number and
a note's own scenario. Sentences written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, language: str = "zh", date: str = "2026-03-05") -> list[tuple[str, str, float, int | None]]:
    return [(t.metric, t.comparator, t.value, t.year) for t in extract(text, language=language, date=date).targets]


def test_a_negated_comparator_is_turned_round_and_left_out_of_the_metric() -> None:
    got = _targets("今年全市单位工业增加值能耗增速原则上不高于2%，新上高耗能项目不超过3个，研发投入增速不低于8%。")
    assert got == [("今年全市单位工业增加值能耗增速", "<=", 2.0, 2026), ("新上高耗能项目", "<=", 3.0, 2026),
                   ("研发投入增速", ">=", 8.0, 2026)]


def test_a_span_of_working_days_or_months_is_no_count() -> None:
    text = "省工信厅将于6月底前完成评审，评审结果公示7个工作日，获得支持的企业应在3个月内开工建设。"
    assert _targets(text) == []


def test_a_quota_for_each_city_is_no_goal() -> None:
    text = "各市于4月30日前报送推荐项目，每市推荐项目原则上不超过30个，今年全省力争新开工技改项目400个左右。"
    assert [(c, v) for _, c, v, _ in _targets(text)] == [("about", 400.0)]


def test_a_chart_number_and_a_notes_own_scenario_are_no_targets() -> None:
    text = ("Our view. In our base case, Anhui's industrial output grows about 7 percent a year through 2030. "
            "Figure 4 compares the province's plan with that path. The province aims to lift its new energy vehicle "
            "output to more than 3 million units by 2027.")
    got = _targets(text, "en", "2026-02-10")
    assert [(c, v, y) for _, c, v, y in got] == [(">=", 3000000.0, 2027)]


def test_a_columnists_counts_and_vague_figures_are_no_targets() -> None:
    text = ("I read 25 of them this spring. Eighteen promise to develop the low-altitude economy. "
            "Every drone park will chase the same few hundred firms, and Luoyang has a drone maker or two. "
            "Luoyang aims to build a drone cluster worth 50 billion yuan by 2030.")
    got = _targets(text, "en", "2026-03-10")
    assert [(v, y) for _, _, v, y in got] == [(50000000000.0, 2030)]


def test_a_count_that_looks_like_a_year_is_a_count_and_a_model_year_is_none() -> None:
    got = _targets("到2028年，全省新建公共充换电站2000座、人才公寓2000套，推出2027款新车型。", date="2026-01-14")
    assert [(v, y) for _, _, v, y in got] == [(2000.0, 2028), (2000.0, 2028)]


def test_a_share_price_target_is_no_policy_goal() -> None:
    text = ("- We stay Overweight on Changjiang Memory (price target RMB52.00). The province aims to lift chip "
            "output to 120 billion yuan by 2028.")
    got = _targets(text, "en", "2026-01-14")
    assert [(v, y) for _, _, v, y in got] == [(120000000000.0, 2028)]


def test_how_many_there_are_is_no_goal() -> None:
    text = ("By 2028 the province wants at least 20 listed robot makers (there are seven today). "
            "There are 12 robot parks now.")
    got = _targets(text, "en", "2026-01-14")
    assert [(c, v, y) for _, c, v, y in got] == [(">=", 20.0, 2028)]


def test_yi_before_a_measure_word_is_a_not_a_goal_of_one() -> None:
    text = "柳州高新区将打造汽车产业链。从一颗螺丝到一台整车，园区都能配齐；明年新引进亿元以上项目30个。"
    rm = extract(text, date="2026-06-18", language="zh")
    assert [t.value for t in rm.targets] == [30]


def test_a_comparisons_base_year_dates_neither_a_result_nor_a_goal() -> None:
    text = ("《方案》提出，到2027年，全省光伏制造产业链产值力争达到一千五百亿元；建成国家级绿色工厂120家以上，"
            "规模以上工业单位增加值能耗较2024年下降10%左右。")
    rm = extract(text, language="zh", date="2025-09-16")
    assert [(t.value, t.unit, t.year) for t in rm.targets] == [(1.5e11, "CNY", 2027), (120.0, "count", 2027),
                                                               (10.0, "%", 2027)]
    # the base figure after the year is no goal
    rm = extract("到2027年，全市重点产业链规模以上工业总产值突破1.2万亿元，较2024年的9100亿元实现大幅跃升。",
                 language="zh", date="2025-03-12")
    assert [t.value for t in rm.targets] == [1.2e12]


def test_who_attended_a_meeting_is_no_goal() -> None:
    text = ("中国共产党大庆市第十届委员会第十一次全体会议于2025年12月25日至26日在大庆举行。出席全会的有市委委员39名，"
            "候补委员6名。全会提出，明年全市地区生产总值增长5.5%左右。")
    rm = extract(text, language="zh", date="2025-12-27")
    assert [(t.value, t.unit, t.year) for t in rm.targets] == [(5.5, "%", 2026)]


def test_cumulative_invested_projects_to_reach_are_a_goal() -> None:
    rm = extract("青山湖区力争到2027年，产业引导基金累计投资项目不少于60个。", language="zh", date="2025-08-15")
    assert [(t.value, t.comparator, t.year) for t in rm.targets] == [(60.0, ">=", 2027)]
    # what has been invested so far is a result
    rm = extract("青山湖区产业引导基金累计投资项目45个。", language="zh", date="2025-08-15")
    assert rm.targets == ()


def test_a_result_measured_against_the_expected_goal_is_no_goal() -> None:
    text = ("过去一年，全省经济运行总体平稳。全省生产总值突破10万亿元，增长5.6%，高于预期目标0.6个百分点；"
            "规模以上工业增加值增长7.8%。")
    assert extract(text, language="zh", date="2026-01-27").targets == ()
    # the expected goal itself is one
    rm = extract("今年全省生产总值预期增长5%左右。", language="zh", date="2026-01-27")
    assert [(t.value, t.comparator, t.year) for t in rm.targets] == [(5.0, "about", 2026)]


def test_a_goal_during_a_pilot_period_the_text_defines_is_due_at_its_end() -> None:
    text = ("Notice on the First Batch of Pilot Zones for Industrial Internet Applications\n\n"
            "The pilot period runs from 2027 to 2028.\n\nI. Pilot Zones\n\n"
            "(1) Wuhu City, Anhui Province. The zone shall focus on robots.\n\n"
            "(2) Bengbu City, Anhui Province. During the pilot period, the city shall connect no fewer than 500 "
            "factories to the industrial internet.\n")
    rm = extract(text, language="en", date="2026-09-01")
    assert [(t.value, t.year) for t in rm.targets] == [(500, 2028)]
    text = ("关于公布首批试点城市的通知\n\n试点期为2027—2029年。\n\n一、试点城市\n\n（一）芜湖市。重点发展机器人。\n\n"
            "（二）蚌埠市。试点期内，蚌埠市力争新增智能工厂50家。\n")
    rm = extract(text, language="zh", date="2026-09-01")
    assert [(t.value, t.year) for t in rm.targets] == [(50, 2029)]


def test_the_whole_year_of_a_review_of_last_year_is_that_years_results() -> None:
    text = ("吉林省统计局负责人解读2025年全省经济运行情况\n\n问：工业生产有哪些亮点？\n\n"
            "答：全年规模以上工业增加值增长5.2%。其中，汽车制造业增加值增长9.1%。\n\n"
            "问：今年怎么看？\n\n答：今年全省规模以上工业增加值预期增长6%左右。\n")
    rm = extract(text, language="zh", date="2026-01-22")
    assert [(t.value, t.year) for t in rm.targets] == [(6, 2026)]
    # a title that plans a year too reads 全年 as the year it plans
    text = "某市工信局2025年工作总结和2026年工作计划\n\n二、2026年工作计划\n\n全年举办专题招商活动不少于20场。\n"
    assert [(t.value, t.year) for t in extract(text, language="zh", date="2026-01-08").targets] == [(20, 2026)]


def test_a_plan_periods_end_after_the_number_is_its_year() -> None:
    text = ("Wuxi aims to lift future industries revenue to about 150 billion yuan by 2027 and to build 12 "
            "provincial-level pilot zones by the end of the 15th Five-Year Plan.")
    rm = extract(text, language="en", date="2026-11-10")
    assert [(t.value, t.year) for t in rm.targets] == [(150e9, 2027), (12, 2030)]


def test_a_writers_tally_and_exchange_rate_are_no_goals() -> None:
    text = ("Wuxi aims to lift future industries revenue to about 150 billion yuan by 2027. We count 19 quantified "
            "targets across the five plans. Currency figures are in nominal yuan; 1 US dollar is taken as 7.1 yuan.")
    rm = extract(text, language="en", date="2026-11-10")
    assert [t.value for t in rm.targets] == [150e9]


def test_a_word_that_starts_like_a_funding_word_is_no_measure_context() -> None:
    """'bonded trade value' holds 'bond' but names no bond: the figure is a goal; 'special bonds' are a measure's money."""
    rm = extract("Rizhao will grow logistics. The city aims to lift bonded trade value to 30 billion yuan this year.",
                 date="2026-06-15", language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(3e10, 2026)]
    rm = extract("Rizhao will grow logistics. The city will issue 30 billion yuan of special bonds this year.",
                 date="2026-06-15", language="en")
    assert rm.targets == ()
    rm = extract("Rizhao will grow testing services. Revenue of accredited testing firms in the city is to reach 2 billion "
                 "yuan by 2027.", date="2026-06-15", language="en")  # ('credit' inside 'accredited')
    assert [(t.value, t.year) for t in rm.targets] == [(2e9, 2027)]


def test_the_threshold_a_counted_item_must_pass_is_no_goal() -> None:
    rm = extract("Hefei backs chip design. By 2028 the city aims for at least 40 design houses with annual revenue above "
                 "500 million yuan, and for about 20 foreign-invested projects, each with total investment of more than "
                 "US$50 million.", date="2026-03-05", language="en")
    assert [(t.value, t.unit) for t in rm.targets] == [(40, "count"), (20, "count")]
    # a cluster's or a set's own aggregate stays a goal
    rm = extract("Hefei backs chip design. By 2028 the city will build a chip cluster with output above 300 billion yuan.",
                 date="2026-03-05", language="en")
    assert [(t.value, t.unit) for t in rm.targets] == [(3e11, "CNY")]


def test_a_third_partys_expectation_of_a_place_is_no_goal() -> None:
    for text in ("Zhengzhou backs storage makers. Halcyon expects Henan's storage capacity to reach 30 GW by 2030.",
                 "Zhengzhou backs storage makers. Ridgeway Research expects storage demand to reach 3,000 GWh by 2030."):
        assert extract(text, date="2026-03-05", language="en").targets == (), text
    rm = extract("Zhengzhou backs storage makers. The city expects its storage output to exceed 50 billion yuan by 2027.",
                 date="2026-03-05", language="en")
    assert [t.value for t in rm.targets] == [5e10]


def test_a_share_written_as_a_fraction_is_a_goal_only_in_a_goals_wording() -> None:
    rm = extract("Wuhai plan. Fine chemicals and new materials should make up at least half of the city's industrial "
                 "output by 2027, and private investment shall account for no less than one third of the total.",
                 date="2025-06-01", language="en")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [
        (50.0, "%", ">=", 2027), (33.33, "%", ">=", 2027)]
    rm = extract("Wuhai plan. Coal still accounts for about half of industrial output, and output rose in the first half "
                 "of the year.", date="2025-06-01", language="en")
    assert rm.targets == ()
    # the goal's wording after the fraction, in its clause
    rm = extract("Hunan plan. Officials said at least half of new industrial investment in 2026 should go to strategic "
                 "emerging industries.", date="2026-02-01", language="en")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [(50.0, "%", ">=", 2026)]


def test_half_as_a_chinese_share_after_a_verb_that_reaches_it() -> None:
    rm = extract("株洲市关于加快先进制造业发展的意见。到2028年，轨道交通装备产值占全市工业总产值的比重超过一半，"
                 "新材料产值占比提高到一半左右。", date="2025-06-01", language="zh")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [
        (50.0, "%", ">=", 2028), (50.0, "%", "about", 2028)]
    # a cut or a rate by half is no share
    rm = extract("株洲市关于优化营商环境的措施。今年审批时限压缩一半，第三年租金补贴一半。", date="2025-06-01", language="zh")
    assert rm.targets == ()


def test_a_present_state_in_a_plans_paragraph_is_no_goal() -> None:
    rm = extract("Fujian plan. By 2027 the province will grow new materials. The province has 21 national 'little giant' "
                 "firms in the sector, and a zone in Fuzhou hosts more than 300 material makers.",
                 date="2025-06-01", language="en")
    assert rm.targets == ()
    rm = extract("Wuxi plan. By 2027 the city will have 30 national 'little giant' firms.", date="2025-06-01",
                 language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(30, 2027)]


def test_a_gap_in_percentage_points_or_a_scoring_step_is_no_goal() -> None:
    rm = extract("十堰市政府工作报告解读。今年全市地区生产总值增长6%左右，比去年的预期目标低0.5个百分点。",
                 date="2026-01-20", language="zh")
    assert [(t.value, t.comparator) for t in rm.targets] == [(6.0, "about")]
    rm = extract("考核办法。单项指标完成目标值的得满分，每低于目标值1个百分点扣0.5分。", date="2026-01-20", language="zh")
    assert rm.targets == ()


def test_what_a_city_already_runs_is_no_goal() -> None:
    rm = extract("Computing note. Hefei already operates about 4 EFLOPS and targets around 12 EFLOPS by the end of 2026.",
                 date="2025-09-08", language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(12, 2026)]
