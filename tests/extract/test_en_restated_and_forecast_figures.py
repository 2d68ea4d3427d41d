"""English figures that are no goals: an amount restated in another currency after "which is roughly", a growth
rate an economist projected, and a result reported "year-on-year in the first half". Sentences written for these
tests; places real, figures illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _targets(text: str, date: str) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.year) for t in extract(text, language="en", date=date).targets]


def test_an_amount_restated_after_which_is_roughly_is_no_second_goal() -> None:
    text = ("Changzhou mayor interview.\nQ: And the battery industry?\nA: We aim to pass 300 billion yuan in "
            "battery revenue by 2028, which is roughly $42 billion at current exchange rates.")
    assert _targets(text, "2026-05-10") == [(3e11, "CNY", 2028)]


def test_an_economists_projection_is_no_goal() -> None:
    text = ("Anhui set a growth goal of about 6 percent for this year. Zhou Ming, an economist at a Hefei-based "
            "brokerage, projected growth of 5.6 percent for the province.")
    assert _targets(text, "2026-01-25") == [(6.0, "%", 2026)]


def test_growth_year_on_year_in_the_first_half_is_a_result() -> None:
    text = ("Nanning aims to lift digital economy output to 200 billion yuan by 2027. Industrial output rose "
            "7.2 percent year-on-year in the first half of this year.")
    assert _targets(text, "2026-08-20") == [(2e11, "CNY", 2027)]


def test_a_place_ranked_among_cities_in_general_still_owns_its_goal() -> None:
    # "among Chinese cities" is the rank's yardstick, not a sentence about cities in general
    text = ("Wuhu plan.\nThe city made 410,000 robots last year, ranking second among Chinese cities, and it has "
            "pledged to lift that figure to 600,000 units next year.")
    assert _targets(text, "2026-07-01") == [(600000.0, "count", 2027)]


def test_a_share_a_rule_lets_holders_keep_is_no_goal() -> None:
    text = ("Hubei plan.\nUniversity teams can retain no less than 80 percent of licensing income, and the province "
            "aims to lift R&D spending to 2.8 percent of GDP by 2027.")
    assert _targets(text, "2026-04-12") == [(2.8, "%", 2027)]


def test_several_goals_summed_by_the_writer_are_no_goal() -> None:
    text = ("Note on two cities.\nChangzhou aims for 600 billion yuan of battery output by 2028 and Yibin for 400 "
            "billion yuan. Taken together, the two plans add up to about 1 trillion yuan.")
    assert sorted(_targets(text, "2026-03-10")) == [(4e11, "CNY", 2028), (6e11, "CNY", 2028)]
