"""``indupath analyze ...`` end to end: outputs checked against the same references as the library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from indupath.cli import app

from .conftest import DATA

runner = CliRunner()


def _run(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture()
def trade_csv(tmp_path: Path, trade_sample: pd.DataFrame) -> Path:
    path = tmp_path / "trade.csv"
    trade_sample.to_csv(path, index=False, float_format="%.17g")
    return path


def test_complexity_from_input_matches_stata(trade_csv: Path) -> None:
    out = _run(
        ["analyze", "complexity", "--input", str(trade_csv), "--region-col", "origin", "--industry-col", "hs92",
         "--value-col", "export_val", "--standardize", "rows", "--format", "csv"]
    )  # fmt: skip
    got = pd.read_csv(io.StringIO(out))
    assert {"region", "year", "eci", "rank"} <= set(got.columns)
    ref = (
        pd.read_csv(DATA / "stata_ground_truth.csv")
        .groupby(["origin", "year"], as_index=False)["eci"]
        .first()
    )
    merged = ref.merge(got, left_on=["origin", "year"], right_on=["region", "year"])
    assert len(merged) == 20
    np.testing.assert_allclose(merged["eci_y"], merged["eci_x"], atol=1e-6)
    assert (got.groupby("year")["rank"].min() == 1).all()


def test_complexity_world_trade_dataset_csv() -> None:
    out = _run(["analyze", "complexity", "--dataset", "world-trade", "--format", "csv"])
    got = pd.read_csv(io.StringIO(out), dtype={"region": str})
    assert list(got.columns[:4]) == ["region", "year", "eci", "rank"]
    assert len(got) == 226
    eci = got.set_index("region")["eci"]
    assert eci["afg"] == pytest.approx(-0.5764283, abs=5e-7)
    assert got["rank"].tolist() == list(range(1, 227))


def test_region_filter_and_json(trade_csv: Path) -> None:
    out = _run(
        ["analyze", "specialization", "--input", str(trade_csv), "--region-col", "origin", "--industry-col", "hs92",
         "--value-col", "export_val", "--region", "aut", "--year", "1995", "--format", "json"]
    )  # fmt: skip
    doc = json.loads(out)
    assert doc["meta"]["method"].startswith("rca")
    rows = doc["rows"]
    assert len(rows) == 30 and {r["region"] for r in rows} == {"aut"}
    ref = pd.read_csv(DATA / "stata_ground_truth.csv").query("origin == 'aut' and year == 1995")
    got = {int(r["industry"]): r["rca"] for r in rows}
    for hs, rca in zip(ref["hs92"], ref["rca"], strict=True):
        assert got[hs] == pytest.approx(rca, abs=1e-6)


def test_shiftshare_and_concentration_commands(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "region": ["A", "A", "B", "B"] * 2,
            "industry": ["x", "y"] * 4,
            "year": [2000] * 4 + [2002] * 4,
            "value": [100, 50, 50, 100, 150, 50, 60, 140],
        }
    )
    path = tmp_path / "p.csv"
    df.to_csv(path, index=False)
    out = pd.read_csv(io.StringIO(_run(["analyze", "shiftshare", "--input", str(path), "--format", "csv"])))
    a = out.set_index("region").loc["A"]
    # region A: change 50; national share (100 + 50) * 1/3
    assert a["change"] == pytest.approx(50) and a["national_share"] == pytest.approx(50)
    out = pd.read_csv(
        io.StringIO(
            _run(["analyze", "concentration", "--input", str(path), "--year", "2000", "--format", "csv"])
        )
    )
    assert out.set_index("region").loc["A", "krugman"] == pytest.approx(2 * (100 / 150 - 0.5))


def test_bad_options_give_clear_errors(trade_csv: Path) -> None:
    result = runner.invoke(app, ["analyze", "complexity", "--format", "csv"])
    assert result.exit_code != 0
    result = runner.invoke(app, ["analyze", "complexity", "--input", str(trade_csv), "--format", "csv"])
    assert result.exit_code != 0 and "missing column" in str(result.exception)


def test_clusters_on_the_provincial_io_dataset() -> None:
    out = _run(["analyze", "clusters", "--dataset", "cn-io2007-provincial", "--format", "csv"])
    got = pd.read_csv(io.StringIO(out), dtype={"region": str})
    assert got["region"].nunique() == 30 and got["cluster"].nunique() == 12  # traded clusters only
    # strong implies LQ >= 1 and LQ at or above the 75th percentile of its cluster
    strong = got[got["strong"]]
    assert len(strong) > 0 and (strong["lq"] >= 1).all() and (strong["lq"] >= strong["lq_threshold"]).all()
    # identity: sum_r LQ_rc * T_r / T = 1 for every cluster (T_r: region's traded total)
    traded = got.groupby("region")["employment"].transform("sum")
    weighted = (got["lq"] * traded / got["employment"].sum()).groupby(got["cluster"]).sum()
    np.testing.assert_allclose(weighted, 1.0, rtol=1e-12)


def test_fitness_via_cli_matches_reference() -> None:
    out = _run(
        ["analyze", "complexity", "--dataset", "world-trade", "--method", "fitness", "--format", "csv"]
    )
    got = pd.read_csv(io.StringIO(out), dtype={"region": str}).set_index("region")
    ref = pd.read_csv(DATA / "ref_fitness_country.csv", index_col=0)["fitness_country"]
    np.testing.assert_allclose(got.loc[ref.index, "fitness"], ref, atol=1e-6)


def test_reads_a_metric_from_the_store(tmp_path: Path) -> None:
    from indupath.store import Store

    db = tmp_path / "s.duckdb"
    obs = pd.DataFrame(
        {
            "region_code": ["340000", "340000", "110000", "110000"],
            "industry_code": ["C39", "C36", "C39", "C36"],
            "scheme": "CSRC-2012",
            "year": 2020,
            "metric": "firms",
            "value": [30.0, 10.0, 20.0, 40.0],
            "unit": "count",
        }
    )
    with Store.open(db) as store:
        store.insert_observations(obs, source="test", user="test")
    out = _run(
        ["analyze", "specialization", "--db", str(db), "--metric", "firms", "--scheme", "CSRC-2012",
         "--region", "340000", "--format", "csv"]
    )  # fmt: skip
    got = pd.read_csv(io.StringIO(out), dtype={"region": str}).set_index("industry")
    # (30/40) / (50/100) = 1.5 and (10/40) / (50/100) = 0.5
    assert got.loc["C39", "rca"] == pytest.approx(1.5) and got.loc["C36", "rca"] == pytest.approx(0.5)
