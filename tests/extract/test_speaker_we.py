""""We" in a speech or an answer is its speaker: the region its label names, else the document's, not the
city the sentence before named. Texts written for these tests (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract

INTERVIEW = """Interview: Jiangxi's industry department on new industries

Reporter: What about future industries?

Deputy director of the Jiangxi department: Jiangxi has four strategic emerging industries. Nanchang is the centre of aviation manufacturing. For future industries, we are laying out humanoid robots, quantum technology and drones.

Reporter: What will Nanchang do?

Vice mayor of Nanchang: Nanchang will host the new aviation park. We are concentrating on avionics and aircraft maintenance.
"""


def test_we_is_the_speaker_not_the_city_just_named() -> None:
    rm = extract(INTERVIEW, date="2025-09-01", language="en")
    got = {(p.region, p.industry) for p in rm.priorities}
    assert ("Jiangxi Province", "humanoid robots") in got
    assert ("Jiangxi Province", "drones") in got
    assert not any(region == "Nanchang" and ind == "drones" for region, ind in got)


def test_we_in_an_answer_is_the_region_its_speaker_label_names() -> None:
    rm = extract(INTERVIEW, date="2025-09-01", language="en")
    got = {(p.region, p.industry) for p in rm.priorities}
    assert ("Nanchang", "avionics") in got or ("Nanchang", "aircraft maintenance") in got, got


SPEECH = """Address by the Governor of Hubei at the Optics Valley Partners Conference

Our province welcomes you. Xiangyang will concentrate on vehicle parts and hydrogen trucks. We will set aside 20,000 mu of industrial land for projects signed this week.

Deputy director, East Lake Science Zone: Wuhan hosts our labs. We will open a shared photonics pilot line for small firms.
"""


def test_a_fact_that_opens_with_we_is_the_speakers() -> None:
    rm = extract(SPEECH, date="2026-04-10", language="en")
    got = {(m.region_code, m.kind) for m in rm.measures}
    assert ("420000", "land") in got  # the governor's "we", not Xiangyang named the sentence before
    # a zone with no code of its own speaks for the city just named, not for the province
    assert ("420100", "platform") in got


DATELINED = """Remarks by the Governor at the Huai River Partners Forum

Hefei, April 20, 2026

Welcome to Anhui. Our province is ready for you.

We are building strategic emerging industries such as new energy vehicles and quantum information.
And we will keep upgrading traditional industries such as steel and building materials.
"""


def test_a_dateline_line_opens_no_section_for_its_city() -> None:
    rm = extract(DATELINED, language="en")
    assert {p.region_code for p in rm.priorities} == {"340000"}
