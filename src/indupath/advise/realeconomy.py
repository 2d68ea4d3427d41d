"""Real-economy indicators by province: manufacturing, high-tech industry, listed SEI firms.

Per province (GB/T 2260 code):

* ``manufacturing_output_share`` and ``manufacturing_va_share``: manufacturing
  (IO42-2007 sectors 06-22, food to scrap, the GB/T 4754 section C) in gross output
  and value added, 2007 provincial input-output tables;
* ``hightech_revenue``, ``hightech_profit`` (CNY) in the latest year, their compound
  annual growth over the last ``growth_years`` years ``(v_t / v_{t-k})^{1/k} - 1``, and
  ``hightech_margin`` = profit / revenue (China Statistics Yearbook on High Technology
  Industry);
* ``rd_intensity`` = intramural R&D spending / revenue, and ``newproduct_share`` =
  new-product sales / revenue, of high-tech industry in the latest year with both;
* ``sei_listed_firms``: A-share firms whose CSRC-2012 division measures a strategic
  emerging industry (:mod:`indupath.advise.sectors`; divisions are broader than the
  SEI classes, so this counts firms *in SEI-relevant divisions*), and their share of
  the province's listed firms.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from indupath.advise.result import AdviseResult
from indupath.advise.sectors import tier_sectors

MANUFACTURING_IO42_2007 = tuple(f"{i:02d}" for i in range(6, 23))


def manufacturing_shares(io2007: pd.DataFrame) -> pd.DataFrame:
    """Manufacturing share of gross output and value added per province (2007 IO tables)."""
    df = io2007.assign(manu=io2007["sector_code"].astype(str).isin(MANUFACTURING_IO42_2007))
    g = df.groupby("province_code")
    tot = g[["gross_output", "value_added"]].sum()
    manu = df[df["manu"]].groupby("province_code")[["gross_output", "value_added"]].sum()
    return pd.DataFrame(
        {
            "manufacturing_output_share": manu["gross_output"] / tot["gross_output"],
            "manufacturing_va_share": manu["value_added"] / tot["value_added"],
        }
    )


def _latest_and_growth(obs: pd.DataFrame, metric: str, years: int, year: int | None) -> pd.DataFrame:
    m = obs[obs["metric"] == metric]
    if year is not None:
        m = m[m["year"] <= year]
    wide = m.pivot_table(index="region_code", columns="year", values="value", aggfunc="sum")
    out = {}
    for region, row in wide.iterrows():
        s = row.dropna()
        if s.empty:
            continue
        t1 = int(s.index[-1])
        v1 = float(s.iloc[-1])
        earlier = s[s.index <= t1 - years]
        growth = np.nan
        if not earlier.empty and earlier.iloc[-1] > 0 and v1 > 0:
            t0 = int(earlier.index[-1])
            growth = (v1 / float(earlier.iloc[-1])) ** (1.0 / (t1 - t0)) - 1.0
        out[str(region)] = {metric: v1, f"{metric}_year": t1, f"{metric}_growth": growth}
    return pd.DataFrame.from_dict(out, orient="index")


def _ratio_latest(obs: pd.DataFrame, num: str, den: str, year: int | None) -> pd.Series:
    m = obs[obs["metric"].isin([num, den])]
    if year is not None:
        m = m[m["year"] <= year]
    wide = m.pivot_table(index=["region_code", "year"], columns="metric", values="value", aggfunc="sum")
    if num not in wide.columns or den not in wide.columns:
        return pd.Series(dtype=float)
    wide = wide.dropna(subset=[num, den])
    wide = wide[wide[den] > 0]
    ratio = (wide[num] / wide[den]).reset_index(name="r")
    latest = ratio.sort_values("year").groupby("region_code").tail(1).set_index("region_code")["r"]
    return latest


def sei_listed_firms(firms: pd.DataFrame) -> pd.DataFrame:
    """Listed firms per province in CSRC divisions that measure strategic emerging industries."""
    sei = set(tier_sectors("emerging", "csrc"))
    df = firms.dropna(subset=["province_code"])
    g = df.assign(sei=df["csrc_code"].isin(sei)).groupby("province_code")
    return pd.DataFrame(
        {"sei_listed_firms": g["sei"].sum().astype(float), "listed_firms": g.size().astype(float)}
    )


def real_economy(
    io2007: pd.DataFrame,
    hightech: pd.DataFrame,
    firms: pd.DataFrame,
    *,
    year: int | None = None,
    growth_years: int = 5,
    source: str = "",
) -> AdviseResult:
    """The real-economy table, one row per province (see the module docstring).

    Args:
        io2007: ``cn-io2007-provincial`` rows (province_code, sector_code, gross_output, value_added).
        hightech: high-tech observations (:func:`indupath.advise.embedded.hightech_observations`).
        firms: ``cn-listed-firms`` rows (province_code, csrc_code).
        year: latest year to use for the high-tech series (default: the latest available).
        growth_years: span of the growth rates.
    """
    names: dict[str, str] = {}
    if "province_name" in firms.columns:
        first = firms.dropna(subset=["province_code"]).drop_duplicates("province_code")
        names.update(
            {str(k): str(v) for k, v in zip(first["province_code"], first["province_name"], strict=True)}
        )
    first = io2007.drop_duplicates("province_code")
    names.update({str(k): str(v) for k, v in zip(first["province_code"], first["province"], strict=True)})
    parts = [
        manufacturing_shares(io2007),
        _latest_and_growth(hightech, "hightech_revenue", growth_years, year),
        _latest_and_growth(hightech, "hightech_profit", growth_years, year)[
            ["hightech_profit", "hightech_profit_growth"]
        ],
        sei_listed_firms(firms),
    ]
    table = pd.concat(parts, axis=1)
    table["hightech_margin"] = table["hightech_profit"] / table["hightech_revenue"]
    table["rd_intensity"] = _ratio_latest(hightech, "hightech_rd_expenditure", "hightech_revenue", year)
    table["newproduct_share"] = _ratio_latest(hightech, "hightech_newproduct_sales", "hightech_revenue", year)
    table["sei_firm_share"] = table["sei_listed_firms"] / table["listed_firms"]
    table.index = table.index.astype(str)
    table.insert(0, "name", [names.get(c) for c in table.index])
    table = table.rename_axis("region_code").reset_index().sort_values("region_code").reset_index(drop=True)
    return AdviseResult(
        method="real-economy indicators: manufacturing (IO42-2007 06-22) share of output and value added; "
        "high-tech industry revenue, profit, growth (CAGR), margin, R&D intensity, new-product share; "
        "listed firms in SEI-relevant CSRC divisions",
        table=table,
        parameters={"year": year, "growth_years": growth_years},
        source=source,
    )


def load_real_economy(*, year: int | None = None) -> AdviseResult:
    """:func:`real_economy` on the embedded data."""
    from indupath.advise.embedded import load_hightech
    from indupath.datasets import load_dataset

    io = load_dataset("cn-io2007-provincial")
    firms = load_dataset("cn-listed-firms")
    ht = load_hightech()
    source = "; ".join(
        str(x)
        for x in (
            io.attrs.get("source"),
            ht["source"].iloc[0] if len(ht) else None,
            firms.attrs.get("source"),
        )
        if x
    )
    return real_economy(io, ht, firms, year=year, source=source)
