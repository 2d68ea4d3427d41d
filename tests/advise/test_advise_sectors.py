"""The priority -> sector map, in Chinese and English."""

from __future__ import annotations

import pytest

from indupath.advise.sectors import io42_2007_to_2020, map_priority, sector_map, tier_sectors


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("advanced photovoltaics", "photovoltaics"),
        ("先进光伏", "photovoltaics"),
        ("new energy storage", "energy-storage"),
        ("新型储能", "energy-storage"),
        ("new energy vehicles", "new-energy-vehicles"),
        ("aerospace information", "aerospace-information"),
        ("空天信息", "aerospace-information"),
        ("航空航天", "aerospace"),
        ("equipment manufacturing", "high-end-equipment"),
        ("集成电路装备", "integrated-circuits"),
        ("通用智能", "artificial-intelligence"),
        ("AI", "artificial-intelligence"),
        ("细胞治疗", "cell-and-gene"),
        ("深海探测", "deep-sea"),
        ("先进材料", "new-materials"),
        ("biomanufacturing", "biomanufacturing"),
        ("bio-pharmaceutical", "medicine-health"),
    ],
)
def test_map_priority(phrase: str, key: str) -> None:
    entry = map_priority(phrase)
    assert entry is not None and entry.key == key


def test_short_ascii_keywords_need_word_boundaries() -> None:
    assert map_priority("Hainan chain stores") is None  # 'ai' inside words is not AI


def test_every_entry_has_sectors_in_three_schemes() -> None:
    known_2007 = {f"{i:02d}" for i in range(1, 43)}
    for e in sector_map():
        assert e.tier in {"emerging", "future"}
        assert set(e.io42_2007) <= known_2007 and e.io42_2020 and e.csrc


def test_concordance_covers_all_42_codes_both_ways() -> None:
    c = io42_2007_to_2020()
    assert set(c["io42_2007"]) == {f"{i:02d}" for i in range(1, 43)}
    assert set(c["io42_2020"]) == {f"{i:02d}" for i in range(1, 43)}


def test_tier_sectors() -> None:
    fut = tier_sectors("future", "csrc")
    assert "artificial-intelligence" in fut["I65"]
    assert "new-materials" not in sum(fut.values(), [])
