"""Fixtures: a small store with reference tables and a few observations, in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indupath.model import Industry, Region
from indupath.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = DATA / "bad"
STORE_DATA = DATA / "store"
S = "GB/T 4754-2017"

REGIONS = [
    Region(code="110000", name_zh="北京市", name_en="Beijing", level="province", aliases=("京",)),
    Region(
        code="340000", name_zh="安徽省", name_en="Anhui", level="province", aliases=("皖", "Anhui Province")
    ),
    Region(code="430000", name_zh="湖南省", name_en="Hunan", level="province", aliases=("湘",)),
    Region(code="440000", name_zh="广东省", name_en="Guangdong", level="province", aliases=("粤",)),
    Region(code="340100", name_zh="合肥市", name_en="Hefei", level="prefecture", parent="340000"),
]
INDUSTRIES = [
    Industry(
        code="C36",
        scheme=S,
        name_zh="汽车制造业",
        name_en="Manufacture of automobiles",
        parent="C",
        level="division",
    ),
    Industry(
        code="C38",
        scheme=S,
        name_zh="电气机械和器材制造业",
        name_en="Electrical machinery",
        parent="C",
        level="division",
    ),
    Industry(
        code="C39",
        scheme=S,
        name_zh="计算机、通信和其他电子设备制造业",
        name_en="Computers, communication and other electronic equipment",
        parent="C",
        level="division",
        aliases=("电子信息制造业",),
    ),
    Industry(
        code="I65",
        scheme=S,
        name_zh="软件和信息技术服务业",
        name_en="Software and IT services",
        parent="I",
        level="division",
    ),
]


def seed(store: Store) -> None:
    """Reference tables and three observations (values already in base units)."""
    store.insert_regions(REGIONS, source="test fixture")
    store.insert_industries(INDUSTRIES, source="test fixture")
    store.insert_observations(
        pd.DataFrame(
            {
                "region_code": ["340000", "430000", "440000"],
                "industry_code": ["C39", "C39", "C38"],
                "scheme": [S] * 3,
                "year": [2021] * 3,
                "metric": ["revenue"] * 3,
                "value": [1.0e11, 7.0e10, 2.0e11],
                "unit": ["CNY"] * 3,
            }
        ),
        source="fixture",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A seeded store file in tmp_path, closed after the test."""
    s = Store.open(tmp_path / "test.duckdb")
    seed(s)
    yield s
    s.close()
