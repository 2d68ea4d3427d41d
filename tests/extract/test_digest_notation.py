"""A policy tracker's or newsletter's terse English: abbreviated scales (600k, CNY 100m, 25m TEU), comparator
symbols (>=, ~, <), "15th FYP", and a past figure in brackets ("(end-2025: 152 GW)"). Sentences written for
these tests; the figures are illustrative."""

from __future__ import annotations

import pytest

from indupath.extract import extract
from indupath.extract.numbers import find_en_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("Target: EV output >450k units this year", 450_000, "count", ">="),
        ("industry scale ~CNY 80bn by 2028", 80e9, "CNY", "about"),
        ("firms w/ revenue over RMB 200m", 200e6, "CNY", ">="),
        ("port throughput ~18m TEU in 2027", 18e6, "count", "about"),
        ("Targets: >=60 pilot factories", 60, "count", ">="),
        ("keep the vacancy rate <8% this year", 8, "%", "<="),
        ("a share of ≥35% by 2027", 35, "%", ">="),
    ],
)
def test_a_digests_abbreviations_and_symbols_are_read(text: str, value: float, unit: str, comparator: str) -> None:
    (q,) = find_en_quantities(text)
    assert (q.value, q.unit, q.comparator) == (pytest.approx(value), unit, comparator)


@pytest.mark.parametrize("text", ["a 120m observation tower", "cut CO2 emissions of plants", "green H2 plants",
                                  "results due in Q3", "the G20 summit", "8K video production"])
def test_metres_and_digits_inside_names_are_no_quantities(text: str) -> None:
    assert find_en_quantities(text) == []


def test_a_digest_entry_gives_its_goals_their_years_and_leaves_its_baselines() -> None:
    text = ("Provincial Policy Digest, week ending 6 March 2026\n\n"
            "JILIN\n"
            "- 4 Mar: Prov. hydrogen plan. Target: green H2 output 300k t/yr by 2028 (end-2025: 40k t/yr); "
            "electrolyser capacity >=2 GW by 2028. Mine automation rate to reach 85% by end of 15th FYP.\n")
    rm = extract(text, language="en")
    got = sorted((t.value, t.year) for t in rm.targets)
    assert got == [(85, 2030), (300_000, 2028), (2_000_000, 2028)]
    assert all(t.region == "Jilin Province" for t in rm.targets)


def test_a_surveys_shares_and_a_writers_proposal_or_belief_are_no_goals() -> None:
    text = ("Danish Business Forum in East China\nPosition Paper 2026: Zhejiang\n\n"
            "In our annual survey, 64% said they were profitable in Zhejiang and 41% plan to expand next year. "
            "We would propose 30% as the share for pilot procurement. If these ideas are adopted, we believe Danish "
            "investment in the province could reach 20 billion yuan by 2030. The province aims to raise the output "
            "of its digital economy to more than 1.5 trillion yuan by 2027.\n")
    rm = extract(text, language="en", date="2026-05-04")
    assert [(t.value, t.year) for t in rm.targets] == [(1.5e12, 2027)]


def test_an_amount_restated_after_a_comma_in_another_currency_is_a_conversion() -> None:
    text = ("By 2027, Shanxi aims to lift the output of its strategic emerging industries to more than 900 billion "
            "yuan, about 125 billion dollars. A 10 billion yuan provincial fund co-invests with foreign partners.")
    rm = extract(text, language="en", date="2026-03-27")
    assert [(t.value, t.unit) for t in rm.targets] == [(900e9, "CNY")]
    assert [m.kind for m in rm.measures] == ["fund"]


def test_a_baseline_in_square_brackets_is_no_goal() -> None:
    text = ("JILIN\n- 4 Mar: Prov. plan. Target: green H2 output 300k t/yr by 2028 [end-2025: 40k t/yr]; "
            "electrolyser capacity >=2 GW by 2028.\n")
    rm = extract(text, language="en", date="2026-03-06")
    assert sorted((t.value, t.year) for t in rm.targets) == [(300_000, 2028), (2_000_000, 2028)]
    # the goal before a bracketed baseline keeps its year, round brackets or square
    text = "JILIN\n- 4 Mar: Target: >=500 hydrogen buses by 2028 (end-2025: 120 hydrogen buses).\n"
    assert [(t.value, t.year) for t in extract(text, language="en", date="2026-03-06").targets] == [(500, 2028)]


def test_a_single_projects_own_figures_are_no_regions_goals() -> None:
    text = ("Yibin\n\nThe project involves total investment of 6 billion yuan. Phase II will lift total capacity to "
            "200,000 tonnes a year by 2028. At full capacity, the plant will employ 1,500 people. Cuiping District, "
            "where the project will be located, has set a goal of signing 12 more battery projects this year.\n")
    rm = extract(text, language="en", date="2026-03-27")
    assert [(t.value, t.year) for t in rm.targets] == [(12, 2026)]
