"""A news digest whose bullets are headed by a place in capitals ("* HEFEI -- …"): each bullet speaks of its place.
Text written for these tests."""

from __future__ import annotations

from indupath.extract import extract

DIGEST = """WEEKLY INDUSTRY ROUND-UP

SHANGHAI, March 3 -- A summary of local industrial policy news from the past week.

* HEFEI -- The Anhui capital said it would invest 2 billion yuan this year in a quantum computing pilot line, and it aims to raise the output of its new display industry to more than 150 billion yuan by 2027.

* XI'AN -- The city plans to double the output of its aerospace industry to 200 billion yuan by 2028.

* GUANGZHOU -- Huangpu District in the southern city of Guangzhou set up a 5 billion yuan fund for biomedicine.
"""


def test_each_bullet_speaks_of_the_place_that_heads_it() -> None:
    rm = extract(DIGEST, date="2026-03-03", language="en")
    targets = {(t.region_code, t.value, t.year) for t in rm.targets}
    assert ("340100", 150e9, 2027) in targets  # Hefei, although the report was filed in Shanghai
    assert ("610100", 200e9, 2028) in targets  # Xi'an, written XI'AN
    funds = [m for m in rm.measures if m.kind == "fund"]
    # the bullet's own subject (Huangpu District) is named after the head, and keeps the fund
    assert [m.region_code for m in funds] == ["440112"]
    assert not any(r.code == "310000" for r in rm.regions)  # the dateline stays a dateline


def test_a_dateline_at_a_paragraphs_head_is_no_subject() -> None:
    rm = extract("BEIJING, June 4 -- Jiangsu plans to add 10 provincial-level smart factories by 2027.",
                 date="2026-06-04", language="en")
    assert [t.region_code for t in rm.targets] == ["320000"]
