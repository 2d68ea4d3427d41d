"""Chinese lists a text backs a named county in (支持X县巩固提升A、B等传统产业，培育壮大C等新兴产业，前瞻布局D等未来产业):
the items without the verbs, every clause the county's, and one item before 等<tier>产业 after any cue verb.
Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import extract


def _items(text: str) -> list[tuple[str | None, str, str]]:
    rm = extract(text, date="2026-03-01", language="zh")
    return [(p.region, p.industry, p.tier) for p in rm.priorities]


def test_a_backed_countys_lists_across_its_clauses() -> None:
    text = ("赣州市工业和信息化局。支持大余县巩固提升钨精深加工、硬质合金等传统产业，培育壮大钨基新材料、稀土永磁等新兴产业，"
            "前瞻布局固态电池等未来产业。")
    assert _items(text) == [
        ("大余县", "钨精深加工", "traditional"), ("大余县", "硬质合金", "traditional"),
        ("大余县", "钨基新材料", "emerging"), ("大余县", "稀土永磁", "emerging"),
        ("大余县", "固态电池", "future"),
    ]


def test_one_item_before_its_tier_after_a_cue_verb() -> None:
    assert _items("赣州市。前瞻布局人形机器人等未来产业。") == [("赣州市", "人形机器人", "future")]
    # a pair stays two items
    assert [i for _, i, _ in _items("赣州市。布局储能和氢能等未来产业。")] == ["储能", "氢能"]


def test_a_watching_brief_is_no_part_of_the_item() -> None:
    got = [i for _, i, _ in _items("赣州市。布局低空经济、商业航天，适时跟踪量子科技、脑机接口等前沿方向。")]
    assert "量子科技" in got and not any("跟踪" in i for i in got)


def test_short_items_a_tier_label_names() -> None:
    got = _items("诸暨市。鼓励袜业、珍珠、五金等传统产业实施数字化改造。")
    assert got == [("诸暨市", "袜业", "traditional"), ("诸暨市", "珍珠", "traditional"), ("诸暨市", "五金", "traditional")]


def test_a_recruiting_verb_is_no_part_of_the_first_item() -> None:
    got = [i for _, i, _ in _items("诸暨市。重点招引智能视觉、环保装备等战略性新兴产业项目。")]
    assert got == ["智能视觉", "环保装备"]


def test_items_a_plan_names_as_a_group() -> None:
    got = _items("江西省。方案明确商业航天、量子科技和生物制造为我省重点培育的未来产业。")
    assert got == [("江西省", "商业航天", "future"), ("江西省", "量子科技", "future"), ("江西省", "生物制造", "future")]
    # 与 joins one field
    got2 = [i for _, i, _ in _items("武汉市。武汉明确以光电子信息、新能源与智能网联汽车为两大支柱产业。")]
    assert "新能源与智能网联汽车" in got2 and "新能源" not in got2
