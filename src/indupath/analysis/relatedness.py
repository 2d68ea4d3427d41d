"""Relatedness: proximity between industries and relatedness density of regions.

Array functions (``*_matrix``) work on one year's ``regions × industries`` matrices;
the panel functions run them for every year of a long panel.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath.analysis.panel import (
    YearMatrix,
    annotate,
    cells_frame,
    concat_years,
    metadata,
    validate_panel,
    year_column,
    year_matrices,
)
from indupath.analysis.specialization import binary_matrix, rca_matrix
from indupath.errors import InputError

ProximityKind = Literal["symmetric", "asymmetric", "continuous"]


def cooccurrence(m: np.ndarray) -> np.ndarray:
    r"""Co-occurrence counts :math:`C_{ij} = \sum_r M_{ri} M_{rj}` (float64, exact).

    Computed as a float32 matrix product: sums of 0/1 products are exact integers
    below :math:`2^{24}` regions.
    """
    if m.shape[0] >= 2**24:
        m64 = np.asarray(m, dtype=np.float64)
        return m64.T @ m64
    return gram(np.ascontiguousarray(m, dtype=np.float32), "columns").astype(np.float64)


def _cooccurrence_exact(m: np.ndarray) -> np.ndarray:
    """:func:`cooccurrence` left in float32 when that is exact (below 2**24 regions)."""
    if m.shape[0] >= 2**24:
        m64 = np.asarray(m, dtype=np.float64)
        return m64.T @ m64
    return gram(np.ascontiguousarray(m, dtype=np.float32), "columns")


def gram(a: np.ndarray, side: Literal["columns", "rows"]) -> np.ndarray:
    r""":math:`A^\top A` (``"columns"``) or :math:`A A^\top` (``"rows"``), full and symmetric.

    Written as ``a.T @ a``: numpy recognises a product of a matrix with its own
    transpose and calls the BLAS symmetric rank-k update (``?syrk``, half the work
    of a general product) and mirrors the triangle in C. Measured faster than
    calling ``scipy.linalg.blas.?syrk`` and mirroring with ``numpy.triu`` (two extra
    full-size copies).
    """
    if side == "columns":
        return a.T @ a
    return a @ a.T


def proximity_matrix(
    m: np.ndarray,
    *,
    kind: ProximityKind = "symmetric",
    diagonal: float | None = 0.0,
    rca: np.ndarray | None = None,
) -> np.ndarray:
    r"""Proximity between industries from a binary presence matrix ``m`` (regions × industries).

    * ``symmetric`` -- the minimum of the two conditional probabilities
      (Hidalgo, Klinger, Barabási & Hausmann 2007, *Science* 317, 482-487):

      .. math:: \varphi_{ij} = \frac{\sum_r M_{ri} M_{rj}}{\max(u_i, u_j)},\qquad u_i = \sum_r M_{ri}

    * ``asymmetric`` -- the conditional probability of being present in ``i`` given
      presence in ``j``: :math:`\varphi_{i|j} = \sum_r M_{ri} M_{rj} / u_j`
      (row ``i`` = target industry, column ``j`` = industry held).
    * ``continuous`` -- :math:`\varphi_{ij} = (1 + \rho_{ij}) / 2` with
      :math:`\rho_{ij}` the Pearson correlation across regions of the RCA columns
      ``rca[:, i]`` and ``rca[:, j]`` (the Growth Lab ``ecomplexity`` option);
      a constant column has no correlation and gets proximity 0.

    ``diagonal``: the value put on the diagonal (``0.0`` by default, the convention
    of Stata's ``ecomplexity``); ``None`` keeps the computed one (1 for an industry
    present somewhere). Pairs involving an industry present nowhere are 0.
    """
    if kind == "continuous":
        if rca is None:
            raise InputError("continuous proximity needs the RCA matrix (rca=...)")
        x = np.asarray(rca, dtype=np.float64)
        xc = x - x.mean(axis=0, keepdims=True)
        ss = np.sqrt((xc * xc).sum(axis=0))
        with np.errstate(divide="ignore", invalid="ignore"):
            corr = (xc.T @ xc) / np.outer(ss, ss)
        phi = (1.0 + corr) / 2.0
        phi[~np.isfinite(phi)] = 0.0
    else:
        # float32 counts (exact below 2**24 regions) are widened exactly by the float64
        # division itself: no float64 copy of C is made first
        c = _cooccurrence_exact(m)
        u = np.diag(c).astype(np.float64)
        # An industry present nowhere has a zero row and column in C (C_ij <= min(u_i, u_j)),
        # so dividing those zeros by 1 instead of 0 gives the proximity 0 it should have.
        u_safe = np.where(u > 0, u, 1.0)
        if kind == "symmetric":
            # C_ij / max(u_i, u_j) = min(C_ij / u_i, C_ij / u_j) bit for bit (division is
            # correctly rounded and rounding is monotone), and C is symmetric, so the
            # second matrix is the transpose of the first: no n x n outer maximum needed.
            a = np.divide(c, u_safe[:, None], dtype=np.float64)
            del c
            phi = np.minimum(a, a.T)
        elif kind == "asymmetric":
            phi = np.divide(c, u_safe[None, :], dtype=np.float64)
        else:
            raise InputError(f"kind must be symmetric, asymmetric or continuous, got {kind!r}")
    if diagonal is not None:
        np.fill_diagonal(phi, diagonal)
    return phi


def density_matrix(
    weights: np.ndarray,
    phi: np.ndarray,
    *,
    dtype: type = np.float64,
    out: np.ndarray | None = None,
    row_sums: np.ndarray | None = None,
) -> np.ndarray:
    r"""Relatedness density of every region × industry cell, present or absent.

    .. math:: \omega_{ri} = \frac{\sum_j M_{rj}\, \varphi_{ij}}{\sum_j \varphi_{ij}}

    Hidalgo et al. (2007); Hausmann et al. (2014), *The Atlas of Economic
    Complexity*. ``weights`` is usually the binary matrix ``M`` (the RCA matrix for
    the continuous variant). An industry with no proximity to any other has density
    NaN. ``dtype=numpy.float32`` halves the time of the product at ~1e-7 relative
    precision. ``out``: a float64 regions × industries array to write the result into;
    ``row_sums``: ``phi.sum(axis=1)`` if the caller has it already.
    """
    w: np.ndarray = np.asarray(weights, dtype=dtype)
    p: np.ndarray = phi.T.astype(dtype, copy=False)  # BLAS reads the transpose in place
    if np.dtype(dtype) == np.float64:
        num = np.matmul(w, p, out=out)
    elif out is None:
        num = (w @ p).astype(np.float64)
    else:
        num = out
        num[...] = w @ p
    den = phi.sum(axis=1) if row_sums is None else row_sums
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.divide(num, den[None, :], out=num)


def _ym_proximity(
    ym: YearMatrix, threshold: float, kind: ProximityKind, diagonal: float | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r = rca_matrix(ym.values)
    m = binary_matrix(r, threshold)
    phi = proximity_matrix(m, kind=kind, diagonal=diagonal, rca=r if kind == "continuous" else None)
    return r, m, phi


def proximity(
    df: Any,
    *,
    threshold: float = 1.0,
    kind: ProximityKind = "symmetric",
    diagonal: float | None = 0.0,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Industry × industry proximity for every year of a long panel.

    RCA (Balassa 1965) → :math:`M = [RCA \ge` ``threshold`` :math:`]` → proximity of
    ``kind`` (see :func:`proximity_matrix`, Hidalgo et al. 2007). Returns columns
    ``year, industry_1, industry_2, proximity`` for all ordered pairs.
    """
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    frames = []
    for ym in year_matrices(panel):
        _, _, phi = _ym_proximity(ym, threshold, kind, diagonal)
        n = len(ym.industries)
        frames.append(
            pd.DataFrame(
                {
                    "year": year_column(panel, np.full(n * n, ym.year)),
                    "industry_1": pd.Categorical.from_codes(
                        np.repeat(ym.industry_codes, n), categories=ym.all_industries
                    ),
                    "industry_2": pd.Categorical.from_codes(
                        np.tile(ym.industry_codes, n), categories=ym.all_industries
                    ),
                    "proximity": phi.reshape(-1),
                }
            )
        )
    meta = metadata(
        f"proximity, {kind} (Hidalgo et al. 2007)",
        {"threshold": threshold, "kind": kind, "diagonal": diagonal},
        panel,
    )
    return annotate(concat_years(frames), meta)


def density(
    df: Any,
    *,
    threshold: float = 1.0,
    kind: ProximityKind = "symmetric",
    diagonal: float | None = 0.0,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Relatedness density for every region × industry × year cell, absent industries included.

    .. math:: \omega_{ri} = \frac{\sum_j M_{rj}\, \varphi_{ij}}{\sum_j \varphi_{ij}}

    Hidalgo et al. (2007). With ``kind="continuous"`` the weights are the RCA values
    instead of ``M`` (as Stata's ``ecomplexity, continuous``). Returns columns
    ``region, industry, year, value, rca, m, density``.
    """
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    frames = []
    for ym in year_matrices(panel):
        r, m, phi = _ym_proximity(ym, threshold, kind, diagonal)
        d = density_matrix(r if kind == "continuous" else m, phi)
        frames.append(
            cells_frame(ym, panel, {"value": ym.values, "rca": r, "m": m.astype(np.int8), "density": d})
        )
    meta = metadata(
        f"relatedness density, {kind} proximity (Hidalgo et al. 2007)",
        {"threshold": threshold, "kind": kind, "diagonal": diagonal},
        panel,
    )
    return annotate(concat_years(frames), meta)
