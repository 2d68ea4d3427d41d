"""Write the bad-input corpus of tests/data/bad/ and its manifest cases.json.

Run from this folder: ``python make_bad.py``. Every file is small, realistic and
wrong in one way; ``cases.json`` says, for each file, the load options and the
row (header = row 1) and column the error must name, written by hand from how
the file is built below (not computed by indupath). The store the tests load
into holds provinces 110000, 340000, 430000, 440000 and GB/T 4754-2017
industries C36, C38, C39, I65 (see tests/store/conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd

HERE = Path(__file__).parent
HEADER = "region_code,industry_code,scheme,year,metric,value,unit"
S = "GB/T 4754-2017"


def rows(*lines: str) -> str:
    return "\n".join([HEADER, *lines]) + "\n"


GOOD = [
    f"340000,C39,{S},2022,revenue,1250.5,亿元",
    f"430000,C39,{S},2022,revenue,830.2,亿元",
    f"440000,C38,{S},2022,revenue,2210,亿元",
]


def text(name: str, content: str, encoding: str = "utf-8") -> None:
    (HERE / name).write_bytes(content.encode(encoding))


def xlsx(name: str, table: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in table:
        ws.append(r)
    wb.save(HERE / name)


CASES: list[dict[str, object]] = []


def case(file: str, row: int | None, column: str | None, fragment: str, **options: object) -> None:
    CASES.append({"file": file, "options": options, "row": row, "column": column, "message": fragment})


def build() -> None:
    # 1. a number with a unit glued on ("12.5亿") in row 4
    text("value_with_unit_text.csv", rows(GOOD[0], GOOD[1], f"440000,C38,{S},2022,revenue,12.5亿,亿元"))
    case("value_with_unit_text.csv", 4, "value", "not a finite number")

    # 2. negative employment (persons can never be negative), row 3
    text(
        "negative_employment.csv",
        rows(f"340000,C39,{S},2022,employment,52000,人", f"430000,C39,{S},2022,employment,-120,人"),
    )
    case("negative_employment.csv", 3, "value", "negative")

    # 3. the same key twice: rows 2 and 5
    text("duplicate_key.csv", rows(GOOD[0], GOOD[1], GOOD[2], f"340000,C39,{S},2022,revenue,1300,亿元"))
    case("duplicate_key.csv", 5, "region_code", "duplicate key")

    # 4. a five-digit region code (typo of 340000) in row 3
    text("unknown_region.csv", rows(GOOD[0], f"34000,C39,{S},2022,revenue,99,亿元"))
    case("unknown_region.csv", 3, "region_code", "unknown region")

    # 5. a GB/T 4754 code that is not in the loaded classification (C99), row 4
    text("unknown_industry.csv", rows(GOOD[0], GOOD[1], f"440000,C99,{S},2022,revenue,10,亿元"))
    case("unknown_industry.csv", 4, "industry_code", "unknown industry")

    # 6. a currency indupath has no rate-free conversion for (百万欧元), row 3
    text("unknown_unit.csv", rows(GOOD[0], f"430000,C39,{S},2022,revenue,3.5,百万欧元"))
    case("unknown_unit.csv", 3, "unit", "unknown unit")

    # 7. an empty file (zero bytes)
    text("empty.csv", "")
    case("empty.csv", 1, None, "empty")

    # 8. a header and no data
    text("header_only.csv", HEADER + "\n")
    case("header_only.csv", 2, None, "no data rows")

    # 9. no unit column and no --unit
    text(
        "missing_unit_column.csv",
        "region_code,industry_code,scheme,year,metric,value\n" + f"340000,C39,{S},2022,revenue,1250.5\n",
    )
    case("missing_unit_column.csv", 1, "unit", "missing required column")

    # 10. Japanese Shift-JIS export: neither UTF-8 nor GBK; first non-ASCII byte in row 3, column metric
    text(
        "shift_jis.csv",
        rows(f"340000,C39,{S},2022,revenue,1250.5,億円", f"430000,C39,{S},2022,売上高,830.2,億円").replace(
            "revenue,1250.5,億円", "revenue,1250.5,yen"
        ),
        encoding="shift_jis",
    )
    case("shift_jis.csv", 3, "metric", "neither UTF-8 nor GBK")

    # 11. a UTF-8 file loaded with --encoding gbk: first non-ASCII byte in row 2, column metric
    text("utf8_declared_gbk.csv", rows(f"340000,C39,{S},2022,营业收入,1250.5,亿元"))
    case("utf8_declared_gbk.csv", 2, "metric", "is UTF-8", encoding="gbk")

    # 12. a file cut short by a crash and padded with NUL bytes in row 4, column value
    text("nul_padded.csv", rows(GOOD[0], GOOD[1]) + f"440000,C38,{S},2022,revenue,22" + "\x00" * 64)
    case("nul_padded.csv", 4, "value", "unreadable character")

    # 13. an Excel workbook saved with a .csv name
    xlsx("workbook_named_csv.csv", [HEADER.split(","), GOOD[0].split(",")])
    case("workbook_named_csv.csv", 1, None, "Excel workbook")

    # 14. 2205 for 2025 in row 3
    text("year_out_of_range.csv", rows(GOOD[0], f"430000,C39,{S},2205,revenue,830.2,亿元"))
    case("year_out_of_range.csv", 3, "year", "out of range")

    # 15. a range where a year belongs, row 2
    text("year_range.csv", rows(f"340000,C39,{S},2019-2020,revenue,1250.5,亿元"))
    case("year_range.csv", 2, "year", "integer")

    # 16. an Excel formula error (#DIV/0!) as a value, row 4
    xlsx(
        "div0.xlsx",
        [
            HEADER.split(","),
            ["340000", "C39", S, 2022, "revenue", 1250.5, "亿元"],
            ["430000", "C39", S, 2022, "revenue", 830.2, "亿元"],
            ["440000", "C38", S, 2022, "revenue", "#DIV/0!", "亿元"],
        ],
    )
    case("div0.xlsx", 4, "value", "not a finite number")

    # 17. a negative number of enterprises in a workbook, row 3
    xlsx(
        "negative_firms.xlsx",
        [
            HEADER.split(","),
            [340000, "C39", S, 2022, "enterprises", 1052, "家"],
            [430000, "C39", S, 2022, "enterprises", -3, "家"],
        ],
    )
    case("negative_firms.xlsx", 3, "value", "negative")

    # 18. "n/a" in the value column of a Parquet file, third data row -> row 4
    pd.DataFrame(
        {
            "region_code": ["340000", "430000", "440000"],
            "industry_code": ["C39", "C39", "C38"],
            "scheme": [S] * 3,
            "year": [2022, 2022, 2022],
            "metric": ["revenue"] * 3,
            "value": ["1250.5", "830.2", "n/a"],
            "unit": ["亿元"] * 3,
        }
    ).to_parquet(HERE / "value_na.parquet", index=False)
    case("value_na.parquet", 4, "value", "not a finite number")

    # 19. a Parquet file without a year column
    pd.DataFrame(
        {
            "region_code": ["340000"],
            "industry_code": ["C39"],
            "scheme": [S],
            "metric": ["revenue"],
            "value": [1250.5],
            "unit": ["亿元"],
        }
    ).to_parquet(HERE / "no_year.parquet", index=False)
    case("no_year.parquet", 1, "year", "missing required column")

    # 20. a wide table with "1.2万" in column 2021, row 3
    text(
        "wide_text_cell.csv",
        "region_code,industry_code,metric,unit,2020,2021,2022\n"
        "340000,C39,employment,人,52000,53000,54100\n"
        "430000,C39,employment,人,31000,1.2万,33000\n",
    )
    case("wide_text_cell.csv", 3, "2021", "not a finite number", scheme=S)

    # 21. a wide table (years as 2019年...) with a negative number of persons in column 2020年, row 2
    text(
        "wide_negative.csv",
        "地区代码,行业代码,指标,单位,2019年,2020年\n340000,C39,从业人员,万人,5.2,-5.3\n",
    )
    case("wide_negative.csv", 2, "2020年", "negative", scheme=S)

    # 22. columns named by the producer (prov, VAL) and mapped; bad value in VAL, row 4
    text(
        "mapped_columns.csv",
        "prov,industry_code,scheme,year,metric,VAL,unit\n"
        f"340000,C39,{S},2022,revenue,1250.5,亿元\n"
        f"430000,C39,{S},2022,revenue,830.2,亿元\n"
        f"440000,C38,{S},2022,revenue,TBD,亿元\n",
    )
    case("mapped_columns.csv", 4, "VAL", "not a finite number", map="value=VAL,region=prov")

    # 23. an unquoted thousands separator splits row 3 into one field too many
    text("extra_field.csv", rows(GOOD[0], f"430000,C39,{S},2022,revenue,1,830.2,亿元"))
    case("extra_field.csv", 3, None, "malformed")

    # 24. an empty region code in row 3
    text("empty_region.csv", rows(GOOD[0], f",C39,{S},2022,revenue,830.2,亿元"))
    case("empty_region.csv", 3, "region_code", "empty")

    # 25. the header names value twice
    text(
        "duplicate_header.csv",
        "region_code,industry_code,scheme,year,metric,value,unit,value\n"
        f"340000,C39,{S},2022,revenue,1250.5,亿元,1\n",
    )
    case("duplicate_header.csv", 1, "value", "twice")

    # 26. a workbook with a header and no data
    xlsx("header_only.xlsx", [HEADER.split(",")])
    case("header_only.xlsx", 2, None, "no data rows")

    # 27. an empty unit cell in row 3
    text("empty_unit.csv", rows(GOOD[0], f"430000,C39,{S},2022,revenue,830.2,"))
    case("empty_unit.csv", 3, "unit", "unit is empty")

    # 28. --map naming a column the file does not have
    text("map_missing.csv", rows(GOOD[0]))
    case("map_missing.csv", 1, "VAL", "has no column", map="value=VAL")

    # 29. a unit column and --unit at the same time
    text("unit_twice.csv", rows(GOOD[0]))
    case("unit_twice.csv", 1, "unit", "use one of them", unit="万元")

    # 30. Traditional Chinese Big5 file (Taiwan statistics), first non-ASCII byte in row 2, column metric
    text("big5.csv", rows(f"340000,C39,{S},2022,營業收入,1250.5,億元"), encoding="big5")
    case("big5.csv", 2, "metric", "neither UTF-8 nor GBK")

    # 31. a GBK file cut in the middle of its last character (row 3, column unit)
    data = rows(GOOD[0], f"430000,C39,{S},2022,营业收入,830.2,亿元").rstrip("\n").encode("gbk")[:-1]
    (HERE / "truncated_gbk.csv").write_bytes(data)
    case("truncated_gbk.csv", 3, "unit", "not valid")

    # 32. a year with decimals in a Parquet file, second data row -> row 3
    pd.DataFrame(
        {
            "region_code": ["340000", "430000"],
            "industry_code": ["C39", "C39"],
            "scheme": [S, S],
            "year": [2022.0, 2022.5],
            "metric": ["revenue", "revenue"],
            "value": [1250.5, 830.2],
            "unit": ["亿元", "亿元"],
        }
    ).to_parquet(HERE / "fractional_year.parquet", index=False)
    case("fractional_year.parquet", 3, "year", "integer")

    # 33. a workbook whose first sheet is empty
    xlsx("empty_sheet.xlsx", [])
    case("empty_sheet.xlsx", 1, None, "empty")

    # 34. negative exports in a tab-separated file, row 2
    (HERE / "negative_exports.tsv").write_text(
        "region_code\tindustry_code\tscheme\tyear\tmetric\tvalue\tunit\n"
        f"440000\tC39\t{S}\t2022\texports\t-5\tbillion dollars\n",
        encoding="utf-8",
    )
    case("negative_exports.tsv", 2, "value", "negative")

    # 35. text that went through a lossy conversion: U+FFFD in the metric of row 3
    text("replacement_character.csv", rows(GOOD[0], f"430000,C39,{S},2022,营业收\ufffd,830.2,亿元"))
    case("replacement_character.csv", 3, "metric", "unreadable character")

    (HERE / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
