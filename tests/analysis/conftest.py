"""Shared fixtures for the analysis tests: reference data copied under tests/data/analysis."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "analysis"
KW = {"region": "origin", "industry": "hs92", "value": "export_val"}


@pytest.fixture(scope="session")
def trade_sample() -> pd.DataFrame:
    """py-ecomplexity's sample, with export values rounded to float32 as Stata read them."""
    df = pd.read_csv(DATA / "trade_data_sample.csv")
    df["export_val"] = df["export_val"].astype(np.float32).astype(np.float64)
    return df


@pytest.fixture(scope="session")
def world_trade() -> pd.DataFrame:
    """The economiccomplexity package's 1998-2000 world trade averages (country, product, value)."""
    return pd.read_csv(DATA / "world_trade_avg_1998_to_2000.csv.gz", dtype={"product": str})


def tidy_keys(df: pd.DataFrame) -> pd.DataFrame:
    """Turn categorical keys into plain strings/ints for merging with reference files."""
    out = df.copy()
    for col in ("region", "industry", "industry_1", "industry_2"):
        if col in out:
            out[col] = out[col].astype(str)
    if "year" in out and out["year"].notna().all():
        out["year"] = out["year"].astype("int64")
    return out
