"""Every table round-trips through the store; every write is audited; a failed write changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from indupath.errors import InputError, NotFoundError, StoreError
from indupath.model import Document, Industry, Measure, Priority, Region, RegionMention, Roadmap, Span, Target
from indupath.store import Store

from .conftest import INDUSTRIES, REGIONS, S

TEXT = "安徽省大力发展新能源汽车和集成电路产业，设立200亿元产业基金，到2027年新能源汽车产值突破1万亿元。"


def _roadmap(doc_id: str = "anhui-2025", text: str = TEXT) -> Roadmap:
    doc = Document(
        id=doc_id,
        name=f"{doc_id}.txt",
        language="zh",
        text=text,
        date=dt.date(2025, 1, 20),
        source="安徽省人民政府",
        title="政府工作报告",
        kind="government work report",
    )
    return Roadmap(
        document=doc,
        regions=(RegionMention(name="安徽省", code="340000", name_en="Anhui", span=Span(start=0, end=3)),),
        priorities=(
            Priority(
                region="安徽省",
                region_code="340000",
                industry="新能源汽车",
                industry_code="C36",
                industry_scheme=S,
                tier="emerging",
                tier_source="taxonomy",
                span=Span(start=7, end=12),
                sentence=TEXT[:20],
                confidence=0.9,
            ),
            Priority(region_code="340000", industry="集成电路", tier="emerging", span=Span(start=13, end=17)),
        ),
        targets=(
            Target(
                region_code="340000",
                metric="output",
                value=1e12,
                unit="CNY",
                comparator=">=",
                year=2027,
                span=Span(start=36, end=57),
                value_as_written="1万亿",
                unit_as_written="元",
                confidence=0.8,
            ),
        ),
        measures=(
            Measure(
                region_code="340000",
                kind="fund",
                text="设立200亿元产业基金",
                amount=2e10,
                amount_unit="CNY",
                span=Span(start=21, end=32),
            ),
        ),
        extractor="rules",
        extractor_version="0.1.0",
    )


def _with_doc_ids(rm: Roadmap) -> Roadmap:
    """What the store returns: each fact knows its document."""
    d = rm.document.id
    return rm.model_copy(
        update={
            "priorities": tuple(f.model_copy(update={"document_id": d}) for f in rm.priorities),
            "targets": tuple(f.model_copy(update={"document_id": d}) for f in rm.targets),
            "measures": tuple(f.model_copy(update={"document_id": d}) for f in rm.measures),
        }
    )


def test_regions_and_industries_round_trip(store: Store) -> None:
    assert store.regions() == sorted(REGIONS, key=lambda r: r.code)
    assert store.regions(level="prefecture") == [REGIONS[-1]]
    assert store.industries(S) == sorted(INDUSTRIES, key=lambda i: i.code)
    # upsert: replacing a region changes it, the count stays
    renamed = Region(code="340000", name_zh="安徽省", name_en="Anhui Province", level="province")
    store.insert_regions([renamed])
    assert store.table_counts()["regions"] == len(REGIONS)
    assert [r for r in store.regions() if r.code == "340000"] == [renamed]


def test_duplicate_reference_rows_are_refused(store: Store) -> None:
    before = store.table_counts()
    dup = Industry(code="C39", scheme=S, name_en="x")
    with pytest.raises(InputError, match="twice"):
        store.insert_industries([dup, dup])
    assert store.table_counts() == before


def test_concordance_round_trip(store: Store) -> None:
    df = pd.DataFrame(
        {
            "from_scheme": [S, S, S],
            "from_code": ["C39", "C38", "C36"],
            "to_scheme": ["IO42", "IO42", "IO42"],
            "to_code": ["20", "19", "18"],
            "weight": [1.0, 1.0, 0.75],
        }
    )
    assert store.insert_concordance(df, source="NBS IO concordance") == 3
    got = store.concordance(S, "IO42")
    assert got[["from_code", "to_code", "weight"]].values.tolist() == [
        ["C36", "18", 0.75],
        ["C38", "19", 1.0],
        ["C39", "20", 1.0],
    ]
    assert set(got["source"]) == {"NBS IO concordance"}
    with pytest.raises(InputError) as info:
        store.insert_concordance(df.assign(weight=[1.0, -1.0, 1.0]))
    assert info.value.row == 3 and info.value.column == "weight"


def test_roadmap_round_trip_and_replacement(store: Store) -> None:
    rm = _roadmap()
    assert store.save_roadmap(rm, user="ann") == "anhui-2025"
    assert store.roadmap("anhui-2025") == _with_doc_ids(rm)
    assert store.roadmaps("340000") == [_with_doc_ids(rm)]
    assert store.roadmaps("430000") == []
    doc_row = store.con.execute("SELECT sha256, added_at FROM documents").fetchall()[0]
    import hashlib

    assert doc_row[0] == hashlib.sha256(TEXT.encode()).hexdigest()
    counts = store.table_counts()
    assert (counts["documents"], counts["priorities"], counts["targets"], counts["measures"]) == (1, 2, 1, 1)
    # saving the same document again replaces it and its facts
    shorter = rm.model_copy(update={"priorities": rm.priorities[:1]})
    store.save_roadmap(shorter, user="ann")
    assert store.table_counts()["priorities"] == 1
    entry = store.audit(1).iloc[0]
    assert (entry["user"], entry["action"], entry["table_name"], entry["row_key"]) == (
        "ann",
        "replace",
        "documents",
        "anhui-2025",
    )
    assert json.loads(entry["after"])["priorities"] == 1


def test_english_roadmap_round_trip(store: Store) -> None:
    text = "Hunan will build an advanced manufacturing base, with output above 2 trillion yuan by 2027."
    rm = Roadmap(
        document=Document(id="hunan-en", name="hunan.txt", language="en", text=text),
        priorities=(
            Priority(
                region="Hunan",
                region_code="430000",
                industry="advanced manufacturing",
                span=Span(start=19, end=41),
            ),
        ),
        targets=(
            Target(
                region="Hunan",
                region_code="430000",
                metric="output",
                value=2e12,
                unit="CNY",
                comparator=">=",
                year=2027,
                span=Span(start=48, end=90),
            ),
        ),
    )
    store.save_roadmap(rm)
    assert store.roadmaps("430000") == [_with_doc_ids(rm)]
    assert store.document_ids() == ["hunan-en"]


def test_update_fact_is_audited_validated_and_status_tracked(store: Store) -> None:
    store.save_roadmap(_roadmap())
    after = store.update_fact("targets", "anhui-2025/t0", {"value": 1.2e12, "year": 2028}, user="editor1")
    assert after["status"] == "edited" and after["value"] == 1.2e12
    target = store.roadmap("anhui-2025").targets[0]
    assert (target.value, target.year) == (1.2e12, 2028)
    entry = store.audit(1).iloc[0]
    assert (entry["user"], entry["action"], entry["table_name"], entry["row_key"]) == (
        "editor1",
        "update",
        "targets",
        "anhui-2025/t0",
    )
    assert json.loads(entry["before"])["value"] == 1e12
    assert json.loads(entry["after"])["value"] == 1.2e12

    before = store.facts("priorities")
    with pytest.raises(InputError):
        store.update_fact("priorities", "anhui-2025/p0", {"tier": "sunrise"}, user="editor1")
    with pytest.raises(InputError):
        store.update_fact("priorities", "anhui-2025/p0", {"document_id": "other"}, user="editor1")
    with pytest.raises(NotFoundError):
        store.update_fact("priorities", "anhui-2025/p9", {"tier": "future"}, user="editor1")
    assert store.facts("priorities").equals(before)

    store.update_fact("priorities", "anhui-2025/p1", {"status": "rejected"}, user="editor1")
    assert [p.industry for p in store.roadmap("anhui-2025").priorities] == ["新能源汽车"]
    assert len(store.roadmap("anhui-2025", include_rejected=True).priorities) == 2


def test_observations_upsert_and_panel(store: Store) -> None:
    df = pd.DataFrame(
        {
            "region_code": ["340000", "340100", "110000"],
            "industry_code": ["C39", "C39", "I65"],
            "scheme": [S] * 3,
            "year": [2021, 2021, 2021],
            "metric": ["revenue"] * 3,
            "value": [1200.0, 300.0, 5.5],
            "unit": ["亿元", "亿元", "万亿元"],
        }
    )
    result = store.insert_observations(df, source="yearbook 2022", user="loader")
    assert result == {"rows": 3, "inserted": 2, "replaced": 1}
    panel = store.panel("revenue", S)
    assert panel.columns.tolist() == ["region", "industry", "year", "value"]
    assert dict(zip(panel["region"] + "/" + panel["industry"], panel["value"], strict=True)) == {
        "110000/I65": 5.5e12,
        "340000/C39": 1.2e11,
        "340100/C39": 3.0e10,
        "430000/C39": 7.0e10,
        "440000/C38": 2.0e11,
    }
    provinces = store.panel("revenue", S, region_level="province")
    assert "340100" not in set(provinces["region"]) and len(provinces) == 4
    assert store.observations(region_codes=["340000"])["source"].tolist() == ["yearbook 2022"]
    entry = store.audit(1).iloc[0]
    assert (entry["user"], entry["table_name"], entry["source"]) == (
        "loader",
        "observations",
        "yearbook 2022",
    )
    assert json.loads(entry["after"])["replaced"] == 1
    [old] = json.loads(entry["before"])  # the replaced row's old value, from conftest.seed
    assert (old["region_code"], old["value"], old["source"]) == ("340000", 1.0e11, "fixture")
    with pytest.raises(NotFoundError, match="revenue"):
        store.panel("employment", S)
    assert store.panel("revenue", S, years=[1999]).empty


def test_region_names_become_codes(store: Store) -> None:
    df = pd.DataFrame(
        {
            "region_code": ["安徽", "Hunan", "粤", "北京市"],
            "industry_code": ["C39"] * 4,
            "scheme": [S] * 4,
            "year": [2023] * 4,
            "metric": ["enterprises"] * 4,
            "value": [2372, 2271, 13716, 1052],
            "unit": ["个"] * 4,
        }
    )
    store.insert_observations(df, source="t")
    got = store.observations(metric="enterprises")
    assert got["region_code"].tolist() == ["110000", "340000", "430000", "440000"]
    assert got["value"].tolist() == [1052.0, 2372.0, 2271.0, 13716.0]


def test_users_round_trip_without_hash_in_audit(store: Store) -> None:
    store.add_user("li", "$argon2id$secret", "editor", ["430000", "340000"], user="admin")
    user = store.get_user("li")
    assert user is not None
    assert (user["name"], user["password_hash"], user["role"], user["regions"]) == (
        "li",
        "$argon2id$secret",
        "editor",
        ["340000", "430000"],
    )
    assert store.get_user("nobody") is None
    with pytest.raises(StoreError, match="exists"):
        store.add_user("li", "x", "viewer")
    store.add_user("li", "$argon2id$new", "admin", [], replace=True)
    assert store.get_user("li")["role"] == "admin" and store.user_regions("li") == []
    with pytest.raises(InputError):
        store.add_user("wang", "h", "superuser")
    assert [u["name"] for u in store.users()] == ["li"]
    assert "password_hash" not in store.table("users").columns
    log = store.audit(10, table="users")
    assert not log["after"].str.contains("argon2").any()
    assert not log["before"].fillna("").str.contains("argon2").any()
    store.delete_user("li")
    assert store.get_user("li") is None and store.table_counts()["user_regions"] == 0


def test_datasets_loaded_round_trip(store: Store) -> None:
    store.record_dataset("cn-hightech-operation", "2024.1", "NBS via techme")
    store.record_dataset("cn-hightech-operation", "2024.1", "NBS via techme")
    got = store.datasets_loaded()
    assert got[["name", "version", "source"]].values.tolist() == [
        ["cn-hightech-operation", "2024.1", "NBS via techme"]
    ]


def test_every_write_is_audited(store: Store) -> None:
    # seed(): regions, industries, observations
    log = store.audit(100)
    assert log["table_name"].tolist() == ["observations", "industries", "regions"]
    assert set(log["user"]) == {"system"}
    assert log["at"].notna().all()
    assert json.loads(log.iloc[2]["after"])["rows"] == len(REGIONS)


def test_failed_transaction_leaves_everything_unchanged(store: Store) -> None:
    before = store.table_counts()
    obs = store.observations()
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.save_roadmap(_roadmap())
            store.add_user("tmp", "h", "viewer")
            raise RuntimeError("power cut")
    assert store.table_counts() == before
    assert store.observations().equals(obs)


def test_export_then_load_round_trips_observations(store: Store, tmp_path: Path) -> None:
    from indupath.store.loading import export_table, load_files

    original = store.observations()
    for fmt in ("csv", "parquet", "xlsx"):
        out = tmp_path / f"obs.{fmt}"
        assert export_table(store, "observations", fmt, out)["rows"] == 3  # type: ignore[arg-type]
        with Store.open(tmp_path / f"copy-{fmt}.duckdb") as copy:
            load_files(copy, [out])
            assert copy.observations().equals(original), fmt


def test_export_regions_flattens_lists(store: Store, tmp_path: Path) -> None:
    from indupath.store.loading import export_table

    export_table(store, "regions", "csv", tmp_path / "r.csv")
    back = pd.read_csv(tmp_path / "r.csv", dtype=str, encoding="utf-8-sig")
    assert back.loc[back["code"] == "340000", "aliases"].item() == "皖; Anhui Province"
    with pytest.raises(NotFoundError):
        export_table(store, "sqlite_master", "csv", tmp_path / "x.csv")
