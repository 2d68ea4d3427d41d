"""Scorecards: entropy weights and TOPSIS by hand, safe expressions, sensitivity."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from indupath.advise import scorecard
from indupath.errors import ConfigError


def test_entropy_weights_3x3_by_hand() -> None:
    R = np.array([[1.0, 0.0, 0.5], [0.0, 1.0, 0.5], [0.5, 1.0, 0.5]])
    # column 1: p = (2/3, 0, 1/3); column 2: p = (0, 1/2, 1/2); column 3 constant: e = 1
    e1 = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3)) / math.log(3)
    e2 = -(2 * 0.5 * math.log(0.5)) / math.log(3)
    d = np.array([1 - e1, 1 - e2, 0.0])
    np.testing.assert_allclose(scorecard.entropy_weights(R), d / d.sum(), atol=1e-12)


def test_minmax_directions() -> None:
    R = scorecard.minmax(np.array([[1.0, 10.0], [3.0, 30.0], [2.0, 20.0]]), ["+", "-"])
    np.testing.assert_allclose(R, [[0, 1], [1, 0], [0.5, 0.5]])


def test_topsis_by_hand() -> None:
    data = pd.DataFrame({"region_code": ["r1", "r2", "r3"], "a": [1.0, 2.0, 3.0], "b": [10.0, 30.0, 25.0]})
    cfg = scorecard.parse_config(
        {
            "name": "t",
            "weights": "given",
            "indicators": [{"name": "a", "weight": 1}, {"name": "b", "weight": 1}],
        }
    )
    res = scorecard.score(cfg, data)
    # R = [[0, 0], [0.5, 1], [1, 0.75]], V = R / 2; ideal (0.5, 0.5), anti-ideal (0, 0)
    c2 = math.sqrt(0.25**2 + 0.5**2) / (0.25 + math.sqrt(0.25**2 + 0.5**2))
    c3 = math.sqrt(0.5**2 + 0.375**2) / (0.125 + math.sqrt(0.5**2 + 0.375**2))
    t = res.table.set_index("region_code")
    assert t.loc["r2", "score"] == pytest.approx(c2)
    assert t.loc["r3", "score"] == pytest.approx(c3)
    assert t.loc["r1", "score"] == pytest.approx(0.0)
    assert list(res.table["region_code"]) == ["r3", "r2", "r1"]
    assert res.extra["weights"] == {"a": 0.5, "b": 0.5}


def test_sensitivity_rank_ranges() -> None:
    # r2 and r3 swap order when the weight of b rises enough; ±20 % is not enough here
    R = np.array([[0.0, 0.0], [0.5, 1.0], [1.0, 0.75]])
    ranks = scorecard.sensitivity(R, np.array([0.5, 0.5]), 0.2)
    assert ranks.tolist() == [[3, 3], [2, 2], [1, 1]]
    close = np.array([[0.0, 0.0], [0.9, 1.0], [1.0, 0.9]])
    ranks = scorecard.sensitivity(close, np.array([0.5, 0.5]), 0.2)
    assert ranks[1].tolist() == [1, 2] and ranks[2].tolist() == [1, 2]


def test_expression_language_is_arithmetic_only() -> None:
    df = pd.DataFrame({"x": [1.0, 2.0], "y": [2.0, 0.0]})
    assert scorecard.evaluate("(x + 1) / y * 100", df).tolist()[0] == pytest.approx(100.0)
    assert math.isnan(scorecard.evaluate("x / y", df).tolist()[1])
    for bad in ("__import__('os')", "x.real", "x if y else 1", "x ** 2", "z + 1", "x +"):
        with pytest.raises(ConfigError):
            scorecard.evaluate(bad, df)


def test_config_errors() -> None:
    with pytest.raises(ConfigError):
        scorecard.parse_config({"name": "x", "indicators": [{"name": "a", "direction": "up"}]})
    with pytest.raises(ConfigError):
        scorecard.parse_config({"name": "x", "weights": "given", "indicators": [{"name": "a"}]})


def test_missing_values_excluded() -> None:
    data = pd.DataFrame({"region_code": ["r1", "r2", "r3"], "a": [1.0, 2.0, np.nan], "b": [3.0, 1.0, 2.0]})
    cfg = scorecard.parse_config(
        {"name": "t", "indicators": [{"name": "a"}, {"name": "b", "direction": "-"}]}
    )
    res = scorecard.score(cfg, data)
    assert res.extra["excluded"] == ["r3"] and len(res.table) == 2


def test_shipped_real_economy_scorecard(tmp_path: object) -> None:
    from indupath.advise.runs import run_score

    res = run_score()
    t = res.table
    assert len(t) == 30 and res.extra["excluded"] == ["540000"]  # Tibet has no 2007 IO table
    assert sum(res.extra["weights"].values()) == pytest.approx(1.0)
    assert (t["rank_best"] <= t["rank"]).all() and (t["rank"] <= t["rank_worst"]).all()
    # Guangdong has the largest high-tech revenue and the most SEI-division listed firms
    assert t.iloc[0]["region_code"] == "440000"
