"""``indupath analyze``: the options each subcommand takes (shared ones declared once) and that the
shared values reach the computation. The expected tables are the CLI as documented in docs/cli.md."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from indupath.cli import app
from indupath.cli.analyze_cmds import analyze_app

runner = CliRunner()

SHARED = ["--dataset", "--input", "--metric", "--scheme", "--year", "--region", "--format",
          "--region-col", "--industry-col", "--year-col", "--value-col"]  # fmt: skip
OWN = {
    "specialization": ["--threshold"],
    "concentration": ["--by", "--threshold"],
    "shiftshare": ["--base-year", "--end-year", "--method", "--nation", "--level"],
    "clusters": ["--definitions", "--cluster-scheme", "--establishments-col", "--strong"],
    "relatedness": ["--threshold", "--kind", "--proximity"],
    "complexity": ["--threshold", "--method", "--standardize", "--ddof", "--iterations", "--industries"],
}


def _commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(analyze_app)
    assert isinstance(group, typer.core.TyperGroup)
    return dict(group.commands)  # type: ignore[arg-type]


def test_each_subcommand_takes_the_shared_options_then_its_own_then_db() -> None:
    cmds = _commands()
    assert set(cmds) == set(OWN)
    for name, own in OWN.items():
        shared = [o for o in SHARED if not (name == "shiftshare" and o == "--year")]
        assert [p.opts[0] for p in cmds[name].params] == [*shared, *own, "--db"], name


def test_shared_options_have_one_default_and_help_everywhere() -> None:
    seen: dict[str, tuple[object, str | None, object]] = {}
    for cmd in _commands().values():
        for p in cmd.params:
            if p.opts[0] in (*SHARED, "--db", "--threshold"):
                key = (p.default, getattr(p, "help", None), p.envvar)
                assert seen.setdefault(p.opts[0], key) == key, p.opts[0]
    assert seen["--format"][0] == "table" and seen["--threshold"][0] == 1.0
    assert seen["--db"][2] == "INDUPATH_DB"
    assert all(seen[o][0] is None for o in SHARED if o != "--format")


def test_shiftshare_has_no_year_option(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "shiftshare", "--dataset", "world-trade", "--year", "2000"])
    assert result.exit_code == 2 and "No such option" in result.output


@pytest.fixture()
def odd_columns(tmp_path: Path) -> Path:
    """A two-year panel with non-default column names."""
    df = pd.DataFrame(
        {
            "reg": ["A", "A", "B", "B", "A", "A", "B", "B"],
            "ind": ["x", "y"] * 4,
            "yr": [2000] * 4 + [2001] * 4,
            "val": [30.0, 10.0, 20.0, 40.0, 10.0, 10.0, 10.0, 10.0],
        }
    )
    path = tmp_path / "odd.csv"
    df.to_csv(path, index=False)
    return path


def _cols(path: Path) -> list[str]:
    return ["--input", str(path), "--region-col", "reg", "--industry-col", "ind", "--year-col", "yr",
            "--value-col", "val"]  # fmt: skip


def test_column_year_region_and_format_options_reach_the_computation(odd_columns: Path) -> None:
    result = runner.invoke(
        app,
        ["analyze", "specialization", *_cols(odd_columns), *"--year 2000 --region A --format json".split()],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["meta"]["source"] == str(odd_columns)
    got = {r["industry"]: r["rca"] for r in doc["rows"]}
    # 2000 only: RCA(A, x) = (30/40) / (50/100) = 1.5; RCA(A, y) = (10/40) / (50/100) = 0.5
    assert got == {"x": pytest.approx(1.5), "y": pytest.approx(0.5)}
    assert {r["region"] for r in doc["rows"]} == {"A"}


def test_region_filter_is_skipped_where_rows_are_not_regions(odd_columns: Path) -> None:
    result = runner.invoke(
        app,
        [
            "analyze",
            "concentration",
            *_cols(odd_columns),
            *"--year 2001 --by industry --region A --format csv".split(),
        ],
    )
    assert result.exit_code == 0, result.output
    out = pd.read_csv(io.StringIO(result.output))
    assert sorted(out["industry"]) == ["x", "y"]


def test_db_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indupath.store import Store

    db = tmp_path / "env.duckdb"
    cells = [("110000", "C26", 6.0), ("110000", "C27", 2.0), ("310000", "C26", 2.0), ("310000", "C27", 6.0)]
    obs = pd.DataFrame(cells, columns=["region_code", "industry_code", "value"]).assign(
        scheme="CSRC-2012", year=2021, metric="plants", unit="count"
    )
    with Store.open(db) as store:
        store.insert_observations(obs, source="test", user="test")
    monkeypatch.setenv("INDUPATH_DB", str(db))
    args = "analyze specialization --metric plants --scheme CSRC-2012 --region 310000 --format csv"
    result = runner.invoke(app, args.split())
    assert result.exit_code == 0, result.output
    got = pd.read_csv(io.StringIO(result.output), dtype={"region": str}).set_index("industry")["rca"]
    # region 310000: (2/8) / (8/16) = 0.5 and (6/8) / (8/16) = 1.5
    assert got["C26"] == pytest.approx(0.5) and got["C27"] == pytest.approx(1.5)
