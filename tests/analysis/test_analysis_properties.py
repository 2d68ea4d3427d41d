"""Property tests (hypothesis, derandomised): identities every valid panel must satisfy."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from indupath.analysis import eci_pci_arrays, rca_matrix, shift_share, theil

SETTINGS = settings(
    max_examples=40, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
positive = arrays(np.float64, st.tuples(st.integers(2, 6), st.integers(2, 6)), elements=st.floats(0.1, 1e6))


@SETTINGS
@given(positive, st.floats(0.01, 1e3))
def test_rca_is_scale_free_and_balanced(x: np.ndarray, k: float) -> None:
    r = rca_matrix(x)
    np.testing.assert_allclose(rca_matrix(x * k), r, rtol=1e-12)
    # sum_i RCA_ri * (x_i / x) = 1 for every region (a weighted mean of 1)
    w = x.sum(axis=0) / x.sum()
    np.testing.assert_allclose(r @ w, 1.0, rtol=1e-12)


@SETTINGS
@given(arrays(np.float64, st.integers(2, 12), elements=st.floats(0, 1e4)), st.data())
def test_theil_between_plus_within(y: np.ndarray, data: st.DataObject) -> None:
    if y.sum() <= 0:
        return
    groups = data.draw(arrays(np.int64, y.shape, elements=st.integers(0, 2)))
    t = theil(y, groups)
    assert abs(t.between + t.within - t.total) < 1e-12
    assert t.between >= -1e-12 and t.within >= -1e-12


@SETTINGS
@given(positive, positive)
def test_shift_share_components_add_up(a: np.ndarray, b: np.ndarray) -> None:
    n_r, n_i = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    rows = []
    for year, x in ((2000, a), (2010, b)):
        for r in range(n_r):
            for i in range(n_i):
                rows.append({"region": r, "industry": i, "year": year, "value": x[r, i]})
    out = shift_share(pd.DataFrame(rows), method="esteban-marquillas")
    total = out["national_share"] + out["industry_mix"] + out["competitive"]
    np.testing.assert_allclose(total, out["change"], rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(
        out["competitive_homothetic"] + out["allocation"], out["competitive"], atol=1e-6
    )


@SETTINGS
@given(
    arrays(np.float64, st.tuples(st.integers(3, 8), st.integers(3, 8)), elements=st.sampled_from([0.0, 1.0]))
)
def test_eci_identities(m: np.ndarray) -> None:
    res = eci_pci_arrays(m)
    ok = ~np.isnan(res.eci)
    if ok.sum() < 2 or res.diagnostics.degenerate:
        return
    e = res.eci[ok]
    assert abs(e.mean()) < 1e-9 and abs(e.std(ddof=1) - 1) < 1e-9
    # ECI_r = mean PCI of present industries; sign: not anti-correlated with diversity
    d = m.sum(axis=1)[ok]
    expected = (m[ok] @ np.nan_to_num(res.pci)) / d
    np.testing.assert_allclose(e, expected, atol=1e-9)
    assert ((e - e.mean()) * (d - d.mean())).sum() >= -1e-9
