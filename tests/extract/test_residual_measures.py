"""Measure readings found on the errors that remain across the tuned blind batches (2-20), rather than on
one batch, with sentences written for these tests: a tally of policy documents issued is no measure, and the
plan a text opens with (the plan it reports on or is) is not one of its measures, while a plan the text
cites later among other steps is."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str, language: str) -> list[tuple[str | None, str, str]]:
    rm = extract(text, date="2025-06-20", language=language)
    return [(m.region, m.kind, m.text) for m in rm.measures]


def test_a_tally_of_policy_documents_is_no_measure() -> None:
    assert _measures("今年以来，绍兴市共出台产业支持政策文件15件，兑现奖补资金6亿元。", "zh") == []
    assert _measures("Shaoxing said it issued 15 policy documents for manufacturers this year.", "en") == []


def test_a_new_fund_is_still_a_measure() -> None:
    got = _measures("绍兴市将设立规模20亿元的集成电路产业基金。", "zh")
    assert [(r, k) for r, k, _ in got] == [("绍兴市", "fund")]


def test_the_plan_a_news_text_reports_on_is_not_its_measure() -> None:
    text = ("绍兴市印发集成电路产业行动方案\n\n"
            "近日，绍兴市人民政府办公室印发《绍兴市集成电路产业高质量发展行动方案（2025—2027年）》。\n\n"
            "《方案》提出，设立规模20亿元的集成电路产业基金。")
    got = _measures(text, "zh")
    assert [(r, k) for r, k, _ in got] == [("绍兴市", "fund")]


def test_a_plan_cited_later_among_other_steps_is_a_measure() -> None:
    text = ("绍兴市加快发展集成电路产业\n\n"
            "绍兴市将集成电路作为首位产业。\n\n"
            "近年来，绍兴市先后实施《绍兴市集成电路产业高质量发展行动方案（2023—2025年）》，并将设立规模20亿元的集成电路产业基金。")
    got = _measures(text, "zh")
    assert ("绍兴市", "program") in [(r, k) for r, k, _ in got]


def test_priority_land_guarantees_are_land_measures() -> None:
    got = _measures("绍兴市对集成电路重点项目优先保障用地指标。", "zh")
    assert [(r, k) for r, k, _ in got] == [("绍兴市", "land")]


def test_a_guarantees_chapter_heading_is_no_measure() -> None:
    assert _measures("五、保障措施", "zh") == []


def test_a_clause_that_only_names_what_the_next_builds_on_is_no_measure() -> None:
    got = _measures("依托绍兴集成电路产业园，建设晶圆级封装中试平台。", "zh")
    assert [t for _, _, t in got] == ["建设晶圆级封装中试平台"]


def test_relying_on_a_place_to_build_something_is_one_measure() -> None:
    got = _measures("绍兴市将依托集成电路产业园建设晶圆级封装中试平台。", "zh")
    assert len(got) == 1 and got[0][2].endswith("中试平台")


def test_a_provision_in_the_present_with_its_beneficiary_as_subject_is_a_measure() -> None:
    got = _measures("In Zhangjiang, newly settled chip design firms receive a one-off reward of up to 3 million yuan.", "en")
    assert [(k, t) for _, k, t in got] == [("subsidy", "newly settled chip design firms receive a one-off reward of up "
                                                        "to 3 million yuan")]
    got = _measures("Returning scientists may receive a housing allowance of 500,000 yuan in Suzhou.", "en")
    assert [(r, k) for r, k, _ in got] == [("Suzhou", "subsidy")]


def test_receiving_orders_or_visitors_is_no_measure() -> None:
    # the verb alone is not a provision: what is received must be money or relief
    assert _measures("Suzhou's robot makers receive orders from across Asia.", "en") == []


def test_a_headline_names_no_measure() -> None:
    text = ("Jiangxi unveils plan to build a copper-based new materials hub\n"
            "NANCHANG -- Jiangxi province will set up a 5-billion-yuan copper materials fund, officials said.\n")
    got = _measures(text, "en")
    assert [(k, t[:40]) for _, k, t in got] == [("fund", "Jiangxi province will set up a 5-billion")]


def test_a_broken_first_line_of_a_long_paragraph_keeps_its_measure() -> None:
    text = ("近日，江西省政府办公厅印发通知，为加快铜基新材料产业发展，推动有色金属产业转型升级，培育壮大新兴产业集群，"
            "制定江西省铜基新材料产业高质量发展行动方案\n"
            "一、发展目标\n")
    assert [k for _, k, _ in _measures(text, "zh")] == ["cluster", "program"]


def test_backed_regions_keep_the_measure_when_a_base_comes_before_the_verb() -> None:
    got = _measures("湖南省：支持长沙市依托湘江新区建设国家级人工智能创新应用先导区。", "zh")
    assert [r for r, _, _ in got] == ["长沙市"]
    got = _measures("湖南省：支持株洲市、湘潭市分别围绕轨道交通装备、新能源装备建设省级先进制造业集群。", "zh")
    assert [r for r, _, _ in got] == ["株洲市", "湘潭市"]


def test_regions_that_open_a_measure_clause_are_its_regions() -> None:
    got = _measures("四川省：绵阳市、遂宁市分别围绕先进核能和锂电材料打造特色产业集群。", "zh")
    assert [r for r, _, _ in got] == ["绵阳市", "遂宁市"]


def test_an_english_counted_goal_is_no_measure() -> None:
    assert _measures("Suzhou aims to host at least 2,000 AI enterprises by 2027.", "en") == []
    assert _measures("No fewer than 5 public pilot-testing platforms shall be built in Suzhou by 2027.", "en") == []


def test_a_counted_measure_with_money_stays() -> None:
    got = _measures("Suzhou will give at least 20 pilot projects grants of up to 5 million yuan each.", "en")
    assert [(r, k) for r, k, _ in got] == [("Suzhou", "subsidy")]


def test_a_plan_named_as_the_speaker_leads_its_measure() -> None:
    got = _measures("在资金保障上，《实施意见》提出设立规模30亿元的苏州市人工智能产业基金，重点投向早期项目。", "zh")
    assert [(k, t) for _, k, t in got] == [("fund", "设立规模30亿元的苏州市人工智能产业基金")]
    got = _measures("《意见》还明确建设10个中试平台，对新认定的平台给予最高500万元补助。", "zh")
    assert [k for _, k, _ in got] == ["platform", "subsidy"]


def test_the_topic_clause_before_measures_is_no_measure() -> None:
    got = _measures("在支持措施上，市财政每年安排不少于2亿元专项资金；在政策支持方面，对顶尖团队给予最高1亿元资助。", "zh")
    assert [k for _, k, _ in got] == ["fund", "subsidy"]
    assert not any(t.startswith("在") for _, _, t in got)


def test_upgrading_traditional_industries_is_a_programme() -> None:
    got = _measures("推动印染、五金、化工等传统产业“智改数转”，明年完成技改项目800个。", "zh")
    assert [(k, t) for _, k, t in got] == [("program", "推动印染、五金、化工等传统产业“智改数转”")]
    got = _measures("推进家具、陶瓷等传统优势产业数字化改造。", "zh")
    assert [k for _, k, _ in got] == ["program"]


def test_a_trial_run_is_a_programme() -> None:
    got = _measures("在社区、港口等场景开展无人配送试点，在文旅、巡检等领域开展无人机规模化应用。", "zh")
    assert [k for _, k, _ in got] == ["program", "program"]
    got = _measures("开展低空空域管理改革试点。", "zh")
    assert [k for _, k, _ in got] == ["reform"]  # a reform's trial stays a reform


def test_a_documents_own_formalities_are_not_measures() -> None:
    # the preamble that enacts the text, its purpose article, its effective-date article
    assert _measures("为加快建设绍兴市集成电路产业集群，推动纺织、印染等传统产业改造提升，制定以下政策措施。", "zh") == []
    assert _measures("第十二条 本办法自印发之日起施行，有效期三年。", "zh") == []
    assert _measures("Article 1 (Purpose) These rules are formulated to support the biomedicine industry of "
                     "Suzhou Industrial Park.", "en") == []
    assert _measures("To speed up the growth of Wuxi's IoT industry, the following measures are issued.", "en") == []
    # an article that grants support stays a measure
    got = _measures("第三条 对新认定的国家级企业技术中心，给予一次性奖励200万元。", "zh")
    assert [k for _, k, _ in got] == ["subsidy"]


def test_free_trade_port_provisions_are_measures() -> None:
    got = _measures("Hainan: Equipment imported by aviation maintenance firms shall enjoy the zero-tariff policy.", "en")
    assert [k for _, k, _ in got] == ["opening"]
    got = _measures("Hainan: Overseas researchers working in Boao may apply for a five-year residence permit.", "en")
    assert [k for _, k, _ in got] == ["talent"]
    got = _measures("Hainan: Yacht makers may import engines and hull materials free of import duties.", "en")
    assert [k for _, k, _ in got] == ["opening"]
    assert _measures("Hainan: Residents enjoy the island's beaches.", "en") == []


def test_an_articles_number_and_title_are_not_its_text_but_name_its_kind() -> None:
    text = ("Sanya measures for marine industries\n\nArticle 6 (Fund) A marine industry fund with a total size of "
            "5 billion yuan shall invest in deep-sea equipment projects.\n"
            "Article 9 (Supplementary provisions) These measures take effect on 1 May 2026.")
    got = _measures(text, "en")
    assert [(k, t[:12]) for _, k, t in got] == [("fund", "A marine ind")]


def test_a_levels_own_government_acting_owns_the_rest_of_its_sentence() -> None:
    # after a sentence on a city, the province's own budget opens the next one: the province's measures
    text = ("湖南省加快发展先进制造业\n\n"
            "湖南省将工程机械作为优势产业。株洲市要加快发展轨道交通装备，打造世界级产业集群。"
            "省级财政安排20亿元先进制造业专项资金，对新建智能工厂给予贴息支持。")
    got = _measures(text, "zh")
    assert ("湖南省", "fund") in [(r, k) for r, k, _ in got]
    assert ("株洲市", "fund") not in [(r, k) for r, k, _ in got]
    assert [r for r, _, t in got if t.startswith("对新建智能工厂")] == ["湖南省"]
    # a city named earlier in the same sentence does not take what the province sets up
    got = _measures("湖南省加快发展先进制造业\n\n株洲市明年轨道交通装备产值力争突破1000亿元，为此，省里将设立规模50亿元的"
                    "轨道交通产业基金。", "zh")
    assert [(r, k) for r, k, _ in got if k == "fund"] == [("湖南省", "fund")]
    # a city the province backs after it keeps its own platform
    got = _measures("湖南省加快发展先进制造业\n\n为此，省里将设立规模50亿元的轨道交通产业基金，支持株洲建设国家级轨道交通装备"
                    "产业园。", "zh")
    assert [(r, k) for r, k, _ in got] == [("湖南省", "fund"), ("株洲市", "platform")]


def test_carry_out_and_roll_out_start_a_measure_of_their_own() -> None:
    got = _measures("Hefei will set up a 5-billion-yuan quantum industry fund and carry out a pilot reform of the approval "
                    "system for new chemical projects.", "en")
    assert [k for _, k, _ in got] == ["fund", "reform"]
    got = _measures("Anhui will set up a 20-billion-yuan provincial fund for new displays and roll out subsidies for "
                    "equipment upgrades.", "en")
    assert [k for _, k, _ in got] == ["fund", "subsidy"]


def test_pushing_ahead_with_projects_is_a_measure() -> None:
    got = _measures("Hefei will push ahead with 100 major industrial projects.", "en")
    assert [(r, k) for r, k, _ in got] == [("Hefei", "projects")]
    got = _measures("Hefei will press ahead with its smart factory campaign.", "en")
    assert [(r, k) for r, k, _ in got] == [("Hefei", "program")]
    got = _measures("Hefei will set up a quantum information innovation consortium.", "en")
    assert [(r, k) for r, k, _ in got] == [("Hefei", "innovation support")]


def test_chain_chief_system_and_project_drives_are_measures() -> None:
    # 链长制 (a chain chief for each key industrial chain) is how the government runs its chains: a reform
    got = _measures("芜湖市将全面推行重点产业链链长制。", "zh")
    assert [(r, k) for r, k, _ in got] == [("芜湖市", "reform")]
    # 招引 and 引育 act like 引进
    got = _measures("芜湖市明年将招引一批新能源汽车零部件项目。", "zh")
    assert [(r, k) for r, k, _ in got] == [("芜湖市", "projects")]
    got = _measures("芜湖市将引育一批高层次人才团队。", "zh")
    assert [(r, k) for r, k, _ in got] == [("芜湖市", "talent")]
    got = _measures("Wuhu will promote equipment renewal and trade-ins of consumer goods.", "en")
    assert [(r, k) for r, k, _ in got] == [("Wuhu", "program")]


def test_opening_waiving_and_covering_a_share_of_costs_are_measures() -> None:
    got = _measures("Wuhu will open a shared pilot-scale testing platform for battery makers next year.", "en")
    assert [(r, k) for r, k, _ in got] == [("Wuhu", "platform")]
    got = _measures("Wuhu will waive land transfer fees for major projects.", "en")
    assert [(r, k) for r, k, _ in got] == [("Wuhu", "land")]
    got = _measures("Wuhu will cover up to 30 percent of the cost of new production lines.", "en")
    assert [(r, k) for r, k, _ in got] == [("Wuhu", "subsidy")]
