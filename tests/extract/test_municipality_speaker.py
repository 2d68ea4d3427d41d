"""A municipality (Chongqing, Shanghai ...) speaks as a city: "the city" in its text is itself, not a
prefecture-level city named once in passing. Text written for this test."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """Tianjin's new measures for industry

Tianjin released a package of measures for new industries on Monday.

The city will set up a fund of 20 billion yuan for biomanufacturing.

By 2027, the city aims to raise the output of its biomanufacturing industry to 150 billion yuan.

Tianjin will also build five pilot platforms.

Chengdu's response: Chengdu has its own plan for the sector.
"""


def test_municipality_is_the_speaker() -> None:
    rm = extract(TEXT, date="2025-03-01", language="en")
    assert {t.region_code for t in rm.targets} == {"120000"}
    assert {m.region_code for m in rm.measures if m.kind == "fund"} == {"120000"}
