"""Target readings found on blind batch 17's errors, with sentences written for these tests: a fund's
"target size", a size threshold on the firms counted ("enterprises with annual revenue above …"),
distances that say where, not how much, and a plan period's end (到“十五五”末) after 今年 in the same
sentence."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, language: str) -> list[tuple[float, str, int | None]]:
    rm = extract(text, date="2025-03-20", language=language)
    return [(t.value, t.unit, t.year) for t in rm.targets]


def test_a_funds_target_size_is_no_target() -> None:
    got = _targets("Jiangsu will set up a provincial AI fund with a target size of 50 billion yuan by 2026.", "en")
    assert got == []


def test_a_target_after_the_fund_is_still_a_target() -> None:
    got = _targets("Jiangsu will set up an AI fund and aims to lift AI output to 500 billion yuan by 2027.", "en")
    assert (5e11, "CNY", 2027) in got


def test_revenue_threshold_of_counted_firms_is_no_target() -> None:
    got = _targets("By 2028, Wuxi will cultivate more than 20 robot enterprises with annual revenue above "
                   "500 million yuan.", "en")
    assert got == [(20.0, "count", 2028)]


def test_distance_that_places_a_city_is_no_target() -> None:
    assert _targets("About 150 kilometres to the north, Yancheng will add 2 GW of offshore wind by 2027.", "en") == \
        [(2e6, "count", 2027)]  # 2 GW in kW
    assert _targets("By 2027, 70 percent of parts should come from within 300 kilometres.", "en") == [(70.0, "%", 2027)]


def test_a_length_to_build_is_a_target() -> None:
    assert _targets("By 2027 the province will build 600 kilometres of new expressways.", "en") == [(600.0, "count", 2027)]


def test_plan_end_after_jinnian_gives_the_later_figure_its_own_year() -> None:
    got = _targets("今年全市数字经济核心产业增加值要突破900亿元，到“十五五”末占地区生产总值比重超过15%。", "zh")
    assert got == [(9e10, "CNY", 2025), (15.0, "%", 2030)]


def test_plan_end_in_single_quotes() -> None:
    got = _targets("“到‘十五五’末，全市新材料产业产值超过800亿元。”", "zh")
    assert got == [(8e10, "CNY", 2030)]


# batch 18 (read after batch 19 was written as the held-out set)

def test_a_per_project_threshold_after_each_with_is_no_target() -> None:
    got = _targets("About 800 industrial projects, each with investment above 50 million yuan, will break ground "
                   "in Anhui in 2026.", "en")
    assert all(unit != "CNY" for _, unit, _ in got)


def test_the_share_a_voucher_covers_is_no_target() -> None:
    assert _targets("Hefei will expand its computing vouchers, covering up to 40 percent of costs for small firms, "
                    "in 2026.", "en") == []


def test_a_goal_named_again_with_around_is_no_new_target() -> None:
    assert _targets("Economists noted that the around-6-percent goal matches last year's.", "en") == []


def test_a_notes_own_view_at_the_start_of_the_text_is_no_target() -> None:
    # the sentence opens the text: the search window must keep its first letter
    assert _targets("Our view: we expect Anhui's car output to reach about 4 million units in 2027.", "en") == []


def test_under_the_fifteenth_plan_period_ends_in_2030() -> None:
    got = _targets("Under the 15th Five-Year Plan period, Anhui aims to have at least 8 national-level "
                   "advanced manufacturing clusters.", "en")
    assert got == [(8.0, "count", 2030)]


def test_awards_and_geiyu_zhichi_are_measure_money() -> None:
    assert _targets("Researchers in Hefei can apply for talent awards of up to 3 million yuan in 2026.", "en") == []
    assert _targets("新获批国家级平台的，最高给予800万元支持。", "zh") == []


# batches 15 and 16: outsiders' figures, results so far, and support amounts

def test_results_so_far_in_english_are_no_targets() -> None:
    assert _targets("In the first nine months of this year, Hefei produced 1.1 million vehicles.", "en") == []
    assert _targets("From January to August, Wuhu's output rose 14 percent.", "en") == []


def test_a_firm_goal_after_in_the_first_half_stays_a_target() -> None:
    assert _targets("In the first half, Wuhu aims to sign 40 projects.", "en") == [(40.0, "count", 2025)]


def test_outsiders_and_a_notes_own_model_are_no_targets() -> None:
    assert _targets("Our own model suggests Anhui's robot output will be closer to 90 billion yuan in 2030.", "en") == []
    assert _targets("A Beijing consultancy puts Anhui's 2027 figure at about 70 billion yuan.", "en") == []
    assert _targets("Some institutions forecast a decline of 2 percent in car exports in 2026.", "en") == []
    assert _targets("据业内人士估算，未来三年全市光伏行业可新增投资约200亿元。", "zh") == []


def test_vouchers_and_support_amounts_are_measure_money() -> None:
    assert _targets("Hefei will open computing vouchers worth up to 500 million yuan to small firms in 2026.", "en") == []
    assert _targets("Wuhu will offer each qualifying firm up to 200,000 yuan in support in 2026.", "en") == []
