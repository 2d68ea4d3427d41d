"""Lists labelled after the fact ("…, described as strategic emerging industries", "are grouped as future
industries") and regions that open a section heading ("2. Sichuan: chips first"). Texts written for
these tests (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract


def _items(text: str, date: str = "2026-03-01") -> list[tuple[str, str, str | None]]:
    rm = extract(text, date=date, language="en")
    return [(p.region, p.industry, p.tier) for p in rm.priorities]


def test_described_as_label_after_a_list_opened_by_are() -> None:
    got = _items("Jiangxi's plan keeps copper as its base. Close behind are lithium batteries, optical instruments "
                 "and vehicle electronics, described as strategic emerging industries.")
    assert [(i, t) for _, i, t in got if i != "copper"] == [
        ("lithium batteries", "emerging"), ("optical instruments", "emerging"), ("vehicle electronics", "emerging")]


def test_grouped_as_label_in_a_while_clause() -> None:
    got = _items("Jiangxi backs the copper industry, while brain-computer interfaces, quantum computing and "
                 "humanoid robots are grouped as future industries.")
    assert [(i, t) for _, i, t in got if "copper" not in i] == [
        ("brain-computer interfaces", "future"), ("quantum computing", "future"), ("humanoid robots", "future")]


def test_hyphenated_adjective_does_not_cut_a_labelled_list() -> None:
    got = _items("In Guizhou, lithium-ion batteries, phosphorus-based fine chemicals and new energy vehicles "
                 "were listed as strategic emerging industries.")
    assert [i for _, i, _ in got] == ["lithium-ion batteries", "phosphorus-based fine chemicals", "new energy vehicles"]


BRIEF = ("Regional note: two western provinces compared\n\n"
         "Both plans were published in March. Sichuan's plan is the larger one.\n\n"
         "1. Sichuan: chips first\n"
         "Sichuan's plan sets out its priorities. At the top are integrated circuits, new displays and "
         "aviation equipment, described as strategic emerging industries.\n\n"
         "2. Shaanxi: aerospace and solar\n"
         "Shaanxi's document is shorter. First in line are photovoltaics, aero engines and hydrogen energy, "
         "described as strategic emerging industries.\n")


def test_a_region_heading_scopes_its_section() -> None:
    got = _items(BRIEF)
    by_region: dict[str, set[str]] = {}
    for region, industry, _ in got:
        by_region.setdefault(region, set()).add(industry)
    assert by_region == {
        "Sichuan Province": {"integrated circuits", "new displays", "aviation equipment"},
        "Shaanxi Province": {"photovoltaics", "aero engines", "hydrogen energy"},
    }


def test_a_heading_naming_a_region_inside_a_name_opens_no_section() -> None:
    # a one-line list item that names a city inside a project's name is not a section heading for that city
    text = ("河南省2024年重点工作\n\n"
            "创建郑州科创金融改革试验区\n\n"
            "大力发展新能源汽车、新型储能等战略性新兴产业\n")
    rm = extract(text, date="2024-01-29", language="zh")
    assert {p.region for p in rm.priorities} == {"河南省"}


def test_ous_adjective_does_not_cut_a_grouped_list() -> None:
    got = _items("In Yunnan, green aluminium, nonferrous metal alloys and silicon photovoltaics are grouped as "
                 "strategic emerging industries.")
    assert [i for _, i, _ in got] == ["green aluminium", "nonferrous metal alloys", "silicon photovoltaics"]


def test_are_named_as_label_in_a_while_clause() -> None:
    got = _items("Gansu's report backs new materials, while brain-computer interfaces and nuclear fusion are named as "
                 "future industries for early deployment.")
    assert [(i, t) for _, i, t in got if i != "new materials"] == [
        ("brain-computer interfaces", "future"), ("nuclear fusion", "future")]


def test_an_apposition_names_the_tier_of_a_sentence_initial_pair() -> None:
    got = _items("Fujian backs the sea. Deep-sea fishing and cruise tourism, the traditional mainstays, are to be "
                 "upgraded rather than expanded.")
    assert [(i, t) for _, i, t in got] == [("Deep-sea fishing", "traditional"), ("cruise tourism", "traditional")]


def test_the_digital_economy_in_a_list_of_pillars() -> None:
    got = _items("The plan identifies four pillars for Jilin: the bio-economy, the ice-and-snow economy, the digital "
                 "economy and aerospace.")
    assert "digital economy" in [i for _, i, _ in got]
