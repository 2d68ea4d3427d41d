"""A new way of working a government sets up (建立市领导联系重大项目制度, 推行“链长+链主”协同机制) is a reform measure,
and 建立 / 健全 open measures as 设立 and 完善 do; a body's own working routine (建立“一链一专班”工作机制) is not.
Sentences written for these tests; places real, the arrangements illustrative."""

from __future__ import annotations

from indupath.extract import extract


def _measures(text: str) -> list[tuple[str | None, str]]:
    return [(m.region_code, m.kind) for m in extract(text, language="zh", date="2026-02-12").measures]


def test_a_system_or_mechanism_set_up_is_a_reform() -> None:
    assert _measures("柳州市今年将建立市领导联系重大项目制度，每名市领导联系3至5个项目。") == [("450200", "reform")]
    assert _measures("襄阳市将推行“链长+链主”协同推进机制。") == [("420600", "reform")]


def test_set_up_opens_a_measure() -> None:
    assert _measures("宜昌市将建立精细化工中试基地。") == [("420500", "platform")]


def test_a_bodys_working_routine_is_no_measure() -> None:
    assert _measures("芜湖市将建立“一链一专班”工作机制。") == []
