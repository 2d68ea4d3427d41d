"""Readings found on blind batch 19's errors (the sixth session's held-out set, opened for tuning in the
seventh once batch 20 had been written), each with sentences written for these tests:

- priorities: a bracketed acronym inside a Chinese list (电动垂直起降飞行器（eVTOL）、物流无人机), aircraft
  words (飞行器) as sector heads, a quoted label ("as its \"number one\" strategic emerging industry"),
  "segments" as a list label, "engaged in A, B and C", an adjective before "Development" in a title;
- regions: 该市 / 全市 / 全州 point at the city or prefecture the paragraph has just named, and a title that
  names one region containing the most-named one makes that region the document's;
- targets: a result estimated after the fact ("is expected to have topped"), output already produced, land
  already reserved, a time limit ("within three working days"), a note's own forecast ("Our 2026 output
  forecast"), "Class 1" as a label, "shall be home to at least 50", "in 2026" after the number, a forecast
  cue before an amount whose reward words come in a later clause, and 截至今年8月底 as results so far."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str, language: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2025-06-20", language=language)
    return [(p.region, p.industry) for p in rm.priorities]


def _targets(text: str, language: str, date: str = "2025-06-20") -> list[tuple[str | None, float, str, int | None]]:
    rm = extract(text, date=date, language=language)
    return [(t.region, t.value, t.unit, t.year) for t in rm.targets]


# ---------------------------------------------------------------------------------------------- priorities


def test_bracketed_acronym_does_not_end_a_chinese_list() -> None:
    got = [i for _, i in _priorities("宝安区将重点发展通用航空器、倾转旋翼飞行器（TRV）和巡检无人机，打造低空制造集群。", "zh")]
    assert got == ["通用航空器", "倾转旋翼飞行器（TRV）", "巡检无人机"]


def test_quoted_words_inside_an_as_label() -> None:
    got = _priorities('Jiangxi treats lithium batteries and photovoltaics as its "top priority" strategic emerging '
                      "industries.", "en")
    assert [i for _, i in got] == ["lithium batteries", "photovoltaics"]


def test_segments_close_an_as_list() -> None:
    got = [i for _, i in _priorities("Beyond final assembly, Chongqing's plan names battery packs, automotive "
                                     "chips and lidar as segments to be localised.", "en")]
    assert got == ["battery packs", "automotive chips", "lidar"]


def test_engaged_in_opens_a_list() -> None:
    got = [i for _, i in _priorities("These rules apply to firms in Nanjing Jiangbei New Area that are engaged in "
                                     "gene sequencing, synthetic biology and medical robots.", "en")]
    assert got == ["gene sequencing", "synthetic biology", "medical robots"]


def test_title_with_an_adjective_before_development() -> None:
    got = [i for _, i in _priorities("Measures of Hefei on Supporting the Coordinated Development of the Quantum "
                                     "Technology and Photovoltaic Industries (Trial)", "en")]
    assert got == ["Quantum Technology", "Photovoltaic"]


# ------------------------------------------------------------------------------------------------- regions


def test_gai_shi_points_at_the_city_just_named() -> None:
    text = ("江苏省将加快培育新兴产业。支持苏州市建设生物医药产业地标。支持无锡市建设物联网创新高地。"
            "该市将设立规模30亿元的物联网产业基金，力争今年物联网产业规模达到4500亿元。")
    got = _targets(text, "zh")
    assert got == [("无锡市", 4.5e11, "CNY", 2025)]


def test_quan_shi_in_a_province_text_is_the_city_just_named() -> None:
    text = ("广东省政府工作报告提出，全省将加快发展先进制造业。\n\n"
            "支持深圳市建设具有全球影响力的科技创新中心。全市布局建设人工智能算力平台，力争到2027年人工智能产业规模达到"
            "一万亿元。")
    got = _targets(text, "zh")
    assert got == [("深圳市", 1e12, "CNY", 2027)]


def test_quan_zhou_is_the_prefecture_not_a_city_inside_it() -> None:
    text = ("贵州省新闻发布会。\n\n"
            "黔东南州副州长：我们将在凯里市建设大数据产业园。到2026年底，全州数据中心标准机架突破5万架。")
    got = _targets(text, "zh", date="2025-09-18")
    assert [r for r, *_ in got] == ["黔东南苗族侗族自治州"]


def test_a_titles_one_region_is_the_documents_when_it_contains_the_most_named() -> None:
    text = ("Press conference of the Information Office of the Yunnan Provincial Government on green energy\n\n"
            "Reporter: What are the main goals?\n\n"
            "Director of the Yunnan Energy Bureau: This year we aim to raise installed wind and solar capacity "
            "to 80 million kilowatts.\n\n"
            "Reporter: How will Kunming contribute?\n\n"
            "Vice mayor of Kunming: Kunming will build a green aluminium base in the city. Kunming will also expand its "
            "photovoltaic industry, and Kunming will host a solar fair. Kunming welcomes investors.")
    got = _targets(text, "en")
    assert [r for r, *_ in got] == ["Yunnan Province"]


def test_a_province_named_as_where_a_county_lies_stays_a_setting() -> None:
    text = ("In a Zhejiang county, an old craft learns new tricks\n\n"
            "Longquan is known for celadon. Longquan aims to lift ceramics output to 10 billion yuan by 2027. "
            "Longquan also wants more kilns.")
    assert [r for r, *_ in _targets(text, "en")] == ["Longquan"]


# ------------------------------------------------------------------------------------------------- targets


def test_a_result_estimated_after_the_fact_is_no_target() -> None:
    got = _targets("Shaanxi's exports of new energy vehicles are expected to have topped 30 billion yuan.", "en")
    assert got == []


def test_output_already_produced_is_no_target_but_the_aim_after_it_is() -> None:
    got = _targets("Liuzhou produced around 250,000 new energy vehicles this year and aims to make more than "
                   "400,000 in 2027.", "en", date="2025-12-20")
    assert got == [("Liuzhou", 400000.0, "count", 2027)]


def test_land_already_reserved_and_a_time_limit_are_no_targets() -> None:
    got = _targets("Beihai has reserved 3,000 mu of industrial land, and it will let investors register companies "
                   "within five working days.", "en")
    assert got == []


def test_a_notes_own_forecast_is_no_target() -> None:
    assert _targets("Our 2026 Guangdong vehicle output forecast stands at 6 million units.", "en") == []


def test_class_and_level_numbers_are_labels() -> None:
    got = _targets("For a Class 2 medical device that enters Level 3 review, Changsha will grant up to 2 million yuan.",
                   "en")
    assert got == []


def test_shall_be_home_to_is_a_goal() -> None:
    got = _targets("By 2027, Wuxi shall be home to at least 30 integrated circuit firms.", "en")
    assert got == [("Wuxi", 30.0, "count", 2027)]


def test_a_forecast_before_rewards_in_a_later_clause_is_a_target() -> None:
    got = _targets("Officials said Weihai's marine equipment industry is expected to generate more than 80 billion "
                   "yuan in revenue by 2027, and the city will provide up to 2 million yuan in rewards for each new "
                   "product.", "en")
    assert ("Weihai", 8e10, "CNY", 2027) in got


def test_a_fund_expected_to_attract_money_is_no_target() -> None:
    got = _targets("Xiamen's new fund will be seeded with 5 billion yuan and is expected to attract more than "
                   "10 billion yuan from banks.", "en")
    assert got == []


def test_status_as_of_a_month_end_is_results_so_far() -> None:
    got = _targets("截至今年9月底，云南省新能源装机已达到4000万千瓦，占全省装机的比重接近三成。", "zh")
    assert got == []


# ------------------------------------------------------------------------------------------------ measures


def _measures(text: str, language: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2025-06-20", language=language)
    return [(m.region, m.kind) for m in rm.measures]


def test_a_texts_clauses_about_itself_are_no_measures() -> None:
    assert _measures("为加快发展智能网联汽车产业，结合南沙区实际，制定本实施方案。", "zh") == []
    assert _measures("本方案自印发之日起施行，有效期至2027年12月31日。", "zh") == []
    assert _measures("同一项目符合南沙区其他扶持政策的，按就高原则执行，不重复享受。", "zh") == []
    assert _measures("Article 1 These Rules are formulated to make Hefei High-tech Zone a base for quantum "
                     "technology.", "en") == []
    assert _measures("Article 12 These Rules shall take effect on 1 May 2026. An enterprise of Hefei High-tech Zone "
                     "that qualifies under several policies shall receive the higher amount without duplication.",
                     "en") == []


def test_a_grant_is_still_a_measure() -> None:
    assert _measures("对新认定的国家级专精特新企业，南沙区给予一次性奖励50万元。", "zh") == [("南沙区", "subsidy")]


def test_a_provision_whose_condition_names_last_year_is_a_measure() -> None:
    got = _measures("南沙区规定：\n对企业研发投入较上年增长的部分，按15%给予补助，每家企业每年最高200万元。", "zh")
    assert got == [("南沙区", "subsidy")]


def test_spoken_zhou_li_is_the_prefecture_its_speaker_serves() -> None:
    text = ("贵州省新闻发布会。\n\n黔东南苗族侗族自治州副州长：我们重点发展大数据和新型储能。\n\n"
            "政策上，州里设立了规模20亿元的大数据产业基金。")
    assert _measures(text, "zh") == [("黔东南苗族侗族自治州", "fund")]


def test_spoken_shi_li_in_a_citys_text_stays_that_city() -> None:
    text = ("记者专访株洲市市长。\n\n株洲市将做强轨道交通装备产业，支持醴陵市发展陶瓷产业。\n\n"
            "市里将设立规模30亿元的产业转型升级基金。")
    assert ("株洲市", "fund") in _measures(text, "zh")
