"""The demo: pure converters, guarded steps, and a full build in a temporary folder.

Expected figures come from the source extracts in ``tests/data/datasets`` (see its
README) and from counts on the embedded listed-firm list made with plain pandas.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from indupath import demo
from indupath.demo import (
    TourOutput,
    TourStep,
    bea_employment_observations,
    io2007_observations,
    keep_known,
    trade_observations,
)
from indupath.errors import NotFoundError

REF = Path(__file__).resolve().parent / "data" / "datasets"


def test_keep_known_counts_what_it_drops() -> None:
    obs = pd.DataFrame(
        {
            "region_code": ["340000", "340000", "999999", "06"],
            "industry_code": ["C39", "Z99", "C39", "1"],
            "scheme": ["CSRC-2012", "CSRC-2012", "CSRC-2012", "BEA-GVA"],
            "value": [1.0, 2.0, 3.0, 4.0],
        }
    )
    kept, dropped = keep_known(obs, {"340000", "06"}, {"CSRC-2012": {"C39"}})
    # BEA-GVA is not in the industry map, so its codes are not checked
    assert kept["value"].tolist() == [1.0, 4.0]
    assert dropped == {"unknown_region": 1, "unknown_industry": 1}


def test_io2007_observations_long_form() -> None:
    src = pd.read_csv(REF / "provincial_2007_anhui.csv")
    frame = pd.DataFrame(
        {
            "province_code": "340000",
            "sector_code": [f"{int(c):02d}" for c in src["sector_code"]],
            "gross_output": src["gross_output_rowsum"],
            "value_added": src["value_added"],
            "labour_compensation": src["labor_compensation"],
            "intermediate_input": src["intermediate_input"],
        }
    )
    obs = io2007_observations(frame)
    assert len(obs) == 42 * 4
    assert set(obs["unit"]) == {"万元"} and set(obs["scheme"]) == {"IO42-2007"} and set(obs["year"]) == {2007}
    va01 = obs[(obs["industry_code"] == "01") & (obs["metric"] == "value_added")]["value"].item()
    assert va01 == src.loc[src["sector_code"] == 1, "value_added"].item()


def test_bea_employment_leaves_out_regions_and_suppressed_cells() -> None:
    frame = pd.DataFrame(
        {
            "state_fips": ["06", "91", "06"],
            "level": ["state", "bea_region", "state"],
            "line_code": [10, 10, 100],
            "year": [2018, 2018, 2018],
            "value": [1.0, 2.0, float("nan")],
        }
    )
    obs = bea_employment_observations(frame)
    assert obs["region_code"].tolist() == ["06"] and obs["unit"].tolist() == ["jobs"]


def test_trade_observations_label_the_average() -> None:
    src = pd.read_csv(REF / "world_trade_sample.csv", dtype={"product": str})
    obs = trade_observations(src.assign(iso3=src["country"].str.upper()))
    assert set(obs["year"]) == {2000}
    assert obs["source"].str.contains("average of 1998-2000").all()
    assert (
        obs.loc[(obs["region_code"] == "CHN") & (obs["industry_code"] == "7764"), "value"].item()
        == 23100344.0
    )


def test_tour_steps_are_guarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(store: object) -> TourOutput:
        raise ImportError("no module named indupath.future_thing")

    def refused(store: object) -> TourOutput:
        raise NotFoundError("no observations of metric 'x'")

    def broken(store: object) -> TourOutput:
        raise ValueError("a real bug")

    def fine(store: object) -> TourOutput:
        return TourOutput("Anhui", ("安徽",))

    monkeypatch.setattr(demo, "BUILD_STEPS", [])
    monkeypatch.setattr(
        demo,
        "TOUR_STEPS",
        [
            TourStep("missing", "m", missing),
            TourStep("refused", "r", refused),
            TourStep("broken", "b", broken),
            TourStep("fine", "f", fine),
        ],
    )
    result = demo.build_demo(tmp_path / "t.duckdb")
    status = {r.key: r.status for r, _ in result.tour}
    assert status == {"missing": "skipped", "refused": "skipped", "broken": "failed", "fine": "ok"}
    assert [r.key for r in result.failed] == ["broken"]
    assert "a real bug" in result.failed[0].detail
    assert result.tour[-1][1] == TourOutput("Anhui", ("安徽",))


def test_datasets_command_json() -> None:
    from indupath.cli import app

    out = CliRunner().invoke(app, ["datasets", "--json"])
    assert out.exit_code == 0, out.output
    names = {d["name"] for d in json.loads(out.output)}
    assert {"cn-listed-firms", "world-trade", "cn-province-geo"} <= names
    one = CliRunner().invoke(app, ["datasets", "world-gdp", "--json", "--head", "2"])
    assert json.loads(one.output)["head"][0] == {"country": "abw", "iso3": "ABW", "value": 19185.0}


@pytest.mark.slow
# jieba 0.42 (imported by the extractor) has invalid escape sequences that Python 3.11 reports as a
# DeprecationWarning when it compiles the package; filterwarnings=error would turn that into a SyntaxError.
@pytest.mark.filterwarnings("ignore:invalid escape sequence:DeprecationWarning")
def test_demo_builds_database_and_tours_anhui(tmp_path: Path) -> None:
    from indupath.cli import app
    from indupath.datasets import load_dataset
    from indupath.store import Store

    db = tmp_path / "demo.duckdb"
    out = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "Anhui" in out.output and "安徽" in out.output
    assert "0 step(s) failed" in out.output
    last = [line for line in out.output.splitlines() if line.strip()][-2:]
    assert any("http://127.0.0.1:8000/" in line for line in last), last  # ends with the dashboard address

    with Store.open(db) as store:
        counts = store.table_counts()
        assert counts["regions"] > 3000 and counts["observations"] > 200_000
        # listed firms: Anhui's stock at the end of 2025 = firms of today's list with a CSRC code listed by then
        firms = load_dataset("cn-listed-firms")
        expected = int(
            (
                (firms["province_code"] == "340000")
                & firms["csrc_code"].notna()
                & (firms["list_year"] <= 2025)
            ).sum()
        )
        active = store.observations(
            metric="firms_active", scheme="CSRC-2012", region_codes=["340000"], years=[2025]
        )
        assert active["value"].sum() == expected
        # provincial IO 2007: 万元 stored as CNY
        src = pd.read_csv(REF / "provincial_2007_anhui.csv")
        go = store.observations(metric="gross_output", scheme="IO42-2007", region_codes=["340000"])
        assert go.loc[go["industry_code"] == "01", "value"].item() == pytest.approx(
            src.loc[src["sector_code"] == 1, "gross_output_rowsum"].item() * 1e4
        )
        assert set(go["unit"]) == {"CNY"}
        # BEA: the US all-industry total of 2012
        gdp = store.observations(metric="gdp", scheme="BEA-GVA", region_codes=["00"], years=[2012])
        assert gdp.loc[gdp["industry_code"] == "1", "value"].item() == 16197007000000.0
        # the example documents went through the extractor into the store
        assert counts["documents"] == 2
        anhui = [
            p
            for rm in store.roadmaps(region_code="340000")
            for p in rm.priorities
            if p.region_code == "340000"
        ]
        assert len(anhui) >= 7
