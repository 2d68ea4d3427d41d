"""A city's text that names only its province ("全市…", 湖北省 once): the city its file name or source
address spells is the speaker. Text written for this test (figures illustrative)."""

from __future__ import annotations

from indupath.extract import extract
from indupath.extract.regions import regions_in_name

TEXT = """2025-12-20
坚持把发展经济的着力点放在实体经济上。全市要积极融入湖北省“51020”现代产业集群。
到2030年，全市集成电路产业规模突破两千亿元，新能源汽车年产量达到150万辆。
"""


def test_the_file_name_spells_the_city() -> None:
    rm = extract(TEXT, name="wuhan_15th_plan_proposal.txt", language="zh")
    assert {t.region_code for t in rm.targets} == {"420100"}, [(t.region, t.value) for t in rm.targets]


def test_a_chinese_file_name_spells_the_city() -> None:
    rm = extract(TEXT, name="襄阳市十五五规划建议.txt", language="zh")
    assert {t.region_code for t in rm.targets} == {"420600"}


def test_without_a_telling_name_the_named_province_stays() -> None:
    rm = extract(TEXT, name="plan.txt", language="zh")
    assert {t.region_code for t in rm.targets} == {"420000"}


def test_a_city_outside_the_named_province_is_not_taken() -> None:
    rm = extract(TEXT, name="chengdu_plan.txt", language="zh")
    assert {t.region_code for t in rm.targets} == {"420000"}


def test_regions_in_name_reads_pinyin_words_and_chinese() -> None:
    assert [r.code for r in regions_in_name("https://example.org/news/hefei/2025/plan.html")] == ["340100"]
    assert [r.code for r in regions_in_name("合肥市十五五规划.pdf")] == ["340100"]
    assert regions_in_name("plan_2025_final.txt", None) == []
