"""Land supplied in mu is a land measure even without another policy verb; a price rule or a floor-space figure
is not made one by it. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract.measures import measure_spans


def _kinds(clause: str) -> list[tuple[str, str]]:
    return [(clause[a:b], kind) for a, b, kind in measure_spans(clause, 0, len(clause), "zh")]


def test_land_supplied_in_mu_is_a_land_measure() -> None:
    assert _kinds("全年供应工业用地2500亩以上") == [("全年供应工业用地2500亩以上", "land")]
    assert _kinds("新增工业用地不低于2万亩") == [("新增工业用地不低于2万亩", "land")]
    assert _kinds("每年盘活低效用地不少于1200亩") == [("每年盘活低效用地不少于1200亩", "land")]


def test_a_land_price_rule_or_an_area_of_land_named_is_not_one() -> None:
    assert _kinds("工业用地出让底价可按最低价标准的70%确定") == []
    assert _kinds("园区规划用地面积约1200亩") == []
