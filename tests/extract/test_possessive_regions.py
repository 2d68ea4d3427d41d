"""English possessive region names ("Guizhou's pillars"): a region of its own clause, not a scope
that carries to the next sentences. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import extract


def test_possessive_name_is_found() -> None:
    rm = extract("Guizhou's pillars are big data, modern chemicals and liquor.", date="2025-01-01", language="en")
    assert {(p.region_code, p.industry) for p in rm.priorities} >= {("520000", "big data"), ("520000", "modern chemicals")}


def test_possessive_fact_then_back_to_the_speaker() -> None:
    text = ("Heilongjiang will grow its ice and snow economy. Daqing's chemicals output is expected to reach "
            "250 billion yuan next year. The province aims to add 300 high-tech firms by 2027.")
    rm = extract(text, date="2025-10-15", language="en")
    got = {(t.region_code, t.value) for t in rm.targets}
    assert ("230600", 2.5e11) in got  # Daqing's own figure
    assert ("230000", 300.0) in got  # the next sentence is the province's again


def test_possessive_inside_a_clause_or_before_a_name_is_not_the_subject() -> None:
    text = ("Fujian will offer a reward of up to 5 million yuan to firms that move their headquarters to Fujian, "
            "and it has opened Fuzhou's new testing platform to them.")
    rm = extract(text, date="2025-09-09", language="en")
    assert {m.region_code for m in rm.measures} <= {"350000"}
    rm2 = extract("Fujian's Ningde will focus on lithium batteries and new energy materials.", date="2025-09-09",
                  language="en")
    assert {p.region_code for p in rm2.priorities} == {"350900"}


def test_xian_is_not_cut_at_the_apostrophe() -> None:
    rm = extract("Xi'an will grow aerospace, semiconductors and hard technology.", date="2025-01-01", language="en")
    assert {p.region_code for p in rm.priorities} == {"610100"}


def test_a_parent_named_in_an_apposition_is_no_subject() -> None:
    text = ("Yiwu's toy makers turn to design\n\n"
            "Wang is one of hundreds of owners in Yiwu, a county-level city under Jinhua, who are rebuilding their "
            "workshops. Toys and stationery remain the city's traditional pillar industries.\n")
    rm = extract(text, date="2026-01-20", language="en")
    assert {(p.industry, p.region_code) for p in rm.priorities} == {("Toys", "330782"), ("stationery", "330782")}
