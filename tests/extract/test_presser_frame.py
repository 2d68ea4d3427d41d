"""A press conference's frame is no measure: who attends (…出席发布会), the host's turns (请…介绍…), and a body's name
that holds 改革 (市发展改革委) is no reform. Sentences written for these tests."""

from __future__ import annotations

import pytest

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str, str]]:
    rm = extract(text, date="2026-03-27", language="zh")
    return [(m.kind, m.text) for m in rm.measures]


@pytest.mark.parametrize(
    "text",
    [
        "合肥市。市发展改革委副主任李明、市经济和信息化局局长王芳、包河区人民政府区长赵强出席发布会。",
        "合肥市。主持人：下面，请王芳局长介绍政策支持方面的内容。",
        "合肥市。感谢各位对全市发展改革工作的关心和支持。",
    ],
)
def test_the_frame_of_a_press_conference_is_no_measure(text: str) -> None:
    assert _measures(text) == []


def test_a_reform_is_still_a_reform() -> None:
    assert [k for k, _ in _measures("合肥市。深化开发区管理体制改革。")] == ["reform"]


def test_the_report_of_a_meeting_is_no_measure_but_a_standing_one_is() -> None:
    assert _measures("近日，合肥市召开今年第三次重点产业链“链长制”工作推进会，各链长逐链汇报进度。") == []
    assert [k for k, _ in _measures("合肥市全面推行产业链链长制，每季度召开一次链长办公会议。")] != []


def test_an_articles_scope_clause_is_no_measure() -> None:
    assert _measures("合肥市。第一条【适用范围】本政策适用于在我市新注册设立、固定资产投资额5000万元以上的制造业项目。") == []
