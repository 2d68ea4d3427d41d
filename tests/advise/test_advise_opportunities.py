"""Opportunities and roadmap audit on small hand-built panels with known densities."""

from __future__ import annotations

import pandas as pd
import pytest

from indupath.advise.audit import audit
from indupath.advise.opportunities import opportunities

# five regions x four industries; with RCA >= 1 the presence matrix M is
#   R1: i1 i2 . .    R2: i1 i2 i3 .    R3: . . i3 i4    R4: i1 . . i4    R5: . i2 i3 .
VALUES = {
    "R1": [10, 10, 1, 1],
    "R2": [10, 10, 10, 1],
    "R3": [1, 1, 10, 10],
    "R4": [10, 1, 1, 10],
    "R5": [1, 10, 10, 1],
}


def panel(codes: list[str]) -> pd.DataFrame:
    rows = [(r, codes[j], 2020, float(v)) for r, vs in VALUES.items() for j, v in enumerate(vs)]
    return pd.DataFrame(rows, columns=["region", "industry", "year", "value"])


def test_density_and_top_opportunity_by_hand() -> None:
    res = opportunities(panel(["i1", "i2", "i3", "i4"]), "R1", strategy="low-hanging")
    t = res.table.set_index("industry")
    # proximity (min of conditional probabilities): phi(i3,i1)=1/3, phi(i3,i2)=2/3, phi(i3,i4)=1/3,
    # phi(i4,i1)=1/3, phi(i4,i2)=0 -> density R1,i3 = 1/(4/3) = 0.75; R1,i4 = (1/3)/(2/3) = 0.5
    assert t.loc["i3", "density"] == pytest.approx(0.75)
    assert t.loc["i4", "density"] == pytest.approx(0.5)
    assert set(t.index) == {"i3", "i4"}  # only the absent industries
    assert res.table.iloc[0]["industry"] == "i3"
    assert t.loc["i3", "rca"] == pytest.approx((1 / 22) / (32 / 119))
    scatter = res.extra["scatter"]
    assert set(scatter.columns) >= {"feasibility", "attractiveness", "quadrant"}
    assert t.loc["i3", "quadrant"] in {"low-hanging fruit", "safe bet"}
    assert t.loc["i4", "quadrant"] in {"long jump", "far and low value"}


def test_candidates_filter_marks_sei_and_future() -> None:
    # 05 = non-metal mining (on no list), 29 = information services (new-generation IT: SEI; AI: future)
    codes = ["40", "12", "05", "29"]
    assert set(opportunities(panel(codes), "R1").table["industry"]) == {"05", "29"}
    res = opportunities(panel(codes), "R1", candidates="future")
    assert list(res.table["industry"]) == ["29"]
    assert "artificial-intelligence" in res.table.iloc[0]["future"]
    sei = opportunities(panel(codes), "R1", candidates="sei")
    assert list(sei.table["industry"]) == ["29"] and "new-generation-it" in sei.table.iloc[0]["sei"]


def test_audit_verdicts_by_rule() -> None:
    # R1 is specialised in 18 (electrical machinery) and 40 (health); absent: 29 (density 0.75), 06 (0.5)
    p = panel(["18", "40", "29", "06"])
    res = audit(p, "R1", ["先进光伏", "人工智能", "食品生物制造", "量子科技", "节能环保"])
    v = dict(zip(res.table["priority"], res.table["verdict"], strict=True))
    assert v["先进光伏"] == "build on strength"
    assert res.table.set_index("priority").loc["先进光伏", "lq"] == pytest.approx((10 / 22) / (32 / 119))
    assert v["人工智能"] == "feasible diversification"  # 29 has the highest density of the absent
    # biomanufacturing -> 12, 06: only 06 in the panel, the least related absent industry (50th pct)
    assert res.table.set_index("priority").loc["食品生物制造", "density_pct"] == pytest.approx(50.0)
    assert v["食品生物制造"] == "feasible diversification"
    assert v["量子科技"] == "no data"  # 19 and 35 are not in the panel
    assert v["节能环保"] == "no data"  # 16 and 37 are not in the panel


def test_audit_long_jump() -> None:
    # add a fifth industry (35, R&D) present only in R3, unrelated to what R1 holds
    p = panel(["18", "40", "29", "06"])
    extra = pd.DataFrame(
        [(r, "35", 2020, v) for r, v in {"R1": 0.1, "R2": 0.1, "R3": 30.0, "R4": 0.1, "R5": 0.1}.items()],
        columns=p.columns,
    )
    res = audit(pd.concat([p, extra]), "R1", ["研究与试验 quantum"])
    row = res.table.iloc[0]
    assert row["verdict"] == "long jump" and row["density_pct"] < 50


def test_anhui_example_roadmap_audit_lists_every_priority() -> None:
    from indupath.advise.priorities import example_roadmaps, priority_table, region_priorities
    from indupath.advise.runs import run_audit

    pri = region_priorities(priority_table(example_roadmaps()), "340000")
    res = run_audit("340000", pri)
    t = res.table
    expected = [
        "photovoltaics",
        "new energy storage",
        "new materials",
        "equipment manufacturing",
        "medicine and health",
        "biomanufacturing",
        "aerospace information",
    ]
    for word in expected:
        assert t["priority"].str.contains(word).any()
    assert len(t) == 7
    assert set(t["verdict"]) <= {"build on strength", "feasible diversification", "long jump"}
    # Anhui's 2007 electrical machinery (sector 18) output share is 1.59 times the national share
    pv = t[t["priority"].str.contains("photovoltaics")].iloc[0]
    assert pv["verdict"] == "build on strength" and pv["lq"] == pytest.approx(1.5897, abs=1e-3)


def test_anhui_opportunities_use_national_growth_2017_2020() -> None:
    from indupath.advise.runs import national_growth_2017_2020, national_output, run_opportunities

    g = national_growth_2017_2020()
    x17, x20 = national_output("2017-42"), national_output("2020-42")
    assert g["19"] == pytest.approx((x20["20"] / x17["20"]) ** (1 / 3) - 1)  # electronics
    assert g["16"] == pytest.approx(((x20["16"] + x20["17"]) / (x17["16"] + x17["17"])) ** (1 / 3) - 1)
    res = run_opportunities("340000")
    t = res.table
    assert (t["rca"] < 1).all() and t["growth"].notna().all()
    assert list(t["rank"]) == list(range(1, len(t) + 1))
    assert t["score"].is_monotonic_decreasing
