"""English roundups and explainers: a place in capitals heading its section, and the verbs a comparison names a
region's industries with ("adds", "is going after", "puts A and B first", ", along with"). Sentences written for
these tests; places real, plans illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str) -> list[tuple[str | None, str]]:
    return [(p.region_code, p.industry) for p in extract(text, language="en", date="2025-12-20").priorities]


def test_a_place_in_capitals_on_its_own_line_heads_its_section() -> None:
    text = ("Provinces set out next year's push\n\nGANSU\nThe north-western province named hydrogen and new materials "
            "as strategic emerging industries.\n\nINNER MONGOLIA\nThe region pledged to upgrade traditional industries "
            "including coal chemicals and metallurgy.\n")
    got = _priorities(text)
    assert ("620000", "hydrogen") in got and ("150000", "coal chemicals") in got and ("150000", "metallurgy") in got
    assert ("620000", "coal chemicals") not in got


def test_a_heading_in_capitals_that_is_more_than_a_place_names_no_region() -> None:
    text = ("INVEST IN WUXI\nXinwu District Sensor Park\n\nLocated in Xinwu District, the park backs MEMS sensors "
            "and automotive electronics.")
    assert {c for c, _ in _priorities(text)} == {"320214"}


def test_comparison_verbs_name_a_regions_industries() -> None:
    assert _priorities("Yunnan adds biomanufacturing and plateau agriculture.") == [
        ("530000", "biomanufacturing"), ("530000", "plateau agriculture")]
    assert _priorities("Gansu is going after commercial aerospace and seed breeding.") == [
        ("620000", "commercial aerospace"), ("620000", "seed breeding")]
    assert _priorities("Anhui's strategy puts new displays and integrated circuits first, with biomedicine behind.") == [
        ("340000", "new displays"), ("340000", "integrated circuits")]
    assert _priorities("Jilin is betting on hydrogen, along with wind and solar equipment.") == [
        ("220000", "hydrogen"), ("220000", "wind"), ("220000", "solar equipment")]


def test_what_those_verbs_take_that_is_no_industry() -> None:
    assert _priorities("Along the coast of Shandong, fishing towns chase a blue-economy upgrade.") == []
    assert _priorities("Jiangsu adds value to its exports and adds 5,000 jobs.") == []
    # "first" ends a list only where the sentence puts it last, not inside a label
    got = _priorities("Guizhou named computing power and the digital economy as the province's first engine, pledging "
                      "to grow.")
    assert got and all(" as " not in i and "first" not in i for _, i in got)


def test_a_title_before_a_subjects_name_leaves_it_the_subject() -> None:
    text = ("Gansu is going after commercial aerospace, and the provincial capital Lanzhou wants to build a "
            "biomedicine cluster worth about 30 billion yuan by 2028.")
    rm = extract(text, language="en", date="2026-08-10")
    assert [(t.region_code, t.value) for t in rm.targets] == [("620100", 3e10)]


def test_what_an_applicant_must_show_ends_a_list() -> None:
    text = ("Applicants must be registered in Hubei. For equipment upgrading support, the project's equipment "
            "investment must be at least RMB 20 million.")
    assert _priorities(text) == []


def test_a_meetings_verb_is_no_part_of_the_first_item() -> None:
    rm = extract("长治市政府常务会议纪要。五、会议研究了上党区煤化工等传统产业高端化改造工作。", language="zh",
                 date="2025-07-14")
    assert [(p.region_code, p.industry, p.tier) for p in rm.priorities] == [("140404", "煤化工", "traditional")]


def test_a_label_set_off_after_for_the_names_the_items_after_it() -> None:
    text = ("Jiangmen decisions. For the traditional industries, hardware and motorcycles, the focus will be on "
            "upgrading existing firms.")
    assert [(p.industry, p.tier) for p in extract(text, language="en", date="2026-04-14").priorities] == [
        ("hardware", "traditional"), ("motorcycles", "traditional")]


def test_a_fund_a_meeting_approved_is_a_measure() -> None:
    rm = extract("Jiangmen minutes. The meeting approved in principle a RMB 2 billion industrial investment fund.",
                 language="en", date="2026-04-14")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("440700", "fund")]


def test_bullets_under_an_industries_heading_are_items() -> None:
    text = ("Invest in Lantern Bay Aerospace Industrial Park\n\nIndustries We Welcome\n\n"
            "- Satellite manufacturing and constellation operations\n- Rocket engines and launch vehicle components\n"
            "- Hardware and sanitary ware\n\nOur Goals\n\n- Faster approvals and lower costs for tenants\n")
    rm = extract(text, language="en", date="2026-11-03")
    assert [p.industry for p in rm.priorities] == [
        "Satellite manufacturing", "constellation operations", "Rocket engines", "launch vehicle components",
        "Hardware and sanitary ware"]


def test_what_a_region_said_would_remain_its_first_priority() -> None:
    text = ("Ningxia said computing power and data centres would remain its first priority, alongside new materials.")
    assert _priorities(text)[:2] == [("640000", "computing power"), ("640000", "data centres")]
    # a kind of zone is no industry
    assert _priorities("Hainan put the free trade port at the centre of its plans.") == []


def test_fields_a_technology_is_applied_in_are_no_industries() -> None:
    text = ("Xi'an will release a list of no fewer than 100 AI application scenarios every year in fields such as "
            "government services, healthcare, transportation and cultural tourism.")
    assert _priorities(text) == []
    assert _priorities("Xi'an will focus on strategic emerging industries such as artificial intelligence and "
                       "integrated circuits.") == [("610100", "artificial intelligence"), ("610100", "integrated circuits")]


def test_a_list_that_starts_with_and_the_former_and_the_latter() -> None:
    text = ("Zhejiang's list has nine quick-win future industries and six exploratory ones. Among the former are "
            "humanoid robots and low-altitude aircraft; among the latter are quantum information and ocean-carbon "
            "technologies.")
    assert [i for _, i in _priorities(text)] == ["humanoid robots", "low-altitude aircraft", "quantum information",
                                                 "ocean-carbon technologies"]
    text = "Hefei's future list naturally starts with quantum technology, fusion energy, and space information."
    assert [i for _, i in _priorities(text)] == ["quantum technology", "fusion energy", "space information"]


def test_a_tiers_label_with_words_after_it_is_no_item() -> None:
    text = "In Danyang, both pillars are traditional industries in the government's own vocabulary."
    assert _priorities(text) == []


def test_a_city_heading_with_its_province_in_brackets_opens_the_citys_section() -> None:
    text = ("Hydrogen plans in three northern cities\n\nCompiled from municipal plans.\n\n"
            "Zhangjiakou (Hebei)\n- Lists hydrogen fuel cells and wind power equipment among its emerging industries.\n"
            "- Aims for hydrogen output of more than 50,000 tonnes by 2027.\n\n"
            "Datong (Shanxi)\n- Names hydrogen storage tanks and coal-based hydrogen as future industries.\n"
            "- Offers 200,000 yuan for each new refuelling station.\n")
    rm = extract(text, date="2026-02-01", language="en")
    assert {(p.region, p.industry) for p in rm.priorities} == {
        ("Zhangjiakou", "hydrogen fuel cells"), ("Zhangjiakou", "wind power equipment"),
        ("Datong", "hydrogen storage tanks"), ("Datong", "coal-based hydrogen")}
    assert [t.region for t in rm.targets] == ["Zhangjiakou"]
    assert [m.region for m in rm.measures] == ["Datong"]


def test_money_a_bullet_pays_out_is_no_target() -> None:
    text = ("Datong plans, compiled on February 20, 2026.\n\nDatong (Shanxi)\n- Aims for 40 refuelling stations by 2027.\n"
            "- Pays up to 2 million yuan to firms that certify a new hydrogen truck model.\n"
            "- Offers 200,000 yuan per new refuelling station, up to 1 million yuan a year per operator.\n")
    rm = extract(text, date="2026-02-01", language="en")
    assert [(t.value, t.year) for t in rm.targets] == [(40, 2027)]


def test_a_sentence_case_industries_heading_lists_the_bullets_below_it() -> None:
    text = ("Investor Guide: Dongjiakou Port Logistics Park, Qingdao\n\nSectors we welcome\n"
            "- grain and timber trading;\n- cold-chain logistics for seafood;\n- ship repair and remanufacturing.\n\n"
            "Industries are recovering\n- Port traffic rose last year.\n")
    rm = extract(text, language="en", date="2026-06-15")
    assert [p.industry for p in rm.priorities] == [
        "grain and timber trading", "cold-chain logistics for seafood", "ship repair and remanufacturing"]


def test_a_bullets_verb_with_no_subject_is_no_part_of_the_first_item() -> None:
    text = ("Kashgar (Xinjiang)\n- Treats cotton textiles and apparel as traditional industries.\n"
            "- Classifies the low-altitude economy as a future industry, alongside drone logistics.\n")
    rm = extract(text, language="en", date="2026-02-20")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("cotton textiles", "traditional"), ("apparel", "traditional"), ("low-altitude economy", "future"),
        ("drone logistics", "future")]
