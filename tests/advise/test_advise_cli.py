"""The advise commands end to end, reading roadmaps from a small store in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from indupath.advise.priorities import example_roadmaps
from indupath.cli import app

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from indupath.store import Store

    path = tmp_path / "t.duckdb"
    with Store.open(path) as store:
        for rm in example_roadmaps():
            store.save_roadmap(rm, user="test")
    return path


def run(*args: str) -> dict:
    res = runner.invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


@pytest.mark.slow
def test_roadmap_audit_from_store(db: Path) -> None:
    out = run("audit", "安徽", "--db", str(db), "--json")
    rows = out["rows"]
    assert len(rows) == 7 and all(r["verdict"] for r in rows)
    assert out["parameters"]["region"] == "340000" and out["version"]


@pytest.mark.slow
def test_overlap_from_store(db: Path) -> None:
    out = run("overlap", "--db", str(db), "--json")
    by = {r["industry"]: r for r in out["rows"]}
    assert by["new-materials"]["regions_targeting"] == 2
    assert out["extra"]["jaccard"][0]["shared"] == "new-materials"


@pytest.mark.slow
def test_audit_with_typed_priorities_and_targets(tmp_path: Path) -> None:
    empty = tmp_path / "none.duckdb"
    out = run("audit", "210000", "--priorities", "新材料,人工智能", "--db", str(empty), "--json")
    assert [r["priority"] for r in out["rows"]] == ["新材料", "人工智能"]
    assert not empty.exists()  # reading commands do not create a database
    out = run(
        "targets",
        "--region",
        "Liaoning",
        "--metric",
        "high-tech revenue",
        "--value",
        "4000亿",
        "--year",
        "2027",
        "--seed",
        "7",
        "--db",
        str(empty),
        "--json",
    )
    row = out["rows"][0]
    assert row["latest_value"] == pytest.approx(2498e8) and row["status"] in {
        "on track",
        "at risk",
        "off track",
    }


@pytest.mark.slow
def test_taxbase_alignment_chain_score_realeconomy(db: Path) -> None:
    tax = run("taxbase", "Anhui", "--db", str(db), "--json")
    assert len(tax["extra"]["priorities"]) == 7
    ali = run("alignment", "辽宁", "--db", str(db), "--json")
    assert len(ali["rows"]) == 9 and 0 <= ali["extra"]["coherence"] <= 1
    ch = run("chain", "20", "--region", "340000", "--json")
    assert ch["rows"] and all("to_fill" in r for r in ch["rows"])
    sc = run("score", "--json")
    assert len(sc["rows"]) == 30
    re_ = run("realeconomy", "--region", "340000", "--json")
    assert re_["rows"][0]["region_code"] == "340000"


def test_bad_candidates_option_is_an_error() -> None:
    res = runner.invoke(app, ["advise", "340000", "--candidates", "everything", "--json"])
    assert res.exit_code != 0


def test_every_advise_command_is_documented() -> None:
    from indupath.cli import advise_cmds

    docs = (Path(__file__).resolve().parents[2] / "docs" / "advise.md").read_text("utf-8")
    registered = [
        c.name
        for c in app.registered_commands
        if c.callback and c.callback.__module__ == advise_cmds.__name__
    ]
    assert len(registered) == 9
    for name in registered:
        assert f"`indupath {name}" in docs, name


@pytest.mark.slow
def test_advise_on_a_store_panel_matches_the_embedded_panel(tmp_path: Path) -> None:
    import pandas as pd

    from indupath.advise.embedded import load_panel
    from indupath.store import Store

    p, _ = load_panel("cn-listed-firms")
    obs = pd.DataFrame(
        {
            "region_code": p["region"],
            "industry_code": p["industry"],
            "scheme": "CSRC-2012",
            "year": p["year"],
            "metric": "listed_firms",
            "value": p["value"],
            "unit": "count",
            "source": "test",
        }
    )
    path = tmp_path / "p.duckdb"
    with Store.open(path) as store:
        store.insert_observations(obs, source="test", user="test")
    stored = run(
        "advise",
        "340000",
        "--dataset",
        "store",
        "--metric",
        "listed_firms",
        "--scheme",
        "CSRC-2012",
        "--db",
        str(path),
        "--json",
    )
    embedded = run("advise", "340000", "--dataset", "cn-listed-firms", "--json")
    assert [r["industry"] for r in stored["rows"]] == [r["industry"] for r in embedded["rows"]]
    assert stored["rows"][0]["density"] == pytest.approx(embedded["rows"][0]["density"])
    # CSRC-2012 is recognised as the csrc sector-map scheme: the same SEI marks
    assert [r["sei"] for r in stored["rows"]] == [r["sei"] for r in embedded["rows"]]
    assert any(r["sei"] for r in stored["rows"])


@pytest.mark.slow
def test_alignment_with_user_loaded_capacity_by_field(tmp_path: Path) -> None:
    import pandas as pd

    from indupath.store import Store

    # invented patent counts (a test fixture, not data): Liaoning strong in C37 (aerospace)
    rows = [
        ("210000", "C37", 50.0),
        ("210000", "C39", 10.0),
        ("340000", "C37", 10.0),
        ("340000", "C39", 50.0),
    ]
    obs = pd.DataFrame(
        {
            "region_code": [r[0] for r in rows],
            "industry_code": [r[1] for r in rows],
            "scheme": "CSRC-2012",
            "year": 2023,
            "metric": "patents",
            "value": [r[2] for r in rows],
            "unit": "count",
            "source": "test fixture",
        }
    )
    path = tmp_path / "c.duckdb"
    with Store.open(path) as store:
        store.insert_observations(obs, source="test", user="test")
        for rm in example_roadmaps():
            store.save_roadmap(rm, user="test")
    out = run(
        "alignment",
        "210000",
        "--capacity-metric",
        "patents",
        "--scheme",
        "CSRC-2012",
        "--db",
        str(path),
        "--json",
    )
    aero = next(r for r in out["rows"] if r["sector_key"] == "aerospace")
    # C37 share 50/60 in Liaoning vs 60/120 nationally -> RTA 5/3
    assert aero["rta"] == pytest.approx((50 / 60) / (60 / 120))
    assert "patents" in out["extra"]["capacity"]
