"""Region and measure constructions met in batch 10's errors, tested with texts written for these tests
(figures illustrative): a parent region written as a qualifier before its own unit, a name coordinated
after a preposition, sentences about the plan itself, and 五要… run-in titles."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str, language: str) -> list[tuple[str | None, str]]:
    rm = extract(text, date="2026-03-01", language=language)
    return [(m.region, m.text) for m in rm.measures]


def test_a_parent_written_as_a_qualifier_is_not_the_owner_en() -> None:
    rm = extract("The Tianjin Binhai New Area will set up a robotics fund of 5 billion yuan.", language="en",
                 date="2026-03-01")
    assert [m.region_code for m in rm.measures] == ["120116"], [(m.region, m.region_code) for m in rm.measures]


def test_a_parent_written_as_a_qualifier_is_not_the_owner_zh() -> None:
    rows = _measures("南京市江宁区将设立规模30亿元的产业母基金。", "zh")
    assert [r for r, _ in rows] == ["江宁区"]


def test_a_name_coordinated_after_by_is_not_a_subject() -> None:
    text = ("Shanghai plans ten pilot zones, led by Zhangjiang and Lingang, plus a 5-billion-yuan fund run by a "
            "state-owned firm.")
    assert [r for r, _ in _measures(text, "en")] == ["Shanghai Municipality"]


def test_sentences_about_the_plan_are_not_measures() -> None:
    text = ("Wuxi released a plan for its chip industry, setting out goals and 20 support measures. The plan covers "
            "eight chains. The plan is the second of its kind since 2021.")
    texts = [t for _, t in _measures(text, "en")]
    assert not any("covers eight chains" in t or "second of its kind" in t or "20 support measures" in t
                   for t in texts), texts


def test_wu_yao_title_is_not_a_measure() -> None:
    text = "会议强调，明年要抓好五项工作。\n五要扩大对外开放。申建自贸试验区联动创新区。"
    texts = [t for _, t in _measures(text, "zh")]
    assert "五要扩大对外开放" not in texts and not any(t.startswith("扩大对外开放") for t in texts), texts
