"""A named project and what it costs (（一）柳南区汇驰新能源汽车一体化压铸项目，总投资45亿元) is a projects measure, and its
cost is no target; a counted set of projects keeps its total as a goal. Sentences written for these tests;
places real, projects and figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

LIST = """柳州市2026年重大项目清单说明

三、代表性项目
（一）柳南区汇驰新能源汽车一体化压铸项目，总投资45亿元；
（二）鹿寨县桂中碳纤维复合材料项目，计划总投资28亿元；
3.柳江区启衡年产2万台工业机器人整机项目，总投资16.5亿元。
"""


def test_named_projects_with_their_cost_are_measures_not_targets() -> None:
    rm = extract(LIST, language="zh", date="2026-02-12")
    assert [(m.region_code, m.kind) for m in rm.measures] == [
        ("450204", "projects"), ("450223", "projects"), ("450206", "projects")]
    assert all("总投资" in m.text for m in rm.measures)
    assert [t.value for t in rm.targets if t.unit == "CNY"] == []


def test_a_counted_set_of_projects_keeps_its_total_as_a_goal() -> None:
    rm = extract("鄂尔多斯市将开工建设12个风光制氢一体化项目，总投资约580亿元。", language="zh", date="2026-02-12")
    assert [(t.value, t.unit) for t in rm.targets] == [(12.0, "count"), (5.8e10, "CNY")]


def test_a_named_projects_cost_after_its_builders_name_is_no_target() -> None:
    text = ("某省发展改革委关于下达2026年省重点建设项目计划的通知\n\n四、部分重大产业项目\n\n"
            "1.南昌市高端锂电隔膜项目，建设单位为某某新材料有限公司，总投资86亿元。\n"
            "全年力争完成省重点项目投资5000亿元以上。\n")
    rm = extract(text, language="zh", date="2026-02-13")
    assert [(t.value, t.year) for t in rm.targets] == [(5e11, 2026)]
