"""Cluster mapping: a hand-computed four-region case and the packaged definitions."""

from __future__ import annotations

import pandas as pd
import pytest

from indupath.analysis.clusters import cluster_definitions, cluster_mapping
from indupath.errors import InputError, NotFoundError

DEFS = pd.DataFrame(
    {
        "industry": ["i1", "i2", "i3", "i4"],
        "cluster": ["c1", "c1", "c2", "local"],
        "traded": [True, True, True, False],
    }
)


def _panel(est_r2_i3: float = 1.0) -> pd.DataFrame:
    rows = [
        ("R1", "i1", 50, 5), ("R1", "i2", 50, 5), ("R1", "i3", 0, 0), ("R1", "i4", 100, 9),
        ("R2", "i1", 10, 1), ("R2", "i3", 90, est_r2_i3), ("R2", "i4", 100, 9),
        ("R3", "i1", 30, 3), ("R3", "i2", 20, 2), ("R3", "i3", 50, 4),
        ("R4", "i1", 20, 2), ("R4", "i3", 20, 3),
    ]  # fmt: skip
    df = pd.DataFrame(rows, columns=["region", "industry", "value", "firms"])
    df["year"] = 2020
    return df


def test_cluster_lq_and_strong_rule_hand_case() -> None:
    out = cluster_mapping(_panel(), DEFS).set_index(["region", "cluster"])
    # traded totals R1..R4 = 100, 100, 100, 40; cluster totals c1 180, c2 160; all 340
    assert out.loc[("R1", "c1"), "lq"] == pytest.approx(1.0 / (180 / 340))
    assert out.loc[("R2", "c2"), "lq"] == pytest.approx(0.9 / (160 / 340))
    assert out.loc[("R4", "c2"), "lq"] == pytest.approx(0.5 / (160 / 340))
    # 75th percentile of c1's LQs (linear): 0.9444 + 0.25 * (1.8889 - 0.9444)
    assert out.loc[("R1", "c1"), "lq_threshold"] == pytest.approx((0.5 + 0.25 * 0.5) / (180 / 340))
    assert out.loc[("R1", "c1"), "employment_threshold"] == pytest.approx(17.5)
    strong = set(out.index[out["strong"]])
    assert strong == {("R1", "c1"), ("R2", "c2")}
    assert "local" not in out.index.get_level_values("cluster")


def test_establishments_rule() -> None:
    out = cluster_mapping(_panel(est_r2_i3=0.0), DEFS, establishments="firms").set_index(
        ["region", "cluster"]
    )
    # c2 establishments 0, 0, 4, 3 -> 25th percentile 0: R2's 0 is not above it
    assert not out.loc[("R2", "c2"), "strong"]
    assert out.loc[("R1", "c1"), "strong"]


def test_unmapped_industries() -> None:
    df = pd.concat(
        [_panel(), pd.DataFrame([{"region": "R1", "industry": "zz", "value": 1, "firms": 1, "year": 2020}])]
    )
    with pytest.raises(InputError, match="no cluster"):
        cluster_mapping(df, DEFS)
    out = cluster_mapping(df, DEFS, unmapped="ignore")
    assert out.attrs["parameters"]["lq_percentile"] == 75.0


def test_packaged_definitions_cover_both_42_sector_schemes() -> None:
    for scheme in ("CN-IO2007-42", "IO42"):
        defs = cluster_definitions(scheme)
        assert list(defs["industry"]) == [f"{k:02d}" for k in range(1, 43)]
        assert defs["traded"].any() and not defs["traded"].all()
    io42 = cluster_definitions("IO42").set_index("industry")
    assert io42.loc["20", "cluster"] == "electronics_ict"
    assert io42.loc["27", "traded"] == False  # noqa: E712 construction is local
    with pytest.raises(NotFoundError):
        cluster_definitions("NAICS")
