"""Chinese sentences that name industries as a group (把A、B作为战略性新兴产业, A和B这两个未来产业) and
regions that are a resource, not the actor (依托X建设…). Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _rows(text: str) -> list[tuple[str | None, str, str | None]]:
    rm = extract(text, date="2026-03-01", language="zh")
    return [(p.region, p.industry, p.tier) for p in rm.priorities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("襄阳市把新能源汽车、高端装备和新材料作为战略性新兴产业来培育。",
         [("襄阳市", "新能源汽车", "emerging"), ("襄阳市", "高端装备", "emerging"), ("襄阳市", "新材料", "emerging")]),
        ("宜昌市将绿色化工列为首位产业。", [("宜昌市", "绿色化工", None)]),
        ("芜湖市把低空经济和量子信息确定为未来产业重点方向。",
         [("芜湖市", "低空经济", "future"), ("芜湖市", "量子信息", "future")]),
    ],
)
def test_industries_named_as_a_group(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    rows = _rows(text)
    assert [(r, i) for r, i, _ in rows] == [(r, i) for r, i, _ in expected]
    for (_, _, tier), (_, _, want) in zip(rows, expected, strict=True):
        if want is not None:
            assert tier == want


@pytest.mark.parametrize("text", ["绵阳市把营商环境作为重要抓手。", "南充市将项目建设作为头等大事。"])
def test_a_group_that_is_not_an_industry_label(text: str) -> None:
    assert _rows(text) == []


def test_a_pair_followed_by_its_count_and_label() -> None:
    rows = _rows("常州市正在谋划氢能和商业航天这两个未来产业。")
    assert rows == [("常州市", "氢能", "future"), ("常州市", "商业航天", "future")]


def test_a_place_relied_on_is_not_the_owner() -> None:
    # the list comes first; the district after 依托 is where the scenarios are built, the city speaks
    rows = _rows("南通市：我们谋划深海装备和海洋生物这两个未来产业，依托海门区建设应用场景。")
    assert {r for r, _, _ in rows} == {"南通市"}
    assert [i for _, i, _ in rows] == ["深海装备", "海洋生物"]
