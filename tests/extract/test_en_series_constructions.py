"""English constructions: a series of region names sharing one verb ("A, B and C have …"), lists closed by
"at the centre of", opened by "among them", labelled "as growth lines", and an industry named as the subject
of a revenue goal. Sentences written for these tests (figures illustrative)."""

from __future__ import annotations

import pytest

from indupath.extract import extract
from indupath.taxonomy.vocabulary import lookup_phrase


def _rows(text: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2026-03-01", language="en")
    return [(p.region, p.industry) for p in rm.priorities]


def test_a_series_of_names_shares_the_list() -> None:
    rows = _rows("Hubei, Hunan and Jiangxi have each drafted plans that put drones and industrial robots "
                 "at the heart of their manufacturing strategy.")
    assert sorted(rows) == sorted((r, i) for r in ("Hubei Province", "Hunan Province", "Jiangxi Province")
                                  for i in ("drones", "industrial robots"))


def test_two_names_with_a_comma_clause_are_not_a_series() -> None:
    # "Fujian, unlike Zhejiang, …": a comma after one name and no "and" in the series: Fujian's list only
    rows = _rows("Fujian, unlike Zhejiang, will focus on marine equipment and aquaculture.")
    assert {r for r, _ in rows} == {"Fujian Province"}


def test_a_generic_word_put_at_the_core_is_not_a_priority() -> None:
    assert _rows("Shanxi has put manufacturing at the core of its economy.") == []


def test_among_them_after_a_label() -> None:
    rows = _rows("The plan said traditional sectors, among them ceramics, footwear, and paper, would be upgraded "
                 "in Fujian.")
    assert [i for _, i in rows] == ["ceramics", "footwear", "paper"]


@pytest.mark.parametrize("label", ["growth lines", "growth drivers", "new directions"])
def test_a_list_labelled_after_as(label: str) -> None:
    rows = _rows(f"Qinghai will expand salt-lake chemicals, with magnesium alloys and potash fertilisers as {label}.")
    assert ("Qinghai Province", "magnesium alloys") in rows and ("Qinghai Province", "potash fertilisers") in rows


def test_an_industry_that_is_to_generate_revenue() -> None:
    rows = _rows("Sichuan wants its lithium battery industry to generate revenue exceeding 500 billion yuan by 2027.")
    assert rows == [("Sichuan Province", "lithium battery industry")]


def test_vocabulary_finds_the_other_number_of_an_english_noun() -> None:
    def concepts(phrase: str) -> set[str]:
        return {e.concept for e in lookup_phrase(phrase)}

    assert concepts("lithium battery") and concepts("lithium battery") == concepts("lithium batteries")
    assert concepts("power batteries") == concepts("power battery")
    assert concepts("energy storage battery") == concepts("energy storage batteries") != set()


def test_money_put_into_a_list_with_a_counted_appositive_label() -> None:
    rows = _rows("Hefei's new fund will put money mainly into display panels, quantum technology and robotics, three "
                 "sectors the city calls its strategic industries.")
    assert [i for _, i in rows] == ["display panels", "quantum technology", "robotics"]


def test_the_province_names_after_a_colon() -> None:
    rows = _rows("Shaanxi published its list, and Xi'an hosts most of the firms: the province names photonics, "
                 "hydrogen and commercial aerospace.")
    assert {r for r, _ in rows} == {"Shaanxi Province"}, rows


def test_a_sentence_initial_list_labelled_by_were_listed_as() -> None:
    rows = _rows("In Guangxi, new energy storage and materials, nonferrous metal alloys and new energy vehicles were "
                 "listed as strategic emerging industries to be scaled up.")
    assert [i for _, i in rows] == ["new energy storage and materials", "nonferrous metal alloys",
                                    "new energy vehicles"], rows


def test_consumer_staples_after_such_as() -> None:
    rows = _rows("Sichuan said traditional industries such as liquor, tobacco and specialty foods will be upgraded.")
    assert [i for _, i in rows] == ["liquor", "tobacco", "specialty foods"]


def test_a_zone_after_make_is_an_object_not_the_owner() -> None:
    rows = _rows("Guizhou released its report. It named computing power and big data as the province's first engine, "
                 "pledging to make the Gui'an New Area a computing hub.")
    assert rows and {r for r, _ in rows} == {"Guizhou Province"}, rows


def test_lists_after_push_into_and_driven_by() -> None:
    assert _rows("Karamay will lead the push into hydrogen energy and battery storage.") == [
        ("Karamay", "hydrogen energy"), ("Karamay", "battery storage")]
    rows = _rows("Anhui wants output to exceed 1 trillion yuan by 2027, driven by display panels, quantum technology "
                 "and robotics.")
    assert [i for _, i in rows] == ["display panels", "quantum technology", "robotics"]


def test_extending_from_one_industry_into_others() -> None:
    rows = _rows("Guangxi will help Yulin in extending from diesel engines into hydrogen fuel cells and "
                 "energy storage systems.")
    assert ("hydrogen fuel cells" in [i for _, i in rows]), rows


def test_pushes_into_and_lists_as() -> None:
    rows = _rows("Zibo wants its ceramics industry to stay strong while it pushes into advanced ceramics and "
                 "aviation parts.")
    assert ("Zibo", "advanced ceramics") in rows
    rows = _rows("Tianjin lists biomedicine, new materials and aerospace as its three leading industries.")
    assert [i for _, i in rows] == ["biomedicine", "new materials", "aerospace"]
