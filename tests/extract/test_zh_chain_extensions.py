"""Chinese chain extensions: 推动X产业向A、B延伸 names X and the industries it extends to.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _items(text: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2026-03-01", language="zh")
    return sorted((p.region, p.industry) for p in rm.priorities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("淄博市要推动陶瓷产业向先进陶瓷、电子陶瓷延伸。",
         [("淄博市", "先进陶瓷"), ("淄博市", "电子陶瓷"), ("淄博市", "陶瓷")]),
        ("攀枝花市要加快钒钛材料产业向钒电池、钛合金延伸。",
         [("攀枝花市", "钒电池"), ("攀枝花市", "钒钛材料"), ("攀枝花市", "钛合金")]),
        ("引导纺织企业向医用纺织材料、功能性面料等新赛道拓展。",
         [(None, "功能性面料"), (None, "医用纺织材料"), (None, "纺织")]),
        # the industry extended to stands alone in its clause
        ("德阳市做强清洁能源装备，向氢能装备等终端产品延伸。",
         [("德阳市", "氢能装备"), ("德阳市", "清洁能源装备")]),
    ],
)
def test_the_industry_extended_and_those_it_extends_to(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推动全市产业向高端化、智能化、绿色化迈进。",  # directions, and a region's whole economy
        "推动石化一体化向产品终端延伸。",  # a generic end
    ],
)
def test_directions_and_generic_ends_are_no_items(text: str) -> None:
    assert _items(text) == []


def test_a_chains_stages_are_no_items_but_the_industry_is() -> None:
    # 上游…、下游… name the stages of one chain
    assert _items("推动光伏产业向上游硅料、下游电站运维全链条延伸。") == [(None, "光伏")]


def test_an_item_keeps_no_leading_toward() -> None:
    # the list reading once gave "向工业机器人"
    got = _items("白电企业正在加快向工业机器人、新型储能等新赛道延伸。")
    assert got == [(None, "工业机器人"), (None, "新型储能")]
