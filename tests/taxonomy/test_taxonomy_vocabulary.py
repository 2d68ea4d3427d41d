"""Policy vocabulary: size, codes that exist, weights, tiers, gazetteer."""

from __future__ import annotations

from collections import defaultdict

from indupath.taxonomy import (
    concepts,
    get_industry,
    industry_gazetteer,
    lookup_phrase,
    policy_vocabulary,
    region_gazetteer,
)


def test_at_least_300_phrases_in_both_languages() -> None:
    v = policy_vocabulary()
    assert len(v) >= 300
    assert (v["lang"] == "zh").sum() >= 150 and (v["lang"] == "en").sum() >= 150


def test_every_concept_points_to_an_existing_code_and_divisions() -> None:
    for c in concepts():
        assert get_industry(c.code, c.scheme)  # raises if the code does not exist
        for d, w in c.divisions:
            assert get_industry(d, "GB/T 4754-2017").level == "division"
            assert 0 < w <= 1
        assert abs(sum(w for _, w in c.divisions) - 1) < 1e-9
        assert c.tier in ("emerging", "future", "traditional")
        if c.tier == "traditional":
            assert c.scheme == "GB/T 4754-2017"


def test_required_phrases_are_present() -> None:
    required = [
        "advanced photovoltaics", "new energy storage", "aerospace information", "biomanufacturing",
        "low-altitude economy", "embodied intelligence", "humanoid robots", "cell and gene therapy", "metaverse",
        "deep-sea equipment", "quantum technology", "6G", "commercial spaceflight", "new energy vehicles",
        "integrated circuits", "new materials", "high-end equipment", "biomedicine", "新型储能", "低空经济", "生物制造",
        "商业航天", "人工智能", "集成电路装备", "氢能", "先进计算", "算力", "数字经济", "智能网联汽车", "steel",
        "petrochemicals", "textiles", "food",
    ]
    missing = [p for p in required if not lookup_phrase(p)]
    assert missing == []


def test_a_phrase_names_one_concept() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for phrase, entries in industry_gazetteer().items():
        for e in entries:
            owners[phrase.casefold()].add(e.concept)
    shared = {p: c for p, c in owners.items() if len(c) > 1}
    assert shared == {}


def test_tiers_and_io42_weights() -> None:
    [e] = lookup_phrase("商业航天")
    assert e.tier == "future" and e.scheme == "FUTURE-2024"
    [steel] = lookup_phrase("Steel Industry")
    assert steel.tier == "traditional" and steel.code == "31"
    assert dict(steel.io42) == {"14": 1.0}
    io = dict(lookup_phrase("新型储能")[0].io42)
    assert io == {"19": 0.8, "24": 0.2}
    assert industry_gazetteer(include_generic=False).get("材料") is None
    assert "materials" in industry_gazetteer()


def test_region_gazetteer_covers_short_and_english_forms() -> None:
    gaz = region_gazetteer()
    assert gaz["皖"] == ["340000"] and gaz["Anhui"] == ["340000"]
    assert set(gaz["朝阳区"]) == {"110105", "220104"}
    assert "皖" not in region_gazetteer(abbreviations=False)
    assert "市辖区" not in gaz
