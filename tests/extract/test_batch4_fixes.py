"""General fixes found by blind batch 4, each checked on new hand-written sentences (not batch-4 text)."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str) -> list[tuple[str | None, str, str]]:
    road = extract(text).to_json_dict()
    return [(p["region_code"], p["industry"], p["tier"]) for p in road["priorities"]]


def _industries(text: str) -> set[str]:
    return {ind for _, ind, _ in _priorities(text)}


def _targets(text: str) -> list[tuple[str | None, float, int | None, str]]:
    road = extract(text).to_json_dict()
    return [(t["region_code"], t["value"], t["year"], t["comparator"]) for t in road["targets"]]


# ---------------------------------------------------------------- A. industry lists


def test_numbered_groups_with_a_colon_each_list_their_own_industries() -> None:
    text = (
        "own://t/a1\n2025-04-01\n江西省未来产业培育行动计划\n"
        "重点方向如下：\n"
        "（一）前沿智造：具身机器人、精密增材制造；\n"
        "（二）未来生命：脑科学、合成生物、基因编辑；\n"
        "（三）新型能源：钠离子电池、光储融合、石墨烯等先进碳材料。\n"
    )
    got = _industries(text)
    assert {"具身机器人", "精密增材制造", "合成生物", "钠离子电池", "石墨烯"} <= got
    assert "石墨烯等先进碳材料" not in got


def test_ordinal_sentence_with_colon_lists_industries() -> None:
    text = (
        "own://t/a2\n2025-05-01\n无锡市制造业发展计划\n"
        "第一，壮大两大支柱产业：物联网、高端纺织服装。第二，培育三大新兴产业：第三代半导体、低空飞行器、创新药。\n"
    )
    got = _industries(text)
    assert {"物联网", "高端纺织服装", "第三代半导体", "低空飞行器", "创新药"} <= got


def test_colon_after_a_non_industry_clause_is_not_a_list_label() -> None:
    # the clause before the colon names tasks, not an industry group: its items are not industries
    text = (
        "own://t/a3\n2025-05-01\n无锡市营商环境方案\n"
        "主要任务：优化审批、降低成本、强化服务。\n"
    )
    assert _industries(text) == set()


def test_bare_list_labelled_by_the_next_clause() -> None:
    text = (
        "own://t/a4\n2025-12-20\n洛阳市委经济工作会议召开\n"
        "会议提出，轴承、耐火材料、钼钨新材料、农机装备，这是洛阳的四大主导产业，明年要加快提质升级。\n"
    )
    got = _industries(text)
    assert {"轴承", "耐火材料", "钼钨新材料", "农机装备"} <= got


def test_stages_of_one_value_chain_are_not_industries() -> None:
    text = (
        "own://t/a5\n2025-05-01\n某市商业航天发展方案\n"
        "到2027年，西安市商业航天要贯通卫星研制、发射服务、数据应用全链条。\n"
    )
    got = _industries(text)
    assert not ({"卫星研制", "发射服务"} & got)


def test_one_character_items_before_a_shared_head() -> None:
    text = (
        "own://t/a6\n2025-05-01\n云南省有色金属产业方案\n"
        "云南省要做强锡、锌、铅、铟等有色金属产业。\n"
    )
    got = _industries(text)
    assert {"锡", "锌", "铟"} <= got


def test_one_character_items_need_a_label() -> None:
    # a plain enumeration of one-character words is not an industry list
    text = "own://t/a7\n2025-05-01\n某市工作报告\n要围绕吃、住、行、游提升服务水平。\n"
    assert not ({"吃", "住", "行"} & _industries(text))


def test_chain_label_with_a_count_closes_a_list() -> None:
    text = (
        "own://t/a8\n2026-01-20\n宜兴市政府工作报告\n"
        "做强电线电缆、节能环保装备、半导体材料三条主链。\n"
    )
    assert {"电线电缆", "节能环保装备", "半导体材料"} <= _industries(text)


def test_current_baseline_to_target_is_a_goal_sentence() -> None:
    # "由目前的X提高到Y": the current figure is a baseline, the sentence states a goal
    text = (
        "own://t/a9\n2025-12-22\n滁州市委经济工作会议召开\n"
        "会议要求，把光伏玻璃、智能家电、硅基材料等优势产业作为增长主引擎，光伏产业产值占全市工业比重由目前的38%提高到45%。\n"
    )
    assert {"光伏玻璃", "智能家电", "硅基材料"} <= _industries(text)
    assert any(v == 45.0 for _, v, _, _ in _targets(text))
    assert all(v != 38.0 for _, v, _, _ in _targets(text))
