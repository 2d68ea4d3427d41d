"""Shift-share: hand-computed two-region, two-industry case (numbers worked out in the comments)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.analysis.shiftshare import shift_share
from indupath.errors import InputError


def _panel() -> pd.DataFrame:
    rows = {
        2000: {("A", "x"): 100, ("A", "y"): 50, ("B", "x"): 50, ("B", "y"): 100},
        2001: {("A", "x"): 120, ("A", "y"): 50, ("B", "x"): 50, ("B", "y"): 110},
        2002: {("A", "x"): 150, ("A", "y"): 50, ("B", "x"): 60, ("B", "y"): 140},
    }
    return pd.DataFrame(
        [
            {"region": r, "industry": i, "year": y, "value": v}
            for y, cells in rows.items()
            for (r, i), v in cells.items()
        ]
    )


def _cell(out: pd.DataFrame, region: str, industry: str) -> pd.Series:
    return out[(out["region"] == region) & (out["industry"] == industry)].iloc[0]


def test_classic_hand_case() -> None:
    out = shift_share(_panel(), base_year=2000, end_year=2002)
    ax = _cell(out, "A", "x")
    # G = 400/300 - 1 = 1/3; g_x = 210/150 - 1 = 0.4; g_Ax = 0.5
    assert ax["national_share"] == pytest.approx(100 / 3)
    assert ax["industry_mix"] == pytest.approx(100 * (0.4 - 1 / 3))
    assert ax["competitive"] == pytest.approx(10.0)
    total = out[["national_share", "industry_mix", "competitive"]].sum(axis=1)
    np.testing.assert_allclose(total, out["change"], atol=1e-12)
    assert out.attrs["parameters"]["base_year"] == 2000


def test_esteban_marquillas_hand_case() -> None:
    out = shift_share(_panel(), method="esteban-marquillas")
    ax = _cell(out, "A", "x")
    # homothetic = 150 * 150 / 300 = 75; g_Ax - g_x = 0.1
    assert ax["homothetic"] == pytest.approx(75.0)
    assert ax["competitive_homothetic"] == pytest.approx(7.5)
    assert ax["allocation"] == pytest.approx(2.5)
    np.testing.assert_allclose(
        out["competitive_homothetic"] + out["allocation"], out["competitive"], atol=1e-12
    )


def test_dynamic_hand_case() -> None:
    out = shift_share(_panel(), method="dynamic")
    ax = _cell(out, "A", "x")
    # 2000->2001: NS 10, IM 100*(20/150 - 0.1), CE 20 - 100*20/150
    # 2001->2002: NS 120*70/330, IM 120*(40/170 - 70/330), CE 30 - 120*40/170
    assert ax["national_share"] == pytest.approx(10 + 120 * 70 / 330)
    assert ax["industry_mix"] == pytest.approx(100 * (20 / 150 - 0.1) + 120 * (40 / 170 - 70 / 330))
    assert ax["competitive"] == pytest.approx((20 - 100 * 20 / 150) + (30 - 120 * 40 / 170))
    assert ax["change"] == pytest.approx(50.0)


def test_region_level_and_nation_row() -> None:
    df = _panel()
    nation = df.groupby(["industry", "year"], as_index=False)["value"].sum().assign(region="NATION")
    with_nation = pd.concat([df, nation], ignore_index=True)
    a = shift_share(df, level="region")
    b = shift_share(with_nation, nation="NATION", level="region")
    assert list(b["region"]) == ["A", "B"]
    np.testing.assert_allclose(a["competitive"], b["competitive"])
    assert a.set_index("region").loc["A", "change"] == pytest.approx(50.0)


def test_errors() -> None:
    with pytest.raises(InputError, match="not in the panel"):
        shift_share(_panel(), base_year=1999)
    with pytest.raises(InputError, match="after"):
        shift_share(_panel(), base_year=2002, end_year=2000)
    with pytest.raises(InputError, match="year column"):
        shift_share(_panel().query("year == 2000").drop(columns="year"))
