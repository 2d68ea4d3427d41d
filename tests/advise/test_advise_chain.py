"""Input-output matrices and chain links, checked against hand-computed small tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.advise import chain, iotable
from indupath.errors import AnalysisError, NotFoundError


def two_sector() -> iotable.IOTable:
    # Z = [[10, 20], [30, 40]], x = [100, 200]
    return iotable.IOTable(
        codes=("01", "02"),
        names=("farm", "factory"),
        Z=np.array([[10.0, 20.0], [30.0, 40.0]]),
        x=np.array([100.0, 200.0]),
        va=pd.DataFrame(index=["01", "02"]),
        source="hand",
    )


def test_technical_coefficients_by_hand() -> None:
    A = two_sector().coefficients()
    np.testing.assert_allclose(A, [[0.1, 0.1], [0.3, 0.2]])


def test_leontief_inverse_of_two_sectors_by_hand() -> None:
    # I - A = [[0.9, -0.1], [-0.3, 0.8]], det = 0.72 - 0.03 = 0.69
    L = two_sector().leontief()
    np.testing.assert_allclose(L, np.array([[0.8, 0.1], [0.3, 0.9]]) / 0.69)


def test_zero_output_sector_gives_zero_column() -> None:
    A = iotable.technical_coefficients(np.array([[1.0, 0.0], [2.0, 0.0]]), np.array([10.0, 0.0]))
    np.testing.assert_allclose(A, [[0.1, 0.0], [0.2, 0.0]])


def test_singular_table_raises() -> None:
    with pytest.raises(AnalysisError):
        iotable.leontief_inverse(np.array([[1.0, 0.0], [0.0, 0.5]]))


def three_sector() -> iotable.IOTable:
    Z = np.array([[0.0, 30.0, 5.0], [10.0, 0.0, 40.0], [2.0, 20.0, 0.0]])
    return iotable.IOTable(
        codes=("1", "2", "3"),
        names=("ore", "steel", "cars"),
        Z=Z,
        x=np.array([100.0, 200.0, 400.0]),
        va=pd.DataFrame(index=["1", "2", "3"]),
        source="hand",
    )


def test_linkages_upstream_and_downstream() -> None:
    io = three_sector()
    res = chain.linkages(io, "cars", top=5)
    up = res.table[res.table["direction"] == "upstream"].set_index("code")
    down = res.table[res.table["direction"] == "downstream"].set_index("code")
    # direct coefficients of cars (column 3): a_13 = 5/400, a_23 = 40/400
    assert up.loc["1", "direct_coefficient"] == pytest.approx(0.0125)
    assert up.loc["2", "direct_coefficient"] == pytest.approx(0.1)
    assert list(up.index) == ["2", "1"]  # steel needs more in total
    L = io.leontief()
    assert up.loc["2", "total_requirement"] == pytest.approx(L[1, 2])
    # output coefficients of cars (row 3): b_31 = 2/400, b_32 = 20/400
    assert down.loc["2", "output_coefficient"] == pytest.approx(0.05)
    assert list(down.index) == ["2", "1"]
    assert res.parameters["sector"] == "3"


def test_chain_gaps_flags_strong_links_weak_locally() -> None:
    io = three_sector()
    lq = pd.Series({"1": 0.4, "2": 1.3, "3": 0.9})
    res = chain.chain_gaps(io, "3", lq, min_coefficient=0.01)
    to_fill = dict(zip(res.table["code"], res.table["to_fill"], strict=True))
    assert to_fill == {"2": False, "1": True}
    assert res.parameters["sector_lq"] == pytest.approx(0.9)


def test_chain_gaps_without_local_data_is_none() -> None:
    res = chain.chain_gaps(three_sector(), "3", pd.Series({"2": 0.5}), min_coefficient=0.0)
    assert dict(zip(res.table["code"], res.table["to_fill"], strict=True)) == {"2": True, "1": None}


def test_find_unknown_sector() -> None:
    with pytest.raises(NotFoundError):
        three_sector().find("aircraft")


def test_from_national_sums_domestic_and_imports() -> None:
    rows = [
        {"Code": "01", "Description": "a", "Origin": "Domestic", "01": 1.0, "02": 2.0, "GO": 0.0},
        {"Code": "02", "Description": "b", "Origin": "Domestic", "01": 3.0, "02": 4.0, "GO": 0.0},
        {"Code": "01", "Description": "a", "Origin": "Imports", "01": 0.5, "02": 0.0, "GO": 0.0},
        {"Code": "02", "Description": "b", "Origin": "Imports", "01": 0.0, "02": 1.0, "GO": 0.0},
        {"Code": "VA002", "Description": "tax", "Origin": "TOT", "01": 0.2, "02": 0.3, "GO": 0.0},
        {"Code": "TVA", "Description": "va", "Origin": "TOT", "01": 5.0, "02": 3.0, "GO": 0.0},
        {"Code": "TI", "Description": "ti", "Origin": "TOT", "01": 10.0, "02": 10.0, "GO": 0.0},
    ]
    df = pd.DataFrame(rows)
    total = iotable.from_national(df)
    np.testing.assert_allclose(total.Z, [[1.5, 2.0], [3.0, 5.0]])
    np.testing.assert_allclose(total.x, [10.0, 10.0])
    domestic = iotable.from_national(df, origin="domestic")
    np.testing.assert_allclose(domestic.Z, [[1.0, 2.0], [3.0, 4.0]])
    assert total.va.loc["02", "net_production_taxes"] == pytest.approx(0.3)


def test_national_2020_electronics_suppliers() -> None:
    """On the embedded NBS 2020 table, A and L satisfy (I - A) L = I and metals are a top supplier."""
    from indupath.advise.runs import national_io

    io = national_io("2020-42")
    A, L = io.coefficients(), io.leontief()
    np.testing.assert_allclose((np.eye(len(io.codes)) - A) @ L, np.eye(len(io.codes)), atol=1e-9)
    assert (L.diagonal() >= 1).all()
    res = chain.linkages(io, "20", top=5)
    up = res.table[res.table["direction"] == "upstream"]
    assert "14" in set(up["code"])  # metal smelting and rolling
    # electronics buys about half of its own output as inputs (a_jj from the table)
    assert res.extra["self_input_coefficient"] == pytest.approx(io.Z[19, 19] / io.x[19])
