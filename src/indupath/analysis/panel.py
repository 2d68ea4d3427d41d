"""Long region × industry (× year) panels: validation at the boundary, pivoting per year.

Every measurement function in :mod:`indupath.analysis` takes one long table with a
region, an industry, an optional year and a value column (names configurable;
pandas or polars), validates it once with :func:`validate_panel`, and then works on
dense per-year matrices produced by :func:`year_matrices`. Building the matrices uses
integer codes and ``numpy.bincount``: linear in the number of rows, no Python loop
over cells.

Conventions (the same for every indicator):

* a missing (region, industry) cell in a year counts as 0; an explicit NaN value is
  dropped and counted in ``Panel.n_missing`` (suppressed statistical cells);
* the regions and industries of a year are those that appear in that year's rows;
* a duplicated (region, industry, year) key is an error unless ``duplicates="sum"``
  (detected when the matrices are built, at no extra pass over the rows);
* region and industry keys keep their type (strings, integers or categoricals);
* negative values are an error (indicators of shares assume non-negative sizes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath import __version__
from indupath.errors import AnalysisError, InputError

NO_YEAR = 0
"""Internal year key used when the input has no year column (a single cross-section)."""


@dataclass(frozen=True)
class Panel:
    """A validated long panel with canonical columns ``region, industry, year, value``.

    ``has_year`` is False when the input had no year column; outputs then carry a
    missing (``<NA>``) year. ``source`` is the data source named by the caller or
    found in the input's ``attrs["source"]``.
    """

    data: pd.DataFrame
    has_year: bool
    source: str | None = None
    n_missing: int = 0
    columns: Mapping[str, str | None] = field(default_factory=dict)

    @property
    def years(self) -> list[int]:
        """Sorted distinct years (``[0]`` for a cross-section)."""
        return sorted(int(y) for y in pd.unique(self.data["year"]))


@dataclass(frozen=True)
class YearMatrix:
    """One year of a panel as a dense ``regions × industries`` array of values."""

    year: int
    regions: pd.Index
    industries: pd.Index
    values: np.ndarray
    region_codes: np.ndarray
    industry_codes: np.ndarray
    all_regions: pd.Index
    all_industries: pd.Index


def to_pandas(df: Any) -> pd.DataFrame:
    """Return ``df`` as a pandas DataFrame (pandas unchanged; polars via ``to_pandas``)."""
    if isinstance(df, pd.DataFrame):
        return df
    if hasattr(df, "to_pandas") and type(df).__module__.startswith("polars"):
        return df.to_pandas()
    raise InputError(f"expected a pandas or polars DataFrame, got {type(df).__name__}")


def validate_panel(
    df: Any,
    *,
    region: str = "region",
    industry: str = "industry",
    year: str | None = "year",
    value: str = "value",
    duplicates: Literal["raise", "sum"] = "raise",
    source: str | None = None,
) -> Panel:
    """Check a long panel and return it with canonical column names.

    Parameters
    ----------
    df:
        pandas or polars DataFrame in long form.
    region, industry, year, value:
        Column names. ``year=None`` (or a default ``"year"`` column that is absent)
        means a single cross-section.
    duplicates:
        ``"raise"`` (default) rejects repeated (region, industry, year) keys;
        ``"sum"`` adds them up.
    source:
        Data source to record in results (default: ``df.attrs["source"]`` if any).

    Raises
    ------
    InputError
        A column is missing, values are not numeric, negative, or keys repeat.
    """
    if isinstance(df, Panel):
        return df
    frame = to_pandas(df)
    if year == "year" and "year" not in frame.columns:
        year = None
    wanted = [region, industry, value] + ([year] if year is not None else [])
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise InputError(
            f"panel is missing column(s) {missing}; it has {list(frame.columns)} "
            "(name them with region=, industry=, year=, value=)"
        )
    if frame.empty:
        raise AnalysisError("the panel is empty: no rows to analyse")
    vcol = frame[value]
    if isinstance(vcol.dtype, np.dtype) and vcol.dtype.kind in "fiub":
        # plain NumPy numbers: nothing to coerce (float64 is used in place)
        v = vcol.to_numpy(dtype=np.float64)
    else:
        vals = pd.to_numeric(vcol, errors="coerce")
        bad = vals.isna() & vcol.notna()
        if bad.any():
            pos = int(np.flatnonzero(bad.to_numpy())[0])
            raise InputError("value is not a number", row=pos + 2, column=value, value=vcol.iloc[pos])
        v = vals.to_numpy(dtype=np.float64, na_value=np.nan)
    if year is None:
        years: np.ndarray = np.full(len(frame), NO_YEAR, dtype=np.int64)
    elif isinstance(frame[year].dtype, np.dtype) and frame[year].dtype.kind in "iu":
        years = frame[year].to_numpy().astype(np.int64, copy=False)
    else:
        years = pd.to_numeric(frame[year], errors="raise").astype("int64").to_numpy()
    out = pd.DataFrame(
        {
            "region": key_values(frame[region]),
            "industry": key_values(frame[industry]),
            "year": years,
            "value": v,
        },
        copy=False,
    )
    n_missing = 0
    # one pass finds both NaN and negative values (NaN >= 0 is False)
    if not bool((v >= 0).all()):
        nan = np.isnan(v)
        n_missing = int(nan.sum())
        if n_missing:
            out = out.loc[~nan].reset_index(drop=True)
        neg = out["value"].to_numpy() < 0
        if neg.any():
            pos = int(np.flatnonzero(neg)[0])
            raise InputError(
                "negative values are not allowed in a size panel", column=value, value=out["value"].iloc[pos]
            )
    if duplicates == "sum":
        out = pd.DataFrame(
            out.groupby(["region", "industry", "year"], as_index=False, sort=False)["value"].sum()
        )
    elif duplicates != "raise":
        raise InputError(f"duplicates must be 'raise' or 'sum', got {duplicates!r}")
    src = source if source is not None else frame.attrs.get("source")
    return Panel(
        data=out,
        has_year=year is not None,
        source=None if src is None else str(src),
        n_missing=n_missing,
        columns={"region": region, "industry": industry, "year": year, "value": value},
    )


def key_values(col: pd.Series) -> Any:
    """Region/industry keys: categoricals, integers and strings kept; anything else as text.

    Text columns stay in their pandas string array (Arrow-backed under pandas 3):
    turning millions of keys into a NumPy array of Python ``str`` objects costs more
    than the whole complexity chain on a 300 × 1000 panel.
    """
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.array
    if isinstance(col.dtype, np.dtype) and col.dtype.kind in "iu":
        return col.to_numpy()  # NumPy integers have no missing values
    if pd.api.types.is_integer_dtype(col.dtype) and not col.isna().any():
        return col.to_numpy()
    if pd.api.types.is_string_dtype(col.dtype) and not pd.api.types.is_object_dtype(col.dtype):
        return col.array
    return col.astype(str).to_numpy()


def _compact_int_codes(arr: np.ndarray) -> tuple[np.ndarray, pd.Index] | None:
    """Dense codes of integer keys with a compact range, or None when the range is too wide.

    One linear pass: a presence table over ``[min, max]`` and a cumulative-sum remap.
    Codes are at most ``int32`` wide below :math:`2^{31}` distinct offsets. When every
    value of the range occurs (years, dense region numbers), the shifted keys are the
    codes and no remap pass is made; keys that already start at 0 are used as they
    are. Fresh memory is dear at tens of millions of rows (page faults cost more than
    the arithmetic), so each step allocates at most one array of the column's length.
    """
    lo, hi = int(arr.min()), int(arr.max())
    span = hi - lo + 1
    if span > max(4 * len(arr), 2**24):
        return None
    narrow = [
        t
        for t in (np.int16, np.int32)
        if span <= np.iinfo(t).max and np.iinfo(t).min <= lo <= hi <= np.iinfo(t).max
    ]
    if lo == 0 and arr.dtype.kind == "i":
        work = arr
    elif narrow:
        work = arr.astype(narrow[0])
        if lo:
            work -= narrow[0](lo)  # offsets < span <= the type's maximum: no overflow
    else:
        work = np.subtract(arr, lo, dtype=np.int64)
    present = np.zeros(span, dtype=bool)
    present[work] = True
    uniq = (np.flatnonzero(present) + lo).astype(arr.dtype, copy=False)
    if present.all():
        return work, pd.Index(uniq)
    remap = (np.cumsum(present, dtype=np.int64) - 1).astype(np.int32 if span < 2**31 else np.int64)
    return remap[work], pd.Index(uniq)


def sorted_codes(col: pd.Series) -> tuple[np.ndarray, Any]:
    """Integer codes and sorted distinct values of a key column (as ``pandas.factorize(sort=True)``).

    Integer keys with a compact range (at most four times the number of rows, or
    ``2**24``) are coded by a presence table (one linear pass, no hash table);
    anything else goes to ``pandas.factorize``.
    """
    if not isinstance(col.dtype, pd.CategoricalDtype) and col.dtype.kind in "iu" and len(col):
        compact = _compact_int_codes(col.to_numpy())
        if compact is not None:
            return compact
    codes, values = pd.factorize(col, sort=True)
    return codes, values


class YearPlan:
    """Integer codes of a panel's keys and the rows and presence of every year.

    Made once per panel: :attr:`shapes` gives the size of every year's matrix before
    any is built (so callers can preallocate their outputs for all years), and
    :meth:`matrices` builds the matrices one year at a time.
    """

    def __init__(self, panel: Panel) -> None:
        data = panel.data
        years = data["year"].to_numpy()
        # rows already in year order (as stored panels and most files are): each year is
        # a contiguous slice, read in place, found where the year changes; otherwise one
        # stable sort by year code (radix sort on a 16-bit key when there are few years)
        self.order: np.ndarray | None = None
        if len(years) < 2 or bool((years[1:] >= years[:-1]).all()):
            starts = np.flatnonzero(years[1:] != years[:-1]) + 1
            self.yuniq = years[np.concatenate([[0], starts])]
            bounds = np.concatenate([[0], starts, [len(years)]]).astype(np.int64)
        else:
            ycode, self.yuniq = sorted_codes(data["year"])
            n_years = len(self.yuniq)
            ykey = ycode.astype(np.int16) if n_years < 2**15 else ycode
            self.order = np.argsort(ykey, kind="stable")
            bounds = np.zeros(n_years + 1, dtype=np.int64)
            np.cumsum(np.bincount(ykey, minlength=n_years), out=bounds[1:])
        self.bounds = bounds
        self.vals = data["value"].to_numpy(dtype=np.float64)
        self.rcode, self.runiq, rpres = self._codes_by_year(data["region"])
        self.icode, self.iuniq, ipres = self._codes_by_year(data["industry"])
        self.all_regions = pd.Index(self.runiq, name="region")
        self.all_industries = pd.Index(self.iuniq, name="industry")
        self.presence: list[tuple[np.ndarray, np.ndarray]] = list(zip(rpres, ipres, strict=True))

    def _year_rows(self, arr: np.ndarray, k: int) -> np.ndarray:
        """The part of a column (aligned with the panel's rows) that belongs to year number ``k``."""
        if self.order is None:
            return arr[int(self.bounds[k]) : int(self.bounds[k + 1])]
        return arr[self.order[self.bounds[k] : self.bounds[k + 1]]]

    def _codes_by_year(self, col: pd.Series) -> tuple[np.ndarray, Any, list[np.ndarray]]:
        """Codes and sorted distinct values of a key column (:func:`sorted_codes`) and its presence per year.

        Non-negative integer keys that are already codes (every value of ``0..max``
        occurs) are used as they are: their presence is counted once per year and the
        panel's presence is the union of the years', without a pass over the whole
        column. Anything else is coded by :func:`sorted_codes` first.
        """
        n_years = len(self.bounds) - 1
        # signed NumPy integers only: unsigned codes would not mix with int64 positions
        if isinstance(col.dtype, np.dtype) and col.dtype.kind == "i" and len(col):
            arr = col.to_numpy()
            lo, hi = int(arr.min()), int(arr.max())
            if lo == 0 and hi < max(4 * len(arr), 2**24):
                pres = [np.bincount(self._year_rows(arr, k), minlength=hi + 1) > 0 for k in range(n_years)]
                if np.logical_or.reduce(pres).all():
                    return arr, pd.Index(np.arange(hi + 1).astype(arr.dtype)), pres
        codes, uniq = sorted_codes(col)
        n = len(uniq)
        return codes, uniq, [np.bincount(self._year_rows(codes, k), minlength=n) > 0 for k in range(n_years)]

    def _rows(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Region codes, industry codes and values of the rows of year number ``k``."""
        return self._year_rows(self.rcode, k), self._year_rows(self.icode, k), self._year_rows(self.vals, k)

    @property
    def shapes(self) -> list[tuple[int, int]]:
        """``(regions, industries)`` present in every year, in year order."""
        return [(int(rp.sum()), int(ip.sum())) for rp, ip in self.presence]

    def matrices(
        self,
        *,
        dtype: type = np.float64,
        out: Callable[[int, int, int], np.ndarray] | None = None,
    ) -> Iterator[YearMatrix]:
        """Yield one dense ``regions × industries`` matrix per year, in year order.

        ``out(k, n_regions, n_industries)``, if given, returns the flat buffer
        (``n_regions * n_industries`` elements of ``dtype``) that year ``k``'s matrix is
        built in; otherwise each year gets a fresh array.
        """
        nr_all, ni_all = len(self.runiq), len(self.iuniq)
        for k, y in enumerate(self.yuniq):
            r, i, v = self._rows(k)
            rpres, ipres = self.presence[k]
            nr, ni = int(rpres.sum()), int(ipres.sum())
            if nr == nr_all and ni == ni_all:
                # every key present (the usual case): the codes are the matrix positions
                flat = r.astype(np.int64)
                flat *= ni
                flat += i
            else:
                rmap = np.cumsum(rpres) - 1
                imap = np.cumsum(ipres) - 1
                flat = rmap[r] * ni + imap[i]
            # rows in cell order (as np.nonzero and most files give them) repeat no key;
            # otherwise mark the cells seen
            seen = None
            if not (len(flat) < 2 or bool((flat[1:] > flat[:-1]).all())):
                seen = np.zeros(nr * ni, dtype=bool)
                seen[flat] = True
            if seen is not None and int(np.count_nonzero(seen)) != len(flat):
                counts = np.bincount(flat, minlength=nr * ni)
                k0 = int(np.flatnonzero(counts > 1)[0])
                rr = self.runiq[np.flatnonzero(rpres)[k0 // ni]]
                ii = self.iuniq[np.flatnonzero(ipres)[k0 % ni]]
                raise InputError(
                    f"repeated key (region={rr!r}, industry={ii!r}, year={y}); pass duplicates='sum' to add repeated rows"
                )
            del seen
            if out is None:
                buf: np.ndarray = np.zeros(nr * ni, dtype=dtype)
            else:
                buf = out(k, nr, ni)
                buf.fill(0)
            buf[flat] = v
            mat: np.ndarray = buf.reshape(nr, ni)
            yield YearMatrix(
                year=int(y),
                regions=pd.Index(self.runiq[rpres], name="region"),
                industries=pd.Index(self.iuniq[ipres], name="industry"),
                values=mat,
                region_codes=np.flatnonzero(rpres),
                industry_codes=np.flatnonzero(ipres),
                all_regions=self.all_regions,
                all_industries=self.all_industries,
            )


def year_matrices(panel: Panel, *, dtype: type = np.float64) -> Iterator[YearMatrix]:
    """Yield one dense ``regions × industries`` matrix per year, in year order.

    Regions and industries are those present in that year; absent cells are 0.
    Built with ``numpy.bincount`` over integer codes (linear time); see :class:`YearPlan`.
    """
    return YearPlan(panel).matrices(dtype=dtype)


def region_frame(ym: YearMatrix, panel: Panel, columns: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """Tidy one value per region of one year: ``region, year`` and the given columns."""
    out: dict[str, Any] = {
        "region": pd.Categorical.from_codes(ym.region_codes, categories=ym.all_regions),
        "year": year_column(panel, np.full(len(ym.regions), ym.year)),
    }
    out.update({k: np.asarray(v) for k, v in columns.items()})
    return pd.DataFrame(out)


def industry_frame(ym: YearMatrix, panel: Panel, columns: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """Tidy one value per industry of one year: ``industry, year`` and the given columns."""
    out: dict[str, Any] = {
        "industry": pd.Categorical.from_codes(ym.industry_codes, categories=ym.all_industries),
        "year": year_column(panel, np.full(len(ym.industries), ym.year)),
    }
    out.update({k: np.asarray(v) for k, v in columns.items()})
    return pd.DataFrame(out)


def year_column(panel: Panel, years: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """The output year column: nullable integers, ``<NA>`` for a cross-section."""
    arr = pd.array(years, dtype="Int64")
    if not panel.has_year:
        arr[:] = pd.NA
    return arr


def cells_frame(ym: YearMatrix, panel: Panel, columns: Mapping[str, np.ndarray]) -> pd.DataFrame:
    """Tidy every cell of one year: ``region, industry, year`` and one column per matrix.

    Region and industry columns are categoricals over the whole panel's codes, so
    per-year frames concatenate without copying strings.
    """
    nr, ni = len(ym.regions), len(ym.industries)
    out: dict[str, Any] = {
        "region": pd.Categorical.from_codes(np.repeat(ym.region_codes, ni), categories=ym.all_regions),
        "industry": pd.Categorical.from_codes(np.tile(ym.industry_codes, nr), categories=ym.all_industries),
        "year": year_column(panel, np.full(nr * ni, ym.year)),
    }
    for name, mat in columns.items():
        out[name] = np.asarray(mat).reshape(-1)
    return pd.DataFrame(out)


def code_dtype(n_categories: int) -> type:
    """The integer type pandas keeps categorical codes in for ``n_categories`` categories.

    Codes built in this type become a ``Categorical`` without a copy.
    """
    for t, top in ((np.int8, 2**7 - 1), (np.int16, 2**15 - 1), (np.int32, 2**31 - 1)):
        if n_categories < top:
            return t
    return np.int64


def nullable_years(panel: Panel, years: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """``years`` (int64, used in place) as the output year column, ``<NA>`` for a cross-section."""
    mask = np.zeros(len(years), dtype=bool) if panel.has_year else np.ones(len(years), dtype=bool)
    return pd.arrays.IntegerArray(years, mask)


class CellColumns:
    """Region × industry × year cell columns preallocated for every year of a panel.

    Per-year results are written straight into their year's slice (:meth:`view`), so
    the tidy frame (:meth:`frame`) wraps the arrays without concatenating or copying
    them; region and industry are categoricals whose codes are filled per year in
    pandas' own code type.
    """

    def __init__(self, panel: Panel, plan: YearPlan, columns: Mapping[str, type]) -> None:
        self.panel = panel
        self.plan = plan
        sizes = [nr * ni for nr, ni in plan.shapes]
        self.offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
        total = int(self.offsets[-1])
        self.region_codes: np.ndarray = np.empty(total, dtype=code_dtype(len(plan.all_regions)))
        self.industry_codes: np.ndarray = np.empty(total, dtype=code_dtype(len(plan.all_industries)))
        self.years = np.empty(total, dtype=np.int64)
        self.columns: dict[str, np.ndarray] = {
            name: np.empty(total, dtype=dt) for name, dt in columns.items()
        }

    def flat(self, k: int, name: str) -> np.ndarray:
        """The flat slice of column ``name`` for year number ``k``."""
        return self.columns[name][self.offsets[k] : self.offsets[k + 1]]

    def view(self, k: int, name: str, shape: tuple[int, int]) -> np.ndarray:
        """Column ``name`` of year number ``k`` as a writable ``regions × industries`` view."""
        return self.flat(k, name).reshape(shape)

    def put_keys(self, k: int, ym: YearMatrix) -> None:
        """Fill the region, industry and year keys of year number ``k`` (row-major cells)."""
        nr, ni = ym.values.shape
        sl = slice(int(self.offsets[k]), int(self.offsets[k + 1]))
        self.region_codes[sl].reshape(nr, ni)[:] = ym.region_codes[:, None]
        self.industry_codes[sl].reshape(nr, ni)[:] = ym.industry_codes[None, :]
        self.years[sl] = ym.year

    def frame(self) -> pd.DataFrame:
        """The tidy frame ``region, industry, year, <columns>`` over the arrays, not a copy."""
        out: dict[str, Any] = {
            "region": pd.Categorical.from_codes(self.region_codes, categories=self.plan.all_regions),
            "industry": pd.Categorical.from_codes(self.industry_codes, categories=self.plan.all_industries),
            "year": nullable_years(self.panel, self.years),
        }
        out.update(self.columns)
        return pd.DataFrame(out, copy=False)


def keyed_frame(
    panel: Panel,
    key: str,
    categories: pd.Index,
    parts: Sequence[tuple[np.ndarray, int, Mapping[str, Any]]],
) -> pd.DataFrame:
    """One tidy frame ``<key>, year, <columns>`` from per-year ``(codes, year, columns)`` parts.

    Built once for all years (one concatenation per column) instead of one frame per
    year; the key is a categorical over ``categories``. Integer columns that are
    pandas nullable arrays stay nullable.
    """
    if not parts:
        return pd.DataFrame()
    codes: np.ndarray = np.concatenate([c for c, _, _ in parts]).astype(code_dtype(len(categories)))
    years = np.concatenate([np.full(len(c), y, dtype=np.int64) for c, y, _ in parts])
    out: dict[str, Any] = {
        key: pd.Categorical.from_codes(codes, categories=categories),
        "year": nullable_years(panel, years),
    }
    for name in parts[0][2]:
        cols = [cols[name] for _, _, cols in parts]
        if isinstance(cols[0], pd.api.extensions.ExtensionArray):
            out[name] = pd.concat([pd.Series(c) for c in cols], ignore_index=True).array
        else:
            out[name] = np.concatenate(cols)
    return pd.DataFrame(out, copy=False)


def concat_years(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate per-year frames (an empty list gives an empty frame)."""
    if not frames:
        return pd.DataFrame()
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    return pd.concat(frames, ignore_index=True)


def metadata(method: str, parameters: Mapping[str, Any], panel: Panel | None) -> dict[str, Any]:
    """The provenance every result carries: method, parameters, data source, library version."""
    return {
        "method": method,
        "parameters": dict(parameters),
        "source": None if panel is None else panel.source,
        "indupath_version": __version__,
    }


def annotate(df: pd.DataFrame, meta: Mapping[str, Any]) -> pd.DataFrame:
    """Attach ``meta`` to ``df.attrs`` (keys method, parameters, source, indupath_version)."""
    df.attrs.update(meta)
    return df
