"""The report's specialisation section reads the 2007 provincial panel through the public
``indupath.advise.runs.provincial_output_2007`` and shows the region's top location quotients,
checked against LQs computed here by hand from the raw embedded dataset."""

from __future__ import annotations

import pandas as pd
import pytest

from indupath.advise.runs import io2007_names, provincial_output_2007
from indupath.datasets import load_dataset
from indupath.reports import build_region_report

ANHUI = "340000"


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return load_dataset("cn-io2007-provincial")


def test_provincial_output_2007_is_the_raw_gross_output(raw: pd.DataFrame) -> None:
    panel, source = provincial_output_2007()
    assert list(panel.columns) == ["region", "industry", "year", "value"]
    # 30 provinces (the 2007 tables have no Tibet) x 42 sectors, one year
    assert panel["region"].nunique() == 30 and "540000" not in set(panel["region"])
    assert panel["industry"].nunique() == 42 and len(panel) == 30 * 42
    assert set(panel["year"]) == {2007}
    assert panel["value"].sum() == pytest.approx(float(raw["gross_output"].sum()), rel=1e-12)
    got = panel.set_index(["region", "industry"])["value"]
    row = raw.iloc[0]
    assert got[(str(row["province_code"]), str(row["sector_code"]))] == pytest.approx(
        float(row["gross_output"])
    )
    assert source == str(raw.attrs["source"]) and "2007" in source


def test_specialisation_section_lists_the_top_location_quotients(raw: pd.DataFrame) -> None:
    doc, _ = build_region_report(ANHUI, [], lang="en", top=5)
    section = next(s for s in doc.sections if s.key == "specialisation")
    assert section.table is not None and section.source == str(raw.attrs["source"])

    # LQ_ri = (x_ri / x_r) / (x_i / x), x = gross output (Florence 1948; Isard 1960)
    x = raw.assign(r=raw["province_code"].astype(str), i=raw["sector_code"].astype(str))
    x_r = x.groupby("r")["gross_output"].sum()
    x_i = x.groupby("i")["gross_output"].sum()
    total = float(x["gross_output"].sum())
    mine = x[x["r"] == ANHUI]
    lq = (mine["gross_output"] / x_r[ANHUI]) / (mine["i"].map(x_i) / total)
    expected = pd.Series(lq.to_numpy(dtype=float), index=mine["i"]).sort_values(ascending=False).head(5)

    names = io2007_names()
    assert list(section.table["sector"]) == [f"{c} {names[c]}" for c in expected.index]
    assert section.table["LQ"].to_numpy() == pytest.approx(expected.to_numpy(), rel=1e-9)
