"""List constructions met in batch 10's errors, tested with sentences written for these tests: a label in
制造业 (等传统制造业), 推进 as a cue, 以A、B两大产业为突破口, "earmarked for", and "They include …" under the
label the sentence before ends on."""

from __future__ import annotations

from indupath.extract import extract


def _rows(text: str, language: str) -> list[tuple[str | None, str, str | None]]:
    rm = extract(text, date="2026-03-01", language=language)
    return [(p.region, p.industry, p.tier) for p in rm.priorities]


def test_a_manufacturing_label_closes_a_list() -> None:
    rows = _rows("福建省：推进鞋服、陶瓷、食品等传统制造业智能化改造。", "zh")
    assert rows == [("福建省", "鞋服", "traditional"), ("福建省", "陶瓷", "traditional"), ("福建省", "食品", "traditional")]


def test_a_manufacturing_cluster_label_is_still_read_whole() -> None:
    rows = _rows("江西省：打造电子信息、有色金属等6个先进制造业集群。", "zh")
    assert [i for _, i, _ in rows] == ["电子信息", "有色金属"]


def test_yi_wei_with_a_count_label() -> None:
    rows = _rows("甘肃省明确以新能源、新材料两大产业为突破口。", "zh")
    assert [i for _, i, _ in rows] == ["新能源", "新材料"]


def test_earmarked_for() -> None:
    rows = _rows("Half of the new Anhui fund is earmarked for display panels, quantum technology and robotics.", "en")
    assert [i for _, i, _ in rows] == ["display panels", "quantum technology", "robotics"]


def test_they_include_after_a_labelled_sentence() -> None:
    text = ("Shanghai's plan names 16 future industries in five groups. They include synthetic biology, "
            "quantum computing, humanoid robots and 6G.")
    rows = _rows(text, "en")
    assert rows == [("Shanghai Municipality", i, "future") for i in
                    ("synthetic biology", "quantum computing", "humanoid robots", "6G")]


def test_they_include_without_an_industry_label_before_is_not_a_list() -> None:
    text = "Shanghai's plan sets out five goals. They include higher output, more patents and cleaner air."
    assert _rows(text, "en") == []
