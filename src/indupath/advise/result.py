"""The thin result object every advise function returns.

A result keeps the table it computed together with the method, its parameters,
the data source and the indupath version, so that any output (CLI table, JSON
API, report) can say how it was made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from indupath import __version__


def _clean(value: Any) -> Any:
    """Turn numpy scalars and NaN into JSON-friendly Python values."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            return str(value)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame as a list of JSON-serialisable dicts (NaN -> None)."""
    return [_clean(r) for r in df.to_dict(orient="records")]


@dataclass(frozen=True)
class AdviseResult:
    """A computed table with its provenance.

    Attributes:
        method: what was computed, with the paper it follows.
        table: the main result, one row per item.
        parameters: the parameters used (region, year, thresholds, seed...).
        source: the data source(s).
        extra: further named tables or values (e.g. scatter data, summary figures).
        version: ``indupath.__version__`` at computation time.
    """

    method: str
    table: pd.DataFrame
    parameters: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form: ``{method, parameters, source, version, rows, extra}``."""
        extra: dict[str, Any] = {}
        for key, value in self.extra.items():
            extra[key] = records(value) if isinstance(value, pd.DataFrame) else _clean(value)
        return {
            "method": self.method,
            "parameters": _clean(self.parameters),
            "source": self.source,
            "version": self.version,
            "rows": records(self.table),
            "extra": extra,
        }
