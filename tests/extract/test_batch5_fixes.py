"""General fixes found by blind batch 5, each checked on new hand-written sentences (not batch-5 text)."""

from __future__ import annotations

from typing import Any

from indupath.extract import extract


def _road(text: str) -> dict[str, Any]:
    return extract(text).to_json_dict()


def _targets(text: str) -> list[tuple[str | None, float, int | None, str]]:
    return [(t["region_code"], t["value"], t["year"], t["comparator"]) for t in _road(text)["targets"]]


# ---------------------------------------------------------------- A. a development zone as the document's region


def test_zone_named_by_its_short_form_in_the_title_is_the_documents_region() -> None:
    # 石家庄高新区 is a county-level unit listed under its short form; named only in the title, it must
    # still carry every fact of the report (before the fix it was dropped as an unconfirmed short form)
    text = (
        "own://t/z1\n2025-02-20\n石家庄高新区2025年工作报告\n"
        "今年全区主要预期目标是：营业收入增长9%左右，新增高新技术企业200家。\n"
        "做强生物医药、电子信息两大主导产业。\n"
    )
    road = _road(text)
    assert road["targets"] and all(t["region_code"] == "130171" for t in road["targets"])
    assert {p["industry"] for p in road["priorities"]} >= {"生物医药", "电子信息"}
    assert all(p["region_code"] == "130171" for p in road["priorities"])


def test_zone_in_an_english_title_keeps_its_own_code() -> None:
    # the English form was never dropped; kept as a guard that the zone, not its city, gets the facts
    text = (
        "own://t/z2\n2025-02-20\nTangshan High-tech Industrial Development Zone sets 2025 goals\n"
        "The zone aims to raise its industrial output by 10 percent this year.\n"
    )
    assert any(code == "130273" and v == 10.0 and year == 2025 for code, v, year, _ in _targets(text))
