"""A park placed in a district speaks for that district, a press release's "About <issuer>" section is no plan,
and a facility a firm builds is no industry. Texts written for these tests; places real, firms and figures
invented."""

from __future__ import annotations

from indupath.extract import extract

RELEASE = """Wenzhou opens a new battery materials park

WENZHOU, May 6, 2025 - The Wenzhou Municipal People's Government today opened the Oujiang Battery Materials Park.

Located in Longwan District, the park will concentrate on cathode materials and energy storage batteries.

A spokesman for the city said the park is expected to house at least 40 enterprises by 2028.

Two anchor projects were signed, including a lithium carbonate plant by Ouhai Energy and a separator line by Donghai Films.

About Wenzhou

Wenzhou is a prefecture-level city in Zhejiang province. Its industrial base spans electrical equipment, footwear and
pumps and valves, and it will set up a 2 billion yuan fund for light industry.
"""


def test_a_park_placed_in_a_district_speaks_for_it() -> None:
    rm = extract(RELEASE, language="en", date="2025-05-06")
    assert {p.industry: p.region for p in rm.priorities} == {"cathode materials": "Longwan",
                                                              "energy storage batteries": "Longwan"}
    assert [(t.region, t.value) for t in rm.targets] == [("Longwan", 40.0)]


def test_the_about_section_and_facilities_give_no_facts() -> None:
    rm = extract(RELEASE, language="en", date="2025-05-06")
    industries = {p.industry for p in rm.priorities}
    assert not any("plant" in i or "line" in i or "footwear" in i for i in industries), industries
    assert not any("light industry" in m.text for m in rm.measures)


def test_a_partner_government_does_not_take_the_measure() -> None:
    text = ("The Jiangbei New Area will open a robotics testing centre this year.\n"
            "- A 3 billion yuan robotics fund will be co-founded with the Nanjing municipal government.")
    rm = extract(text, language="en", date="2026-01-08")
    assert {m.region for m in rm.measures} == {"Jiangbei New Area"}
