"""English measures with verbs and kinds the rules missed, and standing grants in the present tense.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _kinds(text: str) -> list[str]:
    return [m.kind for m in extract(text, date="2025-03-01", language="en").measures]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Binhu district will host a quantum computing pilot base.", "platform"),
        ("Nansha will reserve 3,000 mu of industrial land for chip projects.", "land"),
        ("The zone will give newly settled design firms rent-free office space for two years.", "subsidy"),
        ("For each new national-level innovation center we give a one-off reward of 2 million yuan.", "subsidy"),
        # a plan's verb with its article, a valley, an exchange and a testing line as what is set up
        ("Foshan plans a new robotics innovation park in Shunde.", "platform"),
        ("Wujin District will build a storage valley for battery makers.", "platform"),
        ("The city will establish the Lingang Data Exchange this year.", "platform"),
        ("The institute will open a pilot-scale testing line for perovskite cells.", "platform"),
    ],
)
def test_measure_found(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_given_that_is_no_action() -> None:
    assert _kinds("Output will rise, especially given that the storage project opens by the end of this year.") == []


def test_past_grant_is_narration() -> None:
    assert _kinds("Last year we gave 300 firms rewards for new equipment.") == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Top teams that relocate to Hefei can receive up to 50 million yuan in combined support.", ["subsidy"]),
        ("Engineers hired by leading firms will get annual allowances of up to 100,000 yuan.", ["subsidy"]),
        ("Industrial land can be leased for 20 years with an option to buy.", ["land"]),
    ],
)
def test_standing_support_in_modal_and_passive_form(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", ["The city plans to open more than 100 drone delivery routes by 2027.",
                                  "The work plan itself runs to 30 articles."])
def test_open_and_run_are_no_actions(text: str) -> None:
    assert _kinds(text) == []


def test_the_fund_named_before_is_described_not_set_up_again() -> None:
    text = ("Wuxi launched a 3 billion yuan integrated circuit fund on Monday. The fund is the biggest in the city's "
            "history. About 70 percent of the fund will go to chip design. Changjiang Capital will put up a quarter "
            "of the fund's capital. Start-ups backed by the fund can apply for rent subsidies of up to 40 percent.")
    kinds = [(m.kind, m.text[:20]) for m in extract(text, date="2025-03-01", language="en").measures]
    assert kinds == [("fund", "Wuxi launched a 3 bi"), ("subsidy", "Start-ups backed by ")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nantong has a new plan. Haimen District is preparing a 2,000-mu park for offshore wind equipment.", "platform"),
        ("Nantong has a new plan. Next spring we will hold investment roadshows in Seoul and Osaka.", "opening"),
        ("Nantong has a new plan. We are piloting a system where a plant can start building the day it gets its permit.",
         "reform"),
        ("Nantong has a new plan. Our Seaside Talent Program gives returning scientists research funding of up to "
         "3 million yuan.", "fund"),
    ],
)
def test_preparing_roadshows_a_new_system_and_programme_funding(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Nantong has a new plan. Prepared by the research desk of an advisory firm.",
        "Nantong has a new plan. Today the city government is holding a press conference on it.",
        "Nantong has a new plan. The province intends to hold manufacturing at about 35% of GDP.",
    ],
)
def test_a_byline_and_other_holds_are_no_measures(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Measures of Bengbu to support silicon-based materials. Article 4 (Research) Support key technology projects in "
         "thin glass and silicon carbide at 20% of eligible R&D spending.", "projects"),
        ("Measures of Bengbu to support silicon-based materials. Article 7 (Scenarios) Open application scenarios in "
         "photovoltaic buildings and smart displays.", "program"),
    ],
)
def test_an_article_that_states_its_provision_as_an_instruction(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_a_grant_named_by_its_verb_is_no_target() -> None:
    rm = extract("Hefei will back chip firms this year. Top-level teams that relocate to Hefei can receive up to "
                 "50 million yuan.", date="2024-03-09", language="en")
    assert rm.targets == ()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a launch reported in the past: the labelled sets count the fund it names as a measure all the same
        ("Jiaxing backs robotics makers. Last October the city launched a 20 billion yuan robotics industry fund.", 2e10),
        # a fund described in the present, with no verb of planning
        ("Lishui backs its farms. The county's 800 million yuan agricultural guidance fund now backs eleven processors.",
         8e8),
        ("Taizhou backs drug makers. Its RMB 3bn biomedicine sub-fund, approved in May, takes minority stakes.", 3e9),
    ],
)
def test_a_fund_named_with_its_size_is_a_measure_whatever_the_tense(text: str, amount: float) -> None:
    ms = extract(text, date="2025-03-01", language="en").measures
    assert [(m.kind, m.amount) for m in ms] == [("fund", amount)]


def test_a_past_sentence_read_for_its_fund_gives_nothing_else() -> None:
    """Narration around the fund (a testing centre opened last year, money spent on roads) stays no measure."""
    ms = extract("Jiaxing backs robotics makers. Last year the city opened a robot testing centre and launched a "
                 "5 billion yuan chip fund. It also invested 3 billion yuan in roads.", date="2025-03-01",
                 language="en").measures
    assert [(m.kind, m.text) for m in ms] == [("fund", "launched a 5 billion yuan chip fund")]


def test_bullets_under_an_incentives_heading_are_measures_without_their_titles() -> None:
    text = ("Investor Guide: Qianwan Bonded Park, Ningbo\n\nIncentives offered by the park\n"
            "- Warehouse rent is waived for the first two years for tenants that sign five-year leases.\n"
            "- Talent: engineers recruited from outside the city get free apartments for three years.\n\n"
            "Our history\n- The park opened in 2012.\n")
    ms = extract(text, date="2026-06-15", language="en").measures
    assert [m.kind for m in ms] == ["subsidy", "talent"]
    assert ms[1].text.startswith("engineers recruited")


def test_a_goal_joined_after_a_measure_does_not_swallow_it() -> None:
    """'… will build a drone park and aims to host 200 firms': the park is a measure, the counted goal a target."""
    rm = extract("Shenzhen backs drones. Bao'an District will develop a drone industrial park and expects to host more "
                 "than 200 low-altitude enterprises by 2026.", date="2025-03-01", language="en")
    assert [(m.kind, m.text) for m in rm.measures] == [("platform", "Bao'an District will develop a drone industrial park")]
    assert [(t.value, t.year) for t in rm.targets] == [(200, 2026)]


def test_a_second_pledge_after_and_to_is_a_measure_of_its_own() -> None:
    ms = extract("Zhejiang plan. The meeting pledged to deepen reform of state-owned enterprises and to widen opening-up "
                 "through the China (Zhejiang) Pilot Free Trade Zone.", date="2025-03-01", language="en").measures
    assert [(m.kind, m.text[:12]) for m in ms] == [("reform", "The meeting "), ("opening", "to widen ope")]
    ms = extract("Hangzhou plan. The plan keeps the city's focus on the digital economy but widens it to machinery.",
                 date="2025-03-01", language="en").measures
    assert ms == ()


def test_a_second_grant_joined_by_and_and_a_grant_handed_out_now() -> None:
    ms = extract("Anhui plan. Support measures include a 10-billion-yuan provincial chip fund and a subsidy covering up to "
                 "30% of first tape-out costs.", date="2025-03-01", language="en").measures
    assert [m.kind for m in ms] == ["fund", "subsidy"]
    ms = extract("Hefei plan. Hefei hands out computing vouchers worth up to 40 percent of a start-up's cloud bill.",
                 date="2025-03-01", language="en").measures
    assert [m.kind for m in ms] == ["subsidy"]


def test_work_under_way_in_the_present_is_a_measure() -> None:
    for text, kind in (("Jingdezhen report. A porcelain design and testing platform is being built in the city's "
                        "ceramics park.", "platform"),
                       ("Jinhua report. The city is expanding the Jinyi New Materials Industrial Park by 3,000 mu.",
                        "platform")):
        rm = extract(text, language="en", date="2026-05-01")
        assert [m.kind for m in rm.measures] == [kind], text
