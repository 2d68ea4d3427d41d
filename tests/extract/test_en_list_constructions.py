"""English list constructions: bracketed acronyms inside lists, a clause between label and cue,
and "among the <tier> industries". Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract
from indupath.extract.industries import _mask_acronyms


def _items(text: str) -> list[tuple[str, str | None]]:
    rm = extract(text, date="2026-03-01", language="en")
    return [(p.industry, p.tier) for p in rm.priorities]


def test_acronym_after_an_item_does_not_end_the_list() -> None:
    got = [i for i, _ in _items("Shanxi will foster industries such as artificial intelligence (AI), "
                                "integrated circuits and biomanufacturing.")]
    assert got == ["artificial intelligence", "integrated circuits", "biomanufacturing"]


def test_plural_acronym_mid_list() -> None:
    got = [i for i, _ in _items("Hefei will develop new energy vehicles (NEVs), commercial aerospace and "
                                "low-altitude economy.")]
    assert got == ["new energy vehicles", "commercial aerospace", "low-altitude economy"]


def test_spelled_out_expansion_stays_one_item() -> None:
    got = [i for i, _ in _items("Shaanxi will support industries such as carbon capture, utilisation and "
                                "storage (CCUS), green methanol and hydrogen metallurgy.")]
    assert got == ["carbon capture, utilisation and storage", "green methanol", "hydrogen metallurgy"]


def test_masking_keeps_offsets_and_leaves_other_brackets() -> None:
    s = "robots (AI), chips (see annex) and carbon capture, utilisation and storage (CCUS)."
    masked = _mask_acronyms(s)
    assert masked is not None and len(masked) == len(s)
    assert "(AI)" not in masked and "(see annex)" in masked and "(CCUS)" not in masked
    assert masked.count(",") == 1  # the list comma after "(AI)" stays; the expansion's comma is hidden
    assert _mask_acronyms("no brackets here") is None
    assert _mask_acronyms("growth (y/y) was 5%") is None


def test_clause_between_label_and_namely() -> None:
    got = _items("Dongguan is also lining up a set of future industries to incubate, namely humanoid robots, "
                 "quantum computing and hydrogen energy.")
    assert got == [("humanoid robots", "future"), ("quantum computing", "future"), ("hydrogen energy", "future")]


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("The plan counts solid-state batteries and green ammonia among its future industries.", "future"),
        ("Yunnan puts silicon photovoltaics and green aluminium among the strategic emerging industries "
         "it will back.", "emerging"),
    ],
)
def test_among_a_tier_label(text: str, tier: str) -> None:
    got = _items(text)
    assert len(got) == 2 and all(t == tier for _, t in got)


def test_among_a_plain_label_is_not_a_list() -> None:
    assert _items("Exports of steel rose among the major industries last year.") == []


@pytest.mark.parametrize("verb", ["will back", "aims to boost", "will bolster"])
def test_more_verbs_open_a_list(verb: str) -> None:
    got = [i for i, _ in _items(f"Gansu {verb} new materials, hydrogen energy and biomedicine.")]
    assert got == ["new materials", "hydrogen energy", "biomedicine"]


def test_support_for_an_activity_is_not_a_list() -> None:
    text = "Gansu will set aside 2 billion yuan to support technological upgrading of enterprises."
    assert _items(text) == []


def test_promoting_takes_activities_not_a_list() -> None:
    text = ("The conference proposed promoting new industrialization, building advanced manufacturing clusters, "
            "and expanding new productive forces.")
    assert _items(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yantai should turn itself into a national hub for marine equipment.", ["marine equipment"]),
        ("Yibin is to become a lithium-battery materials base by 2027.", ["lithium-battery materials"]),
    ],
)
def test_a_hub_to_become_names_its_industry(text: str, expected: list[str]) -> None:
    assert [i for i, _ in _items(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Hubei, home to a large steel base in Wuhan, plans to raise R&D spending this year.",
     "Wuhan will be a logistics hub for central China."],
)
def test_an_existing_base_or_unknown_hub_names_nothing(text: str) -> None:
    assert _items(text) == []


def test_semicolon_list_after_a_colon() -> None:
    text = ("Shaanxi lists five future industries: quantum technology; biomanufacturing; hydrogen energy and "
            "energy storage; satellite internet; and frontier materials.")
    assert [i for i, _ in _items(text)] == ["quantum technology", "biomanufacturing",
                                           "hydrogen energy and energy storage", "satellite internet",
                                           "frontier materials"]
    assert all(t == "future" for _, t in _items(text))


def test_semicolons_between_long_clauses_are_no_list() -> None:
    text = ("The plan has two aims: the province will double the output of its chip makers by 2027; "
            "and it will build ten new laboratories for quantum technology.")
    assert "the province will double the output of its chip makers by 2027" not in [i for i, _ in _items(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "alongside" adds items to the list, and the list before it ends in its own "and"
        ("Xiamen's new plan is out. Its priorities include flexible electronics, optical components and power "
         "modules, alongside the marine equipment built in Haicang.",
         ["flexible electronics", "optical components", "power modules", "marine equipment"]),
        ("Among strategic emerging industries, the plan names lithium batteries and hydrogen energy, "
         "alongside biomedicine and new materials.",
         ["lithium batteries", "hydrogen energy", "biomedicine", "new materials"]),
    ],
)
def test_alongside_continues_a_list(text: str, want: list[str]) -> None:
    assert sorted(i for i, _ in _items(text)) == sorted(want)


def test_a_plural_subject_and_its_bare_verb_are_no_part_of_the_list() -> None:
    got = _items("Hubei, Hunan and Jiangxi all name rail transit equipment and biomedicine among the "
                 "strategic emerging industries of their new outlines.")
    assert sorted({i for i, _ in got}) == ["biomedicine", "rail transit equipment"]
    assert {t for _, t in got} == {"emerging"}


def test_bullets_under_a_line_that_announces_chains_are_items_but_a_label_bullet_is_not() -> None:
    text = ("Invest in Zibo\n\nZibo is a city in Shandong.\n\n"
            "Investment promotion focuses on the following chains:\n"
            "- Fine chemicals, including electronic chemicals and fluorine materials\n"
            "- Medical devices\n"
            "- Traditional industries being upgraded, such as ceramics and glass\n")
    got = {i for i, _ in _items(text)}
    assert {"Fine chemicals", "Medical devices"} <= got
    assert not any(i.lower().startswith("traditional industries") for i in got)


def test_naming_opens_a_list_and_a_tiers_words_alone_are_no_item() -> None:
    got = _items("Wuhu has a new plan. The proposal keeps the city's bet on strategic emerging industries, naming "
                 "robots, new displays and low-altitude aircraft as the three industries to be built into clusters.")
    assert [i for i, _ in got] == ["robots", "new displays", "low-altitude aircraft"]


def test_an_apposition_with_the_citys_possessive_labels_the_list_before_it() -> None:
    got = _items("Wuhu has a plan. It will upgrade steel and cement, the city's traditional industries, with digital tools.")
    assert got == [("steel", "traditional"), ("cement", "traditional")]
