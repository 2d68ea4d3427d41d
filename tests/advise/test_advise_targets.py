"""Target tracking: required growth, historical growth, bootstrap probability and status."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from indupath.advise import targets
from indupath.errors import InputError
from indupath.model import Span, Target


def tgt(
    value: float, year: int = 2027, comparator: str = ">=", metric: str = "high-tech revenue", **kw: object
) -> Target:
    return Target.model_validate(
        {
            "region_code": "340000",
            "metric": metric,
            "value": value,
            "unit": "CNY",
            "comparator": comparator,
            "year": year,
            "span": Span(start=0, end=0),
            **kw,
        }
    )


STEADY = pd.Series({2019: 100.0, 2020: 110.0, 2021: 121.0, 2023: 146.41})  # 10 % a year, 2022 missing


def test_growth_rates_annualise_gaps() -> None:
    assert targets.growth_rates(STEADY) == pytest.approx([0.1, 0.1, 0.1])


def test_required_and_historical_growth_by_hand() -> None:
    row = targets.track(tgt(200.0), STEADY, seed=1)
    assert row["required_growth"] == pytest.approx((200 / 146.41) ** (1 / 4) - 1)
    assert row["historical_growth"] == pytest.approx(0.1)
    assert row["progress"] == pytest.approx(146.41 / 200)
    # every bootstrap path grows 10 % a year: 146.41 * 1.1^4 = 214.358881
    assert row["projection_p50"] == pytest.approx(214.358881)
    assert row["probability"] == 1.0 and row["status"] == "on track"


def test_off_track_when_growth_cannot_reach() -> None:
    row = targets.track(tgt(250.0), STEADY, seed=1)
    assert row["probability"] == 0.0 and row["status"] == "off track"


def test_baseline_progress() -> None:
    row = targets.track(tgt(200.0, baseline=100.0), STEADY, seed=1)
    assert row["progress"] == pytest.approx((146.41 - 100) / (200 - 100))


def test_at_risk_with_coin_flip_growth_and_seed_reproducible() -> None:
    # growth alternates 0 % and 20 %; one year to go; target 10 % up: met in half the paths
    s = pd.Series({2018: 100.0, 2019: 100.0, 2020: 120.0, 2021: 120.0, 2022: 144.0})
    a = targets.track(tgt(144.0 * 1.1, year=2023), s, seed=42)
    b = targets.track(tgt(144.0 * 1.1, year=2023), s, seed=42)
    assert a == b
    assert 0.45 < a["probability"] < 0.55
    assert a["status"] == "at risk"


def test_deadline_passed_uses_latest_value() -> None:
    assert targets.track(tgt(140.0, year=2023), STEADY, seed=0)["status"] == "on track"
    assert targets.track(tgt(150.0, year=2022), STEADY, seed=0)["status"] == "off track"


def test_no_data() -> None:
    assert targets.track(tgt(1.0), pd.Series({2023: 5.0}), seed=0)["status"] == "no data"


def test_comparators() -> None:
    assert targets.meets(96, 100, "about") and not targets.meets(94, 100, "about")
    assert targets.meets(90, 100, "<=") and not targets.meets(101, 100, "<=")
    with pytest.raises(InputError):
        targets.meets(1, 1, "~")


def test_metric_mapping_and_join() -> None:
    obs = pd.DataFrame(
        {
            "region_code": "340000",
            "metric": "hightech_revenue",
            "year": list(STEADY.index),
            "value": list(STEADY),
        }
    )
    res = targets.track_targets(
        [tgt(200.0, metric="高技术产业营业收入"), tgt(5.0, metric="unknown thing")], obs, seed=3
    )
    t = res.table
    assert t.loc[0, "observation_metric"] == "hightech_revenue" and t.loc[0, "status"] == "on track"
    assert t.loc[1, "status"] == "no data"
    assert res.parameters["seed"] == 3


def test_parse_amount() -> None:
    assert targets.parse_amount("10000亿") == 1e12
    assert targets.parse_amount("1e12") == 1e12
    assert targets.parse_amount("5万") == 5e4


def test_anhui_high_tech_revenue_target_on_embedded_series() -> None:
    """Anhui's high-tech revenue: 6,753亿 yuan in 2023 (yearbook); a 10,000亿 target for 2027."""
    from indupath.advise.embedded import load_hightech

    obs = load_hightech()
    res = targets.track_targets([tgt(1e12)], obs, seed=7)
    row = res.table.iloc[0]
    assert row["latest_year"] == 2023
    assert row["latest_value"] == pytest.approx(6753e8)
    assert row["required_growth"] == pytest.approx(math.pow(1e12 / 6753e8, 1 / 4) - 1)
    assert row["historical_growth"] == pytest.approx(math.pow(6753 / 661.5, 1 / 13) - 1)
    assert row["status"] in {"on track", "at risk", "off track"}
