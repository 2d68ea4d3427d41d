"""Chinese priorities: a group's label is no industry, the labelled groups a region has now are its
priorities, and one industry after a strong cue may qualify a head the vocabulary knows. Sentences written
for these tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _priorities(text: str, date: str = "2026-01-15") -> list[tuple[str, str]]:
    return [(p.industry, p.tier) for p in extract(text, language="zh", date=date).priorities]


def test_a_tier_label_in_a_list_of_tasks_is_no_industry() -> None:
    text = "规划的最大特点是提出改造升级传统产业、培育壮大新兴产业、超前布局未来产业“三箭齐发”。"
    assert _priorities(text) == []


def test_labelled_groups_the_region_has_now_are_its_priorities() -> None:
    text = ("问：老工业基地怎么转型？\n"
            "答：冶金、化工、建材这些传统产业，目前仍是全市工业的主体，占规上工业产值一半以上。")
    assert _priorities(text) == [("冶金", "traditional"), ("化工", "traditional"), ("建材", "traditional")]
    # a present state with no label names no priority
    assert _priorities("目前全市拥有冶金、化工企业120家。") == []


def test_one_industry_after_a_cue_may_qualify_a_known_head() -> None:
    text = "赣州市重点发展钨及硬质合金新材料，力争到2030年相关产业产值突破八百亿元。"
    assert ("钨及硬质合金新材料", "emerging") in _priorities(text)


def test_the_services_of_one_facility_are_no_industries() -> None:
    text = "支持建设机器人检验检测、认证评价公共服务平台，对获批国家级平台的给予一次性奖励300万元。"
    assert _priorities(text) == []
