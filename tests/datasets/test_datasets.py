"""The embedded datasets load, carry provenance, and agree with the source files.

Expected values come from verbatim extracts of the source CSVs in
``tests/data/datasets`` (see its README) and from counts taken on the source files
with the csv module, not with indupath.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from indupath import __version__
from indupath.datasets import (
    dataset_info,
    example_documents,
    example_gold,
    list_datasets,
    load_dataset,
    load_geojson,
)
from indupath.errors import NotFoundError

REF = Path(__file__).resolve().parents[1] / "data" / "datasets"

EXPECTED_ROWS = {
    "cn-listed-firms": 5524,
    "cn-io2007-provincial": 30 * 42,
    "cn-io2007-flows": 30 * 42 * 42,
    "cn-io-national-2017-42": 91,
    "cn-io-national-2020-42": 91,
    "cn-io-national-2020-153": 160,
    "cn-hightech-operation": 1248,
    "cn-hightech-rd": 3968,
    "us-bea-gva": 4736 * 13,
    "us-bea-employment": 7080 * 10,
    "us-bea-linecodes": 94,
    "world-trade": 124336,
    "world-gdp": 240,
}


def test_catalogue_names_every_promised_dataset() -> None:
    names = {d.name for d in list_datasets()}
    assert names == set(EXPECTED_ROWS) | {"cn-province-geo"}


@pytest.mark.parametrize("name", sorted(EXPECTED_ROWS))
def test_dataset_loads_with_rows_and_provenance(name: str) -> None:
    info = dataset_info(name)
    df = load_dataset(name)
    assert len(df) == EXPECTED_ROWS[name] == info.rows
    assert list(df.columns) == list(info.columns)
    assert df.attrs["name"] == name
    assert df.attrs["source"] == info.source and len(info.source) > 20
    assert df.attrs["licence"] == info.licence and info.licence
    assert isinstance(df.attrs["units"], dict)
    assert df.attrs["indupath_version"] == __version__
    assert info.title_zh and info.title_en and info.description
    assert info.original_files and info.conversion


def test_unknown_dataset_lists_known_names() -> None:
    with pytest.raises(NotFoundError) as exc:
        load_dataset("cn-gdp-2030")
    assert "cn-gdp-2030" in str(exc.value)
    assert "cn-listed-firms" in str(exc.value) and "world-trade" in str(exc.value)


def test_geojson_is_not_a_table_and_tables_are_not_geojson() -> None:
    with pytest.raises(NotFoundError, match="load_geojson"):
        load_dataset("cn-province-geo")
    with pytest.raises(NotFoundError, match="load_dataset"):
        load_geojson("world-trade")


def test_embedded_data_at_most_15_mb() -> None:
    root = resources.files("indupath").joinpath("data")
    total = 0
    stack = [root]
    while stack:
        entry = stack.pop()
        for child in entry.iterdir():
            if child.is_dir():
                stack.append(child)
            else:
                total += len(child.read_bytes())
    assert 1_000_000 < total <= 15 * 1024 * 1024


def test_provenance_json_has_every_required_field() -> None:
    raw = json.loads(resources.files("indupath").joinpath("data", "provenance.json").read_text("utf-8"))
    required = {
        "name",
        "title",
        "description",
        "units",
        "source",
        "licence",
        "original_files",
        "conversion",
        "rows",
        "columns",
    }
    for entry in raw["datasets"]:
        assert required <= set(entry), entry["name"]
        assert set(entry["title"]) == {"zh", "en"}


# --- figures checked against the source extracts --------------------------------------


def test_high_tech_operation_anhui_matches_source() -> None:
    src = pd.read_csv(REF / "high_tech_operation_anhui.csv")
    df = load_dataset("cn-hightech-operation")
    anhui = df[df["province_code"] == "340000"]
    assert set(anhui["province"]) == {"安徽"}
    merged = src.merge(
        anhui, left_on=["year", "chn_block4"], right_on=["year", "indicator"], how="outer", indicator=True
    )
    assert (merged["_merge"] == "both").all()
    np.testing.assert_allclose(merged["value_x"], merged["value_y"], rtol=0, atol=0)
    assert (merged["units"] == merged["unit"]).all()
    # two years of Anhui's high-tech main business revenue, as printed in the source (亿元)
    rev = anhui[anhui["indicator"] == "主营业务收入"].set_index("year")["value"]
    for year in (2016, 2023):
        expected = src[(src["year"] == year) & (src["chn_block4"] == "主营业务收入")]["value"].item()
        assert rev[year] == expected
    assert (anhui[anhui["indicator"] == "主营业务收入"]["unit"] == "亿元").all()
    assert dataset_info("cn-hightech-operation").units["主营业务收入"].startswith("亿元")


def test_high_tech_national_rows_have_no_province_code() -> None:
    df = load_dataset("cn-hightech-operation")
    national = df[df["province"] == "全国"]
    assert len(national) > 0
    assert national["province_code"].isna().all() and (national["level"] == "national").all()
    provinces = df[df["level"] == "province"]
    assert provinces["province_code"].str.fullmatch(r"\d{2}0000").all()
    assert provinces["province_code"].nunique() == 31


def test_high_tech_rd_anhui_2023_matches_source() -> None:
    src = pd.read_csv(REF / "high_tech_rd_anhui_2023.csv")
    df = load_dataset("cn-hightech-rd")
    got = df[(df["province_code"] == "340000") & (df["year"] == 2023)]
    assert sorted(zip(got["variable"], got["value"], strict=True)) == sorted(
        zip(src["variables"], src["value"], strict=True)
    )


def test_listed_firms_join_and_province_mapping() -> None:
    df = load_dataset("cn-listed-firms").set_index("code")
    basic = pd.read_csv(REF / "stock_basic_head30.csv", dtype=str)
    csrc = pd.read_csv(REF / "stock_industry_csrc_head30.csv", dtype=str)
    csrc_by_code = dict(zip(csrc["code"].str[3:], csrc["industry"], strict=True))
    for row in basic.itertuples():
        got = df.loc[row.symbol]
        assert got["name"] == row.name and got["market"] == row.market
        assert got["list_date"] == pd.Timestamp(row.list_date)
        assert got["csrc_code"] + got["csrc_name"] == csrc_by_code[row.symbol]
        if row.area == "深圳":
            assert got["province_code"] == "440000" and bool(got["area_is_city"])
    # 平安银行: Shenzhen -> Guangdong, CSRC J66 货币金融服务
    assert df.loc["000001", "province_code"] == "440000"
    assert df.loc["000001", "csrc_code"] == "J66"
    # counts over the whole source files (see tests/data/datasets/README.md)
    assert df["csrc_code"].notna().sum() == 5185
    assert (df["province_code"] == "440000").sum() == 895
    assert df["province_code"].isna().sum() == 5
    assert (df["csrc_code"] == "C39").sum() == 648
    anhui = df[df["province_code"] == "340000"]
    assert len(anhui) == 189 and (anhui["list_year"] < 2010).sum() == 55
    inner_mongolia = df[df["area"] == "内蒙"]
    assert len(inner_mongolia) > 0 and (inner_mongolia["province_code"] == "150000").all()
    assert df["csrc_code"].dropna().str.fullmatch(r"[A-S]\d{2}").all()


def test_provincial_io_2007_anhui_matches_source_and_balances() -> None:
    src = pd.read_csv(REF / "provincial_2007_anhui.csv")
    df = load_dataset("cn-io2007-provincial")
    anhui = df[df["province_code"] == "340000"].reset_index(drop=True)
    assert anhui["sector_code"].tolist() == [f"{i:02d}" for i in range(1, 43)]
    np.testing.assert_array_equal(anhui["value_added"], src["value_added"])
    np.testing.assert_array_equal(anhui["gross_output"], src["gross_output_rowsum"])
    # inputs + value added = total input (the source's own identity)
    np.testing.assert_allclose(
        anhui["intermediate_input"] + anhui["value_added"], anhui["total_input"], rtol=1e-9
    )
    assert df["province_code"].nunique() == 30 and "540000" not in set(df["province_code"])


def test_provincial_io_flows_sum_to_intermediate_input() -> None:
    flows = load_dataset("cn-io2007-flows")
    prov = load_dataset("cn-io2007-provincial")
    col_sums = flows.groupby(["province_code", "to_sector"])["value"].sum()
    ii = prov.set_index(["province_code", "sector_code"])["intermediate_input"]
    ii.index.names = col_sums.index.names
    np.testing.assert_allclose(col_sums.sort_index(), ii.sort_index(), rtol=1e-6)


def test_national_io_2020_42_value_added_rows() -> None:
    src = pd.read_csv(REF / "china_2020_42_va_rows.csv", dtype={"Code": str}).set_index("Code")
    df = load_dataset("cn-io-national-2020-42").set_index("Code")
    info = dataset_info("cn-io-national-2020-42")
    assert info.extra["value_added_rows"]["VA001"] == "compensation of employees"
    va = df[df["row_kind"] == "value_added_component"]
    assert va.index.tolist() == ["VA001", "VA002", "VA003", "VA004"]
    sectors = [f"{i:02d}" for i in range(1, 43)]
    np.testing.assert_array_equal(df.loc[src.index, sectors].to_numpy(), src[sectors].to_numpy())
    # the four components add up to total value added, sector by sector
    np.testing.assert_allclose(
        va[sectors].sum().to_numpy(), df.loc["TVA", sectors].to_numpy(dtype=float), rtol=1e-9
    )
    assert {"TIU", "EX", "TFU", "GO"} <= set(df.columns)
    assert set(df["Origin"].dropna()) == {"Domestic", "Imports", "TOT"}


def test_national_io_153_structure() -> None:
    df = load_dataset("cn-io-national-2020-153")
    assert (df["row_kind"] == "intermediate").sum() == 153
    assert df["Code"].tolist()[-7:] == ["TII", "VA001", "VA002", "VA003", "VA004", "TVA", "TI"]
    assert df.columns[-1] == "GO"


def test_bea_gva_us_total_matches_source() -> None:
    src = pd.read_csv(REF / "bea_gva_line1.csv")
    df = load_dataset("us-bea-gva")
    us = df[(df["geo_fips"] == "00000") & (df["line_code"] == 1)].set_index("year")["value"]
    expected = src[src["GeoName"] == "United States *"].iloc[0]
    assert us[2012] == expected["2012"] == 16197007000000.0
    ca = df[(df["state_fips"] == "06") & (df["line_code"] == 1)].set_index("year")["value"]
    assert ca[2019] == src[src["GeoName"] == "California"].iloc[0]["2019"]
    assert df["geo_fips"].nunique() == 52
    assert dataset_info("us-bea-gva").units["value"].startswith("US dollars")


def test_bea_employment_matches_source_and_keeps_suppressed_cells_null() -> None:
    src = pd.read_csv(REF / "bea_employment_line10.csv", dtype={"GeoFips": str})
    df = load_dataset("us-bea-employment")
    for row in src.itertuples(index=False):
        got = df[(df["geo_fips"] == row.GeoFips) & (df["line_code"] == 10)].set_index("year")["value"]
        assert got[2018] == row[-1] and got[2009] == row[3]
    share_null = df["value"].isna().mean()
    assert 0.03 < share_null < 0.09  # "about 6 % of cells suppressed"
    levels = df.drop_duplicates("geo_fips")["level"].value_counts().to_dict()
    assert levels == {"state": 51, "bea_region": 8, "country": 1}


def test_world_trade_values_match_source() -> None:
    src = pd.read_csv(REF / "world_trade_sample.csv", dtype={"product": str})
    df = load_dataset("world-trade")
    got = src.merge(df, on=["country", "product"], suffixes=("_src", ""))
    assert len(got) == len(src) == 9
    assert (got["value_src"] == got["value"]).all()
    assert df["iso3"].nunique() == 226 and df["product"].nunique() == 785
    assert df["product"].str.fullmatch(r"\d{4}").all()


def test_world_gdp_and_linecodes() -> None:
    gdp = load_dataset("world-gdp").set_index("iso3")["value"]
    assert gdp["ABW"] == 19185.0 and gdp["ALB"] == 1433.0
    lines = load_dataset("us-bea-linecodes").set_index("line_code")
    assert lines.loc[50, "description"] == "Farm employment" and lines.loc[50, "bea_summary_code"] == "111CA"


def test_geojson_features() -> None:
    geo = load_geojson("cn-province-geo")
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 34
    codes = {f["properties"]["adcode"] for f in geo["features"]}
    assert {"340000", "110000", "710000", "810000", "820000"} <= codes
    assert geo["provenance"]["licence"] == "Apache-2.0"


# --- example documents ------------------------------------------------------------------


def test_examples_are_labelled_and_sized() -> None:
    docs = dict(example_documents())
    assert set(docs) == {"en_provincial_roadmaps_2024.txt", "zh_provincial_roadmaps_2024.txt"}
    en = docs["en_provincial_roadmaps_2024.txt"]
    zh = docs["zh_provincial_roadmaps_2024.txt"]
    assert en.startswith("Illustrative summary written for indupath; facts from:")
    assert zh.startswith("为indupath编写的示例摘要；事实来源：")
    assert 250 <= len(en.split()) <= 400
    assert 400 <= len(zh) <= 900


@pytest.mark.parametrize("name", ["en_provincial_roadmaps_2024.txt", "zh_provincial_roadmaps_2024.txt"])
def test_example_gold_agrees_with_its_text(name: str) -> None:
    text = dict(example_documents())[name]
    gold = example_gold(name)
    assert gold["document"] == name
    anhui = [p for p in gold["priorities"] if p.get("region_code") == "340000"]
    assert len(anhui) == 7 and all(p["tier"] == "emerging" for p in anhui)
    liaoning = [p for p in gold["priorities"] if p.get("region_code") == "210000"]
    assert len(liaoning) == 9 and sum(p["tier"] == "future" for p in liaoning) == 4
    for p in gold["priorities"]:
        assert p["industry"] in text, p["industry"]
    for t in gold["targets"]:
        assert t["text"] in text and t["year"] == 2027
    values = sorted((t["unit"], t["value"], t["comparator"]) for t in gold["targets"])
    assert values == [("%", 20, ">="), ("CNY", 1e11, ">="), ("count", 40, "about")]
    for m in gold["measures"]:
        assert m["text"] in text


def test_example_gold_unknown_name() -> None:
    with pytest.raises(NotFoundError, match="known examples"):
        example_gold("nothing.txt")
