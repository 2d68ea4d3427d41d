"""ECI/PCI, density, COI/COG, proximity and fitness against outside references.

References: Stata ``ecomplexity`` outputs from py-ecomplexity's fixtures (to 1e-6, the
task's tolerance; the conventions reproduce them to ~1e-14) and the published figures
of the economiccomplexity R package on the 1998-2000 world trade data.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import pytest

from indupath.analysis import (
    complexity,
    eci_pci_arrays,
    fitness,
    fitness_arrays,
    proximity,
    proximity_matrix,
    rca,
    reflections_arrays,
)

from .conftest import DATA, KW, tidy_keys

TOL = 1e-6


def _joined(res) -> pd.DataFrame:
    cells = res.cells.merge(res.regions, on=["region", "year"]).merge(res.industries, on=["industry", "year"])
    out = tidy_keys(cells)
    out["industry"] = out["industry"].astype("int64")
    return out


def _compare(ref: pd.DataFrame, ours: pd.DataFrame, columns: list[str]) -> None:
    merged = ref.merge(
        ours,
        left_on=["year", "origin", "hs92"],
        right_on=["year", "region", "industry"],
        suffixes=("_ref", ""),
    )
    assert len(merged) == len(ref)
    for col in columns:
        ours_col = {"M": "m"}.get(col, col)
        a = merged[f"{col}_ref" if f"{col}_ref" in merged else col].to_numpy(float)
        b = merged[ours_col].to_numpy(float)
        assert np.all(np.isfinite(a)) and np.all(np.isfinite(b)), col
        np.testing.assert_allclose(b, a, rtol=0, atol=TOL, err_msg=col)


def test_stata_ground_truth_all_columns(trade_sample: pd.DataFrame) -> None:
    ref = pd.read_csv(DATA / "stata_ground_truth.csv")
    res = complexity(trade_sample, standardize="rows", **KW)
    _compare(ref, _joined(res), ["rca", "M", "density", "eci", "pci", "coi", "cog", "diversity", "ubiquity"])
    assert res.regions.attrs["parameters"]["standardize"] == "rows"
    assert not res.diagnostics["degenerate"].any()


def test_stata_standardisation_is_over_rows_not_regions(trade_sample: pd.DataFrame) -> None:
    """Standardising over regions (sample s.d.) differs from Stata by more than the tolerance."""
    ref = pd.read_csv(DATA / "stata_ground_truth.csv")
    ours = _joined(complexity(trade_sample, standardize="regions", **KW))
    merged = ref.merge(ours, left_on=["year", "origin", "hs92"], right_on=["year", "region", "industry"])
    assert np.max(np.abs(merged["eci_x"] - merged["eci_y"])) > 1e-3


def test_stata_continuous_proximity(trade_sample: pd.DataFrame) -> None:
    ref = pd.read_csv(DATA / "stata_continuous.csv")
    res = complexity(trade_sample, standardize="rows", proximity_kind="continuous", **KW)
    _compare(ref, _joined(res), ["rca", "M", "density", "eci", "pci", "coi", "cog"])


def test_stata_threshold_2_drops_empty_regions_and_flags_spectrum(
    trade_sample: pd.DataFrame, caplog: pytest.LogCaptureFixture
) -> None:
    ref = pd.read_csv(DATA / "stata_rca_2.csv")
    with caplog.at_level(logging.WARNING, logger="indupath.analysis.complexity"):
        res = complexity(trade_sample, standardize="rows", threshold=2, **KW)
    _compare(ref, _joined(res), ["rca", "M", "diversity", "ubiquity"])
    # Stata leaves ECI empty: two countries have diversity 0 and the network is disconnected.
    assert list(res.diagnostics["n_dropped_regions"]) == [2, 2]
    assert res.diagnostics["degenerate"].all()
    assert "degenerate spectrum" in caplog.text
    empty = res.regions[res.regions["diversity"] == 0]
    assert len(empty) == 4 and empty["eci"].isna().all()


def test_stata_proximity_pairs(trade_sample: pd.DataFrame) -> None:
    ref = pd.read_csv(DATA / "stata_proximity_discrete_sym.csv")
    ref["year"] = [1995] * 900 + [1996] * 900
    ours = tidy_keys(proximity(trade_sample, **KW))
    ours["industry_1"] = ours["industry_1"].astype("int64")
    ours["industry_2"] = ours["industry_2"].astype("int64")
    merged = ref.merge(
        ours, left_on=["year", "hs92_1", "hs92_2"], right_on=["year", "industry_1", "industry_2"]
    )
    assert len(merged) == 1800
    np.testing.assert_allclose(merged["proximity_y"], merged["proximity_x"], rtol=0, atol=TOL)


def test_world_trade_binary_rca_matrix_exact(world_trade: pd.DataFrame) -> None:
    ref = pd.read_csv(DATA / "ref_balassa_binary.csv.gz", index_col=0, dtype=str).astype(float)
    ours = tidy_keys(rca(world_trade, region="country", industry="product"))
    ours["m"] = (ours["rca"] >= 1).astype(float)
    mat = ours.pivot(index="region", columns="industry", values="m")
    assert sorted(mat.index) == sorted(ref.index) and sorted(mat.columns) == sorted(ref.columns)
    assert (mat.loc[ref.index, ref.columns].to_numpy() == ref.to_numpy()).all()
    one = ours[(ours["region"] == "and") & (ours["industry"] == "0015")]["rca"].item()
    assert one == pytest.approx(3.815013, abs=5e-7)


def test_world_trade_eigenvector_eci_pci_vignette(world_trade: pd.DataFrame) -> None:
    res = complexity(world_trade, region="country", industry="product", pci_scale="own")
    eci = tidy_keys(res.regions).set_index("region")["eci"]
    pci = tidy_keys(res.industries).set_index("industry")["pci"]
    expected = {"afg": -0.5764283, "ago": -1.7770752, "aia": 1.4090414, "alb": -0.1732606}
    for code, value in expected.items():
        assert eci[code] == pytest.approx(value, abs=5e-7)
    assert pci["0011"] == pytest.approx(-0.6665761, abs=5e-7)
    assert pci["0012"] == pytest.approx(-1.626576, abs=5e-7)
    # sign rule: ECI rises with diversity
    regions = res.regions
    assert np.corrcoef(regions["eci"], regions["diversity"])[0, 1] > 0
    assert res.diagnostics["lambda1"].item() == pytest.approx(1.0, abs=1e-12)


def test_world_trade_reflections_vignette(world_trade: pd.DataFrame) -> None:
    res = complexity(world_trade, region="country", industry="product", method="reflections", iterations=18)
    eci = tidy_keys(res.regions).set_index("region")["eci"]
    assert eci["afg"] == pytest.approx(-0.5788151, abs=5e-7)
    # 18 reflections are far from converged on these data: the diagnostics say so
    assert not res.diagnostics["converged"].item()


def test_world_trade_proximity_vignette(world_trade: pd.DataFrame) -> None:
    prox = tidy_keys(proximity(world_trade, region="country", industry="product"))
    pairs = prox.set_index(["industry_1", "industry_2"])["proximity"]
    assert pairs[("0011", "0012")] == pytest.approx(0.3658537, abs=5e-8)
    assert pairs[("0011", "0013")] == pytest.approx(0.1707317, abs=5e-8)
    assert pairs[("0012", "0011")] == pairs[("0011", "0012")]


def test_world_trade_fitness_reference(world_trade: pd.DataFrame) -> None:
    regions, industries = fitness(world_trade, region="country", industry="product", iterations=19)
    f = tidy_keys(regions).set_index("region")["fitness"]
    q = tidy_keys(industries).set_index("industry")["complexity"]
    ref_c = pd.read_csv(DATA / "ref_fitness_country.csv", index_col=0)["fitness_country"]
    ref_p = pd.read_csv(DATA / "ref_fitness_product.csv", index_col=0, dtype={"dim_0": str})[
        "fitness_product"
    ]
    np.testing.assert_allclose(f[ref_c.index], ref_c, rtol=0, atol=TOL)
    np.testing.assert_allclose(q[ref_p.index], ref_p, rtol=0, atol=TOL)
    assert f["afg"] == pytest.approx(0.7860566, abs=5e-8)


def test_eci_is_mean_pci_of_present_industries() -> None:
    """With pci_scale='eci', ECI_r equals the mean PCI over industries with M = 1 (Hidalgo & Hausmann)."""
    rng = np.random.default_rng(3)
    m = (rng.random((12, 20)) < 0.4).astype(float)
    res = eci_pci_arrays(m)
    expected = (m @ np.nan_to_num(res.pci)) / m.sum(axis=1)
    np.testing.assert_allclose(res.eci, expected, atol=1e-12)


def test_both_sides_give_the_same_eci() -> None:
    """Decomposing the region or the industry matrix gives the same ECI (transposed problem)."""
    rng = np.random.default_rng(7)
    m = (rng.random((15, 9)) < 0.5).astype(float)
    wide = eci_pci_arrays(m)  # industries fewer: industry side
    assert wide.diagnostics.side == "industries"
    # brute force: non-symmetric region matrix, second eigenvector, sign by diversity
    d, u = m.sum(axis=1), m.sum(axis=0)
    mt = (m / d[:, None]) @ (m.T / u[:, None])
    vals, vecs = np.linalg.eig(mt)
    v = np.real(vecs[:, np.argsort(-np.real(vals))[1]])
    v = v if np.corrcoef(v, d)[0, 1] > 0 else -v
    np.testing.assert_allclose(wide.eci, (v - v.mean()) / v.std(ddof=1), atol=1e-10)


def test_degenerate_block_diagonal_is_flagged(caplog: pytest.LogCaptureFixture) -> None:
    m = np.zeros((4, 4))
    m[:2, :2] = 1
    m[2:, 2:] = 1
    with caplog.at_level(logging.WARNING):
        res = eci_pci_arrays(m)
    assert res.diagnostics.degenerate
    assert res.diagnostics.lambda2 == pytest.approx(1.0)
    assert "degenerate" in caplog.text


def test_reflections_converge_on_a_nested_matrix() -> None:
    m = np.tril(np.ones((6, 6)))
    ref = reflections_arrays(m, iterations=200, tol=1e-6)
    assert ref.converged
    eig = eci_pci_arrays(m)
    np.testing.assert_allclose(ref.eci, eig.eci, atol=1e-5)


def test_fitness_hand_case() -> None:
    """Two regions: one does both industries, one only the first. Hand iteration of Tacchella's map."""
    m = np.array([[1.0, 1.0], [1.0, 0.0]])
    out = fitness_arrays(m, iterations=1)
    # step 1 from F=Q=1: F~ = (2, 1) -> (4/3, 2/3); Q~ = 1/(1/1+1/1), 1/(1/1) = (0.5, 1) -> (2/3, 4/3)
    np.testing.assert_allclose(out.fitness, [4 / 3, 2 / 3])
    np.testing.assert_allclose(out.complexity, [2 / 3, 4 / 3])


def test_proximity_kinds_hand_case() -> None:
    m = np.array([[1, 1, 0], [1, 0, 1], [1, 1, 0], [0, 0, 1]], dtype=float)
    sym = proximity_matrix(m)
    # co-occurrence(0,1) = 2, ubiquities 3, 2, 2 -> 2/3; (0,2) = 1/3; (1,2) = 0
    np.testing.assert_allclose(sym, [[0, 2 / 3, 1 / 3], [2 / 3, 0, 0], [1 / 3, 0, 0]])
    asym = proximity_matrix(m, kind="asymmetric", diagonal=None)
    # P(0 | 1) = 2/2, P(1 | 0) = 2/3
    assert asym[0, 1] == pytest.approx(1.0) and asym[1, 0] == pytest.approx(2 / 3)
    assert asym[2, 2] == pytest.approx(1.0)
    rca_like = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
    cont = proximity_matrix(np.ones((3, 2)), kind="continuous", rca=rca_like, diagonal=None)
    np.testing.assert_allclose(cont, np.ones((2, 2)))


def test_polars_input_gives_the_same_result(trade_sample: pd.DataFrame) -> None:
    pl = pytest.importorskip("polars")
    a = complexity(trade_sample, standardize="rows", **KW).regions
    b = complexity(pl.from_pandas(trade_sample), standardize="rows", **KW).regions
    np.testing.assert_array_equal(a["eci"].to_numpy(), b["eci"].to_numpy())
    assert b.attrs["indupath_version"]


def test_coi_cog_wrapper_matches_stata(trade_sample: pd.DataFrame) -> None:
    from indupath.analysis import coi_cog

    regions, cells = coi_cog(trade_sample, standardize="rows", **KW)
    ref = pd.read_csv(DATA / "stata_ground_truth.csv")
    got = tidy_keys(cells).assign(industry=lambda d: d["industry"].astype("int64"))
    merged = ref.merge(got, left_on=["year", "origin", "hs92"], right_on=["year", "region", "industry"])
    np.testing.assert_allclose(merged["cog_y"], merged["cog_x"], atol=TOL)
    coi = tidy_keys(regions).merge(
        ref.drop_duplicates(["origin", "year"]), left_on=["region", "year"], right_on=["origin", "year"]
    )
    np.testing.assert_allclose(coi["coi_x"], coi["coi_y"], atol=TOL)
