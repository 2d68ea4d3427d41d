"""Shift-share analysis: classic, Esteban-Marquillas and dynamic.

The national reference is the sum over the panel's regions, or one region named
by ``nation`` (e.g. the ``US`` rows of BEA data), which is then left out of the
regions analysed. All components are in the panel's units (e.g. persons, yuan).
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath.analysis.panel import Panel, annotate, metadata, validate_panel, year_column, year_matrices
from indupath.errors import AnalysisError, InputError


def _cube(panel: Panel, years: list[int]) -> tuple[pd.Index, pd.Index, np.ndarray]:
    """Values as a ``years × regions × industries`` array over the union of codes (absent = 0)."""
    mats = {ym.year: ym for ym in year_matrices(panel)}
    first = next(iter(mats.values()))
    regions, industries = first.all_regions, first.all_industries
    cube = np.zeros((len(years), len(regions), len(industries)))
    for k, y in enumerate(years):
        ym = mats[y]
        cube[k][np.ix_(ym.region_codes, ym.industry_codes)] = ym.values
    return regions, industries, cube


def _components(e0: np.ndarray, e1: np.ndarray, n0: np.ndarray, n1: np.ndarray) -> dict[str, np.ndarray]:
    r"""Classic and Esteban-Marquillas components for one period (regions × industries).

    ``n0``, ``n1``: national industry totals (vectors). Division-free where possible:
    :math:`CE = (e_1 - e_0) - e_0 g_i`.
    """
    tot0, tot1 = n0.sum(), n1.sum()
    if tot0 <= 0:
        raise AnalysisError("the national total is zero in the base year: growth rates are undefined")
    g = tot1 / tot0 - 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        gi = np.where(n0 > 0, n1 / n0 - 1.0, np.nan)
    ns = e0 * g
    im = e0 * (gi[None, :] - g)
    im = np.where(e0 == 0, 0.0, im)
    ce = (e1 - e0) - e0 * np.nan_to_num(gi)[None, :]
    # Esteban-Marquillas: homothetic employment from the base-year structure
    reg0 = e0.sum(axis=1, keepdims=True)
    hom = reg0 * (n0 / tot0)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = np.where(e0 > 0, ce / e0, np.where(ce == 0, 0.0, np.nan))  # g_ri - g_i
    ce_h = hom * diff
    alloc = (e0 - hom) * diff
    return {
        "national_share": ns,
        "industry_mix": im,
        "competitive": ce,
        "homothetic": hom,
        "competitive_homothetic": ce_h,
        "allocation": alloc,
    }


def shift_share(
    df: Any,
    *,
    base_year: int | None = None,
    end_year: int | None = None,
    method: Literal["classic", "esteban-marquillas", "dynamic"] = "classic",
    nation: str | None = None,
    level: Literal["cell", "region"] = "cell",
    region: str = "region",
    industry: str = "industry",
    year: str = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Decompose each region-industry change between ``base_year`` and ``end_year``.

    Classic (Dunn 1960, *Papers in Regional Science* 6, 97-112), with
    :math:`G = E^1/E^0 - 1`, :math:`g_i = E_i^1/E_i^0 - 1`, :math:`g_{ri} = e_{ri}^1/e_{ri}^0 - 1`:

    .. math::

        e^1_{ri} - e^0_{ri} = \underbrace{e^0_{ri} G}_{\text{national share}}
          + \underbrace{e^0_{ri}(g_i - G)}_{\text{industry mix}}
          + \underbrace{e^0_{ri}(g_{ri} - g_i)}_{\text{competitive}}

    Esteban-Marquillas (1972, *Regional and Urban Economics* 2, 249-255) splits the
    competitive effect with the homothetic employment
    :math:`\hat e_{ri} = e^0_r E^0_i / E^0`:

    .. math::

        e^0_{ri}(g_{ri} - g_i) = \underbrace{\hat e_{ri}(g_{ri} - g_i)}_{\text{competitive (homothetic)}}
          + \underbrace{(e^0_{ri} - \hat e_{ri})(g_{ri} - g_i)}_{\text{allocation}}

    (undefined, NaN, for a cell that grows from 0). Dynamic (Barff & Knight 1988,
    *Growth and Change* 19(2), 1-10): the classic components computed for each pair
    of consecutive years in ``[base_year, end_year]`` and summed.

    ``level="region"`` sums the cells of each region. Returns columns
    ``region, [industry,] base_year, end_year, base, end, change, national_share,
    industry_mix, competitive`` (+ ``homothetic, competitive_homothetic,
    allocation`` for Esteban-Marquillas).
    """
    if method not in ("classic", "esteban-marquillas", "dynamic"):
        raise InputError(f"method must be classic, esteban-marquillas or dynamic, got {method!r}")
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value)
    if not panel.has_year:
        raise InputError(f"shift-share needs a year column; {year!r} is absent")
    years = panel.years
    b = years[0] if base_year is None else int(base_year)
    e = years[-1] if end_year is None else int(end_year)
    for y in (b, e):
        if y not in years:
            raise InputError(f"year {y} is not in the panel (years: {years})")
    if e <= b:
        raise InputError(f"end_year must be after base_year, got {b} -> {e}")
    span = [y for y in years if b <= y <= e] if method == "dynamic" else [b, e]
    regions, industries, cube = _cube(panel, span)
    if nation is not None:
        if nation not in set(regions):
            raise InputError(f"nation {nation!r} is not a region of the panel")
        k = regions.get_loc(nation)
        national = cube[:, k, :]
        keep = np.arange(len(regions)) != k
        cube, regions = cube[:, keep, :], regions[keep]
    else:
        national = cube.sum(axis=1)
    if method == "dynamic":
        acc: dict[str, np.ndarray] = {}
        for t in range(len(span) - 1):
            comp = _components(cube[t], cube[t + 1], national[t], national[t + 1])
            for key in ("national_share", "industry_mix", "competitive"):
                acc[key] = acc.get(key, 0.0) + comp[key]
        parts = acc
    else:
        comp = _components(cube[0], cube[-1], national[0], national[-1])
        keys = ["national_share", "industry_mix", "competitive"]
        if method == "esteban-marquillas":
            keys += ["homothetic", "competitive_homothetic", "allocation"]
        parts = {k: comp[k] for k in keys}
    nr, ni = len(regions), len(industries)
    out = pd.DataFrame(
        {
            "region": np.repeat(regions.to_numpy(), ni),
            "industry": np.tile(industries.to_numpy(), nr),
            "base_year": year_column(panel, np.full(nr * ni, b)),
            "end_year": year_column(panel, np.full(nr * ni, e)),
            "base": cube[0].reshape(-1),
            "end": cube[-1].reshape(-1),
            "change": (cube[-1] - cube[0]).reshape(-1),
        }
    )
    for key, arr in parts.items():
        out[key] = np.asarray(arr).reshape(-1)
    if level == "region":
        num = [c for c in out.columns if c not in ("region", "industry", "base_year", "end_year")]
        grouped = out.groupby("region", sort=True)[num].sum(min_count=1).reset_index()
        grouped.insert(1, "base_year", pd.Series(year_column(panel, np.full(len(grouped), b))))
        grouped.insert(2, "end_year", pd.Series(year_column(panel, np.full(len(grouped), e))))
        out = grouped
    elif level != "cell":
        raise InputError(f"level must be 'cell' or 'region', got {level!r}")
    meta = metadata(
        {
            "classic": "shift-share, classic (Dunn 1960)",
            "esteban-marquillas": "shift-share, Esteban-Marquillas (1972)",
            "dynamic": "shift-share, dynamic (Barff & Knight 1988)",
        }[method],
        {"base_year": b, "end_year": e, "method": method, "nation": nation, "level": level},
        panel,
    )
    return annotate(out, meta)
