"""In a press conference's answers, a line opened by a region's official (昆山市副市长 陈明：) speaks for that region:
its 全市 and 我市 are the speaker's city, not the host city of the conference. Text written for these tests; places
real, people and figures invented."""

from __future__ import annotations

from indupath.extract import extract

PRESSER = """苏州市政府新闻办召开新闻发布会

主持人：今天我们请市工业和信息化局、昆山市和吴江区负责同志介绍有关情况。

市工业和信息化局局长 周立新：到2028年，全市集成电路产业规模力争达到4000亿元。

记者：昆山有什么打算？

昆山市副市长 陈明：我市将加快建设光电产业园。明年，全市光电产业产值力争突破1500亿元。

吴江区副区长 沈悦：到2028年，全区丝绸纺织产业产值达到800亿元。
"""


def test_the_speakers_whole_area_words_are_the_speakers_region() -> None:
    rm = extract(PRESSER, language="zh", name="suzhou_presser_20260916.txt")
    owners = {t.value: t.region for t in rm.targets}
    assert owners == {4e11: "苏州市", 1.5e11: "昆山市", 8e10: "吴江区"}
