"""Lists a leader's speech names industries with: 在A、B上下功夫 (the list ends before 上), A、B这些传统产业 (a
pointing label), A、B，这些赛道… (a bare list pointed back at), 把A和B做成…集群, 在A上打开新空间. Sentences written for
these tests; places real, wording illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str) -> list[tuple[str | None, str, str | None]]:
    rm = extract(text, language="zh", date="2026-02-24")
    return [(p.region_code, p.industry, p.tier) for p in rm.priorities]


def test_a_list_inside_zai_shang_ends_before_shang() -> None:
    assert _priorities("成都要在人工智能、低空经济上带好头。") == [
        ("510100", "人工智能", "emerging"), ("510100", "低空经济", "emerging")]


def test_a_pointing_label_and_a_bare_list_pointed_back_at() -> None:
    assert [i for _, i, _ in _priorities("四川省：白酒、丝绸、川菜调味品这些传统产业也要用新技术改造。")] == [
        "白酒", "丝绸", "川菜调味品"]
    got = _priorities("四川省：未来产业要抢先布局，人形机器人、量子科技、生物制造、商业航天，这些赛道窗口期很短。")
    assert [i for _, i, _ in got] == ["人形机器人", "量子科技", "生物制造", "商业航天"]


def test_what_a_region_makes_its_cluster_of_and_where_it_opens_new_ground() -> None:
    assert _priorities("宜宾市要把动力电池和晶硅光伏做成万亿级产业集群。") == [
        ("511500", "动力电池", "emerging"), ("511500", "晶硅光伏", "emerging")]
    assert _priorities("泸州要守住基本盘，同时在化工新材料上打开新的增长空间。") == [("510500", "化工新材料", "emerging")]
    # a place or a task in the same frame is no industry
    assert _priorities("泸州要在营商环境上下功夫。") == []


def test_the_verb_issuing_policies_is_no_part_of_a_first_item() -> None:
    got = _priorities("今年以来，广东多个城市密集出台低空经济、人形机器人、新型储能等领域的专项政策。")
    assert [i for _, i, _ in got] == ["低空经济", "人形机器人", "新型储能"]


def test_the_last_item_of_an_unlabelled_list_ends_before_its_etc_and_kind() -> None:
    for tail in ("等关键零部件", "等"):
        text = f"芜湖市鸠江区\n园区重点发展动力电池、氢燃料电池、汽车电子{tail}，到2030年产值达到800亿元。"
        rm = extract(text, language="zh", date="2026-06-15")
        assert [p.industry for p in rm.priorities] == ["动力电池", "氢燃料电池", "汽车电子"], tail


def test_a_groups_label_in_a_slogan_is_no_industry() -> None:
    text = ("某某智能制造产业园招商手册\n园区坚持“主导产业+未来产业”双轮驱动：\n"
            "（一）主导产业：工业机器人、新型储能；\n（二）未来产业：重点培育低空经济和商业航天。\n")
    rm = extract(text, language="zh", date="2025-11-05")
    assert [p.industry for p in rm.priorities] == ["工业机器人", "新型储能", "低空经济", "商业航天"]


def test_a_count_in_the_label_splits_an_item_joined_by_ji_and_is_no_part_of_the_last() -> None:
    text = "镇平县\n我们着力做强玉雕、特种钢材及耐火材料三个传统优势产业，培育壮大新能源电池材料和生物医药两个战略性新兴产业。"
    rm = extract(text, language="zh", date="2025-04-18")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("玉雕", "traditional"), ("特种钢材", "traditional"), ("耐火材料", "traditional"),
        ("新能源电池材料", "emerging"), ("生物医药", "emerging")]
    # with no count, 及 joins one item
    rm = extract("园区重点发展新能源汽车及关键零部件、智能装备、新型储能等产业。", language="zh", date="2025-04-18")
    assert [p.industry for p in rm.priorities][0] == "新能源汽车及关键零部件"


def test_a_chain_groups_label_before_its_colon_is_no_chain() -> None:
    text = ("烟台市推进重点产业链工作方案\n二、重点产业链清单\n（一）传统优势产业链：高端化工、精品钢铁。\n"
            "（二）未来产业链：人形机器人、氢能。\n")
    rm = extract(text, date="2025-04-08", language="zh")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("高端化工", "traditional"), ("精品钢铁", "traditional"), ("人形机器人", "future"), ("氢能", "future")]
