"""English list items that are no industries (a ministry's name running into "said on Monday", a trade in goods),
and "and the X industry" closing a list with one more item. Sentences written for these tests; places real."""

from __future__ import annotations

from indupath.extract import extract


def _items(text: str) -> list[str]:
    return [p.industry for p in extract("Yunnan plan.\n" + text, language="en", date="2026-04-12").priorities]


def test_a_body_that_said_something_is_no_industry() -> None:
    text = ("Yunnan has issued a plan to expand its strategic emerging industries by 2028, the provincial "
            "department of industry and information technology said on Monday.")
    assert _items(text) == []


def test_a_trade_in_goods_is_no_industry() -> None:
    assert _items("Yunnan will deepen ties with Laos, with a focus on exporting electrical and mining equipment.") == []


def test_and_the_industry_closes_a_list_with_one_more_item() -> None:
    text = ("Yunnan will focus on four emerging industries -- green aluminium, silicon photovoltaics, biomedicine "
            "and the plateau characteristic agriculture industry.")
    assert "plateau characteristic agriculture" in _items(text)
    text = "Yunnan will develop biomedicine, new materials, and the province will build more parks."
    assert _items(text) == ["biomedicine", "new materials"]


def test_an_innovation_cluster_names_its_industry() -> None:
    assert _items("Yunnan will build the 6G innovation industry cluster and a test lab.") == ["6G"]
