"""全市 after sentences about a county is the county's city, not the county. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str) -> list[tuple[str | None, float | None]]:
    rm = extract(text, date="2026-04-01", language="zh")
    return [(t.region, t.value) for t in rm.targets]


def test_the_whole_city_after_a_county() -> None:
    text = ("南阳市工业和信息化局关于市人大代表建议的答复。支持西峡县做强汽车零部件产业。力争到2028年，西峡县汽车零部件产业"
            "营业收入突破200亿元。全市汽车零部件产业营业收入明年力争达到600亿元。")
    assert _targets(text) == [("西峡县", 20e9), ("南阳市", 60e9)]


def test_a_county_level_city_is_its_own_whole_city() -> None:
    text = "苏州市支持昆山市做强电子信息产业。昆山市今年将新增规上企业200家。全市电子信息产业产值明年力争突破1万亿元。"
    assert _targets(text)[-1] == ("昆山市", 1e12)
