"""Regions: counts, codes and names against the GB/T 2260 source, hierarchy, province aliases."""

from __future__ import annotations

import pytest

from indupath.errors import NotFoundError
from indupath.taxonomy import (
    get_region,
    is_within,
    province_of,
    region_gazetteer,
    regions_table,
    resolve_region,
)

# Independent expectations, written out by hand: code, full name, short name, abbreviation(s),
# English forms that must resolve.
PROVINCES = [
    ("110000", "北京市", "北京", ["京"], ["Beijing", "Beijing Municipality"]),
    ("120000", "天津市", "天津", ["津"], ["Tianjin", "Tianjin Municipality"]),
    ("130000", "河北省", "河北", ["冀"], ["Hebei", "Hebei Province"]),
    ("140000", "山西省", "山西", ["晋"], ["Shanxi", "Shanxi Province"]),
    ("150000", "内蒙古自治区", "内蒙古", ["蒙"], ["Inner Mongolia", "Nei Mongol", "Inner Mongolia Autonomous Region"]),
    ("210000", "辽宁省", "辽宁", ["辽"], ["Liaoning", "Liaoning Province"]),
    ("220000", "吉林省", "吉林", ["吉"], ["Jilin Province"]),
    ("230000", "黑龙江省", "黑龙江", ["黑"], ["Heilongjiang", "Heilongjiang Province"]),
    ("310000", "上海市", "上海", ["沪"], ["Shanghai", "Shanghai Municipality"]),
    ("320000", "江苏省", "江苏", ["苏"], ["Jiangsu", "Jiangsu Province"]),
    ("330000", "浙江省", "浙江", ["浙"], ["Zhejiang", "Zhejiang Province"]),
    ("340000", "安徽省", "安徽", ["皖"], ["Anhui", "Anhui Province", "Anhui Sheng"]),
    ("350000", "福建省", "福建", ["闽"], ["Fujian", "Fujian Province"]),
    ("360000", "江西省", "江西", ["赣"], ["Jiangxi", "Jiangxi Province"]),
    ("370000", "山东省", "山东", ["鲁"], ["Shandong", "Shandong Province"]),
    ("410000", "河南省", "河南", ["豫"], ["Henan Province"]),
    ("420000", "湖北省", "湖北", ["鄂"], ["Hubei", "Hubei Province"]),
    ("430000", "湖南省", "湖南", ["湘"], ["Hunan", "Hunan Province"]),
    ("440000", "广东省", "广东", ["粤"], ["Guangdong", "Guangdong Province"]),
    ("450000", "广西壮族自治区", "广西", ["桂"], ["Guangxi", "Guangxi Zhuang Autonomous Region"]),
    ("460000", "海南省", "海南", ["琼"], ["Hainan Province"]),
    ("500000", "重庆市", "重庆", ["渝"], ["Chongqing", "Chongqing Municipality"]),
    ("510000", "四川省", "四川", ["川", "蜀"], ["Sichuan", "Sichuan Province"]),
    ("520000", "贵州省", "贵州", ["黔"], ["Guizhou", "Guizhou Province"]),
    ("530000", "云南省", "云南", ["滇"], ["Yunnan", "Yunnan Province"]),
    ("540000", "西藏自治区", "西藏", ["藏"], ["Tibet", "Xizang", "Tibet Autonomous Region"]),
    ("610000", "陕西省", "陕西", ["陕", "秦"], ["Shaanxi", "Shaanxi Province"]),
    ("620000", "甘肃省", "甘肃", ["陇"], ["Gansu", "Gansu Province"]),
    ("630000", "青海省", "青海", ["青"], ["Qinghai", "Qinghai Province"]),
    ("640000", "宁夏回族自治区", "宁夏", ["宁"], ["Ningxia", "Ningxia Hui Autonomous Region"]),
    ("650000", "新疆维吾尔自治区", "新疆", ["新"], ["Xinjiang", "Xinjiang Uygur Autonomous Region"]),
]


def _top(text: str, **kw: object) -> str:
    cands = resolve_region(text, **kw)  # type: ignore[arg-type]
    assert cands, f"{text!r} did not resolve"
    return cands[0].code


@pytest.mark.parametrize(("code", "full", "short", "abbrs", "english"), PROVINCES, ids=[p[0] for p in PROVINCES])
def test_every_province_resolves_from_all_its_forms(
    code: str, full: str, short: str, abbrs: list[str], english: list[str]
) -> None:
    exact = resolve_region(full)
    assert exact[0].code == code and exact[0].kind == "exact" and not exact[0].ambiguous
    assert _top(short) == code
    for a in abbrs:
        assert _top(a) == code, a
    for e in english:
        assert _top(e) == code, e
        assert _top(e.upper()) == code, e.upper()


def test_counts_match_the_source(divisions: dict[str, list[dict[str, str]]]) -> None:
    cn = regions_table("GB/T 2260")
    mainland = cn[~cn["code"].isin(["710000", "810000", "820000"])]
    counts = mainland.groupby("level").size().to_dict()
    # the source lists 东莞, 中山 and 儋州 (prefecture-level cities without counties) at both
    # levels under one code; the table keeps one row per code, as a prefecture
    assert counts == {"province": 31, "prefecture": 342, "county": 2975}
    assert len(divisions["provinces"]) == 31
    assert len(divisions["cities"]) == 342
    assert len(divisions["areas"]) == 2978
    both = {r["code"] for r in divisions["areas"]} & {r["code"] + "00" for r in divisions["cities"]}
    assert both == {"441900", "442000", "460400"}


def test_every_source_unit_has_its_six_digit_code_name_and_parent(divisions: dict[str, list[dict[str, str]]]) -> None:
    table = regions_table("GB/T 2260")
    assert table["code"].is_unique
    cn = {r["code"]: r for r in table.to_dict("records")}
    for row in divisions["provinces"]:
        rec = cn[row["code"] + "0000"]
        assert rec["name_zh"] == row["name"] and rec["level"] == "province"
    for row in divisions["cities"]:
        rec = cn[row["code"] + "00"]
        assert rec["name_zh"] == row["name"]
        assert rec["parent"] == row["provinceCode"] + "0000"
    for row in divisions["areas"]:
        rec = cn[row["code"]]
        assert rec["name_zh"] == row["name"]
        if rec["level"] == "county":
            assert rec["parent"] == row["cityCode"] + "00"
        else:
            assert row["code"] == row["cityCode"] + "00"
        assert province_of(row["code"]) == row["provinceCode"] + "0000"


def test_official_english_names_of_provinces_and_sars() -> None:
    assert get_region("150000").name_en == "Inner Mongolia Autonomous Region"
    assert get_region("450000").name_en == "Guangxi Zhuang Autonomous Region"
    assert get_region("640000").name_en == "Ningxia Hui Autonomous Region"
    assert get_region("650000").name_en == "Xinjiang Uygur Autonomous Region"
    assert get_region("540000").name_en == "Tibet Autonomous Region"
    assert get_region("110000").name_en == "Beijing Municipality"
    assert _top("Hong Kong") == "810000"
    assert _top("Macau") == "820000"
    assert _top("Taiwan") == "710000"


@pytest.mark.parametrize(
    ("zh", "code", "en"),
    [("长沙市", "430100", "Changsha"), ("浏阳市", "430181", "Liuyang"), ("西安市", "610100", "Xi'an"),
     ("吕梁市", "141100", "Lüliang"), ("朝阳区", "110105", "Chaoyang"), ("长治市", "140400", "Changzhi"),
     ("乌鲁木齐市", "650100", "Urumqi"), ("六安市", "341500", "Lu'an"), ("厦门市", "350200", "Xiamen"),
     ("哈尔滨市", "230100", "Harbin"), ("漯河市", "411100", "Luohe"), ("郫都区", "510117", "Pidu"),
     ("蚌埠市", "340300", "Bengbu"), ("六合区", "320116", "Luhe")],
)
def test_pinyin_names_of_prefectures_and_counties(zh: str, code: str, en: str) -> None:
    r = get_region(code)
    assert r.name_zh == zh
    assert r.name_en == en


def test_development_zones_and_clusters() -> None:
    etown = get_region(_top("北京经济技术开发区"))
    assert etown.level == "zone" and etown.parent == "110000"
    assert _top("Beijing E-Town") == etown.code
    lingang = get_region(_top("中国（上海）自由贸易试验区临港新片区"))  # full-width parentheses
    assert lingang.parent == "310115" and province_of(lingang.code) == "310000"
    assert _top("Lin-gang Special Area") == lingang.code
    liuyang = get_region(_top("Liuyang Economic Development Zone"))
    assert liuyang.parent == "430181" and province_of(liuyang.code) == "430000"
    assert _top("石家庄高新区") == "130171"  # a zone GB/T 2260 codes itself
    czt = get_region(_top("长株潭"))
    assert czt.level == "cluster" and set(czt.members) == {"430100", "430200", "430300"}
    assert set(get_region(_top("Yangtze River Delta")).members) == {"310000", "320000", "330000", "340000"}
    assert set(get_region(_top("京津冀")).members) == {"110000", "120000", "130000"}
    assert is_within("430181", czt.code) and not is_within("430900", czt.code)


def test_new_areas_that_gbt_2260_codes_keep_their_code_and_whole_name() -> None:
    # the source carries these zones as county-level units (620171 兰州新区, 321171 镇江新区); their code is
    # the one to give, and their stems name the city around them, not the zone
    assert _top("兰州新区") == "620171" and _top("Lanzhou New Area") == "620171"
    assert _top("镇江新区") == "321171" and _top("Zhenjiang New Area") == "321171"
    assert _top("兰州") == "620100" and _top("镇江") == "321100" and _top("Zhenjiang") == "321100"
    assert get_region("620171").name_en == "Lanzhou New Area"
    # a new area that is a district keeps its short form
    assert _top("浦东") == "310115" and _top("滨海新区") == "120116"
    # no zone with an own code (Z-…) is one that the source codes
    table = regions_table()
    own = table["code"].str.startswith("Z-")
    coded = set(table.loc[~own & ~table["code"].str.startswith("C-"), "name_zh"])
    assert not [n for n in table.loc[own, "name_zh"] if n in coded]


def test_ambiguous_names_are_flagged_not_picked() -> None:
    chaoyang = resolve_region("朝阳区")
    assert {c.code for c in chaoyang} == {"110105", "220104"} and all(c.ambiguous for c in chaoyang)
    gulou = resolve_region("鼓楼区", limit=10)
    assert {c.code for c in gulou} == {"320106", "320302", "350102", "410204"} and all(c.ambiguous for c in gulou)
    tongzhou = resolve_region("通州区")
    assert {c.code for c in tongzhou} == {"110112", "320612"} and all(c.ambiguous for c in tongzhou)
    assert {c.code for c in resolve_region("Suzhou")} >= {"320500", "341300"}
    # within narrows the choice
    assert [c.code for c in resolve_region("鼓楼区", within="320100")] == ["320106"]
    assert not resolve_region("鼓楼区", within="320100")[0].ambiguous
    assert _top("Shangqiu (Henan)") == "411400"


def test_no_surface_form_maps_to_two_codes_without_the_ambiguity_reported() -> None:
    gaz = region_gazetteer(schemes=("GB/T 2260", "indupath-zone", "indupath-cluster"))
    multi = {form: codes for form, codes in gaz.items() if len(codes) > 1}
    assert len(multi) > 100  # shared county names are common
    for form, codes in multi.items():
        cands = resolve_region(form, limit=len(codes) + 5)
        top = [c for c in cands if c.score == cands[0].score]
        if len(top) > 1 or any(c.kind != "exact" for c in top):
            assert all(c.ambiguous for c in cands), form
        assert {c.code for c in cands} >= set(codes) or len(cands) == len(codes) + 5, form


def test_unknown_code_raises() -> None:
    with pytest.raises(NotFoundError):
        get_region("999999")


def test_fuzzy_matches_rank_below_exact_and_empty_text_gives_nothing() -> None:
    cands = resolve_region("Hubei Provnce")
    assert cands[0].code == "420000" and cands[0].kind == "fuzzy" and cands[0].score < 0.9
    assert resolve_region("   ") == []
    assert resolve_region("zzzzqqqq") == []


def test_us_states_and_countries() -> None:
    assert _top("California") == "06"
    assert _top("TX") == "48"
    assert get_region("36").name_en == "New York"
    assert _top("Germany") == "DEU"
    assert _top("德国") == "DEU"
    assert _top("中国") == "CHN"


@pytest.mark.parametrize(
    ("text", "code"),
    [("湖南省浏阳市", "430181"), ("江苏南京鼓楼区", "320106"), ("北京市朝阳区", "110105"),
     ("吉林省长春市朝阳区", "220104"), ("陕西省安康市平利县", "610926"), ("安徽省合肥", "340100")],
)
def test_names_written_after_their_parents(text: str, code: str) -> None:
    cands = resolve_region(text)
    assert cands[0].code == code and not cands[0].ambiguous


def test_a_name_not_inside_its_stated_parent_does_not_resolve() -> None:
    assert resolve_region("广东省鼓楼区") == []


def test_resolve_region_code_prefers_the_province_or_raises() -> None:
    from indupath.errors import AmbiguousNameError, ResolutionError
    from indupath.taxonomy import resolve_region_code

    assert resolve_region_code("河北") == "130000"
    assert resolve_region_code("Jilin") == "220000"
    assert resolve_region_code("吉林市") == "220200"
    assert resolve_region_code("Hong Kong") == "810000"
    with pytest.raises(AmbiguousNameError) as err:
        resolve_region_code("河北", prefer_province=False)
    assert {c.code for c in err.value.candidates} == {"130000", "120105"}  # type: ignore[attr-defined]
    with pytest.raises(AmbiguousNameError):
        resolve_region_code("朝阳区")
    assert resolve_region_code("朝阳区", within="110000") == "110105"
    assert resolve_region_code("吉林", levels=("prefecture",)) == "220200"
    with pytest.raises(ResolutionError):
        resolve_region_code("qqqqzzzz")


def test_every_parent_and_member_exists() -> None:
    table = regions_table()
    codes = set(table["code"])
    for parent in table["parent"].dropna():
        assert parent in codes, parent
    for members in table["members"]:
        for m in filter(None, members.split("|")):
            assert m in codes, m
    zones = table[table["level"] == "zone"]
    assert all(province_of(z) is not None for z in zones["code"])
