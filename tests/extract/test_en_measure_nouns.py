"""English measures: scenarios a government opens, testing grounds, production lines and a chain-leader system.
Sentences written for these tests."""

from __future__ import annotations

from indupath.extract.measures import measure_spans


def _kinds(clause: str) -> list[str]:
    return [kind for _, _, kind in measure_spans(clause, 0, len(clause), "en")]


def test_opening_application_scenarios_is_a_programme() -> None:
    assert _kinds("The city will open 300 AI application scenarios each year") == ["program"]
    assert _kinds("open application scenarios in hospitals and ports") == ["program"]
    assert _kinds("Hefei opened 120 scenarios for drones last year") == ["program"]
    # a slogan's noun phrase is not one
    assert _kinds("open application scenarios") == []


def test_testing_grounds_production_lines_and_a_chain_leader_system() -> None:
    assert _kinds("Wuhu will build a testing ground for flying cars") == ["platform"]
    assert _kinds("Hefei will build three 12-inch wafer production lines") == ["projects"]
    assert _kinds('Nanjing will introduce a "chain leader" system for its key industrial chains') == ["reform"]


def test_mu_of_land_a_green_channel_and_recruiting() -> None:
    assert _kinds("Changsha will set aside 2,000 mu of land for battery projects") == ["land"]
    assert _kinds('The province will introduce a "green channel" for approving major projects') == ["reform"]
    assert _kinds('Suzhou plans to recruit 500 overseas engineers through its "Gusu talent" programme') == ["talent"]
    assert _kinds("Xi'an will continue its push to attract university graduates") == ["talent"]


def test_a_count_of_places_where_a_programme_runs_is_no_target() -> None:
    from indupath.extract import extract

    rm = extract("Wuxi will launch a pilot programme for autonomous buses in three districts.", language="en",
                 date="2025-03-01")
    assert rm.targets == ()
    rm = extract("Wuxi aims to have autonomous buses running on 30 routes by 2027.", language="en", date="2025-03-01")
    assert [t.value for t in rm.targets] == [30.0]


def test_trade_corridors_and_bonded_zones_are_opening() -> None:
    assert _kinds("Chengdu will launch more China-Europe freight trains to Poland") == ["opening"]
    assert _kinds("Xi'an will apply for a new comprehensive bonded zone") == ["opening"]
    zh = [kind for _, _, kind in measure_spans("推动中欧班列扩量提质", 0, 10, "zh")]
    assert zh == ["opening"]
    zh = [kind for _, _, kind in measure_spans("高水平建设西部陆海新通道", 0, 12, "zh")]
    assert zh == ["opening"]


def test_a_heading_of_up_to_five_words_holds_no_measure() -> None:
    from indupath.extract import extract

    text = ("Xi'an's plan for this year\n\nThe city will set up a 10 billion yuan fund of funds.\n\n"
            "Reform and opening up\n\nThe city will apply for a new comprehensive bonded zone.")
    rm = extract(text, language="en", date="2025-01-16")
    assert sorted(m.kind for m in rm.measures) == ["fund", "opening"], [(m.kind, m.text) for m in rm.measures]
