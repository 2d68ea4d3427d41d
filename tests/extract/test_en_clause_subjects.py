"""A clause's own subject after ", while …" may come after a place word and a possessive region ("…, while
western Chongqing's Yongchuan District will …"). Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import extract


def test_a_possessive_region_before_the_subject_does_not_hide_it() -> None:
    text = ("Liangjiang New Area will host a pilot zone for connected vehicles, while western Chongqing's "
            "Yongchuan District will continue building its drone testing ground.")
    rm = extract(text, date="2025-02-01", language="en")
    got = {(m.region, m.kind) for m in rm.measures}
    assert ("Yongchuan", "platform") in got, got
    assert ("Liangjiang New Area", "platform") in got, got


def test_an_industry_placed_in_a_region_gives_its_figure_to_that_region() -> None:
    text = ("Hunan's governor told the forum: by 2027, we aim for the aviation industry in Zhuzhou to exceed "
            "100 billion yuan.")
    rm = extract(text, date="2025-06-01", language="en")
    assert [(t.region, t.value) for t in rm.targets] == [("Zhuzhou", 1e11)]
