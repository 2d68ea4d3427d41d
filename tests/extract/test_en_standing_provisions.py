"""Provisions an English investors' page states in the present tense ("The zone pays 10% of …", "firms get 50% of
the rent refunded", "receive a one-time award of …", "the zone's fund invests in …", "we also run a loan risk
pool"), and a comparison with the previous year that is no past statement. Sentences written for these tests;
places real, the zone and figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str | None, str]]:
    return [(m.region_code, m.kind) for m in extract(text, language="en", date="2026-11-05").measures]


def test_present_tense_provisions_are_measures() -> None:
    assert _measures("In Luoyang, eligible manufacturers renting standard factory buildings get 50% of the rent "
                     "refunded for the first three years.") == [("410300", "subsidy")]
    assert _measures("In Luoyang, the zone pays 10% of a firm's annual R&D spending, with a cap of RMB 1 million a "
                     "year.") == [("410300", "subsidy")]
    assert _measures("In Luoyang, new provincial engineering research centres receive a one-time award of RMB "
                     "500,000.") == [("410300", "subsidy")]
    assert _measures("In Luoyang, the zone's RMB 2 billion industrial fund invests in firms in the zone.") == [
        ("410300", "fund")]


def test_spending_above_the_previous_year_is_a_condition_not_the_past() -> None:
    assert _measures("In Luoyang, the zone pays 10% of a firm's annual R&D spending above the previous year.") == [
        ("410300", "subsidy")]
    # what was paid in the previous year is a record, not a provision
    assert _measures("In the previous year, Luoyang's zone paid 10% of a firm's annual R&D spending.") == []


def test_a_description_in_the_present_with_no_provision_is_no_measure() -> None:
    assert _measures("In Luoyang, the zone gets 40% of its revenue from bearings.") == []
    assert _measures("In Luoyang, the zone pays attention to its bearing makers.") == []


def test_bullets_that_state_a_grant_and_its_amount_are_measures() -> None:
    text = ("Hubei issues new manufacturing subsidy rules\n\n2. What is available\n\n"
            "- Equipment upgrading: a subsidy of 8% of eligible equipment investment, up to RMB 20 million per project.\n"
            "- First-of-a-kind equipment: insurance premium subsidies for up to 80% of the premium.\n"
            "- Green factories: national-level green factories receive RMB 2 million.\n"
            "- Contacts: the provincial department's service desk.\n")
    rm = extract(text, language="en", date="2026-06-18")
    assert [(m.region_code, m.kind) for m in rm.measures] == [("420000", "subsidy")] * 3


def test_a_trade_zone_named_for_itself_is_a_region() -> None:
    text = ("Binjiang International Trade Zone, Jiangjin District, Chongqing\nFrequently Asked Questions\n\n"
            "Q1. What support is there?\nThe zone offers a 50 percent rent subsidy for standard factories.")
    rm = extract(text, language="en", date="2025-09-15")
    assert {m.region for m in rm.measures} == {"Binjiang International Trade Zone"}


def test_a_standing_list_of_measures_keeps_an_item_that_names_an_earlier_year() -> None:
    text = ("Zhuzhou: credit note. Support measures include a CNY 10 billion industrial mother fund set up by the city "
            "in 2024, an annual CNY 500 million manufacturing upgrade subsidy pool, and a pilot that lets firms lease "
            "land before buying it.")
    assert [m.kind for m in extract(text, language="en", date="2025-09-09").measures][:2] == ["fund", "subsidy"]
    # a list of last year's measures is a record, but for a fund it names with its size: the labelled sets count a
    # fund launched in the past as a measure
    text = ("Zhuzhou: credit note. Last year, support measures included a CNY 10 billion fund set up by the city and "
            "a pilot that let firms lease land before buying it.")
    assert [m.kind for m in extract(text, language="en", date="2025-09-09").measures] == ["fund"]


def test_what_a_place_is_doing_now_and_a_facilitys_scheduled_opening_are_measures() -> None:
    text = ("Zhanjiang\n\nZhanjiang is setting up a 2-billion-yuan marine equipment fund with provincial investors. "
            "Shipyards that move a line into the port area can claim an equipment rebate of 10 percent. "
            "A shared hull-testing platform will open in the third quarter.\n")
    rm = extract(text, language="en", date="2026-04-02")
    assert [m.kind for m in rm.measures] == ["fund", "subsidy", "platform"]
    # firms doing something now is no government measure
    rm = extract("Zhanjiang\n\nSeveral shipbuilders are building new docks in the port area.\n", language="en",
                 date="2026-04-02")
    assert rm.measures == ()


def test_a_pilot_a_county_shall_run_and_a_cluster_a_zone_shall_form_are_measures() -> None:
    text = ("Datong Action Plan for the Hydrogen Industry (2026-2030)\n\n"
            "Tianzhen County shall pilot off-grid hydrogen production. The Datong Economic and Technological "
            "Development Zone shall focus on electrolysers and fuel cells, forming an equipment manufacturing cluster.\n")
    rm = extract(text, language="en", date="2026-02-10")
    assert [(m.kind, m.text[:12]) for m in rm.measures] == [("program", "Tianzhen Cou"), ("cluster", "forming an e")]
    # a pilot line is a facility, not a programme
    rm = extract("Datong\n\nThe city will pilot lines for fuel cells.", language="en", date="2026-02-10")
    assert all(m.kind != "program" for m in rm.measures)


def test_a_platform_that_will_link_firms_and_a_pilot_plant_are_measures() -> None:
    text = ("Jiaxing\n\nA matchmaking platform will link 200 chain master and supplier companies. "
            "Haining will build a shared pilot plant for new materials.\n")
    rm = extract(text, language="en", date="2025-04-22")
    assert [m.kind for m in rm.measures] == ["platform", "platform"]


def test_a_counted_goal_is_a_target_and_not_a_measure_besides() -> None:
    text = ("Datong\n\nBy 2028, no fewer than 15 enterprises with annual revenue above 1 billion yuan shall be "
            "cultivated, and the city will start at least 60 major industrial projects this year. The city will set "
            "up a 2 billion yuan industrial fund.\n")
    rm = extract(text, language="en", date="2026-02-10")
    assert sorted(t.value for t in rm.targets) == [15, 60]
    assert [m.kind for m in rm.measures] == ["fund"]
