"""A small store for API, web and load tests, built from the embedded real data.

Regions: the 31 provinces (taxonomy). Observations: high-tech manufacturing by
province (NBS yearbook, embedded dataset ``cn-hightech-operation``) and 2007
gross output by province and 42 IO sectors (``cn-io2007-provincial``). Documents:
two short roadmaps written for these tests (labelled ``test fixture``, not real
policy), with hand-set spans. Users: ``admin``, ``anhui_editor`` (340000),
``viewer``; every password is ``password-<name>``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from indupath.model import Document, Industry, Measure, Priority, Region, RegionMention, Roadmap, Span, Target

ANHUI_TEXT = "安徽省将大力发展新能源汽车和量子信息产业。到2027年，全省高技术制造业营业收入达到1.5万亿元。设立100亿元产业基金。"
LIAONING_TEXT = "Liaoning will develop robotics and new materials. By 2027, high-tech revenue will exceed 500 billion yuan."


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase))


def sample_roadmaps() -> list[Roadmap]:
    """Two hand-made roadmaps (test fixtures) with exact spans."""
    s1 = ANHUI_TEXT.split("。")
    anhui = Roadmap(
        document=Document(
            id="test-anhui-2024",
            name="test-anhui-2024.txt",
            language="zh",
            text=ANHUI_TEXT,
            title="安徽测试路线图（测试用）",
            source="test fixture",
        ),
        regions=(
            RegionMention(name="安徽省", code="340000", name_en="Anhui", span=_span(ANHUI_TEXT, "安徽省")),
        ),
        priorities=(
            Priority(
                region="安徽省",
                region_code="340000",
                industry="新能源汽车",
                tier="emerging",
                span=_span(ANHUI_TEXT, "新能源汽车"),
                sentence=s1[0] + "。",
            ),
            Priority(
                region="安徽省",
                region_code="340000",
                industry="量子信息",
                tier="future",
                span=_span(ANHUI_TEXT, "量子信息"),
                sentence=s1[0] + "。",
            ),
        ),
        targets=(
            Target(
                region="安徽省",
                region_code="340000",
                metric="high-tech manufacturing revenue",
                value=1.5e12,
                unit="CNY",
                comparator=">=",
                year=2027,
                span=_span(ANHUI_TEXT, "高技术制造业营业收入达到1.5万亿元"),
                sentence=s1[1] + "。",
            ),
        ),
        measures=(
            Measure(
                region="安徽省",
                region_code="340000",
                kind="fund",
                text="设立100亿元产业基金",
                amount=1e10,
                amount_unit="CNY",
                span=_span(ANHUI_TEXT, "设立100亿元产业基金"),
                sentence=s1[2] + "。",
            ),
        ),
        extractor="hand",
    )
    liaoning = Roadmap(
        document=Document(
            id="test-liaoning-2024",
            name="test-liaoning-2024.txt",
            language="en",
            text=LIAONING_TEXT,
            title="Liaoning test roadmap (test fixture)",
            source="test fixture",
        ),
        regions=(RegionMention(name="Liaoning", code="210000", span=_span(LIAONING_TEXT, "Liaoning")),),
        priorities=(
            Priority(
                region="Liaoning",
                region_code="210000",
                industry="robotics",
                tier="emerging",
                span=_span(LIAONING_TEXT, "robotics"),
                sentence="Liaoning will develop robotics and new materials.",
            ),
        ),
        targets=(
            Target(
                region="Liaoning",
                region_code="210000",
                metric="high-tech revenue",
                value=5e11,
                unit="CNY",
                comparator=">=",
                year=2027,
                span=_span(LIAONING_TEXT, "high-tech revenue will exceed 500 billion yuan"),
                sentence="By 2027, high-tech revenue will exceed 500 billion yuan.",
            ),
        ),
        extractor="hand",
    )
    return [anhui, liaoning]


def build_sample_db(path: Path) -> Path:
    """Create the sample store at ``path`` and return the path."""
    from indupath.advise.embedded import load_hightech
    from indupath.api import users
    from indupath.datasets import load_dataset
    from indupath.store import Store
    from indupath.taxonomy import regions_table

    provinces = regions_table()
    provinces = provinces[provinces["level"] == "province"]
    regions = [
        Region(
            code=r.code,
            scheme="GB/T 2260",
            name_zh=r.name_zh,
            name_en=r.name_en,
            level="province",
            aliases=tuple(a for a in str(r.aliases or "").split("|") if a),
        )
        for r in provinces.itertuples()
    ]
    io = load_dataset("cn-io2007-provincial")
    sectors = io[["sector_code", "sector_name"]].drop_duplicates()
    industries = [
        Industry(code="HT", scheme="NBS-HT", name_zh="高技术制造业", name_en="High-tech manufacturing")
    ]
    industries += [
        Industry(code=str(r.sector_code), scheme="IO42-2007", name_zh=str(r.sector_name))
        for r in sectors.itertuples()
    ]
    hightech = load_hightech()
    hightech = hightech[
        hightech["metric"].isin(["hightech_revenue", "hightech_enterprises", "hightech_profit"])
    ]
    io_obs = pd.DataFrame(
        {
            "region_code": io["province_code"].astype(str),
            "industry_code": io["sector_code"].astype(str),
            "scheme": "IO42-2007",
            "year": 2007,
            "metric": "gross_output",
            "value": io["gross_output"].astype(float) * 1e4,
            "unit": "CNY",
            "source": str(io.attrs.get("source", "provincial input-output tables 2007")),
        }
    )
    with Store.open(path) as store:
        store.insert_regions(regions)
        store.insert_industries(industries)
        store.insert_observations(hightech, source="NBS high-tech yearbook")
        store.insert_observations(io_obs, source="provincial IO tables 2007")
        for rm in sample_roadmaps():
            store.save_roadmap(rm)
        users.add_user(store, "admin", "password-admin", "admin")
        users.add_user(store, "anhui_editor", "password-anhui_editor", "editor", ["340000"])
        users.add_user(store, "viewer", "password-viewer", "viewer")
    return path
