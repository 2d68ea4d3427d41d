"""Chinese lists: verbs that name a list (点名, 列出, 指, 即 …) and a modifier before the first item. Sentences
written for these tests."""

from __future__ import annotations

from indupath.extract import industries as ind


def _items(clause: str) -> list[str]:
    return [it.phrase for it in ind.zh_lists(clause, 0, len(clause))]


def test_a_naming_verb_is_not_part_of_the_first_item() -> None:
    assert _items("浙江点名人形机器人、量子信息、合成生物三大方向") == ["人形机器人", "量子信息", "合成生物"]
    assert _items("“N”指元宇宙、脑机接口等一批潜在方向") == ["元宇宙", "脑机接口"]
    assert _items("规划列出商业航天、低空经济、生物制造等新兴产业") == ["商业航天", "低空经济", "生物制造"]
    # 指挥 is no naming verb: the item keeps it
    assert _items("推动指挥调度、无人机等产业") == ["指挥调度", "无人机"]


def test_a_modifier_ending_in_de_is_cut_from_the_first_item() -> None:
    assert _items("对区内现有的陶瓷、纺织等传统产业") == ["陶瓷", "纺织"]


def test_one_industry_after_a_plain_develop_with_jiang_or_yao() -> None:
    assert _items("岳阳市将发展石化新材料产业") == ["石化新材料产业"]
    assert _items("常德市要发展生物医药产业") == ["生物医药产业"]
    # a plain 发展 with nothing before it opens no single-item list
    assert _items("发展生物医药产业") == []
