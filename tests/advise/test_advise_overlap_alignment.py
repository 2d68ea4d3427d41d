"""Overlap (crowding, Jaccard), S&T alignment (RTA, coherence) and the real-economy table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.advise import alignment, overlap, realeconomy
from indupath.advise.priorities import example_roadmaps, parse_priority_list, priority_table
from indupath.advise.sectors import map_priority


def pri(rows: list[tuple[str, str]]) -> pd.DataFrame:
    out = []
    for region, phrase in rows:
        e = map_priority(phrase)
        out.append(
            {
                "region_code": region,
                "priority": phrase,
                "tier": e.tier if e else None,
                "sector_key": e.key if e else None,
                "phrases": phrase,
            }
        )
    return pd.DataFrame(out)


# output of sector 12 (chemicals) and 29 (information services) in four regions
PANEL = pd.DataFrame(
    [
        ("A", "12", 2007, 60.0),
        ("A", "29", 2007, 40.0),
        ("B", "12", 2007, 10.0),
        ("B", "29", 2007, 90.0),
        ("C", "12", 2007, 50.0),
        ("C", "29", 2007, 50.0),
        ("D", "12", 2007, 20.0),
        ("D", "29", 2007, 80.0),
    ],
    columns=["region", "industry", "year", "value"],
)


def test_jaccard_by_hand() -> None:
    assert overlap.jaccard({"a", "b"}, {"a"}) == 0.5
    assert overlap.jaccard({"a", "b", "c"}, {"b", "c", "d"}) == pytest.approx(2 / 4)
    assert overlap.jaccard(set(), set()) == 0.0


def test_crowding_index_by_hand() -> None:
    # chemicals: national share 140/400 = 0.35; RCA >= 1 for A (0.6) and C (0.5) -> 2 specialised
    p = pri([("A", "新材料"), ("B", "新材料"), ("D", "新材料"), ("B", "人工智能"), ("A", "光伏")])
    res = overlap.overlap(p, panel=PANEL)
    t = res.table.set_index("industry")
    assert t.loc["new-materials", "regions_targeting"] == 3
    assert t.loc["new-materials", "regions_specialised"] == 2
    assert t.loc["new-materials", "crowding"] == pytest.approx(1.5)
    # information services (29): RCA >= 1 for B and D (share 260/400 = 0.65)
    assert t.loc["artificial-intelligence", "regions_specialised"] == 2
    assert t.loc["artificial-intelligence", "crowding"] == pytest.approx(0.5)
    # photovoltaics (18) is in nobody's panel: crowded without base
    assert t.loc["photovoltaics", "crowded_without_base"]
    jac = res.extra["jaccard"].set_index(["region_1", "region_2"])["jaccard"]
    assert jac[("A", "B")] == pytest.approx(1 / 3)  # {materials, pv} vs {materials, ai}
    assert jac[("B", "D")] == pytest.approx(0.5)
    assert res.table.iloc[0]["industry"] == "new-materials"


def test_tier_filter() -> None:
    p = pri([("A", "新材料"), ("B", "人工智能")])
    res = overlap.overlap(p, tier="future")
    assert list(res.table["industry"]) == ["artificial-intelligence"]


def test_example_roadmaps_new_materials_targeted_by_two_provinces() -> None:
    from indupath.advise.runs import run_overlap

    res = run_overlap(example_roadmaps())
    t = res.table.set_index("industry")
    assert t.loc["new-materials", "regions_targeting"] == 2
    assert t.loc["new-materials", "regions"] == "210000,340000"
    assert 0 < t.loc["new-materials", "national_share"] < 1
    assert t["regions_targeting"].max() == 2
    assert t.loc["new-materials", "taxonomy_codes"] == "SEI-2018:3"  # the policy vocabulary's code


CAPACITY = pd.DataFrame(
    [
        ("X", "C38", 2026, 30.0),
        ("X", "C39", 2026, 10.0),
        ("X", "I65", 2026, 10.0),
        ("Y", "C38", 2026, 10.0),
        ("Y", "C39", 2026, 30.0),
        ("Y", "I65", 2026, 10.0),
    ],
    columns=["region", "industry", "year", "value"],
)


def test_rta_and_coherence_by_hand() -> None:
    p = pri([("X", "光伏"), ("X", "人工智能"), ("Y", "人工智能"), ("Y", "区块链")])
    res = alignment.alignment("X", p, CAPACITY)
    t = res.table.set_index("priority")
    # X: C38 share 30/50 vs national 40/100 -> RTA 1.5; AI -> I65 + C39: (20/50) / (60/100) = 2/3
    assert t.loc["光伏", "rta"] == pytest.approx(1.5)
    assert t.loc["人工智能", "rta"] == pytest.approx(2 / 3)
    assert res.extra["coherence"] == pytest.approx((1.5 / 2 + (2 / 3) / 2) / 2)
    # Y: AI fields (40/50) / (60/100) = 4/3 -> Y ranks first among the two declarers of AI
    assert t.loc["人工智能", "rank_among_declarers"] == "2/2"
    assert "Y (RTA 1.33)" in t.loc["人工智能", "peers"]
    fut = res.extra["future_without_capacity"].set_index("industry")
    assert not fut.loc["artificial-intelligence", "capacity_nowhere"]
    assert fut.loc["blockchain", "declared_by"] == "Y"
    # blockchain -> I65: both regions 10/50 vs 20/100: RTA exactly 1 -> has capacity
    assert fut.loc["blockchain", "regions_with_capacity"] == 2


@pytest.mark.parametrize("region", ["340000", "210000"])
def test_alignment_names_each_priority_on_embedded_data(region: str) -> None:
    from indupath.advise.runs import run_alignment

    res = run_alignment(region, example_roadmaps())
    n = {"340000": 7, "210000": 9}[region]
    assert len(res.table) == n and res.table["rta"].notna().all()
    assert 0 <= res.extra["coherence"] <= 1
    prof = res.extra["rd_profile"].set_index("metric")
    assert prof.loc["hightech_rd_expenditure", "provinces"] == 31
    assert "proxy" in res.extra["capacity"]


def test_manufacturing_shares_by_hand() -> None:
    io = pd.DataFrame(
        {
            "province_code": ["1"] * 3,
            "province": ["p"] * 3,
            "sector_code": ["01", "06", "22"],
            "gross_output": [50.0, 30.0, 20.0],
            "value_added": [40.0, 10.0, 10.0],
        }
    )
    sh = realeconomy.manufacturing_shares(io)
    assert sh.loc["1", "manufacturing_output_share"] == pytest.approx(0.5)
    assert sh.loc["1", "manufacturing_va_share"] == pytest.approx(20 / 60)


def test_real_economy_table_anhui() -> None:
    from indupath.advise.runs import run_realeconomy

    t = run_realeconomy("340000").table.iloc[0]
    assert t["hightech_revenue"] == pytest.approx(6753e8)  # yearbook: 6,753亿元 in 2023
    assert t["hightech_profit"] == pytest.approx(105e8)
    assert t["hightech_margin"] == pytest.approx(105 / 6753)
    # 5-year growth 2018 -> 2023: 3,996 -> 6,753
    assert t["hightech_revenue_growth"] == pytest.approx((6753 / 3996) ** 0.2 - 1)
    assert 0 < t["manufacturing_output_share"] < 1 and t["sei_listed_firms"] > 0
    assert not np.isnan(t["rd_intensity"])


def test_priority_list_and_table_merge_languages() -> None:
    assert parse_priority_list("新材料，人工智能、 aerospace; 机器人") == [
        "新材料",
        "人工智能",
        "aerospace",
        "机器人",
    ]
    t = priority_table(example_roadmaps())
    anhui = t[t["region_code"] == "340000"]
    assert len(anhui) == 7
    assert (
        anhui.set_index("sector_key").loc["photovoltaics", "phrases"] == "advanced photovoltaics / 先进光伏"
    )


def test_region_profile_bundle_is_json_and_reports_missing_sections() -> None:
    import json

    from indupath.advise.profile import region_profile

    p = region_profile("340000", example_roadmaps(), top=5)
    assert len(p["opportunities"]["rows"]) == 5
    assert len(p["audit"]["rows"]) == 7 and p["targets"] == {"error": "no stored targets"}
    json.dumps(p, ensure_ascii=False)
    tibet = region_profile("540000", example_roadmaps())
    assert "no Tibet" in tibet["taxbase"]["error"]
    assert tibet["real_economy"]["rows"][0]["region_code"] == "540000"
