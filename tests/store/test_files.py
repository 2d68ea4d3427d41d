"""Reading real files: GBK detection, wide-to-long, Excel and Parquet, column mapping, the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from indupath.errors import InputError
from indupath.model import Region
from indupath.store import Store
from indupath.store.files import decode_text, parse_map, read_observation_file
from indupath.store.loading import load_files

from .conftest import STORE_DATA

HT = STORE_DATA / "high_tech_operation_2022_2023_gbk.csv"
BEA = STORE_DATA / "bea_gva_excerpt_wide.csv"
HT_OPTIONS = {
    "mapping": {"region_code": "province", "metric": "chn_block4"},
    "industry": "HT",
    "scheme": "NBS-HT",
}


def _check_high_tech(store: Store) -> None:
    obs = store.observations(scheme="NBS-HT")
    assert len(obs) == 24
    by_key = {(r.region_code, r.year, r.metric): (r.value, r.unit) for r in obs.itertuples()}
    # verbatim from the source rows: 安徽,2023,主营业务收入,6753.0,亿元 and 广东,2022,企业数,13121.0,个
    assert by_key[("340000", 2023, "主营业务收入")] == (6753.0 * 1e8, "CNY")
    assert by_key[("440000", 2022, "企业数")] == (13121.0, "count")
    assert by_key[("110000", 2022, "利润总额")] == (788.0 * 1e8, "CNY")
    assert set(obs["source"]) == {HT.name}


def test_gbk_file_is_detected_and_loads(store: Store, tmp_path: Path) -> None:
    path = tmp_path / HT.name
    shutil.copy(HT, path)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    [result] = load_files(store, [path], **HT_OPTIONS)
    assert result["encoding"] == "gb18030"
    assert (result["rows"], result["inserted"]) == (24, 24)
    _check_high_tech(store)


def test_gbk_file_loads_with_explicit_encoding(store: Store, tmp_path: Path) -> None:
    path = tmp_path / HT.name
    shutil.copy(HT, path)
    [result] = load_files(store, [path], encoding="gbk", **HT_OPTIONS)
    assert result["encoding"] == "gbk"
    _check_high_tech(store)


def test_utf8_bom_and_utf16_are_read() -> None:
    text = "地区代码,值\n340000,1\n"
    assert decode_text(b"\xef\xbb\xbf" + text.encode(), file="a.csv") == (text, "utf-8-sig")
    assert decode_text(text.encode("utf-16"), file="b.csv")[0] == text
    # too short for charset detection to be sure; the common-hanzi check accepts it as GBK
    assert decode_text(text.encode("gbk"), file="c.csv") == (text, "gb18030")
    with pytest.raises(InputError, match="neither UTF-8 nor GBK"):
        decode_text("地域,産業\n東京,製造業\n".encode("shift_jis"), file="d.csv")


def test_wide_table_becomes_long(tmp_path: Path) -> None:
    with Store.open(tmp_path / "us.duckdb") as store:
        store.insert_regions(
            [
                Region(code="01", scheme="FIPS", name_en="Alabama", level="state"),
                Region(code="02", scheme="FIPS", name_en="Alaska", level="state"),
            ]
        )
        [result] = load_files(
            store,
            [BEA],
            mapping=parse_map(["region=GeoName,industry=LineCode"]),
            metric="gva",
            unit="dollars",
            scheme="BEA",
        )
        assert result["layout"] == "wide"
        assert (result["rows"], result["skipped"]) == (2 * 3 * 13, 0)
        panel = store.panel("gva", "BEA")
        assert sorted(panel["year"].unique().tolist()) == list(range(2007, 2020))
        value = panel.query("region == '01' and industry == '11' and year == 2019")["value"].item()
        assert value == 8407799999.999999  # kept exactly as in the source: never rounded
        first = panel.query("region == '02' and industry == '1' and year == 2007")["value"].item()
        assert first == 48972600000.0


def test_wide_table_skips_blank_and_no_data_cells(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(
        "region,industry,metric,unit,2019年,2020年,Y2021\n"
        "340000,C39,employment,万人,1.5,,2\n"
        "430000,C39,employment,万人,3,4,-\n"
        "\n"
        "440000,C39,employment,万人,…,(D),7.25\n",
        encoding="utf-8",
    )
    obs = read_observation_file(path, scheme="X")
    assert obs.layout == "wide" and obs.skipped == 4
    with Store.open(tmp_path / "w.duckdb") as store:
        load_files(store, [path], scheme="X")
        got = store.observations()
        assert list(zip(got["region_code"], got["year"], got["value"], strict=True)) == [
            ("340000", 2019, 15000.0),
            ("340000", 2021, 20000.0),
            ("430000", 2019, 30000.0),
            ("430000", 2020, 40000.0),
            ("440000", 2021, 72500.0),
        ]
        assert set(got["unit"]) == {"persons"}


def test_wide_error_names_the_year_column_and_file_row(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(
        "region,industry,metric,unit,2019,2020\n\n340000,C39,gdp,万元,1,1.2万\n", encoding="utf-8"
    )
    with Store.open(tmp_path / "w.duckdb") as store, pytest.raises(InputError) as info:
        load_files(store, [path], scheme="X")
    assert (info.value.row, info.value.column, info.value.value) == (3, "2020", "1.2万")


def test_excel_and_parquet_load(store: Store, tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "地区代码": [340000, 430000],
            "行业代码": ["C39", "C39"],
            "年份": [2023, 2023],
            "指标": ["营业收入", "营业收入"],
            "数值": [1.5, 2.25],
            "单位": ["亿元", "万元"],
        }
    )
    xlsx = tmp_path / "t.xlsx"
    frame.to_excel(xlsx, index=False)
    pq = tmp_path / "t.parquet"
    frame.assign(年份=[2024, 2024]).to_parquet(pq, index=False)
    results = load_files(store, [xlsx, pq], scheme="GB/T 4754-2017")
    assert [r["rows"] for r in results] == [2, 2]
    got = store.observations(metric="营业收入")
    assert got["value"].tolist() == [1.5e8, 1.5e8, 22500.0, 22500.0]
    assert got["region_code"].tolist() == ["340000", "340000", "430000", "430000"]
    assert got["source"].tolist() == ["t.xlsx", "t.parquet", "t.xlsx", "t.parquet"]


def test_thousands_separators_and_year_suffix(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "region_code,industry_code,scheme,year,metric,value,unit\n"
        '340000,C39,GB/T 4754-2017,2023年,revenue,"1,208.5",万元\n',
        encoding="utf-8",
    )
    load_files(store, [path])
    assert store.observations(years=[2023])["value"].tolist() == [12_085_000.0]


def test_long_file_skip_missing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "region_code,industry_code,scheme,year,metric,value,unit\n"
        "340000,C39,GB/T 4754-2017,2023,revenue,-,万元\n"
        "430000,C39,GB/T 4754-2017,2023,revenue,5,万元\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_files(store, [path])
    assert (info.value.row, info.value.column) == (2, "value")
    [result] = load_files(store, [path], skip_missing=True)
    assert (result["rows"], result["skipped"]) == (1, 1)


def test_parse_map() -> None:
    assert parse_map(["value=VAL,region=prov", "year=年"]) == {
        "value": "VAL",
        "region_code": "prov",
        "year": "年",
    }
    with pytest.raises(InputError):
        parse_map(["colour=red"])
    with pytest.raises(InputError):
        parse_map(["value"])


def test_cli_load_info_export_audit(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from indupath.cli import main

    db = str(store.path)
    store.close()
    path = tmp_path / HT.name
    shutil.copy(HT, path)
    main(
        [
            "load",
            str(path),
            "--map",
            "region=province,metric=chn_block4",
            "--industry",
            "HT",
            "--scheme",
            "NBS-HT",
            "--source",
            "China Statistics Yearbook on High Technology Industry",
            "--db",
            db,
            "--json",
        ]
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary[0]["rows"] == 24
    main(["db", "info", "--db", db, "--json"])
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == 3 and info["tables"]["observations"] == 27 and info["size_bytes"] > 0
    out = tmp_path / "obs.parquet"
    main(["export", "observations", "--format", "parquet", "--out", str(out), "--db", db])
    assert len(pd.read_parquet(out)) == 27
    main(["db", "log", "--limit", "1", "--json", "--db", db])
    entry = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert entry["source"] == "China Statistics Yearbook on High Technology Industry"
    assert entry["user"] == "cli" and entry["file"] == str(path)


def test_gzipped_csv_loads(store: Store, tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "ht.csv.gz"
    path.write_bytes(gzip.compress(HT.read_bytes()))
    [result] = load_files(store, [path], **HT_OPTIONS)
    assert (result["rows"], result["encoding"]) == (24, "gb18030")
    got = store.observations(metric="主营业务收入", region_codes=["340000"], years=[2023])
    assert got["value"].tolist() == [6753.0 * 1e8] and got["source"].tolist() == ["ht.csv.gz"]
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(gzip.compress(HT.read_bytes())[:-20])
    with pytest.raises(InputError, match="decompress"):
        load_files(store, [broken], **HT_OPTIONS)
