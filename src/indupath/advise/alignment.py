"""Science-and-technology alignment: are a region's priorities where its capacity is?

**Capacity by field.** A region x field panel of innovation capacity: R&D spending,
R&D staff or patents by field when the user has loaded them as observations (fields
coded in a scheme of the sector map: ``io42_2007`` or ``csrc``). The embedded data have
no R&D by field, so the default is a stated proxy: A-share listed firms by CSRC-2012
division (``cn-listed-firms``), the firms that carry most corporate R&D.

**Revealed technological advantage** of region ``r`` in the fields ``F_p`` of priority
``p`` (Soete 1987; Balassa's index applied to capacity, computed by ``analysis.rca``
on the panel with ``F_p`` merged):

.. math::

    RTA_{rp} = \\frac{K_{rF_p} / K_r}{K_{F_p} / K}

**Coherence score** of region ``r`` over its declared priorities ``P_r`` that map to fields:

.. math::

    C_r = \\frac{1}{|P_r|} \\sum_{p \\in P_r} \\frac{\\min(RTA_{rp}, 2)}{2} \\in [0, 1]

``C_r = 0.5`` means priorities sit, on average, exactly where the region's capacity has
the national profile; above 0.5, where it is relatively strong (capped so that one very
strong field cannot hide weak ones).

**Context**: the region's high-tech industry R&D (spending, full-time-equivalent staff,
institutions, new-product development spending and sales; China Statistics Yearbook on
High Technology Industry), each as a share of the provinces' total and a rank.

**Peers**: other regions declaring the same priority, with their RTA; **future
industries without capacity**: future-tier entries of the sector map in which no region
has ``RTA >= 1``, and those declared somewhere but by no region with ``RTA >= 1``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from indupath.advise.result import AdviseResult
from indupath.advise.sectors import map_priority, sector_map

RD_METRICS = (
    "hightech_rd_expenditure",
    "hightech_rd_fte",
    "hightech_rd_institutions",
    "hightech_newproduct_dev_expenditure",
    "hightech_newproduct_sales",
)


def rta_table(capacity: pd.DataFrame, fields: list[str]) -> pd.Series:
    """RTA of every region in ``fields`` taken together (Balassa RCA of the merged fields)."""
    from indupath.analysis import rca

    df = capacity.assign(region=capacity["region"].astype(str), industry=capacity["industry"].astype(str))
    year = df["year"].max()
    one = df[df["year"] == year]
    relabelled = one.assign(industry=np.where(one["industry"].isin(fields), "__F__", one["industry"]))
    merged = relabelled.groupby(["region", "industry", "year"], as_index=False)["value"].sum()
    r = rca(merged)
    hit = r[r["industry"].astype(str) == "__F__"]
    return pd.Series(hit["rca"].to_numpy(dtype=float), index=hit["region"].astype(str))


def rd_profile(rd: pd.DataFrame, region: str) -> pd.DataFrame:
    """The region's high-tech R&D indicators in their latest year: value, share of provinces, rank."""
    rows = []
    for metric in RD_METRICS:
        m = rd[rd["metric"] == metric]
        if m.empty:
            continue
        year = int(m["year"].max())
        y = m[m["year"] == year].set_index("region_code")["value"].astype(float)
        if region not in y.index:
            continue
        rows.append(
            {
                "metric": metric,
                "year": year,
                "value": float(y[region]),
                "share_of_provinces": float(y[region] / y.sum()),
                "rank": int(y.rank(ascending=False, method="min")[region]),
                "provinces": int(len(y)),
            }
        )
    return pd.DataFrame(rows)


def alignment(
    region: str,
    priorities: pd.DataFrame,
    capacity: pd.DataFrame,
    *,
    capacity_scheme: str = "csrc",
    capacity_label: str = "listed firms by CSRC division (proxy)",
    rd: pd.DataFrame | None = None,
    source: str = "",
) -> AdviseResult:
    """S&T alignment of ``region``'s declared priorities (definitions in the module docstring).

    Args:
        region: GB/T 2260 code.
        priorities: :func:`~indupath.advise.priorities.priority_table` rows of all regions
            (the region's own rows are audited; the others give peers).
        capacity: long ``region, industry, year, value`` capacity by field.
        capacity_scheme: the field scheme of ``capacity`` in the sector map.
        rd: high-tech R&D observations (``region_code, year, metric, value``) for context.

    Table columns: ``priority, tier, sector_key, fields, rta, field_score, peers, rank_among_declarers``.
    ``extra``: ``coherence``, ``rd_profile``, ``future_without_capacity``.
    """
    region = str(region)
    pri = priorities.copy()
    cache: dict[str, pd.Series] = {}

    def rta_for(key: str) -> pd.Series:
        if key not in cache:
            entry = next(e for e in sector_map() if e.key == key)
            cache[key] = rta_table(capacity, list(entry.sectors(capacity_scheme)))
        return cache[key]

    own = pri[pri["region_code"] == region]
    rows = []
    for phrase, tier in zip(own["priority"], own["tier"], strict=True):
        entry = map_priority(str(phrase))
        row: dict[str, object] = {
            "priority": phrase,
            "tier": tier,
            "sector_key": entry.key if entry else None,
            "fields": ",".join(entry.sectors(capacity_scheme)) if entry else "",
            "rta": np.nan,
            "field_score": np.nan,
            "peers": "",
            "rank_among_declarers": None,
        }
        if entry is not None:
            rta = rta_for(entry.key)
            value = float(rta.get(region, np.nan))
            row["rta"] = value
            row["field_score"] = min(value, 2.0) / 2.0 if not np.isnan(value) else np.nan
            declarers = sorted(set(pri.loc[pri["sector_key"] == entry.key, "region_code"]))
            peers = [d for d in declarers if d != region]
            row["peers"] = "; ".join(f"{p} (RTA {rta.get(p, np.nan):.2f})" for p in peers)
            scores = pd.Series({d: float(rta.get(d, np.nan)) for d in declarers}).dropna()
            if region in scores.index:
                row["rank_among_declarers"] = (
                    f"{int(scores.rank(ascending=False, method='min')[region])}/{len(scores)}"
                )
        rows.append(row)
    table = pd.DataFrame(rows)
    scored = table["field_score"].dropna() if len(table) else pd.Series(dtype=float)
    coherence = float(scored.mean()) if len(scored) else None
    fut_rows = []
    for entry in sector_map():
        if entry.tier != "future":
            continue
        rta = rta_for(entry.key)
        strong = sorted(rta[rta >= 1].index)
        declarers = sorted(set(pri.loc[pri["sector_key"] == entry.key, "region_code"]))
        fut_rows.append(
            {
                "industry": entry.key,
                "name_zh": entry.name_zh,
                "regions_with_capacity": len(strong),
                "declared_by": ",".join(declarers),
                "declarers_with_capacity": ",".join(d for d in declarers if d in strong),
                "capacity_nowhere": not strong,
                "declared_without_capacity": bool(declarers) and not any(d in strong for d in declarers),
            }
        )
    extra: dict[str, object] = {
        "coherence": coherence,
        "coherence_formula": "C_r = mean over mapped priorities of min(RTA_rp, 2) / 2",
        "capacity": capacity_label,
        "future_without_capacity": pd.DataFrame(fut_rows),
    }
    if rd is not None:
        extra["rd_profile"] = rd_profile(rd, region)
    return AdviseResult(
        method="S&T alignment: revealed technological advantage RTA (Soete 1987) of the region's capacity in "
        "each priority's fields; coherence C_r = mean(min(RTA, 2) / 2)",
        table=table,
        parameters={"region": region, "capacity_scheme": capacity_scheme},
        source=source,
        extra=extra,
    )
