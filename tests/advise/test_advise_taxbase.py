"""Production-tax yields from value-added rows, by hand and on the national 2020 table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from indupath.advise import iotable, taxbase
from indupath.model import Measure, Span


def table3() -> iotable.IOTable:
    va = pd.DataFrame(
        {"net_production_taxes": [5.0, 2.0, 40.0], "value_added": [50.0, 100.0, 100.0]},
        index=["12", "13", "19"],
    )
    return iotable.IOTable(
        codes=("12", "13", "19"),
        names=("chem", "minerals", "electrical"),
        Z=np.zeros((3, 3)),
        x=np.array([100.0, 200.0, 400.0]),
        va=va,
        source="hand",
    )


def test_tax_yield_of_three_sectors_by_hand() -> None:
    y = taxbase.tax_yields(table3()).set_index("code")
    assert y["tax_per_output"].tolist() == pytest.approx([0.05, 0.01, 0.1])
    assert y["tax_per_value_added"].tolist() == pytest.approx([0.1, 0.02, 0.4])
    assert y.loc["19", "tax_per_yi_output"] == pytest.approx(1e7)  # 0.1 x 1亿元


def test_priority_yield_and_support_flag() -> None:
    y = taxbase.tax_yields(table3())
    m = Measure(
        kind="subsidy",
        text="对先进光伏项目给予5亿元补贴",
        amount=5e8,
        amount_unit="CNY",
        span=Span(start=0, end=1),
    )
    m_other = Measure(
        kind="fund", text="新材料基金", amount=2e9, amount_unit="CNY", span=Span(start=0, end=1)
    )
    pri = taxbase.priority_tax(["光伏", "新材料"], y, measures=[m, m_other]).set_index("priority")
    # photovoltaics -> sector 19: 40 / 400; new materials -> 12, 13 (14 absent): (5 + 2) / (100 + 200)
    assert pri.loc["光伏", "tax_per_output"] == pytest.approx(0.1)
    assert pri.loc["新材料", "tax_per_output"] == pytest.approx(7 / 300)
    assert pri.loc["光伏", "declared_support"] == pytest.approx(5e8)
    assert pri.loc["新材料", "declared_support"] == pytest.approx(2e9)
    # median yield 0.05: new materials (0.0233) is below it and has 20亿 support -> flagged
    assert not pri.loc["光伏", "low_yield_high_support"]
    assert pri.loc["新材料", "low_yield_high_support"]


def test_national_2020_table_gives_a_yield_for_every_sector() -> None:
    from indupath.advise.runs import national_io

    io = national_io("2020-42")
    y = taxbase.tax_yields(io)
    assert len(y) == 42 and y["tax_per_output"].notna().all()
    # net production taxes / output equals the VA002 and TI rows of the table
    assert y.loc[y["code"] == "33", "tax_per_output"].iloc[0] == pytest.approx(
        io.va.loc["33", "net_production_taxes"] / io.x[32]
    )
    # agriculture's production subsidies exceed its production taxes in 2020
    assert y.loc[y["code"] == "01", "tax_per_output"].iloc[0] < 0
    y153 = taxbase.tax_yields(national_io("2020-153"))
    assert len(y153) == 153 and y153["tax_per_output"].notna().all()


def test_yields_carried_to_2007_codes_weight_by_output() -> None:
    from indupath.advise.runs import national_io

    y = taxbase.tax_yields(national_io("2020-42")).set_index("code")
    t07 = taxbase.yields_2007(y.reset_index())
    expected = (y.loc["16", "net_production_taxes"] + y.loc["17", "net_production_taxes"]) / (
        y.loc["16", "output"] + y.loc["17", "output"]
    )
    assert t07["16"] == pytest.approx(expected)
    assert t07["30"] == pytest.approx(y.loc["28", "tax_per_output"])  # wholesale and retail
    assert len(t07) == 42


@pytest.mark.parametrize("region", ["340000", "210000"])
def test_taxbase_names_each_priority(region: str) -> None:
    from indupath.advise.priorities import example_roadmaps, priority_table, region_priorities
    from indupath.advise.runs import run_taxbase

    names = [p for p, _ in region_priorities(priority_table(example_roadmaps()), region)]
    res = run_taxbase(region, names)
    pri = res.extra["priorities"]
    assert list(pri["priority"]) == names and len(names) >= 7
    assert pri["tax_per_yi_output"].notna().all()
    assert res.table["share"].sum() == pytest.approx(1.0)
    out = res.table["output"].sum()
    assert res.extra["tax_to_output"] == pytest.approx(res.table["estimated_tax"].sum() / out)
