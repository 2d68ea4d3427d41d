"""Measures a city takes for a county it names: the county's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract

HEAD = "南阳市发展和改革委员会关于市人大代表建议的答复。"


@pytest.mark.parametrize(
    "clause",
    [
        "对西峡县符合条件的技术改造项目，按设备投资额的10%给予补助，单个项目最高300万元。",  # a grant to its projects
        "推动西峡县与河南省汽车零部件研究院共建检测实验室。",  # building with an institution
        "支持西峡县汽车零部件产业园建设中试基地。",  # the county's own park builds
    ],
)
def test_the_county_a_measure_is_for_owns_it(clause: str) -> None:
    rm = extract(HEAD + clause, date="2025-07-01", language="zh")
    assert [m.region for m in rm.measures] == ["西峡县"]


def test_a_county_joined_to_an_institution_is_still_named() -> None:
    rm = extract(HEAD + "推动西峡县与南阳理工学院合作。", date="2025-07-01", language="zh")
    assert "411323" in {r.code for r in rm.regions}  # not read as part of the college's name


def test_regions_building_with_other_regions_leave_the_measure_to_the_text() -> None:
    rm = extract("河南省人民政府。支持郑州、洛阳与长三角共建未来产业飞地园区。", date="2025-07-01", language="zh")
    assert [m.region for m in rm.measures] == ["河南省"]


def test_a_measure_that_backs_its_own_region_is_not_the_one_backed_before() -> None:
    rm = extract("湖北省人民政府办公厅。支持武汉市打造光电子信息产业先导区，支持襄阳市依托汽车产业基础布局智能网联汽车，"
                 "支持宜昌市建设磷基新材料中试基地。", date="2025-07-01", language="zh")
    assert [m.region for m in rm.measures if m.text.startswith("支持宜昌市")] == ["宜昌市"]


def test_a_core_zone_an_extension_and_a_prefecture_with_its_level_are_backed() -> None:
    rm = extract("遵义市今年将支持仁怀市建设酱香型白酒产业核心区；支持汇川区扩建凤鸣航空航天装备产业园。", language="zh",
                 date="2026-01-09")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("520382", "platform"), ("520303", "platform")]
    rm = extract("青海省将支持海西州打造世界级盐湖产业基地，格尔木市重点发展钾肥精深加工。", language="zh", date="2025-09-16")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("632800", "platform")]


def test_a_district_named_after_its_city_and_what_it_carries_out_are_backed() -> None:
    rm = extract("山东省发展改革委报告。今年，支持青岛市黄岛区打造船舶与海洋工程装备产业集群，支持济南市历城区建设先进计算产业园，"
                 "支持淄博市临淄区推进化工园区提质升级。", language="zh", date="2026-01-27")
    assert [m.region_code for m in rm.measures] == ["370211", "370112", "370305"]
