"""An English text that names a prefecture may name its districts and counties bare ("Penglai will focus on
…" in a text about Yantai): a bare pinyin name is that prefecture's unit, where alone it would be too ambiguous.
Sentences written for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract

INTERVIEW = """Interview: how Yantai shares out its industries

Q: How are the districts sharing the work?

Mayor: Laizhou will extend its gold industry into precious metal materials. Penglai will focus on offshore wind \
equipment and wine, and Muping will concentrate on new materials and food processing.
"""


def test_a_bare_district_name_under_its_named_prefecture_is_that_district() -> None:
    rm = extract(INTERVIEW, language="en", date="2026-08-27")
    owners = {p.industry: p.region for p in rm.priorities}
    assert owners.get("offshore wind equipment") == "Penglai"
    assert owners.get("new materials") == "Muping"
    assert any(m.code == "370614" for m in rm.regions)  # 蓬莱区


def test_a_bare_name_without_its_prefecture_or_inside_a_longer_name_is_no_region() -> None:
    # no Yantai in the text: "Penglai" alone stays unread; a capitalised word after it makes it part of a name
    rm = extract("Penglai will focus on offshore wind equipment.", language="en", date="2026-08-27")
    assert not any(m.code == "370614" for m in rm.regions)
    rm = extract("Yantai will expand tourism. The Penglai Pavilion scenic area will add hotels.", language="en",
                 date="2026-08-27")
    assert not any(m.code == "370614" for m in rm.regions)


def test_a_long_text_finds_the_same_bare_names_in_one_scan(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # past _PRESENT_SCAN_MIN (characters × names) the names are found with one automaton scan instead of an `in`
    # test each; the regions found must be the same either way, here with the scan forced on and off
    from indupath.extract import regions

    text = INTERVIEW + "\n" + "Qingdao and Weifang report steady growth in port trade. " * 40
    results = []
    for threshold in (0, 10**12):
        monkeypatch.setattr(regions, "_PRESENT_SCAN_MIN", threshold)
        ms = regions.with_bare_counties(text, regions.find_mentions(text), len(text))
        results.append([(m.start, m.end, m.info.code) for m in ms])
    assert results[0] == results[1]
    assert any(code == "370614" for _, _, code in results[0])  # Penglai, found by the scan


def test_the_overlap_index_answers_as_a_scan_of_every_span() -> None:
    # regions._Spans replaces "any(a < e and s < b for a, b in spans)" scans; spans may nest, overlap, repeat and be
    # added out of order (unlisted_zones adds the zones it finds as it goes)
    import random

    from indupath.extract.regions import _Spans

    rng = random.Random(5)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        index = _Spans(spans)
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 200)
            span = (a, a + rng.randint(0, 30))
            spans.append(span)
            index.add(*span)
        for _ in range(40):
            s = rng.randint(-5, 240)
            e = s + rng.randint(0, 25)
            assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans), (spans, s, e)
