"""English designations that name a list's group after it: "describes A as one of its future industries",
"to make A and B its leading emerging industries", "A and B, which it calls strategic emerging industries".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _items(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2026-03-01", language="en")
    return [(p.industry, p.tier) for p in rm.priorities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hainan describes commercial aerospace as one of its future industries.",
         [("commercial aerospace", "future")]),
        ("Hefei unveiled a plan to make quantum computing and nuclear fusion its leading future industries.",
         [("quantum computing", "future"), ("nuclear fusion", "future")]),
        ("Baotou is moving capital towards rare earth materials and wind turbines, which it calls strategic emerging "
         "industries.", [("rare earth materials", "emerging"), ("wind turbines", "emerging")]),
        ("Hunan, by contrast, calls biomanufacturing a future industry, a sign of longer horizons.",
         [("biomanufacturing", "future")]),
    ],
)
def test_a_designation_after_the_list_gives_its_tier(text: str, expected: list[tuple[str, str]]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Wuhan will expand its leading emerging industries.", "Shenzhen wants to make drones its next growth engine.",
     "The city will set up a 20-billion-yuan future industry fund."],
)
def test_no_list_before_the_possessive(text: str) -> None:
    assert _items(text) == []



def test_a_singular_label_after_a_relative_clause_names_one_phrase() -> None:
    # the applications after "for" are no list of industries
    got = _items("Ceramic membranes for water treatment, batteries and hydrogen, which the plan calls a strategic emerging "
                 "industry, are the city's main bet.")
    assert not any(i in ("batteries", "hydrogen") for i, _ in got)
    got2 = _items("The province wants its new display industry, which it calls a strategic emerging industry, to reach "
                  "500 billion yuan by 2028.")
    assert got2 == [("new display", "emerging")]


def test_flagged_as_a_group_and_a_region_opening_the_next_clause() -> None:
    rm = extract("Xi'an's plan targets 200 billion yuan by 2027. Optical chips and silicon carbide devices are flagged as "
                 "strategic emerging industries, and Yanta District will host a new chip park.", date="2025-05-12",
                 language="en")
    assert sorted((p.region, p.industry, p.tier) for p in rm.priorities) == [
        ("Xi'an", "Optical chips", "emerging"), ("Xi'an", "silicon carbide devices", "emerging")]


def test_one_industry_named_with_its_tier_after_a_possessive() -> None:
    assert _items("Gejiu will upgrade its traditional tin industry and build a logistics hub.") == [("tin", "traditional")]
    assert _items("The city will set up its emerging industry fund.") == []


def test_a_list_a_city_puts_an_industry_on_and_the_ones_beside_it() -> None:
    text = ("Guilin has put eco-tourism on its own list of traditional industries as well, together with "
            "tea processing and rice noodles production, even though tourism earnings fell last year.")
    rm = extract(text, language="en", date="2026-06-04")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("eco-tourism", "traditional"), ("tea processing", "traditional"), ("rice noodles production", "traditional")]
    # what follows "together with" must name sectors
    rm = extract("Guilin has put eco-tourism on its list of traditional industries, together with its provincial "
                 "partners.", language="en", date="2026-06-04")
    assert [p.industry for p in rm.priorities] == ["eco-tourism"]


def test_an_industry_named_with_its_own_digits_and_emerging_growth_points_as_a_label() -> None:
    text = "Jingdezhen names ceramic 3D printing and 8K video production as its strategic emerging growth points."
    rm = extract(text, language="en", date="2026-06-04")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("ceramic 3D printing", "emerging"), ("8K video production", "emerging")]
    rm = extract("景德镇市要重点发展陶瓷3D打印、先进陶瓷等战略性新兴产业。", language="zh", date="2026-06-04")
    assert [p.industry for p in rm.priorities] == ["陶瓷3D打印", "先进陶瓷"]


def test_where_growth_will_come_from_and_the_autonomous_region_as_a_sentences_subject() -> None:
    text = ("Baotou\n\nMayor: Steel remains our backbone, but the growth will come from rare-earth materials and "
            "wind turbine equipment. The autonomous region as a whole has set a target of 1,000 wind turbines a "
            "year by 2027.\n")
    rm = extract("Inner Mongolia Autonomous Region\n\n" + text, language="en", date="2026-01-20")
    assert [(p.region, p.industry) for p in rm.priorities] == [
        ("Baotou", "rare-earth materials"), ("Baotou", "wind turbine equipment")]
    assert [(t.region, t.value) for t in rm.targets] == [("Inner Mongolia Autonomous Region", 1000)]


def test_industries_given_priority_in_a_budgets_use_are_priorities() -> None:
    text = ("Shanxi Province\n\nThe provincial finance department will channel 30 billion yuan into parks next year, "
            "with priority for semiconductor and hydrogen energy.\n")
    rm = extract(text, language="en", date="2025-10-14")
    assert [p.industry for p in rm.priorities] == ["semiconductor", "hydrogen energy"]


def test_a_list_in_apposition_to_a_counted_label() -> None:
    text = ("Taizhou\n\nThe city will also explore two future industries, humanoid robots and synthetic biology, "
            "through dedicated task forces. It keeps three pillar industries, pharmaceuticals, plastics and "
            "machinery, which employ 80,000 people.")
    rm = extract(text, language="en", date="2025-04-22")
    assert [(p.industry, p.tier) for p in rm.priorities][:2] == [
        ("humanoid robots", "future"), ("synthetic biology", "future")]
    assert [p.industry for p in rm.priorities][2:] == ["pharmaceuticals", "plastics", "machinery"]
    # a count with no items after it names none
    assert extract("Taizhou\n\nThe plan covers five industries, and each gets a fund.", language="en",
                   date="2025-04-22").priorities == ()


def test_a_forms_field_names_its_list_and_tier() -> None:
    text = ("Zhuzhou (Hunan). Plan: Zhuzhou Future Manufacturing Plan. Future industries named: hydrogen energy, "
            "power semiconductors. Traditional industries to be upgraded: ceramics, garments.")
    rm = extract(text, language="en", date="2026-11-10")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("hydrogen energy", "future"), ("power semiconductors", "future"), ("ceramics", "traditional"),
        ("garments", "traditional")]


def test_one_of_our_label_and_the_top_of_our_list() -> None:
    text = ('Huizhou\n\n"Petrochemicals are one of our traditional industries, and solid-state batteries and '
            'hydrogen energy are at the top of our list of future industries," said the city\'s mayor.')
    rm = extract(text, language="en", date="2026-03-14")
    assert [(p.industry, p.tier) for p in rm.priorities] == [
        ("Petrochemicals", "traditional"), ("solid-state batteries", "future"), ("hydrogen energy", "future")]


def test_a_possessive_or_a_verb_the_list_ran_into_is_no_industry() -> None:
    text = ("Hydrogen energy appears as a future industry in three plans. The seed fund's coverage includes quantum "
            "technology and humanoid robots. Beijing backs next-generation information technology and biomedicine.")
    rm = extract(text, language="en", date="2026-06-04")
    industries = [p.industry for p in rm.priorities]
    assert not any("appears" in i or "'s" in i for i in industries), industries
    assert "next-generation information technology" in industries


def test_alloys_name_a_sector_in_a_list() -> None:
    text = "Guangxi\n\nWe will upgrade sugar, aluminium, ferroalloys and forest products through digital transformation."
    rm = extract(text, language="en", date="2026-02-02")
    assert [p.industry for p in rm.priorities] == ["sugar", "aluminium", "ferroalloys", "forest products"]


def test_an_industry_the_vocabulary_lists_keeps_its_list_going() -> None:
    text = "Baotou\n\nThe city will develop steel, rare earths and hydrogen equipment."
    rm = extract(text, language="en", date="2026-02-02")
    assert [p.industry for p in rm.priorities] == ["steel", "rare earths", "hydrogen equipment"]


def test_places_after_a_focus_verb_left_out_each_take_their_own_items() -> None:
    text = ("Guangdong Province\n\nShenzhen will focus on semiconductors and artificial intelligence, Foshan on "
            "home appliances and robots, and Zhuhai on aviation equipment.")
    rm = extract(text, language="en", date="2026-03-01")
    assert [(p.region, p.industry) for p in rm.priorities] == [
        ("Shenzhen", "semiconductors"), ("Shenzhen", "artificial intelligence"), ("Foshan", "home appliances"),
        ("Foshan", "robots"), ("Zhuhai", "aviation equipment")]
