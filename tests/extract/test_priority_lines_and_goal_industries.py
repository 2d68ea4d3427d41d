"""English priorities from a "priorities remain" line, "embodied" as an adjective, and the industry whose output
a goal states while the same sentence names a hub. Sentences written for these tests; places real, figures
illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _industries(text: str) -> list[str]:
    return [p.industry for p in extract(text, language="en", date="2026-02-01").priorities]


def test_a_priorities_line_lists_its_industries() -> None:
    assert _industries("Jiangsu's priorities remain the marine economy, biomedicine and semiconductors.") == [
        "marine economy", "biomedicine", "semiconductors"]


def test_embodied_is_an_adjective_of_the_item() -> None:
    assert "embodied AI" in _industries("The plan names embodied AI and quantum computing as future industries.")


def test_a_goal_for_an_industry_names_it_beside_a_hub() -> None:
    text = "Harbin is to become a national equipment hub, with output of its aviation industry topping 80 billion yuan by 2030."
    assert "aviation industry" in _industries(text)


def test_a_bracket_of_parts_after_an_item_names_items_too() -> None:
    text = ("The city's plan names three future industries: future manufacturing (humanoid robots, additive "
            "manufacturing), future materials "
            "(graphene, superconducting materials) and future space (satellite internet, space tourism).")
    items = _industries(text)
    for name in ("future manufacturing", "future materials", "future space", "humanoid robots", "graphene",
                 "satellite internet"):
        assert name in items, (name, items)


def test_a_bracket_after_a_label_is_the_list_itself() -> None:
    text = "The report lists four pillar industries (textiles, machinery, chemicals and food processing)."
    assert _industries(text) == ["textiles", "machinery", "chemicals", "food processing"]


def test_a_list_that_opens_its_sentence_keeps_its_last_item_before_the_verb() -> None:
    text = "Ceramics, glass and furniture remain the backbone of the county, and we will upgrade them."
    assert _industries(text) == ["Ceramics", "glass", "furniture"]


def test_a_label_that_opens_its_sentence_tiers_the_list_set_off_after_it() -> None:
    rm = extract("Our traditional strengths, porcelain and tea processing, will be upgraded rather than replaced.",
                 language="en", date="2026-02-01")
    assert [(p.industry, p.tier) for p in rm.priorities] == [("porcelain", "traditional"),
                                                             ("tea processing", "traditional")]


def test_an_industry_named_before_its_output_in_a_goal() -> None:
    assert "robotics industry" in _industries("Dalian wants its robotics industry output to top 20 billion yuan by 2027.")


def test_a_shared_cluster_head_leaves_the_last_item() -> None:
    assert _industries("Jinjiang was told to upgrade its footwear and garment clusters.") == ["footwear", "garment"]
    # (an industry's own head word stays: "light industry" is not "light")
    assert "light industry" in _industries("Weifang will upgrade its textiles and light industry.")


def test_betting_on_and_adding_to_a_list_of_future_industries() -> None:
    text = ("Gansu names new energy equipment as a strategic emerging industry, and adds humanoid robots and quantum "
            "computing to its list of future industries. Ningxia is betting on computing power and green hydrogen.")
    rm = extract(text, language="en", date="2025-11-12")
    got = {(p.region, p.industry, p.tier) for p in rm.priorities}
    assert ("Gansu Province", "humanoid robots", "future") in got and ("Gansu Province", "quantum computing", "future") in got
    assert {"computing power", "green hydrogen"} <= {p.industry for p in rm.priorities if p.region and "Ningxia" in p.region}
    # "the added value of …" adds nothing
    assert _industries("The added value of equipment manufacturing grew by 7% to its highest level.") == []


def test_an_ing_word_before_a_product_noun_is_no_verb() -> None:
    assert _industries("Textiles and new building materials are our traditional industries.") == [
        "Textiles", "new building materials"]


def test_a_conjunction_before_a_clause_ends_the_item_and_a_label_alone_is_none() -> None:
    text = ("This notice is issued to carry out the province's work on developing future industries and to make the "
            "county a base for biomanufacturing. Dongyang is upgrading traditional industries such as textile dyeing "
            "and has promised to help firms go digital.")
    found = _industries(text)
    assert not any(p.endswith(" and") for p in found), found
    assert "future industries" not in found
    assert "textile dyeing" in found


def test_a_columns_verbs_of_listing() -> None:
    text = ("Luoyang keeps its bearings as its anchor but adds new materials and robotics, plus quantum computing "
            "under the future heading. Xiangtan now pitches electric locomotives, wind power equipment and new "
            "energy storage. Shaoxing's list of emerging industries covers integrated circuits and biomedicine.")
    found = _industries(text)
    for item in ("new materials", "robotics", "quantum computing", "electric locomotives", "wind power equipment",
                 "new energy storage", "integrated circuits", "biomedicine"):
        assert item in found, (item, found)
    assert not any(p.startswith("plus ") for p in found)
