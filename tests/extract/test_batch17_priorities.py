"""Priority constructions found on blind batch 17's errors, with sentences written for these tests:
推动A和B产业高质量发展, sector words for power and display (发电, 蓄能, OLED, LED), numbered headings
that name industries with no colon, a metric whose industry the vocabulary knows only by its last word,
"revenue from its X industry", two "as <label>" groups in one sentence, and buyers ("the supply chains
of local vehicle makers") that are no industry."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str, language: str) -> list[tuple[str | None, str, str]]:
    rm = extract(text, date="2026-03-01", language=language)
    return [(p.region, p.industry, p.tier) for p in rm.priorities]


def _industries(text: str, language: str) -> list[str]:
    return [industry for _, industry, _ in _priorities(text, language)]


def test_tuidong_a_he_b_chanye_names_both() -> None:
    assert _industries("安庆市推动高端化工和新型储能产业高质量发展。", "zh") == ["高端化工", "新型储能"]


def test_tuidong_without_an_industry_label_names_none() -> None:
    assert _industries("安庆市推动制造业和服务业深度融合。", "zh") == []


def test_power_generation_and_storage_words_end_sector_names() -> None:
    got = _industries("青海省将大力发展光伏发电、光热发电和抽水蓄能。", "zh")
    assert got == ["光伏发电", "光热发电", "抽水蓄能"]


def test_display_technologies_end_sector_names() -> None:
    got = _industries("合肥市将重点突破印刷OLED、Mini LED和量子点显示。", "zh")
    assert got == ["印刷OLED", "Mini LED", "量子点显示"]


ZH_SECTIONS = """芜湖市推进先进制造业发展工作方案
二、主攻方向
（一）新能源汽车。壮大整车规模，完善配套体系。
（二）机器人。提升关键零部件本地配套率。
（三）总体要求。坚持系统推进。
三、重点任务
（一）培育龙头企业。
（二）做强先进制造业集群。
"""


def test_numbered_heading_opens_a_list_of_its_sub_lines() -> None:
    got = _industries(ZH_SECTIONS, "zh")
    assert "新能源汽车" in got and "机器人" in got
    assert "总体要求" not in got  # a sub-line with no sector word


def test_sibling_heading_closes_the_list_and_task_lines_are_no_industries() -> None:
    got = _industries(ZH_SECTIONS, "zh")
    assert "培育龙头企业" not in got and "做强先进制造业集群" not in got


EN_SECTIONS = """Work plan of the city of Wuhu
2. Main directions
(1) New energy vehicles. Expand vehicle output and the local supply base.
(2) Industrial robots. Raise the local share of key parts.
3. Key tasks
(1) Upgrade traditional industries.
(2) Industrial platforms for small firms.
"""


def test_numbered_heading_in_english() -> None:
    got = _industries(EN_SECTIONS, "en")
    assert got[:2] == ["New energy vehicles", "Industrial robots"]
    assert not any(g.startswith(("Upgrade", "Industrial platforms")) for g in got)


def test_metric_named_by_an_unknown_name_yields_no_broad_industry() -> None:
    # the vocabulary knows 生物 but not 沙漠生物: "生物" alone would be a different, broader priority
    assert _industries("到2030年，沙漠生物产业总产值力争达到50亿元。", "zh") == []


def test_metric_with_a_region_before_the_industry_still_names_it() -> None:
    assert ("湖南省", "汽车") in [(r, i) for r, i, _ in _priorities("到2027年，湖南汽车产业产值突破3000亿元。", "zh")]


def test_revenue_from_its_industry() -> None:
    got = _industries("By 2028 Wuxi aims for revenue from its integrated circuit industry to exceed 300 billion yuan.", "en")
    assert got == ["integrated circuit industry"]


def test_two_as_label_groups_in_one_sentence() -> None:
    got = _priorities("Jiangxi's outline names lithium batteries, copper processing and new displays as strategic "
                      "emerging industries, and quantum sensing and green hydrogen as future industries.", "en")
    assert [(i, t) for _, i, t in got] == [
        ("lithium batteries", "emerging"), ("copper processing", "emerging"), ("new displays", "emerging"),
        ("quantum sensing", "future"), ("green hydrogen", "future")]


def test_supply_chains_of_buyers_are_no_industry_list() -> None:
    got = _industries("Changzhou will give a reward of up to 3 million yuan to parts firms that enter the supply "
                      "chains of local battery makers.", "en")
    assert got == []


def test_material_words_end_sector_names() -> None:
    got = _industries("东营市重点发展特种橡胶、工程塑料和高性能树脂。", "zh")
    assert got == ["特种橡胶", "工程塑料", "高性能树脂"]


def test_apposition_zheyi_names_the_group() -> None:
    got = _priorities("桐乡市将推动毛衫制造这一传统产业向品牌化延伸。", "zh")
    assert [(i, t) for _, i, t in got] == [("毛衫制造", "traditional")]


def test_apposition_after_a_bracket_names_no_bare_chanye() -> None:
    got = _industries("做大做强航天（卫星）产业这一主导产业。", "zh")
    assert "产业" not in got


def test_systems_of_a_sector_are_items() -> None:
    got = _industries("Hefei will focus on complete vehicles, power batteries and intelligent cockpit systems.", "en")
    assert got == ["complete vehicles", "power batteries", "intelligent cockpit systems"]


def test_institutional_systems_are_no_items() -> None:
    assert _industries("Hefei will focus on innovation systems and service systems.", "en") == []


def test_title_names_its_subject_industries_zh() -> None:
    text = "关于推动海洋装备产业高质量发展的若干措施\n\n第一条 为加快建设海洋强市，制定本措施。\n"
    assert _industries(text, "zh") == ["海洋装备"]


def test_title_without_an_industry_names_none() -> None:
    text = "关于推动经济社会高质量发展的若干意见\n\n第一条 为加快建设现代化城市，制定本意见。\n"
    assert _industries(text, "zh") == []


def test_title_names_its_subject_industries_en() -> None:
    text = ("Several Measures of Longhua District, Shenzhen, to Support the Development of the Drone and "
            "Robotics Industries\n\nArticle 1 These measures are formulated to help local firms grow.\n")
    got = _priorities(text, "en")
    assert [(r, i) for r, i, _ in got] == [("Longhua", "Drone"), ("Longhua", "Robotics")]


def test_a_parent_region_after_its_unit_is_a_qualifier() -> None:
    rm = extract("Longhua District, Shenzhen, will develop drones, industrial robots and smart sensors.",
                 date="2026-03-01", language="en")
    assert {p.region_code for p in rm.priorities} == {"440309"}


# batch 18 (read after batch 19 was written as the new held-out set)

def test_chinese_ordinal_items_under_an_announcing_line() -> None:
    text = ("今年我们将重点抓好以下产业：\n一、新能源汽车。今年产量力争增长两成。\n二、集成电路与新型显示。补齐关键环节。\n"
            "三、空天信息、生物制造等新兴领域。新招引项目30个。\n")
    got = _industries(text, "zh")
    assert got[:3] == ["新能源汽车", "集成电路", "新型显示"]
    assert "三" not in got and not any("、" in g for g in got)
    assert "空天信息" in got and "生物制造" in got


def test_machine_words_end_sector_names_and_split_a_pair() -> None:
    got = _industries("包头市将重点发展风电整机、永磁电机和稀土储氢材料。", "zh")
    assert got == ["风电整机", "永磁电机", "稀土储氢材料"]


def test_goujian_is_a_cue_not_part_of_the_first_item() -> None:
    got = _industries("赤峰市将加快构建风电装备、光伏装备、储能装备等新能源装备集群。", "zh")
    assert got == ["风电装备", "光伏装备", "储能装备"]


def test_direction_lines_keep_the_list_open_and_its_tier() -> None:
    text = ("Xuhui picks three future industry tracks:\n- future health, including synthetic biology;\n"
            "- future intelligence, centred on brain-inspired chips and service robots;\n"
            "- future materials, such as graphene materials.\n")
    got = _priorities(text, "en")
    names = {i: t for _, i, t in got}
    assert names.get("brain-inspired chips") == "future" and names.get("service robots") == "future"
    assert names.get("graphene materials") == "future"


def test_asked_to_lead_in_names_industries_but_leading_now_does_not() -> None:
    assert _industries("Hangzhou is asked to lead in artificial intelligence and the low-altitude economy.", "en") == \
        ["artificial intelligence", "low-altitude economy"]
    assert _industries("Ningbo and Wenzhou lead in new materials.", "en") == []


def test_singular_label_after_an_as_list_and_an_especially_aside() -> None:
    got = _priorities("Hebei treats steel, especially special steel, as a traditional pillar to be upgraded.", "en")
    assert [(i, t) for _, i, t in got] == [("steel", "traditional"), ("special steel", "traditional")]


def test_industry_worth_an_amount_names_it() -> None:
    got = _industries("Xinyu aims to build a photovoltaic industry worth 200 billion yuan by 2027.", "en")
    assert got == ["photovoltaic industry"]


def test_metric_joining_two_names_keeps_both() -> None:
    got = _industries("Baotou plans to raise the output of its rare earth and permanent magnet materials industry to "
                      "over 150 billion yuan by 2027.", "en")
    assert got == ["rare earth and permanent magnet materials industry"]


def test_british_prioritises_and_a_next_clause_label_stays_its_own() -> None:
    # a document with its own title line: a lone sentence about future industries would be its own title,
    # and a future-industry title gives every unlabelled item the future tier
    text = ("https://example.org/t\n2026-03-01\nWuxi industry note\n\nWuxi's plan prioritises integrated circuits, "
            "biomedicine and advanced materials, and names quantum sensing and humanoid robots as future industries.\n")
    got = {i: t for _, i, t in _priorities(text, "en")}
    assert got["quantum sensing"] == "future" and got["humanoid robots"] == "future"
    assert got["integrated circuits"] != "future" and got["advanced materials"] != "future"


def test_as_emerging_areas_after_a_present_participle() -> None:
    got = _industries("We are also supporting power chips, sodium-ion batteries and vehicle operating systems as "
                      "emerging areas where the city is still weak.", "en")
    assert got == ["power chips", "sodium-ion batteries", "vehicle operating systems"]


def test_a_list_listed_as_a_label_after_with() -> None:
    got = _industries("Anhui's plan names new energy vehicles and new displays as its two pillar clusters, with "
                      "commercial aerospace and quantum sensing listed as emerging growth engines.", "en")
    assert "commercial aerospace" in got and "quantum sensing" in got
    assert "emerging growth engines" not in got


def test_metric_of_its_industry_beyond_or_above_an_amount() -> None:
    got = _industries("Mianyang aims to lift the revenue of its optoelectronic display industry beyond CNY 300 "
                      "billion by the end of 2028.", "en")
    assert got == ["optoelectronic display industry"]
