"""Opportunities: which absent industries a region could grow next, and how attractive they are.

For region ``r`` in year ``t``, from the region x industry panel, the analysis
package computes RCA (Balassa 1965), ``M = [RCA >= 1]``, proximity and relatedness
density ``omega_ri`` (Hidalgo et al. 2007), PCI (Hidalgo & Hausmann 2009) and COG
(Hausmann et al. 2014). Candidates are the industries with ``RCA_ri < 1``.

* **feasibility** ``= omega_ri`` (relatedness density), also as its percentile among
  the region's candidates;
* **attractiveness** ``= mean(z(PCI_i), z(COG_ri)[, z(g_i)])``, z-scores over the
  region's candidates, with ``g_i`` the national growth of the industry: given by the
  caller (the CLI uses the growth of national gross output between the 2017 and 2020
  input-output tables), else the compound annual growth of its national total between
  the panel's first and last years when it has more than one;
* **score** ``= w z(omega_ri) + (1 - w) attractiveness`` with ``w`` set by the
  strategy, after the Atlas of Economic Complexity's strategic approaches (Hausmann
  et al. 2014): ``low-hanging`` (w = 0.75), ``balanced`` (w = 0.5), ``long-jump``
  (w = 0.25);
* **quadrant**: feasibility above the candidates' median density and attractiveness
  above 0 -> *low-hanging fruit* (近水楼台); feasible but below-average attractiveness ->
  *safe bet* (稳妥拓展); attractive but far -> *long jump* (战略跨越); neither -> *far and
  low value* (暂缓).

Industries measuring a strategic-emerging (SEI-2018) or future (FUTURE-2024) industry
are marked through :mod:`indupath.advise.sectors`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from indupath.advise.result import AdviseResult
from indupath.advise.sectors import tier_sectors
from indupath.errors import AnalysisError, ConfigError, NotFoundError

STRATEGIES = {"low-hanging": 0.75, "balanced": 0.5, "long-jump": 0.25}
QUADRANTS = {
    (True, True): "low-hanging fruit",
    (True, False): "safe bet",
    (False, True): "long jump",
    (False, False): "far and low value",
}


@dataclass(frozen=True)
class RegionSpace:
    """The relatedness view of one region in one year (cells of every industry)."""

    region: str
    year: int
    cells: pd.DataFrame  # industry, value, rca, m, density, cog, pci, density_pct
    proximity: pd.DataFrame  # industry x industry
    meta: dict[str, Any]


def _z(x: pd.Series) -> pd.Series:
    sd = x.std(ddof=0)
    return (x - x.mean()) / sd if sd and not np.isnan(sd) else x * 0.0


def region_space(panel: pd.DataFrame, region: str, *, year: int | None = None) -> RegionSpace:
    """RCA, density, COG and PCI of every industry for ``region`` (via :mod:`indupath.analysis`)."""
    from indupath.analysis import complexity, proximity

    df = panel.assign(region=panel["region"].astype(str), industry=panel["industry"].astype(str))
    years = sorted(int(y) for y in df["year"].unique())
    y = years[-1] if year is None else int(year)
    if y not in years:
        raise NotFoundError(f"year {y} is not in the panel; it has {years}")
    one = df[df["year"] == y]
    if region not in set(one["region"]):
        raise NotFoundError(f"region {region!r} is not in the {y} panel")
    res = complexity(one)
    cells = res.cells.assign(
        region=res.cells["region"].astype(str), industry=res.cells["industry"].astype(str)
    )
    cells = cells[cells["region"] == region].drop(columns=["region", "year"])
    pci = res.industries.assign(industry=res.industries["industry"].astype(str)).set_index("industry")["pci"]
    cells["pci"] = cells["industry"].map(pci).astype(float)
    absent = cells["rca"] < 1
    cells["density_pct"] = np.nan
    cells.loc[absent, "density_pct"] = cells.loc[absent, "density"].rank(pct=True) * 100
    prox = proximity(one)
    phi = prox.assign(
        industry_1=prox["industry_1"].astype(str), industry_2=prox["industry_2"].astype(str)
    ).pivot(index="industry_1", columns="industry_2", values="proximity")
    return RegionSpace(
        region=region, year=y, cells=cells.reset_index(drop=True), proximity=phi, meta=res.meta
    )


def national_growth(panel: pd.DataFrame) -> pd.Series:
    """Compound annual growth of each industry's national total between the first and last year."""
    tot = panel.groupby(["industry", "year"])["value"].sum().unstack()
    years = sorted(int(y) for y in tot.columns)
    if len(years) < 2:
        return pd.Series(dtype=float)
    first, last = tot[years[0]], tot[years[-1]]
    span = years[-1] - years[0]
    g = (last / first.where(first > 0)) ** (1.0 / span) - 1.0
    g.index = g.index.astype(str)
    return g


def opportunities(
    panel: pd.DataFrame,
    region: str,
    *,
    year: int | None = None,
    candidates: str = "all",
    scheme: str | None = "io42_2007",
    strategy: str = "balanced",
    names: Mapping[str, str] | None = None,
    growth: pd.Series | None = None,
    source: str = "",
) -> AdviseResult:
    """Rank the industries ``region`` does not yet specialise in (rules in the module docstring).

    Args:
        panel: long ``region, industry, year, value`` (e.g. output by IO42-2007 sector).
        region: region code as in the panel.
        candidates: ``all``, ``sei`` (industries measuring strategic emerging industries)
            or ``future`` (measuring future industries).
        scheme: the industry codes' scheme in the sector map (``io42_2007`` or ``csrc``);
            ``None`` when the panel uses another classification (no SEI / future marks).
        strategy: ``low-hanging``, ``balanced`` or ``long-jump`` (weight of feasibility).
        names: industry code -> name for display.
        growth: national growth rate by industry code; default: from the panel's own years
            (none for a single-year panel).

    Table columns: ``industry, name, value, rca, density, density_pct, pci, cog, growth,
    attractiveness, score, rank, quadrant, sei, future``; ``extra['scatter']`` holds the
    feasibility x attractiveness points.
    """
    if candidates not in ("all", "sei", "future"):
        raise ConfigError(f"candidates must be all, sei or future, got {candidates!r}")
    if strategy not in STRATEGIES:
        raise ConfigError(f"strategy must be one of {', '.join(STRATEGIES)}, got {strategy!r}")
    space = region_space(panel, region, year=year)
    if growth is None:
        growth = national_growth(panel)
    sei = tier_sectors("emerging", scheme) if scheme else {}
    fut = tier_sectors("future", scheme) if scheme else {}
    c = space.cells[space.cells["rca"] < 1].copy()
    if c.empty:
        raise AnalysisError(f"region {region} has RCA >= 1 in every industry; nothing to rank")
    c["growth"] = c["industry"].map(growth).astype(float) if len(growth) else np.nan
    c["sei"] = c["industry"].map(lambda i: ",".join(sei.get(i, [])))
    c["future"] = c["industry"].map(lambda i: ",".join(fut.get(i, [])))
    parts = [_z(c["pci"]), _z(c["cog"])]
    if c["growth"].notna().any():
        parts.append(_z(c["growth"].fillna(c["growth"].mean())))
    c["attractiveness"] = sum(parts) / len(parts)
    w = STRATEGIES[strategy]
    c["score"] = w * _z(c["density"]) + (1 - w) * c["attractiveness"]
    med = float(c["density"].median())
    c["quadrant"] = [
        QUADRANTS[(bool(d > med), bool(a > 0))]
        for d, a in zip(c["density"], c["attractiveness"], strict=True)
    ]
    c["name"] = c["industry"].map(lambda i: (names or {}).get(i, i))
    if candidates == "sei":
        c = c[c["sei"] != ""]
    elif candidates == "future":
        c = c[c["future"] != ""]
    c = c.sort_values("score", ascending=False).reset_index(drop=True)
    c["rank"] = np.arange(1, len(c) + 1)
    cols = [
        "rank",
        "industry",
        "name",
        "value",
        "rca",
        "density",
        "density_pct",
        "pci",
        "cog",
        "growth",
        "attractiveness",
        "score",
        "quadrant",
        "sei",
        "future",
    ]
    table = c[cols]
    scatter = table[["industry", "name", "density", "attractiveness", "quadrant", "sei", "future"]].rename(
        columns={"density": "feasibility"}
    )
    return AdviseResult(
        method="opportunities: candidates RCA < 1 (Balassa 1965); feasibility = relatedness density "
        "(Hidalgo et al. 2007); attractiveness = mean z-score of PCI (Hidalgo & Hausmann 2009), COG "
        "(Hausmann et al. 2014) and national growth; quadrants after the Atlas strategic approach",
        table=table,
        parameters={
            "region": region,
            "year": space.year,
            "candidates": candidates,
            "scheme": scheme,
            "strategy": strategy,
            "feasibility_weight": w,
            "density_median": med,
        },
        source=source,
        extra={"scatter": scatter, "analysis": space.meta},
    )
