"""RCA / LQ / population RCA / binary M and panel validation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.analysis import binary_m, location_quotient, population_rca, rca, validate_panel, year_matrices
from indupath.errors import AnalysisError, InputError

from .conftest import DATA, KW, tidy_keys


def _small() -> pd.DataFrame:
    # two regions x two industries x two years; hand-computed LQs below
    return pd.DataFrame(
        {
            "region": ["A", "A", "B", "B"] * 2,
            "industry": ["x", "y", "x", "y"] * 2,
            "year": [2020] * 4 + [2021] * 4,
            "value": [30, 10, 20, 40, 10, 10, 10, 10],
        }
    )


def test_location_quotient_hand_case_every_year() -> None:
    out = tidy_keys(location_quotient(_small())).set_index(["year", "region", "industry"])["lq"]
    # 2020: total 100; A: 40, x: 50 -> LQ(A,x) = (30/40)/(50/100) = 1.5; LQ(B,y) = (40/60)/(50/100) = 4/3
    assert out[(2020, "A", "x")] == pytest.approx(1.5)
    assert out[(2020, "A", "y")] == pytest.approx(0.5)
    assert out[(2020, "B", "x")] == pytest.approx(2 / 3)
    assert out[(2020, "B", "y")] == pytest.approx(4 / 3)
    # 2021: uniform -> all 1
    assert [out[(2021, r, i)] for r in "AB" for i in "xy"] == pytest.approx([1.0] * 4)


def test_missing_cells_are_zero_and_metadata_is_attached() -> None:
    df = _small().iloc[[0, 1, 2]]  # (B, y, 2020) missing
    out = tidy_keys(rca(df))
    assert len(out) == 4
    row = out[(out["region"] == "B") & (out["industry"] == "y")]
    assert row["value"].item() == 0 and row["rca"].item() == 0
    assert out.attrs["method"].startswith("rca") and "indupath_version" in out.attrs


def test_binary_m_threshold() -> None:
    out = binary_m(location_quotient(_small()), column="lq", threshold=4 / 3)
    got = tidy_keys(out).set_index(["year", "region", "industry"])["m"]
    assert got[(2020, "A", "x")] == 1 and got[(2020, "B", "y")] == 1 and got[(2020, "A", "y")] == 0
    assert got.loc[2021].sum() == 0
    assert out.attrs["parameters"]["threshold"] == pytest.approx(4 / 3)


def test_population_rca_matches_stata(trade_sample: pd.DataFrame) -> None:
    pop = pd.read_csv(DATA / "population_data_sample.csv")
    ref = pd.read_csv(DATA / "stata_rpop_default.csv")
    ours = tidy_keys(binary_m(population_rca(trade_sample, pop, **KW), column="rpop"))
    ours["industry"] = ours["industry"].astype("int64")
    merged = ref.merge(ours, left_on=["year", "origin", "hs92"], right_on=["year", "region", "industry"])
    assert len(merged) == len(ref) == 540  # blx has no population and is dropped
    np.testing.assert_allclose(merged["rpop_y"], merged["rpop_x"], rtol=0, atol=1e-6)
    assert (merged["M"] == merged["m"]).all()


def test_validation_errors_name_the_problem() -> None:
    with pytest.raises(InputError, match="missing column"):
        rca(_small().rename(columns={"value": "v"}))
    bad = _small()
    bad.loc[3, "value"] = -1
    with pytest.raises(InputError, match="negative"):
        rca(bad)
    dup = pd.concat([_small(), _small().iloc[[0]]])
    with pytest.raises(InputError, match="repeated key"):
        rca(dup)
    summed = validate_panel(dup, duplicates="sum")
    assert summed.data["value"].sum() == _small()["value"].sum() + 30
    text = _small().astype({"value": object})
    text.loc[2, "value"] = "n/a"
    with pytest.raises(InputError, match="row 4"):
        rca(text)
    with pytest.raises(AnalysisError):
        rca(_small().iloc[0:0])


def test_nan_values_are_dropped_and_counted() -> None:
    df = _small().astype({"value": float})
    df.loc[0, "value"] = np.nan
    panel = validate_panel(df)
    assert panel.n_missing == 1 and len(panel.data) == 7


def test_cross_section_without_year_column() -> None:
    df = _small().query("year == 2020").drop(columns="year")
    out = location_quotient(df)
    assert out["year"].isna().all()
    assert out["lq"].tolist() == pytest.approx([1.5, 0.5, 2 / 3, 4 / 3])


def test_year_matrices_only_present_regions() -> None:
    df = pd.concat(
        [_small(), pd.DataFrame({"region": ["C"], "industry": ["x"], "year": [2021], "value": [5]})]
    )
    mats = {ym.year: ym for ym in year_matrices(validate_panel(df))}
    assert list(mats[2020].regions) == ["A", "B"]
    assert list(mats[2021].regions) == ["A", "B", "C"]
    np.testing.assert_array_equal(mats[2021].values[2], [5, 0])
