"""Convert the real public data in ``../shared/data`` into indupath's compact embedded files.

For maintainers only; tests never run it. It writes Parquet (zstd) files and a
gzipped GeoJSON under ``src/indupath/data/`` and rewrites
``src/indupath/data/provenance.json`` with, for every dataset: title (zh, en),
description, units, source, licence, original file, conversion steps, rows and
columns. Units are kept exactly as in the source.

Usage::

    .venv/bin/python scripts/build_data.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "indupath" / "data"

# --------------------------------------------------------------------------------------
# Province names -> GB/T 2260 six-digit codes (from the shared divisions file)
# --------------------------------------------------------------------------------------


def province_lookup(shared: Path) -> dict[str, tuple[str, str]]:
    """Map short and full Chinese province names to ``(six-digit code, full name)``.

    Short names are the full names with the administrative suffix removed
    (省, 市, 自治区 and the ethnic-group part, e.g. 广西壮族自治区 -> 广西).
    """
    prov = pd.read_csv(shared / "china" / "divisions" / "provinces.csv", dtype=str)
    out: dict[str, tuple[str, str]] = {}
    for code, name in zip(prov["code"], prov["name"], strict=True):
        six = code.ljust(6, "0")
        out[name] = (six, name)
        short = name
        for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
            if short.endswith(suffix):
                short = short[: -len(suffix)]
                break
        out[short] = (six, name)
    out["内蒙"] = out["内蒙古"]  # tushare writes 内蒙
    return out


#: tushare ``area`` values that are cities, not provinces: city -> province short name.
CITY_AREAS = {"深圳": "广东"}


# --------------------------------------------------------------------------------------
# Dataset builders: each returns (frame, provenance-without-rows/columns)
# --------------------------------------------------------------------------------------

Builder = Callable[[Path, dict[str, tuple[str, str]]], tuple[pd.DataFrame, dict[str, Any]]]


def build_listed_firms(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """A-share listed firms with province code and CSRC 2012 division."""
    basic = pd.read_csv(shared / "china/listed_firms/stock_basic_2026-05.csv", dtype=str)
    csrc = pd.read_csv(shared / "china/listed_firms/stock_industry_csrc_2026-03.csv", dtype=str)
    csrc = csrc.assign(symbol=csrc["code"].str[3:])
    csrc["csrc_code"] = csrc["industry"].str.extract(r"^([A-Z]\d{2})", expand=False)
    csrc["csrc_name"] = csrc["industry"].str.replace(r"^[A-Z]\d{2}", "", regex=True)
    df = basic.merge(csrc[["symbol", "csrc_code", "csrc_name", "updateDate"]], on="symbol", how="left")
    area_is_city = df["area"].isin(list(CITY_AREAS))
    prov_short = df["area"].map(lambda a: CITY_AREAS.get(a, a) if isinstance(a, str) else None)
    df["province_code"] = prov_short.map(lambda a: prov[a][0] if isinstance(a, str) and a in prov else None)
    df["province_name"] = prov_short.map(lambda a: prov[a][1] if isinstance(a, str) and a in prov else None)
    unknown = set(df.loc[df["area"].notna() & df["province_code"].isna(), "area"])
    if unknown:
        raise SystemExit(f"unmapped tushare areas: {sorted(unknown)}")
    out = pd.DataFrame(
        {
            "code": df["symbol"],
            "ts_code": df["ts_code"],
            "exchange": df["ts_code"].str[-2:],
            "name": df["name"],
            "area": df["area"],
            "area_is_city": area_is_city,
            "province_code": df["province_code"],
            "province_name": df["province_name"],
            "industry_tushare": df["industry"],
            "csrc_section": df["csrc_code"].str[0],
            "csrc_code": df["csrc_code"],
            "csrc_name": df["csrc_name"],
            "list_date": pd.to_datetime(df["list_date"], format="%Y%m%d"),
            "list_year": pd.to_datetime(df["list_date"], format="%Y%m%d").dt.year.astype("int32"),
            "market": df["market"],
            "ownership": df["act_ent_type"],
        }
    )
    meta = {
        "title": {
            "zh": "A股上市公司名录（含证监会行业分类）",
            "en": "A-share listed firms with CSRC 2012 industry",
        },
        "description": (
            "5,524 A-share listed firms (Shanghai, Shenzhen, Beijing exchanges) as of 2026-05: code, name, "
            "registered province (GB/T 2260), tushare industry, CSRC 2012 industry division (letter + 2 digits), "
            "listing date, board and ownership type. Beijing Stock Exchange firms and firms missing from the "
            "baostock list have no CSRC code."
        ),
        "units": {"list_date": "date", "list_year": "year"},
        "source": (
            "tushare stock_basic (saved in public repository yzq129/quant-factor, commit 1c99442) joined with "
            "baostock query_stock_industry (saved in mmzzl/datastore, commit 75af838, 2026-03-09)"
        ),
        "licence": "facts about listed companies; cite tushare and baostock",
        "original_files": [
            "china/listed_firms/stock_basic_2026-05.csv",
            "china/listed_firms/stock_industry_csrc_2026-03.csv",
        ],
        "conversion": [
            "left join of stock_basic on the 6-digit code with the CSRC file (code 'sh.600000' -> '600000')",
            "CSRC 'industry' split into code (e.g. C39) and name (e.g. 计算机、通信和其他电子设备制造业)",
            "tushare 'area' mapped to GB/T 2260 province codes: 内蒙 -> 内蒙古 (150000); 深圳 (a city) -> 广东 "
            "(440000) with area_is_city = true; 5 firms have no area and no province",
            "list_date parsed from YYYYMMDD; act_ent_type renamed ownership; column act_name had been removed upstream",
        ],
    }
    return out, meta


def build_io2007_provincial(
    shared: Path, prov: dict[str, tuple[str, str]]
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Provincial 2007 IO: output, value added, labour compensation, intermediate input."""
    df = pd.read_csv(shared / "china/provincial_io_2007/provincial_2007_42sector_output_va.csv")
    out = pd.DataFrame(
        {
            "province": df["province"],
            "province_code": df["province"].map(lambda p: prov[p][0]),
            "province_abbr": df["prov_code"],
            "sector_code": df["sector_code"].map(lambda s: f"{int(s):02d}"),
            "sector_name": df["sector_name"],
            "gross_output": df["gross_output_rowsum"],
            "total_input": df["total_input"],
            "value_added": df["value_added"],
            "labour_compensation": df["labor_compensation"],
            "intermediate_input": df["intermediate_input"],
        }
    )
    meta = {
        "title": {
            "zh": "2007年省级投入产出表（42部门）：总产出、增加值",
            "en": "Provincial input-output tables 2007 (42 sectors): output and value added",
        },
        "description": (
            "30 provinces (no Tibet) x 42 sectors, 2007: gross output (row sum), total input, value added, labour "
            "compensation and intermediate input. Sector codes 01-42 are the 2007 tables' own 42-sector "
            "classification (scheme IO42-2007): they agree with the 2017/2020 national 42-sector codes only up to "
            "15 (e.g. 2007 sector 16 is general and special equipment, 2017 sector 16 general equipment only)."
        ),
        "units": {
            c: "10,000 yuan (万元)"
            for c in [
                "gross_output",
                "total_input",
                "value_added",
                "labour_compensation",
                "intermediate_input",
            ]
        },
        "source": "official provincial input-output tables 2007 (provincial statistics bureaus), via zhangda1021/data ChinaBalancedSAM/data/ChinaIO.xls (commit 946aa48)",
        "licence": "official statistics",
        "original_files": ["china/provincial_io_2007/provincial_2007_42sector_output_va.csv"],
        "conversion": [
            "province names mapped to GB/T 2260 six-digit codes; the source's letter code kept as province_abbr",
            "sector_code written as two digits (1 -> '01'); gross_output_rowsum renamed gross_output, labor_compensation renamed labour_compensation",
        ],
    }
    return out, meta


def build_io2007_flows(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Provincial 2007 intermediate flows, long form."""
    df = pd.read_csv(shared / "china/provincial_io_2007/provincial_2007_42sector_intermediate_long.csv.gz")
    out = pd.DataFrame(
        {
            "province": df["province"],
            "province_code": df["province"].map(lambda p: prov[p][0]),
            "from_sector": df["from_sector"].map(lambda s: f"{int(s):02d}"),
            "to_sector": df["to_sector"].map(lambda s: f"{int(s):02d}"),
            "value": df["value"],
        }
    )
    meta = {
        "title": {
            "zh": "2007年省级投入产出表（42部门）：中间流量",
            "en": "Provincial input-output tables 2007: intermediate flows",
        },
        "description": (
            "Intermediate flows within each of 30 provinces, from sector (row, supplier) to sector (column, user), "
            "42 x 42, 2007, in the 2007 42-sector classification (scheme IO42-2007, see cn-io2007-provincial)."
        ),
        "units": {"value": "10,000 yuan (万元)"},
        "source": "official provincial input-output tables 2007, via zhangda1021/data ChinaBalancedSAM/data/ChinaIO.xls (commit 946aa48)",
        "licence": "official statistics",
        "original_files": ["china/provincial_io_2007/provincial_2007_42sector_intermediate_long.csv.gz"],
        "conversion": ["province names mapped to GB/T 2260 codes; sector codes written as two digits"],
    }
    return out, meta


def _national_io(name: str, year: int, sectors: int) -> Builder:
    def build(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
        fname = f"china/national_io/china_{year}_{sectors}.csv"
        df = pd.read_csv(shared / fname, dtype={"Code": str}).copy()
        kinds = {"TII": "total_intermediate_input", "TVA": "value_added_total", "TI": "total_input"}
        df.insert(
            3 if "Origin" not in df.columns else 4,
            "row_kind",
            df["Code"].map(
                lambda c: "value_added_component" if c.startswith("VA") else kinds.get(c, "intermediate")
            ),
        )
        df = df.copy()
        meta = {
            "title": {
                "zh": f"{year}年全国投入产出表（{sectors}部门）",
                "en": f"National input-output table of China {year} ({sectors} sectors)",
            },
            "description": (
                f"The {year} national input-output table, {sectors} sectors, kept in its table structure: one row per "
                "supplying sector (42-sector tables split into Domestic and Imports by `Origin`), then the rows TII "
                "(total intermediate input), the value-added components VA001 compensation of employees (劳动者报酬), "
                "VA002 net taxes on production (生产税净额), VA003 depreciation of fixed assets (固定资产折旧), VA004 "
                "operating surplus (营业盈余), TVA (total value added) and TI (total input). Columns: the using sectors, "
                "then TIU (total intermediate use) and final-use columns (FU101 rural / FU102 urban household "
                "consumption, FU103 government consumption, TC total consumption, FU201 gross fixed capital "
                "formation, FU202 inventory change, GCF, EX exports, TFU total final use, IM imports where present) "
                "and GO (gross output). row_kind labels the rows."
            ),
            "units": {"*": "10,000 yuan (万元)"},
            "value_added_rows": {
                "VA001": "compensation of employees",
                "VA002": "net taxes on production",
                "VA003": "depreciation of fixed assets",
                "VA004": "operating surplus",
            },
            "source": "National Bureau of Statistics input-output table, via the R package Carol-seven/ionet (commit fa9d042)",
            "licence": "data: NBS official statistics; the R package is GPL-3",
            "original_files": [fname],
            "conversion": [
                "read as is (codes as text); column row_kind added to label intermediate, total and value-added rows"
            ],
        }
        return df, meta

    build.__name__ = f"build_{name}"
    return build


HIGH_TECH_EN = {
    "企业数": "number of enterprises",
    "主营业务收入": "main business revenue",
    "利润总额": "total profit",
    "研发机构数": "R&D institutions",
    "人员折合全时当量": "R&D personnel, full-time equivalent",
    "经费内部支出": "intramural R&D expenditure",
    "开发项目数": "new-product development projects",
    "开发经费支出": "new-product development expenditure",
    "销售收入": "new-product sales revenue",
    "出口": "new-product exports",
    "专利申请数": "patent applications",
    "发明专利": "invention patents",
    "有效专利数": "valid patents",
    "技术改造经费支出": "technical renovation expenditure",
    "购买境内技术经费支出": "expenditure on purchase of domestic technology",
    "技术引进经费支出": "expenditure on technology import",
    "消化吸收经费支出": "expenditure on assimilation of imported technology",
    "项目数量": "R&D projects",
    "项目经费": "R&D project expenditure",
    "新增固定资产": "newly added fixed assets",
    "全部建成投产项目数": "projects completed and put into operation",
    "新开工项目个数": "newly started projects",
    "施工项目个数": "projects under construction",
    "投资额": "investment",
}


def _high_tech(kind: str) -> Builder:
    def build(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
        fname = f"china/high_tech_industry/high_tech_{kind}_by_province.csv"
        df = pd.read_csv(shared / fname)
        national = df["province"] == "全国"
        out = pd.DataFrame(
            {
                "province": df["province"],
                "province_code": df["province"].map(lambda p: None if p == "全国" else prov[p][0]),
                "level": national.map({True: "national", False: "province"}),
                "year": df["year"].astype("int32"),
                "indicator": df["chn_block4"],
                "indicator_en": df["chn_block4"].map(HIGH_TECH_EN),
                "value": df["value"],
                "unit": df["units"],
                "variable": df["variables"],
            }
        )
        if out["indicator_en"].isna().any():
            raise SystemExit(
                f"untranslated indicators: {sorted(set(out.loc[out['indicator_en'].isna(), 'indicator']))}"
            )
        if kind == "operation":
            meta = {
                "title": {
                    "zh": "高技术产业（制造业）生产经营情况（分地区）",
                    "en": "High-technology manufacturing by province: operation",
                },
                "description": (
                    "High-technology manufacturing by province, 2010-2023 (2017 missing): number of enterprises "
                    "(个), main business revenue (亿元) and total profit (亿元). Rows with province 全国 are the "
                    "national total (province_code null, level 'national')."
                ),
                "units": {
                    "企业数": "个 (enterprises)",
                    "主营业务收入": "亿元 (100 million yuan)",
                    "利润总额": "亿元 (100 million yuan)",
                },
                "source": "China Statistics Yearbook on High Technology Industry (NBS), via the R package huhuaping/techme (data/IndustryOperation.rda)",
                "original_files": [fname],
            }
        else:
            meta = {
                "title": {
                    "zh": "高技术产业研发活动（分地区）",
                    "en": "High-technology industry R&D by province",
                },
                "description": (
                    "R&D activity of high-technology industry by province, 2016-2023: R&D institutions, FTE staff, "
                    "intramural R&D spending, new-product development and sales, exports, patents, technology "
                    "acquisition and investment. Units per row in column `unit`, as in the source; the source labels "
                    "a few rows inconsistently (e.g. 研发机构数 in 万元 for some years) and they are kept unchanged."
                ),
                "units": {"*": "per row, column `unit` (个, 人年, 万元, 项, 件, 亿元)"},
                "source": "China Statistics Yearbook on High Technology Industry (NBS), via the R package huhuaping/techme (data/IndustryRD.rda)",
                "original_files": [fname],
            }
        meta["licence"] = "MIT (R package); data: NBS official statistics"
        meta["conversion"] = [
            "province names mapped to GB/T 2260 six-digit codes (全国 -> null, level 'national')",
            "chn_block4 renamed indicator, English label added as indicator_en; units renamed unit; variables renamed variable",
        ]
        return out, meta

    build.__name__ = f"build_high_tech_{kind}"
    return build


def _us_fips(shared: Path) -> dict[str, str]:
    emp = pd.read_csv(
        shared / "us_states/bea_state_employment_2009_2018.csv",
        dtype={"GeoFips": str},
        usecols=["GeoFips", "GeoName"],
    )
    fips = dict(zip(emp["GeoName"], emp["GeoFips"], strict=False))
    fips["United States *"] = "00000"
    return fips


def build_us_gva(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """BEA GDP by state and industry, long."""
    fname = "us_states/bea_state_gva_2007_2019.csv"
    df = pd.read_csv(shared / fname)
    fips = _us_fips(shared)
    long = df.melt(id_vars=["GeoName", "LineCode", "Description"], var_name="year", value_name="value")
    out = pd.DataFrame(
        {
            "geo_fips": long["GeoName"].map(fips),
            "state_fips": long["GeoName"].map(fips).str[:2],
            "geo_name": long["GeoName"].str.replace(" *", "", regex=False),
            "line_code": long["LineCode"].astype("int32"),
            "description": long["Description"].str.strip(),
            "indent": (long["Description"].str.len() - long["Description"].str.lstrip().str.len()).astype(
                "int8"
            ),
            "year": long["year"].astype("int32"),
            "value": long["value"],
        }
    )
    if out["geo_fips"].isna().any():
        raise SystemExit("unmapped BEA area names")
    meta = {
        "title": {"zh": "美国分州分行业增加值（GDP）", "en": "US GDP (value added) by state and industry"},
        "description": (
            "BEA table SAGDP2N: GDP by state (52 areas: United States, 50 states, DC) and industry line, "
            "current dollars, 2007-2019. 2018-2019 only carry the top-level lines; other cells are null. "
            "The United States rows are not exactly the sum of the states for every line."
        ),
        "units": {"value": "US dollars, current prices"},
        "source": "U.S. Bureau of Economic Analysis SAGDP2N, via USEPA/stateior data/State_GVA_2007_2019.rda (commit 1afb82a)",
        "licence": "US government work, public domain (package MIT)",
        "original_files": [fname],
        "conversion": [
            "wide years melted to long (one row per area x line x year; empty source cells kept as null)",
            "FIPS codes added from the BEA employment file's GeoFips/GeoName pairs ('United States *' -> 00000); state_fips = first two digits",
            "description stripped of leading spaces; the indentation depth kept in `indent`",
        ],
    }
    return out, meta


def build_us_employment(
    shared: Path, prov: dict[str, tuple[str, str]]
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """BEA employment by state and industry line, long."""
    fname = "us_states/bea_state_employment_2009_2018.csv"
    df = pd.read_csv(shared / fname, dtype={"GeoFips": str})
    long = df.melt(id_vars=["GeoFips", "GeoName", "LineCode"], var_name="year", value_name="value")
    geo = long["GeoFips"].astype(int)
    out = pd.DataFrame(
        {
            "geo_fips": long["GeoFips"],
            "state_fips": long["GeoFips"].str[:2],
            "geo_name": long["GeoName"],
            "level": geo.map(lambda g: "country" if g == 0 else ("bea_region" if g >= 91000 else "state")),
            "line_code": long["LineCode"].astype("int32"),
            "year": long["year"].astype("int32"),
            "value": long["value"],
        }
    )
    meta = {
        "title": {"zh": "美国分州分行业就业人数", "en": "US employment by state and industry"},
        "description": (
            "BEA table SAEMP25N: full- and part-time employment by state and industry line code, 2009-2018; "
            "60 areas (United States, 50 states, DC, 8 BEA regions). About 6 % of cells are suppressed in the "
            "source and are null here. Line-code labels: dataset us-bea-linecodes."
        ),
        "units": {"value": "jobs (number of full- and part-time jobs)"},
        "source": "U.S. Bureau of Economic Analysis SAEMP25N, via USEPA/stateior data/State_Employment_2009_2018.rda (commit a2ac2b3)",
        "licence": "US government work, public domain (package MIT)",
        "original_files": [fname],
        "conversion": [
            "wide years melted to long; suppressed (empty) cells kept as null; level column added (country, state, bea_region)"
        ],
    }
    return out, meta


def build_us_linecodes(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Labels of the BEA employment line codes."""
    fname = "us_states/bea_employment_linecodes.csv"
    df = pd.read_csv(shared / fname)
    out = pd.DataFrame(
        {
            "line_code": df["LineCode"].astype("int32"),
            "description": df["Description"].str.strip(),
            "bea_summary_code": df["BEA_2012_Summary_Code"],
            "bea_summary_name": df["BEA_2012_Summary_Name"],
        }
    )
    meta = {
        "title": {"zh": "美国BEA就业统计行业代码", "en": "BEA employment line codes"},
        "description": "Labels of the BEA employment line codes and their BEA 2012 summary IO sector.",
        "units": {},
        "source": "USEPA/stateior inst/extdata/Crosswalk_StateEmploymenttoBEASummaryIO2012Schema.csv",
        "licence": "MIT",
        "original_files": [fname],
        "conversion": ["columns renamed to snake case; descriptions stripped of trailing spaces"],
    }
    return out, meta


def build_world_trade(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Exports by country and SITC2 product."""
    fname = "world_trade/world_trade_avg_1998_to_2000.csv.gz"
    df = pd.read_csv(shared / fname, dtype={"country": str, "product": str})
    out = pd.DataFrame(
        {
            "country": df["country"],
            "iso3": df["country"].str.upper(),
            "product": df["product"],
            "value": df["value"],
        }
    )
    meta = {
        "title": {
            "zh": "世界各国分产品出口额（1998-2000年均）",
            "en": "World exports by country and product, 1998-2000 average",
        },
        "description": "Exports by country (ISO3) x product (SITC rev.2, 4 digits), average of 1998-2000: 226 countries x 785 products.",
        "units": {"value": "US dollars at 2000 prices"},
        "source": "R package economiccomplexity 2.0 (pachadotdev), data/world_trade_avg_1998_to_2000.rda; from UN Comtrade via Open Trade Statistics",
        "licence": "Apache-2.0 (package)",
        "original_files": [fname],
        "conversion": [
            "product codes kept as 4-character text; upper-case iso3 column added next to the source's lower-case country"
        ],
    }
    return out, meta


def build_world_gdp(shared: Path, prov: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, dict[str, Any]]:
    """GDP per capita by country."""
    fname = "world_trade/world_gdp_avg_1998_to_2000.csv"
    df = pd.read_csv(shared / fname)
    out = pd.DataFrame({"country": df["country"], "iso3": df["country"].str.upper(), "value": df["value"]})
    meta = {
        "title": {
            "zh": "世界各国人均GDP（1998-2000年均）",
            "en": "GDP per capita by country, 1998-2000 average",
        },
        "description": "GDP per capita by country, average of 1998-2000, as shipped with the trade data above.",
        "units": {"value": "US dollars per person"},
        "source": "R package economiccomplexity 2.0 (pachadotdev), data/world_gdp_avg_1998_to_2000.rda",
        "licence": "Apache-2.0 (package)",
        "original_files": [fname],
        "conversion": ["upper-case iso3 column added"],
    }
    return out, meta


BUILDERS: dict[str, Builder] = {
    "cn-listed-firms": build_listed_firms,
    "cn-io2007-provincial": build_io2007_provincial,
    "cn-io2007-flows": build_io2007_flows,
    "cn-io-national-2017-42": _national_io("cn-io-national-2017-42", 2017, 42),
    "cn-io-national-2020-42": _national_io("cn-io-national-2020-42", 2020, 42),
    "cn-io-national-2020-153": _national_io("cn-io-national-2020-153", 2020, 153),
    "cn-hightech-operation": _high_tech("operation"),
    "cn-hightech-rd": _high_tech("rd"),
    "us-bea-gva": build_us_gva,
    "us-bea-employment": build_us_employment,
    "us-bea-linecodes": build_us_linecodes,
    "world-trade": build_world_trade,
    "world-gdp": build_world_gdp,
}


def build_geo(shared: Path) -> dict[str, Any]:
    """Copy the province GeoJSON, gzipped, unchanged."""
    src = shared / "china/geo/china_provinces.geojson"
    dest = OUT / "cn-province-geo.geojson.gz"
    with src.open("rb") as fin, gzip.GzipFile(dest, "wb", mtime=0) as fout:
        shutil.copyfileobj(fin, fout)
    features = json.loads(src.read_text(encoding="utf-8"))["features"]
    return {
        "name": "cn-province-geo",
        "file": dest.name,
        "format": "geojson.gz",
        "title": {"zh": "中国省级行政区边界（简化）", "en": "China province outlines (simplified)"},
        "description": (
            "Province outlines, 34 features incl. Hong Kong, Macao and Taiwan; properties `adcode` (GB/T 2260 "
            "six-digit code) and `name`; simplified, for display only."
        ),
        "units": {"coordinates": "degrees longitude/latitude (WGS84-like, as in ECharts)"},
        "source": "npm package echarts 4.9.0, map/json/china.json, decoded from ECharts' compressed coordinates into plain GeoJSON",
        "licence": "Apache-2.0",
        "original_files": ["china/geo/china_provinces.geojson"],
        "conversion": ["copied byte for byte and gzipped"],
        "rows": len(features),
        "columns": ["type", "properties.adcode", "properties.name", "geometry"],
    }


def write_readme(entries: list[dict[str, Any]]) -> None:
    """Write ``data/README.md``: a human-readable index of ``provenance.json``."""
    lines = [
        "# Embedded data",
        "",
        "Real public data, converted from `../shared/data` by `scripts/build_data.py` (do not edit by hand).",
        "Full provenance (description, units, conversion steps, columns): `provenance.json`;",
        "load with `indupath.datasets.load_dataset(name)`, list with `indupath datasets`.",
        "`examples/` holds two illustrative roadmap summaries written for indupath, with gold records.",
        "",
        "| name | file | rows | title | source | licence |",
        "|---|---|---|---|---|---|",
    ]
    for e in entries:
        lines.append(
            f"| `{e['name']}` | `{e['file']}` | {e['rows']:,} | {e['title']['en']} / {e['title']['zh']} "
            f"| {e['source']} | {e['licence']} |"
        )
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Build every dataset and write provenance.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    shared: Path = args.shared
    OUT.mkdir(parents=True, exist_ok=True)
    prov = province_lookup(shared)
    entries: list[dict[str, Any]] = []
    for name, builder in BUILDERS.items():
        frame, meta = builder(shared, prov)
        dest = OUT / f"{name}.parquet"
        frame.to_parquet(dest, compression="zstd", index=False)
        entry = {"name": name, "file": dest.name, "format": "parquet", **meta}
        entry["rows"] = len(frame)
        entry["columns"] = [str(c) for c in frame.columns]
        entries.append(entry)
        print(f"{name}: {len(frame)} rows -> {dest.name} ({dest.stat().st_size:,} bytes)")
    entries.append(build_geo(shared))
    (OUT / "provenance.json").write_text(
        json.dumps(
            {"shared_data": "../shared/data (see its README)", "datasets": entries},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    write_readme(entries)
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"embedded data: {total:,} bytes")


if __name__ == "__main__":
    main()
