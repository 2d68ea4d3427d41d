"""Input-output tables as matrices: parse, technical coefficients, Leontief inverse.

An input-output table records the flows ``z_ij`` from supplying sector ``i`` to
using sector ``j``, each sector's total output ``x_j`` and its value added by
component (compensation of employees, net taxes on production, depreciation,
operating surplus). From it (Leontief 1936; Miller & Blair 2009, ch. 2):

.. math::

    A = Z \\hat{x}^{-1} \\quad (a_{ij} = z_{ij} / x_j), \\qquad L = (I - A)^{-1}

``a_ij`` is the input from ``i`` needed per unit of ``j``'s output; ``l_ij`` the
total (direct and indirect) output of ``i`` needed per unit of final demand for ``j``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from indupath.errors import AnalysisError, InputError, NotFoundError

#: value-added rows of the NBS tables and the names used here
VA_ROWS = {
    "VA001": "compensation",
    "VA002": "net_production_taxes",
    "VA003": "depreciation",
    "VA004": "operating_surplus",
    "TVA": "value_added",
}


@dataclass(frozen=True)
class IOTable:
    """One input-output table in matrix form.

    Attributes:
        codes: sector codes, in matrix order.
        names: sector names (Chinese where the source has them), same order.
        Z: intermediate flows, rows = supplying sector, columns = using sector.
        x: total output (= total input) per sector.
        va: value added by component, indexed by sector code (columns of ``VA_ROWS``
            that the source has).
        source: where the table comes from.
        unit: unit of flows and output.
    """

    codes: tuple[str, ...]
    names: tuple[str, ...]
    Z: np.ndarray
    x: np.ndarray
    va: pd.DataFrame
    source: str
    unit: str = "10,000 CNY"

    def index(self, code: str) -> int:
        """Position of sector ``code``; raises NotFoundError."""
        try:
            return self.codes.index(code)
        except ValueError:
            raise NotFoundError(
                f"sector {code!r} is not in this table; expected one of {', '.join(self.codes)}"
            ) from None

    def name(self, code: str) -> str:
        """The name of sector ``code``."""
        return self.names[self.index(code)]

    def find(self, text: str) -> str:
        """Resolve a sector code or (part of) a sector name to a code; raises NotFoundError."""
        text = text.strip()
        if text in self.codes:
            return text
        if text.isdigit() and text.zfill(len(self.codes[0])) in self.codes:
            return text.zfill(len(self.codes[0]))
        hits = [c for c, n in zip(self.codes, self.names, strict=True) if text.lower() in n.lower()]
        if len(hits) >= 1:
            return hits[0]
        raise NotFoundError(f"no sector matches {text!r} in {self.source}")

    def coefficients(self) -> np.ndarray:
        """Technical coefficients ``A = Z x^-1`` (columns of zero output give zero)."""
        return technical_coefficients(self.Z, self.x)

    def leontief(self) -> np.ndarray:
        """The Leontief inverse ``(I - A)^-1``."""
        return leontief_inverse(self.coefficients())


def technical_coefficients(Z: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Direct input coefficients ``a_ij = z_ij / x_j`` (Leontief 1936; Miller & Blair 2009, eq. 2.4).

    Args:
        Z: n x n intermediate flows, rows = suppliers, columns = users.
        x: total output of the n sectors.

    Sectors with zero output get a zero column.
    """
    Z = np.asarray(Z, dtype=float)
    x = np.asarray(x, dtype=float)
    if Z.ndim != 2 or Z.shape[0] != Z.shape[1] or Z.shape[0] != x.shape[0]:
        raise InputError(f"flows must be n x n and output of length n; got {Z.shape} and {x.shape}")
    safe = np.where(x > 0, x, 1.0)
    A = Z / safe[np.newaxis, :]
    A[:, x <= 0] = 0.0
    return A


def leontief_inverse(A: np.ndarray) -> np.ndarray:
    """The Leontief inverse ``L = (I - A)^{-1}`` (Miller & Blair 2009, eq. 2.11).

    Raises AnalysisError when ``I - A`` is singular (a sector needs at least one unit
    of input per unit of output in a closed loop).
    """
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    try:
        return np.linalg.inv(np.eye(n) - A)
    except np.linalg.LinAlgError as exc:
        raise AnalysisError(f"I - A is singular; the table cannot be inverted ({exc})") from exc


def from_national(table: pd.DataFrame, *, origin: str = "total", source: str = "") -> IOTable:
    """Build an :class:`IOTable` from an NBS national table as shipped (``cn-io-national-*``).

    Args:
        table: the wide table: ``Code``, ``Description``, optional ``DescriptionInChinese``
            and ``Origin`` (Domestic / Imports), one column per sector, then final-use
            columns; value-added rows ``VA001``..``VA004``, ``TVA`` and total input ``TI``.
        origin: ``total`` (domestic plus imported inputs: the technology of production)
            or ``domestic`` (domestic inputs only: the local supply chain).
        source: provenance text.
    """
    if origin not in ("total", "domestic"):
        raise InputError(f"origin must be 'total' or 'domestic', got {origin!r}")
    df = table.copy()
    df["Code"] = df["Code"].astype(str)
    sector_cols = [c for c in df.columns if str(c).isdigit()]
    if not sector_cols:
        raise InputError("no sector columns (digit codes) in the input-output table", column="Code")
    codes = tuple(str(c) for c in sector_cols)
    rows = df[df["Code"].isin(codes)]
    if "Origin" in df.columns and origin == "domestic":
        rows = rows[rows["Origin"] == "Domestic"]
    Z = rows.groupby("Code")[sector_cols].sum().reindex(list(codes)).to_numpy(dtype=float)
    name_col = "DescriptionInChinese" if "DescriptionInChinese" in df.columns else "Description"
    first = df[df["Code"].isin(codes)].drop_duplicates("Code").set_index("Code")
    names = tuple(str(first.loc[c, name_col]) for c in codes)
    ti = df[df["Code"] == "TI"]
    if ti.empty:
        raise InputError("the table has no total-input row 'TI'", column="Code")
    x = ti[sector_cols].iloc[0].to_numpy(dtype=float)
    va_rows = df[df["Code"].isin(VA_ROWS)].set_index("Code")[sector_cols].astype(float)
    va = va_rows.T.rename(columns=VA_ROWS)
    va.index = list(codes)
    return IOTable(codes=codes, names=names, Z=Z, x=x, va=va, source=source)


def from_provincial(
    output_va: pd.DataFrame, flows: pd.DataFrame, province: str, *, source: str = ""
) -> IOTable:
    """Build one province's 2007 table (``cn-io2007-provincial`` and ``cn-io2007-flows``).

    Args:
        output_va: long rows ``province, sector_code, sector_name, total_input, value_added,
            labour_compensation`` (optionally ``province_code``).
        flows: long rows ``province, from_sector, to_sector, value``.
        province: the province as named in the data (安徽) or its GB/T 2260 code (340000).
    """
    key = "province_code" if province.isdigit() and "province_code" in output_va.columns else "province"
    ov = output_va[output_va[key] == province].copy()
    if ov.empty:
        raise NotFoundError(f"province {province!r} is not in the provincial table")
    ov["sector_code"] = ov["sector_code"].astype(str)
    ov = ov.sort_values("sector_code", key=lambda s: s.astype(int))
    codes = tuple(ov["sector_code"])
    fl = flows[flows[key] == province].copy()
    fl["from_sector"] = fl["from_sector"].astype(str)
    fl["to_sector"] = fl["to_sector"].astype(str)
    comp = "labour_compensation" if "labour_compensation" in ov.columns else "labor_compensation"
    Z = (
        fl.pivot_table(index="from_sector", columns="to_sector", values="value", aggfunc="sum")
        .reindex(index=list(codes), columns=list(codes))
        .fillna(0.0)
        .to_numpy(dtype=float)
    )
    va = pd.DataFrame(
        {
            "compensation": ov[comp].to_numpy(dtype=float),
            "value_added": ov["value_added"].to_numpy(dtype=float),
        },
        index=list(codes),
    )
    return IOTable(
        codes=codes,
        names=tuple(ov["sector_name"].astype(str)),
        Z=Z,
        x=ov["total_input"].to_numpy(dtype=float),
        va=va,
        source=source,
    )
