"""A table rendered as text (序号｜所在地区｜集群名称, one row a line): each row's cluster is its region's industry, with
the tier of the line above the rows. Text written for these tests; places real, list invented."""

from __future__ import annotations

from indupath.extract import extract

NOTICE = """湖北省经济和信息化厅关于公布省级特色产业集群名单的通知

序号｜所在地区｜集群名称
（一）战略性新兴产业集群（2个）
1｜武汉市｜光通信集群
2｜襄阳市｜高端轴承集群
（二）传统优势产业集群（2个）
3｜仙桃市｜非织造布产业集群
4｜潜江市｜小龙虾加工集群

请各地加强集群培育。
"""


def test_each_row_names_its_regions_cluster_with_the_tier_above() -> None:
    rm = extract(NOTICE, date="2025-09-01", language="zh")
    got = sorted((p.region, p.industry, p.tier) for p in rm.priorities)
    assert got == [("仙桃市", "非织造布", "traditional"), ("武汉市", "光通信", "emerging"),
                   ("潜江市", "小龙虾加工", "traditional"), ("襄阳市", "高端轴承", "emerging")]


def test_a_header_row_names_no_industry() -> None:
    rm = extract("湖北省。\n序号｜所在地区｜集群名称\n", date="2025-09-01", language="zh")
    assert list(rm.priorities) == []


def test_a_quoted_slogan_of_single_characters_names_no_industries() -> None:
    rm = extract("德化县。全县围绕“瓷、茶、旅”三大板块，推动陶瓷产业提质。", date="2025-09-01", language="zh")
    assert not any(len(p.industry) == 1 for p in rm.priorities)
    rm2 = extract("广西。铝、铜、锰等有色金属产业是我区传统支柱产业。", date="2025-09-01", language="zh")
    assert [p.industry for p in rm2.priorities] == ["铝", "铜", "锰"]  # unquoted one-character items still count


def test_a_headings_count_of_the_rows_below_is_no_goal() -> None:
    notice = ("湖北省经济和信息化厅\n关于公布第一批省级特色产业集群名单的通知\n\n鄂经信集群〔2025〕31号\n\n"
              "各市、州、直管市经济和信息化主管部门：\n\n为加快培育一批特色产业集群，经专家评审，现将名单予以公布。\n\n"
              "一、第一批省级特色产业集群名单\n\n序号｜所在地区｜集群名称\n（一）战略性新兴产业集群（2个）\n"
              "1｜武汉市｜光通信集群\n2｜襄阳市｜高端轴承集群\n")
    rm = extract(notice, date="2025-09-01", language="zh")
    assert [t.value for t in rm.targets] == []  # （一）战略性新兴产业集群（2个）
