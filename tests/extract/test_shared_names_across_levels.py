"""A pinyin name a prefecture shares with a county-level city elsewhere ("Wuwei": Gansu's prefecture, Anhui's
county-level city under Wuhu) is the one inside the region the text names; "the municipal government" at the start of
a later paragraph is the text's city, not a county-level city named in an earlier paragraph. Texts written for these
tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract
from indupath.extract.regions import find_mentions

_WUHU = ("Wuhu industrial white paper (excerpt)\n\n"
         "Roles of districts and counties\n\n"
         "Jiujiang District will host the robot cluster. Wuwei City, a county-level city under Wuhu, will develop a "
         "cable industry base with output above 40 billion yuan by 2028.\n\n"
         "Policy tools\n\n"
         "The municipal government will set up an industrial mother fund with 8 billion yuan to invest in the pillars.")


def test_a_shared_name_is_the_one_inside_the_named_city() -> None:
    r = extract(_WUHU, language="en", date="2026-04-15")
    assert [(t.region_code, t.value) for t in r.targets] == [("340281", 4e10)]


def test_the_municipal_government_of_a_later_paragraph_is_the_texts_city() -> None:
    r = extract(_WUHU, language="en", date="2026-04-15")
    assert [(m.region_code, m.kind) for m in r.measures if m.kind == "fund"] == [("340200", "fund")]


def test_the_prefecture_stays_where_nothing_else_is_named() -> None:
    text = "Gansu plan. Wuwei will build a 2 GW solar equipment base by 2027."
    assert {t.region_code for t in extract(text, language="en", date="2026-04-15").targets} == {"620600"}


def test_an_industry_named_like_a_facility_after_a_focus_verb() -> None:
    got = [(p.region_code, p.industry) for p in extract(
        "Shanxi conference report. Datong will concentrate on data centres.", language="en", date="2025-12-13").priorities]
    assert got == [("140200", "data centres")]
    # a facility stays no industry
    assert extract("Shanxi conference report. Datong will concentrate on innovation centres.", language="en",
                   date="2025-12-13").priorities == ()


def test_an_industry_to_grow_into_a_sized_industry() -> None:
    got = [(p.region_code, p.industry) for p in extract(
        "Hubei memo. Hubei aims to build optoelectronic information into an industry of about 1 trillion yuan.",
        language="en", date="2025-12-03").priorities]
    assert got == [("420000", "optoelectronic information")]
    # what is not an industry stays none
    assert extract("Hubei memo. Hubei wants to turn its know-how into an industry.", language="en",
                   date="2025-12-03").priorities == ()


def test_polyphonic_district_names_are_read_as_on_maps() -> None:
    # 闵行 is Minhang (行 read háng), 筠连 is Junlian, 什邡 Shifang, 中牟 Zhongmou: the names texts use
    text = "Shanghai bulletin. Minhang District aims to gather more than 100 companies working on AI large models."
    assert [t.region_code for t in extract(text, language="en", date="2025-07-18").targets] == ["310112"]
    text = "Yibin bulletin. Junlian County aims to add at least 12 new energy firms by 2027."
    assert [t.region_code for t in extract(text, language="en", date="2025-07-18").targets] == ["511527"]
    text = "Deyang bulletin. Shifang aims to add at least 8 phosphorus chemicals firms by 2027."
    assert [t.region_code for t in extract(text, language="en", date="2025-07-18").targets] == ["510682"]


def test_the_province_city_and_a_part_of_which() -> None:
    text = ("AI compute in the north\n\nZhangjiakou. The Hebei city sells itself on cheap green power. Its plan targets "
            "400,000 standard data centre racks in operation by 2027, of which Huailai County alone is to host 250,000.")
    r = extract(text, language="en", date="2025-09-09")
    assert ("130700", 400000.0) in [(t.region_code, t.value) for t in r.targets]


def test_where_a_partner_is_from_is_not_who_acts() -> None:
    text = ("Shangyu District feature. Officials say a new joint training centre with a Hangzhou university will open "
            "next year. "
            "A Shanghai-based brokerage expects output to double.")
    assert {m.region_code for m in extract(text, language="en", date="2026-05-27").measures} == {"330604"}


def test_a_second_predicate_ends_the_list() -> None:
    got = [p.industry for p in extract(
        "Ningde memo. Fu'an, a county-level city under Ningde, is developing copper foil and electrolytes and offers "
        "standard factory space at reduced rent.", language="en", date="2025-07-08").priorities]
    assert "offers standard factory space" not in got and "copper foil" in got


def test_a_district_its_title_qualifies_is_that_district_throughout() -> None:
    # two districts share the name 鼓楼区 (Nanjing's, Fuzhou's, Xuzhou's, Kaifeng's): the title's 福州市 says which,
    # and the body's bare 鼓楼区 is the same one
    text = ("福州市鼓楼区人民政府关于支持数字经济发展的若干措施\n\n"
            "为推动全区数字经济提质增效，制定以下措施。\n"
            "一、到2028年，鼓楼区数字经济核心产业营业收入力争达到500亿元。\n")
    r = extract(text, language="zh", date="2026-03-05")
    assert [(t.region_code, t.value, t.year) for t in r.targets] == [("350102", 5e10, 2028)]


def test_the_places_a_rank_is_measured_against_are_not_the_subject() -> None:
    text = ("Anhui unveils display plan\n\nHEFEI -- Anhui province on Monday released a plan for new display.\n\n"
            "Last year the province's display revenue ranked third in the country after Guangdong and Jiangsu.\n\n"
            "The new fund will invest mainly in panels. The province will also offer subsidies of up to 20 percent "
            "of the cost of new production lines.")
    r = extract(text, language="en", date="2026-03-03")
    assert [(m.region_code, m.kind) for m in r.measures if "subsidies" in m.text] == [("340000", "subsidy")]
    r = extract("安徽省新型显示产业新闻。全省新型显示产业营收仅次于广东、江苏。省里将对新建产线给予最高20%的补贴。",
                language="zh", date="2026-03-03")
    assert {m.region_code for m in r.measures} == {"340000"}


def test_pinyin_with_a_diaeresis_is_found_as_english_text_writes_it() -> None:
    found = [(m.surface, m.info.code) for m in find_mentions(
        "Luliang will build three stations; Lvliang City agrees. Luliang County is in Yunnan. Lushunkou District too.")]
    assert ("Luliang", "141100") in found and ("Lvliang City", "141100") in found  # 吕梁
    assert ("Luliang County", "530322") in found  # 陆良县 keeps its own name
    assert ("Lushunkou District", "210212") in found  # 旅顺口区
