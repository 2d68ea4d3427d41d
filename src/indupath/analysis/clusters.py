"""Cluster mapping: cluster location quotients and the strong-cluster rule.

Cluster definitions are data: a table mapping industry codes to clusters with a
``traded`` flag (see ``analysis/data/clusters_cn_io42.csv`` and its README).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from indupath.analysis.panel import annotate, metadata, to_pandas, validate_panel
from indupath.errors import InputError, NotFoundError

DEFINITIONS_FILE = "clusters_cn_io42.csv"


def cluster_definitions(scheme: str | None = None) -> pd.DataFrame:
    """The packaged cluster definitions (columns scheme, industry, cluster, names, traded).

    ``scheme``: ``"CN-IO2007-42"`` (the 2007 provincial input-output tables) or
    ``"IO42"`` (national tables 2017/2020); ``None`` returns both.
    """
    path = resources.files("indupath.analysis").joinpath("data", DEFINITIONS_FILE)
    with path.open("r", encoding="utf-8") as fh:
        defs = pd.read_csv(fh, dtype={"industry": str, "traded": str})
    defs["traded"] = defs["traded"].str.lower().eq("true")
    defs.attrs["source"] = f"indupath analysis/data/{DEFINITIONS_FILE} (judgemental grouping, see its README)"
    if scheme is None:
        return defs
    out = defs[defs["scheme"] == scheme].reset_index(drop=True)
    if out.empty:
        raise NotFoundError(
            f"no cluster definitions for scheme {scheme!r}; have {sorted(defs['scheme'].unique())}"
        )
    out.attrs = dict(defs.attrs)
    return out


def cluster_mapping(
    df: Any,
    definitions: Any,
    *,
    establishments: str | None = None,
    lq_percentile: float = 75.0,
    size_percentile: float = 25.0,
    unmapped: str = "raise",
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
) -> pd.DataFrame:
    r"""Cluster LQ against traded employment and strong clusters, for every year.

    For region r and traded cluster c (industries :math:`i \in c`):

    .. math::

        e_{rc} = \sum_{i \in c} e_{ri},\qquad
        LQ_{rc} = \frac{e_{rc} / \sum_{c' \text{ traded}} e_{rc'}}{E_c / \sum_{c' \text{ traded}} E_{c'}}

    A cluster is **strong** in a region-year (Delgado, Porter & Stern 2016,
    "Defining clusters of related industries", *Journal of Economic Geography*
    16(1), 1-38; US Cluster Mapping project) when

    * :math:`LQ_{rc}` is at or above the ``lq_percentile`` (75th) percentile of that
      cluster's LQ across regions, and :math:`LQ_{rc} \ge 1`;
    * its employment is above the ``size_percentile`` (25th) percentile across regions;
    * its establishments (if the panel has an ``establishments`` column) are above
      their 25th percentile.

    Percentiles are ``numpy.percentile`` (linear interpolation) over all regions of
    the year, zeros included. ``definitions``: columns ``industry, cluster, traded``
    (e.g. :func:`cluster_definitions`). Industries absent from the definitions raise
    :class:`InputError` unless ``unmapped="ignore"``. Local (non-traded) clusters are
    left out of the denominators and of the output.
    """
    panel = validate_panel(df, region=region, industry=industry, year=year, value=value, duplicates="sum")
    defs = to_pandas(definitions)
    need = {"industry", "cluster", "traded"}
    if not need <= set(defs.columns):
        raise InputError(f"cluster definitions need columns {sorted(need)}; have {list(defs.columns)}")
    defs = defs.assign(industry=defs["industry"].astype(str)).drop_duplicates("industry")
    data = panel.data.assign(
        region=panel.data["region"].astype(str), industry=panel.data["industry"].astype(str)
    )
    data = data.merge(defs[["industry", "cluster", "traded"]], on="industry", how="left")
    if establishments is not None:
        raw = to_pandas(df)
        if establishments not in raw.columns:
            raise InputError(f"no establishments column {establishments!r}; columns are {list(raw.columns)}")
        est = pd.DataFrame(
            {
                "region": raw[region].astype(str).to_numpy(),
                "industry": raw[industry].astype(str).to_numpy(),
                "year": raw[year].astype("int64").to_numpy() if panel.has_year and year else 0,
                "establishments": pd.to_numeric(raw[establishments]).to_numpy(dtype=float),
            }
        )
        est = pd.DataFrame(
            est.groupby(["region", "industry", "year"], as_index=False)["establishments"].sum()
        )
        data = data.merge(est, on=["region", "industry", "year"], how="left")
    unknown = sorted(data.loc[data["cluster"].isna(), "industry"].unique())
    if unknown and unmapped == "raise":
        raise InputError(
            f"{len(unknown)} industry code(s) have no cluster, e.g. {unknown[:5]}; "
            "pass unmapped='ignore' to leave them out"
        )
    data = data[data["cluster"].notna() & data["traded"].astype(bool)]
    sums = {"employment": ("value", "sum")}
    if establishments is not None:
        sums["establishments"] = ("establishments", "sum")
    grp = data.groupby(["year", "region", "cluster"], as_index=False).agg(**sums)
    # complete the region x cluster grid of each year with zeros
    frames = []
    for y, sub in grp.groupby("year", sort=True):
        idx = pd.MultiIndex.from_product(
            [
                sorted(panel.data.loc[panel.data["year"] == y, "region"].astype(str).unique()),
                sorted(sub["cluster"].unique()),
            ],
            names=["region", "cluster"],
        )
        full = (
            sub.set_index(["region", "cluster"])
            .drop(columns="year")
            .reindex(idx, fill_value=0.0)
            .reset_index()
        )
        emp = full["employment"].to_numpy(dtype=float)
        reg_tot = full.groupby("region")["employment"].transform("sum").to_numpy(dtype=float)
        clu_tot = full.groupby("cluster")["employment"].transform("sum").to_numpy(dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            full["lq"] = (emp / reg_tot) / (clu_tot / emp.sum())
        by_c = full.groupby("cluster")
        full["lq_threshold"] = by_c["lq"].transform(lambda s: np.nanpercentile(s, lq_percentile))
        full["employment_threshold"] = by_c["employment"].transform(
            lambda s: np.percentile(s, size_percentile)
        )
        strong = (
            (full["lq"] >= full["lq_threshold"])
            & (full["lq"] >= 1.0)
            & (full["employment"] > full["employment_threshold"])
        )
        if establishments is not None:
            full["establishments_threshold"] = by_c["establishments"].transform(
                lambda s: np.percentile(s, size_percentile)
            )
            strong &= full["establishments"] > full["establishments_threshold"]
        full["strong"] = strong.to_numpy()
        full.insert(1, "year", y)
        frames.append(full)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if not panel.has_year and not out.empty:
        out["year"] = pd.array([pd.NA] * len(out), dtype="Int64")
    names = defs.drop_duplicates("cluster").set_index("cluster")
    for col in ("cluster_name_zh", "cluster_name_en"):
        if col in names.columns and not out.empty:
            out[col] = out["cluster"].map(names[col])
    meta = metadata(
        "cluster mapping: cluster LQ vs traded employment, strong-cluster rule (Delgado, Porter & Stern 2016)",
        {
            "lq_percentile": lq_percentile,
            "size_percentile": size_percentile,
            "establishments": establishments,
            "definitions": defs.attrs.get("source", "caller-supplied definitions"),
        },
        panel,
    )
    return annotate(out, meta)
