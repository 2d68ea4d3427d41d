"""Chinese measure and target sentences found by a probe: land supplied or reserved in mu is a land measure
(not a price rule or an area named), 开辟 and a 绿色通道, money handed out as vouchers, and 累计 before a verb of
doing as a cumulative goal. Sentences written for these tests."""

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


def test_reserved_land_a_green_channel_and_vouchers() -> None:
    assert _kinds("今年为新能源电池项目预留工业用地2000亩") == [("今年为新能源电池项目预留工业用地2000亩", "land")]
    assert [k for _, k in _kinds("开辟重大项目审批“绿色通道”")] == ["reform"]


def test_money_handed_out_as_vouchers_is_a_measure_not_a_target() -> None:
    from indupath.extract import extract

    rm = extract("长沙市将发放1亿元算力券，降低中小企业用算成本。", language="zh", date="2025-03-01")
    assert rm.targets == ()
    assert [m.kind for m in rm.measures] == ["subsidy"]
    # 证券 is no voucher: a securitisation rate stays a target
    rm = extract("到2027年，长沙市资产证券化率达到60%。", language="zh", date="2025-03-01")
    assert [t.value for t in rm.targets] == [60.0]


def test_a_cumulative_goal_is_a_target_a_cumulative_result_is_not() -> None:
    from indupath.extract import extract

    rm = extract("长沙市人民政府工作报告。到2026年底，累计培育国家级专精特新“小巨人”企业50家。", language="zh",
                 date="2025-01-20")
    assert [(t.value, t.year) for t in rm.targets] == [(50.0, 2026)]
    rm = extract("长沙市人民政府工作报告。全市累计拥有国家级专精特新“小巨人”企业50家。", language="zh", date="2025-01-20")
    assert rm.targets == ()


def test_a_price_per_unit_and_a_rate_a_rule_applies_are_no_targets() -> None:
    from indupath.extract import extract

    text = ("长沙经开区产业招商推介\n一、发展目标\n到2027年，园区工业总产值达到五千亿元。\n二、要素保障\n"
            "园区大工业用电价格约为每千瓦时0.4元，水、气等要素保障充足。"
            "实行弹性年期出让，工业用地出让底价可按全国工业用地出让最低价标准的70%执行。")
    rm = extract(text, language="zh", date="2025-03-01")
    assert [(t.value, t.unit) for t in rm.targets] == [(5e11, "CNY")]


def test_a_measure_that_places_what_it_builds_in_a_lower_region_is_that_regions() -> None:
    from indupath.extract import extract

    text = "柳州市将推进新能源汽车产业发展。在柳江区规划建设低空经济产业园，在鹿寨县布局固态电池中试线。"
    rm = extract(text, language="zh", date="2025-06-12")
    got = {(m.region, m.text[:4]) for m in rm.measures}
    assert ("柳江区", "在柳江区") in got, got
    assert ("鹿寨县", "在鹿寨县") in got, got


def test_the_size_of_each_counted_project_is_no_target_with_a_comparator_between() -> None:
    from indupath.extract import extract

    text = "长沙市政府工作报告。全年新签约亿元以上项目300个以上，其中50亿元以上重大项目不少于10个。"
    rm = extract(text, language="zh", date="2025-01-08")
    assert sorted((t.value, t.unit) for t in rm.targets) == [(10.0, "count"), (300.0, "count")]
