"""Specialisation: location quotient / revealed comparative advantage and binary presence.

All functions take a long panel (see :mod:`indupath.analysis.panel`) and compute
every year at once; outputs are tidy DataFrames whose ``attrs`` carry the method,
its parameters, the data source and the indupath version.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from indupath.analysis.panel import (
    Panel,
    annotate,
    cells_frame,
    concat_years,
    key_values,
    metadata,
    to_pandas,
    validate_panel,
    year_matrices,
)
from indupath.errors import InputError


def rca_matrix(x: np.ndarray, *, out: np.ndarray | None = None) -> np.ndarray:
    r"""Balassa's revealed comparative advantage of a ``regions × industries`` matrix.

    .. math::

        RCA_{ri} = \frac{x_{ri} / \sum_{i'} x_{ri'}}{\sum_{r'} x_{r'i} / \sum_{r'i'} x_{r'i'}}

    Balassa, B. (1965). Trade liberalisation and "revealed" comparative advantage.
    *The Manchester School* 33(2), 99-123. The location quotient (LQ) of regional
    science is the same ratio on employment or output. A region (industry) with a
    zero total has an undefined (NaN) row (column). ``out``: a float64 array of
    ``x``'s shape to write the result into (default: a new array).
    """
    x = np.asarray(x, dtype=np.float64)
    row = x.sum(axis=1, keepdims=True)
    col = x.sum(axis=0, keepdims=True)
    total = row.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        res = np.divide(x, row, out=out)
        res /= col / total
    return res


def binary_matrix(rca: np.ndarray, threshold: float = 1.0) -> np.ndarray:
    r"""Binary presence :math:`M_{ri} = 1` if :math:`RCA_{ri} \ge` ``threshold`` else 0 (NaN gives 0).

    Hidalgo, C. A., Klinger, B., Barabási, A.-L. & Hausmann, R. (2007). The product
    space conditions the development of nations. *Science* 317, 482-487.
    """
    return (np.asarray(rca) >= threshold).astype(np.float64)  # NaN >= t is False


def rca(
    df: Any,
    *,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
    column: str = "rca",
) -> pd.DataFrame:
    r"""Revealed comparative advantage (Balassa 1965) for every region × industry × year cell.

    .. math::

        RCA_{ri,t} = \frac{x_{ri,t} / \sum_{i'} x_{ri',t}}{\sum_{r'} x_{r'i,t} / \sum_{r'i'} x_{r'i',t}}

    Returns columns ``region, industry, year, value, <column>``; cells missing from
    the input appear with value 0.
    """
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    frames = [
        cells_frame(ym, panel, {"value": ym.values, column: rca_matrix(ym.values)})
        for ym in year_matrices(panel)
    ]
    meta = metadata("rca (Balassa 1965)", {"column": column}, panel)
    return annotate(concat_years(frames), meta)


def location_quotient(
    df: Any,
    *,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Location quotient of every region × industry × year cell (column ``lq``).

    .. math::

        LQ_{ri} = \frac{e_{ri} / e_{r}}{e_{i} / e}

    where :math:`e_r` is the region's total, :math:`e_i` the industry's national total
    and :math:`e` the national total, all within the panel (Isard 1960, *Methods of
    Regional Analysis*; identical to Balassa's RCA).
    """
    out = rca(df, region=region, industry=industry, year=year, value=value, column="lq")
    out.attrs["method"] = "location quotient (Isard 1960; = Balassa RCA)"
    return out


def population_rca(
    df: Any,
    population: Any,
    *,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
    population_col: str = "population",
) -> pd.DataFrame:
    r"""Population-based RCA: a region's output per head relative to the panel's.

    .. math::

        R^{pop}_{ri} = \frac{x_{ri} / N_r}{\sum_{r'} x_{r'i} / \sum_{r'} N_{r'}}

    where :math:`N_r` is the region's population. Regions without a population in a
    year are dropped before the sums (the convention of the Growth Lab's
    ``ecomplexity`` package). Bahar, D., Rosenow, S., Stein, E. & Wagner, R. (2019).
    Export take-offs and acceleration. *Journal of International Economics* 117.
    Output column ``rpop``.
    """
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    pop = to_pandas(population)
    need = [region, population_col] + ([year] if panel.has_year else [])
    missing = [c for c in need if c not in pop.columns]
    if missing:
        raise InputError(f"population table is missing column(s) {missing}; it has {list(pop.columns)}")
    pop_year = pop[year].astype("int64") if panel.has_year and year is not None else 0
    popmap = pd.Series(
        pd.to_numeric(pop[population_col]).to_numpy(dtype=float),
        index=pd.MultiIndex.from_arrays([key_values(pop[region]), np.broadcast_to(pop_year, len(pop))]),
    )
    if popmap.index.duplicated().any():
        raise InputError("population table repeats a (region, year) key", column=population_col)
    keep = pd.MultiIndex.from_arrays([panel.data["region"], panel.data["year"]]).isin(popmap.index)
    sub = Panel(
        data=panel.data.loc[keep].reset_index(drop=True), has_year=panel.has_year, source=panel.source
    )
    frames = []
    for ym in year_matrices(sub):
        n = popmap.reindex(
            pd.MultiIndex.from_arrays([ym.regions, np.full(len(ym.regions), ym.year)])
        ).to_numpy()
        x = ym.values
        with np.errstate(divide="ignore", invalid="ignore"):
            rp = (x / n[:, None]) / (x.sum(axis=0, keepdims=True) / n.sum())
        frames.append(cells_frame(ym, sub, {"value": x, "population": np.repeat(n, x.shape[1]), "rpop": rp}))
    meta = metadata("population-based rca (Bahar et al. 2019)", {"population_col": population_col}, panel)
    return annotate(concat_years(frames), meta)


def binary_m(df: pd.DataFrame, *, threshold: float = 1.0, column: str = "rca") -> pd.DataFrame:
    r"""Add the binary presence column ``m``: :math:`M_{ri} = [\,RCA_{ri} \ge \theta\,]`.

    ``df`` is an output of :func:`rca`, :func:`location_quotient` or
    :func:`population_rca` (``column`` names the ratio). NaN ratios give 0.
    Hidalgo et al. (2007), *Science* 317, 482-487.
    """
    if column not in df.columns:
        raise InputError(f"no column {column!r} to threshold; columns are {list(df.columns)}")
    out = df.copy()
    out["m"] = binary_matrix(out[column].to_numpy(dtype=float), threshold).astype(np.int8)
    out.attrs = dict(df.attrs)
    params = dict(out.attrs.get("parameters", {}))
    params.update({"threshold": threshold, "column": column})
    out.attrs["parameters"] = params
    out.attrs["method"] = f"{df.attrs.get('method', column)} -> binary M"
    return out
