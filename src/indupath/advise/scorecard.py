"""Scorecards: indicators from YAML, min-max normalisation, entropy or given weights, TOPSIS.

A scorecard config (YAML) names its indicators; each is either a named built-in
(a column of the real-economy table, :mod:`indupath.advise.realeconomy`) or a small
arithmetic expression over built-ins (``+ - * /``, parentheses, numbers), parsed with
:mod:`ast` and evaluated node by node -- never ``eval``. Each has a direction
(``+`` more is better, ``-`` less is better) and optionally a weight.

For ``m`` regions and ``n`` indicators ``x_ij``:

* **min-max normalisation** ``r_ij = (x_ij - min_i x_ij) / (max_i x_ij - min_i x_ij)``
  for ``+`` indicators and ``(max_i x_ij - x_ij) / (max - min)`` for ``-`` (a constant
  column gives 0);
* **entropy weights** (Shannon entropy weight method; Zou, Yun & Sun 2006):
  ``p_ij = r_ij / sum_i r_ij``, ``e_j = -(1 / ln m) sum_i p_ij ln p_ij`` (``0 ln 0 = 0``),
  ``d_j = 1 - e_j``, ``w_j = d_j / sum_j d_j``;
* **TOPSIS** (Hwang & Yoon 1981): ``v_ij = w_j r_ij``; ideal ``v+_j = max_i v_ij``,
  anti-ideal ``v-_j = min_i v_ij``; ``D+_i = ||v_i - v+||``, ``D-_i = ||v_i - v-||``;
  closeness ``C_i = D-_i / (D+_i + D-_i)``; rank 1 = highest ``C``;
* **sensitivity**: each weight in turn multiplied by ``1 - delta`` and ``1 + delta``
  (default 20 %), weights renormalised, ranks recomputed; per region the best and worst
  rank over these ``2n`` runs and their range.

Regions missing any indicator are left out of the ranking and listed in ``extra['excluded']``.

Example config::

    name: new industries and the real economy
    weights: entropy            # or: given (each indicator then has a weight)
    indicators:
      - {name: hightech_revenue, direction: "+"}
      - {name: rd_intensity, expr: "hightech_rd / hightech_revenue", direction: "+"}
"""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from indupath.advise.result import AdviseResult
from indupath.errors import AnalysisError, ConfigError, NotFoundError

_OPS: dict[type, Any] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


@dataclass(frozen=True)
class Indicator:
    """One scorecard indicator."""

    name: str
    direction: str = "+"
    expr: str | None = None
    weight: float | None = None
    label_zh: str | None = None
    label_en: str | None = None


@dataclass(frozen=True)
class ScorecardConfig:
    """A parsed scorecard config."""

    name: str
    indicators: tuple[Indicator, ...]
    weights: str = "entropy"
    name_zh: str | None = None
    year: int | None = None
    delta: float = 0.2


def parse_config(data: dict[str, Any], *, file: str | None = None) -> ScorecardConfig:
    """Validate a config mapping (as read from YAML)."""
    where = f" in {file}" if file else ""
    if not isinstance(data, dict) or "indicators" not in data:
        raise ConfigError(f"a scorecard needs 'name' and 'indicators'{where}")
    weights = str(data.get("weights", "entropy"))
    if weights not in ("entropy", "given"):
        raise ConfigError(f"weights must be 'entropy' or 'given', got {weights!r}{where}")
    inds = []
    for i, item in enumerate(data["indicators"], start=1):
        if not isinstance(item, dict) or "name" not in item:
            raise ConfigError(f"indicator {i} needs a 'name'{where}")
        direction = str(item.get("direction", "+"))
        if direction not in ("+", "-"):
            raise ConfigError(
                f"indicator {item['name']!r}: direction must be '+' or '-', got {direction!r}{where}"
            )
        weight = item.get("weight")
        if weights == "given" and weight is None:
            raise ConfigError(f"indicator {item['name']!r} needs a weight (weights: given){where}")
        inds.append(
            Indicator(
                name=str(item["name"]),
                direction=direction,
                expr=item.get("expr"),
                weight=float(weight) if weight is not None else None,
                label_zh=item.get("label_zh"),
                label_en=item.get("label_en"),
            )
        )
    if not inds:
        raise ConfigError(f"a scorecard needs at least one indicator{where}")
    return ScorecardConfig(
        name=str(data.get("name", "scorecard")),
        name_zh=data.get("name_zh"),
        indicators=tuple(inds),
        weights=weights,
        year=data.get("year"),
        delta=float(data.get("delta", 0.2)),
    )


def load_config(path: str | Path) -> ScorecardConfig:
    """Read and validate a scorecard YAML file."""
    p = Path(path)
    if not p.exists():
        raise NotFoundError(f"scorecard config {p} does not exist")
    return parse_config(yaml.safe_load(p.read_text("utf-8")), file=str(p))


def evaluate(expr: str, data: pd.DataFrame) -> pd.Series:
    """Evaluate an arithmetic expression over the columns of ``data`` without ``eval``.

    Allowed: column names, numbers, ``+ - * /``, unary minus, parentheses. Division by
    zero gives NaN.
    """
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError as exc:
        raise ConfigError(f"cannot parse indicator expression {expr!r}: {exc.msg}") from None

    def walk(node: ast.AST) -> Any:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            left, right = walk(node.left), walk(node.right)
            if isinstance(node.op, ast.Div):
                right = right.where(right != 0) if isinstance(right, pd.Series) else (right or np.nan)
            return _OPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, (int, float))
            and not isinstance(node.value, bool)
        ):
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id not in data.columns:
                raise ConfigError(
                    f"unknown indicator {node.id!r} in {expr!r}; built-ins are: {', '.join(map(str, data.columns))}"
                )
            return data[node.id].astype(float)
        raise ConfigError(f"expression {expr!r} uses something other than names, numbers and + - * /")

    out = walk(tree)
    return out if isinstance(out, pd.Series) else pd.Series(out, index=data.index)


def minmax(X: np.ndarray, directions: list[str]) -> np.ndarray:
    """Min-max normalisation, reversed for ``-`` indicators (constant columns give 0)."""
    X = np.asarray(X, dtype=float)
    lo, hi = X.min(axis=0), X.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    R = (X - lo) / span
    for j, d in enumerate(directions):
        if d == "-":
            R[:, j] = (hi[j] - X[:, j]) / span[j]
    R[:, hi <= lo] = 0.0
    return R


def entropy_weights(R: np.ndarray) -> np.ndarray:
    """Shannon entropy weights of a normalised m x n matrix (formula in the module docstring)."""
    R = np.asarray(R, dtype=float)
    m = R.shape[0]
    if m < 2:
        raise AnalysisError(f"entropy weights need at least 2 regions, got {m}")
    col = R.sum(axis=0)
    P = np.divide(R, col, out=np.zeros_like(R), where=col > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(P > 0, P * np.log(np.where(P > 0, P, 1.0)), 0.0)
    e = -plogp.sum(axis=0) / np.log(m)
    e[col <= 0] = 1.0
    d = 1.0 - e
    if d.sum() <= 0:
        raise AnalysisError("all indicators are constant across regions; entropy weights are undefined")
    return np.asarray(d / d.sum())


def topsis(R: np.ndarray, w: np.ndarray) -> np.ndarray:
    """TOPSIS closeness ``C_i = D-_i / (D+_i + D-_i)`` of normalised benefit matrix ``R`` (Hwang & Yoon 1981)."""
    V = np.asarray(R, dtype=float) * np.asarray(w, dtype=float)[np.newaxis, :]
    best, worst = V.max(axis=0), V.min(axis=0)
    dp = np.sqrt(((V - best) ** 2).sum(axis=1))
    dm = np.sqrt(((V - worst) ** 2).sum(axis=1))
    tot = dp + dm
    return np.asarray(np.divide(dm, tot, out=np.full_like(dm, 0.5), where=tot > 0))


def _ranks(c: np.ndarray) -> np.ndarray:
    return np.asarray(pd.Series(c).rank(ascending=False, method="min").to_numpy(dtype=int))


def sensitivity(R: np.ndarray, w: np.ndarray, delta: float = 0.2) -> np.ndarray:
    """Best and worst rank of each region when each weight moves by ``±delta`` (m x 2 array)."""
    runs = [_ranks(topsis(R, w))]
    for j in range(len(w)):
        for f in (1 - delta, 1 + delta):
            w2 = w.copy()
            w2[j] *= f
            runs.append(_ranks(topsis(R, w2 / w2.sum())))
    stack = np.vstack(runs)
    return np.column_stack([stack.min(axis=0), stack.max(axis=0)])


def score(
    config: ScorecardConfig, data: pd.DataFrame, *, source: str = "", id_column: str = "region_code"
) -> AdviseResult:
    """Compute a scorecard on a table of built-in indicators (one row per region).

    Table columns: ``region_code`` (and ``name`` when given), each indicator's raw value,
    ``score`` (TOPSIS closeness), ``rank``, ``rank_best``, ``rank_worst``, ``rank_range``.
    ``extra['weights']`` maps indicator -> weight; ``extra['excluded']`` lists regions
    with missing values.
    """
    base = data.set_index(id_column) if id_column in data.columns else data
    values = pd.DataFrame(index=base.index)
    for ind in config.indicators:
        if ind.expr:
            values[ind.name] = evaluate(ind.expr, base)
        elif ind.name in base.columns:
            values[ind.name] = base[ind.name].astype(float)
        else:
            raise ConfigError(
                f"unknown built-in indicator {ind.name!r}; built-ins are: {', '.join(map(str, base.columns))}"
            )
    complete = values.replace([np.inf, -np.inf], np.nan).dropna()
    excluded = [str(i) for i in values.index.difference(complete.index)]
    if len(complete) < 2:
        raise AnalysisError(f"scorecard {config.name!r}: fewer than 2 regions have every indicator")
    names = [i.name for i in config.indicators]
    R = minmax(complete[names].to_numpy(dtype=float), [i.direction for i in config.indicators])
    if config.weights == "entropy":
        w = entropy_weights(R)
    else:
        w = np.array([i.weight for i in config.indicators], dtype=float)
        if (w < 0).any() or w.sum() <= 0:
            raise ConfigError(f"given weights must be non-negative with a positive sum, got {w.tolist()}")
        w = w / w.sum()
    c = topsis(R, w)
    sens = sensitivity(R, w, config.delta)
    table = complete.copy()
    if "name" in base.columns:
        table.insert(0, "name", base.loc[complete.index, "name"])
    table["score"] = c
    table["rank"] = _ranks(c)
    table["rank_best"] = sens[:, 0]
    table["rank_worst"] = sens[:, 1]
    table["rank_range"] = sens[:, 1] - sens[:, 0]
    table = table.rename_axis(id_column).reset_index().sort_values("rank").reset_index(drop=True)
    return AdviseResult(
        method="min-max normalisation; "
        + ("Shannon entropy weights" if config.weights == "entropy" else "given weights")
        + "; TOPSIS closeness (Hwang & Yoon 1981); rank range under ±delta weight changes",
        table=table,
        parameters={
            "scorecard": config.name,
            "weights": config.weights,
            "delta": config.delta,
            "year": config.year,
        },
        source=source,
        extra={"weights": dict(zip(names, w.tolist(), strict=True)), "excluded": excluded},
    )
