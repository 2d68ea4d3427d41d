"""Chinese lists found on blind batch 14's errors, with sentences written for these tests: a last item
that joins two industries with 和, a list of parts closed by 等关键环节 / 等产品 after a strong cue,
and 重点突破 as a cue."""

from __future__ import annotations

from indupath.extract import extract


def _industries(text: str) -> list[str]:
    rm = extract(text, date="2026-04-15", language="zh")
    return [p.industry for p in rm.priorities]


def test_last_item_joining_two_industries_with_he() -> None:
    got = _industries("常州市重点发展高端纺织材料、锂电池隔膜材料、高性能金属基复合材料和连续碳纤维增强材料。")
    assert got == ["高端纺织材料", "锂电池隔膜材料", "高性能金属基复合材料", "连续碳纤维增强材料"]


def test_officials_of_a_department_named_with_he_are_no_pair() -> None:
    got = _industries("常州市今天邀请市发展改革委副主任王明先生、市工业和信息化局副局长李华女士介绍新材料产业发展情况。")
    assert got == []


def test_parts_closed_by_guanjian_huanjie_after_a_strong_cue() -> None:
    got = _industries("常州市将做强动力电池、电驱系统、智能座舱等关键环节，前瞻布局固态电池等未来产业。")
    assert got[:3] == ["动力电池", "电驱系统", "智能座舱"]


def test_zhongdian_tupo_opens_a_list_of_products() -> None:
    got = _industries("常州市智能制造领域重点突破协作机器人、五轴数控机床、激光加工装备等产品。")
    assert got == ["协作机器人", "五轴数控机床", "激光加工装备"]


def test_a_weak_verb_before_parts_is_no_list() -> None:
    got = _industries("常州市将梳理采购、物流、仓储等关键环节的堵点。")
    assert got == []


def test_a_computing_item_ends_in_a_sector_word() -> None:
    got = _industries("常州市重点发展量子计算、6G通信和类脑智能。")
    assert got == ["量子计算", "6G通信", "类脑智能"]


def test_an_english_list_stops_at_comma_toward() -> None:
    rm = extract("Changzhou will transform traditional industries, namely textiles, chemicals and steel, toward green "
                 "and intelligent production.", date="2026-04-15", language="en")
    assert [p.industry for p in rm.priorities] == ["textiles", "chemicals", "steel"]
