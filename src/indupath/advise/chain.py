"""Industrial-chain view: main suppliers and users of an industry, and links to fill (补链).

From an input-output table (see :mod:`indupath.advise.iotable`):

* **upstream** of sector ``j``: the direct input coefficients ``a_ij = z_ij / x_j`` and
  the total requirements ``l_ij`` of the Leontief inverse ``L = (I - A)^{-1}``
  (Leontief 1936; Miller & Blair 2009, ch. 2);
* **downstream** of ``j``: the output coefficients ``b_jk = z_jk / x_j``, the share of
  ``j``'s output that sector ``k`` buys as input (Ghosh 1958; Miller & Blair 2009, ch. 12);
* Rasmussen (1956) backward / forward linkage indices for context:
  ``BL_j = n * sum_i l_ij / sum_ij l_ij`` and ``FL_i = n * sum_j g_ij / sum_ij g_ij``
  with ``G = (I - B)^{-1}``.

**Links to fill** for a region: upstream suppliers whose total requirement ``l_ij``
is among the ``top`` strongest (excluding ``j`` itself) and at least ``min_coefficient``,
where the region's location quotient of the supplier is below ``lq_threshold``
(default 1): strong links of the chain that are weak locally.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from indupath.advise.iotable import IOTable
from indupath.advise.result import AdviseResult


def rasmussen_indices(io: IOTable) -> pd.DataFrame:
    """Backward and forward linkage indices (Rasmussen 1956), normalised so the mean is 1."""
    n = len(io.codes)
    L = io.leontief()
    safe = np.where(io.x > 0, io.x, 1.0)
    B = io.Z / safe[:, np.newaxis]
    B[io.x <= 0, :] = 0.0
    G = np.linalg.inv(np.eye(n) - B)
    bl = L.sum(axis=0)
    fl = G.sum(axis=1)
    return pd.DataFrame(
        {"code": io.codes, "backward_linkage": n * bl / bl.sum(), "forward_linkage": n * fl / fl.sum()}
    )


def linkages(io: IOTable, sector: str, *, top: int = 10) -> AdviseResult:
    """The ``top`` upstream suppliers and downstream users of ``sector``.

    Upstream rows are ordered by total requirement ``l_ij`` (direct ``a_ij`` shown too);
    downstream rows by output coefficient ``b_jk``. The sector itself is left out.
    """
    code = io.find(sector)
    j = io.index(code)
    A = io.coefficients()
    L = io.leontief()
    xj = io.x[j]
    b = io.Z[j, :] / xj if xj > 0 else np.zeros(len(io.codes))
    mask = np.arange(len(io.codes)) != j
    up = pd.DataFrame(
        {
            "direction": "upstream",
            "code": np.array(io.codes)[mask],
            "name": np.array(io.names)[mask],
            "flow": io.Z[mask, j],
            "direct_coefficient": A[mask, j],
            "total_requirement": L[mask, j],
        }
    ).nlargest(top, "total_requirement")
    down = pd.DataFrame(
        {
            "direction": "downstream",
            "code": np.array(io.codes)[mask],
            "name": np.array(io.names)[mask],
            "flow": io.Z[j, mask],
            "output_coefficient": b[mask],
        }
    ).nlargest(top, "output_coefficient")
    table = pd.concat([up, down], ignore_index=True)
    ras = rasmussen_indices(io)
    bl = ras["backward_linkage"].to_numpy(dtype=float)
    fl = ras["forward_linkage"].to_numpy(dtype=float)
    return AdviseResult(
        method="input-output linkages: A = Z x^-1, L = (I - A)^-1 (Leontief 1936; Miller & Blair 2009); "
        "output coefficients B = x^-1 Z (Ghosh 1958); Rasmussen (1956) linkage indices",
        table=table,
        parameters={"sector": code, "sector_name": io.name(code), "top": top},
        source=io.source,
        extra={
            "self_input_coefficient": float(A[j, j]),
            "output": float(io.x[j]),
            "unit": io.unit,
            "backward_linkage": float(bl[j]),
            "forward_linkage": float(fl[j]),
        },
    )


def chain_gaps(
    io: IOTable,
    sector: str,
    lq: pd.Series,
    *,
    top: int = 10,
    min_coefficient: float = 0.01,
    lq_threshold: float = 1.0,
    region: str = "",
    lq_source: str = "",
) -> AdviseResult:
    """Strong upstream links of ``sector`` that are weak in a region: the links to fill (补链).

    Args:
        io: the table that defines the chain (national, or the region's own).
        sector: the priority sector (code or name).
        lq: the region's location quotient by sector code of ``io`` (missing = no data).
        top: how many of the strongest upstream suppliers (by ``l_ij``) to consider.
        min_coefficient: a supplier counts as a strong link when ``l_ij >= min_coefficient``.
        lq_threshold: a link is weak locally when the region's LQ is below this.

    The table has every strong supplier with ``local_lq`` and ``to_fill`` (True / False /
    None when the region has no data for that sector).
    """
    res = linkages(io, sector, top=top)
    up = res.table[res.table["direction"] == "upstream"].copy()
    up = up[up["total_requirement"] >= min_coefficient]
    up["local_lq"] = up["code"].map(lambda c: lq.get(c, np.nan)).astype(float)
    up["to_fill"] = [None if np.isnan(v) else bool(v < lq_threshold) for v in up["local_lq"]]
    code = res.parameters["sector"]
    return AdviseResult(
        method="links to fill (补链): upstream suppliers with Leontief total requirement l_ij >= "
        "min_coefficient among the top suppliers, where the region's location quotient < lq_threshold",
        table=up.drop(columns=["direction"]).reset_index(drop=True),
        parameters={
            "sector": code,
            "sector_name": io.name(code),
            "region": region,
            "top": top,
            "min_coefficient": min_coefficient,
            "lq_threshold": lq_threshold,
            "sector_lq": float(lq.get(code, np.nan)),
        },
        source=f"{io.source}; LQ: {lq_source}" if lq_source else io.source,
        extra={"links": res.table},
    )
