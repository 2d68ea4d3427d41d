"""Validation of observation tables before they are written to the store.

A table is checked as a whole, with vectorised pandas operations (a million
rows in about a second), and the first problem found raises an
:class:`~indupath.errors.InputError` that names the file, the row as a
spreadsheet user sees it (header = row 1) and the column as written in the
file, with the offending value. Nothing is written unless every check passes.

Checks, in order: required columns; empty key fields; years (integers in
1900..2100); values (numbers, finite, not empty); units (known to
:mod:`indupath.store.units`); non-negative quantities (see
:func:`must_be_non_negative`); duplicate keys within the table; region codes
known to the store (when its ``regions`` table is not empty); industry codes
known for their scheme (when that scheme's industries are loaded).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from indupath.errors import InputError
from indupath.store.units import unit_factor

#: Canonical observation columns, in storage order.
OBS_COLUMNS: tuple[str, ...] = (
    "region_code",
    "industry_code",
    "scheme",
    "year",
    "metric",
    "value",
    "unit",
    "source",
)
KEY_COLUMNS: tuple[str, ...] = ("region_code", "industry_code", "scheme", "year", "metric")

YEAR_MIN, YEAR_MAX = 1900, 2100

#: Base units that can never be negative.
NON_NEGATIVE_UNITS = frozenset({"count", "persons", "enterprises", "person-years", "ha", "kW", "tonnes"})

#: Metric words (English and Chinese) naming quantities that can never be negative.
#: Value added, profit, net exports and growth rates may be negative and are not listed.
_NON_NEGATIVE_METRIC = re.compile(
    r"(employ|employee|jobs|workers|persons|population|firms|enterprise|establishment|count|number|"
    r"gross[ _-]?output|output|revenue|sales|exports?\b|imports?\b|assets|patents|institutions|"
    r"就业|从业|人数|人员|人口|企业数|单位数|机构数|个数|数量|总产出|产值|产出|营业收入|主营业务收入|销售收入|"
    r"出口|进口|资产|专利)",
    re.IGNORECASE,
)
_MAY_BE_NEGATIVE_METRIC = re.compile(
    r"(\bgrowth\b|\bchanges?\b|\bnet\b|\bbalance\b|增长|增速|变化|变动|净|差额)", re.IGNORECASE
)


def must_be_non_negative(metric: str, base_unit: str) -> bool:
    """True when a value of ``metric`` in ``base_unit`` cannot be negative.

    Counts of people, enterprises, items and physical quantities are never
    negative; so are gross output, revenue, sales, exports, imports and assets
    in money. Growth rates, changes, net and balance figures may be.
    """
    if _MAY_BE_NEGATIVE_METRIC.search(metric):
        return False
    if base_unit in NON_NEGATIVE_UNITS:
        return True
    return bool(_NON_NEGATIVE_METRIC.search(metric))


def _fail(
    message: str, *, file: str | None, rows: pd.Series, pos: int, column: str, value: object
) -> InputError:
    return InputError(message, file=file, row=int(rows.iloc[pos]), column=column, value=value)


def _first(mask: np.ndarray | pd.Series) -> int | None:
    arr = np.asarray(mask, dtype=bool)
    idx = np.flatnonzero(arr)
    return int(idx[0]) if idx.size else None


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_numbers(values: pd.Series) -> pd.Series:
    """Parse a column of numbers written as text (``"1,234.5"``, ``" 7 "``, ``"1e6"``) to float64.

    Unparseable or empty cells become NaN; the caller reports them.
    """
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype("float64")
    text = values.astype("string").str.strip()
    has_sep = text.str.match(_THOUSANDS.pattern, na=False)
    if bool(has_sep.any()):
        text = text.where(~has_sep, text.str.replace(",", "", regex=False))
    lowered = text.str.lower()
    # Refuse textual NaN/inf: they are not numbers a statistics table should hold.
    bad_words = lowered.isin(["nan", "inf", "-inf", "+inf", "infinity", "-infinity", "none", "null"])
    text = text.mask(bad_words)
    return pd.to_numeric(text, errors="coerce").astype("float64")


def validate_observations(
    df: pd.DataFrame,
    *,
    file: str | None = None,
    columns: Mapping[str, str] | None = None,
    known_regions: set[str] | frozenset[str] | None = None,
    known_industries: Mapping[str, set[str] | frozenset[str]] | None = None,
) -> pd.DataFrame:
    """Check an observation table and return it clean, in base units.

    ``df`` has the canonical columns :data:`OBS_COLUMNS` (``source`` may be
    filled by the caller). Optional helper columns: ``_row`` (the row number
    in the file, header = 1; default: position + 2) and ``_value_col`` (the
    file column a value came from, for wide files). ``columns`` maps a
    canonical name to the name in the file, so that errors speak the file's
    language. ``known_regions``: when not empty, every region code must be in
    it; ``known_industries``: scheme -> codes; a scheme present there with
    codes restricts that scheme's industry codes.

    Returns a new DataFrame with exactly :data:`OBS_COLUMNS`: codes as
    stripped strings, ``year`` as int32, ``value`` as float64 multiplied by the
    unit's factor and ``unit`` the base unit (see :mod:`indupath.store.units`).
    """
    names = dict(columns or {})

    def col(c: str) -> str:
        return names.get(c, c)

    if len(df.columns) == 0:
        raise InputError("the table is empty: no header and no rows", file=file)
    missing = [c for c in OBS_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(
            f"missing required column(s) {', '.join(col(c) for c in missing)}; the header has "
            f"{', '.join(str(c) for c in df.columns if not str(c).startswith('_'))}; map columns with "
            "--map (e.g. --map region=prov,value=VAL) or give --metric/--unit/--scheme/--source",
            file=file,
            row=1,
            column=col(missing[0]),
        )
    if len(df) == 0:
        raise InputError("the table has a header but no data rows", file=file, row=2)

    n = len(df)
    rows = (
        df["_row"].reset_index(drop=True).astype("int64")
        if "_row" in df.columns
        else pd.Series(np.arange(2, n + 2), dtype="int64")
    )
    value_cols = df["_value_col"].reset_index(drop=True) if "_value_col" in df.columns else None
    data = df.reset_index(drop=True)

    out: dict[str, pd.Series] = {}
    for c in ("region_code", "industry_code", "scheme", "metric"):
        s = data[c]
        if pd.api.types.is_float_dtype(s):
            # integer codes read as floats (e.g. from Excel): 340000.0 -> "340000"
            nonint = s.notna() & (s != np.floor(s.fillna(0)))
            pos = _first(nonint)
            if pos is not None:
                raise _fail(
                    "a code must be text or an integer",
                    file=file,
                    rows=rows,
                    pos=pos,
                    column=col(c),
                    value=s.iloc[pos],
                )
            s = s.astype("Int64")
        text = s.astype("string").str.strip()
        empty = text.isna() | (text == "")
        pos = _first(empty)
        if pos is not None:
            raise _fail(f"{c} is empty", file=file, rows=rows, pos=pos, column=col(c), value=s.iloc[pos])
        out[c] = text.astype("str")

    src = data["source"]
    out["source"] = src.astype("string").str.strip().astype("str")

    # years
    year_raw = data["year"]
    year_text = year_raw if pd.api.types.is_numeric_dtype(year_raw) else year_raw.astype("string").str.strip()
    if not pd.api.types.is_numeric_dtype(year_text):
        year_text = year_text.str.removesuffix("年")  # "2020年"
    years = parse_numbers(year_text)
    bad = years.isna() | (years != np.floor(years.fillna(0)))
    pos = _first(bad)
    if pos is not None:
        column = col("year") if value_cols is None else str(value_cols.iloc[pos])
        raise _fail(
            "year must be an integer", file=file, rows=rows, pos=pos, column=column, value=year_raw.iloc[pos]
        )
    bad = (years < YEAR_MIN) | (years > YEAR_MAX)
    pos = _first(bad)
    if pos is not None:
        column = col("year") if value_cols is None else str(value_cols.iloc[pos])
        raise _fail(
            f"year is out of range; expected {YEAR_MIN}..{YEAR_MAX}",
            file=file,
            rows=rows,
            pos=pos,
            column=column,
            value=year_raw.iloc[pos],
        )
    out["year"] = years.astype("int32")

    # values
    raw = data["value"]
    values = parse_numbers(raw)
    pos = _first(values.isna().to_numpy() | ~np.isfinite(values.fillna(0).to_numpy()))
    if pos is not None:
        column = col("value") if value_cols is None else str(value_cols.iloc[pos])
        given = raw.iloc[pos]
        is_blank = (
            given is None or (isinstance(given, float) and math.isnan(given)) or str(given).strip() == ""
        )
        message = "value is empty" if is_blank else "value is not a finite number"
        raise _fail(message, file=file, rows=rows, pos=pos, column=column, value=given)

    # units
    unit_raw = data["unit"].astype("string").str.strip()
    unit_raw = unit_raw.mask(unit_raw == "")
    factors = np.empty(n, dtype="float64")
    bases = np.empty(n, dtype=object)
    codes, uniques = pd.factorize(unit_raw, use_na_sentinel=True)
    if (codes < 0).any():
        pos = int(np.flatnonzero(codes < 0)[0])
        raise _fail("unit is empty", file=file, rows=rows, pos=pos, column=col("unit"), value=None)
    for i, u in enumerate(uniques):
        try:
            factor, base = unit_factor(str(u))
        except InputError as exc:
            pos = int(np.flatnonzero(codes == i)[0])
            raise _fail(
                str(exc).split(": ", 1)[-1], file=file, rows=rows, pos=pos, column=col("unit"), value=u
            ) from exc
        sel = codes == i
        factors[sel] = factor
        bases[sel] = base
    value_base = values.to_numpy(dtype="float64") * factors
    out["value"] = pd.Series(value_base, dtype="float64")
    out["unit"] = pd.Series(bases, dtype="str")

    # negatives where impossible
    neg = value_base < 0
    if neg.any():
        metric_unit = pd.DataFrame({"m": out["metric"], "u": out["unit"]})[neg].drop_duplicates()
        forbidden = {
            (m, u)
            for m, u in zip(metric_unit["m"], metric_unit["u"], strict=True)
            if must_be_non_negative(m, u)
        }
        if forbidden:
            pairs = pd.Series(list(zip(out["metric"], out["unit"], strict=True)))
            bad = neg & pairs.isin(forbidden).to_numpy()
            pos = _first(bad)
            if pos is not None:
                column = col("value") if value_cols is None else str(value_cols.iloc[pos])
                raise _fail(
                    f"value is negative, but {out['metric'].iloc[pos]!r} in {out['unit'].iloc[pos]} cannot be negative",
                    file=file,
                    rows=rows,
                    pos=pos,
                    column=column,
                    value=raw.iloc[pos],
                )

    clean = pd.DataFrame({c: out[c] for c in OBS_COLUMNS})

    # duplicate keys within the table
    later = clean.duplicated(subset=list(KEY_COLUMNS), keep="first").to_numpy()
    second = _first(later)
    if second is not None:
        key = tuple(clean.loc[second, list(KEY_COLUMNS)])
        same = np.ones(n, dtype=bool)
        for c, k in zip(KEY_COLUMNS, key, strict=True):
            same &= (clean[c] == k).to_numpy()
        first_pos = int(np.flatnonzero(same)[0])
        column = col("region_code") if value_cols is None else str(value_cols.iloc[second])
        raise _fail(
            f"duplicate key (region, industry, scheme, year, metric) = {key}; first seen in row "
            f"{int(rows.iloc[first_pos])}",
            file=file,
            rows=rows,
            pos=second,
            column=column,
            value=key[0],
        )

    # region codes known to the store
    if known_regions:
        unknown = ~clean["region_code"].isin(known_regions).to_numpy()
        pos = _first(unknown)
        if pos is not None:
            raise _fail(
                "unknown region code; load the region table first or check the code",
                file=file,
                rows=rows,
                pos=pos,
                column=col("region_code"),
                value=clean["region_code"].iloc[pos],
            )

    # industry codes known for their scheme
    if known_industries:
        for scheme, codes_known in known_industries.items():
            if not codes_known:
                continue
            in_scheme = (clean["scheme"] == scheme).to_numpy()
            if not in_scheme.any():
                continue
            unknown = in_scheme & ~clean["industry_code"].isin(codes_known).to_numpy()
            pos = _first(unknown)
            if pos is not None:
                raise _fail(
                    f"unknown industry code for scheme {scheme!r}",
                    file=file,
                    rows=rows,
                    pos=pos,
                    column=col("industry_code"),
                    value=clean["industry_code"].iloc[pos],
                )
    return clean
