"""Roadmap audit: does each declared priority build on what the region already does?

For each declared priority of a region (phrases from stored roadmaps or given by the
user), the sectors that measure it (:mod:`indupath.advise.sectors`), and from the
region x industry panel (via :mod:`indupath.analysis`):

* ``lq``: the location quotient of the priority's sectors taken together,
  ``LQ = (x_rP / x_r) / (x_P / x)`` (Isard 1960), computed by merging its sectors;
* ``best_sector_lq``: the highest LQ among its sectors;
* ``density_pct``: the best percentile of relatedness density (Hidalgo et al. 2007)
  among the region's absent industries (RCA < 1) reached by one of its absent sectors
  (empty when every sector is present).

**Verdict rule**

* *build on strength* (巩固优势) -- the merged LQ >= 1 (the region is specialised in
  the priority's sectors taken together);
* *feasible diversification* (可行拓展) -- otherwise, when ``density_pct >= 50``
  (its best sector is among the more related half of the region's absent industries);
* *long jump* (长距离跨越) -- otherwise;
* *no data* -- the phrase maps to no sector, or its sectors are not in the panel.

**Alternatives**: for priorities that are not a strength, up to ``n_alternatives``
absent industries outside the priority's own sectors, among the most related quarter
of industries to the priority's sectors (proximity at least the 75th percentile, and at
least ``min_proximity``) and with a higher density than the priority's best sector,
ordered by density.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from indupath.advise.opportunities import RegionSpace, region_space
from indupath.advise.result import AdviseResult
from indupath.advise.sectors import map_priority

VERDICTS = ("build on strength", "feasible diversification", "long jump", "no data")


def merged_lq(panel: pd.DataFrame, region: str, sectors: Sequence[str], year: int) -> float:
    """Location quotient of ``sectors`` taken together (analysis.location_quotient on a merged panel)."""
    from indupath.analysis import location_quotient

    one = panel[panel["year"] == year].assign(
        region=lambda d: d["region"].astype(str), industry=lambda d: d["industry"].astype(str)
    )
    relabelled = one.assign(industry=np.where(one["industry"].isin(list(sectors)), "__P__", one["industry"]))
    merged = relabelled.groupby(["region", "industry", "year"], as_index=False)["value"].sum()
    lq = location_quotient(merged)
    hit = lq[(lq["region"].astype(str) == region) & (lq["industry"].astype(str) == "__P__")]
    return float(hit["lq"].iloc[0]) if len(hit) else float("nan")


def _alternatives(
    space: RegionSpace,
    sectors: list[str],
    best_density: float,
    n: int,
    min_proximity: float,
    names: Mapping[str, str],
) -> list[str]:
    cells = space.cells.set_index("industry")
    phi = space.proximity
    own = [s for s in sectors if s in phi.index]
    if not own:
        return []
    close: pd.Series = phi.loc[own].drop(columns=own, errors="ignore").max(axis=0)
    min_proximity = max(min_proximity, float(close.quantile(0.75)))
    cand = cells[(cells["rca"] < 1) & ~cells.index.isin(sectors)]
    cand = cand[
        (cand.index.map(lambda i: close.get(i, 0.0)) >= min_proximity) & (cand["density"] > best_density)
    ]
    cand = cand.sort_values("density", ascending=False).head(n)
    return [f"{i} {names.get(i, '')}".strip() for i in cand.index]


def audit(
    panel: pd.DataFrame,
    region: str,
    priorities: Sequence[str | tuple[str, str | None]],
    *,
    year: int | None = None,
    scheme: str = "io42_2007",
    names: Mapping[str, str] | None = None,
    n_alternatives: int = 3,
    min_proximity: float = 0.3,
    source: str = "",
) -> AdviseResult:
    """Audit a region's declared priorities (rules in the module docstring).

    Args:
        panel: long ``region, industry, year, value`` in ``scheme`` codes.
        region: the region's code in the panel.
        priorities: phrases, or ``(phrase, tier)`` pairs.
        names: industry code -> name, for display.

    Table columns: ``priority, tier, sector_key, sectors, lq, best_sector_lq,
    density_pct, verdict, alternatives``.
    """
    names = dict(names or {})
    space = region_space(panel, region, year=year)
    cells = space.cells.set_index("industry")
    rows = []
    for item in priorities:
        phrase, tier = (item, None) if isinstance(item, str) else item
        entry = map_priority(phrase)
        row: dict[str, object] = {
            "priority": phrase,
            "tier": tier or (entry.tier if entry else None),
            "sector_key": entry.key if entry else None,
            "sectors": "",
            "lq": np.nan,
            "best_sector_lq": np.nan,
            "density_pct": np.nan,
            "verdict": "no data",
            "alternatives": "",
        }
        sectors = [s for s in (entry.sectors(scheme) if entry else ()) if s in cells.index]
        if sectors:
            row["sectors"] = ", ".join(f"{s} {names.get(s, '')}".strip() for s in sectors)
            lq = merged_lq(panel, region, sectors, space.year)
            best_lq = float(cells.loc[sectors, "rca"].max())
            rca = cells["rca"].astype(float).to_dict()
            absent = [s for s in sectors if rca[s] < 1]
            pct = float(cells.loc[absent, "density_pct"].max()) if absent else np.nan
            best_density = float(cells.loc[absent, "density"].max()) if absent else np.nan
            row.update(lq=lq, best_sector_lq=best_lq, density_pct=pct)
            if lq >= 1:
                row["verdict"] = "build on strength"
            elif pct >= 50:
                row["verdict"] = "feasible diversification"
            else:
                row["verdict"] = "long jump"
            if row["verdict"] != "build on strength":
                row["alternatives"] = "; ".join(
                    _alternatives(space, sectors, best_density, n_alternatives, min_proximity, names)
                )
        rows.append(row)
    return AdviseResult(
        method="roadmap audit: LQ of the priority's sectors (Isard 1960), relatedness-density percentile "
        "among absent industries (Hidalgo et al. 2007); verdict rule in indupath.advise.audit",
        table=pd.DataFrame(rows),
        parameters={
            "region": region,
            "year": space.year,
            "scheme": scheme,
            "n_alternatives": n_alternatives,
            "min_proximity": min_proximity,
        },
        source=source,
    )
