"""Tax-source view (税源): production-tax yield by sector, a region's tax base, priorities' yield.

From the value-added rows of an input-output table, for each sector ``j``:

.. math::

    \\tau^{x}_j = T_j / x_j, \\qquad \\tau^{v}_j = T_j / V_j

with ``T_j`` net taxes on production (生产税净额: production taxes minus production
subsidies), ``x_j`` total output and ``V_j`` value added (Miller & Blair 2009, ch. 2:
the value-added rows of the table). ``tau^x * 1e8`` is the net production tax per
1亿元 (100 million yuan) of output.

A region's production-tax base is estimated by applying the national yields to the
region's output structure: ``T_r = sum_j tau^x_j x_rj`` (a structural estimate: it
assumes each sector pays the national rate; local rates, exemptions and the split
between central and local government are not modelled).

A **priority** maps to sectors (:mod:`indupath.advise.sectors`); its yield is the
output-weighted mean of its sectors' ``tau^x``. It is **flagged** when its yield is
below the median sector yield of the table while its declared support (sum of the
amounts of the region's measures that name it, in CNY) is at least ``support_threshold``
(default 1亿元): much public money for a thin tax return.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from indupath.advise.iotable import IOTable
from indupath.advise.result import AdviseResult
from indupath.advise.sectors import io42_2007_to_2020, map_priority
from indupath.errors import InputError
from indupath.model import Measure

#: the unit in which per-output figures are reported: 1亿元 = 1e8 CNY
YI = 1e8


def tax_yields(io: IOTable) -> pd.DataFrame:
    """Net production-tax yield of every sector of ``io``.

    Columns: ``code, name, output, value_added, net_production_taxes, tax_per_output,
    tax_per_value_added, tax_per_yi_output`` (CNY of net production tax per 1亿元 of output;
    negative where subsidies exceed taxes, as in agriculture).
    """
    if "net_production_taxes" not in io.va.columns:
        raise InputError(f"{io.source or 'the table'} has no net-taxes-on-production row (VA002)")
    T = io.va["net_production_taxes"].to_numpy(dtype=float)
    V = io.va["value_added"].to_numpy(dtype=float)
    x = io.x
    with np.errstate(divide="ignore", invalid="ignore"):
        per_x = np.where(x > 0, T / np.where(x > 0, x, 1.0), np.nan)
        per_v = np.where(V > 0, T / np.where(V > 0, V, 1.0), np.nan)
    return pd.DataFrame(
        {
            "code": io.codes,
            "name": io.names,
            "output": x,
            "value_added": V,
            "net_production_taxes": T,
            "tax_per_output": per_x,
            "tax_per_value_added": per_v,
            "tax_per_yi_output": per_x * YI,
        }
    )


def yields_2007(yields_2020: pd.DataFrame) -> pd.Series:
    """National 2020 yields carried to the 2007 42-sector codes (output-weighted over the concordance)."""
    conc = io42_2007_to_2020()
    y = yields_2020.set_index("code")
    out: dict[str, float] = {}
    for code, grp in conc.groupby("io42_2007"):
        targets = [c for c in grp["io42_2020"] if c in y.index]
        w = y.loc[targets, "output"].to_numpy(dtype=float)
        t = y.loc[targets, "net_production_taxes"].to_numpy(dtype=float)
        out[str(code)] = float(t.sum() / w.sum()) if w.sum() > 0 else np.nan
    return pd.Series(out, name="tax_per_output")


def _priority_yield(phrase: str, yields: pd.DataFrame) -> tuple[str | None, list[str], float]:
    entry = map_priority(phrase)
    if entry is None:
        return None, [], np.nan
    y = yields.set_index("code")
    codes = [c for c in entry.io42_2020 if c in y.index]
    if not codes:
        return entry.key, [], np.nan
    w = y.loc[codes, "output"].to_numpy(dtype=float)
    t = y.loc[codes, "net_production_taxes"].to_numpy(dtype=float)
    return entry.key, codes, float(t.sum() / w.sum()) if w.sum() > 0 else np.nan


def declared_support(phrase: str, measures: Iterable[Measure]) -> float:
    """Sum of the CNY amounts of ``measures`` whose text or sentence names ``phrase``."""
    total = 0.0
    for m in measures:
        if m.amount is None or (m.amount_unit or "CNY") != "CNY":
            continue
        if phrase and (phrase in m.text or phrase in m.sentence):
            total += m.amount
    return total


def priority_tax(
    priorities: Sequence[str],
    yields: pd.DataFrame,
    *,
    measures: Iterable[Measure] = (),
    support_threshold: float = YI,
) -> pd.DataFrame:
    """What each priority adds to the production-tax base per 1亿元 of output, and the flag.

    Columns: ``priority, sector_key, sectors, tax_per_output, tax_per_yi_output,
    declared_support, low_yield_high_support``.
    """
    measures = list(measures)
    median = float(np.nanmedian(yields["tax_per_output"].to_numpy(dtype=float)))
    rows = []
    for phrase in priorities:
        key, codes, tau = _priority_yield(phrase, yields)
        support = declared_support(phrase, measures)
        rows.append(
            {
                "priority": phrase,
                "sector_key": key,
                "sectors": ",".join(codes),
                "tax_per_output": tau,
                "tax_per_yi_output": tau * YI if not np.isnan(tau) else np.nan,
                "declared_support": support,
                "low_yield_high_support": bool(
                    not np.isnan(tau) and tau < median and support >= support_threshold
                ),
            }
        )
    return pd.DataFrame(rows)


def taxbase(
    region_output: pd.Series,
    yields_2020: pd.DataFrame,
    *,
    region: str,
    priorities: Sequence[str] = (),
    measures: Iterable[Measure] = (),
    source: str = "",
    support_threshold: float = YI,
) -> AdviseResult:
    """Estimated composition of a region's production-tax base and its priorities' yields.

    Args:
        region_output: the region's gross output by IO42-2007 sector code (any unit).
        yields_2020: :func:`tax_yields` of the national 2020 42-sector table.
        region: region code or name (for the record).
        priorities: declared priority phrases.
        measures: the region's measures (amounts in CNY) for the support flag.

    Table columns: ``code, output, tax_per_output, estimated_tax, share`` (share of the
    estimated base); ``extra['priorities']`` from :func:`priority_tax`;
    ``extra['tax_to_output']`` the region's implied overall rate.
    """
    tau = yields_2007(yields_2020)
    out = region_output.astype(float)
    out.index = out.index.astype(str)
    df = pd.DataFrame({"code": out.index, "output": out.to_numpy()})
    df["tax_per_output"] = df["code"].map(tau).astype(float)
    df["estimated_tax"] = df["output"] * df["tax_per_output"]
    total = float(df["estimated_tax"].sum())
    df["share"] = df["estimated_tax"] / total if total else np.nan
    df = df.sort_values("estimated_tax", ascending=False).reset_index(drop=True)
    pri = priority_tax(priorities, yields_2020, measures=measures, support_threshold=support_threshold)
    return AdviseResult(
        method="net production tax per unit of output tau_j = T_j / x_j from the national IO table's "
        "value-added rows (Miller & Blair 2009), applied to the region's output structure: T_r = sum_j tau_j x_rj",
        table=df,
        parameters={"region": region, "priorities": list(priorities), "support_threshold": support_threshold},
        source=source,
        extra={
            "priorities": pri,
            "tax_to_output": total / float(df["output"].sum()) if df["output"].sum() else None,
            "median_sector_yield": float(np.nanmedian(yields_2020["tax_per_output"])),
        },
    )
