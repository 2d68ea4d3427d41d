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


def test_a_section_about_a_topic_of_the_release_is_read_and_the_issuers_is_not() -> None:
    text = ("Kestrel Materials signs 3-billion-yuan anode project in Yibin\n\n"
            "YIBIN, China, June 2, 2026 - Kestrel Materials today signed an investment agreement with the Yibin "
            "Municipal People's Government for an anode materials plant.\n\n"
            "The plant will be built in two phases and is scheduled to start production in 2027.\n\n"
            "About Yibin's power battery industry\n\n"
            "Yibin has made power batteries its leading strategic emerging industry, alongside crystalline silicon "
            "photovoltaics and new energy vehicles. The city aims to lift the output of its power battery industry "
            "to more than 200 billion yuan by 2028.\n\n"
            "About Kestrel Materials\n\n"
            "Founded in 2015, Kestrel makes anode materials and plans to reach 50 billion yuan of revenue by 2030.\n")
    rm = extract(text, language="en")
    assert [(p.industry, p.tier) for p in rm.priorities][:3] == [
        ("power batteries", "emerging"), ("crystalline silicon photovoltaics", "emerging"),
        ("new energy vehicles", "emerging")]  # (then the goal's own industry)
    assert [(t.value, t.year) for t in rm.targets] == [(200e9, 2028)]  # not the issuer's revenue plan
