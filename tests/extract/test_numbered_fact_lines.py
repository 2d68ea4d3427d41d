"""A plan summarised as numbered lines (一图读懂): a section of the base figures, a fraction, a later stage of the
same figure, a city that labels its own line, a share of the whole province. Text written for these tests;
places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

SUMMARY = """一图读懂丨《安徽省机器人产业跃升行动方案（2026—2028年）》

【发展基础】
1. 2025年，全省机器人产业规上企业超过300家，产业产值达到0.4万亿元，关键零部件本地配套率提高到35%。

【总体目标】
2. 到2028年，全省工业机器人产量力争达到8万套。
3. 机器人产业产值突破一千亿元，力争2030年达到1500亿元。
4. 关键零部件本地配套率提高到三分之二左右。

【区域布局】
5. 芜湖市：打造机器人整机集聚区，到2028年工业机器人产量占全省六成以上。
6. 合肥市：聚焦人形机器人和智能传感器。
"""


def test_a_plan_in_numbered_lines() -> None:
    rm = extract(SUMMARY, language="zh", date="2026-01-20")
    got = sorted((t.region_code, t.value, t.unit, t.year) for t in rm.targets)
    assert got == sorted([
        ("340000", 80000.0, "count", 2028),
        ("340000", 100000000000.0, "CNY", 2028),  # the later year is the next stage's
        ("340000", 150000000000.0, "CNY", 2030),
        ("340000", 66.67, "%", 2028),  # 三分之二
        ("340200", 60.0, "%", 2028),  # Wuhu's share of the province's output is Wuhu's goal
    ]), got  # (the base figures of 【发展基础】 are no goals)
    assert {p.region_code for p in rm.priorities if p.industry in ("人形机器人", "智能传感器")} == {"340100"}


def test_an_interim_stage_after_a_figure_leaves_it_the_plans_deadline() -> None:
    text = ("Hefei Three-Year Action Plan for the Display Industry (2026-2028)\n\nII. Main targets\n\n"
            "Industry scale: revenue of the display industry will exceed 200 billion yuan; as an interim step, it will "
            "pass 160 billion yuan in 2027.")
    rm = extract(text, language="en", date="2026-02-10")
    assert sorted((t.value, t.year) for t in rm.targets) == [(160000000000.0, 2027), (200000000000.0, 2028)]


def test_an_items_title_inside_a_line_of_items_is_no_measure() -> None:
    text = ("湖南省印发支持先进制造业集群发展的若干措施。"
            "一是加大资金支持。省级设立总规模200亿元的集群发展基金。二是支持集群项目建设。对集群重点项目按投资额的3%给予奖励。\n")
    rm = extract(text, date="2026-03-18", language="zh")
    assert not any(m.text.startswith(("一是", "二是")) for m in rm.measures)
    assert {m.kind for m in rm.measures} >= {"fund", "subsidy"}


def test_an_items_title_before_its_colon_is_no_measure() -> None:
    text = ("梧州高新区投资指南\n\n【政策支持】\n"
            "1. 落地奖励：固定资产投资5亿元以上的制造业项目，按设备投资额的5%给予奖励，最高3000万元。\n"
            "2. 基金赋能：设立规模30亿元的产业母基金。\n")
    rm = extract(text, date="2026-06-18", language="zh")
    assert not any(m.text.startswith(("1.", "2.")) for m in rm.measures)
    assert {m.kind for m in rm.measures} >= {"fund", "subsidy"}
