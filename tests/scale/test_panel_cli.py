"""``indupath build-panel`` and ``indupath synth-firms``: thin commands over the library, writing to the store."""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

from indupath.cli import app
from indupath.store import Store

from .test_panels import BAD_YEAR_CSV, FIRM_YEARS


def test_synth_then_build_panel_writes_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    data = tmp_path / "firms.parquet"
    db = tmp_path / "p.duckdb"
    out = runner.invoke(app, ["synth-firms", str(data), "--rows", "5000", "--seed", "4", "--chunk-rows", "2000"])
    assert out.exit_code == 0, out.output
    assert "SYNTHETIC" in out.output
    out = runner.invoke(
        app, ["build-panel", str(data), "--region-level", "province", "--years", "2010-2020", "--db", str(db), "--json"]
    )
    assert out.exit_code == 0, out.output
    summary = json.loads(out.output)
    assert summary["synthetic"] is True and summary["records"] == 5000
    assert summary["parameters"]["years"] == [2010, 2020]
    with Store.open(db) as store:
        stored = store.observations(metric="firms_active")
    assert len(stored) > 0 and set(stored["year"]) <= set(range(2010, 2021))
    assert all("synthetic" in s for s in stored["source"])
    # the stored firm counts equal the active rows of the file in those years (no bad records here)
    df = pd.read_parquet(data)
    assert stored["value"].sum() == df["year"].between(2010, 2020).sum()


def test_build_panel_prints_the_bad_record_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "firms.csv"
    bad = pd.DataFrame([("x", "999999", "39", 2011, 1.0)], columns=FIRM_YEARS.columns)
    pd.concat([FIRM_YEARS, bad]).to_csv(csv, index=False)
    out_file = tmp_path / "obs.csv"
    result = CliRunner().invoke(
        app, ["build-panel", str(csv), "--dry-run", "--out", str(out_file), "--db", str(tmp_path / "no.duckdb")]
    )
    assert result.exit_code == 0, result.output
    assert "unknown_region" in result.output and "999999" in result.output
    assert "dry run" in result.output
    assert not (tmp_path / "no.duckdb").exists()
    obs = pd.read_csv(out_file, dtype={"region_code": str, "industry_code": str})
    active = obs[(obs["metric"] == "firms_active") & (obs["region_code"] == "110000") & (obs["year"] == 2011)]
    assert active["value"].tolist() == [2.0]


def test_build_panel_from_a_table_of_another_duckdb_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    src = tmp_path / "firms.duckdb"
    con = duckdb.connect(str(src))
    con.register("df", FIRM_YEARS)
    con.execute("CREATE TABLE firms AS SELECT * FROM df")
    con.close()
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(app, ["build-panel", "firms", "--table", "--input-db", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        stored = store.observations(metric="employment")
    # hand sums of FIRM_YEARS: 2010 = 10 + 7, 2011 = 20 + 5, 2012 = 30 + 5 + 1
    assert stored.groupby("year")["value"].sum().to_dict() == {2010: 17.0, 2011: 25.0, 2012: 36.0}


def test_build_panel_reports_bad_years_and_duplicates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "firms.csv"
    # BAD_YEAR_CSV (3 bad years, 1 missing, 1 bad value) plus an exact copy of f1's 2019 row
    csv.write_text(BAD_YEAR_CSV + "f1,110101,39,2019,1\n", encoding="utf-8")
    args = ["build-panel", str(csv), "--dry-run", "--db", str(tmp_path / "no.duckdb")]
    shown = CliRunner().invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "bad_year" in shown.output and "20x0" in shown.output and "duplicate" in shown.output
    summary = json.loads(CliRunner().invoke(app, [*args, "--json"]).output)
    assert summary["records"] == 10
    assert {k: v for k, v in summary["bad_records"].items() if v} == {
        "missing_year": 1, "bad_year": 3, "bad_value": 1, "duplicate": 1
    }
    assert summary["bad_examples"]["duplicate"] == [{"firm_id": "f1", "year": 2019, "records": 2}]
    assert "duplicates" in summary["parameters"]
