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


def test_a_county_level_city_named_most_speaks_as_the_city() -> None:
    # "the city" is a county-level city's word too: Shishi (石狮市, under Quanzhou), named most, speaks
    text = ("Interview | Shishi's mayor on casual wear\n\n"
            "Shishi, a county-level city administered by Quanzhou, makes casual wear. Shishi exports to 150 "
            "countries, and the city is proud of it.\n\n"
            "Q: What are your goals?\n\n"
            "A: We want the apparel cluster to exceed 200 billion yuan by 2027.\n")
    rm = extract(text, date="2026-03-01", language="en")
    assert rm.targets and {t.region_code for t in rm.targets} == {"350581"}, [(t.region, t.value) for t in rm.targets]
