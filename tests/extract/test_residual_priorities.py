"""Priority readings found on the errors that remain across the tuned blind batches (2-20), rather than on
one batch, with sentences written for these tests: the fields where a technology is applied are not
industries, a first item keeps no subject or verb of its clause, a bureau's name (市工业和信息化局) names no
industry, and "but" ends an English item."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str, language: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2025-06-20", language=language)
    return [(p.region, p.industry) for p in rm.priorities]


def test_application_fields_are_not_industries() -> None:
    assert _priorities("合肥市将在交通、医疗、教育等领域开展人工智能规模化应用。", "zh") == []
    assert _priorities("嘉兴市在港口巡检、电力巡线、农林植保等场景推广无人机示范应用。", "zh") == []


def test_a_list_of_industries_before_a_field_word_stays() -> None:
    got = [i for _, i in _priorities("合肥市重点发展集成电路、新型显示、人工智能等领域。", "zh")]
    assert got == ["集成电路", "新型显示", "人工智能"]


def test_a_first_item_drops_its_clauses_subject_and_verb() -> None:
    got = [i for _, i in _priorities("佛山市则依托家电、陶瓷等传统优势产业，打造智能制造示范基地。", "zh")]
    assert got == ["家电", "陶瓷"]
    got = [i for _, i in _priorities("设立规模50亿元的佛山市产业投资基金，重点投向新型储能、半导体和智能装备。", "zh")]
    assert got == ["新型储能", "半导体", "智能装备"]


def test_a_bureau_name_is_no_industry() -> None:
    assert _priorities("佛山市召开新闻发布会，市发展改革局、市工业和信息化局、市科技局负责同志出席。", "zh") == []


def test_but_ends_an_english_item() -> None:
    got = [i for _, i in _priorities("The plan keeps Ningbo's focus on new materials but widens it to robots.", "en")]
    assert "new materials" in got and not any("widens" in i for i in got)


def test_a_copula_and_label_name_an_industry() -> None:
    assert _priorities("会议强调，纺织是我市的传统优势产业，要加快转型升级。", "zh") == [(None, "纺织")]
    got = _priorities("辽宁省会议指出，石化是我省的支柱产业。", "zh")
    assert got == [("辽宁省", "石化")]
    got = _priorities("In Weihai, marine equipment and shipbuilding are the city's leading emerging industries.", "en")
    assert [i for _, i in got] == ["marine equipment", "shipbuilding"]


def test_a_copula_without_an_industry_label_names_nothing() -> None:
    assert _priorities("会议指出，创新是我省的第一动力。", "zh") == []
    assert _priorities("In Weihai, jobs and housing are the city's main worries.", "en") == []


def test_smelting_and_coking_are_sector_words() -> None:
    got = [i for _, i in _priorities("Shanxi's traditional industries such as coal, coking and magnesium smelting "
                                     "will be upgraded.", "en")]
    assert got == ["coal", "coking", "magnesium smelting"]


def test_an_industry_that_is_a_goals_subject_is_a_priority() -> None:
    # the goal's verb follows the industry: "wants its X industry to top …", "its X industry should pass …"
    got = _priorities("Wuxi wants its biomedicine industry to top 200 billion yuan in revenue by 2027.", "en")
    assert got == [("Wuxi", "biomedicine industry")]
    got = _priorities("Officials said Taiyuan's robotics industry should pass 30 billion yuan by 2028.", "en")
    assert got == [("Taiyuan", "robotics industry")]


def test_a_known_last_word_of_a_longer_name_is_not_the_goals_industry() -> None:
    # "marine electronic information" is not "electronic information": no priority from the metric
    got = _priorities("Zhoushan expects its marine electronic information industry to pass 10 billion yuan by 2027.", "en")
    assert got == []


def test_items_between_ba_and_zuowei_are_the_regions_directions() -> None:
    got = _priorities("株洲市将轨道交通装备、中小航空发动机和先进陶瓷作为制造业的主攻方向。", "zh")
    assert [i for _, i in got] == ["轨道交通装备", "中小航空发动机", "先进陶瓷"]
    assert {r for r, _ in got} == {"株洲市"}
    got = _priorities("芜湖市把机器人和新能源汽车作为两张“王牌”。", "zh")
    assert [i for _, i in got] == ["机器人", "新能源汽车"]


def test_a_ba_zuowei_label_gives_the_tier() -> None:
    rm = extract("我们把量子科技和生物制造作为未来产业来培育。", date="2025-06-20", language="zh")
    assert [(p.industry, p.tier) for p in rm.priorities] == [("量子科技", "future"), ("生物制造", "future")]


def test_ba_zuowei_without_a_direction_word_is_no_list() -> None:
    # a task or a slogan after 作为 makes no industries of what precedes it
    assert _priorities("各区县要把项目建设和营商环境作为硬任务。", "zh") == []


def test_green_hydrogen_is_an_industry_head() -> None:
    assert [i for _, i in _priorities("鄂尔多斯市将发展新型储能和绿氢产业。", "zh")] == ["新型储能", "绿氢"]


def test_specialises_in_names_the_regions_industry() -> None:
    assert _priorities("Leshan, in the south, specialises in silicon materials and photovoltaic equipment.", "en") == [
        ("Leshan", "silicon materials"), ("Leshan", "photovoltaic equipment")]


def test_an_industrial_park_being_built_is_no_priority() -> None:
    assert _priorities("邯郸市将加快建设邯郸新材料产业园，完善园区配套。", "zh") == []
    # a cluster still names its industry
    assert [i for _, i in _priorities("邯郸市将打造新材料产业集群。", "zh")] == ["新材料"]
    assert _priorities("Harbin will build an aerospace industrial park in Pingfang District.", "en") == []


def test_component_words_end_an_industry_item() -> None:
    got = _priorities("东莞市重点发展智能终端、新能源汽车零部件和智能传感器。", "zh")
    assert [i for _, i in got] == ["智能终端", "新能源汽车零部件", "智能传感器"]


def test_zuoda_opens_a_list() -> None:
    got = _priorities("洛阳市要做大高端装备、新材料、先进超硬材料产业。", "zh")
    assert [i for _, i in got][:2] == ["高端装备", "新材料"]


def test_items_between_yi_and_wei_daibiao_are_industries() -> None:
    got = _priorities("在包头，以稀土永磁材料、单晶硅、风电装备为代表的新兴产业快速壮大。", "zh")
    assert [i for _, i in got][:3] == ["稀土永磁材料", "单晶硅", "风电装备"]
    got = _priorities("构建以集成电路、新型显示为支柱，以新材料为支撑的现代化产业体系。", "zh")
    assert [i for _, i in got] == ["集成电路", "新型显示", "新材料"]


def test_a_bulleted_5g_or_6g_item_is_kept() -> None:
    text = ("The plan picks three future industries for Suzhou:\n"
            "- quantum computing\n- 6G communications\n- brain-computer interfaces\n")
    assert [i for _, i in _priorities(text, "en")] == ["quantum computing", "6G communications", "brain-computer interfaces"]


def test_a_backed_city_keeps_its_facts_past_an_adverb_and_a_place_it_builds() -> None:
    # 支持X加快建设…，做强X某新区…，[facts]: the facts are the backed city's, not the province's that speaks
    text = ("湖北省政府工作报告部署了全年任务。支持襄阳加快建设汽车产业强市，做强襄阳高新区和东津新区，"
            "新能源汽车、氢能装备两大产业规模力争突破2000亿元。")
    got = _priorities(text, "zh")
    assert ("襄阳市", "新能源汽车") in got and ("襄阳市", "氢能装备") in got
    assert not any(region == "湖北省" for region, _ in got)
    rm = extract(text, date="2025-06-20", language="zh")
    assert [t.region for t in rm.targets] == ["襄阳市"]


def test_counted_directions_named_after_ordinals_in_one_line() -> None:
    text = ("苏州市出台未来产业培育方案。方案提出布局四大未来产业方向：一是第三代半导体，建设化合物半导体中试线；"
            "二是生物制造，推进酶工程平台建设；三是推进场景开放，每年发布应用清单；四是前沿新材料，突破关键工艺。")
    got = _priorities(text, "zh")
    assert [i for _, i in got if i in ("第三代半导体", "生物制造", "前沿新材料")] == ["第三代半导体", "生物制造", "前沿新材料"]
    assert all(region == "苏州市" for region, _ in got)
    assert not any(i.startswith("推进") for _, i in got)  # an action after its ordinal names no direction
    tiers = {p.industry: p.tier for p in extract(text, date="2025-06-20", language="zh").priorities}
    assert tiers["生物制造"] == "future"


def test_ordinals_without_a_counted_announcement_name_no_direction() -> None:
    got = _priorities("江阴将从三方面发力：一是技术改造，对改造项目给予补助；二是要素保障，每年安排专项资金。", "zh")
    assert got == []


def test_an_industry_named_as_the_highland_or_base_a_city_builds() -> None:
    got = _priorities("绍兴市将加快建设具有全国影响力的集成电路产业高地，同步建设现代纺织制造基地。", "zh")
    assert ("绍兴市", "集成电路") in got
    got = _priorities("常州市提出建设长三角新能源创新高地。", "zh")
    assert ("常州市", "新能源") in got


def test_an_industry_named_again_as_its_chain_is_one_priority() -> None:
    text = ("宝鸡市围绕钛材料、汽车零部件两条重点产业链推进强链补链。\n二、重点产业链任务\n"
            "1．钛材料产业链。由市级领导担任链长。\n2．汽车零部件产业链。推动整零协同。")
    got = [i for _, i in _priorities(text, "zh")]
    assert sorted(got) == ["汽车零部件", "钛材料"], got


def test_fields_where_rules_are_tried_out_are_not_industries() -> None:
    assert _priorities("无锡市在车联网、无人配送等领域探索包容审慎的沙盒监管机制。", "zh") == []
    assert _priorities("无锡市在数据跨境、算力调度等方向开展先行先试。", "zh") == []


def test_the_stages_of_a_chain_are_not_industries() -> None:
    got = [i for _, i in _priorities("无锡市集成电路产业围绕设计、制造、封测、装备材料补链强链。", "zh")]
    assert not {"设计", "制造", "封测"} & set(got)
    got = [i for _, i in _priorities("无锡市重点发展集成电路、生物医药、物联网等产业。", "zh")]
    assert got == ["集成电路", "生物医药", "物联网"]


def test_a_city_before_a_shared_district_name_says_which_district() -> None:
    # 南山区 is a district of Shenzhen and of Hegang; 深圳市南山区 is Shenzhen's, and the district is the region
    rm = extract("深圳市南山区将重点发展低空经济、人工智能等产业。", date="2025-06-20", language="zh")
    assert {(p.region_code, p.industry) for p in rm.priorities} == {("440305", "低空经济"), ("440305", "人工智能")}


def test_placing_early_bets_on_names_industries() -> None:
    got = _priorities("In future industries, Suzhou is placing early bets on quantum computing and synthetic biology.", "en")
    assert [i for _, i in got] == ["quantum computing", "synthetic biology"]


def test_a_bare_copula_before_a_tier_word_labels_the_list() -> None:
    got = _priorities("Zibo: But ceramics and glass are traditional industries, and the city will make them greener.", "en")
    assert [i for _, i in got] == ["ceramics", "glass"]
    got = _priorities("Tangshan official: Steel and cement will remain important traditional industries.", "en")
    assert [i for _, i in got] == ["Steel", "cement"]
    # no tier word after the copula: no label
    assert _priorities("Steel and cement are energy-hungry industries.", "en") == []


def test_a_region_that_opens_a_list_owns_its_items() -> None:
    got = _priorities("浙江省推进产业升级。支持绍兴市纺织、印染、化纤等传统产业开展数字化改造。", "zh")
    assert got == [("绍兴市", "纺织"), ("绍兴市", "印染"), ("绍兴市", "化纤")]
    got = _priorities("江苏省推进产业升级。支持南通、盐城发展海上风电、海洋装备等产业。", "zh")
    assert sorted(got) == [("南通市", "海上风电"), ("南通市", "海洋装备"), ("盐城市", "海上风电"), ("盐城市", "海洋装备")]
    got = _priorities("江西省重点发展景德镇陶瓷、赣州稀土等特色产业。", "zh")
    assert got == [("景德镇市", "陶瓷"), ("赣州市", "稀土")]


def test_the_tail_of_a_develop_verb_is_no_part_of_the_last_item() -> None:
    got = _priorities("武汉市加快合成生物、脑机接口、细胞与基因治疗发展。", "zh")
    assert [i for _, i in got] == ["合成生物", "脑机接口", "细胞与基因治疗"]


def test_a_chains_span_is_no_list_of_industries() -> None:
    assert _priorities("包头市打造从稀土精矿、稀土金属到永磁材料的完整产业链。", "zh") == []
    got = _priorities("包头市推动稀土产业向永磁电机、储氢材料和抛光材料延伸。", "zh")
    assert not any("向" in i for _, i in got)


def test_a_four_word_industry_or_an_industry_highland_names_its_industry() -> None:
    got = _priorities("Baotou will build a national rare earth permanent magnet base.", "en")
    got2 = _priorities("Jiuquan has released a plan for building a national clean energy industry highland.", "en")
    assert [i for _, i in got2] == ["clean energy"]
    got3 = _priorities("Ningde is to become a lithium battery materials base with 300 billion yuan in revenue.", "en")
    assert [i for _, i in got3] == ["lithium battery materials"]
    assert all("build" not in i for _, i in got)


def test_next_steps_after_last_years_results_are_plans() -> None:
    # 下一步 (and 接下来, 今后) turns a paragraph that opened with last year's results to what will be done
    text = ("烟台市海洋产业发布会\n\n烟台市有关负责同志：去年，全市海工装备产业营业收入320亿元，同比增长9.8%。"
            "下一步，我们以蓬莱区为主要承载地，加快海上风电装备、海洋牧场装备和深远海养殖装备发展。")
    got = _priorities(text, "zh")
    assert [i for _, i in got] == ["海上风电装备", "海洋牧场装备", "深远海养殖装备"]
    assert {r for r, _ in got} == {"烟台市"}
    text = text.replace("下一步，", "接下来，")
    assert [i for _, i in _priorities(text, "zh")] == ["海上风电装备", "海洋牧场装备", "深远海养殖装备"]
    # the results alone stay results
    assert _priorities("烟台市海洋产业发布会\n\n烟台市有关负责同志：去年，全市海上风电装备、海洋牧场装备和深远海养殖装备产业"
                       "营业收入320亿元。", "zh") == []


def test_a_backed_city_keeps_what_it_develops_past_what_it_builds_on() -> None:
    # 支持X依托Y，重点发展… / 支持X发挥…优势，发展…: the province backs the city, the industries are the city's
    text = "四川省加快发展新兴产业\n\n支持攀枝花市依托攀西战略资源创新开发试验区，重点发展钒钛新材料、新型储能和高端装备制造。"
    got = _priorities(text, "zh")
    assert got == [("攀枝花市", "钒钛新材料"), ("攀枝花市", "新型储能"), ("攀枝花市", "高端装备制造")]
    text = "四川省加快发展新兴产业\n\n支持宜宾市发挥动力电池配套优势，发展固态电池、钠离子电池和储能系统。"
    got = _priorities(text, "zh")
    assert got and {r for r, _ in got} == {"宜宾市"}


def test_common_sector_nouns_head_english_items() -> None:
    # terminals, grids, graphene, (virtual) reality, lasers and cybersecurity name sectors as the other heads do
    for item in ("smart terminals", "smart grids", "graphene", "virtual reality", "lasers", "cybersecurity"):
        got = _priorities(f"Hubei will speed up the development of energy storage, {item} and biomedicine.", "en")
        assert [i for _, i in got] == ["energy storage", item, "biomedicine"], item


def test_list_frames_found_by_probing_common_constructions() -> None:
    # 抢抓 opens a list like 抢占 (the verb is no part of the first item)
    got = _priorities("四川省将抢抓生物制造、核电装备、商业航天等新赛道。", "zh")
    assert [i for _, i in got] == ["生物制造", "核电装备", "商业航天"]
    # 北斗, 信创 and 医美 are sectors of their own
    got = _priorities("四川省将加快培育北斗、信创、医美等产业。", "zh")
    assert [i for _, i in got] == ["北斗", "信创", "医美"]
    # 金属 heads an item, so 有色金属和高性能纤维 is two
    got = _priorities("合肥市将培育壮大钢铁、有色金属和高性能纤维等产业。", "zh")
    assert [i for _, i in got] == ["钢铁", "有色金属", "高性能纤维"]
    # an unlabelled item that ends in no sector word is kept when the vocabulary lists it as an industry
    got = _priorities("四川省将重点发展工业软件、生物育种、智能网联汽车。", "zh")
    assert [i for _, i in got] == ["工业软件", "生物育种", "智能网联汽车"]
    # "Key sectors (for X) include A, B and C"
    got = _priorities("Key sectors for Sichuan include quantum information, nonferrous metals and aerospace.", "en")
    assert [i for _, i in got] == ["quantum information", "nonferrous metals", "aerospace"]


def test_an_english_sentence_opened_by_a_region_as_its_topic_is_that_regions() -> None:
    text = ("Hunan manufacturing\n\nHunan will build a strong manufacturing base. In Changsha, the focus is on artificial "
            "intelligence, new energy vehicles and biomedicine.")
    got = _priorities(text, "en")
    assert [i for _, i in got] == ["artificial intelligence", "new energy vehicles", "biomedicine"]
    assert {r for r, _ in got} == {"Changsha"}
    text = ("Hunan manufacturing\n\nHunan will build a strong manufacturing base. For Yueyang, the plan lists artificial "
            "intelligence, new energy vehicles and biomedicine.")
    assert {r for r, _ in _priorities(text, "en")} == {"Yueyang"}
    # a subject named after the topic still owns its facts
    text = ("Hunan manufacturing\n\nIn Hunan, Zhuzhou will focus on rail transit equipment, aviation engines and "
            "ceramics.")
    assert {r for r, _ in _priorities(text, "en")} == {"Zhuzhou"}


def test_an_adverb_after_a_list_is_no_part_of_its_last_item() -> None:
    for adverb in ("further", "too", "as well", "vigorously"):
        got = _priorities(f"Hefei will develop quantum information and humanoid robots {adverb}.", "en")
        assert [i for _, i in got] == ["quantum information", "humanoid robots"], adverb
