"""Counties sampled with a seed from the source, and every region named in the dev-corpus gold."""

from __future__ import annotations

import random
from collections import defaultdict

from taxonomy_testdata import read_csv

from indupath.taxonomy import get_region, resolve_region


def test_sampled_county_names_resolve_or_are_flagged(divisions: dict[str, list[dict[str, str]]]) -> None:
    areas = divisions["areas"]
    by_name: dict[str, set[str]] = defaultdict(set)
    for r in areas:
        by_name[r["name"]].add(r["code"])
    for r in divisions["cities"]:  # county names can also be prefecture names (朝阳区 / 朝阳市 differ; 吉林 ...)
        by_name[r["name"]].add(r["code"] + "00")
    sample = random.Random(20240601).sample(areas, 400)
    unique = ambiguous = 0
    for r in sample:
        codes = by_name[r["name"]]
        cands = resolve_region(r["name"], limit=10)
        if len(codes) == 1:
            unique += 1
            assert cands and cands[0].code == r["code"], r
            assert not cands[0].ambiguous, r
        else:
            ambiguous += 1
            assert {c.code for c in cands} >= codes, r
            assert all(c.ambiguous for c in cands), r
            # the province narrows it down when the name is unique inside the province
            in_prov = [c for c in by_name[r["name"]] if c[:2] == r["provinceCode"]]
            if len(in_prov) == 1:
                narrowed = resolve_region(r["name"], within=r["provinceCode"] + "0000")
                assert narrowed[0].code == r["code"] and not narrowed[0].ambiguous
    assert unique > 300 and ambiguous > 0


def test_every_gold_region_name_resolves() -> None:
    rows = read_csv("gold_regions.csv")
    assert len(rows) > 100
    failures = []
    for row in rows:
        cands = resolve_region(row["name"])
        if not cands:
            failures.append(row["name"])
            continue
        if row["region_code"]:
            assert cands[0].code == row["region_code"], row
            if cands[0].ambiguous:  # only pinyin shared with a smaller place: Nanjing / 南靖县 Nanjing
                assert row["name"].isascii() and cands[0].kind == "alias", row
                assert all(c.level == "county" for c in cands[1:]), row
    assert failures == []


def test_gold_zone_regions_have_their_stated_parents() -> None:
    # parents stated in the gold notes: E-Town under Beijing, Lin-gang in Pudong, Shanghai
    assert get_region(resolve_region("北京经济技术开发区")[0].code).parent == "110000"
    assert get_region(resolve_region("中国(上海)自由贸易试验区临港新片区")[0].code).parent == "310115"
