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


@pytest.mark.parametrize(
    "values",
    [
        np.array([5, 3, 3, 9, -2], dtype=np.int8),
        np.array([7, 3, 7], dtype=np.uint64),
        np.array([2001, 2000, 2001], dtype=np.int64),
        np.array([10**12, 1, 10**12]),  # sparse range: falls back to factorize
        np.array(["b", "a", "b"], dtype=object),
    ],
)
def test_sorted_codes_match_factorize(values: np.ndarray) -> None:
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


def test_two_workers_give_the_single_worker_result() -> None:
    rng = np.random.default_rng(5)
    rows = []
    for year in (2001, 2002, 2003):
        x = rng.lognormal(0.0, 2.0, (40, 60))
        x[rng.random(x.shape) < 0.4] = 0.0
        r, i = np.nonzero(x)
        rows.append(pd.DataFrame({"region": r, "industry": i, "year": year, "value": x[r, i]}))
    df = pd.concat(rows, ignore_index=True)
    one = complexity(df)
    two = complexity(df, workers=2)
    pd.testing.assert_frame_equal(one.regions, two.regions, check_exact=False, rtol=1e-12, atol=1e-12)
    pd.testing.assert_frame_equal(one.industries, two.industries, check_exact=False, rtol=1e-12, atol=1e-12)
    pd.testing.assert_frame_equal(one.cells, two.cells, check_exact=False, rtol=1e-12, atol=1e-12)
    assert len(one.regions) == 3 * 40
