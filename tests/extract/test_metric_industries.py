"""Industries named only by a target's metric become priorities of the target's region.

Sentences written for these tests (illustrative figures)."""

from __future__ import annotations

import pytest

from indupath.extract import extract
from indupath.extract.metric_industries import metric_industry


@pytest.mark.parametrize(
    ("metric", "language", "expected"),
    [
        ("明年集成电路产业营业收入", "zh", "集成电路"),
        ("到2028年全市生物医药产业规模", "zh", "生物医药"),
        ("工业机器人产量", "zh", "工业机器人"),
        ("全市生物医药产业明年营收", "zh", "生物医药"),  # a time word between the industry and its size word
        ("全市集成电路产业集群营业收入", "zh", "集成电路"),
        ("轨道交通装备产业规模要迈上", "zh", "轨道交通装备"),  # 要迈上…台阶
        ("今年新能源汽车产业产值目标定在", "zh", "新能源汽车"),
        ("集成电路产业营业收入年内", "zh", "集成电路"),
        ("aims to raise the revenue of its biomedicine industry", "en", "biomedicine industry"),
        ("plans to lift the output of the low-altitude economy", "en", "low-altitude economy"),
        ("expects its new-energy vehicle output", "en", "new-energy vehicle"),
    ],
)
def test_metric_names_an_industry(metric: str, language: str, expected: str) -> None:
    assert metric_industry(metric, language) == expected


@pytest.mark.parametrize(
    ("metric", "language"),
    [
        ("战略性新兴产业产值", "zh"),  # a tier label: an aggregate, not a choice of industry
        ("规模以上工业总产值", "zh"),
        ("地区生产总值", "zh"),
        ("the combined revenue of its future industries", "en"),
        ("the output of the manufacturing sector", "en"),  # generic
        ("GDP growth", "en"),
        ("when its output topped", "en"),
    ],
)
def test_aggregates_and_plain_metrics_name_none(metric: str, language: str) -> None:
    assert metric_industry(metric, language) is None


def _priorities(text: str) -> set[tuple[str | None, str]]:
    rm = extract(text, date="2026-02-01")
    return {(p.region_code, p.industry) for p in rm.priorities}


def test_zh_target_on_one_industry_declares_it() -> None:
    text = "无锡市今年要稳住外贸基本盘。到2027年，无锡集成电路产业营业收入突破3000亿元。"
    got = _priorities(text)
    assert ("320200", "集成电路") in got


def test_en_target_on_one_industry_declares_it() -> None:
    text = ("Hefei has been told to keep its budget tight. The city aims to lift the output of its "
            "low-altitude economy to 60 billion yuan by 2028.")
    got = _priorities(text)
    assert ("340100", "low-altitude economy") in got


def test_metric_summing_the_sentences_own_list_adds_nothing() -> None:
    # the list's items are the priorities; "新材料产业" here is their sum
    text = "柳州市将发展铝合金、电子铜箔、稀土功能材料等新材料产业，到2027年新材料产业营收突破800亿元。"
    got = _priorities(text)
    assert not any(ind.startswith("新材料") for _, ind in got)
    assert ("450200", "电子铜箔") in got


def test_past_output_is_not_a_priority() -> None:
    text = "2024年，成都市生物医药产业规模达到1800亿元，同比增长9%。"
    assert _priorities(text) == set()


def test_industry_after_the_amount() -> None:
    text = "Nanjing is targeting more than 80 billion yuan in software revenue by 2027."
    assert ("320100", "software") in _priorities(text)


def test_industry_growth_metric() -> None:
    text = "Wuhan plans to keep its optoelectronics industry growing at around 15 percent a year through 2027."
    assert ("420100", "optoelectronics industry") in _priorities(text)


def test_amount_in_a_generic_metric_names_nothing() -> None:
    assert _priorities("Nanjing is targeting more than 80 billion yuan in total revenue by 2027.") == set()


def test_the_size_word_gate_and_the_regexes_agree() -> None:
    # the cheap substring gate and the regexes are built from the same word lists: every ending the gate
    # lets through is one the regex can end on, and every size word of "<size> of" is in the gate
    from indupath.extract import metric_industries as mi

    for ending in mi._EN_SIZE_ENDINGS:
        assert mi._EN_SIZE_END.search(f"lithium battery {ending}"), ending
    for word in mi._EN_OF_SIZES:
        assert mi._EN_OF.search(f"lift the {word} of its robotics industry"), word
