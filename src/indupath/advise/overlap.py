"""Overlap (同质化竞争): how many regions chase the same industries.

Across the declared priorities of all regions (:func:`indupath.advise.priorities.priority_table`),
grouped by the sector-map key of :mod:`indupath.advise.sectors` (phrases that map to nothing
are grouped by their own text), with the policy-vocabulary codes (SEI-2018 / FUTURE-2024, from
:mod:`indupath.taxonomy`) of the group's phrases in ``taxonomy_codes``:

* ``regions_targeting``: the number of distinct regions declaring the industry;
* ``regions_specialised``: regions with RCA >= 1 (Balassa 1965) in the industry's
  sectors taken together, from a region x industry panel (via ``analysis.rca``);
* **crowding index** ``= regions_targeting / regions_specialised`` (> 1: more regions
  want the industry than have a base for it; infinite, reported as ``None`` with
  ``crowded_without_base`` True, when nobody is specialised);
* ``national_share``: the share of the industry's sectors in national gross output
  (national input-output table), as context for how much room there is;
* **Jaccard similarity** of two regions' priority sets ``|A ∩ B| / |A ∪ B|``
  (Jaccard 1901), for every pair of regions, in ``extra['jaccard']``.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from indupath.advise.result import AdviseResult
from indupath.advise.sectors import sector_map


def jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard similarity ``|A ∩ B| / |A ∪ B|`` (0 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def specialised_regions(panel: pd.DataFrame, sectors: list[str]) -> list[str]:
    """Regions with RCA >= 1 in ``sectors`` taken together (latest year of the panel)."""
    from indupath.analysis import rca

    year = panel["year"].max()
    one = panel[panel["year"] == year].assign(
        region=lambda d: d["region"].astype(str), industry=lambda d: d["industry"].astype(str)
    )
    relabelled = one.assign(industry=np.where(one["industry"].isin(sectors), "__P__", one["industry"]))
    merged = relabelled.groupby(["region", "industry", "year"], as_index=False)["value"].sum()
    r = rca(merged)
    hit = r[(r["industry"].astype(str) == "__P__") & (r["rca"] >= 1)]
    return sorted(hit["region"].astype(str))


def overlap(
    priorities: pd.DataFrame,
    *,
    tier: str | None = None,
    panel: pd.DataFrame | None = None,
    scheme: str = "io42_2007",
    national_output: pd.Series | None = None,
    national_scheme: str = "io42_2020",
    source: str = "",
) -> AdviseResult:
    """Overlap of declared priorities across regions (definitions in the module docstring).

    Args:
        priorities: :func:`~indupath.advise.priorities.priority_table` rows.
        tier: keep only ``future`` or ``emerging`` priorities (None: all).
        panel: region x industry panel in ``scheme`` codes for the crowding index.
        national_output: national gross output by ``national_scheme`` sector code.
    """
    df = priorities.copy()
    if tier:
        df = df[df["tier"] == tier]
    df["group"] = df["sector_key"].fillna(df["priority"])
    entries = {e.key: e for e in sector_map()}
    total_national = float(national_output.sum()) if national_output is not None else np.nan
    rows = []
    for group, sub in df.groupby("group"):
        regions = sorted(set(sub["region_code"]))
        entry = entries.get(str(group))
        row: dict[str, object] = {
            "industry": group,
            "name_zh": entry.name_zh if entry else None,
            "name_en": entry.name_en if entry else None,
            "tier": entry.tier
            if entry
            else (sub["tier"].dropna().iloc[0] if sub["tier"].notna().any() else None),
            "regions_targeting": len(regions),
            "regions": ",".join(regions),
            "phrases": "; ".join(sorted(set(sub["priority"]))),
            "taxonomy_codes": ",".join(
                sorted({str(c) for c in sub.get("taxonomy_code", pd.Series()).dropna()})
            ),
            "regions_specialised": None,
            "crowding": None,
            "crowded_without_base": None,
            "national_share": None,
        }
        if entry is not None and panel is not None:
            spec = specialised_regions(panel, list(entry.sectors(scheme)))
            row["regions_specialised"] = len(spec)
            row["crowding"] = len(regions) / len(spec) if spec else None
            row["crowded_without_base"] = not spec
        if entry is not None and national_output is not None:
            codes = [c for c in entry.sectors(national_scheme) if c in national_output.index]
            row["national_share"] = (
                float(national_output.loc[codes].sum()) / total_national if codes else None
            )
        rows.append(row)
    table = pd.DataFrame(rows)
    if len(table):
        table = table.sort_values(["regions_targeting", "industry"], ascending=[False, True]).reset_index(
            drop=True
        )
    sets = {str(r): {str(x) for x in g["group"]} for r, g in df.groupby("region_code")}
    pairs = [
        {
            "region_1": a,
            "region_2": b,
            "jaccard": jaccard(sets[a], sets[b]),
            "shared": ",".join(sorted(sets[a] & sets[b])),
        }
        for a, b in combinations(sorted(sets), 2)
    ]
    return AdviseResult(
        method="overlap: regions targeting each industry; crowding = regions targeting / regions with RCA >= 1 "
        "(Balassa 1965); Jaccard (1901) similarity of priority sets",
        table=table,
        parameters={"tier": tier, "scheme": scheme, "regions": len(sets)},
        source=source,
        extra={"jaccard": pd.DataFrame(pairs, columns=["region_1", "region_2", "jaccard", "shared"])},
    )
