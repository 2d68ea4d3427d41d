"""Concordances: weights, coverage, round trips; crosswalk of a panel with hand-computed results."""

from __future__ import annotations

import pandas as pd
import pytest

from indupath.errors import InputError, NotFoundError
from indupath.taxonomy import (
    concepts,
    concordance,
    concordance_pairs,
    concordances_table,
    crosswalk,
    industries_table,
)


def test_weights_of_every_from_code_sum_to_one() -> None:
    t = concordances_table()
    sums = t.groupby(["from_scheme", "to_scheme", "from_code"])["weight"].sum()
    assert ((sums - 1.0).abs() < 1e-9).all(), sums[(sums - 1.0).abs() >= 1e-9]
    assert (t["weight"] > 0).all()


@pytest.mark.parametrize(
    ("a", "b"),
    [("IO42", "GB/T 4754-2017"), ("IO153", "GB/T 4754-2017"), ("IO153", "IO42"), ("IO42-2007", "GB/T 4754-2017"),
     ("BEA", "BEA-SUMMARY")],
)
def test_concordances_round_trip(a: str, b: str) -> None:
    fwd, back = concordance(a, b), concordance(b, a)
    # the same links in both directions
    assert set(zip(fwd["from_code"], fwd["to_code"], strict=True)) == set(
        zip(back["to_code"], back["from_code"], strict=True)
    )
    # every code of both schemes is covered
    if a != "BEA":
        assert set(fwd["from_code"]) == set(industries_table(a)[lambda d: d["level"] != "section"]["code"])
        assert set(back["from_code"]) == set(industries_table(b)[lambda d: d["level"] == "division"]["code"]) or (
            b != "GB/T 4754-2017"
        )
    # a panel mapped there and back keeps its total
    panel = pd.DataFrame({"region": "r", "industry": sorted(set(fwd["from_code"])), "value": 1.0})
    there, lost = crosswalk(panel, a, b)
    again, lost2 = crosswalk(there, b, a)
    assert lost.empty and lost2.empty
    assert there["value"].sum() == pytest.approx(panel["value"].sum())
    assert again["value"].sum() == pytest.approx(panel["value"].sum())


def test_every_gbt_division_lies_in_exactly_one_io42_sector() -> None:
    g = concordance("GB/T 4754-2017", "IO42")
    assert g.groupby("from_code").size().max() == 1
    assert len(g) == 97
    assert dict(zip(g["from_code"], g["to_code"], strict=True))["39"] == "20"  # electronics
    assert dict(zip(g["from_code"], g["to_code"], strict=True))["27"] == "12"  # medicines in chemical products


def test_io2007_sectors_map_into_the_2020_sectors() -> None:
    c = concordance("IO42-2007", "IO42")
    m = {(f, t): w for f, t, w in zip(c["from_code"], c["to_code"], c["weight"], strict=True)}
    assert m[("19", "20")] == 1.0  # communication equipment and computers
    assert m[("16", "16")] == pytest.approx(1 / 3) and m[("16", "17")] == pytest.approx(1 / 3)  # + repair
    assert m[("29", "31")] == 1.0 and m[("27", "29")] == 1.0  # the 2007 order of services differs
    assert len(set(c["from_code"])) == 42


def test_csrc_is_identity_on_division_numbers() -> None:
    c = concordance("csrc", "gbt")
    assert all(f[1:] == t for f, t in zip(c["from_code"], c["to_code"], strict=True))
    assert len(c) == 90  # divisions 01-90 of sections A-R; CSRC's S is 综合 (conglomerates)


def test_vocabulary_concordances_match_the_vocabulary() -> None:
    by_id = {c.id: c for c in concepts()}
    g = concordance("VOCAB", "GB/T 4754-2017")
    for cid, rows in g.groupby("from_code"):
        assert dict(zip(rows["to_code"], rows["weight"], strict=True)) == pytest.approx(dict(by_id[cid].divisions))
    sei = concordance("VOCAB", "SEI-2018")
    fut = concordance("VOCAB", "FUTURE-2024")
    classified = set(sei["from_code"]) | set(fut["from_code"])
    assert classified == {c.id for c in concepts() if c.scheme in ("SEI-2018", "FUTURE-2024")}


def test_crosswalk_hand_computed() -> None:
    # IO42 sector 14 (metal smelting) = GB/T 31 + 32; sector 20 = GB/T 39
    panel = pd.DataFrame(
        {"region": ["a", "a", "b", "a"], "year": [2020, 2020, 2020, 2020],
         "industry": ["14", "20", "20", "XX"], "value": [10.0, 4.0, 6.0, 1.0]}
    )
    mapped, unmapped = crosswalk(panel, "IO42", "GB/T 4754-2017")
    got = {(r.region, r.industry): r.value for r in mapped.itertuples()}
    assert got == {("a", "31"): 5.0, ("a", "32"): 5.0, ("a", "39"): 4.0, ("b", "39"): 6.0}
    assert list(unmapped["industry"]) == ["XX"]
    assert mapped.attrs["method"] == "weighted concordance crosswalk"
    assert list(mapped.columns) == list(panel.columns)
    # and back: divisions aggregate into their sector
    back, _ = crosswalk(mapped, "GB/T 4754-2017", "IO42")
    assert {(r.region, r.industry): r.value for r in back.itertuples()} == {
        ("a", "14"): 10.0, ("a", "20"): 4.0, ("b", "20"): 6.0}


def test_crosswalk_errors() -> None:
    with pytest.raises(NotFoundError):
        concordance("SITC2", "IO42")
    with pytest.raises(InputError):
        crosswalk(pd.DataFrame({"x": [1]}), "IO42", "gbt")
    bad = pd.DataFrame({"from_scheme": "A", "from_code": ["1", "1"], "to_scheme": "B", "to_code": ["x", "y"],
                        "weight": [0.5, 0.6]})
    with pytest.raises(InputError):
        crosswalk(pd.DataFrame({"industry": ["1"], "value": [1.0]}), "A", "B", table=bad)
    assert ("IO42", "GB/T 4754-2017") in concordance_pairs()
