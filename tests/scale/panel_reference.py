"""Independent pandas references and comparisons for the panel-building tests."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parents[1] / "data" / "scale"


def as_cells(obs: pd.DataFrame) -> dict[tuple[str, str, int, str], float]:
    """Observations as {(region, industry, year, metric): value}."""
    return {
        (str(r), str(i), int(y), str(m)): float(v)
        for r, i, y, m, v in zip(
            obs["region_code"], obs["industry_code"], obs["year"], obs["metric"], obs["value"], strict=True
        )
    }


def assert_cells_equal(
    got: dict[tuple[str, str, int, str], float], want: dict[tuple[str, str, int, str], float], rel: float = 1e-9
) -> None:
    """Same keys (zeros left out on both sides) and values equal to ``rel``."""
    want = {k: v for k, v in want.items() if v != 0}
    missing = sorted(set(want) - set(got))[:5]
    extra = sorted(set(got) - set(want))[:5]
    assert not missing and not extra, f"missing {missing}, extra {extra}"
    bad = [(k, got[k], want[k]) for k in want if not math.isclose(got[k], want[k], rel_tol=rel, abs_tol=1e-9)]
    assert not bad, f"{len(bad)} cells differ, e.g. {bad[:5]}"


def pandas_firm_year_reference(
    df: pd.DataFrame, region_of: dict[str, str] | None = None, level: str = "province"
) -> dict[tuple[str, str, int, str], float]:
    """Panel of firm-year records computed directly with pandas (the definitions of the module docstring).

    Industry codes are taken as GB/T 4754 divisions already (first two digits). Exact
    duplicate rows are dropped first (for them the keep rule does not matter). A firm
    enters in a year it has a record and had none the year before (not in the first
    data year) and exits in a year it has none but had one the year before (up to the
    last data year), so gaps give an exit and a re-entry.
    """
    d = df.drop_duplicates().copy()
    assert not d.duplicated(["firm_id", "year"]).any(), "the reference handles exact duplicates only"
    cut = {"province": 2, "prefecture": 4, "county": 6}[level]
    d["r"] = d["region_code"].astype(str).str[:cut].str.ljust(6, "0")
    d["i"] = d["industry_code"].astype(str).str[:2]
    d["year"] = d["year"].astype(int)
    ymin, ymax = d["year"].min(), d["year"].max()
    cells: dict[tuple[str, str, int, str], float] = {}
    measures = [m for m in ("employment", "revenue", "tax", "capital") if m in d.columns]
    g = d.groupby(["r", "i", "year"])
    for (r, i, y), n in g.size().items():
        cells[(r, i, int(y), "firms_active")] = float(n)
    for m in measures:
        for (r, i, y), v in g[m].sum().items():
            cells[(r, i, int(y), m)] = float(v)
    present = set(zip(d["firm_id"], d["year"], strict=True))
    before = [(f, y - 1) in present for f, y in zip(d["firm_id"], d["year"], strict=True)]
    after = [(f, y + 1) in present for f, y in zip(d["firm_id"], d["year"], strict=True)]
    entries = d[~pd.Series(before, index=d.index) & (d["year"] > ymin)]
    exits = d[~pd.Series(after, index=d.index) & (d["year"] < ymax)]
    for (r, i, y), n in entries.groupby(["r", "i", "year"]).size().items():
        cells[(r, i, int(y), "firm_entries")] = float(n)
    for (r, i, y), n in exits.groupby(["r", "i", "year"]).size().items():
        cells[(r, i, int(y) + 1, "firm_exits")] = float(n)
    return cells


def with_gaps_and_duplicates(df: pd.DataFrame, seed: int, share: float = 0.05) -> pd.DataFrame:
    """Firm-year rows with a seeded ``share`` of rows removed (gaps, and shorter lives) and as many repeated.

    The repeats are exact copies (same region, industry and measures) appended at the end,
    so input order differs from the sorted one.
    """
    rng = np.random.default_rng(seed)
    drop = rng.random(len(df)) < share
    kept = df[~drop]
    repeat = kept.sample(n=int(share * len(df)), random_state=seed)
    return pd.concat([kept, repeat], ignore_index=True)
