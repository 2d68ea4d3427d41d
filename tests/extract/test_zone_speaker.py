"""A text that keeps saying "the zone" speaks for the zone it names, even when the host city is named
more often. Text written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

TEXT = """Feature: a high-tech zone in an old industrial city bets on lasers

On a weekday in the Wuhan East Lake High-tech Development Zone, engineers are testing fibre lasers.
Wuhan, the provincial capital, once lived on steel; Wuhan's new economy grows elsewhere.

The zone now hosts thousands of companies. The zone's managers say lasers and optical chips come first.

By 2028, the zone aims to lift the output of its optoelectronics industry to 600 billion yuan.
"""


def test_the_zone_is_the_speaker() -> None:
    rm = extract(TEXT, date="2026-05-09", language="en")
    zone = [r for r in rm.regions if "Zone" in r.name]
    assert zone, [r.name for r in rm.regions]
    assert {t.region for t in rm.targets} == {zone[0].name}
