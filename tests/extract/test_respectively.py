"""分别 / "respectively" pairs a series of regions with a series of figures in order, also when the regions are
what a government pushes rather than the sentence's subjects. Texts written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract


def test_respectively_pairs_regions_that_are_not_subjects_with_their_figures() -> None:
    # the regions are what the province pushes (推动…), not the sentence's subjects; 分别 pairs them in order
    text = ("湖南省制造业行动方案提出，推动株洲市、湘潭市先进装备制造业产值到2027年分别达到四千亿元和两千亿元。"
            "全省规上工业增加值年均增长7%以上。")
    rm = extract(text, date="2025-04-01", language="zh")
    got = sorted((t.region, t.value) for t in rm.targets if t.unit == "CNY")
    assert got == [("株洲市", 4e11), ("湘潭市", 2e11)], got
    en = ("Hunan's plan will lift advanced equipment output in Zhuzhou and Xiangtan to 400 billion yuan and "
          "200 billion yuan respectively by 2027.")
    rm = extract(en, date="2025-04-01", language="en")
    got = sorted((t.region, t.value) for t in rm.targets)
    assert got == [("Xiangtan", 2e11), ("Zhuzhou", 4e11)], got
