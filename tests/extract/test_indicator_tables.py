"""Indicator tables written as text (cells split by |, ｜ or tabs): the goal is the cell under the target
column, for that column's year; the results column is the baseline; a bare figure takes the unit its row gives.
Tables written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract
from indupath.extract.tables import indicator_rows


def _targets(text: str, language: str, date: str) -> list[tuple[str | None, str, float, str, str, int | None]]:
    rm = extract(text, language=language, date=date)
    return [(t.region_code, t.metric, round(t.value, 6), t.unit, t.comparator, t.year) for t in rm.targets]


ZH_TABLE = """芜湖市经济技术开发区2026年工作要点

一、主要指标
指标 | 2025年完成 | 2026年目标
规上工业产值（亿元） | 1850 | 2000以上
高新技术企业（家） | 640 | 700左右
研发投入强度（%） | 3.6 | 3.9
"""


def test_a_chinese_table_gives_each_row_its_column_year_and_unit() -> None:
    got = _targets(ZH_TABLE, "zh", "2026-01-15")
    assert [g[1:] for g in got] == [
        ("规上工业产值", 2000e8, "CNY", ">=", 2026),
        ("高新技术企业", 700.0, "count", "about", 2026),
        ("研发投入强度", 3.9, "%", "=", 2026),
    ]
    # the zone that issues them owns them (it has no code of its own)
    assert {t.region for t in extract(ZH_TABLE, language="zh", date="2026-01-15").targets} == {"芜湖市经济技术开发区"}


def test_the_results_column_is_the_baseline() -> None:
    rm = extract(ZH_TABLE, language="zh", date="2026-01-15")
    assert [(t.baseline, t.baseline_year) for t in rm.targets] == [(1850e8, 2025), (640.0, 2025), (3.6, 2025)]


EN_TABLE = """Table 3. Headline indicators of the Shaanxi plan

| Indicator | 2024 (actual) | 2027 (target) |
|---|---|---|
| Installed photovoltaic capacity (GW) | 38 | 60 |
| Share of digital economy in GDP | 41% | more than 48% |
| Vehicle output in Xi'an | 1.4 million units | no fewer than 2 million units |
"""


def test_an_english_markdown_table_with_a_region_in_a_row() -> None:
    got = _targets(EN_TABLE, "en", "2025-06-01")
    assert got == [
        ("610000", "Installed photovoltaic capacity", 60e6, "count", "=", 2027),  # kW, as the unit grammar gives GW
        ("610000", "Share of digital economy in GDP", 48.0, "%", ">=", 2027),
        ("610100", "Vehicle output in Xi'an", 2e6, "count", ">=", 2027),
    ]


def test_a_unit_column_and_a_plan_table_by_years() -> None:
    text = ("表1　宜宾市“十五五”制造业发展主要指标\n"
            "指标名称\t单位\t2025年\t2030年\t属性\n"
            "新能源汽车产量\t万辆\t35\t80\t预期性\n"
            "制造业增加值占地区生产总值比重\t%\t32\t35以上\t预期性\n")
    got = _targets(text, "zh", "2026-03-01")
    assert [g[1:] for g in got] == [("新能源汽车产量", 80e4, "count", "=", 2030),
                                    ("制造业增加值占地区生产总值比重", 35.0, "%", ">=", 2030)]
    assert {g[0] for g in got} == {"511500"}


def test_tables_of_results_or_projects_hold_no_goals() -> None:
    past = ("| | 2023 | 2024 |\n| Wind and solar capacity (GW) | 41 | 52 |\n| Equipment output (billion yuan) | 180 | 230 |\n")
    assert indicator_rows(past, 2025) == []
    assert _targets("Gansu's recent record:\n" + past, "en", "2025-06-01") == []
    projects = ("序号｜项目名称｜总投资（亿元）｜形象进度\n1｜年产5GW光伏组件项目｜18｜设备安装\n2｜储能电池结构件项目｜7.5｜主体封顶\n")
    assert indicator_rows(projects, 2026) == []
    # last plan's goals quoted in a review are no goals now
    old = "指标 | 2020年 | 2025年目标\n地区生产总值（亿元） | 3000 | 4500\n"
    assert indicator_rows(old, 2026) == []


def test_rows_are_found_with_their_cells() -> None:
    rows = indicator_rows(ZH_TABLE, 2026)
    assert len(rows) == 3
    r = rows[0]
    assert ZH_TABLE[r.metric[0] : r.metric[1]] == "规上工业产值"
    assert ZH_TABLE[r.target[0] : r.target[1]] == "2000以上"
    assert r.unit == "亿元" and r.year == 2026 and r.baseline_year == 2025
