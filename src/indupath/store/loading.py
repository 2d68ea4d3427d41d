"""Load observation files into the store, and export tables to files.

``load_files`` reads and validates every file first and writes them all in one
transaction: if any file has a bad row, nothing is written. ``export_table``
writes a table to CSV (UTF-8 with BOM, so that Excel shows Chinese text),
Parquet or Excel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath.errors import InputError, NotFoundError, StoreError
from indupath.store.core import Store
from indupath.store.files import Format, read_observation_file
from indupath.store.schema import TABLES

ExportFormat = Literal["csv", "parquet", "xlsx"]
EXCEL_MAX_ROWS = 1_048_575  # one row of the sheet is the header


def load_files(
    store: Store,
    paths: Sequence[str | Path],
    *,
    format: Format = "auto",
    mapping: Mapping[str, str] | None = None,
    metric: str | None = None,
    unit: str | None = None,
    scheme: str | None = None,
    industry: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    skip_missing: bool = False,
    user: str = "system",
) -> list[dict[str, Any]]:
    """Read, validate and write observation files; return one summary per file.

    All files are validated before anything is written, and all are written
    in one transaction. Each summary has ``file``, ``rows``, ``inserted``,
    ``replaced``, ``skipped`` (empty cells of wide files), ``layout`` and
    ``encoding``.
    """
    if not paths:
        raise InputError("no file given")
    prepared = []
    for path in paths:
        obs = read_observation_file(
            path,
            format=format,
            mapping=mapping,
            metric=metric,
            unit=unit,
            scheme=scheme,
            industry=industry,
            source=source,
            encoding=encoding,
            sheet=sheet,
            skip_missing=skip_missing,
        )
        clean = store.check_observations(obs.frame, source=source, file=obs.path, columns=obs.columns)
        prepared.append((obs, clean))
    results = []
    with store.transaction():
        for obs, clean in prepared:
            written = store._write_observations(
                clean, source=source or Path(obs.path).name, user=user, file=obs.path
            )
            results.append(
                {
                    "file": obs.path,
                    **written,
                    "skipped": obs.skipped,
                    "layout": obs.layout,
                    "encoding": obs.encoding,
                }
            )
    return results


def _table_query(store: Store, table: str) -> str:
    if table not in TABLES:
        raise NotFoundError(f"no table {table!r}; tables: {', '.join(TABLES)}")
    if table == "users":
        return "SELECT name, role, created_at FROM users ORDER BY name"
    order = {
        "observations": " ORDER BY region_code, industry_code, scheme, year, metric",
        "audit_log": " ORDER BY id",
        "regions": " ORDER BY scheme, code",
        "industries": " ORDER BY scheme, code",
    }.get(table, "")
    return f"SELECT * FROM {table}{order}"


def export_table(store: Store, table: str, fmt: ExportFormat, out: str | Path) -> dict[str, Any]:
    """Write ``table`` to ``out`` as CSV, Parquet or XLSX; return ``{"table", "rows", "path", "format"}``.

    Password hashes never leave the store: ``users`` is exported without them.
    List columns (aliases, members) become ``;``-separated text in CSV and XLSX.
    """
    query = _table_query(store, table)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = int(store._scalar(f"SELECT count(*) FROM ({query})"))
    if fmt == "parquet":
        store.con.execute(f"COPY ({query}) TO '{_sql_path(path)}' (FORMAT parquet)").fetchall()
    elif fmt in ("csv", "xlsx"):
        if fmt == "xlsx" and rows > EXCEL_MAX_ROWS:
            raise StoreError(
                f"{table} has {rows} rows, more than an Excel sheet holds ({EXCEL_MAX_ROWS}); export csv or parquet"
            )
        frame = store.con.execute(query).df()
        frame = _flatten_lists(frame)
        if fmt == "csv":
            frame.to_csv(path, index=False, encoding="utf-8-sig")
        else:
            with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
                frame.to_excel(writer, sheet_name=table[:31], index=False)
    else:
        raise InputError("export format must be csv, parquet or xlsx", column="--format", value=fmt)
    return {"table": table, "rows": rows, "path": str(path), "format": fmt}


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for c in out.columns:
        if out[c].dtype != object:
            continue
        is_list = out[c].map(lambda v: isinstance(v, list | tuple | np.ndarray))
        if bool(is_list.any()):
            out[c] = out[c].map(
                lambda v: "; ".join(str(x) for x in v) if isinstance(v, list | tuple | np.ndarray) else v
            )
    return out
