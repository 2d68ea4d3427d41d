"""Panel building on DuckDB through Ibis: hand-computed cases, pandas references, roll-up, concordance, bad records."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from indupath.errors import ConfigError, InputError
from indupath.store import panels
from indupath.store.engines import connect, from_pandas
from indupath.synthetic import write_synthetic_firms

from .panel_reference import (
    DATA,
    as_cells,
    assert_cells_equal,
    pandas_firm_year_reference,
    with_gaps_and_duplicates,
)


@pytest.fixture(scope="module")
def duck():  # type: ignore[no-untyped-def]
    return connect("duckdb")


def _build(con, df: pd.DataFrame, **kw):  # type: ignore[no-untyped-def]
    return panels.build_panel(from_pandas(con, df, name=f"t{abs(hash(tuple(df.columns))) % 10**8}"), **kw)


# ---------------------------------------------------------------- hand-computed cases

FIRM_YEARS = pd.DataFrame(
    [
        ("f1", "110101", "39", 2010, 10.0),
        ("f1", "110101", "39", 2011, 20.0),
        ("f1", "110101", "39", 2012, 30.0),
        ("f2", "110102", "3911", 2011, 5.0),  # GB/T 4754 class -> division 39
        ("f2", "110102", "3911", 2012, 5.0),
        ("f3", "320102", "27", 2010, 7.0),
        ("f4", "320102", "C27", 2012, 1.0),  # CSRC 2012 code -> division 27
    ],
    columns=["firm_id", "region_code", "industry_code", "year", "employment"],
)


def test_firm_year_panel_matches_hand_computation(duck) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, FIRM_YEARS, region_level="province")
    got = as_cells(res.observations)
    want = {
        ("110000", "39", 2010, "firms_active"): 1, ("110000", "39", 2011, "firms_active"): 2,
        ("110000", "39", 2012, "firms_active"): 2,
        ("110000", "39", 2010, "employment"): 10, ("110000", "39", 2011, "employment"): 25,
        ("110000", "39", 2012, "employment"): 35,
        ("110000", "39", 2011, "firm_entries"): 1,  # f2; 2010 is censored
        ("320000", "27", 2010, "firms_active"): 1, ("320000", "27", 2012, "firms_active"): 1,
        ("320000", "27", 2010, "employment"): 7, ("320000", "27", 2012, "employment"): 1,
        ("320000", "27", 2012, "firm_entries"): 1,  # f4
        ("320000", "27", 2011, "firm_exits"): 1,  # f3's last year 2010
    }
    assert_cells_equal(got, {k: float(v) for k, v in want.items()})
    assert res.report.bad_records == 0 and res.report.total_records == 7
    assert set(res.observations["unit"]) == {"enterprises", "persons"}
    assert res.parameters["mode"] == "firm-year" and res.engine == "duckdb"
    assert res.version and "Ibis" in res.method


def test_spell_panel_counts_active_at_year_end(duck) -> None:  # type: ignore[no-untyped-def]
    spells = pd.DataFrame(
        {
            "firm_id": ["s1", "s2", "s3"],
            "region_code": ["440305", "440306", "440307"],
            "industry_code": ["C39", "C39", "39"],
            "start_date": [dt.date(2015, 3, 1), dt.date(2016, 1, 1), dt.date(2016, 5, 5)],
            "end_date": [None, dt.date(2018, 6, 30), dt.date(2016, 12, 31)],
        }
    )
    res = _build(duck, spells, region_level="province", years=(2015, 2020))
    got = as_cells(res.observations)
    active = {2015: 1, 2016: 2, 2017: 2, 2018: 1, 2019: 1, 2020: 1}
    want = {("440000", "39", y, "firms_active"): float(n) for y, n in active.items()}
    want |= {("440000", "39", 2015, "firm_entries"): 1.0, ("440000", "39", 2016, "firm_entries"): 2.0}
    want |= {("440000", "39", 2016, "firm_exits"): 1.0, ("440000", "39", 2018, "firm_exits"): 1.0}
    assert_cells_equal(got, want)
    # stock-flow identity: active(t) = active(t-1) + entries(t) - exits(t)
    for y in range(2016, 2021):
        flow = got.get(("440000", "39", y, "firm_entries"), 0) - got.get(("440000", "39", y, "firm_exits"), 0)
        assert active[y] == active[y - 1] + flow


def test_dates_as_yyyymmdd_integers_and_strings_agree(duck) -> None:  # type: ignore[no-untyped-def]
    base = {"firm_id": ["a", "b"], "region_code": ["110000", "110000"], "industry_code": ["C39", "C39"]}
    as_int = pd.DataFrame(base | {"start_date": [20100405, 20120101], "end_date": [20130301, None]})
    as_str = pd.DataFrame(base | {"start_date": ["2010-04-05", "2012/01/01"], "end_date": ["2013-03-01", ""]})
    a = _build(duck, as_int, years=(2009, 2014)).observations
    b = _build(duck, as_str.astype({"end_date": object}), years=(2009, 2014)).observations
    assert_cells_equal(as_cells(a), as_cells(b))
    assert as_cells(a)[("110000", "39", 2012, "firms_active")] == 2.0
    assert as_cells(a)[("110000", "39", 2013, "firm_exits")] == 1.0


# ---------------------------------------------------------------- real data: the listed firms


def _listed_reference() -> tuple[pd.DataFrame, dict[tuple[str, str, int, str], float]]:
    """Province x CSRC-division counts of listed firms, rebuilt from the raw CSV copies with pandas."""
    basic = pd.read_csv(DATA / "stock_basic_2026-05.csv", dtype=str)
    csrc = pd.read_csv(DATA / "stock_industry_csrc_2026-03.csv", dtype=str)
    provinces = pd.read_csv(DATA / "provinces.csv", dtype=str)
    csrc["symbol"] = csrc["code"].str.split(".").str[1]
    csrc["csrc"] = csrc["industry"].fillna("").str.extract(r"^([A-Z]\d{2})", expand=False)
    df = basic.merge(csrc[["symbol", "csrc"]], on="symbol", how="left")

    def province(area: object) -> str | None:
        if not isinstance(area, str):
            return None
        if area == "深圳":
            return "440000"
        hits = [c for c, n in zip(provinces["code"], provinces["name"], strict=True) if n.startswith(area)]
        return hits[0] + "0000" if len(hits) == 1 else None

    df["prov"] = df["area"].map(province)
    df["year"] = df["list_date"].str[:4].astype(int)
    ok = df[df["prov"].notna() & df["csrc"].notna()]
    cells: dict[tuple[str, str, int, str], float] = {}
    for y in range(2000, 2026):
        for (p, c), n in ok[ok["year"] <= y].groupby(["prov", "csrc"]).size().items():
            cells[(p, c[1:], y, "firms_active")] = float(n)
        for (p, c), n in ok[ok["year"] == y].groupby(["prov", "csrc"]).size().items():
            cells[(p, c[1:], y, "firm_entries")] = float(n)
    return df, cells


def test_listed_firms_panel_matches_raw_files(duck) -> None:  # type: ignore[no-untyped-def]
    from indupath.datasets import load_dataset

    raw, want = _listed_reference()
    res = panels.build_panel(
        from_pandas(duck, panels.listed_firm_records(load_dataset("cn-listed-firms")), name="listed"),
        region_level="province",
        years=(2000, 2025),
    )
    assert_cells_equal(as_cells(res.observations), want, rel=0)
    # every firm is either in the panel or in the report
    assert res.report.total_records == len(raw) == 5524
    assert res.report.count("unknown_region") == int(raw["prov"].isna().sum()) == 5
    no_industry = int((raw["prov"].notna() & raw["csrc"].isna()).sum())
    assert res.report.count("unknown_industry") == no_industry
    shenzhen_and_guangdong = want[("440000", "39", 2025, "firms_active")]
    assert shenzhen_and_guangdong > 100  # electronics in Guangdong incl. Shenzhen


# ---------------------------------------------------------------- synthetic data vs an independent pandas computation


@pytest.fixture(scope="module")
def synth_small(tmp_path_factory) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("synth") / "firms.parquet"
    write_synthetic_firms(path, rows=12_000, seed=11, chunk_rows=5_000)
    return pd.read_parquet(path).assign(
        region_code=lambda d: d["region_code"].astype(str), industry_code=lambda d: d["industry_code"].astype(str)
    )


@pytest.mark.parametrize("level", ["province", "prefecture", "county"])
def test_synthetic_panel_matches_pandas_reference(duck, synth_small, level) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, synth_small, region_level=level)
    assert res.report.bad_records == 0
    assert_cells_equal(as_cells(res.observations), pandas_firm_year_reference(synth_small, level=level))


def test_roll_up_county_to_prefecture_to_province(duck, synth_small) -> None:  # type: ignore[no-untyped-def]
    county = _build(duck, synth_small, region_level="county").observations
    prefecture = _build(duck, synth_small, region_level="prefecture").observations
    province = _build(duck, synth_small, region_level="province").observations
    keys = ["industry_code", "year", "metric"]
    for upper, width in ((prefecture, 4), (province, 2)):
        rolled = county.assign(region_code=county["region_code"].str[:width].str.ljust(6, "0"))
        rolled = rolled.groupby(["region_code", *keys], as_index=False)["value"].sum()
        assert_cells_equal(as_cells(upper), as_cells(rolled))
    assert set(prefecture["region_code"].str[4:]) == {"00"}
    assert set(province["region_code"].str[2:]) == {"0000"}


def test_zone_and_short_codes_roll_up_through_their_parents(duck) -> None:  # type: ignore[no-untyped-def]
    df = pd.DataFrame(
        {
            "firm_id": ["z", "p", "c"],
            "region_code": ["Z-430181-01", "43", "430181"],  # Liuyang ETDZ sits in Liuyang (430181), Hunan
            "industry_code": ["39", "39", "39"],
            "year": [2020, 2020, 2020],
        }
    )
    prov = as_cells(_build(duck, df, region_level="province").observations)
    assert prov == {("430000", "39", 2020, "firms_active"): 3.0}
    pref = _build(duck, df, region_level="prefecture")
    assert as_cells(pref.observations) == {("430100", "39", 2020, "firms_active"): 2.0}
    assert pref.report.as_dict()["region_above_level"] == 1


# ---------------------------------------------------------------- concordance with weights


def test_concordance_weights_split_values_and_counts(duck) -> None:  # type: ignore[no-untyped-def]
    # A hand-made test concordance (not a published one): C39 splits 0.6/0.4, C27 maps whole.
    conc = pd.DataFrame(
        {"from_code": ["C39", "C39", "C27"], "to_code": ["S1", "S2", "S3"], "weight": [0.6, 0.4, 1.0]}
    )
    df = pd.DataFrame(
        {
            "firm_id": ["a", "b", "c", "d"],
            "region_code": ["110101", "110101", "110101", "110101"],
            "industry_code": ["C39", "c39 ", "C27", "C13"],
            "year": [2020, 2020, 2020, 2020],
            "revenue": [100.0, 50.0, 10.0, 1.0],
        }
    )
    res = _build(duck, df, scheme="TEST-SCHEME", concordance=conc)
    got = as_cells(res.observations)
    assert got[("110000", "S1", 2020, "firms_active")] == pytest.approx(1.2)
    assert got[("110000", "S2", 2020, "firms_active")] == pytest.approx(0.8)
    assert got[("110000", "S1", 2020, "revenue")] == pytest.approx(90.0)
    assert got[("110000", "S2", 2020, "revenue")] == pytest.approx(60.0)
    assert got[("110000", "S3", 2020, "revenue")] == pytest.approx(10.0)
    assert res.report.count("unknown_industry") == 1  # C13 is not in the concordance
    assert res.parameters["concordance_weighted"] is True
    assert all(panels.WEIGHTED_NOTE in s for s in res.observations["source"])
    assert set(res.observations["scheme"]) == {"TEST-SCHEME"}
    # weights summing to one preserve totals
    assert res.observations.query("metric == 'revenue'")["value"].sum() == pytest.approx(160.0)


def test_builtin_concordance_checks_csrc_letters() -> None:
    conc = panels.builtin_concordance(["C39", "B39", "3911", "98", "A01", "zz"])
    assert dict(zip(conc["from_code"], conc["to_code"], strict=True)) == {"C39": "39", "3911": "39", "A01": "01"}
    to_csrc = panels.builtin_concordance(["39", "01"], "CSRC")
    assert list(to_csrc["to_code"]) == ["C39", "A01"]
    with pytest.raises(ConfigError, match="no built-in concordance"):
        panels.builtin_concordance(["39"], "IO42")


# ---------------------------------------------------------------- bad records


def test_bad_records_counted_by_kind_and_left_out(duck) -> None:  # type: ignore[no-untyped-def]
    rows = [
        # good
        ("g1", "110101", "39", 2020, 1.0),
        ("g2", "110101", "39", 2021, 2.0),
        ("g3", "320102", "C27", 2021, 3.0),
        # missing firm id (one also negative: counted once, under its first problem)
        (None, "110101", "39", 2020, 1.0),
        ("", "110101", "39", 2020, -1.0),
        # missing year
        ("m1", "110101", "39", None, 1.0),
        ("m2", "110101", "39", None, 1.0),
        ("m3", "110101", "39", None, 1.0),
        # negative value
        ("n1", "110101", "39", 2020, -5.0),
        # unknown region (a code that does not exist; a missing one)
        ("r1", "999999", "39", 2020, 1.0),
        ("r2", None, "39", 2020, 1.0),
        # region coarser than the level asked (prefecture)
        ("a1", "110000", "39", 2020, 1.0),
        # unknown industry (no such code; a CSRC letter that does not fit the division)
        ("i1", "110101", "ZZ", 2020, 1.0),
        ("i2", "110101", "B39", 2020, 1.0),
        ("i3", "110101", None, 2020, 1.0),
    ]
    df = pd.DataFrame(rows, columns=["firm_id", "region_code", "industry_code", "year", "employment"])
    df["year"] = df["year"].astype("Int64")
    res = _build(duck, df, region_level="prefecture")
    assert res.report.as_dict() == {
        "missing_firm_id": 2,
        "missing_year": 3,
        "bad_year": 0,
        "end_before_start": 0,
        "bad_value": 0,
        "negative_value": 1,
        "unknown_region": 2,
        "region_above_level": 1,
        "unknown_industry": 3,
        "duplicate": 0,
    }
    assert res.report.total_records == len(df) and res.report.bad_records == len(df) - 3
    table = res.report.table.set_index("kind")
    assert set(table.loc["unknown_region", "examples"]) == {"999999", "<missing>"}
    assert {e["firm_id"] for e in table.loc["missing_year", "examples"]} == {"m1", "m2", "m3"}
    got = as_cells(res.observations)
    assert sum(v for k, v in got.items() if k[3] == "firms_active") == 3.0
    assert got[("110100", "39", 2021, "employment")] == 2.0


def test_end_before_start_is_a_bad_record(duck) -> None:  # type: ignore[no-untyped-def]
    df = pd.DataFrame(
        {
            "firm_id": ["ok", "e1", "e2"],
            "region_code": ["110101"] * 3,
            "industry_code": ["39"] * 3,
            "start_date": ["2010-01-01", "2012-05-01", "2015-06-01"],
            "end_date": ["2014-01-01", "2010-01-01", "2015-02-01"],  # e2: earlier in the same year
        }
    )
    res = _build(duck, df, years=(2010, 2015))
    assert res.report.as_dict()["end_before_start"] == 2
    assert as_cells(res.observations)[("110000", "39", 2012, "firms_active")] == 1.0


def test_no_usable_records_raises_with_the_report(duck) -> None:  # type: ignore[no-untyped-def]
    df = pd.DataFrame({"firm_id": ["a"], "region_code": ["999999"], "industry_code": ["39"], "year": [2020]})
    with pytest.raises(InputError, match="unknown_region"):
        _build(duck, df)


def test_missing_columns_and_bad_level_are_reported(duck) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="start_date"):
        _build(duck, pd.DataFrame({"firm_id": ["a"], "region_code": ["110000"], "industry_code": ["39"]}))
    with pytest.raises(ConfigError, match="region level"):
        _build(duck, FIRM_YEARS, region_level="town")


# ---------------------------------------------------------------- input formats


def test_parquet_partitioned_single_and_csv_inputs_agree(tmp_path) -> None:
    single = tmp_path / "one.parquet"
    folder = tmp_path / "parts"
    write_synthetic_firms(single, rows=8_000, seed=5, chunk_rows=3_000)
    write_synthetic_firms(folder, rows=8_000, seed=5, chunk_rows=3_000, partition="year")
    assert any(p.name.startswith("year=") for p in folder.iterdir())
    csv = tmp_path / "firms.csv"
    pd.read_parquet(single).to_csv(csv, index=False)
    a = panels.build_panel_from(single)
    b = panels.build_panel_from(folder)
    c = panels.build_panel_from(csv, columns={"firm_id": "firm_id"})
    assert a.synthetic and b.synthetic and not c.synthetic
    assert "synthetic" in a.source
    assert a.report.total_records == b.report.total_records == c.report.total_records == 8_000
    assert_cells_equal(as_cells(b.observations), as_cells(a.observations))
    assert_cells_equal(as_cells(c.observations), as_cells(a.observations))


def test_column_mapping(duck) -> None:  # type: ignore[no-untyped-def]
    renamed = FIRM_YEARS.rename(columns={"firm_id": "cid", "region_code": "county", "year": "yr"})
    res = _build(duck, renamed, columns={"firm_id": "cid", "region_code": "county", "year": "yr"})
    assert_cells_equal(as_cells(res.observations), as_cells(_build(duck, FIRM_YEARS).observations))


def test_normalize_scheme() -> None:
    assert panels.normalize_scheme("GB/T4754") == panels.GBT4754
    assert panels.normalize_scheme(" gb/t 4754-2017 ") == panels.GBT4754
    assert panels.normalize_scheme("csrc") == panels.CSRC2012
    assert re.fullmatch(r"IO42", panels.normalize_scheme("IO42"))


def test_io42_output_goes_through_the_taxonomy_concordance(duck) -> None:  # type: ignore[no-untyped-def]
    # NBS 42-sector input-output classification: 12 = chemical products (incl. GB/T division 27,
    # pharmaceuticals), 20 = communication equipment, computers and other electronic equipment (39).
    res = _build(duck, FIRM_YEARS, scheme="IO42")
    got = as_cells(res.observations)
    assert got[("110000", "20", 2011, "firms_active")] == 2.0
    assert got[("320000", "12", 2011, "firm_exits")] == 1.0
    assert set(res.observations["scheme"]) == {"IO42"}
    assert "taxonomy" in res.parameters["concordance"]


# ---------------------------------------------------------------- gaps, duplicates, unreadable years
# Hand cases shared with the Spark tests (test_panels_spark.py), which must give the same panels.

GAPS = pd.DataFrame(
    [
        ("g1", "110101", "39", 2018, 10.0),
        ("g1", "110101", "39", 2020, 12.0),  # no 2019: exits in 2019, re-enters in 2020
        ("g1", "110101", "39", 2021, 13.0),
        ("g2", "110102", "39", 2018, 5.0),
        ("g2", "110102", "39", 2019, 5.0),  # last record: exits in 2020
        ("g3", "320102", "27", 2019, 1.0),  # enters 2019; no 2020: exits in 2020 (from Jiangsu, 27)
        ("g3", "440305", "39", 2021, 2.0),  # re-enters in 2021 in Guangdong, 39
        ("g4", "320102", "27", 2021, 3.0),  # enters in the last data year; no exit after it (censored)
    ],
    columns=["firm_id", "region_code", "industry_code", "year", "employment"],
)
# Data years 2018-2021. By hand, province level:
#   110000/39: 2018 active g1 g2 = 2 (no entries: first data year), employment 15
#              2019 active g2 = 1, employment 5; exit g1 (its 2018 record, none in 2019) = 1
#              2020 active g1 = 1, employment 12; entry g1 (re-entry) = 1; exit g2 (2019 was its last) = 1
#              2021 active g1 = 1, employment 13 (no exit after 2021: censored)
#   320000/27: 2019 active g3, entry g3, employment 1; 2020 exit g3; 2021 active g4, entry g4, employment 3
#   440000/39: 2021 active g3, entry g3 (re-entry elsewhere), employment 2
# Totals: active 2, 2, 1, 3; entries -, 1, 1, 2; exits -, 1, 2, 0 -> active(t) = active(t-1) + entries - exits.
GAPS_PANEL = {
    ("110000", "39", 2018, "firms_active"): 2.0, ("110000", "39", 2018, "employment"): 15.0,
    ("110000", "39", 2019, "firms_active"): 1.0, ("110000", "39", 2019, "employment"): 5.0,
    ("110000", "39", 2019, "firm_exits"): 1.0,
    ("110000", "39", 2020, "firms_active"): 1.0, ("110000", "39", 2020, "employment"): 12.0,
    ("110000", "39", 2020, "firm_entries"): 1.0, ("110000", "39", 2020, "firm_exits"): 1.0,
    ("110000", "39", 2021, "firms_active"): 1.0, ("110000", "39", 2021, "employment"): 13.0,
    ("320000", "27", 2019, "firms_active"): 1.0, ("320000", "27", 2019, "firm_entries"): 1.0,
    ("320000", "27", 2019, "employment"): 1.0, ("320000", "27", 2020, "firm_exits"): 1.0,
    ("320000", "27", 2021, "firms_active"): 1.0, ("320000", "27", 2021, "firm_entries"): 1.0,
    ("320000", "27", 2021, "employment"): 3.0,
    ("440000", "39", 2021, "firms_active"): 1.0, ("440000", "39", 2021, "firm_entries"): 1.0,
    ("440000", "39", 2021, "employment"): 2.0,
}

DUPLICATES = pd.DataFrame(
    [
        ("d1", "110101", "39", 2020, 10.0),
        ("d1", "110101", "39", 2020, 10.0),  # exact copy: 1 duplicate
        ("d2", "110105", "39", 2020, 4.0),  # three records of d2 in 2020: 2 duplicates;
        ("d2", "110102", "39", 2020, 9.0),  # kept: region 110102 sorts before 110105, then largest employment (9)
        ("d2", "110102", "39", 2020, 7.0),
        ("d3", "320102", "27", 2020, None),  # missing employment sorts last: 1 duplicate,
        ("d3", "320102", "27", 2020, 2.0),  # this one kept
        ("d3", "320102", "27", 2021, 3.0),
        ("d4", "999999", "39", 2020, 1.0),  # unknown region: a bad record, not a duplicate of the next
        ("d4", "110101", "39", 2020, 1.0),
    ],
    columns=["firm_id", "region_code", "industry_code", "year", "employment"],
)
# Data years 2020-2021, county level. Kept: d1 (110101), d2 (110102, 9), d3 2020 (2.0), d3 2021, d4 (110101).
#   110101/39/2020: active d1 d4 = 2, employment 10 + 1 = 11; 2021: exits d1 d4 = 2
#   110102/39/2020: active d2 = 1, employment 9; 2021: exit d2 = 1 (from the kept record's county)
#   320102/27/2020: active 1, employment 2; 2021: active 1, employment 3 (no entry: present in 2020)
# No entries (2020 is the first data year). Report: duplicate 1 + 2 + 1 = 4, unknown_region 1; 10 records.
DUPLICATES_PANEL = {
    ("110101", "39", 2020, "firms_active"): 2.0, ("110101", "39", 2020, "employment"): 11.0,
    ("110101", "39", 2021, "firm_exits"): 2.0,
    ("110102", "39", 2020, "firms_active"): 1.0, ("110102", "39", 2020, "employment"): 9.0,
    ("110102", "39", 2021, "firm_exits"): 1.0,
    ("320102", "27", 2020, "firms_active"): 1.0, ("320102", "27", 2020, "employment"): 2.0,
    ("320102", "27", 2021, "firms_active"): 1.0, ("320102", "27", 2021, "employment"): 3.0,
}

BAD_YEAR_CSV = """firm_id,region_code,industry_code,year,employment
f1,110101,39,2019,1
f1,110101,39,20x0,2
f2,110101,39,２０２０,3
f3,110101,39,2020.0,4
f4,110101,39,2019.5,5
f5,110101,39,,6
f6,110101,39,19,7
f7,110101,39,2020年,8
f8,110101,39,2020,n/a
"""
# Read: f1 2019; f2, f3, f7 2020 (full-width digits, '.0' and 年 are read). Bad: 20x0, 2019.5, 19 (bad_year 3),
# empty (missing_year 1), employment 'n/a' (bad_value 1). Data years 2019-2020. Province level:
#   110000/39/2019: active f1 = 1, employment 1
#   110000/39/2020: active f2 f3 f7 = 3, employment 3 + 4 + 8 = 15, entries 3;
#                   exit f1 = 1 (its 2020 record is unreadable, so the usable records end in 2019)
BAD_YEAR_PANEL = {
    ("110000", "39", 2019, "firms_active"): 1.0, ("110000", "39", 2019, "employment"): 1.0,
    ("110000", "39", 2020, "firms_active"): 3.0, ("110000", "39", 2020, "employment"): 15.0,
    ("110000", "39", 2020, "firm_entries"): 3.0, ("110000", "39", 2020, "firm_exits"): 1.0,
}

BAD_SPELLS = pd.DataFrame(
    {
        "firm_id": ["s1", "s1", "s2", "s3", "s4"],
        "region_code": ["110101"] * 5,
        "industry_code": ["39"] * 5,
        "start_date": ["2015-03-01", "2015/3/1", "2016-01-01", "sometime", "2016年5月5日"],
        "end_date": [None, "2017-06-30", "2018-13", None, "2017-12-31"],
    }
)
# s1 twice with the same start (written two ways): 1 duplicate, the open-ended one kept (no end sorts as latest).
# s2: end '2018-13' is not a date -> bad_year (not "still active"); s3: start 'sometime' -> bad_year.
# Years 2015-2018, active at year end: 2015 s1 = 1; 2016 s1 s4 = 2; 2017 s1 = 1 (s4 ended in 2017); 2018 s1 = 1.
# Entries 2015: 1, 2016: 1; exits 2017: 1.
BAD_SPELLS_PANEL = {
    ("110000", "39", 2015, "firms_active"): 1.0, ("110000", "39", 2016, "firms_active"): 2.0,
    ("110000", "39", 2017, "firms_active"): 1.0, ("110000", "39", 2018, "firms_active"): 1.0,
    ("110000", "39", 2015, "firm_entries"): 1.0, ("110000", "39", 2016, "firm_entries"): 1.0,
    ("110000", "39", 2017, "firm_exits"): 1.0,
}


def test_gap_years_are_an_exit_and_a_re_entry(duck) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, GAPS, region_level="province")
    got = as_cells(res.observations)
    assert_cells_equal(got, GAPS_PANEL, rel=0)
    assert res.report.bad_records == 0 and res.report.total_records == 8
    # the stock-flow identity holds on the totals
    total = {(y, m): sum(v for k, v in got.items() if k[2] == y and k[3] == m) for y in range(2018, 2022)
             for m in panels.COUNT_METRICS}
    for y in range(2019, 2022):
        assert total[(y, "firms_active")] == (
            total[(y - 1, "firms_active")] + total[(y, "firm_entries")] - total[(y, "firm_exits")]
        )
    assert any("gap" in n for n in res.notes)


def test_gap_censoring_follows_the_data_years_not_the_window(duck) -> None:  # type: ignore[no-untyped-def]
    # Asking for 2019-2020 only: 2019 is not the first data year, so g3's entry in 2019 still counts.
    got = as_cells(_build(duck, GAPS, region_level="province", years=(2019, 2020)).observations)
    want = {k: v for k, v in GAPS_PANEL.items() if k[2] in (2019, 2020)}
    assert_cells_equal(got, want, rel=0)


def test_duplicate_firm_years_are_counted_and_one_kept(duck) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, DUPLICATES, region_level="county")
    assert_cells_equal(as_cells(res.observations), DUPLICATES_PANEL, rel=0)
    assert res.report.count("duplicate") == 4
    assert res.report.count("unknown_region") == 1
    assert res.report.total_records == 10 and res.report.bad_records == 5
    table = res.report.table.set_index("kind")
    assert table.loc["duplicate", "examples"] == [
        {"firm_id": "d1", "year": 2020, "records": 2},
        {"firm_id": "d2", "year": 2020, "records": 3},
        {"firm_id": "d3", "year": 2020, "records": 2},
    ]
    assert "largest employment" in res.parameters["duplicates"]


def test_duplicate_rule_does_not_depend_on_input_order(duck) -> None:  # type: ignore[no-untyped-def]
    a = _build(duck, DUPLICATES, region_level="county")
    for seed in (1, 2, 3):
        shuffled = DUPLICATES.sample(frac=1.0, random_state=seed).reset_index(drop=True)
        b = _build(duck, shuffled, region_level="county")
        assert_cells_equal(as_cells(b.observations), as_cells(a.observations), rel=0)
        assert b.report.as_dict() == a.report.as_dict()


# Duplicate examples are looked for only among firms up to the third least firm id that is the
# least with duplicates in some panel cell. Here A and B share cells (B is never the least of one),
# C and D have cells of their own: the cell minima are A, A, C, D, so the bound is D; the first
# three duplicate keys are (A, 2019), (A, 2020), (B, 2019). The ids are above 2**53, where
# neighbours are one float apart: the bound must stay an exact integer.
_BIG = 2**60
DUPLICATE_EXAMPLES = pd.DataFrame(
    [
        (_BIG + 1, "110101", "39", 2019), (_BIG + 1, "110101", "39", 2019),
        (_BIG + 1, "110101", "39", 2020), (_BIG + 1, "110101", "39", 2020),
        (_BIG + 2, "110101", "39", 2019), (_BIG + 2, "110101", "39", 2019),
        (_BIG + 2, "110101", "39", 2020),
        (_BIG + 3, "320102", "27", 2019), (_BIG + 3, "320102", "27", 2019),
        (_BIG + 4, "440103", "39", 2019), (_BIG + 4, "440103", "39", 2019), (_BIG + 4, "440103", "39", 2019),
        (_BIG + 5, "110101", "39", 2019),
    ],
    columns=["firm_id", "region_code", "industry_code", "year"],
).astype({"firm_id": "int64", "year": "int64"})


def test_duplicate_examples_are_the_first_three_keys_even_when_hidden_in_a_cell(duck) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, DUPLICATE_EXAMPLES, region_level="county")
    assert res.report.as_dict() == {k: 0 for k in panels.BAD_KINDS} | {"duplicate": 1 + 1 + 1 + 1 + 2}
    assert res.report.table.set_index("kind").loc["duplicate", "examples"] == [
        {"firm_id": _BIG + 1, "year": 2019, "records": 2},
        {"firm_id": _BIG + 1, "year": 2020, "records": 2},
        {"firm_id": _BIG + 2, "year": 2019, "records": 2},
    ]
    # kept: one record per firm-year; 110101/39: 2019 A B E, 2020 A B
    assert as_cells(res.observations) == {
        ("110101", "39", 2019, "firms_active"): 3.0, ("110101", "39", 2020, "firms_active"): 2.0,
        ("110101", "39", 2020, "firm_exits"): 1.0,
        ("320102", "27", 2019, "firms_active"): 1.0, ("320102", "27", 2020, "firm_exits"): 1.0,
        ("440103", "39", 2019, "firms_active"): 1.0, ("440103", "39", 2020, "firm_exits"): 1.0,
    }


@pytest.mark.parametrize("seed", [3, 4])
def test_duplicate_examples_match_pandas(duck, synth_small, seed) -> None:  # type: ignore[no-untyped-def]
    df = with_gaps_and_duplicates(synth_small, seed=seed)
    sizes = df.groupby(["firm_id", "year"]).size()
    first = sizes[sizes > 1].sort_index().head(3)
    assert len(sizes[sizes > 1]) > 100
    want = [{"firm_id": f, "year": int(y), "records": int(n)} for (f, y), n in first.items()]
    res = _build(duck, df, region_level="province")
    assert res.report.table.set_index("kind").loc["duplicate", "examples"] == want


def test_unreadable_years_in_a_csv_are_bad_records_not_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "firms.csv"
    csv.write_text(BAD_YEAR_CSV, encoding="utf-8")
    res = panels.build_panel_from(csv)
    assert_cells_equal(as_cells(res.observations), BAD_YEAR_PANEL, rel=0)
    assert res.report.as_dict() == {k: 0 for k in panels.BAD_KINDS} | {
        "bad_year": 3, "missing_year": 1, "bad_value": 1
    }
    assert res.report.total_records == 9
    table = res.report.table.set_index("kind")
    assert {e["year"] for e in table.loc["bad_year", "examples"]} == {"20x0", "2019.5", "19"}
    assert table.loc["bad_value", "examples"][0]["employment"] == "n/a"


def test_year_columns_of_every_type(duck) -> None:  # type: ignore[no-untyped-def]
    base = {"firm_id": ["a", "b", "c", "d"], "region_code": ["110101"] * 4, "industry_code": ["39"] * 4}
    as_float = pd.DataFrame(base | {"year": [2019.0, 2020.0, 2020.5, float("nan")]})
    as_int = pd.DataFrame(base | {"year": [2019, 2020, 20200, 0]})
    for frame, bad, missing in ((as_float, 1, 1), (as_int, 2, 0)):
        res = _build(duck, frame)
        assert res.report.count("bad_year") == bad and res.report.count("missing_year") == missing
        assert as_cells(res.observations) == {
            ("110000", "39", 2019, "firms_active"): 1.0, ("110000", "39", 2020, "firms_active"): 1.0,
            ("110000", "39", 2020, "firm_entries"): 1.0, ("110000", "39", 2020, "firm_exits"): 1.0,
        }


def test_spells_with_unreadable_dates_and_duplicates(duck) -> None:  # type: ignore[no-untyped-def]
    res = _build(duck, BAD_SPELLS.astype(object), years=(2015, 2018))
    assert_cells_equal(as_cells(res.observations), BAD_SPELLS_PANEL, rel=0)
    assert res.report.count("duplicate") == 1 and res.report.count("bad_year") == 2
    table = res.report.table.set_index("kind")
    assert table.loc["duplicate", "examples"] == [{"firm_id": "s1", "start_date": "2015-03-01", "records": 2}]
    assert {e.get("end_date", e.get("start_date")) for e in table.loc["bad_year", "examples"]} == {"2018-13", "sometime"}


@pytest.mark.parametrize("level", ["province", "county"])
def test_synthetic_with_gaps_and_duplicates_matches_pandas_reference(duck, synth_small, level) -> None:  # type: ignore[no-untyped-def]
    df = with_gaps_and_duplicates(synth_small, seed=3)
    n_dup = int(df.duplicated().sum())
    assert n_dup > 100
    res = _build(duck, df, region_level=level)
    assert res.report.as_dict() == {k: 0 for k in panels.BAD_KINDS} | {"duplicate": n_dup}
    assert_cells_equal(as_cells(res.observations), pandas_firm_year_reference(df, level=level))


def test_spell_dates_written_in_the_usual_ways(duck) -> None:  # type: ignore[no-untyped-def]
    readable = ["2019-05-01", "2019/5/1", "2019.05.01", "2019年5月1日", "2019-05-01 12:30:00", "20190501",
                "2019", "２０１９-０５-０１", "20190501123000"]
    unreadable = ["2019-13-01", "2019-05-32", "201951", "sometime", "0999-01-01"]
    starts = readable + unreadable
    df = pd.DataFrame({"firm_id": [f"f{i}" for i in range(len(starts))], "region_code": "110101",
                       "industry_code": "39", "start_date": pd.Series(starts, dtype=object)})
    res = _build(duck, df, years=(2018, 2019))
    assert as_cells(res.observations) == {
        ("110000", "39", 2019, "firms_active"): float(len(readable)),
        ("110000", "39", 2019, "firm_entries"): float(len(readable)),
    }
    assert res.report.count("bad_year") == len(unreadable) and res.report.bad_records == len(unreadable)
