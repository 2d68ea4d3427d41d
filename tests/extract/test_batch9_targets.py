"""Target constructions met in batch 9's errors, tested with sentences written for these tests (figures
illustrative): a trillion with no numeral (迈上万亿元台阶), an outsider's forecast, an exchange rate, "the
city" for a county-level city, and a region named in the possessive right before its figure."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, language: str, date: str = "2026-03-01") -> list[tuple[str | None, float, str, int | None]]:
    rm = extract(text, date=date, language=language)
    return [(t.region, t.value, t.unit, t.year) for t in rm.targets]


def test_a_trillion_written_without_a_numeral() -> None:
    rows = _targets("西安市：力争到2030年，全市电子信息产业规模迈上万亿元台阶。", "zh")
    assert rows == [("西安市", 1e12, "CNY", 2030)]


def test_hundreds_of_billions_still_read_with_their_numeral() -> None:
    rows = _targets("合肥市：到2027年，新能源汽车产业产值突破五千亿元，力争迈上万亿元台阶。", "zh")
    assert [(v, y) for _, v, _, y in rows] == [(5e11, 2027), (1e12, 2027)]


def test_a_bank_economist_forecast_is_not_a_target() -> None:
    text = ("Hunan set a growth target of about 5.5 percent for this year. An economist at a Shanghai-based "
            "brokerage said in a note that Hunan's growth could come in at 5.1 percent.")
    assert [v for _, v, _, _ in _targets(text, "en")] == [5.5]


def test_an_exchange_rate_is_not_a_target() -> None:
    text = "Gansu aims to raise wind power output to 90 billion yuan by 2027.\n($1 = 7.25 yuan)"
    assert [v for _, v, _, _ in _targets(text, "en")] == [9e10]


def test_the_city_is_a_county_level_city_just_named() -> None:
    text = ("Cixi, a county-level city under Ningbo, makes home appliances. Cixi wants appliance exports to exceed "
            "50 billion yuan next year. The city also aims to add 30 smart factories by 2027.")
    rows = _targets(text, "en")
    assert {r for r, _, _, _ in rows} == {"Cixi"}, rows


def test_a_possessive_region_owns_its_figure() -> None:
    text = ("Jiangsu's report was upbeat. Nanjing will host a new chip fund. The report said Suzhou's output of "
            "biomedicine should reach 300 billion yuan this year.")
    rows = _targets(text, "en")
    assert rows == [("Suzhou", 3e11, "CNY", 2026)]
