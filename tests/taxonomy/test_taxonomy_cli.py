"""The ``indupath taxonomy`` commands, run in-process."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from indupath.cli import app

runner = CliRunner()


def test_search_region_and_industry() -> None:
    r = runner.invoke(app, ["taxonomy", "search", "鼓楼区", "--kind", "region", "--limit", "10", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {x["code"] for x in rows} == {"320106", "320302", "350102", "410204"}
    assert all(x["ambiguous"] and x["type"] == "region" and x["kind"] == "exact" for x in rows)
    r = runner.invoke(app, ["taxonomy", "search", "新型储能", "--kind", "industry", "--json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["code"] == "F4.5"
    r = runner.invoke(app, ["taxonomy", "search", "Anhui"])
    assert r.exit_code == 0 and "━" in r.output  # the table rendering


def test_search_nothing_exits_1() -> None:
    r = runner.invoke(app, ["taxonomy", "search", "qqqqzzzz"])
    assert r.exit_code == 1


def test_show_region_and_industry() -> None:
    r = runner.invoke(app, ["taxonomy", "show", "430181"])
    assert r.exit_code == 0 and "浏阳市" in r.output and "430100" in r.output
    r = runner.invoke(app, ["taxonomy", "show", "C39"])
    assert r.exit_code == 0 and "GB/T 4754-2017 39" in r.output


def test_stats_counts() -> None:
    r = runner.invoke(app, ["taxonomy", "stats"])
    assert r.exit_code == 0
    assert "2975" in r.output and "342" in r.output
