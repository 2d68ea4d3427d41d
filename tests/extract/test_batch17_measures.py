"""Measure readings found on blind batch 17's errors, with sentences written for these tests: a
sentence that lists its measures inline ("Measures include A, B and C."), a trading mechanism as a
reform, and clauses that only refer to a plan or give a purpose."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2025-09-15", language="en")
    return [(m.kind, m.text) for m in rm.measures]


def test_measures_listed_inline_are_each_a_measure() -> None:
    got = _measures("Qinghai will grow its solar glass industry. Measures include priority rail capacity for "
                    "glass makers that export, a provincial carbon trading mechanism, and industrial land at "
                    "discounts of up to 20 percent for plants in Haixi.")
    texts = [t for _, t in got]
    assert any("priority rail capacity" in t for t in texts)
    assert ("reform", "a provincial carbon trading mechanism") in got
    assert ("land", "industrial land at discounts of up to 20 percent for plants in Haixi") in got


def test_a_clause_that_names_the_plan_it_follows_is_no_measure() -> None:
    got = _measures("Under a provincial plan released in June, Qinghai wants its solar glass output to "
                    "exceed 40 billion yuan by 2027.")
    assert got == []


def test_a_plan_clause_with_its_own_verb_is_still_a_measure() -> None:
    got = _measures("Under the plan the province will build four solar glass industrial parks.")
    assert [k for k, _ in got] == ["platform"]


def test_a_purpose_clause_is_no_measure() -> None:
    got = _measures("Haidong offers rent subsidies of up to 1 million yuan to solar glass start-ups, in order to "
                    "build Haidong into a solar glass innovation hub with national influence.")
    assert [k for k, _ in got] == ["subsidy"]


# batch 18 (read after batch 19 was written as the held-out set)

def _measures_zh(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2025-06-18", language="zh")
    return [(m.kind, m.text) for m in rm.measures]


def test_article_titles_and_the_enacting_line_are_no_measures() -> None:
    text = ("温江区关于支持生物医药产业发展的若干措施\n\n为加快建设生物医药产业高地，结合我区实际，制定以下措施。\n\n"
            "第一条 支持企业研发。对新获批的一类新药，每个品种给予最高500万元奖励。\n"
            "第二条 支持平台建设。对新认定的省级以上创新平台，一次性给予200万元补助。\n")
    got = [t for _, t in _measures_zh(text)]
    assert not any(t.startswith(("第一条", "第二条", "制定")) or t == "支持企业研发" for t in got)
    assert any("500万元奖励" in t for t in got) and any("200万元补助" in t for t in got)


def test_a_clause_that_cites_the_plan_it_follows_is_no_measure_zh() -> None:
    got = _measures_zh("根据新近印发的行动方案，到2027年，全市生物医药产业规模突破800亿元。")
    assert got == []


def test_reform_verbs_and_nouns() -> None:
    kinds = [k for k, _ in _measures("Anhui will streamline environmental approvals for battery recycling plants.")]
    assert kinds == ["reform"]
    kinds = [k for k, _ in _measures("Hefei will pilot a regulatory sandbox for autonomous driving tests.")]
    assert kinds == ["reform"]


def test_a_drive_carried_out_is_a_programme() -> None:
    got = _measures("Wuhu will carry out a digital transformation drive this year.")
    assert [k for k, _ in got] == ["program"]

