"""Concentration and inequality indices: PySAL's published values and hand-computed cases."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from indupath.analysis.concentration import (
    concentration,
    gini,
    hhi,
    inequality,
    lorenz_gini_rows,
    shannon_entropy,
    theil,
)
from indupath.errors import AnalysisError, InputError

from .conftest import DATA, tidy_keys


def test_gini_mexico_1940_matches_pysal() -> None:
    y = pd.read_csv(DATA / "mexico_pcgdp1940.csv")["pcgdp1940"]
    assert len(y) == 32
    assert gini(y) == pytest.approx(0.35372371173452849, abs=1e-14)


def test_gini_hand_case_and_errors() -> None:
    # sum over ordered pairs |yi - yj| = 20; 2 n^2 mean = 2 * 16 * 2.5 = 80
    assert gini([1, 2, 3, 4]) == pytest.approx(0.25)
    assert gini([5, 5, 5]) == pytest.approx(0.0)
    with pytest.raises(AnalysisError):
        gini([0, 0])
    with pytest.raises(InputError):
        gini([-1, 3])


def test_theil_decomposition_pysal_case() -> None:
    t = theil([0, 0, 0, 10, 10, 10], groups=[0, 0, 0, 1, 1, 1])
    assert t.between == pytest.approx(math.log(2), abs=1e-15)
    assert t.within == pytest.approx(0.0, abs=1e-15)
    assert t.total == pytest.approx(math.log(2), abs=1e-15)


def test_theil_between_plus_within_is_total() -> None:
    y = np.array([1.0, 4.0, 2.0, 8.0, 3.0])
    t = theil(y, groups=["a", "a", "b", "b", "b"])
    assert t.between + t.within == pytest.approx(t.total, abs=1e-15)
    # hand: s = y / 18, T = sum s ln(5 s)
    s = y / 18
    assert t.total == pytest.approx(float((s * np.log(5 * s)).sum()))


def test_hhi_and_entropy() -> None:
    assert hhi([1, 1]) == pytest.approx(0.5)
    assert hhi([3, 0, 0]) == pytest.approx(1.0)
    assert shannon_entropy([1, 1, 1, 1]) == pytest.approx(math.log(4))
    assert shannon_entropy([7, 0]) == pytest.approx(0.0)


def test_locational_gini_hand_case() -> None:
    # industry x: region A 30 of total 40, region B 20 of total 60 (see docstring formula)
    g = lorenz_gini_rows(np.array([[30.0, 20.0]]), np.array([40.0, 60.0]))
    assert g[0] == pytest.approx(0.2)


def _small() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region": ["A", "A", "B", "B"],
            "industry": ["x", "y", "x", "y"],
            "year": [2020] * 4,
            "value": [30.0, 10.0, 20.0, 40.0],
        }
    )


def test_concentration_by_region_hand_case() -> None:
    out = tidy_keys(concentration(_small())).set_index("region")
    # A: shares (0.75, 0.25) vs national (0.5, 0.5)
    assert out.loc["A", "hhi"] == pytest.approx(0.625)
    assert out.loc["A", "entropy"] == pytest.approx(-(0.75 * math.log(0.75) + 0.25 * math.log(0.25)))
    assert out.loc["A", "krugman"] == pytest.approx(0.5)
    assert out.loc["A", "hoover"] == pytest.approx(0.25)
    assert out.loc["A", "diversity"] == 1 and out.loc["B", "diversity"] == 1
    # A's Gini vs national (0.5, 0.5): ratios y 0.5, x 1.5 -> 1 - [0.5*0.25 + 0.5*(1 + 0.25)] = 0.25
    assert out.loc["A", "gini"] == pytest.approx(0.25)
    assert out.attrs["parameters"]["by"] == "region"


def test_concentration_by_industry_hand_case() -> None:
    out = tidy_keys(concentration(_small(), by="industry")).set_index("industry")
    assert out.loc["x", "gini"] == pytest.approx(0.2)  # locational Gini, as above
    # x: regional shares (0.6, 0.4) vs total (0.4, 0.6): Krugman 0.4
    assert out.loc["x", "krugman"] == pytest.approx(0.4)
    assert out.loc["x", "hhi"] == pytest.approx(0.52)
    assert out.loc["x", "ubiquity"] == 1


def test_inequality_per_year_with_groups() -> None:
    df = pd.DataFrame(
        {
            "year": [1] * 6 + [2] * 6,
            "g": ["w", "w", "w", "e", "e", "e"] * 2,
            "v": [0, 0, 0, 10, 10, 10] + [1, 2, 3, 4, 5, 6],
        }
    )
    out = inequality(df, value="v", group="g", year="year").set_index("year")
    assert out.loc[1, "theil_between"] == pytest.approx(math.log(2))
    assert out.loc[1, "gini"] == pytest.approx(0.5)
    assert out.loc[2, "theil_between"] + out.loc[2, "theil_within"] == pytest.approx(out.loc[2, "theil"])
