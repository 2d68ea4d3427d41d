"""A grant's cap stays in its measure's row, matchmaking events and hubs are measures, and a city a province
backs to extend its own chain or turn its own firms owns that measure. Sentences written for these tests; places
real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str, language: str = "zh") -> list[tuple[str | None, str, str]]:
    return [(m.region, m.kind, m.text) for m in extract(text, language=language, date="2026-03-01").measures]


def test_a_cap_clause_joins_its_grant() -> None:
    text = "对年度研发投入超过1000万元的企业，按新增投入的10%给予奖励，单家企业最高奖励200万元。"
    assert _measures(text) == [(None, "subsidy", text.rstrip("。"))]
    text_en = ("The district will offer grants of 20% on new testing equipment, capped at 3 million yuan per "
               "company each year.")
    found = _measures(text_en, "en")
    assert len(found) == 1 and found[0][1] == "subsidy" and found[0][2].endswith("capped at 3 million yuan per company "
                                                                                 "each year"), found


def test_matchmaking_events_and_a_hub_are_measures() -> None:
    assert [(k, t) for _, k, t in _measures("今年开展“吉林智造”供需对接活动。")] == [
        ("program", "今年开展“吉林智造”供需对接活动")]
    assert [k for _, k, _ in _measures("今年支持长春市建设区域算力枢纽。")] == ["platform"]


WORK_POINTS = """吉林省工业和信息化厅2026年工作要点

今年全省规模以上工业增加值增长6%左右。

3.支持吉林市延伸碳纤维产业链，力争到2027年全市碳纤维产值突破三百亿元。

4.推动四平市换热器企业向成套化、智能化转型，培育一批系统集成服务商。
"""


def test_a_backed_city_extending_its_chain_or_turning_its_firms_owns_the_measure() -> None:
    assert [r for r, _, _ in _measures(WORK_POINTS)] == ["吉林市", "四平市"]


def test_a_rate_to_reach_is_a_target_not_a_measure() -> None:
    text = "今年推动全省规上工业企业数字化改造覆盖率达到七成，本地配套率提高到50%。"
    rm = extract(text, language="zh", date="2026-03-01")
    assert rm.measures == ()
    assert sorted(t.value for t in rm.targets) == [50.0, 70.0]


def test_a_meeting_agenda_is_no_measure() -> None:
    text = "会议研究部署了新能源汽车产业发展和重大项目建设等工作，听取了一季度招商引资工作情况汇报。"
    assert _measures(text) == []


def test_what_the_speaker_is_doing_now_and_a_standing_grant_are_measures() -> None:
    qa = ("Q: What else is new?\nA: We are also piloting a faster channel for cross-border data flows with "
          "Macao universities. Our returnee programme offers start-up grants of up to 1 million yuan per team.")
    kinds = [k for _, k, _ in _measures(qa, "en")]
    assert kinds == ["opening", "subsidy"], kinds


def test_starting_a_counted_number_of_projects_is_a_target_not_a_measure() -> None:
    # (read as a projects measure until the eighteenth session; the labelled sets give such a counted goal as a
    # target: 167 English gold targets hold one, 8 gold measures do)
    text = "Jilin will start at least 200 provincial key projects with total investment of 500 billion yuan next year."
    assert _measures(text, "en") == []
    rm = extract("Jilin Province\n\n" + text, language="en", date="2025-12-20")
    assert [(t.value, t.year) for t in rm.targets][:1] == [(200, 2026)]
    # starting projects with no count is a measure still
    assert [k for _, k, _ in _measures("Jilin will start construction of new provincial key projects next year.",
                                       "en")] == ["projects"]


def test_a_condition_clause_opens_its_grant_even_when_it_holds_an_action() -> None:
    # 实施 and 企业 would make the condition a measure of its own
    for text in ("今年对企业实施数字化改造的，按软件投入的20%给予补助，单个企业最高300万元。",
                 "一是对企业开展中试验证的，按实际费用的30%给予补助。"):
        found = _measures(text)
        assert len(found) == 1 and found[0][1] == "subsidy" and "对企业" in found[0][2], found


def test_narration_results_visions_and_output_goals_are_no_measures() -> None:
    for text in ("会上，市工信局负责人介绍了我市推动新能源产业集群发展有关情况。",
                 "会议还就扩大有效投资和招商引资作出部署。",
                 "全省大数据综合试验区建设取得重要成果。",
                 "要把合肥建设成为具有核心竞争力的科技创新高地。",
                 "今年推动新能源汽车产业集群产值迈上2000亿元台阶。"):
        assert _measures(text) == [], text


def test_an_up_to_clause_joins_its_grant() -> None:
    text = ("Hainan will let firms claim subsidies covering 30 percent of R&D spending on reusable rockets, up to 10 million yuan "
            "a year.")
    found = _measures(text, "en")
    assert len(found) == 1 and found[0][2].endswith("up to 10 million yuan a year"), found


def test_a_counted_goal_of_any_kind_is_a_target_not_a_measure() -> None:
    text = "今年全市力争新引进集成电路项目30个左右，新建数字化育苗基地10个，设立规模20亿元的产业基金。"
    rm = extract(text, language="zh", date="2026-03-01")
    assert [m.kind for m in rm.measures] == ["fund"]
    assert sorted(t.value for t in rm.targets if t.unit == "count") == [10.0, 30.0]
    # events counted in 场 or 次 are counted goals too
    rm = extract("全年举办产业链专题招商活动不少于15场，设立规模5亿元的天使基金。", language="zh", date="2026-03-01")
    assert [m.kind for m in rm.measures] == ["fund"]


def test_a_size_class_in_yuan_leaves_a_counted_goal_a_target() -> None:
    # the 元 of 亿元以上 sizes the projects counted; the 元 of a fund's size is money
    text = "今年全县力争新引进总投资5亿元以上的工业项目25个，实施亿元及以上技改项目40个，安排3000万元专项资金支持项目建设。"
    rm = extract(text, language="zh", date="2026-02-10")
    assert [m.kind for m in rm.measures] == ["fund"]
    assert sorted(t.value for t in rm.targets if t.unit == "count") == [25.0, 40.0]


def test_what_the_document_itself_does_and_an_issues_section_hold_no_measure() -> None:
    text = ("Briefing: Hefei battery policy\n\n"
            "Introduction\nThis paper comments on the industrial policies the Hefei Municipal Government has set out "
            "for 2026 and offers our recommendations.\n\n"
            "2. Issues\nSeveral subsidy schemes for 2026 require annual output of at least 100 million yuan in China, "
            "which excludes most start-ups.\n\n"
            "3. What the city plans\nThe city will set up a 5 billion yuan battery materials fund this year.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["fund"]


def test_a_documents_statement_of_its_purpose_is_no_measure() -> None:
    text = ("This notice is issued to carry out the province's work on future industries and to make the county a "
            "base for biomanufacturing. The county will set up a 300 million yuan biomanufacturing fund.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["fund"]


def test_who_a_grant_goes_to_opens_the_grant() -> None:
    text = ("对引进的顶尖人才团队，按“一事一议”给予最高5000万元综合资助。"
            "固定资产投资1亿元以上的新建工业项目，按设备投资额的6%给予补贴，单个项目最高800万元。"
            "对新引进的总部企业，前两年免收办公用房租金。")
    found = [(kind, text_) for _, kind, text_ in _measures(text)]
    assert found[0] == ("subsidy", "对引进的顶尖人才团队，按“一事一议”给予最高5000万元综合资助")
    assert found[1] == ("subsidy", "固定资产投资1亿元以上的新建工业项目，按设备投资额的6%给予补贴，单个项目最高800万元")
    # no grant follows: the condition clause stands as the measure it names
    assert found[2][1].startswith("对新引进的总部企业")


def test_a_numbered_heading_holds_no_measure_and_a_cap_joins_any_grant() -> None:
    text = ("IV. Supporting policies\n\n"
            "1. Demonstration projects will receive 0.2 yuan per kWh for three years, up to 3 million yuan per project.")
    found = _measures(text, "en")
    assert [t for _, _, t in found] == [
        "Demonstration projects will receive 0.2 yuan per kWh for three years, up to 3 million yuan per project"]


def test_a_quotations_attribution_dates_the_saying_not_the_plan() -> None:
    text = '"We will set up a 2 billion yuan robotics fund," said the mayor, Li Qiang, in an interview last week.'
    assert [kind for _, kind, _ in _measures(text, "en")] == ["fund"]


def test_an_articles_title_is_no_measure() -> None:
    text = ("Notice of the Xiaoshan District People's Government on Issuing the Implementation Plan for the Robotics "
            "Pilot Zone\n\nThe Implementation Plan is hereby issued. Please implement it carefully.\n\n"
            "Article 1 Purpose. This Plan is formulated to build the district into a robotics base.\n\n"
            "Article 4 Industry fund. The district shall set up a robotics industry fund of 1 billion yuan.\n\n"
            "Article 5 Application subsidies. Firms that open application scenarios shall receive subsidies of up to "
            "2 million yuan.")
    texts = [t for _, _, t in _measures(text, "en")]
    assert not any(t.startswith("Article") for t in texts), texts
    assert len(texts) == 2


def test_what_a_facility_offers_is_part_of_building_it() -> None:
    text = "建设市级智能制造公共服务平台，为中小企业提供设备上云诊断服务；设立规模5亿元的技改基金。"
    assert [(k, t) for _, k, t in _measures(text)] == [
        ("platform", "建设市级智能制造公共服务平台，为中小企业提供设备上云诊断服务"), ("fund", "设立规模5亿元的技改基金")]


def test_a_provision_in_the_present_progressive_is_a_measure() -> None:
    text = "Zigong, a city of salt and lanterns, is offering drone makers two years of free factory space."
    assert [kind for _, kind, _ in _measures(text, "en")] == ["subsidy"]


def test_due_to_open_and_given_priority_are_actions() -> None:
    text = ("A shared testing centre for ceramics is due to open in the county's park next spring. "
            "Key kiln upgrade projects will be given priority in energy-use quotas.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["platform", "projects"]


def test_money_set_aside_with_no_other_kind_is_a_fund() -> None:
    text = ("The provincial budget will set aside 4 billion yuan this year for upgrading old factories. "
            "The province will also earmark 1 billion yuan for technical renovation subsidies.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["fund", "subsidy"]


def test_a_baseline_last_year_does_not_make_the_plan_past() -> None:
    text = ("Luoyang wants its bearing output to reach 60 billion yuan by 2027, up from about 45 billion yuan last year, "
            "and said it would build a national bearing testing centre.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["platform"]


def test_standing_provisions_and_reforms_spoken_of_in_the_present() -> None:
    text = ("Tenants in our maker space pay no rent for two years. We are running a reform called land on demand. "
            "A shared ceramics testing platform will open to outside users next year.")
    assert [kind for _, kind, _ in _measures(text, "en")] == ["subsidy", "reform", "platform"]


def test_who_qualifies_joins_the_grant_after_it() -> None:
    # the beneficiary clause (对…总部, …的企业) opens the grant that follows it, also a per-unit one (每引进1家奖励…)
    text = ("渝北区关于支持总部经济发展的若干政策\n第二条 对新引进的世界500强企业区域总部，按实缴注册资本的2%给予一次性"
            "落户奖励，最高2000万元。\n第五条 楼宇运营机构年度新引进区级税收贡献超过500万元的企业，每引进1家奖励20万元。")
    rm = extract(text, language="zh", date="2026-03-05")
    assert [(m.kind, m.text.removeprefix("第二条 ").removeprefix("第五条 ")) for m in rm.measures] == [
        ("subsidy", "对新引进的世界500强企业区域总部，按实缴注册资本的2%给予一次性落户奖励，最高2000万元"),
        ("subsidy", "楼宇运营机构年度新引进区级税收贡献超过500万元的企业，每引进1家奖励20万元")]


def test_a_series_of_funds_each_named_with_its_size_is_one_measure_each() -> None:
    text = "廊坊市新闻发布会。母基金下设3支子基金：电子信息子基金12亿元、现代商贸物流子基金8亿元、生命健康天使基金3亿元。"
    funds = [(m.kind, m.text, m.amount) for m in extract(text, language="zh", date="2026-03-10").measures]
    assert funds[1:] == [("fund", "电子信息子基金12亿元", 1.2e9), ("fund", "现代商贸物流子基金8亿元", 8e8),
                         ("fund", "生命健康天使基金3亿元", 3e8)]


def test_the_part_a_region_named_after_qizhong_owns_is_its_alone() -> None:
    text = "沧州市新闻发布会。黄骅市、任丘市同步设立县域子基金，其中任丘市设立规模5亿元的智能装备子基金。"
    owners = [(m.region_code, m.text) for m in extract(text, language="zh", date="2026-03-10").measures
              if "其中" in m.text]
    assert owners == [("130982", "其中任丘市设立规模5亿元的智能装备子基金")]
