"""Concentration, specialisation and diversity indices, and inequality with decomposition.

Two kinds of functions:

* vector indices -- :func:`gini`, :func:`theil`, :func:`hhi`, :func:`shannon_entropy`;
* panel indices -- :func:`concentration` computes, for every region-year (profile of
  a region across industries, ``by="region"``) or industry-year (spread of an
  industry across regions, ``by="industry"``): HHI, Shannon entropy, Krugman's
  index, Hoover's coefficient, the (locational) Gini and diversity or ubiquity;
  :func:`inequality` gives Gini and Theil (between/within groups) of any value per year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath.analysis.panel import (
    annotate,
    concat_years,
    industry_frame,
    metadata,
    region_frame,
    to_pandas,
    validate_panel,
    year_matrices,
)
from indupath.analysis.specialization import binary_matrix, rca_matrix
from indupath.errors import AnalysisError, InputError


def gini(y: Any) -> float:
    r"""Gini coefficient of non-negative values.

    .. math:: G = \frac{\sum_i \sum_j |y_i - y_j|}{2 n^2 \bar y}
              = \frac{2 \sum_{k} k\, y_{(k)}}{n \sum_k y_{(k)}} - \frac{n + 1}{n}

    with :math:`y_{(k)}` sorted ascending. Gini, C. (1912), *Variabilità e mutabilità*;
    the same definition as PySAL ``inequality.gini.Gini``.
    """
    v = np.sort(np.asarray(y, dtype=np.float64).ravel())
    n = v.size
    if n == 0 or v.sum() <= 0:
        raise AnalysisError(
            f"the Gini coefficient needs a positive total, got {n} values summing to {v.sum()}"
        )
    if v[0] < 0:
        raise InputError("the Gini coefficient needs non-negative values", value=float(v[0]))
    k = np.arange(1, n + 1)
    return float(2.0 * (k * v).sum() / (n * v.sum()) - (n + 1) / n)


@dataclass(frozen=True)
class TheilResult:
    """Theil's T and its decomposition: ``total = between + within``."""

    total: float
    between: float
    within: float


def _xlogx_ratio(s: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Elementwise :math:`s \\ln(s / ref)` with the convention :math:`0 \\ln 0 = 0`."""
    out = np.zeros_like(s, dtype=np.float64)
    pos = s > 0
    out[pos] = s[pos] * np.log(s[pos] / ref[pos])
    return out


def theil(y: Any, groups: Any = None) -> TheilResult:
    r"""Theil's T index of inequality with its between/within-group decomposition.

    .. math::

        T = \sum_i s_i \ln(n s_i),\qquad s_i = y_i / \sum_j y_j

        T = \underbrace{\sum_g s_g \ln\!\Big(\frac{n\, s_g}{n_g}\Big)}_{\text{between}}
          + \underbrace{\sum_g s_g T_g}_{\text{within}}

    where :math:`s_g` is group g's share of the total, :math:`n_g` its size and
    :math:`T_g` the index inside the group (:math:`0 \ln 0 = 0`). Theil, H. (1967),
    *Economics and Information Theory*; Shorrocks, A. F. (1980), *Econometrica* 48,
    613-625. As PySAL's ``inequality.theil.TheilD``.
    """
    v = np.asarray(y, dtype=np.float64).ravel()
    if v.size == 0 or v.sum() <= 0:
        raise AnalysisError("Theil's index needs a positive total")
    if (v < 0).any():
        raise InputError("Theil's index needs non-negative values", value=float(v.min()))
    n = v.size
    s = v / v.sum()
    total = float(_xlogx_ratio(s, np.full(n, 1.0 / n)).sum())
    if groups is None:
        return TheilResult(total, 0.0, total)
    g = pd.factorize(np.asarray(groups).ravel())[0]
    if g.size != n:
        raise InputError(f"groups has {g.size} entries for {n} values")
    sg = np.bincount(g, weights=s)
    ng = np.bincount(g).astype(np.float64)
    between = float(_xlogx_ratio(sg, ng / n).sum())
    # within: sum_g s_g T_g = sum_i s_i ln(s_i / s_g * n_g)
    ref = sg[g] / ng[g]
    within = float(_xlogx_ratio(s, ref).sum())
    return TheilResult(total, between, within)


def hhi(shares: Any) -> float:
    r"""Herfindahl-Hirschman index :math:`H = \sum_i s_i^2` of shares (normalised to sum 1).

    Hirschman, A. O. (1964), *American Economic Review* 54(5), 761.
    """
    s = np.asarray(shares, dtype=np.float64).ravel()
    return float(((s / s.sum()) ** 2).sum())


def shannon_entropy(shares: Any) -> float:
    r"""Shannon entropy :math:`E = -\sum_i s_i \ln s_i` (natural log; :math:`0 \ln 0 = 0`).

    Shannon, C. E. (1948), *Bell System Technical Journal* 27, 379-423; used as a
    diversity index by Frenken, Van Oort & Verburg (2007), *Regional Studies* 41, 685.
    """
    s = np.asarray(shares, dtype=np.float64).ravel()
    s = s / s.sum()
    return float(-_xlogx_ratio(s, np.ones_like(s)).sum())


def lorenz_gini_rows(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    r"""Gini of each row of ``x`` against the reference distribution ``ref`` (Lorenz curve).

    Units (columns) are sorted by the ratio :math:`(x_j/\sum x)/(r_j/\sum r)`
    ascending; with :math:`X_k, Y_k` the cumulative reference and row shares,

    .. math:: G = 1 - \sum_k (X_k - X_{k-1})(Y_k + Y_{k-1})

    Krugman, P. (1991), *Geography and Trade*, MIT Press (locational Gini);
    Amiti, M. (1999), *Weltwirtschaftliches Archiv* 135, 573 (specialisation Gini).
    Rows with a zero total give NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    r = np.asarray(ref, dtype=np.float64)
    rs = r / r.sum()
    tot = x.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        xs = x / tot
        ratio = np.where(rs[None, :] > 0, xs / rs[None, :], np.inf)
    order = np.argsort(ratio, axis=1, kind="stable")
    xs_sorted = np.take_along_axis(xs, order, axis=1)
    rs_sorted = rs[order]
    cy = np.cumsum(xs_sorted, axis=1)
    cy_prev = np.concatenate([np.zeros((x.shape[0], 1)), cy[:, :-1]], axis=1)
    g = 1.0 - (rs_sorted * (cy + cy_prev)).sum(axis=1)
    g[~(tot[:, 0] > 0)] = np.nan
    return g


def _profile_indices(x: np.ndarray, threshold: float, axis_label: str) -> dict[str, np.ndarray]:
    """Indices of each row of ``x`` (units × categories) against the column totals."""
    tot = x.sum(axis=1, keepdims=True)
    ref = x.sum(axis=0)
    rs = ref / ref.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        s = x / tot
        logs = np.where(s > 0, np.log(np.where(s > 0, s, 1.0)), 0.0)
    absdiff = np.abs(s - rs[None, :]).sum(axis=1)
    m = binary_matrix(rca_matrix(x), threshold)
    count = m.sum(axis=1).astype(np.int64)
    return {
        "total": tot[:, 0],
        "hhi": (s * s).sum(axis=1),
        "entropy": 0.0 - (s * logs).sum(axis=1) + 0.0,
        "krugman": absdiff,
        "hoover": 0.5 * absdiff,
        "gini": lorenz_gini_rows(x, ref),
        axis_label: count,
    }


def concentration(
    df: Any,
    *,
    by: Literal["region", "industry"] = "region",
    threshold: float = 1.0,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Specialisation (``by="region"``) or geographic concentration (``by="industry"``) indices.

    For a region r with industry shares :math:`s_{ri} = x_{ri}/x_r` and national shares
    :math:`s_i = x_i / x` (by industry: swap the roles of regions and industries):

    .. math::

        HHI_r = \sum_i s_{ri}^2,\quad
        E_r = -\sum_i s_{ri}\ln s_{ri},\quad
        K_r = \sum_i |s_{ri} - s_i|,\quad
        H_r = \tfrac12 \sum_i |s_{ri} - s_i|

    * HHI: Hirschman (1964); entropy: Shannon (1948), Frenken et al. (2007);
    * Krugman specialisation index :math:`K` (Krugman 1991, *Geography and Trade*;
      range 0-2) and Hoover's coefficient :math:`H` (Hoover 1936, *Review of
      Economics and Statistics* 18, 162; range 0-1);
    * ``gini``: Lorenz-curve Gini against the national distribution
      (:func:`lorenz_gini_rows`); by industry this is Krugman's locational Gini;
    * ``diversity`` (by region) / ``ubiquity`` (by industry): the number of
      industries (regions) with :math:`RCA \ge` ``threshold`` (Hidalgo & Hausmann 2009).

    Returns one row per unit and year with ``total`` and the indices.
    """
    if by not in ("region", "industry"):
        raise InputError(f"by must be 'region' or 'industry', got {by!r}")
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    frames = []
    for ym in year_matrices(panel):
        if by == "region":
            frames.append(region_frame(ym, panel, _profile_indices(ym.values, threshold, "diversity")))
        else:
            frames.append(industry_frame(ym, panel, _profile_indices(ym.values.T, threshold, "ubiquity")))
    meta = metadata(
        f"concentration indices by {by} (HHI, Shannon entropy, Krugman, Hoover, Gini)",
        {"by": by, "threshold": threshold},
        panel,
    )
    return annotate(concat_years(frames), meta)


def inequality(
    df: Any,
    *,
    value: str = "value",
    group: str | None = None,
    year: str | None = None,
) -> pd.DataFrame:
    r"""Gini (1912) and Theil's T (1967; between/within ``group``) of ``value`` across rows, per ``year``.

    One row per year: ``n, gini, theil, theil_between, theil_within`` (see
    :func:`gini` and :func:`theil`). Rows with a missing value are dropped. Example:
    inequality of per-capita output across provinces, split by east/centre/west.
    """
    frame = to_pandas(df)
    need = [value] + [c for c in (group, year) if c is not None]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise InputError(f"missing column(s) {missing}; columns are {list(frame.columns)}")
    frame = frame.dropna(subset=[value])
    rows = []
    keys = [(None, frame)] if year is None else list(frame.groupby(year, sort=True))
    for key, sub in keys:
        v = sub[value].to_numpy(dtype=np.float64)
        t = theil(v, None if group is None else sub[group].to_numpy())
        row: dict[str, Any] = {} if year is None else {"year": key}
        row.update(
            {
                "n": len(v),
                "gini": gini(v),
                "theil": t.total,
                "theil_between": t.between,
                "theil_within": t.within,
            }
        )
        rows.append(row)
    meta = metadata(
        "inequality: Gini (1912), Theil (1967) with between/within decomposition",
        {"value": value, "group": group, "year": year},
        None,
    )
    meta["source"] = frame.attrs.get("source")
    return annotate(pd.DataFrame(rows), meta)
