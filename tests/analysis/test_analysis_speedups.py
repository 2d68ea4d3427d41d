"""The speed-ups of the complexity chain change no result.

Independent expectations: ``pandas.factorize(sort=True)`` for the integer key coder,
the textbook ``C / max(u_i, u_j)`` for proximity, and the single-worker chain for
the threaded one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.analysis.complexity import complexity
from indupath.analysis.panel import sorted_codes
from indupath.analysis.relatedness import proximity_matrix
from indupath.errors import InputError


@pytest.mark.parametrize(
    "values",
    [
        np.array([5, 3, 3, 9, -2], dtype=np.int8),
        np.array([7, 3, 7], dtype=np.uint64),
        np.array([2001, 2000, 2001], dtype=np.int64),
        np.array([10**12, 1, 10**12]),  # sparse range: falls back to factorize
        np.array(["b", "a", "b"], dtype=object),
        pd.array(["b", "a", "b", "c"], dtype="str"),
        np.array([2**40, 2**40 + 3, 2**40], dtype=np.int64),  # compact range far from zero
        np.array([3, 1, 3], dtype=np.uint8),
        np.array([-30000, 30000, 5, 30000], dtype=np.int16),  # offsets overflow int16
        np.array([2003, 2001, 2002, 2001], dtype=np.int64),  # every value of the range present
        np.array([7, 0, 3, 3], dtype=np.int32),  # starts at 0, with holes
    ],
)
def test_sorted_codes_match_factorize(values: object) -> None:
    col = pd.Series(values)
    codes, uniq = sorted_codes(col)
    ref_codes, ref_uniq = pd.factorize(col, sort=True)
    assert np.array_equal(codes, ref_codes)
    assert list(uniq) == list(ref_uniq)


def test_proximity_equals_division_by_outer_maximum() -> None:
    rng = np.random.default_rng(3)
    m = (rng.random((120, 90)) < 0.15).astype(np.float64)
    m[:, 7] = 0.0  # an industry present nowhere
    c = m.T @ m
    u = np.diag(c).copy()
    den = np.maximum.outer(u, u)
    ref = np.divide(c, den, out=np.zeros_like(c), where=den > 0)
    np.fill_diagonal(ref, 0.0)
    assert np.array_equal(proximity_matrix(m), ref)  # bit for bit
    asym = np.divide(c, u[None, :], out=np.zeros_like(c), where=u[None, :] > 0)
    np.fill_diagonal(asym, 0.0)
    assert np.array_equal(proximity_matrix(m, kind="asymmetric"), asym)


def _random_panel(seed: int, years: tuple[int, ...], shape: tuple[int, int]) -> pd.DataFrame:
    """SYNTHETIC long panel (lognormal(0, 2), 40 % zero cells dropped), years in the given order."""
    rng = np.random.default_rng(seed)
    rows = []
    for year in years:
        x = rng.lognormal(0.0, 2.0, shape)
        x[rng.random(x.shape) < 0.4] = 0.0
        r, i = np.nonzero(x)
        rows.append(pd.DataFrame({"region": r, "industry": i, "year": year, "value": x[r, i]}))
    return pd.concat(rows, ignore_index=True)


def test_two_workers_give_the_single_worker_result() -> None:
    df = _random_panel(5, (2001, 2002, 2003), (40, 60))
    one = complexity(df)
    two = complexity(df, workers=2)
    pd.testing.assert_frame_equal(one.regions, two.regions, check_exact=False, rtol=1e-12, atol=1e-12)
    pd.testing.assert_frame_equal(one.industries, two.industries, check_exact=False, rtol=1e-12, atol=1e-12)
    pd.testing.assert_frame_equal(one.cells, two.cells, check_exact=False, rtol=1e-12, atol=1e-12)
    assert len(one.regions) == 3 * 40


def test_string_keys_give_the_integer_key_result() -> None:
    rng = np.random.default_rng(8)
    x = rng.lognormal(0.0, 2.0, (30, 50))
    x[rng.random(x.shape) < 0.4] = 0.0
    r, i = np.nonzero(x)
    ints = pd.DataFrame({"region": r, "industry": i, "value": x[r, i]})
    # zero-padded text codes sort like the integers
    text = ints.assign(
        region=[f"R{v:03d}" for v in r], industry=pd.array([f"I{v:03d}" for v in i], dtype="str")
    )
    a, b = complexity(ints), complexity(text)
    np.testing.assert_array_equal(a.regions["eci"].to_numpy(), b.regions["eci"].to_numpy())
    assert list(b.regions["region"].astype(str)[:2]) == ["R000", "R001"]


def _lanczos_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    # the package re-exports the function complexity(), which hides the module's name
    monkeypatch.setattr(importlib.import_module("indupath.analysis.complexity"), "LANCZOS_MIN_ORDER", 2)


def test_lanczos_and_lapack_give_the_same_eci() -> None:
    from indupath.analysis import eci_pci_arrays

    rng = np.random.default_rng(11)
    m = (rng.random((260, 180)) < rng.uniform(0.05, 0.5, (260, 1))).astype(np.float64)
    lapack = eci_pci_arrays(m, eigen_solver="lapack")
    lanczos = eci_pci_arrays(m, eigen_solver="lanczos")
    np.testing.assert_allclose(lanczos.eci, lapack.eci, rtol=0, atol=1e-10)
    np.testing.assert_allclose(lanczos.pci, lapack.pci, rtol=0, atol=1e-10)
    for name in ("lambda1", "lambda2", "lambda3"):
        assert getattr(lanczos.diagnostics, name) == pytest.approx(
            getattr(lapack.diagnostics, name), abs=1e-13
        )


def test_lanczos_path_reproduces_the_vignette(
    world_trade: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    _lanczos_everywhere(monkeypatch)
    res = complexity(world_trade, region="country", industry="product", pci_scale="own")
    eci = res.regions.assign(region=res.regions["region"].astype(str)).set_index("region")["eci"]
    assert eci["afg"] == pytest.approx(-0.5764283, abs=5e-7)
    assert eci["ago"] == pytest.approx(-1.7770752, abs=5e-7)


def test_disconnected_network_is_still_flagged_when_lanczos_is_on() -> None:
    from indupath.analysis import eci_pci_arrays

    rng = np.random.default_rng(2)
    m = np.zeros((40, 30))
    m[:20, :15] = rng.random((20, 15)) < 0.5
    m[20:, 15:] = rng.random((20, 15)) < 0.5
    m[np.arange(20), np.arange(20) % 15] = 1  # every row and column present
    m[20 + np.arange(20), 15 + np.arange(20) % 15] = 1
    res = eci_pci_arrays(m, eigen_solver="lanczos")
    # two components: the unit eigenvalue is double, which Lanczos from one vector would miss
    assert res.diagnostics.lambda2 == pytest.approx(1.0, abs=1e-12)
    assert res.diagnostics.degenerate


def test_connected_on_hand_graphs() -> None:
    import importlib

    _connected = importlib.import_module("indupath.analysis.complexity")._connected

    chain = np.array([[1, 1, 0], [1, 1, 1], [0, 1, 1]], dtype=float)
    split = np.array([[1, 0, 0], [0, 1, 1], [0, 1, 1]], dtype=float)
    assert _connected(chain)
    assert not _connected(split)


def test_auto_solver_switches_at_the_documented_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    import scipy.sparse.linalg

    cx = importlib.import_module("indupath.analysis.complexity")
    calls: list[int] = []
    real = scipy.sparse.linalg.eigsh

    def spy(a: np.ndarray, **kw: object) -> object:
        calls.append(a.shape[0])
        return real(a, **kw)

    monkeypatch.setattr(scipy.sparse.linalg, "eigsh", spy)
    rng = np.random.default_rng(4)
    m = (rng.random((60, 40)) < 0.3).astype(np.float64)
    cx.eci_pci_arrays(m)
    assert calls == []  # order 40 < LANCZOS_MIN_ORDER: LAPACK
    monkeypatch.setattr(cx, "LANCZOS_MIN_ORDER", 40)
    cx.eci_pci_arrays(m)
    assert calls == [40]
    from indupath.errors import InputError

    with pytest.raises(InputError, match="eigen_solver"):
        cx.eci_pci_arrays(m, eigen_solver="power")


def test_row_order_does_not_matter() -> None:
    df = _random_panel(9, (2003, 2001, 2002), (25, 35))
    by_year = df.sort_values("year", kind="stable", ignore_index=True)  # contiguous years: read in place
    shuffled = df.sample(frac=1.0, random_state=1, ignore_index=True)  # needs the sort
    a, b, c = complexity(by_year), complexity(df), complexity(shuffled)
    for other in (b, c):
        pd.testing.assert_frame_equal(a.regions, other.regions)
        pd.testing.assert_frame_equal(a.industries, other.industries)
    assert list(a.regions["year"].unique()) == [2001, 2002, 2003]


def test_rank_desc_matches_pandas_min_rank_with_ties_and_nan() -> None:
    from indupath.analysis.complexity import rank_desc

    v = np.array([0.5, np.nan, 2.0, -1.0, 2.0, 0.5, np.inf, -0.0, 0.0])
    ref = pd.Series(v).rank(ascending=False, method="min").astype("Int64").array
    got = rank_desc(v)
    assert got.dtype == ref.dtype
    assert got.tolist() == ref.tolist()


def test_cog_from_scaled_left_operand_equals_the_textbook_product() -> None:
    from indupath.analysis import coi_cog_arrays, density_matrix

    rng = np.random.default_rng(12)
    m = (rng.random((70, 90)) < 0.2).astype(np.float64)
    phi = proximity_matrix(m, kind="asymmetric")  # not symmetric: the orientation matters
    dens = density_matrix(m, phi)
    pci = rng.normal(size=90)
    pci[5] = np.nan
    notm = 1.0 - m
    p = np.nan_to_num(pci)
    rs = phi.sum(axis=1)
    w = np.divide(p, rs, out=np.zeros_like(p), where=rs > 0)
    # (1 - M) (diag(w) phi), then masked by (1 - M): the formula as written
    ref = (notm @ (phi * w[:, None])) * notm
    coi, cog = coi_cog_arrays(m, phi, dens, pci)
    np.testing.assert_allclose(cog, ref, rtol=1e-13, atol=1e-13)
    np.testing.assert_allclose(coi, (dens * notm) @ p, rtol=1e-13, atol=1e-13)
    out = np.empty_like(m)
    _, cog_out = coi_cog_arrays(m, phi, dens, pci, out=out, row_sums=rs)
    assert cog_out is out
    np.testing.assert_array_equal(cog_out, cog)


def test_cells_written_in_place_are_the_pivoted_panel() -> None:
    df = _random_panel(6, (2002, 2001), (12, 15))
    res = complexity(df)
    cells = res.cells
    # row-major cells, years in order, keys as categoricals of the input keys
    assert list(cells["year"].unique()) == [2001, 2002]
    first = cells[cells["year"] == 2001]
    assert list(first["region"].astype(int)[:16]) == [0] * 15 + [1]
    assert list(first["industry"].astype(int)[:16]) == list(range(15)) + [0]
    assert cells["m"].dtype == np.int8
    np.testing.assert_array_equal(cells["m"].to_numpy(), (cells["rca"].to_numpy() >= 1.0).astype(np.int8))
    # the value column is the input, pivoted
    piv = df[df["year"] == 2001].pivot(index="region", columns="industry", values="value").fillna(0.0)
    np.testing.assert_array_equal(first["value"].to_numpy().reshape(12, 15), piv.to_numpy())


def test_keys_that_are_codes_give_the_result_of_shifted_keys() -> None:
    # 0..n-1 integer keys take the fast path (used as codes); shifted keys are coded
    df = _random_panel(9, (2001, 2002), (25, 30))
    df = df[~((df["region"] == 4) & (df["year"] == 2002))]  # region 4 absent in 2002
    a = complexity(df)
    b = complexity(df.assign(region=df["region"] + 100, industry=df["industry"] + 7))
    np.testing.assert_array_equal(a.regions["eci"].to_numpy(), b.regions["eci"].to_numpy())
    np.testing.assert_array_equal(a.cells["cog"].to_numpy(), b.cells["cog"].to_numpy())
    assert list(b.regions["region"].astype(int)[:2]) == [100, 101]
    assert len(a.regions) == 25 + 24
    for dtype in (np.uint64, np.uint8, np.int8, np.int16):
        c = complexity(df.astype({"region": dtype, "industry": dtype}))
        np.testing.assert_array_equal(a.regions["eci"].to_numpy(), c.regions["eci"].to_numpy())


@pytest.mark.parametrize("position", [0, 1, -1])
def test_a_repeated_key_is_found_in_sorted_rows(position: int) -> None:
    df = _random_panel(10, (2001, 2002), (6, 7))
    row = df.iloc[[position]]
    at = position % len(df)
    dup = pd.concat([df.iloc[: at + 1], row, df.iloc[at + 1 :]], ignore_index=True)  # adjacent repeat
    with pytest.raises(InputError, match="repeated key"):
        complexity(dup)


@pytest.mark.parametrize("n", [1, 126, 127, 128, 32766, 32767, 40000])
def test_code_dtype_is_the_one_pandas_keeps(n: int) -> None:
    from indupath.analysis.panel import code_dtype

    ref = pd.Categorical.from_codes(np.zeros(3, dtype=np.int64), categories=range(n)).codes.dtype
    assert np.dtype(code_dtype(n)) == ref
