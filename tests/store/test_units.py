"""Unit normalisation against hand-computed factors (万 = 1e4, 亿 = 1e8, 1 亩 = 1/15 ha)."""

from __future__ import annotations

import pytest

from indupath.errors import InputError
from indupath.store.units import is_known_unit, normalize_unit
from indupath.store.validate import must_be_non_negative


@pytest.mark.parametrize(
    ("value", "unit", "expected", "base"),
    [
        (3.5, "亿元", 350_000_000.0, "CNY"),
        (12, "万元", 120_000.0, "CNY"),
        (1, "万亿元", 1e12, "CNY"),
        (1000, "亿元", 1e11, "CNY"),  # DESIGN.md: 1000亿元 -> 1e11 CNY
        (250, "千元", 250_000.0, "CNY"),
        (7, "元", 7.0, "CNY"),
        (2, "10k yuan", 20_000.0, "CNY"),
        (100, "billion yuan", 1e11, "CNY"),
        (4, "thousands of dollars", 4_000.0, "USD"),
        (4, "Thousand Dollars", 4_000.0, "USD"),
        (1.5, "million dollars", 1_500_000.0, "USD"),
        (2, "billion dollars", 2e9, "USD"),
        (3, "亿美元", 3e8, "USD"),
        (20, "%", 20.0, "%"),
        (20, "％", 20.0, "%"),
        (5, "‰", 0.5, "%"),
        (3, "万人", 30_000.0, "persons"),
        (52, "人", 52.0, "persons"),
        (8, "个", 8.0, "count"),
        (1052, "家", 1052.0, "enterprises"),
        (30, "万亩", 20_000.0, "ha"),
        (15, "亩", 1.0, "ha"),
        (2, "平方公里", 200.0, "ha"),
        (4, "万千瓦", 40_000.0, "kW"),
        (1, "GW", 1e6, "kW"),
        (9, "人年", 9.0, "person-years"),
        (6, "万吨", 60_000.0, "tonnes"),
        (-2.5, "万元", -25_000.0, "CNY"),
        (7, " 亿元 ", 7e8, "CNY"),
        (7, "（亿元）", 7e8, "CNY"),
    ],
)
def test_normalize_unit(value: float, unit: str, expected: float, base: str) -> None:
    got, got_base = normalize_unit(value, unit)
    assert got_base == base
    assert got == pytest.approx(expected, rel=1e-15)


def test_base_units_are_identity() -> None:
    for base in (
        "CNY",
        "USD",
        "%",
        "count",
        "persons",
        "enterprises",
        "ha",
        "kW",
        "tonnes",
        "index",
        "years",
    ):
        assert normalize_unit(1.25, base) == (1.25, base)


@pytest.mark.parametrize("unit", ["百万欧元", "furlongs", "", "亿", "万"])
def test_unknown_unit_is_an_input_error(unit: str) -> None:
    assert not is_known_unit(unit)
    with pytest.raises(InputError) as info:
        normalize_unit(1.0, unit)
    assert info.value.value == unit


def test_non_finite_value_is_refused() -> None:
    with pytest.raises(InputError):
        normalize_unit(float("nan"), "万元")


@pytest.mark.parametrize(
    ("metric", "unit", "expected"),
    [
        ("employment", "persons", True),
        ("从业人员", "persons", True),
        ("企业数", "count", True),
        ("revenue", "CNY", True),
        ("主营业务收入", "CNY", True),
        ("exports", "USD", True),
        ("value_added", "CNY", False),
        ("利润总额", "CNY", False),
        ("revenue growth", "%", False),
        ("营业收入增速", "%", False),
        ("net exports", "USD", False),
        ("employment change", "persons", False),
        ("internet users", "persons", True),
        ("foreign exchange earnings", "USD", False),
        ("exchange-listed firms", "enterprises", True),
    ],
)
def test_non_negative_rule(metric: str, unit: str, expected: bool) -> None:
    assert must_be_non_negative(metric, unit) is expected
