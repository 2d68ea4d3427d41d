"""A programme's verb before a list is not part of its first item, and a region backed at the opening of a
clause and followed by its own industry owns that industry's figure. Sentences written for these tests; places
real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def test_a_programme_verb_is_not_part_of_the_first_item() -> None:
    for text in ("2.实施纺织、建材、造纸等传统产业焕新行动。", "开展纺织、建材等传统产业数字化改造行动。"):
        items = [p.industry for p in extract(text, language="zh", date="2025-05-01").priorities]
        assert items[:2] == ["纺织", "建材"], items


def test_a_backed_region_and_its_industry_own_the_figure() -> None:
    text = "浙江省今年：支持宁波市建设汽车零部件产业集群，推动宁波汽车零部件产业集群本地配套率提高到60%。"
    rm = extract(text, language="zh", date="2025-05-01")
    assert [(t.region, t.value) for t in rm.targets] == [("宁波市", 60.0)]


def test_a_guiding_verb_and_a_time_word_are_not_part_of_the_first_item() -> None:
    items = [p.industry for p in extract("今年引导陶瓷、家具等传统产业开展数字化对接。", language="zh", date="2025-05-01").priorities]
    assert items == ["陶瓷", "家具"], items
