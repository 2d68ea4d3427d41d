"""An English paragraph that opens by describing what the last one spoke of ("The incentive package is generous.")
goes on about the place that paragraph named. Text written for these tests; places real, figures invented."""

from __future__ import annotations

from indupath.extract import extract

NOTE = """Provincial chip plans compared

Jiangsu wants provincial IC revenue above RMB1 trillion by 2027.

Changzhou released its chip action plan in April. It wants IC revenue to exceed RMB80 billion by 2027.

The incentive package is modest. Fabs investing above RMB500 million can claim a subsidy of 10 percent on equipment purchases, and a new RMB5 billion municipal chip fund will co-invest with private capital.
"""


def test_the_paragraph_goes_on_about_the_city_before() -> None:
    rm = extract(NOTE, date="2025-05-12", language="en")
    assert {m.region for m in rm.measures} == {"Changzhou"}


def test_a_long_possessed_phrase_still_belongs_to_its_possessor() -> None:
    text = ("Jiangsu wants provincial IC revenue above RMB1 trillion by 2027.\n\n"
            "Key takeaways\n- Changzhou's newly released action plan targets integrated-circuit revenue of more than "
            "RMB80 billion by 2027.\n")
    rm = extract(text, date="2025-05-12", language="en")
    assert {(t.region, t.value) for t in rm.targets} == {("Jiangsu Province", 1e12), ("Changzhou", 80e9)}


def test_a_paragraph_on_the_documents_plan_after_one_on_a_port_city_is_the_documents() -> None:
    text = ("Guangdong pushes NEV exports\n\n"
            "GUANGZHOU -- Guangdong province has rolled out a plan to expand exports of new energy vehicles.\n\n"
            "Zhanjiang, home to a deep-water port, will add three roll-on/roll-off routes this year.\n\n"
            "The plan also backs strategic emerging industries such as power batteries and automotive chips.\n")
    rm = extract(text, date="2026-04-14", language="en")
    assert {p.region for p in rm.priorities} == {"Guangdong Province"}
