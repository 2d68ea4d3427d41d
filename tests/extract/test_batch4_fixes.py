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


def test_english_noun_led_list_closed_by_as_label() -> None:
    text = (
        "https://example.org/b1\n2025-03-10\nYunnan sets out industrial plan\n"
        "The plan picks out tin smelting, green aluminium and plateau agriculture as priorities.\n"
        "It also designates silicon photovoltaics and lithium batteries as \"strategic emerging industries\".\n"
    )
    got = _priorities(text)
    inds = {ind for _, ind, _ in got}
    assert {"tin smelting", "green aluminium", "plateau agriculture", "silicon photovoltaics", "lithium batteries"} <= inds
    assert ("530000", "lithium batteries", "emerging") in got


def test_english_list_after_with_closed_by_as_chains() -> None:
    text = (
        "https://example.org/b2\n2025-03-10\nGansu brief\n"
        "Gansu wants a clean-power equipment base, with blade, inverter and electrolyser manufacturing as the three core chains.\n"
    )
    inds = _industries(text)
    assert {"blade", "inverter", "electrolyser manufacturing"} <= inds


def test_english_sentence_initial_list_labelled_after_a_comma() -> None:
    text = (
        "https://example.org/b3\n2025-03-10\nHebei brief\n"
        "Cement, coking coal and flat glass, classified as traditional industries, will get no new capacity in Hebei.\n"
    )
    got = _priorities(text)
    assert ("130000", "Cement", "traditional") in got
    assert ("130000", "coking coal", "traditional") in got
    assert ("130000", "flat glass", "traditional") in got


def test_english_priority_goes_to_list() -> None:
    text = (
        "https://example.org/b4\n2026-01-25\nAnhui government work report\n"
        "Anhui will build a modern industrial system. Priority will be given to display panels, "
        "new-energy vehicles, quantum information and generative AI.\n"
    )
    inds = _industries(text)
    assert {"display panels", "new-energy vehicles", "quantum information", "generative AI"} <= inds


def test_english_colon_enumeration_of_three_or_more() -> None:
    text = (
        "https://example.org/b5\n2025-03-10\nInterview with a Hefei official\n"
        "For Hefei the bets are clear: display panels, quantum sensors and hydrogen trucks.\n"
        "Our message to investors is simple: come early.\n"
    )
    inds = _industries(text)
    assert {"display panels", "quantum sensors", "hydrogen trucks"} <= inds
    assert "come early" not in inds


def test_english_emphasis_on_qualities_is_not_a_list() -> None:
    # adjectives sharing one head ("smart, green and safe mining") are not separate industries
    text = (
        "https://example.org/b6\n2025-03-10\nShanxi brief\n"
        "Shanxi will modernise coal, with an emphasis on smart, green and safe mining.\n"
    )
    inds = _industries(text)
    assert "smart" not in inds


# ---------------------------------------------------------------- B. fractions and coverage


def test_tenths_are_percentages_with_their_comparators() -> None:
    from indupath.extract.numbers import find_zh_quantities

    got = [(q.value, q.unit, q.comparator) for q in find_zh_quantities("本地配套率提高到七成，良品率达到八成以上，外资占比约四成左右")]
    assert got == [(70.0, "%", "="), (80.0, "%", ">="), (40.0, "%", "about")]
    # an idiom and a multi-digit numeral are not tenths
    assert find_zh_quantities("政策一成不变") == []


def test_full_coverage_is_one_hundred_percent() -> None:
    text = (
        "own://t/b7\n2025-06-01\n芜湖市数字化转型实施方案\n"
        "到2027年，芜湖市规上工业企业智能化诊断实现全覆盖，工业互联网平台普及率达到六成。\n"
    )
    got = _targets(text)
    assert ("340200", 100.0, 2027, "=") in got
    assert ("340200", 60.0, 2027, "=") in got


# ---------------------------------------------------------------- D. region carried too far


def test_local_as_a_modifier_is_not_an_anaphor_and_whole_area_returns_to_the_province() -> None:
    text = (
        "own://t/d1\n2025-11-10\n四川省经济和信息化厅新闻发布会\n"
        "负责同志：一是壮大动力电池产业。支持宜宾市建设动力电池之都，力争明年全省动力电池产量达到500吉瓦时，电池材料本地配套率提高到65%。\n"
        "二是做强配套，明年新引进配套项目不少于40个。\n"
    )
    got = {(code, v) for code, v, _, _ in _targets(text)}
    assert ("510000", 65.0) in got
    assert ("510000", 40.0) in got
    assert not any(code == "511500" for code, _ in got)


def test_whole_area_word_picks_the_region_named_at_that_level() -> None:
    # guard for the whole-area rule: with two provinces in one text, 全省 is the province the sentence
    # names, not the document's main region
    text = (
        "own://t/d2\n2025-03-05\n多地发布低空经济目标\n"
        "江苏省提出，到2027年低空经济规模达到1500亿元。\n"
        "浙江省明确，到2027年全省低空经济规模达到1200亿元左右。\n"
    )
    got = {(code, v) for code, v, _, _ in _targets(text)}
    assert ("330000", 120_000_000_000.0) in got
    assert ("320000", 150_000_000_000.0) in got


# ---------------------------------------------------------------- C. not targets, E. comparators


def test_implied_figures_and_estimates_are_not_targets() -> None:
    text = (
        "https://example.org/c1\n2025-07-01\nBrief: Hunan's display plan\n"
        "Hunan wants display output of 200 billion yuan by 2028, which implies annual growth of roughly 18 percent.\n"
        "We estimate that only 40 percent of the new capacity will be built on time.\n"
    )
    got = _targets(text)
    assert ("430000", 200_000_000_000.0, 2028, "=") in got
    assert all(v not in (18.0, 40.0) for _, v, _, _ in got)


def test_per_firm_threshold_with_each_is_not_a_target() -> None:
    text = (
        "https://example.org/c2\n2025-07-01\nNingbo plan\n"
        "Ningbo will cultivate 12 component makers with annual sales above 5 billion yuan each by 2027.\n"
    )
    got = _targets(text)
    assert ("330200", 12.0, 2027, "=") in got
    assert all(v != 5_000_000_000.0 for _, v, _, _ in got)


def test_counts_of_a_plans_items_are_not_targets_zh() -> None:
    text = (
        "own://t/c3\n2025-05-01\n南昌市数字经济行动方案\n"
        "《方案》提出9条支持政策，各项任务细化为36项，到2027年南昌市数字经济核心产业增加值达到1200亿元。\n"
    )
    got = _targets(text)
    assert ("360100", 120_000_000_000.0, 2027, "=") in got
    assert all(v not in (9.0, 36.0) for _, v, _, _ in got)


def test_a_plan_that_lists_projects_is_not_a_target_en() -> None:
    text = (
        "https://example.org/c4\n2025-05-01\nGuizhou issues computing plan\n"
        "The plan contains 14 measures and lists 31 key projects; Guizhou aims for computing capacity of 80 EFLOPS by 2027.\n"
    )
    got = _targets(text)
    assert all(v not in (14.0, 31.0) for _, v, _, _ in got)


def test_english_comparators_break_through_and_quoted_around() -> None:
    text = (
        "https://example.org/e1\n2026-01-20\nProvinces set growth goals\n"
        "Henan expects its equipment industry to break through the 2 trillion yuan mark in 2026, "
        "while Hubei opted for \"around 6 percent\" growth.\n"
    )
    got = _targets(text)
    assert ("410000", 2_000_000_000_000.0, 2026, ">=") in got
    assert ("420000", 6.0, 2026, "about") in got


# ---------------------------------------------------------------- D. year


def test_next_year_in_the_clause_beats_the_sentences_deadline() -> None:
    text = (
        "own://t/y1\n2025-12-20\n马鞍山市委经济工作会议召开\n"
        "会议要求，马鞍山市力争明年钢材产量达到2000万吨，到2030年先进钢铁材料产业营收达到1500亿元。\n"
    )
    got = _targets(text)
    assert ("340500", 20_000_000.0, 2026, "=") in got
    assert ("340500", 150_000_000_000.0, 2030, "=") in got


def test_estimate_after_a_so_far_report_is_not_a_target() -> None:
    text = (
        "own://t/y2\n2025-12-18\n蚌埠市委经济工作会议召开\n"
        "会议指出，今年以来，全市经济回升向好。预计全年地区生产总值增长6%左右，规上工业增加值增长8%。\n"
        "会议提出，明年蚌埠市地区生产总值增长6.5%以上。\n"
    )
    got = _targets(text)
    assert ("340300", 6.5, 2026, ">=") in got
    assert all(v not in (6.0, 8.0) for _, v, _, _ in got)


def test_late_year_estimate_for_the_current_year_is_not_a_target() -> None:
    late = (
        "https://example.org/y3\n2025-12-02\nInterview with Wuxi's mayor\n"
        "We expect Wuxi's IoT industry to post revenue of about 450 billion yuan this year. "
        "Next year Wuxi aims for IoT revenue of 500 billion yuan.\n"
    )
    got = _targets(late)
    assert ("320200", 500_000_000_000.0, 2026, "=") in got
    assert all(v != 450_000_000_000.0 for _, v, _, _ in got)
    # early in the year the same words state a goal
    early = late.replace("2025-12-02", "2025-03-02")
    assert any(v == 450_000_000_000.0 for _, v, _, _ in _targets(early))


def test_numbered_items_under_an_announcing_line_share_its_deadline() -> None:
    text = (
        "https://example.org/y4\n2025-06-10\nBrief: Jiangxi's copper plan\n"
        "Jiangxi wants copper-processing revenue of 900 billion yuan by 2028. The other goals are:\n"
        "(1) lifting the share of high-end copper foil to 40 percent;\n"
        "(2) cultivating 15 firms with national-level technology centres.\n"
        "Separately, Jiangxi will hold a copper industry fair.\n"
    )
    got = {(v, y) for _, v, y, _ in _targets(text)}
    assert (40.0, 2028) in got
    assert (15.0, 2028) in got


def test_numbered_items_do_not_inherit_from_a_line_without_a_colon() -> None:
    text = (
        "https://example.org/y5\n2025-06-10\nBrief: Jiangxi's copper plan\n"
        "Jiangxi wants copper-processing revenue of 900 billion yuan by 2028.\n"
        "(1) This year the province will lift the share of high-end copper foil to 40 percent.\n"
    )
    got = {(v, y) for _, v, y, _ in _targets(text)}
    assert (40.0, 2025) in got


def test_end_of_a_five_year_plan_period_is_its_year() -> None:
    from indupath.extract.targets import plan_end_years

    assert [y for _, y in plan_end_years("到“十四五”末…；到十五五期末…；“十六五”时期末")] == [2025, 2030, 2035]
    text = (
        "own://t/y6\n2026-02-01\n江西省政府工作报告\n"
        "推动江西省数字经济核心产业增加值占地区生产总值比重到“十五五”末达到15%以上。\n"
    )
    assert ("360000", 15.0, 2030, ">=") in _targets(text)


# ---------------------------------------------------------------- measures


def test_section_headings_and_questions_are_not_measures() -> None:
    text = (
        "own://t/m1\n2025-06-01\n南京江北新区产业行动计划\n"
        "（二）企业梯度培育行动。到2027年，南京市培育专精特新企业100家，设立10亿元产业基金。\n"
        "（五）开放合作深化行动。\n"
        "记者：新区会设立产业基金支持企业吗？\n"
        "记者：请介绍一下在培育专精特新企业方面的打算。\n"
    )
    texts = [m["text"] for m in extract(text).to_json_dict()["measures"]]
    assert not any("培育行动" in t or "深化行动" in t for t in texts)
    assert not any("吗" in t or "请介绍" in t for t in texts)
    assert any("10亿元产业基金" in t for t in texts)


def test_respectively_pairs_regions_with_values_in_order() -> None:
    zh = (
        "own://t/r1\n2025-12-20\n合肥市委经济工作会议召开\n"
        "会议要求，肥东县、肥西县明年规上工业产值分别增长10%、13%。\n"
    )
    got = {(code, v) for code, v, _, _ in _targets(zh)}
    assert got == {("340122", 10.0), ("340123", 13.0)}
    en = (
        "https://example.org/r2\n2026-01-10\nJiangsu cities set goals\n"
        "Nantong and Yancheng will lift industrial output by 8 percent and 9 percent respectively this year.\n"
    )
    got_en = {(code, v) for code, v, _, _ in _targets(en)}
    assert got_en == {("320600", 8.0), ("320900", 9.0)}


def test_one_sector_after_a_strong_cue_is_a_priority() -> None:
    text = "own://t/a10\n2025-12-20\n九江市委经济工作会议召开\n会议要求，九江市要大力发展港口物流服务业。\n明年要大力发展新兴产业。\n"
    inds = _industries(text)
    assert "港口物流服务业" in inds
    assert "新兴产业" not in inds


def test_english_sentence_initial_enumeration_of_sectors() -> None:
    text = (
        "https://example.org/b7\n2026-01-25\nHebei government work report\n"
        "Coal, steel, glass products and ceramics, which still employ a quarter of Hebei's workers, will be upgraded.\n"
        "Revenue, jobs and exports all rose last year.\n"
    )
    inds = _industries(text)
    assert {"Coal", "steel", "glass products", "ceramics"} <= inds
    assert not ({"Revenue", "jobs", "exports"} & inds)


def test_a_paragraph_reporting_the_first_quarters_is_not_targets() -> None:
    text = (
        "own://t/c5\n2025-11-12\n江西省新闻发布会\n"
        "负责同志：今年前三季度，全省规上工业增加值增长7.5%。光伏组件产量42吉瓦，增长18%；锂电池产值突破3000亿元。"
        "近日，江西省印发若干措施，共6个方面24条，明确提出到2027年全省工业营收突破5万亿元。\n"
        "我们将重点办好两件事。对年度营收首次超过50亿元的企业，给予一次性奖励。\n"
    )
    got = _targets(text)
    assert ("360000", 5e12, 2027, ">=") in got
    assert all(v not in (7.5, 42.0, 18.0, 3e11, 24.0, 2.0, 5e9) for _, v, _, _ in got)


def test_routes_counted_in_tiao_are_still_targets() -> None:
    text = "own://t/c6\n2025-05-01\n某市低空经济方案\n到2027年，南昌市建成低空航线30条以上；开通国际货运航线5条。\n"
    got = {(v, c) for _, v, _, c in _targets(text)}
    assert (30.0, ">=") in got and (5.0, "=") in got


def test_english_list_between_paired_dashes() -> None:
    text = (
        "https://example.org/b8\n2025-12-02\nInterview with Ningde's mayor\n"
        "Our base is new energy -- battery cells, cathode materials, electrolyte chemicals -- and it will stay that way.\n"
        "The answer -- more land, faster approvals -- came quickly.\n"
    )
    inds = _industries(text)
    assert {"battery cells", "cathode materials", "electrolyte chemicals"} <= inds
    assert not ({"more land", "faster approvals"} & inds)


def test_respectively_pairs_regions_with_industries() -> None:
    text = (
        "own://t/r3\n2025-12-20\n安徽省制造业大会\n"
        "会议要求，滁州市、蚌埠市要分别围绕光伏玻璃和硅基新材料打造特色产业集群；"
        "马鞍山市、铜陵市分别打造千亿级先进钢铁材料产业基地和铜基新材料产业基地。\n"
    )
    got = {(code, ind) for code, ind, _ in _priorities(text)}
    assert {("341100", "光伏玻璃"), ("340300", "硅基新材料"), ("340500", "先进钢铁材料"), ("340700", "铜基新材料")} <= got
    assert ("341100", "硅基新材料") not in got
