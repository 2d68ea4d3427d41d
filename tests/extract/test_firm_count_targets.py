"""How many firms a plan will grow (培育领军企业20家以上) is a target, not a policy measure; support
given to selected firms is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in extract(text, date="2025-03-01", language="zh").measures]


@pytest.mark.parametrize(
    "text",
    ["到2027年，泉州市培育智能装备领军企业15家以上。", "泉州市将培育整机企业2至4家。",
     "到2027年累计推动800家规上工业企业实施数字化改造。"],
)
def test_firm_count_is_not_a_measure(text: str) -> None:
    assert [k for k, _ in _measures(text) if k == "enterprise"] == []


def test_support_to_selected_firms_is_a_measure() -> None:
    got = _measures("泉州市每年遴选50家高成长企业给予重点扶持。")
    assert got and got[0][0] in ("enterprise", "program", "subsidy")


def test_the_count_is_still_a_target() -> None:
    rm = extract("到2027年，泉州市培育智能装备领军企业15家以上。", date="2025-03-01")
    assert [(t.value, t.unit, t.comparator, t.year) for t in rm.targets] == [(15.0, "count", ">=", 2027)]
