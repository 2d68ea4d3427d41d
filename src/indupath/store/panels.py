"""Region × industry × year panels from firm-level records, written once in Ibis.

The same expressions run on DuckDB (embedded default) and on Spark (PySpark,
local or cluster); see :mod:`indupath.store.engines`.

Input (columns, renamed with ``columns={canonical: actual}``):

``firm_id``
    firm identifier.
``region_code``
    GB/T 2260 code at any level (county ``340104``, prefecture ``340100``, province
    ``340000``; 2- and 4-digit forms are padded), or an ``indupath-zone`` code,
    which counts in the county/city that hosts the zone.
``industry_code``
    GB/T 4754-2017 code (division ``39``, or finer ``3911``, with or without section
    letter) or CSRC 2012 code (``C39``); other schemes through a concordance.
``year``
    for firm-year records (one row per firm and year it is active: a whole number
    ``1000``–``9999``; in text, ``2019``, ``2019.0``, full-width ``２０１９`` and ``2019年``
    are read as 2019), **or**
``start_date`` / ``end_date``
    for firm spells (a date; a ``YYYYMMDD`` or ``YYYY`` number; text ``2019-05-01``,
    ``2019/5/1``, ``2019年5月1日``, ``20190501`` or ``2019``; a missing end means still
    active).
``employment``, ``revenue``, ``tax``, ``capital``
    optional measures, summed (numbers, or numbers written as text; NaN is missing).

Output: a long DataFrame ``region_code, industry_code, scheme, year, metric, value,
unit, source`` ready for ``Store.insert_observations``. Metrics, for the panel years
``[y0, y1]`` and the data years ``[ymin, ymax]`` (the span of the usable records):

* ``firms_active`` — firm-year mode: firms with a record in the year; spell mode:
  firms active at the end of the year (start year ≤ t and no end in or before t);
* ``firm_entries`` — spell mode: firms whose start year is t. Firm-year mode: firms
  with a record in t and none in t − 1 — the first appearance, and every **re-entry
  after a gap** (a firm recorded in 2018 and 2020 but not 2019 re-enters in 2020).
  The first data year ``ymin`` is left-censored: no entries there (its firms may be
  older than the data);
* ``firm_exits`` — spell mode: firms whose end date falls in t. Firm-year mode: firms
  with a record in t − 1 and none in t — after the last record, and at **every gap**
  (the firm above exits in 2019). Nothing exits after the last data year ``ymax``
  (right-censored: no exits in ``ymax + 1``). So for every firm and every t in
  ``(ymin, ymax]``: active(t) = active(t − 1) + entries(t) − exits(t).

A missing row means zero. An entry is attributed to the region and industry of the
record of its year, an exit to those of the record of the year before (the firm's
last record before the gap or the end). Industry codes convert through a
concordance ``from_code, to_code, weight``: every value is multiplied by the weight
and summed, so counts become fractional when weights are not 0/1 — the source of
each observation then says so (:data:`WEIGHTED_NOTE`). Firm counts are in ``enterprises``.

Records that cannot be used are never dropped silently: :class:`BadRecordReport`
counts them by kind, each record under its first problem in this order:

* ``missing_firm_id``;
* ``missing_year`` — no year (spell mode: no start date);
* ``bad_year`` — a year that is given but is not a whole number 1000–9999 (``20x9``,
  ``2019.5``, ``19``); spell mode: a start or end date given but not readable as a
  date (it is not taken as "still active");
* ``end_before_start`` (spell mode);
* ``bad_value`` — a measure written as text that is not a number (``n/a``, ``1,200``);
* ``negative_value``;
* ``unknown_region``, ``region_above_level`` (a province code when prefecture panels
  are asked), ``unknown_industry``;
* ``duplicate`` — firm-year mode: a second (third, ...) record of the same firm in
  the same year, among the records that passed every check above. One record per
  firm and year is kept, the same one on every engine: the first in the order
  (region code as written, industry code as written, then the largest employment,
  revenue, tax, capital, a missing value last). Records equal on all of these are
  interchangeable, so the panel does not depend on input order. Spell mode: a spell
  of the same firm with the same start date as another (the same order picks the
  one kept, with the latest end first, no end counting as latest).

Presence (and so entry, exit and gaps) is judged on the records kept: a firm whose
2019 record is left out (say, an unknown region) has a gap in 2019.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from indupath import __version__
from indupath.errors import ConfigError, EngineError, InputError
from indupath.store.engines import connect, engine_name, quiet_engine_warnings, read_input

if TYPE_CHECKING:  # pragma: no cover
    import ibis.expr.types as ir
    from ibis.backends import BaseBackend

RegionLevel = Literal["county", "prefecture", "province"]
REGION_LEVELS: tuple[str, ...] = ("county", "prefecture", "province")
_LEVEL_RANK = {"county": 0, "prefecture": 1, "province": 2}

#: Optional measures and their default units.
MEASURES: dict[str, str] = {"employment": "persons", "revenue": "CNY", "tax": "CNY", "capital": "CNY"}
COUNT_METRICS: tuple[str, ...] = ("firms_active", "firm_entries", "firm_exits")
#: Unit of the firm counts (a base unit of the store).
COUNT_UNIT = "enterprises"
#: Appended to the source of every observation when concordance weights are fractional.
WEIGHTED_NOTE = "counts are concordance-weighted sums (fractional firms)"
OBSERVATION_COLUMNS: list[str] = [
    "region_code",
    "industry_code",
    "scheme",
    "year",
    "metric",
    "value",
    "unit",
    "source",
]

GBT4754 = "GB/T 4754-2017"
CSRC2012 = "CSRC-2012"
_SCHEME_ALIASES: dict[str, str] = {
    "gb/t4754": GBT4754,
    "gbt4754": GBT4754,
    "gb/t4754-2017": GBT4754,
    "gb4754": GBT4754,
    "gbt4754-2017": GBT4754,
    "csrc": CSRC2012,
    "csrc2012": CSRC2012,
    "csrc-2012": CSRC2012,
}

#: Bad-record kinds, in the order a record is classified (first problem wins).
BAD_KINDS: tuple[str, ...] = (
    "missing_firm_id",
    "missing_year",
    "bad_year",
    "end_before_start",
    "bad_value",
    "negative_value",
    "unknown_region",
    "region_above_level",
    "unknown_industry",
    "duplicate",
)
#: The kinds decided on each record alone (in the engine, one scan).
ROW_KINDS: tuple[str, ...] = BAD_KINDS[:6]
#: Years a ``year`` value may take (four digits).
YEAR_RANGE: tuple[int, int] = (1000, 9999)
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
# a year written as text, after trimming and full-width digits -> ASCII: 2019, 2019.0, 2019年
_YEAR_TEXT = r"^[1-9][0-9]{3}(\.0*)?年?$"
# a number written as text (the measures): 12, -3.5, .5, 1e6
_NUMBER_TEXT = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"

# GB/T 4754-2017 sections and the divisions they hold (97 divisions, 01-97).
_SECTIONS: dict[str, tuple[int, int]] = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 96),
    "T": (97, 97),
}
_N_EXAMPLES = 3
# helper columns of the canonical table that are not shown in examples
_FLAGS = frozenset({"year_missing", "year_bad", "value_bad"})
#: The rule that keeps one record of duplicates (see the module docstring), by mode.
DUPLICATE_RULE: dict[str, str] = {
    "firm-year": "one record per firm and year: the first by region code, industry code (as written), "
    "then the largest employment, revenue, tax, capital (missing last)",
    "spell": "one spell per firm and start date: the first by region code, industry code (as written), "
    "the latest end (none first), then the largest employment, revenue, tax, capital (missing last)",
}


def normalize_scheme(name: str) -> str:
    """Canonical industry-scheme name: ``"GB/T4754"`` → ``"GB/T 4754-2017"``, ``"csrc"`` → ``"CSRC-2012"``."""
    key = re.sub(r"\s+", "", name).lower()
    return _SCHEME_ALIASES.get(key, name.strip())


def section_of(division: int) -> str | None:
    """GB/T 4754-2017 section letter of a division number (``39`` → ``"C"``), None outside 01–97."""
    for letter, (lo, hi) in _SECTIONS.items():
        if lo <= division <= hi:
            return letter
    return None


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class BadRecordReport:
    """Records left out of a panel, by kind: ``table`` has columns kind, count, examples.

    ``examples`` holds up to three offending values (codes) or records (as dicts).
    ``total_records`` counts every input record read, good and bad.
    """

    table: pd.DataFrame
    total_records: int

    def count(self, kind: str) -> int:
        """Number of records of this kind (0 when none)."""
        if kind not in BAD_KINDS:
            raise ConfigError(f"unknown bad-record kind {kind!r}; expected one of {', '.join(BAD_KINDS)}")
        rows = self.table.loc[self.table["kind"] == kind, "count"]
        return int(rows.iloc[0]) if len(rows) else 0

    @property
    def bad_records(self) -> int:
        """Records left out, all kinds."""
        return int(self.table["count"].sum()) if len(self.table) else 0

    def as_dict(self) -> dict[str, int]:
        """``{kind: count}`` for every kind, zeros included."""
        return {k: self.count(k) for k in BAD_KINDS}


@dataclass(frozen=True)
class PanelResult:
    """A built panel: long observations, the bad-record report, and how they were made."""

    observations: pd.DataFrame
    report: BadRecordReport
    method: str
    parameters: dict[str, Any]
    source: str
    engine: str
    synthetic: bool
    version: str = __version__
    notes: tuple[str, ...] = field(default_factory=tuple)

    def wide(self) -> pd.DataFrame:
        """Observations pivoted to one column per metric (index region, industry, year)."""
        obs = self.observations
        return obs.pivot_table(
            index=["region_code", "industry_code", "year"], columns="metric", values="value", aggfunc="sum"
        )


# ---------------------------------------------------------------- reference mappings (pure Python, small)


def _pad_region(code: str) -> str:
    code = code.strip()
    if code.isdigit() and len(code) in (2, 4):
        return code.ljust(6, "0")
    return code


@functools.lru_cache(maxsize=1)
def _taxonomy_regions() -> dict[str, tuple[str, str | None]]:
    """``code -> (level, parent)`` for GB/T 2260 units and development zones, from :mod:`indupath.taxonomy`."""
    from indupath.taxonomy import regions_table

    table = regions_table()
    table = table[table["scheme"].isin(["GB/T 2260", "indupath-zone"])]
    return {
        str(c): (str(lv), None if p is None or pd.isna(p) else str(p))
        for c, lv, p in zip(table["code"], table["level"], table["parent"], strict=True)
    }


def _gbt_level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def _roll_up(code: str, level: str) -> str:
    """GB/T 2260 roll-up: province = first 2 digits + ``0000``, prefecture = first 4 + ``00``."""
    if level == "province":
        return code[:2] + "0000"
    if level == "prefecture":
        return code[:4] + "00"
    return code


def region_map(
    codes: Iterable[str],
    level: str,
    known: Mapping[str, tuple[str, str | None]] | None = None,
) -> pd.DataFrame:
    """Map raw region codes to ``level``: columns ``raw``, ``region_code`` and ``problem``.

    ``problem`` is None for a mapped code, ``"unknown_region"`` for a code not in
    ``known`` (default: the GB/T 2260 units and zones of :mod:`indupath.taxonomy`), and
    ``"region_above_level"`` for a code coarser than ``level``. Zones count in their
    parent unit.
    """
    if level not in _LEVEL_RANK:
        raise ConfigError(f"unknown region level {level!r}; expected one of {', '.join(REGION_LEVELS)}")
    known = _taxonomy_regions() if known is None else known
    rows: list[tuple[str, str | None, str | None]] = []
    for raw in codes:
        code = _pad_region(raw) if raw else ""
        seen = 0
        while code in known and known[code][0] == "zone" and seen < 5:
            code = known[code][1] or ""
            seen += 1
        if not code or code not in known or not (code.isdigit() and len(code) == 6):
            rows.append((raw, None, "unknown_region"))
            continue
        own = _gbt_level(code)
        if _LEVEL_RANK[own] > _LEVEL_RANK[level]:
            rows.append((raw, None, "region_above_level"))
            continue
        rows.append((raw, _roll_up(code, level), None))
    return pd.DataFrame(rows, columns=["raw", "region_code", "problem"], dtype=object)


def _division_of(code: str) -> tuple[str | None, str | None]:
    """Parse a GB/T 4754 or CSRC 2012 code: (section letter or None, 2-digit division) or (None, None)."""
    m = re.fullmatch(r"([A-T])?(\d{2})(\d{0,2})", code.strip().upper())
    if m is None:
        return None, None
    return m.group(1), m.group(2)


def builtin_concordance(codes: Iterable[str], to_scheme: str = GBT4754) -> pd.DataFrame:
    """Exact 1:1 concordance of GB/T 4754-2017 and CSRC 2012 codes to divisions of ``to_scheme``.

    CSRC 2012 divisions (letter + 2 digits, e.g. ``C39``) are GB/T 4754 divisions with
    their section letter (CSRC, *Guidelines for the Industry Classification of Listed
    Companies*, 2012, built on GB/T 4754-2011); finer GB/T codes (``3911``) belong to
    their first two digits. A code whose letter does not match its division's section
    is left out (unknown). Returns ``from_code, to_code, weight`` with weight 1.
    """
    scheme = normalize_scheme(to_scheme)
    if scheme not in (GBT4754, CSRC2012):
        raise ConfigError(
            f"no built-in concordance to {to_scheme!r}; built in: {GBT4754}, {CSRC2012}. "
            "Pass concordance= (from_code, to_code, weight) for other schemes"
        )
    rows = []
    for code in codes:
        if code is None:
            continue
        letter, division = _division_of(str(code))
        if division is None:
            continue
        section = section_of(int(division))
        if section is None or (letter is not None and letter != section):
            continue
        rows.append((code, division if scheme == GBT4754 else section + division, 1.0))
    return pd.DataFrame(rows, columns=["from_code", "to_code", "weight"]).astype(
        {"from_code": object, "to_code": object, "weight": "float64"}
    )


def _check_concordance(concordance: pd.DataFrame) -> pd.DataFrame:
    missing = {"from_code", "to_code", "weight"} - set(concordance.columns)
    if missing:
        raise InputError(f"concordance lacks columns {sorted(missing)}; expected from_code, to_code, weight")
    out = concordance[["from_code", "to_code", "weight"]].copy()
    out["from_code"] = out["from_code"].astype(str)
    out["to_code"] = out["to_code"].astype(str)
    out["weight"] = out["weight"].astype("float64")
    if (out["weight"] < 0).any() or out["weight"].isna().any():
        raise InputError("concordance weights must be non-negative numbers", column="weight")
    return out.groupby(["from_code", "to_code"], as_index=False).agg(weight=("weight", "sum"))


# ---------------------------------------------------------------- Ibis expressions


def _canonical(table: ir.Table, columns: Mapping[str, str] | None) -> tuple[ir.Table, str, list[str]]:
    """Rename and type the input columns; return (table, mode, measures).

    Besides the canonical columns, the table holds three flags for :func:`_problem` —
    ``year_missing`` (no year / start date), ``year_bad`` (a year or date given but
    unreadable) and ``value_bad`` (a measure given as text that is not a number) — and, for the examples of the report, the
    text as written of the year/dates (``raw__year``, ``raw__start_date``,
    ``raw__end_date``) and of text measures (``raw__<measure>``).
    """
    import ibis

    if columns:
        renames = {canon: actual for canon, actual in columns.items() if actual != canon}
        table = table.rename(renames)
    cols = set(table.columns)
    required = {"firm_id", "region_code", "industry_code"}
    if required - cols:
        raise InputError(
            f"firm records lack columns {sorted(required - cols)}; have {sorted(cols)}. "
            "Map yours with columns={'firm_id': 'your_column', ...}"
        )
    if "year" in cols:
        mode = "firm-year"
    elif "start_date" in cols:
        mode = "spell"
    else:
        raise InputError(
            f"firm records need a 'year' column or 'start_date' (and 'end_date'); have {sorted(cols)}"
        )
    measures = [m for m in MEASURES if m in cols]

    # Only what the big scan needs: codes stay as written (they are normalised later on the
    # few distinct values, in Python); strings are not trimmed row by row.
    def code(col: str) -> ir.StringValue:
        value = table[col]
        return value if value.type().is_string() else value.cast("string")

    firm = table["firm_id"]
    if firm.type().is_string():
        firm = ibis.ifelse(firm.strip() == "", ibis.null("string"), firm)
    fields: dict[str, Any] = {
        "firm_id": firm,
        "region_code": code("region_code"),
        "industry_code": code("industry_code"),
    }
    false = ibis.literal(False)
    if mode == "firm-year":
        year, missing, bad, raw = _year_value(table["year"])
        fields["year"] = year
        fields["year_missing"] = missing
        fields["year_bad"] = bad
        fields["raw__year"] = raw
    else:
        start, start_given, start_raw = _date_key(table["start_date"])
        if "end_date" in cols:
            end, end_given, end_raw = _date_key(table["end_date"])
        else:
            end, end_given, end_raw = ibis.null("int64"), false, ibis.null("string")
        fields["start_key"] = start
        fields["end_key"] = end
        fields["year"] = (start // 10000).cast("int64")
        fields["end_year"] = (end // 10000).cast("int64")
        fields["year_missing"] = ~start_given
        fields["year_bad"] = (start_given & start.isnull()) | (end_given & end.isnull())
        fields["raw__start_date"] = start_raw
        fields["raw__end_date"] = end_raw
    value_bad: ir.BooleanValue = false
    for m in measures:
        col = table[m]
        if col.type().is_string():
            text = col.strip()
            text = ibis.ifelse(text == "", ibis.null("string"), text)
            number = ibis.ifelse(text.re_search(_NUMBER_TEXT), text.try_cast("float64"), ibis.null("float64"))
            value_bad = value_bad | (text.notnull() & number.isnull())
            fields[m] = number
            fields[f"raw__{m}"] = text
        else:
            # a float NaN stays NaN here (a CASE per row costs as much as the scan); it is
            # treated as missing where measures are summed or ordered (:func:`_no_nan`)
            fields[m] = col if col.type().is_floating() else col.cast("float64")
    fields["value_bad"] = value_bad
    return table.select(**fields), mode, measures


def _year_value(
    col: ir.Value,
) -> tuple[ir.IntegerValue, ir.BooleanValue, ir.BooleanValue, ir.StringValue]:
    """A firm-year ``year``: (the year, missing, unreadable, the text as written).

    Text is trimmed, full-width digits become ASCII, and ``2019``, ``2019.0``, ``2019年``
    are read; integers and whole floats in :data:`YEAR_RANGE` are taken as they are.
    Everything else given (``20x9``, ``2019.5``, ``19``) is unreadable: a ``bad_year``
    record (its year is null, or for an integer column the number as given, which only
    the report shows). Text that is not a year is never cast, so no engine raises. The
    flags may be null where the answer is no (they only feed ``CASE WHEN``).
    """
    import ibis

    lo, hi = YEAR_RANGE
    null = ibis.null("int64")
    dtype = col.type()
    if dtype.is_date() or dtype.is_timestamp():
        return col.year().cast("int64"), col.isnull(), ibis.literal(False), col.cast("string")
    if dtype.is_integer():
        # the common case (Parquet): no CASE per row
        return col.cast("int64"), col.isnull(), ~col.between(lo, hi), col.cast("string")
    if dtype.is_floating():
        given = col.notnull() & ~col.isnan()
        whole = given & (col == col.floor()) & col.between(lo, hi)
        year = ibis.ifelse(whole, col.cast("int64"), null)
        return year, ~given, given & year.isnull(), col.cast("string")
    text = col.cast("string").strip().translate(_FULL_WIDTH_DIGITS, "0123456789")
    given = text.notnull() & (text != "")
    year = ibis.ifelse(text.re_search(_YEAR_TEXT), text.substr(0, 4).try_cast("int64"), null)
    return year, ~given, given & year.isnull(), ibis.ifelse(given, text, ibis.null("string"))


def _date_key(col: ir.Value) -> tuple[ir.IntegerValue, ir.BooleanValue, ir.StringValue]:
    """A date as the integer ``YYYYMMDD``, whether one is given, and the text as written.

    Read: dates and timestamps; numbers ``YYYYMMDD`` or ``YYYY`` (a bare year is
    ``YYYY0101``); text ``2019-05-01``, ``2019/5/1``, ``2019.05.01``, ``2019年5月1日``
    (a time after it is ignored), ``20190501`` or ``2019``, full-width digits too. The
    key is null when the value is missing or unreadable: no such form, a month outside
    1–12, a day outside 1–31, or a year outside :data:`YEAR_RANGE`.
    """
    import ibis

    lo, hi = YEAR_RANGE
    null = ibis.null("int64")
    dtype = col.type()
    if dtype.is_date() or dtype.is_timestamp():
        key = (col.year() * 10000 + col.month() * 100 + col.day()).cast("int64")
        return key, col.notnull(), col.cast("string")
    if dtype.is_integer() or dtype.is_floating():
        if dtype.is_floating():
            given = col.notnull() & ~col.isnan()
            whole = given & (col == col.floor()) & col.between(lo, hi * 10000 + 1231)
            number = ibis.ifelse(whole, col.cast("int64"), null)
        else:
            given, number = col.notnull(), col.cast("int64")
        key = ibis.ifelse(number < 10000, number * 10000 + 101, number)
        return _valid_date_key(key), given, col.cast("string")
    text = col.cast("string").strip()
    given = text.notnull() & (text != "")
    norm = text.translate(_FULL_WIDTH_DIGITS, "0123456789")
    pattern = r"^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})"
    parts = [norm.re_extract(pattern, i).try_cast("int64") for i in (1, 2, 3)]
    separated = parts[0] * 10000 + parts[1] * 100 + parts[2]
    digits = norm.re_replace(r"[^0-9]", "")
    compact = ibis.cases(
        (digits.length() == 4, digits.concat("0101")),
        (norm.re_search(r"^[0-9]{8}"), digits.substr(0, 8)),
        else_=ibis.null("string"),
    ).try_cast("int64")
    key = separated.fill_null(compact)
    return _valid_date_key(key), given, ibis.ifelse(given, text, ibis.null("string"))


def _valid_date_key(key: ir.IntegerValue) -> ir.IntegerValue:
    """``YYYYMMDD`` kept when its year is in :data:`YEAR_RANGE`, month 1–12 and day 1–31; null otherwise."""
    import ibis

    lo, hi = YEAR_RANGE
    ok = (key // 10000).between(lo, hi) & (key // 100 % 100).between(1, 12) & (key % 100).between(1, 31)
    return ibis.ifelse(ok, key, ibis.null("int64")).cast("int64")


def _problem(t: ir.Table, mode: str, measures: list[str]) -> ir.StringValue:
    """Row-level problem of each record (first match in :data:`ROW_KINDS` order), None if fine."""
    import ibis

    cases: list[tuple[Any, str]] = [
        (t.firm_id.isnull(), "missing_firm_id"),
        (t.year_missing, "missing_year"),
        (t.year_bad, "bad_year"),
    ]
    if mode == "spell":
        cases.append((t.end_key.notnull() & (t.end_key < t.start_key), "end_before_start"))
    cases.append((t.value_bad, "bad_value"))
    if measures:
        negative = functools.reduce(lambda a, b: a | b, [t[m].fill_null(0) < 0 for m in measures])
        cases.append((negative, "negative_value"))
    return ibis.cases(*cases, else_=ibis.null("string"))


def _wide(
    t: ir.Table,
    measures: list[str],
    *,
    region: ir.Value,
    industry: ir.Value,
    year: ir.Value,
    active: ir.Value | None = None,
    entry: ir.Value | None = None,
    exit_: ir.Value | None = None,
    with_measures: bool = False,
) -> ir.Table:
    """One event row per input row: codes, year, 0/1 counters and the measures (or nulls)."""
    import ibis

    zero = ibis.literal(0, type="int64")
    fields: dict[str, Any] = {
        "region_code": region,
        "industry_code": industry,
        "year": year.cast("int64"),
        "firms_active": zero if active is None else active,
        "firm_entries": zero if entry is None else entry,
        "firm_exits": zero if exit_ is None else exit_,
    }
    for m in measures:
        fields[m] = _no_nan(t[m]) if with_measures else ibis.literal(None, type="float64")
    return t.select(**fields)


def _no_nan(col: ir.FloatingValue) -> ir.FloatingValue:
    """A measure with NaN as null: pandas' NaN reaches DuckDB as null but Spark as NaN, and NaN is missing."""
    import ibis

    return ibis.ifelse(col.isnan(), ibis.null("float64"), col)


def _place(t: ir.Table, rtab: ir.Table, region_col: str) -> ir.Table:
    """Inner-join records to the region map (raw code -> code at the panel level), replacing the code."""
    joined = t.join(rtab, t[region_col] == rtab.raw_region)
    return joined.drop("raw_region")


def _keep_order(t: ir.Table, measures: list[str], mode: str) -> list[Any]:
    """The order that keeps one record of duplicates, first kept (see the module docstring, ``duplicate``).

    Region code as written, industry code as written, for spells the latest end (no
    end first), then the largest of each measure with a missing one last. A total
    order on everything the panel reads, so DuckDB and Spark keep records that give
    the same panel.
    """
    order: list[Any] = [t.region_code, t.industry_code]
    if mode == "spell":
        order.append(t.end_key.fill_null(99_999_999).desc())
    order += [_no_nan(t[m]).fill_null(-1.0).desc() for m in measures]  # measures are >= 0 here
    return order


def _dedupe(t: ir.Table, key: list[str], measures: list[str], mode: str) -> ir.Table:
    """One record per ``key`` (firm and year, or firm and start date): the first in :func:`_keep_order`."""
    import ibis

    w = ibis.window(group_by=[t[k] for k in key], order_by=_keep_order(t, measures, mode))
    ranked = t.mutate(dup_rank=ibis.row_number().over(w))
    return ranked.filter(ranked.dup_rank == 0).drop("dup_rank")


def _events_firm_year(
    placed: ir.Table, measures: list[str], y0: int, y1: int, ymin: int, ymax: int
) -> ir.Table:
    """Events by (panel region, raw industry, year) for firm-year records, with ``kept`` and ``dup_firm``.

    Two windows in one query. (1) Per firm and year, ordered by :func:`_keep_order`:
    the first record is kept (``row_number`` 0), and whether another record follows it
    (``lead``) marks a firm-year with duplicates. (2) On the kept records, per firm
    ordered by year: the previous and next kept year (``lag``/``lead``). A kept record
    counts as active (with its measures) when in the window, as an entry when the
    previous year is not the year before (first record or a gap; none in the censored
    first data year ``ymin``), and as an exit in the following year when the next
    record's year is not the year after (last record or a gap; none after the last
    data year ``ymax``) — the exit is shifted by a year after aggregation, on the small
    table. ``kept`` counts the kept records (the duplicates are the usable records
    less these), ``dup_firm`` is the smallest firm id with duplicates in the group
    (it bounds the firms the report's examples are looked for in).
    """
    import ibis

    zero = ibis.literal(0, type="int64")
    one = ibis.literal(1, type="int64")
    # only the columns the keep order and the events need go through the windows' sorts
    narrow = placed.select("firm_id", "year", "region_code", "out_region", "industry_code", *measures)
    wk = ibis.window(group_by=[narrow.firm_id, narrow.year], order_by=_keep_order(narrow, measures, "firm-year"))
    ranked = narrow.mutate(dup_rank=ibis.row_number().over(wk), dup_next=narrow.year.lead().over(wk))
    kept = ranked.filter(ranked.dup_rank == 0).select(
        "firm_id", "year", "out_region", "industry_code", *measures, has_dup=ranked.dup_next.notnull()
    )
    w = ibis.window(group_by=kept.firm_id, order_by=kept.year)
    t = kept.mutate(prev_year=kept.year.lag().over(w), next_year=kept.year.lead().over(w))
    in_window = t.year.between(y0, y1)
    is_entry = in_window & (t.year > ymin) & (t.prev_year.isnull() | (t.prev_year < t.year - 1))
    is_exit = (
        (t.year < ymax)
        & (t.year + 1).between(y0, y1)
        & (t.next_year.isnull() | (t.next_year > t.year + 1))
    )
    no_firm = ibis.null(t.firm_id.type())
    aggs: dict[str, Any] = {
        "firms_active": ibis.ifelse(in_window, one, zero).sum(),
        "firm_entries": ibis.ifelse(is_entry, one, zero).sum(),
        "exits_after": ibis.ifelse(is_exit, one, zero).sum(),
        "kept": ibis._.count(),
        "dup_firm": ibis.ifelse(t.has_dup, t.firm_id, no_firm).min(),
    }
    for m in measures:
        aggs[m] = ibis.ifelse(in_window & ~t[m].isnan(), t[m], ibis.null("float64")).sum()
    agg = t.group_by(
        region_code=t.out_region, industry_code=t.industry_code, year=t.year.cast("int64")
    ).aggregate(**aggs)
    nothing = ibis.literal(None, type="float64")
    stay = agg.select(
        "region_code", "industry_code", "year", "firms_active", "firm_entries",
        firm_exits=zero, kept=agg.kept.cast("int64"), dup_firm=agg.dup_firm, **{m: agg[m] for m in measures},
    )
    shifted = agg.filter(agg.exits_after > 0).select(
        "region_code", "industry_code", year=agg.year + 1, firms_active=zero, firm_entries=zero,
        firm_exits=agg.exits_after, kept=zero, dup_firm=no_firm, **{m: nothing for m in measures},
    )
    return _sum_events(ibis.union(stay, shifted), measures)


def _events_spell(placed: ir.Table, measures: list[str], y0: int, y1: int) -> ir.Table:
    """Events by (panel region, raw industry, year) for firm spells, expanded to the years active at year end."""
    import ibis

    one = ibis.literal(1, type="int64")
    years = ibis.memtable(pd.DataFrame({"panel_year": list(range(y0, y1 + 1))}, dtype="int64"))
    expanded = placed.cross_join(years)
    active = expanded.filter(
        (expanded.year <= expanded.panel_year)
        & (expanded.end_year.isnull() | (expanded.end_year > expanded.panel_year))
    )
    entries = placed.filter(placed.year.between(y0, y1))
    exits = placed.filter(placed.end_year.notnull() & placed.end_year.between(y0, y1))
    parts = [
        _wide(
            active,
            measures,
            region=active.out_region,
            industry=active.industry_code,
            year=active.panel_year,
            active=one,
            with_measures=True,
        ),
        _wide(
            entries,
            measures,
            region=entries.out_region,
            industry=entries.industry_code,
            year=entries.year,
            entry=one,
        ),
        _wide(
            exits,
            measures,
            region=exits.out_region,
            industry=exits.industry_code,
            year=exits.end_year,
            exit_=one,
        ),
    ]
    return _sum_events(ibis.union(*parts), measures)


def _sum_events(events: ir.Table, measures: list[str]) -> ir.Table:
    """Events summed by (region, raw industry, year); ``kept`` summed and ``dup_firm`` least, when present."""
    extra = ["kept"] if "kept" in events.columns else []
    aggs: dict[str, Any] = {m: events[m].sum() for m in [*COUNT_METRICS, *extra, *measures]}
    if "dup_firm" in events.columns:
        aggs["dup_firm"] = events.dup_firm.min()
    return events.group_by(["region_code", "industry_code", "year"]).aggregate(**aggs)


def _industry_map(raw_codes: Iterable[Any], scheme: str, concordance: pd.DataFrame | None) -> pd.DataFrame:
    """``raw_industry, to_code, weight`` for the raw codes present (matched after trimming and upper-casing)."""
    raws = [c for c in raw_codes if isinstance(c, str)]
    norm = {raw: raw.strip().upper() for raw in raws}
    if concordance is None and scheme in (GBT4754, CSRC2012):
        conc = builtin_concordance(sorted(set(norm.values())), scheme)
    elif concordance is None:
        conc = taxonomy_concordance(sorted(set(norm.values())), scheme)
    else:
        conc = _check_concordance(concordance)
        conc = conc.assign(from_code=conc["from_code"].str.strip().str.upper())
    by_code: dict[str, list[tuple[str, float]]] = {}
    for f, to, w in zip(conc["from_code"], conc["to_code"], conc["weight"], strict=True):
        by_code.setdefault(f, []).append((to, float(w)))
    rows = [(raw, to, w) for raw in raws for to, w in by_code.get(norm[raw], [])]
    return pd.DataFrame(rows, columns=["raw_industry", "to_code", "weight"]).astype(
        {"raw_industry": object, "to_code": object, "weight": "float64"}
    )


def taxonomy_concordance(codes: Iterable[str], to_scheme: str) -> pd.DataFrame:
    """GB/T 4754 or CSRC 2012 codes to another scheme (e.g. ``IO42``) through :mod:`indupath.taxonomy`.

    Codes first go to their GB/T 4754-2017 division (:func:`builtin_concordance`), then
    through the taxonomy's weighted concordance ``GB/T 4754-2017 -> to_scheme``; the
    weights multiply. Raises :class:`~indupath.errors.NotFoundError` when the taxonomy
    ships no such concordance.
    """
    from indupath.taxonomy import concordance

    to_division = builtin_concordance(codes, GBT4754)
    onward = concordance(GBT4754, to_scheme)[["from_code", "to_code", "weight"]]
    chained = to_division.merge(onward, left_on="to_code", right_on="from_code", suffixes=("", "_2"))
    return pd.DataFrame(
        {
            "from_code": chained["from_code"],
            "to_code": chained["to_code_2"].astype(str),
            "weight": chained["weight"] * chained["weight_2"].astype("float64"),
        }
    )


def _with_share(used: pd.DataFrame) -> pd.DataFrame:
    """The concordance rows used, plus ``share`` = 1 / (rows of the same raw code).

    Joining events to the concordance repeats an event once per target code; a count
    that must not be weighted (the duplicates) is multiplied by ``share`` so that its
    repeats add up to the count once.
    """
    out = used.reset_index(drop=True)
    return out.assign(share=1.0 / out.groupby("raw_industry")["to_code"].transform("size").astype("float64"))


def _panel_query(events: ir.Table, ctab: ir.Table, measures: list[str]) -> tuple[pd.DataFrame, list[Any]]:
    """Run the panel: events joined to the concordance, one column per metric, weighted.

    Returns the wide panel (plus ``kept``, the records kept, when the events carry it:
    weighted by ``share`` so that it adds up to the count once) and the firm ids with
    duplicates of the events' ``dup_firm`` (least per group; empty when none), read
    from Arrow so that large integer ids stay exact.
    """
    joined = events.join(ctab, events.industry_code == ctab.raw_industry)
    aggs: dict[str, Any] = {m: (joined[m] * joined.weight).sum() for m in [*COUNT_METRICS, *measures]}
    if "kept" in events.columns:
        aggs["kept"] = (joined.kept * joined.share).sum()
    if "dup_firm" in events.columns:
        aggs["dup_firm"] = joined.dup_firm.min()
    arrow = (
        joined.group_by(region_code=joined.region_code, industry_code=joined.to_code, year=joined.year)
        .aggregate(**aggs)
        .to_pyarrow()
    )
    dup_firms: list[Any] = []
    if "dup_firm" in arrow.column_names:
        dup_firms = [f for f in arrow.column("dup_firm").to_pylist() if f is not None]
        arrow = arrow.drop_columns(["dup_firm"])
    return arrow.to_pandas(), dup_firms


def _example(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A record for the report: canonical fields, the text as written where it did not parse; no empty fields."""
    raw = {k.removeprefix("raw__"): v for k, v in rec.items() if k.startswith("raw__")}
    out: dict[str, Any] = {}
    for k, v in rec.items():
        if k.startswith("raw__") or k in _FLAGS or k in ("start_key", "end_key", "end_year"):
            continue
        if k == "year" and "start_date" in raw:
            continue  # spell mode: the year is the start date's
        if v is None:
            v = raw.get(k)
        if v is not None and v != "":
            out[k] = v
    for k in ("start_date", "end_date"):
        if raw.get(k) not in (None, ""):
            out[k] = raw[k]
    if "start_key" in rec and "start_date" not in out and rec["start_key"] is not None:
        key = int(rec["start_key"])
        out["start_date"] = f"{key // 10000:04d}-{key // 100 % 100:02d}-{key % 100:02d}"
    return out


def _missing(value: Any) -> bool:
    return not isinstance(value, str) or value.strip() == ""


# ---------------------------------------------------------------- the builder


def build_panel(
    table: ir.Table,
    *,
    region_level: str = "province",
    scheme: str = GBT4754,
    concordance: pd.DataFrame | None = None,
    years: tuple[int, int] | None = None,
    columns: Mapping[str, str] | None = None,
    units: Mapping[str, str] | None = None,
    regions: Mapping[str, tuple[str, str | None]] | None = None,
    source: str = "firm records",
    synthetic: bool = False,
) -> PanelResult:
    """Build a region × industry × year panel of firm counts, entries, exits and summed measures.

    Runs on the backend that holds ``table`` (DuckDB or PySpark through Ibis) with the
    same expressions. See the module docstring for the input columns, metric
    definitions and bad-record kinds. The queries: (1) row-level problems and the
    distinct (region, industry) pairs with their year span; (2) only if there are
    bad rows, three examples of each kind; (3) the panel — in firm-year mode one
    query with two windows (:func:`_events_firm_year`: one record kept per firm and
    year, then the previous and next kept year of the firm), which also gives the
    number of records kept (duplicates = usable records − kept) and a bound on the
    firm ids of the first duplicates; (4) only if there are duplicates, three
    examples, grouped among the firms up to that bound. In spell mode a count of
    duplicate spells runs before (3). Codes are mapped in Python between (1) and (3),
    on the distinct values only.

    Parameters
    ----------
    table : Ibis table of firm records.
    region_level : ``"county"``, ``"prefecture"`` or ``"province"``.
    scheme : output industry scheme (``"GB/T 4754-2017"`` divisions by default, or ``"CSRC-2012"``).
    concordance : ``from_code, to_code, weight`` from the input codes to ``scheme``;
        default: the exact built-in GB/T 4754 / CSRC 2012 division concordance, and for
        other output schemes (``IO42``, ``IO153``) the taxonomy's weighted concordance
        chained after it (:func:`taxonomy_concordance`).
    years : inclusive (first, last) years of the panel; default: the span of the data.
    columns : ``{canonical: actual}`` column names.
    units : units of the measures (default :data:`MEASURES`).
    regions : ``code -> (level, parent)`` of valid regions (default: :mod:`indupath.taxonomy`).
    source : data source written into every observation.
    synthetic : the input is synthetic; the source then says so.
    """
    import ibis

    if region_level not in _LEVEL_RANK:
        raise ConfigError(
            f"unknown region level {region_level!r}; expected one of {', '.join(REGION_LEVELS)}"
        )
    scheme = normalize_scheme(scheme)
    unit_of = {**MEASURES, **dict(units or {})}
    with quiet_engine_warnings():
        t, mode, measures = _canonical(table, columns)
        t = t.mutate(problem=_problem(t, mode, measures))
        span_hi = t.year if mode == "firm-year" else ibis.greatest(t.year, t.end_year.fill_null(t.year))
        # Query 1: row-level problems, and the (region, industry) pairs and year span of good records.
        summary = (
            t.group_by(["problem", "region_code", "industry_code"])
            .aggregate(n=ibis._.count(), ymin=t.year.min(), ymax=span_hi.max())
            .to_pyarrow()
            .to_pandas()
        )
    total = int(summary["n"].sum())
    is_good = summary["problem"].isna()
    pairs = summary[is_good]
    bad_rows = summary[~is_good].groupby("problem")["n"].sum()
    counts: dict[str, int] = {k: int(bad_rows.get(k, 0)) for k in BAD_KINDS}
    examples: dict[str, list[Any]] = {k: [] for k in BAD_KINDS}
    row_kinds = [k for k in ROW_KINDS if counts[k] > 0]
    if row_kinds:
        # Query 2 (only when there are bad rows): up to three example records per kind.
        shown = [c for c in t.columns if c not in _FLAGS]
        with quiet_engine_warnings():
            sample = ibis.union(*[t.filter(t.problem == k).select(*shown).limit(_N_EXAMPLES) for k in row_kinds])
            ex = sample.to_pyarrow().to_pylist()
        for rec in ex:
            examples[rec.pop("problem")].append(_example(rec))

    # Map the distinct codes in Python (small): regions to the level, industries to the scheme.
    region_codes = sorted({c for c in pairs["region_code"] if isinstance(c, str)})
    rmap = region_map(region_codes, region_level, regions)
    region_problem = dict(zip(rmap["raw"], rmap["problem"], strict=True))
    imap = _industry_map(set(pairs["industry_code"]), scheme, concordance)
    known_industry = set(imap["raw_industry"])
    good_pairs: set[tuple[str, str]] = set()
    for rc, ic, n in zip(pairs["region_code"], pairs["industry_code"], pairs["n"], strict=True):
        if _missing(rc):
            kind: str | None = "unknown_region"
        else:
            kind = region_problem.get(rc) or (None if ic in known_industry else "unknown_industry")
        if kind is None:
            good_pairs.add((rc, ic))
            continue
        counts[kind] += int(n)
        bad_value = rc if kind != "unknown_industry" else ic
        bad_value = "<missing>" if _missing(bad_value) else bad_value
        if bad_value not in examples[kind] and len(examples[kind]) < _N_EXAMPLES:
            examples[kind].append(bad_value)
    usable = pairs[[(rc, ic) in good_pairs for rc, ic in zip(pairs["region_code"], pairs["industry_code"], strict=True)]]

    def report() -> BadRecordReport:
        return BadRecordReport(
            table=pd.DataFrame(
                [(k, counts[k], examples[k]) for k in BAD_KINDS if counts[k] > 0],
                columns=["kind", "count", "examples"],
            ),
            total_records=total,
        )

    if not good_pairs:
        if years is None:
            raise InputError(f"no usable firm records in {source}; bad records: {report().as_dict()}")
        ymin_all, ymax_all = int(years[0]), int(years[1])
    else:
        # the data years: the span of the usable records (censoring of entries and exits)
        ymin_all, ymax_all = int(usable["ymin"].min()), int(usable["ymax"].max())
    if years is None:
        years = (ymin_all, ymax_all)
    y0, y1 = int(years[0]), int(years[1])
    if y0 > y1:
        raise ConfigError(f"years {y0}-{y1}: the first year is after the last")
    used = imap[imap["raw_industry"].isin({ic for _, ic in good_pairs})]
    weighted = bool(len(used)) and not bool(((used["weight"] == 0) | (used["weight"] == 1)).all())
    source_label = f"{source} (synthetic)" if synthetic and "synthetic" not in source.lower() else source
    engine = engine_name(table._find_backend())
    parameters: dict[str, Any] = {
        "region_level": region_level,
        "scheme": scheme,
        "years": [y0, y1],
        "mode": mode,
        "measures": measures,
        "concordance": "given" if concordance is not None else f"built-in divisions, then taxonomy to {scheme}" if scheme not in (GBT4754, CSRC2012) else "built-in GB/T 4754 / CSRC 2012 divisions",
        "concordance_weighted": weighted,
        "duplicates": DUPLICATE_RULE[mode],
    }
    method = (
        "firm counts, entries, exits and summed measures by region, industry and year "
        f"({mode} records; Ibis expressions on {engine})"
    )
    notes = []
    if mode == "firm-year":
        notes.append(
            f"firm-year records: no entries in the first data year ({ymin_all}) and no exits after the last "
            f"({ymax_all}) (censored); a gap in a firm's years counts as an exit and a re-entry"
        )
    if weighted:
        notes.append("concordance weights are fractional: counts are weighted sums, not whole firms")

    valid = rmap[rmap["problem"].isna()]
    if not good_pairs:
        obs = pd.DataFrame({c: pd.Series(dtype=object) for c in OBSERVATION_COLUMNS})
    else:
        key = ["firm_id", "year"] if mode == "firm-year" else ["firm_id", "start_key"]
        with quiet_engine_warnings():
            rtab = ibis.memtable(
                pd.DataFrame(
                    {"raw_region": valid["raw"].astype(str), "out_region": valid["region_code"].astype(str)}
                )
            )
            placed = _place(t.filter(t.problem.isnull()), rtab, "region_code")
            if counts["unknown_industry"]:
                placed = placed.filter(placed.industry_code.isin(sorted({ic for _, ic in good_pairs})))
            ctab = ibis.memtable(_with_share(used))
            if mode == "firm-year":
                # one query: one record kept per firm and year, then the events on the kept
                # records; the duplicates are the usable records not kept
                panel, dup_firms = _panel_query(
                    _events_firm_year(placed, measures, y0, y1, ymin_all, ymax_all), ctab, measures
                )
                kept_n = int(round(float(panel.pop("kept").sum())))
                counts["duplicate"] = int(usable["n"].sum()) - kept_n
                if counts["duplicate"] < 0 or bool(dup_firms) != bool(counts["duplicate"]):
                    raise EngineError(  # pragma: no cover - a defect of the query, not of the input
                        f"panel kept {kept_n} of {int(usable['n'].sum())} usable records "
                        f"but saw duplicates in {len(dup_firms)} groups"
                    )
            else:
                groups = placed.group_by(key).aggregate(n=ibis._.count())
                extra = groups.filter(groups.n > 1).aggregate(extra=(ibis._.n - 1).sum()).to_pyarrow()
                counts["duplicate"] = int(extra.column("extra")[0].as_py() or 0)
                kept = _dedupe(placed, key, measures, mode) if counts["duplicate"] else placed
                panel, dup_firms = _panel_query(_events_spell(kept, measures, y0, y1), ctab, measures)
            if counts["duplicate"]:
                # up to three example firms (the first by key) with their number of records;
                # in firm-year mode only among the firms up to the third least firm id seen
                # with duplicates (their first three keys are there), a cheap filter
                among = placed
                firms = sorted(set(dup_firms))
                if len(firms) >= _N_EXAMPLES:
                    bound = ibis.literal(firms[_N_EXAMPLES - 1], type=placed.firm_id.type())
                    among = placed.filter(placed.firm_id <= bound)
                groups = among.group_by(key).aggregate(records=ibis._.count())
                sample = groups.filter(groups.records > 1).order_by(key).limit(_N_EXAMPLES)
                examples["duplicate"] = [_example(r) for r in sample.to_pyarrow().to_pylist()]
        obs = _finish(panel, scheme, unit_of, weighted, source_label)
    return PanelResult(
        observations=obs,
        report=report(),
        method=method,
        parameters=parameters,
        source=source_label,
        engine=engine,
        synthetic=synthetic,
        notes=tuple(notes),
    )


def _finish(
    panel: pd.DataFrame, scheme: str, unit_of: Mapping[str, str], weighted: bool, source: str
) -> pd.DataFrame:
    """Melt the wide panel to long observations; add scheme, unit and source; drop zero/empty cells; sort."""
    keys = ["region_code", "industry_code", "year"]
    # sort the small wide table, metrics in name order: the melted table is then sorted by
    # (metric, region, industry, year) without sorting the long one
    wide = panel.sort_values(keys)[keys + sorted(c for c in panel.columns if c not in keys)]
    long = wide.melt(id_vars=keys, var_name="metric", value_name="value")
    long = long[long["value"].notna() & (long["value"] != 0)].copy()
    long["scheme"] = scheme
    units = {m: COUNT_UNIT for m in COUNT_METRICS} | {
        m: u for m, u in unit_of.items() if m not in COUNT_METRICS
    }
    long["unit"] = long["metric"].map(units)
    long["source"] = f"{source}; {WEIGHTED_NOTE}" if weighted else source
    long["year"] = long["year"].astype("int64")
    long["value"] = long["value"].astype("float64")
    return long[OBSERVATION_COLUMNS].reset_index(drop=True)


def parquet_is_synthetic(path: str | Path) -> bool:
    """True when a Parquet file (or the first file under a folder) carries ``synthetic=true`` metadata."""
    import pyarrow.parquet as pq

    p = Path(path)
    if p.is_dir():
        first = next(iter(sorted(p.rglob("*.parquet"))), None)
        if first is None:
            return False
        p = first
    if p.suffix.lower() not in {".parquet", ".pq"}:
        return False
    meta = pq.read_schema(p).metadata or {}
    return meta.get(b"synthetic", b"").lower() == b"true"


def build_panel_from(
    source: str | Path,
    *,
    engine: str = "duckdb",
    fmt: Literal["parquet", "csv", "table"] | None = None,
    spark_master: str | None = None,
    spark: Any = None,
    duckdb_path: str | Path | None = None,
    con: BaseBackend | None = None,
    **options: Any,
) -> PanelResult:
    """Read firm records from a file, folder or table and :func:`build_panel` on ``engine``.

    Parquet files written by :mod:`indupath.synthetic` are recognised by their
    metadata and labelled synthetic. ``options`` are passed to :func:`build_panel`.
    """
    backend = (
        con
        if con is not None
        else connect(engine, spark_master=spark_master, spark=spark, duckdb_path=duckdb_path)
    )
    table = read_input(backend, source, fmt=fmt)
    if fmt != "table":
        options.setdefault("synthetic", parquet_is_synthetic(source))
    options.setdefault("source", Path(str(source)).name)
    try:
        return build_panel(table, **options)
    finally:
        if con is None and engine == "duckdb":
            # release the file so that the caller can open the store for writing
            with quiet_engine_warnings():
                backend.disconnect()


def listed_firm_records(firms: pd.DataFrame) -> pd.DataFrame:
    """Firm spells from the ``cn-listed-firms`` dataset: listing date starts a spell, none ends.

    Columns out: ``firm_id`` (ts_code), ``region_code`` (registered province, GB/T 2260),
    ``industry_code`` (CSRC 2012 division, e.g. ``C39``; empty when the firm has none),
    ``start_date`` (listing date). Active = listed by the end of the year.
    """
    need = {"ts_code", "province_code", "csrc_code", "list_date"}
    if need - set(firms.columns):
        raise InputError(f"listed-firm table lacks columns {sorted(need - set(firms.columns))}")
    return pd.DataFrame(
        {
            "firm_id": firms["ts_code"].astype(str),
            "region_code": firms["province_code"].astype(object),
            "industry_code": firms["csrc_code"].astype(object),
            "start_date": pd.to_datetime(firms["list_date"]).dt.date,
        }
    )
