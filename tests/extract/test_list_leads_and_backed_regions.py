"""A programme's verb before a list is not part of its first item, and a region backed at the opening of a
clause and followed by its own industry owns that industry's figure. Sentences written for these tests; places
real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def test_a_programme_verb_is_not_part_of_the_first_item() -> None:
    for text in ("2.实施纺织、建材、造纸等传统产业焕新行动。", "开展纺织、建材等传统产业数字化改造行动。"):
        items = [p.industry for p in extract(text, language="zh", date="2025-05-01").priorities]
        assert items[:2] == ["纺织", "建材"], items


def test_a_backed_region_and_its_industry_own_the_figure() -> None:
    text = "浙江省今年：支持宁波市建设汽车零部件产业集群，推动宁波汽车零部件产业集群本地配套率提高到60%。"
    rm = extract(text, language="zh", date="2025-05-01")
    assert [(t.region, t.value) for t in rm.targets] == [("宁波市", 60.0)]


def test_a_guiding_verb_and_a_time_word_are_not_part_of_the_first_item() -> None:
    items = [p.industry for p in extract("今年引导陶瓷、家具等传统产业开展数字化对接。", language="zh", date="2025-05-01").priorities]
    assert items == ["陶瓷", "家具"], items


COMMENTARY = """【观察】两省新规划

先看安徽。2025年，安徽规上工业营业收入超过6万亿元。此次规划延续了集群化思路，提出重点打造新能源汽车、新一代信息技术、高端装备三个万亿级产业集群。在未来产业上，安徽点名量子信息、聚变能源两大方向。
"""


def test_what_a_plan_proposes_is_read_after_last_years_results() -> None:
    # the paragraph opens with last year's results; what the plan proposes after them is no result
    rm = extract(COMMENTARY, language="zh", date="2026-03-15")
    assert [p.industry for p in rm.priorities] == ["新能源汽车", "新一代信息技术", "高端装备", "量子信息", "聚变能源"]


def test_weak_links_a_plan_fills_and_internet_of_things_items() -> None:
    rm = extract("明年补齐驱动电机、线控底盘等关键环节，重点发展智能物联、工业软件。", language="zh", date="2025-06-12")
    assert [p.industry for p in rm.priorities] == ["驱动电机", "线控底盘", "智能物联", "工业软件"]


def test_a_pair_after_a_strengthening_verb_and_one_item_before_a_tier_label() -> None:
    rm = extract("支持丹阳市做强眼镜制造和汽车零部件。推动纺织服装等传统优势产业高端化发展。", language="zh",
                 date="2026-01-14")
    assert [(p.region, p.industry) for p in rm.priorities] == [("丹阳市", "眼镜制造"), ("丹阳市", "汽车零部件"),
                                                                ("丹阳市", "纺织服装")]
    assert rm.priorities[2].tier == "traditional"


def test_support_and_follow_closely_open_a_chinese_list_without_joining_its_first_item() -> None:
    rm = extract("渝中区关于支持总部经济发展的若干政策。重点支持金融、现代物流、数字经济等领域的总部企业。",
                 language="zh", date="2026-03-05")
    assert [p.industry for p in rm.priorities] == ["金融", "现代物流", "数字经济"]
    rm = extract("德阳市国资委新闻。今年以来，市属国有企业紧扣清洁能源装备、先进材料、航空航天等战略性新兴产业，加大投资。",
                 language="zh", date="2025-11-20")
    assert [p.industry for p in rm.priorities] == ["清洁能源装备", "先进材料", "航空航天"]


def test_a_cue_word_used_as_a_noun_before_a_verb_opens_no_list() -> None:
    rm = extract("Jingdezhen visit. In Fuliang, the mayor toured a kiln works, where a furnace upgrade has cut energy use "
                 "by a fifth.", language="en", date="2026-10-22")
    assert rm.priorities == ()


def test_a_region_after_a_deadline_opens_its_clause_as_subject() -> None:
    text = "江西省数字经济行动计划。支持南昌市建设算力枢纽，到2027年南昌市智能算力占全省比重保持在五成以上。"
    rm = extract(text, language="zh", date="2026-03-09")
    assert [(t.region_code, t.value) for t in rm.targets] == [("360100", 50.0)]
