"""A sentence that sets up a fund and then states a target: the fund's amount is a measure,
the target after a target cue is a target. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, date: str = "2025-03-01") -> list[tuple[float, str, str, int | None]]:
    return [(t.value, t.unit, t.comparator, t.year) for t in extract(text, date=date).targets]


def test_zh_fund_then_target() -> None:
    text = "南通市设立80亿元海工装备产业基金，力争到2027年海工装备产业产值突破2000亿元。"
    assert _targets(text) == [(2e11, "CNY", ">=", 2027)]


def test_en_fund_then_target() -> None:
    text = ("Yantai set up an 8-billion-yuan ($1.1 billion) hydrogen fund on Friday and said it aims to lift "
            "the output of its hydrogen industry to 100 billion yuan by 2028, up from 40 billion yuan last year.")
    assert _targets(text) == [(1e11, "CNY", "=", 2028)]


def test_fund_terms_stay_measures() -> None:
    assert _targets("设立低空经济投资基金，首期规模20亿元，重点投向整机制造。") == []
    assert _targets("Hefei will set up a fund with total capital of 30 billion yuan, of which the city "
                    "contributes 6 billion yuan.") == []


def test_fund_measure_is_still_extracted() -> None:
    rm = extract("南通市设立80亿元海工装备产业基金，力争到2027年海工装备产业产值突破2000亿元。", date="2025-03-01")
    assert [(m.kind, m.amount) for m in rm.measures if m.kind == "fund"] == [("fund", 8e9)]


def test_a_share_aimed_at_before_a_fund_in_a_later_clause_is_a_target() -> None:
    rm = extract("Hunan briefing. The province aims to raise R&D spending to at least 2.6 percent of GDP next year, and "
                 "will channel money through a 20 billion yuan provincial fund of funds.", language="en",
                 date="2026-01-20")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [(2.6, "%", ">=", 2027)]
    assert [m.kind for m in rm.measures] == ["fund"]
