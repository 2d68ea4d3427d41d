"""Target constructions met in batch 11's errors, tested with texts written for these tests (figures
illustrative): a region's goal named again, third-party estimates (机构测算), "as of" / 截至 statuses, a
December summary opening with its own year, and "aims for … to reach" before a fund."""

from __future__ import annotations

from indupath.extract import extract


def _values(text: str, language: str, date: str = "2026-03-01") -> list[float]:
    return [t.value for t in extract(text, date=date, language=language).targets]


def test_a_regions_goal_named_again_is_not_a_new_target() -> None:
    text = ("Gansu aims to lift wind output to 90 billion yuan by 2027. Meeting Gansu's 90 billion yuan goal will "
            "require new transmission lines.")
    rm = extract(text, date="2026-03-01", language="en")
    assert [(t.value, t.sentence.startswith("Gansu aims")) for t in rm.targets] == [(9e10, True)]


def test_a_third_party_estimate_is_not_a_target() -> None:
    text = "到2027年，全市数字经济规模突破5000亿元。另据第三方机构测算，政策落地将带动全市新增投资约800亿元。"
    assert _values(text, "zh") == [5e11]


def test_as_of_and_jiezhi_report_a_status() -> None:
    assert _values("As of the end of June, installed storage capacity in Gansu stood at 2 million kilowatts, "
                   "and Gansu aims to reach 5 million kilowatts by 2027.", "en") == [5e6]
    assert _values("截至6月底，全省储能装机达到200万千瓦。到2027年，全省储能装机达到500万千瓦。", "zh") == [5e6]


def test_a_december_summary_opening_with_its_year_reports_results() -> None:
    text = "2026年，高新区地区生产总值增长7.5%，新增高新技术企业300家。2027年，力争地区生产总值增长8%。"
    assert _values(text, "zh", date="2026-12-20") == [8.0]


def test_aims_for_before_a_fund() -> None:
    text = ("Baotou hosts many steel firms. The city aims for rare-earth output to reach 80 billion yuan by 2027 "
            "and will set up a 2-billion-yuan rare-earth fund.")
    assert _values(text, "en") == [8e10]
