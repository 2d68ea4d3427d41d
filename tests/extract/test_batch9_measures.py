"""Measure and region constructions met in batch 9's errors, tested with texts written for these tests
(figures illustrative): a measure that backs named regions in building something is theirs, run-in titles
of list items are not measures, "the region" is the autonomous region just named, and a district name that
several cities share is the one inside the city the text names."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str, language: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2026-03-01", language=language)
    return [(m.region, m.text) for m in rm.measures]


def test_backing_named_cities_in_building_is_their_measure_zh() -> None:
    rows = _measures("浙江省将支持温州、台州建设智能装备产业园。", "zh")
    assert [r for r, _ in rows] == ["温州市", "台州市"]


def test_backing_named_districts_is_their_measure_en() -> None:
    rows = _measures("Guangzhou will support Huangpu District and Nansha District in building hydrogen "
                     "refuelling test bases.", "en")
    assert sorted(r for r, _ in rows) == ["Huangpu", "Nansha"]


def test_backing_with_no_region_after_the_verb_stays_the_governments() -> None:
    rows = _measures("浙江省将支持龙头企业建设中试平台。", "zh")
    assert [r for r, _ in rows] == ["浙江省"]


def test_run_in_titles_of_items_are_not_measures() -> None:
    text = ("Action plan of Xiamen for the semiconductor industry\n\n"
            "1. Attracting talent. Firms that hire chip designers will be given housing subsidies of up to "
            "500,000 yuan.\n"
            "2. Building platforms. Build a public wafer testing platform by 2026.\n")
    texts = [t for _, t in _measures(text, "en")]
    assert not any(t.startswith(("Attracting talent", "Building platforms")) for t in texts), texts
    assert any("housing subsidies" in t for t in texts) and any("wafer testing platform" in t for t in texts)


def test_run_in_titles_zh() -> None:
    text = "厦门市2026年工作要点\n\n● 设立人才基金。对顶尖团队给予最高1亿元支持。\n"
    texts = [t for _, t in _measures(text, "zh")]
    assert not any("设立人才基金" in t for t in texts), texts
    assert any("顶尖团队" in t for t in texts)


def test_the_region_is_the_autonomous_region_just_named() -> None:
    text = ("Inner Mongolia wants green hydrogen output to reach 500,000 tonnes by 2027. Ordos hosts most of the "
            "plants. To pay for them, the region will set up a hydrogen fund of 20 billion yuan.")
    rows = _measures(text, "en")
    assert rows and {r for r, _ in rows} == {"Inner Mongolia Autonomous Region"}, rows


def test_a_shared_district_name_resolves_inside_the_named_city() -> None:
    rm = extract("Shenzhen's plan names Nanshan District and Longgang District as drone hubs.", language="en")
    codes = {r.name: r.code for r in rm.regions}
    assert codes.get("Nanshan") == "440305" and codes.get("Longgang") == "440307", codes
