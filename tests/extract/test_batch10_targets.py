"""Target constructions met in batch 10's errors, tested with texts written for these tests (figures
illustrative): an amount before a sentence's fund, outsiders' forecasts across clauses, serial numbers,
the parts of a plan, a finished plan period's results, and "…, and the province aims …"."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, language: str, date: str = "2026-03-01") -> list[tuple[str | None, float, int | None]]:
    rm = extract(text, date=date, language=language)
    return [(t.region, t.value, t.year) for t in rm.targets]


def test_a_target_amount_before_the_sentences_fund() -> None:
    text = ("Yunnan plans to lift the output of its tea industry to more than 150 billion yuan by 2027, "
            "backed by a 3-billion-yuan tea industry fund.")
    assert _targets(text, "en") == [("Yunnan Province", 1.5e11, 2027)]


def test_the_funds_own_amount_stays_a_measure_amount() -> None:
    assert _targets("Yunnan will set up a tea industry fund of 3 billion yuan.", "en") == []


def test_a_brokerage_forecast_is_not_a_target() -> None:
    text = ("Anhui aims to lift display-panel revenue to 300 billion yuan by 2027. A Hefei-based brokerage expects "
            "Anhui's panel revenue to reach only 250 billion yuan by 2027.")
    assert [v for _, v, _ in _targets(text, "en")] == [3e11]


def test_a_research_institute_forecast_across_a_comma_zh() -> None:
    text = "安徽省：到2027年低空经济规模突破800亿元。有研究机构预测，到2030年全国低空经济规模有望达到2万亿元。"
    assert [v for _, v, _ in _targets(text, "zh")] == [8e10]


def test_a_serial_number_is_not_a_target() -> None:
    text = "Shaanxi released Policy Brief No. 27 and aims to add 40 new industrial platforms by 2027."
    assert [v for _, v, _ in _targets(text, "en")] == [40]


def test_the_parts_of_a_plan_are_not_targets() -> None:
    text = ("Shaanxi's plan is organised into six clusters and covers 14 chains. Shaanxi aims to add 40 new "
            "industrial platforms by 2027.")
    assert [v for _, v, _ in _targets(text, "en")] == [40]


def test_a_finished_plan_periods_results_are_not_targets() -> None:
    text = "“十四五”时期，全市电子信息产业规模迈过5000亿元。到2030年，全市电子信息产业规模突破8000亿元。"
    assert [v for _, v, _ in _targets(text, "zh", date="2025-12-20")] == [8e11]


def test_a_plan_periods_goals_written_during_it_are_targets() -> None:
    text = "“十四五”期间，全市电子信息产业规模要突破5000亿元。"
    assert [v for _, v, _ in _targets(text, "zh", date="2022-01-10")] == [5e11]


def test_and_the_province_aims_names_the_province_just_named() -> None:
    text = ("Hainan opened a seed hub. Sanya's new deep-sea city will host a testing ground, and the province "
            "aims for its marine economy to account for around 35 percent of GDP by 2030.")
    assert _targets(text, "en") == [("Hainan Province", 35.0, 2030)]
