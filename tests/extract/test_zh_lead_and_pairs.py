"""Two Chinese list shapes: "以A、B为主导/重点/龙头/引领" names its industries between 以 and 为, and a last
item "X及Y" joining two frontier fields (具身智能及商业航天) is two industries, while "汽车及零部件",
"光伏及储能" stay one. Sentences written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _items(text: str, date: str = "2026-03-01") -> list[tuple[str | None, str]]:
    return [(p.region, p.industry) for p in extract(text, language="zh", date=date).priorities]


def test_industries_between_yi_and_wei_are_priorities() -> None:
    assert _items("常州市武进区坚持以智能制造装备为主导，培育产业集群。") == [("武进区", "智能制造装备")]
    assert _items("绵阳市今年以电子信息和新型显示为主攻方向，加快项目建设。") == [("绵阳市", "电子信息"), ("绵阳市", "新型显示")]
    assert _items("株洲市将以轨道交通装备、航空动力为龙头，带动配套企业集聚。") == [
        ("株洲市", "轨道交通装备"), ("株洲市", "航空动力")]


def test_what_is_not_an_industry_between_yi_and_wei_is_no_priority() -> None:
    # a place, a reform or an idea in the same frame names no industry
    assert _items("湖南省以长沙、株洲为核心，推进产业协同。") == []
    assert _items("江西省以体制机制改革为引领，优化营商环境。") == []


def test_the_preposition_yi_is_no_part_of_a_labelled_item() -> None:
    assert _items("兴国县以服装制造等传统产业为重点推进技术改造。") == [("兴国县", "服装制造")]
    # (after a backed region too: the region is not read as the item's head, nor 以 as its first character)
    assert _items("江西省今年推进制造业升级。支持宁都县以家具制造等传统产业为重点开展数字化改造。") == [("宁都县", "家具制造")]


def test_a_last_item_joining_two_frontier_fields_is_two_industries() -> None:
    assert _items("杭州市前瞻布局未来产业，聚焦脑机接口、类脑智能及量子计算。") == [
        ("杭州市", "脑机接口"), ("杭州市", "类脑智能"), ("杭州市", "量子计算")]
    assert _items("山东省培育人形机器人、低空经济及量子科技等未来产业。") == [
        ("山东省", "人形机器人"), ("山东省", "低空经济"), ("山东省", "量子科技")]


def test_an_industry_and_its_parts_or_a_pair_of_kin_stay_one_item() -> None:
    assert _items("柳州市做强汽车及零部件、工程机械等传统产业。") == [("柳州市", "汽车及零部件"), ("柳州市", "工程机械")]
    assert _items("合肥市壮大光伏及储能、生物医药、高端装备等新兴产业。") == [
        ("合肥市", "光伏及储能"), ("合肥市", "生物医药"), ("合肥市", "高端装备")]


def test_one_industry_after_make_bigger_fills_its_clause() -> None:
    # 做大/做优 + one industry the vocabulary knows, as after 做强; 做大经济总量 names none
    assert _items("四川省今年推进产业升级。支持绵阳市做大电子信息产业，建设科技城。") == [("绵阳市", "电子信息产业")]
    assert _items("绵阳市今年要做大经济总量。") == []


def test_a_rank_between_an_industry_and_its_cluster_keeps_the_industry() -> None:
    assert _items("湖南省推进产业升级。湘潭市建设风电装备世界级产业集群。") == [("湘潭市", "风电装备")]
    assert _items("山东省推进产业升级。烟台市打造绿色石化万亿级产业集群。") == [("烟台市", "绿色石化")]


def test_a_chain_stage_an_industry_extends_to_is_no_industry() -> None:
    # (设计 and 研发 are stages of the chain, not industries it extends to)
    assert _items("湖州市推动童装这一传统产业向设计、品牌两端延伸。") == []
    assert _items("湖州市推动家纺产业向设计、研发和品牌延伸。") == []


def test_deep_processing_is_a_stage_not_an_industry() -> None:
    assert _items("包头市推动铝业向精深加工延伸。") == []
    assert _items("单县发展精深加工和冷链物流。") == [("单县", "冷链物流")]


def test_a_preposition_opening_a_list_is_no_part_of_its_first_item() -> None:
    assert _items("常州市对光伏、储能等新兴产业企业给予支持。")[:2] == [("常州市", "光伏"), ("常州市", "储能")]


def test_a_task_read_as_an_item_is_no_industry() -> None:
    # (a labelled line's colon list read on: 绿色化改造 is what is done to the industries, not one)
    items = _items("余杭区产业政策。\n（三）传统产业改造提升：支持纺织、服装企业实施数字化、绿色化改造。")
    assert ("余杭区", "绿色化改造") not in items and ("余杭区", "纺织") in items
