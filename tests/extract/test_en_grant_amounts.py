"""A grant an English text states in the present with its amount, share or cap ("a rebate of 12% on equipment
investment", "receive 150 yuan per container", "can have 25% of the cost reimbursed", "capped at RMB 4 million per
firm") is a standing provision, so a measure; its amounts, and the thresholds of who may claim it ("only carriers
with at least 15 aircraft qualify"), are no targets. Sentences written for these tests; places real, figures
illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _facts(text: str) -> tuple[list[tuple[str | None, str]], list[float]]:
    r = extract(text, language="en", date="2026-04-10")
    return [(m.region_code, m.kind) for m in r.measures], [t.value for t in r.targets]


def test_a_grant_with_its_share_or_amount_is_a_measure_in_the_present() -> None:
    assert _facts("Zhangzhou (Fujian) logistics notice. Shipping lines that open a new route to Southeast Asia "
                  "receive 150 yuan per container, capped at 4 million yuan per company per year.") == (
        [("350600", "subsidy")], [])
    assert _facts("Zhangzhou (Fujian) logistics notice. Buyers of electric forklifts receive 25 percent of the "
                  "purchase price, capped at 60,000 yuan per vehicle.") == ([("350600", "subsidy")], [])
    assert _facts("Zhangzhou (Fujian) factory notice. Mills that automate their packing lines can have 25% of the "
                  "cost reimbursed, up to RMB 2 million.")[0] == [("350600", "subsidy")]
    assert _facts("Zhangzhou (Fujian) factory notice. The city gives component makers a rebate of 12% on equipment "
                  "investment.")[0] == [("350600", "subsidy")]
    assert _facts("Zhangzhou (Fujian) talent notice. Chip designers recruited from other provinces can claim "
                  "housing allowances of up to 800,000 yuan.") == ([("350600", "subsidy")], [])


def test_the_past_and_a_description_stay_no_measure() -> None:
    # what the city paid last year is a record
    assert _facts("Zhangzhou (Fujian) review. Last year shipping lines received 150 yuan per container from "
                  "the city.")[0] == []
    # a share a firm earns is no grant
    assert _facts("Zhangzhou (Fujian) profile. The port earns 25 percent of its revenue from fruit.")[0] == []


def test_who_may_claim_a_grant_is_no_target() -> None:
    _, targets = _facts("Zhangzhou (Fujian) aviation notice. The city offers 200,000 yuan per new cargo route; only "
                        "carriers with at least 15 registered aircraft qualify.")
    assert 15.0 not in targets
    _, targets = _facts("Zhangzhou (Fujian) hydrogen notice. Refuelling stations with a daily capacity of at least "
                        "800 kilograms shall receive a subsidy of 20 percent of equipment investment.")
    assert 800.0 not in targets and 20.0 not in targets
    # a goal stays a goal
    _, targets = _facts("Zhangzhou (Fujian) hydrogen plan. By 2028 the city will build at least 30 refuelling "
                        "stations.")
    assert targets == [30.0]


def test_support_with_an_amount_is_no_target() -> None:
    _, targets = _facts("Zhangzhou (Fujian) pilot zone plan. The city will support each approved pilot zone with up "
                        "to 80 million yuan.")
    assert targets == []


def test_a_funds_shares_fees_and_attendance_are_no_targets() -> None:
    text = ("Yulin launches fund\n\nYULIN, May 6, 2026 - The city today launched a 4 billion yuan industrial fund at a "
            "ceremony attended by more than 300 representatives of investors and enterprises. About 65% of the capital "
            "will go to early-stage companies, and no single investment may exceed 15 percent of the fund's size. The "
            "fund charges a management fee of 1.2% a year. Buyers of locally made drones are covered by an insurance "
            "scheme, with the city paying 75% of premiums. By 2028 the city aims to attract more than 40 drone firms.")
    assert [t.value for t in extract(text, language="en").targets] == [40.0]


def test_results_of_the_year_so_far_after_an_answer_mark() -> None:
    text = ("Yulin investment Q&A\n\nQ: How is foreign investment doing?\n\nA: In the first three quarters of this "
            "year, actual use of foreign capital reached USD 620 million, up 9 percent.")
    assert extract(text, language="en", date="2026-11-03").targets == ()


def test_a_goal_and_the_figure_it_aims_at_is_no_measure() -> None:
    text = ("Yulin briefing. The city aims to attract no less than USD 1.5 billion of foreign investment this year. "
            "Yulin aims to have at least 8 national-level manufacturing clusters by 2028.")
    assert extract(text, language="en", date="2026-03-02").measures == ()
    # a measure joined to the goal stays a measure
    text = ("Yulin briefing. The city aims to lift the output of its coal chemicals cluster to 150 billion yuan by 2028 "
            "and will set up a pilot testing base for coal-based materials.")
    assert [m.kind for m in extract(text, language="en", date="2026-03-02").measures] != []
    text = "Yulin briefing. The city is building a methanol park and targets output of around 30 billion yuan from it."
    assert [m.kind for m in extract(text, language="en", date="2026-03-02").measures] != []


def test_the_level_a_goal_starts_from_is_no_target() -> None:
    text = ("Yulin plan. The share of new materials in industrial output is set to reach 40 percent in 2028, up from an "
            "estimated 31 percent this year. It also aims for at least 25 listed firms, versus 14 today.")
    assert sorted(t.value for t in extract(text, language="en", date="2026-03-02").targets) == [25.0, 40.0]


def test_survey_shares_thresholds_and_the_state_plan_are_no_goals() -> None:
    text = ("Yulin chamber briefing. 58 percent of respondents to our spring survey said they plan to expand. Projects "
            "must clear the USD 20 million threshold to qualify for the reward.")
    assert extract(text, language="en", date="2026-03-02").targets == ()
    text = ("Yulin investment Q&A\n\nA: In the first three quarters of this year, actual use of foreign capital reached "
            "USD 500 million, up 6 percent, ranking second among the cities named in the state plan.")
    assert extract(text, language="en", date="2026-11-03").targets == ()
    # crossing a threshold is a goal
    text = "Yulin plan. By 2028 the city's coal chemicals output will cross the 150 billion yuan threshold."
    assert [t.value for t in extract(text, language="en", date="2026-03-02").targets] == [1.5e11]
    text = "榆林市工作会议。煤化工产业集群明年产值要跨过千亿元门槛。"
    assert [t.value for t in extract(text, language="zh", date="2026-03-02").targets] == [1e11]


def test_a_goal_named_again_is_no_new_goal() -> None:
    text = ("Yulin chamber note. We see the 200 billion yuan headline as ambitious. The \"at least US$2 billion\" FDI "
            "goal is a municipal aspiration. Observers will watch whether the 1-trillion-yuan output target for 2030 "
            "is realistic.")
    assert extract(text, language="en", date="2026-03-02").targets == ()


def test_a_modal_provision_with_a_participle_stays_a_measure() -> None:
    text = "Yulin notice. Factories that buy locally made drones can claim a subsidy of 10 percent of the price."
    assert [m.kind for m in extract(text, language="en", date="2026-03-02").measures] == ["subsidy"]
    text = "Shaanxi notice. Shaanxi Province grants provincial manufacturing champions a reward of 2 million yuan."
    assert [(m.region_code, m.kind) for m in extract(text, language="en", date="2026-03-02").measures] == [
        ("610000", "subsidy")]
    # what a grant paid last year stays a record
    text = "Yulin review. Last year factories that bought locally made drones claimed subsidies of 40 million yuan."
    assert extract(text, language="en", date="2026-03-02").measures == ()


def test_a_pool_after_a_fund_is_a_measure_of_its_own() -> None:
    text = ("Yulin press release. - Set up a 1 billion yuan municipal fund for new materials and a pool of 200 million "
            "yuan to guarantee loans to small firms;")
    assert len(extract(text, language="en", date="2026-01-12").measures) == 2


def test_attendance_and_what_there_is_now_are_no_goals() -> None:
    text = ("YULIN, Jan. 14 -- The city will aim for economic growth of around 5.5 percent this year, the mayor said "
            "at the opening of the congress. About 480 deputies are attending.")
    assert [t.value for t in extract(text, language="en", date="2026-01-14").targets] == [5.5]
    text = ("Q: This year the county aims to grow industrial investment by 15 percent. Is that realistic?\n"
            "A: That is ambitious, but we have 36 projects under construction right now.")
    assert [t.value for t in extract(text, language="en", date="2026-04-16").targets] == [15.0]


def test_a_goal_restated_in_another_unit_is_one_goal() -> None:
    text = "Yulin plan. Installed storage capacity will exceed 6 GW, or about 14 GWh, by 2027."
    assert len(extract(text, language="en", date="2026-02-13").targets) == 1


def test_a_fund_and_its_apposition_are_one_measure() -> None:
    text = ("Yulin fund release. The municipal government today launched the Yuxi Industrial Fund, a government-guided "
            "fund with a target size of 3 billion yuan.")
    assert len(extract(text, language="en", date="2026-08-26").measures) == 1


def test_a_bracketed_baseline_does_not_make_a_goal_past() -> None:
    text = ("Embassy brief on Yulin, January 2026\n\nThe city's goals for 2026:\n"
            "- GDP growth of around 6% (2025 outcome: 5.6%, ranking the city 4th in the province).\n")
    r = extract(text, language="en", date="2026-01-20")
    assert [(t.value, t.year) for t in r.targets] == [(6.0, 2026)]
