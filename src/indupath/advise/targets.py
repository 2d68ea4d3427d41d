"""Target tracking: progress, required vs. historical growth, bootstrap projection, status.

For a target ``V`` due in year ``T`` and an observed series ``v_t`` whose latest value
is ``v_0`` in year ``t_0``:

* **progress** ``= (v_0 - b) / (V - b)`` with baseline ``b`` when the target states one,
  else ``v_0 / V``;
* **required growth** (compound annual growth rate) ``g* = (V / v_0)^{1/(T - t_0)} - 1``;
* **historical growth** ``g_h = (v_last / v_first)^{1/(t_last - t_first)} - 1`` over the series;
* **year-on-year growth** ``g_t = (v_t / v_{t-k})^{1/k} - 1`` between consecutive observed
  years ``t-k, t`` (annualised across gaps, e.g. a missing year);
* **projection**: ``B`` seeded bootstrap paths (Efron & Tibshirani 1993) drawing
  ``T - t_0`` growth rates with replacement from the observed ``g_t``:
  ``v_T = v_0 prod (1 + g)``; the probability of meeting the target is the share of
  paths that meet it, with the 10th, 50th and 90th percentiles of ``v_T``.

A target **is met** by a value ``v`` when ``v >= V`` (comparators ``>=`` and ``=``: a
"reach X" target is a floor), ``v <= V`` (``<=``), or ``v >= 0.95 V`` (``about``).

**Status rule**: *no data* when fewer than two observed years or no positive latest value;
*on track* when the latest value already meets the target or the probability is at least
``on_track`` (0.7); *at risk* when it is at least ``at_risk`` (0.3); otherwise *off track*.
When the deadline has passed, the latest value decides (on track = met, off track = missed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
import yaml

from indupath.advise.result import AdviseResult
from indupath.errors import InputError
from indupath.model import Target

ABOUT_TOLERANCE = 0.05


@dataclass(frozen=True)
class MetricRule:
    """One row of the target-metric -> observation-metric table."""

    keywords: tuple[str, ...]
    units: tuple[str, ...]
    observation_metrics: tuple[str, ...]
    factor: float


@lru_cache(maxsize=1)
def metric_map() -> tuple[MetricRule, ...]:
    """The shipped metric-mapping table (``advise/data/metric_map.yaml``)."""
    text = resources.files("indupath.advise").joinpath("data/metric_map.yaml").read_text("utf-8")
    return tuple(
        MetricRule(
            keywords=tuple(r["keywords"]),
            units=tuple(r.get("units") or ()),
            observation_metrics=tuple(r["observation_metrics"]),
            factor=float(r.get("factor", 1.0)),
        )
        for r in yaml.safe_load(text)
    )


def map_metric(
    target: Target, available: Iterable[str], rules: Sequence[MetricRule] | None = None
) -> tuple[str, float] | None:
    """The observation metric (among ``available``) and factor that measure ``target``.

    An observation metric named exactly like the target's metric matches with factor 1.
    """
    available = set(available)
    if target.metric in available:
        return target.metric, 1.0
    text = target.metric.lower()
    for rule in rules if rules is not None else metric_map():
        if rule.units and target.unit not in rule.units:
            continue
        if any(k.lower() in text for k in rule.keywords):
            for m in rule.observation_metrics:
                if m in available:
                    return m, rule.factor
    return None


def meets(value: float, target: float, comparator: str) -> bool:
    """Whether ``value`` meets ``target`` under ``comparator`` (rule in the module docstring)."""
    if comparator in (">=", "="):
        return value >= target
    if comparator == "<=":
        return value <= target
    if comparator == "about":
        return value >= (1 - ABOUT_TOLERANCE) * target
    raise InputError(f"unknown comparator {comparator!r}; expected >=, <=, = or about")


def growth_rates(series: pd.Series) -> np.ndarray:
    """Annualised year-on-year growth rates ``(v_t / v_{t-k})^{1/k} - 1`` of a year-indexed series."""
    s = series.dropna().sort_index()
    s = s[s > 0]
    years = s.index.to_numpy(dtype=int)
    vals = s.to_numpy(dtype=float)
    if len(vals) < 2:
        return np.array([])
    gaps = np.diff(years)
    return np.asarray((vals[1:] / vals[:-1]) ** (1.0 / gaps) - 1.0)


def cagr(v0: float, v1: float, years: float) -> float:
    """Compound annual growth rate ``(v1 / v0)^{1/years} - 1``; NaN when undefined."""
    if years <= 0 or v0 <= 0 or v1 <= 0:
        return float("nan")
    return float((v1 / v0) ** (1.0 / years) - 1.0)


def track(
    target: Target,
    series: pd.Series,
    *,
    seed: int,
    n_boot: int = 2000,
    on_track: float = 0.7,
    at_risk: float = 0.3,
) -> dict[str, Any]:
    """Track one target against a year-indexed series in the target's unit (see module docstring)."""
    s = series.dropna().sort_index()
    row: dict[str, Any] = {
        "region_code": target.region_code,
        "metric": target.metric,
        "comparator": target.comparator,
        "target": target.value,
        "unit": target.unit,
        "deadline": target.year,
        "latest_year": None,
        "latest_value": None,
        "progress": None,
        "required_growth": None,
        "historical_growth": None,
        "probability": None,
        "projection_p10": None,
        "projection_p50": None,
        "projection_p90": None,
        "status": "no data",
    }
    if len(s) < 2 or target.year is None or s.iloc[-1] <= 0:
        return row
    t0, v0 = int(s.index[-1]), float(s.iloc[-1])
    first_year, first_value = int(s.index[0]), float(s.iloc[0])
    row.update(latest_year=t0, latest_value=v0)
    base = target.baseline
    if base is not None and target.value != base:
        row["progress"] = (v0 - base) / (target.value - base)
    elif target.value:
        row["progress"] = v0 / target.value
    row["historical_growth"] = cagr(first_value, v0, t0 - first_year)
    horizon = target.year - t0
    met_now = meets(v0, target.value, target.comparator)
    if horizon <= 0:
        row["status"] = "on track" if met_now else "off track"
        row["probability"] = 1.0 if met_now else 0.0
        return row
    row["required_growth"] = cagr(v0, target.value, horizon)
    g = growth_rates(s)
    rng = np.random.default_rng(seed)
    draws = rng.choice(g, size=(n_boot, horizon), replace=True)
    paths = v0 * np.prod(1.0 + draws, axis=1)
    hit = np.array([meets(p, target.value, target.comparator) for p in paths])
    prob = float(hit.mean())
    p10, p50, p90 = np.percentile(paths, [10, 50, 90])
    row.update(
        probability=prob, projection_p10=float(p10), projection_p50=float(p50), projection_p90=float(p90)
    )
    if met_now or prob >= on_track:
        row["status"] = "on track"
    elif prob >= at_risk:
        row["status"] = "at risk"
    else:
        row["status"] = "off track"
    return row


def track_targets(
    targets: Sequence[Target],
    observations: pd.DataFrame,
    *,
    seed: int = 0,
    n_boot: int = 2000,
    source: str = "",
    rules: Sequence[MetricRule] | None = None,
) -> AdviseResult:
    """Join targets with observations (same region, mapped metric) and track each.

    Args:
        targets: targets with ``region_code``, ``metric``, ``value``, ``unit``, ``year``.
        observations: long rows ``region_code, year, metric, value`` (other columns ignored;
            several industries of one metric are summed by year).
        seed: seed of the bootstrap.
    """
    need = {"region_code", "year", "metric", "value"}
    if not need <= set(observations.columns):
        raise InputError(f"observations need columns {sorted(need)}, got {list(observations.columns)}")
    obs = observations.assign(region_code=observations["region_code"].astype(str))
    rows = []
    for i, t in enumerate(targets):
        sub = obs[obs["region_code"] == str(t.region_code)]
        found = map_metric(t, sub["metric"].unique(), rules)
        if found is None:
            series = pd.Series(dtype=float)
            metric_used = None
        else:
            metric_used, factor = found
            m = sub[sub["metric"] == metric_used]
            series = m.groupby("year")["value"].sum() * factor
        row = track(t, series, seed=seed + i, n_boot=n_boot)
        row["observation_metric"] = metric_used
        rows.append(row)
    return AdviseResult(
        method="target tracking: required CAGR (V/v0)^(1/(T-t0)) - 1 vs historical CAGR; seeded bootstrap of "
        "year-on-year growth rates (Efron & Tibshirani 1993) for the probability of meeting the target",
        table=pd.DataFrame(rows),
        parameters={"seed": seed, "n_boot": n_boot, "on_track": 0.7, "at_risk": 0.3},
        source=source,
    )


_NUM = re.compile(r"^\s*([0-9.]+)\s*(亿|万)?\s*$")


def parse_amount(text: str) -> float:
    """A number as typed on the command line: ``1e12``, ``10000亿`` (1亿 = 1e8, 1万 = 1e4)."""
    m = _NUM.match(text)
    if m is None:
        try:
            return float(text)
        except ValueError:
            raise InputError(f"not a number: {text!r}; expected e.g. 1e12 or 10000亿") from None
    scale = {"亿": 1e8, "万": 1e4, None: 1.0}[m.group(2)]
    return float(m.group(1)) * scale
