"""Reading observation files: CSV (any common Chinese encoding), Excel (.xlsx) and Parquet, long or wide.

:func:`read_observation_file` turns a file into the canonical long table that
:func:`indupath.store.validate.validate_observations` checks, remembering for
every row its line in the file (header = row 1) and, for wide files, the
column its value came from, so that every error can point at a cell.

Encodings: a CSV is decoded as UTF-8 (with or without BOM) or UTF-16 (with
BOM); otherwise charset-normalizer guesses, and a guess in the GB family
(GBK, GB2312, GB18030) is decoded as GB18030, its superset. Anything else, or
text with control or private-use characters, is refused with an
:class:`~indupath.errors.InputError` that suggests ``--encoding``.

Wide files have one column per year (``2019``, ``2019年``, ``Y2019``); they
are melted to long form, and empty cells or the usual "no data" marks
(``-``, ``…``, ``(D)``, ``NA``) are skipped. In a long file such a cell is an
error unless ``skip_missing`` is set.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath.errors import InputError

Format = Literal["auto", "long", "wide"]

#: Canonical fields and the headers recognised for them without --map (lower-cased).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "region_code": (
        "region_code",
        "region",
        "region code",
        "地区代码",
        "行政区划代码",
        "地区编码",
        "区划代码",
    ),
    "industry_code": ("industry_code", "industry", "industry code", "sector_code", "行业代码", "产业代码"),
    "scheme": ("scheme", "classification", "分类标准", "行业分类"),
    "year": ("year", "年份", "年度"),
    "metric": ("metric", "indicator", "指标", "指标名称"),
    "value": ("value", "数值", "值"),
    "unit": ("unit", "units", "单位", "计量单位"),
    "source": ("source", "来源", "数据来源"),
}
#: Short names accepted by ``--map`` (``region=prov`` means the file's column ``prov`` holds region codes).
MAP_NAMES: dict[str, str] = {
    "region": "region_code",
    "region_code": "region_code",
    "industry": "industry_code",
    "industry_code": "industry_code",
    "scheme": "scheme",
    "year": "year",
    "metric": "metric",
    "value": "value",
    "unit": "unit",
    "source": "source",
}
_OPTION = {"metric": "metric", "unit": "unit", "scheme": "scheme", "industry_code": "industry"}
MISSING_MARKS = frozenset(
    {"", "-", "--", "—", "–", "…", "...", "na", "n/a", "n.a.", "(d)", "(na)", "(x)", "x", "null"}
)
_YEAR_HEADER = re.compile(r"^\s*(?:y|fy)?\s*((?:19|20|21)\d\d)\s*(?:年)?\s*$", re.IGNORECASE)
_GB_FAMILY = {"gb18030", "gbk", "gb2312", "cp936", "hz", "hz_gb_2312", "gb_2312_80"}

TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".pq"}


@dataclass
class ObservationFile:
    """A file read into canonical long form, ready for validation."""

    path: str
    frame: pd.DataFrame
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    layout: Literal["long", "wide"] = "long"
    skipped: int = 0


def parse_map(items: list[str] | None) -> dict[str, str]:
    """Parse ``--map`` values (``"value=VAL,region=prov"``, repeatable) to canonical -> file column."""
    out: dict[str, str] = {}
    for item in items or []:
        for part in item.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise InputError("--map expects NAME=COLUMN pairs, e.g. value=VAL,region=prov", value=part)
            name, column = (s.strip() for s in part.split("=", 1))
            if name.lower() not in MAP_NAMES:
                raise InputError(f"--map name must be one of {', '.join(sorted(MAP_NAMES))}", value=name)
            out[MAP_NAMES[name.lower()]] = column
    return out


# -- decoding ---------------------------------------------------------------------------------------


def _row_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _column_at_offset(data: bytes, offset: int) -> str | None:
    """The header name of the field that byte ``offset`` falls in (separators are ASCII in every
    encoding we read, and never a GBK trail byte), or ``None`` when the header is not plain text."""
    header_end = data.find(b"\n")
    header_bytes = data[: header_end if header_end >= 0 else len(data)].rstrip(b"\r")
    if header_bytes.startswith(b"\xef\xbb\xbf"):
        header_bytes = header_bytes[3:]
    try:
        header_text = header_bytes.decode("utf-8")
    except UnicodeDecodeError:
        try:
            header_text = header_bytes.decode("gb18030")
        except UnicodeDecodeError:
            return None
    sep = "\t" if header_text.count("\t") > header_text.count(",") else ","
    names = [h.strip() for h in header_text.split(sep)]
    line_start = data.rfind(b"\n", 0, offset) + 1
    index = data[line_start:offset].count(sep.encode())
    return names[index] if index < len(names) else None


def _column_at_index(text: str, index: int) -> str | None:
    """The header name of the field that character ``index`` of ``text`` falls in."""
    header = text.split("\n", 1)[0].rstrip("\r").lstrip("\ufeff")
    sep = "\t" if header.count("\t") > header.count(",") else ","
    names = [h.strip() for h in header.split(sep)]
    line_start = text.rfind("\n", 0, index) + 1
    position = text[line_start:index].count(sep)
    return names[position] if position < len(names) else None


def decode_text(data: bytes, *, file: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding used)`` or raise :class:`InputError`."""
    if data.startswith(b"PK\x03\x04"):
        raise InputError("this is a ZIP/Excel workbook, not text; give it a .xlsx name", file=file, row=1)
    if data.startswith(b"PAR1"):
        raise InputError("this is a Parquet file, not text; give it a .parquet name", file=file, row=1)
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError as exc:
            raise InputError("unknown encoding name", file=file, value=encoding) from exc
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the file is not valid {encoding}: byte {data[exc.start : exc.start + 2]!r} at offset {exc.start} "
                "cannot be decoded; leave --encoding out to detect the encoding, or name the right one",
                file=file,
                row=_row_of_offset(data, exc.start),
                column=_column_at_offset(data, exc.start),
            ) from exc
        if encoding.lower().replace("-", "").replace("_", "") in {"gbk", "gb2312", "gb18030", "cp936"}:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                high = re.search(rb"[\x80-\xff]", data)
                first_high = high.start() if high else None
                if first_high is not None:
                    raise InputError(
                        f"--encoding {encoding} was given, but the file is UTF-8 (decoding it as {encoding} "
                        "would garble its Chinese text); drop --encoding",
                        file=file,
                        row=_row_of_offset(data, first_high),
                        column=_column_at_offset(data, first_high),
                    )
        _check_readable(text, file=file, encoding=encoding)
        return text, encoding
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_checked(data, "utf-8-sig", file)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_checked(data, "utf-16", file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    else:
        _check_readable(text, file=file, encoding="utf-8")
        return text, "utf-8"
    guess = _guess_encoding(data)
    gb_bad: int | None
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb_bad = exc.start
    else:
        if guess in _GB_FAMILY or _common_hanzi_share(text) >= 0.95:
            _check_readable(text, file=file, encoding="gb18030")
            return text, "gb18030"
        gb_bad = None
    if gb_bad is not None and _guess_encoding(data[:gb_bad]) in _GB_FAMILY:
        raise InputError(
            f"the file is GBK/GB18030 up to byte {data[gb_bad : gb_bad + 2]!r} at offset {gb_bad}, which is "
            "not valid GB18030 (a truncated file, or text in two encodings)",
            file=file,
            row=_row_of_offset(data, gb_bad),
            column=_column_at_offset(data, gb_bad),
        )
    raise InputError(
        f"the file is neither UTF-8 nor GBK/GB18030 (first non-UTF-8 byte "
        f"{data[first_bad : first_bad + 2]!r} at offset {first_bad}; it looks like {guess or 'binary data'}); "
        "re-save it as UTF-8 or pass --encoding",
        file=file,
        row=_row_of_offset(data, first_bad),
        column=_column_at_offset(data, first_bad),
    )


def _common_hanzi_share(text: str) -> float:
    """Share of the non-ASCII characters that are in GB2312 (the 6,763 common simplified hanzi and
    their punctuation). Short GBK files fool charset detectors; text decoded from Shift-JIS or
    Big5 as GB18030 is mostly rare characters. (EUC-KR is byte-compatible and not told apart.)"""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    common = 0
    for c in wide:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common / len(wide)


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess (lower case), or ``None``."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding.lower() if best is not None else None


def _decode_checked(data: bytes, encoding: str, file: str) -> tuple[str, str]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the file is not valid {encoding} at offset {exc.start}; pass --encoding",
            file=file,
            row=_row_of_offset(data, exc.start),
            column=_column_at_offset(data, exc.start),
        ) from exc
    _check_readable(text, file=file, encoding=encoding)
    return text, encoding


#: Characters no statistics table contains: C0/C1 controls other than tab and line ends, the
#: replacement character, private-use and surrogate code points (what a wrong decoding produces).
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff\U000f0000-\U0010ffff]"
)


def _check_readable(text: str, *, file: str, encoding: str) -> None:
    """Refuse text with control, private-use or replacement characters: binary data or a wrong encoding."""
    match = _UNREADABLE.search(text)
    if match is None:
        return
    i = match.start()
    raise InputError(
        f"the file decoded as {encoding} contains the unreadable character U+{ord(text[i]):04X}: binary data "
        "or a wrong encoding; re-save it as UTF-8 or pass --encoding",
        file=file,
        row=text.count("\n", 0, i) + 1,
        column=_column_at_index(text, i),
    )


# -- reading tables ---------------------------------------------------------------------------------


def _read_csv(path: Path, *, file: str, encoding: str | None) -> tuple[pd.DataFrame, str]:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        import gzip
        import zlib

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"cannot decompress the gzip file: {exc}", file=file) from exc
    if not data.strip():
        raise InputError("the file is empty", file=file, row=1)
    text, used = decode_text(data, file=file, encoding=encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("the file is empty", file=file, row=1)
    sep = "\t" if _text_suffix(path) == ".tsv" else _sniff_separator(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.ParserError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise InputError(
            f"the CSV is malformed: {exc}", file=file, row=int(match.group(1)) if match else None
        ) from exc
    except pd.errors.EmptyDataError as exc:
        raise InputError("the file is empty", file=file, row=1) from exc
    frame["_row"] = np.arange(2, len(frame) + 2)
    return frame, used


def _text_suffix(path: Path) -> str:
    """``.csv`` for ``x.csv`` and for ``x.csv.gz``."""
    suffixes = [x.lower() for x in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def _sniff_separator(text: str) -> str:
    head = text.split("\n", 1)[0]
    counts = {s: head.count(s) for s in (",", "\t", ";", "|")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] > 0 else ","


def _read_excel(path: Path, *, file: str, sheet: str | None) -> pd.DataFrame:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"cannot read the Excel workbook: {exc}", file=file) from exc
    try:
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise InputError(f"no sheet {sheet!r}; sheets: {', '.join(wb.sheetnames)}", file=file)
            ws = wb[sheet]
        else:
            ws = wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    if not rows or all(v is None for v in rows[0]):
        raise InputError("the workbook's sheet is empty (no header in row 1)", file=file, row=1)
    header = ["" if v is None else str(v).strip() for v in rows[0]]
    while header and header[-1] == "":
        header.pop()
    width = len(header)
    body = [(r + [None] * width)[:width] for r in rows[1:]]
    frame = pd.DataFrame(body, columns=header, dtype=object)
    frame["_row"] = np.arange(2, len(frame) + 2)
    return frame


def _read_parquet(path: Path, *, file: str) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(f"cannot read the Parquet file: {exc}", file=file) from exc
    frame = table.to_pandas()
    frame["_row"] = np.arange(2, len(frame) + 2)
    return frame


def _cell_text(s: pd.Series) -> pd.Series:
    """Cells to stripped text; integer-valued floats (Excel's 340000.0) lose their ``.0``."""
    if pd.api.types.is_float_dtype(s):
        whole = s.notna() & (s == np.floor(s.fillna(0)))
        if bool(whole.all()):
            return s.astype("Int64").astype("string")
        return s.astype("string")
    if s.dtype == object:
        return s.map(_one_cell, na_action="ignore").astype("string")
    return s.astype("string").str.strip()


def _one_cell(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _drop_blank_rows(frame: pd.DataFrame) -> pd.DataFrame:
    data_cols = [c for c in frame.columns if c != "_row"]
    if not data_cols or frame.empty:
        return frame
    blank = np.ones(len(frame), dtype=bool)
    for c in data_cols:
        s = frame[c]
        blank &= (s.isna() | (s.astype("string").str.strip() == "")).to_numpy(dtype=bool, na_value=True)
    return frame.loc[~blank].reset_index(drop=True)


def _resolve_columns(header: list[str], mapping: Mapping[str, str], *, file: str) -> dict[str, str]:
    """Canonical field -> file column: ``--map`` first, then known aliases (case-insensitive)."""
    out: dict[str, str] = {}
    for canon, column in mapping.items():
        if column not in header:
            raise InputError(
                f"--map {canon}={column}: the file has no column {column!r}; its header is {', '.join(header)}",
                file=file,
                row=1,
                column=column,
            )
        out[canon] = column
    lowered = {h.strip().lower(): h for h in header}
    used = set(out.values())
    for canon, aliases in FIELD_ALIASES.items():
        if canon in out:
            continue
        for alias in aliases:
            h = lowered.get(alias)
            if h is not None and h not in used:
                out[canon] = h
                used.add(h)
                break
    return out


def read_observation_file(
    path: str | Path,
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
) -> ObservationFile:
    """Read a CSV/XLSX/Parquet file into the canonical long table (not yet validated).

    ``mapping`` names the file's columns for canonical fields (see
    :data:`MAP_NAMES`); ``metric``, ``unit``, ``scheme``, ``industry`` and ``source`` give a
    constant for a field the file has no column for (giving both is an error).
    ``source`` defaults to the file name.
    """
    p = Path(path)
    file = str(path)
    if not p.is_file():
        raise InputError("no such file", file=file)
    suffix = p.suffix.lower()
    used_encoding: str | None = None
    if suffix in TEXT_SUFFIXES or _text_suffix(p) in TEXT_SUFFIXES:
        frame, used_encoding = _read_csv(p, file=file, encoding=encoding)
    elif suffix in EXCEL_SUFFIXES:
        frame = _read_excel(p, file=file, sheet=sheet)
    elif suffix in PARQUET_SUFFIXES:
        frame = _read_parquet(p, file=file)
    elif suffix == ".xls":
        raise InputError("old-style .xls workbooks are not supported; save it as .xlsx", file=file)
    else:
        raise InputError(
            "unknown file type; expected .csv, .tsv, .txt (optionally .gz), .xlsx or .parquet",
            file=file,
            value=suffix,
        )

    header = [str(c) for c in frame.columns if c != "_row"]
    if not header or all(h.strip() == "" or h.startswith("Unnamed:") for h in header):
        raise InputError("the file has no header row", file=file, row=1)
    dupes = sorted({h for h in header if header.count(h) > 1})
    mangled = [h for h in header if re.match(r".+\.\d+$", h) and h.rsplit(".", 1)[0] in header]
    if dupes or mangled:  # pandas renames a repeated "value" to "value.1"
        bad = dupes[0] if dupes else mangled[0].rsplit(".", 1)[0]
        raise InputError("the header names a column twice", file=file, row=1, column=bad)
    frame = _drop_blank_rows(frame)
    columns = _resolve_columns(header, mapping or {}, file=file)

    constants = {"metric": metric, "unit": unit, "scheme": scheme, "industry_code": industry}
    for canon, const in constants.items():
        if const is not None and canon in columns:
            raise InputError(
                f"the file has a {canon} column and --{_OPTION[canon]} {const!r} was given; use one of them",
                file=file,
                row=1,
                column=columns[canon],
            )

    year_columns = {
        h: int(m.group(1)) for h in header if (m := _YEAR_HEADER.match(h)) and h not in columns.values()
    }
    layout: Literal["long", "wide"]
    if format == "auto":
        layout = "wide" if "value" not in columns and year_columns else "long"
    else:
        layout = format
    if layout == "wide" and not year_columns:
        raise InputError(
            "--format wide needs year columns (2019, 2019年, Y2019); the header has none",
            file=file,
            row=1,
            column=header[0],
        )

    out: dict[str, Any] = {}
    for canon in ("region_code", "industry_code", "scheme", "metric", "unit", "source"):
        if canon in columns:
            out[canon] = _cell_text(frame[columns[canon]])
        elif canon in constants and constants[canon] is not None:
            out[canon] = constants[canon]
        elif canon == "source":
            out[canon] = source or p.name
    skipped = 0
    if layout == "long":
        for canon in ("year", "value"):
            if canon in columns:
                s = frame[columns[canon]]
                out[canon] = s if pd.api.types.is_numeric_dtype(s) else _cell_text(s)
        out["_row"] = frame["_row"].to_numpy()
        long = pd.DataFrame(out, index=frame.index)
        if "source" in long.columns and source is not None:
            long["source"] = long["source"].where(long["source"].astype("string").str.strip() != "", source)
        if skip_missing and "value" in long.columns:
            marks = (
                long["value"].astype("string").str.strip().str.lower().isin(MISSING_MARKS)
                | long["value"].isna()
            )
            skipped = int(marks.sum())
            long = long.loc[~marks.to_numpy(dtype=bool, na_value=True)].reset_index(drop=True)
    else:
        pieces = []
        base = pd.DataFrame({k: v for k, v in out.items()}, index=frame.index)
        base["_row"] = frame["_row"].to_numpy()
        for header_name, year in year_columns.items():
            cells = frame[header_name]
            piece = base.copy()
            piece["year"] = year
            piece["value"] = cells if pd.api.types.is_numeric_dtype(cells) else _cell_text(cells)
            piece["_value_col"] = header_name
            missing = cells.isna() | cells.astype("string").str.strip().str.lower().isin(MISSING_MARKS)
            missing_arr = missing.to_numpy(dtype=bool, na_value=True)
            skipped += int(missing_arr.sum())
            pieces.append(piece.loc[~missing_arr])
        long = pd.concat(pieces, ignore_index=True)
        long = long.sort_values(["_row"], kind="stable").reset_index(drop=True)
        columns.setdefault("year", "(year columns)")
        columns.setdefault("value", "(year columns)")
    for canon, const in constants.items():
        if const is not None:
            columns[canon] = f"--{_OPTION[canon]}"
    return ObservationFile(
        path=file, frame=long, columns=columns, encoding=used_encoding, layout=layout, skipped=skipped
    )
