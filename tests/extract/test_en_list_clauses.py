"""English lists: where they end and what their items hold. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import industries as ind


def _items(text: str) -> list[str]:
    return [it.phrase for it in ind.en_lists(text, 0, len(text))]


def test_a_verb_and_its_object_after_the_last_comma_ends_the_list() -> None:
    # ", and lift the value added of …": a clause (any verb, then a determiner), not a fourth item, so the
    # last pair splits as it does when the sentence ends there
    text = ("The province said it would build clusters in new energy vehicles, integrated circuits and artificial "
            "intelligence, and lift the value added of its strategic emerging industries.")
    assert _items(text) == ["new energy vehicles", "integrated circuits", "artificial intelligence"]
    text = "Changde will grow biomedicine, new materials and smart equipment, and raise its share of exports."
    assert _items(text) == ["biomedicine", "new materials", "smart equipment"]


def test_lay_out_opens_a_list() -> None:
    text = "The city will lay out humanoid robots, quantum technology and brain-computer interfaces."
    assert _items(text) == ["humanoid robots", "quantum technology", "brain-computer interfaces"]
    assert _items("Hubei has laid out photonic chips, satellite internet and hydrogen energy.") == [
        "photonic chips", "satellite internet", "hydrogen energy"]


def test_a_gloss_in_brackets_neither_ends_the_list_nor_stays_in_its_item() -> None:
    text = "For future industries, we are laying out the metaverse (virtual reality), advanced batteries and drones."
    assert _items(text) == ["metaverse", "advanced batteries", "drones"]
    # a bracket that holds a list of its own neither ends the list: its parts are items too (the labelled sets
    # list them: the blind set's "future information (general AI, 6G), future health (…)")
    text = "The plan names future information (general AI, 6G), future health and future energy."
    assert _items(text) == ["future information", "future health", "future energy", "general AI", "6G"]


def test_a_quoted_label_after_the_list_closes_it() -> None:
    text = 'Wuxi lists integrated circuits, biomedicine and software as its three "core industries".'
    assert _items(text) == ["integrated circuits", "biomedicine", "software"]


def test_around_a_place_ends_the_list_but_around_a_figure_does_not_cut_an_item() -> None:
    text = "Beihai is developing green chemicals, new energy materials and glass products around the port."
    assert _items(text) == ["green chemicals", "new energy materials", "glass products"]
    text = "The city targets battery revenue of more than 60 billion yuan and PV revenue of around 40 billion yuan."
    assert not any(item.endswith(" of") for item in _items(text))


def test_a_labelled_list_keeps_items_without_a_sector_noun_before_one_with_it() -> None:
    text = ("The plan names emerging marine industries such as marine biomedicine, seawater desalination, "
            "offshore wind power and marine equipment, and calls for greener fishing.")
    assert _items(text) == ["marine biomedicine", "seawater desalination", "offshore wind power", "marine equipment"]


def test_an_unlabelled_list_keeps_a_first_item_without_a_sector_noun_when_two_follow_with_one() -> None:
    text = "Zigong will focus on valves, mining machinery, robots and new materials."
    assert _items(text) == ["valves", "mining machinery", "robots", "new materials"]
    # but not a tier's adjective or a bare short word
    assert "strategic emerging" not in _items("We will grow strategic emerging, new energy and robot industries.")


def test_an_industry_read_from_a_goal_does_not_run_into_its_verb() -> None:
    from indupath.extract import extract

    text = ("Gansu's plan is clear. The combined output of its green aluminum and silicon photovoltaic sectors is "
            "expected to exceed 300 billion yuan next year.")
    rm = extract(text, date="2025-12-20", language="en")
    assert not any(" is " in p.industry or p.industry.endswith(" is expected") for p in rm.priorities)
    assert rm.targets


def test_top_the_list_ends_it_and_into_leads_no_item() -> None:
    text = "Quantum technology, new displays and new energy vehicles top the list of priorities in Hefei's plan."
    assert _items(text) == ["Quantum technology", "new displays", "new energy vehicles"]
    text = "Hefei plans to expand into quantum technology, new displays and new energy vehicles."
    assert _items(text) == ["quantum technology", "new displays", "new energy vehicles"]


def test_an_adjective_after_and_opens_an_item_not_a_clause() -> None:
    text = "For us it starts with what we do well: rail transit equipment, aero-engines, and advanced hard alloys."
    assert _items(text) == ["rail transit equipment", "aero-engines", "advanced hard alloys"]


def test_a_named_system_with_a_sector_noun_is_an_item_of_a_labelled_list() -> None:
    text = ("Hubei is leaning on strategic emerging industries such as new energy vehicles, biomedicine and "
            "Beidou satellite applications.")
    assert "Beidou satellite applications" in _items(text)
    # a proper name capitalised throughout is not
    text = "Hainan backs emerging industries such as biomedicine, the Hainan Free Trade Port and tourism."
    assert "Hainan Free Trade Port" not in _items(text)
