"""Industry schemes: counts against the sources, names, resolution of gold phrases."""

from __future__ import annotations

import pytest
from taxonomy_testdata import read_csv

from indupath.errors import NotFoundError
from indupath.taxonomy import get_industry, industries_table, resolve_industry


def test_counts() -> None:
    t = industries_table()
    counts = t.groupby(["scheme", "level"]).size().to_dict()
    assert counts[("GB/T 4754-2017", "section")] == 20
    assert counts[("GB/T 4754-2017", "division")] == 97
    assert counts[("SEI-2018", "category")] == 9
    assert counts[("FUTURE-2024", "direction")] == 6
    assert counts[("IO42", "sector")] == 42
    assert counts[("IO153", "sector")] == 153
    assert counts[("IO42-2007", "sector")] == 42


def test_gbt_divisions_are_01_to_97_under_sections_a_to_t() -> None:
    t = industries_table("gbt")
    divs = t[t["level"] == "division"]
    assert list(divs["code"]) == [f"{i:02d}" for i in range(1, 98)]
    assert set(divs["parent"]) == set("ABCDEFGHIJKLMNOPQRST")
    assert get_industry("39", "gbt").name_zh == "计算机、通信和其他电子设备制造业"
    assert get_industry("27", "gbt").name_zh == "医药制造业"


def test_io_sectors_match_the_nbs_tables() -> None:
    for row in read_csv("io_sectors.csv"):
        assert get_industry(row["code"], row["scheme"]).name_zh == row["name_zh"]


def test_sei_and_future_top_levels() -> None:
    sei = industries_table("SEI-2018")
    cats = sei[sei["level"] == "category"].set_index("code")["name_zh"].to_dict()
    assert cats == {
        "1": "新一代信息技术产业", "2": "高端装备制造产业", "3": "新材料产业", "4": "生物产业",
        "5": "新能源汽车产业", "6": "新能源产业", "7": "节能环保产业", "8": "数字创意产业", "9": "相关服务业",
    }
    assert get_industry("1.1", "sei").name_zh == "下一代信息网络产业"
    fut = industries_table("FUTURE-2024")
    dirs = fut[fut["level"] == "direction"]["name_zh"].tolist()
    assert dirs == ["未来制造", "未来信息", "未来材料", "未来能源", "未来空间", "未来健康"]
    areas = set(fut["name_zh"])
    assert {"卫星互联网", "量子信息", "类脑智能", "细胞和基因技术", "合成生物", "生物育种"} <= areas


def test_csrc_codes_are_gbt_divisions_under_their_letter() -> None:
    assert get_industry("C39", "csrc").name_zh == get_industry("39", "gbt").name_zh
    for row in read_csv("csrc_sample.csv"):
        ind = get_industry(row["code"], "CSRC-2012")
        assert ind.name_zh == row["name_zh"]


def test_unknown_scheme_and_code() -> None:
    with pytest.raises(NotFoundError):
        industries_table("NACE")
    with pytest.raises(NotFoundError):
        get_industry("98", "gbt")


def test_every_gold_industry_phrase_resolves() -> None:
    rows = read_csv("gold_industries.csv")
    assert len(rows) > 100
    unresolved = [r["phrase"] for r in rows if not resolve_industry(r["phrase"])]
    assert unresolved == []
    # and resolves through the vocabulary (exact phrase or folded), not only by fuzzy luck
    fuzzy_only = [r["phrase"] for r in rows if resolve_industry(r["phrase"])[0].kind == "fuzzy"]
    assert fuzzy_only == []


def test_high_confidence_gold_tiers_agree_with_default_tiers_mostly() -> None:
    rows = [r for r in read_csv("gold_industries.csv") if r["tier_confidence"] == "high"]
    agree = sum(resolve_industry(r["phrase"])[0].tier == r["tier"] for r in rows)
    # a text's own label overrides the default; the default should still be right most of the time
    assert agree / len(rows) >= 0.7


@pytest.mark.parametrize(
    ("phrase", "scheme", "code"),
    [("新型储能", "FUTURE-2024", "F4.5"), ("low-altitude economy", "SEI-2018", "2.2"),
     ("humanoid robots", "FUTURE-2024", "F1.6"), ("Bio-Manufacturing", "FUTURE-2024", "F1.2"),
     ("集成电路", "SEI-2018", "1.2"), ("steel", "GB/T 4754-2017", "31"), ("6G", "FUTURE-2024", "F2.1"),
     ("new energy vehicles industry", "SEI-2018", "5"), ("生物医药产业集群", "SEI-2018", "4.1")],
)
def test_policy_phrases_resolve_to_their_codes(phrase: str, scheme: str, code: str) -> None:
    top = resolve_industry(phrase)[0]
    assert (top.scheme, top.code) == (scheme, code)


def test_scheme_filter_carries_phrases_through_division_weights() -> None:
    cands = resolve_industry("新型储能", scheme="GB/T 4754-2017")
    assert cands[0].code == "38" and cands[0].scheme == "GB/T 4754-2017"
    assert cands[0].score > cands[1].score
    io = resolve_industry("integrated circuits", scheme="IO42")
    assert io[0].code == "20"


def test_official_names_and_codes_resolve() -> None:
    c = resolve_industry("计算机、通信和其他电子设备制造业")
    assert {(x.scheme, x.code) for x in c} >= {("GB/T 4754-2017", "39"), ("CSRC-2012", "C39")}
    assert not c[0].ambiguous
    assert resolve_industry("C39")[0].code == "C39"
    assert resolve_industry("1.5", scheme="sei")[0].name_zh == "人工智能"
    assert resolve_industry("") == []


def test_tables_have_unique_keys_for_the_store() -> None:
    from indupath.taxonomy import concordances_table, regions_table

    assert not industries_table().duplicated(["scheme", "code"]).any()
    assert not regions_table().duplicated(["scheme", "code"]).any()
    assert not concordances_table().duplicated(["from_scheme", "from_code", "to_scheme", "to_code"]).any()
    assert get_industry("S91", "csrc").name_zh == "综合"


@pytest.mark.parametrize(
    ("text", "concept"),
    [("and deep-sea exploration", "deep-sea"), ("graphics processing units (GPUs)", "ai-hardware"),
     ("量子科技等", "quantum"), ("以及生物医药产业", "biomedicine"), ("the metaverse industry", "metaverse")],
)
def test_list_debris_around_a_phrase_is_ignored(text: str, concept: str) -> None:
    top = resolve_industry(text)[0]
    assert top.concept == concept and top.kind != "fuzzy"


def test_tier_defaults_by_scheme_when_no_vocabulary_concept() -> None:
    assert resolve_industry("Satellite internet")[0].tier == "future"
    assert resolve_industry("数字创意技术设备制造")[0].tier == "emerging"
    assert resolve_industry("医药制造业")[0].tier is None  # a GB/T division has no tier of its own


def test_without_fuzzy_search_only_names_aliases_and_phrases_resolve() -> None:
    # the extractor never takes a fuzzy candidate, so it asks for none (the search is most of the time a
    # document with unseen phrases costs); every other candidate is the same either way
    for phrase in ("humanoid robotic", "集成电路设计业务", "biomanufacture"):
        assert [c.kind for c in resolve_industry(phrase)][:1] == ["fuzzy"]
        assert resolve_industry(phrase, fuzzy=False) == []
    for phrase in ("低空经济产业", "新型储能", "Manufacture of medicines", "下一代信息网络产业"):
        with_fuzzy = resolve_industry(phrase)
        assert with_fuzzy and all(c.kind != "fuzzy" for c in with_fuzzy)
        assert resolve_industry(phrase, fuzzy=False) == with_fuzzy


def test_a_bare_code_resolves_in_every_scheme_that_has_it() -> None:
    # "01" is a GB/T division, an input-output sector in both tables and an SITC group; with no scheme named, each
    # is an exact candidate (as a scan of every record for that code finds them)
    from indupath.taxonomy.industries import _records

    expected = {(r["scheme"], r["code"]) for r in _records() if r["code"] == "01"}
    assert expected == {("GB/T 4754-2017", "01"), ("IO42", "01"), ("IO42-2007", "01"), ("SITC2", "01")}
    got = resolve_industry("01", limit=10)
    assert {(c.scheme, c.code) for c in got} == expected and {c.kind for c in got} == {"exact"}
