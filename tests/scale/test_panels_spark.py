"""The same Ibis panel builder on Spark (local[2]) gives the same panels as on DuckDB.

One Spark session per module (JVM start-up is slow and is reported once); all
tests run in one xdist worker (group ``spark``).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from indupath.store import panels
from indupath.store.engines import connect, from_pandas
from indupath.synthetic import write_synthetic_firms

from .panel_reference import (
    as_cells,
    assert_cells_equal,
    pandas_firm_year_reference,
    with_gaps_and_duplicates,
)
from .test_panels import (
    BAD_SPELLS,
    BAD_SPELLS_PANEL,
    BAD_YEAR_CSV,
    BAD_YEAR_PANEL,
    DUPLICATES,
    DUPLICATES_PANEL,
    FIRM_YEARS,
    GAPS,
    GAPS_PANEL,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.spark,
    pytest.mark.xdist_group("spark"),
    # py4j leaves sockets to the garbage collector; not our code and not a failure
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def spark_con() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java: run scripts/setup-system.sh (installs openjdk-17-jre-headless)")
    start = time.perf_counter()
    con = connect("spark", spark_master="local[2]", spark_conf={"spark.sql.shuffle.partitions": "2"})
    print(f"Spark local[2] session start-up: {time.perf_counter() - start:.1f} s")  # counted, shown with -rP
    yield con
    con._session.stop()


@pytest.fixture(scope="module")
def duck() -> Any:
    return connect("duckdb")


def _same(a: panels.PanelResult, b: panels.PanelResult) -> None:
    """Identical keys; counts equal exactly; sums equal to summation-order rounding."""
    ca, cb = as_cells(a.observations), as_cells(b.observations)
    counts = {k: v for k, v in ca.items() if k[3] in panels.COUNT_METRICS}
    assert_cells_equal({k: v for k, v in cb.items() if k[3] in panels.COUNT_METRICS}, counts, rel=0)
    assert_cells_equal(cb, ca, rel=1e-12)
    assert a.report.as_dict() == b.report.as_dict()
    assert a.report.total_records == b.report.total_records
    assert list(a.observations.columns) == list(b.observations.columns)


def test_listed_firms_identical_on_spark_and_duckdb(spark_con: Any, duck: Any) -> None:
    from indupath.datasets import load_dataset

    records = panels.listed_firm_records(load_dataset("cn-listed-firms"))
    d = panels.build_panel(from_pandas(duck, records, name="listed"), years=(2000, 2025))
    s = panels.build_panel(from_pandas(spark_con, records, name="listed"), years=(2000, 2025))
    assert s.engine == "spark" and d.engine == "duckdb"
    _same(d, s)
    assert as_cells(s.observations)[("440000", "39", 2025, "firms_active")] > 100


def test_hand_case_and_bad_records_identical_on_spark(spark_con: Any, duck: Any) -> None:
    bad = pd.DataFrame(
        [(None, "110101", "39", 2011, 1.0), ("r", "999999", "39", 2011, 1.0), ("i", "110101", "ZZ", 2011, 1.0),
         ("n", "110101", "39", 2011, -2.0)],
        columns=FIRM_YEARS.columns,
    )
    df = pd.concat([FIRM_YEARS, bad], ignore_index=True)
    d = panels.build_panel(from_pandas(duck, df, name="hand"), region_level="prefecture")
    s = panels.build_panel(from_pandas(spark_con, df, name="hand"), region_level="prefecture")
    _same(d, s)
    assert s.report.as_dict()["unknown_region"] == 1 and s.report.as_dict()["negative_value"] == 1
    assert as_cells(s.observations)[("320100", "27", 2011, "firm_exits")] == 1.0


def test_one_million_synthetic_rows_identical_on_spark_and_duckdb(spark_con: Any, duck: Any, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "firms_1m.parquet"
    written = write_synthetic_firms(path, rows=1_000_000, seed=2024, chunk_rows=250_000)
    assert written.rows == 1_000_000
    d = panels.build_panel_from(path, con=duck)
    s = panels.build_panel_from(path, con=spark_con)
    assert d.synthetic and s.synthetic and d.report.total_records == 1_000_000
    _same(d, s)


# ---------------------------------------------------------------- gaps, duplicates, unreadable years (hand cases)


def test_gaps_identical_on_spark_and_duckdb(spark_con: Any, duck: Any) -> None:
    d = panels.build_panel(from_pandas(duck, GAPS, name="gaps"))
    s = panels.build_panel(from_pandas(spark_con, GAPS, name="gaps"))
    assert_cells_equal(as_cells(s.observations), GAPS_PANEL, rel=0)
    _same(d, s)


def test_duplicates_identical_on_spark_and_duckdb(spark_con: Any, duck: Any) -> None:
    # shuffled on Spark: the kept record must not depend on input order or partitioning
    shuffled = DUPLICATES.sample(frac=1.0, random_state=7).reset_index(drop=True)
    d = panels.build_panel(from_pandas(duck, DUPLICATES, name="dups"), region_level="county")
    s = panels.build_panel(from_pandas(spark_con, shuffled, name="dups"), region_level="county")
    assert_cells_equal(as_cells(s.observations), DUPLICATES_PANEL, rel=0)
    assert s.report.count("duplicate") == 4 and s.report.count("unknown_region") == 1
    _same(d, s)
    assert d.report.table.set_index("kind").loc["duplicate", "examples"] == (
        s.report.table.set_index("kind").loc["duplicate", "examples"]
    )


def test_unreadable_years_in_a_csv_identical_on_spark_and_duckdb(spark_con: Any, duck: Any, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "firms.csv"
    csv.write_text(BAD_YEAR_CSV, encoding="utf-8")
    d = panels.build_panel_from(csv, con=duck)
    s = panels.build_panel_from(csv, con=spark_con)
    assert_cells_equal(as_cells(s.observations), BAD_YEAR_PANEL, rel=0)
    assert s.report.count("bad_year") == 3 and s.report.count("missing_year") == 1
    assert s.report.count("bad_value") == 1
    _same(d, s)


def test_spells_with_unreadable_dates_and_duplicates_identical_on_spark(spark_con: Any, duck: Any) -> None:
    frame = BAD_SPELLS.astype(object)
    d = panels.build_panel(from_pandas(duck, frame, name="spells"), years=(2015, 2018))
    s = panels.build_panel(from_pandas(spark_con, frame, name="spells"), years=(2015, 2018))
    assert_cells_equal(as_cells(s.observations), BAD_SPELLS_PANEL, rel=0)
    assert s.report.count("duplicate") == 1 and s.report.count("bad_year") == 2
    _same(d, s)


def test_synthetic_with_gaps_and_duplicates_identical_on_spark(spark_con: Any, duck: Any, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "firms.parquet"
    write_synthetic_firms(path, rows=20_000, seed=13, chunk_rows=10_000)
    df = with_gaps_and_duplicates(
        pd.read_parquet(path).astype({"region_code": str, "industry_code": str}), seed=5
    )
    d = panels.build_panel(from_pandas(duck, df, name="gd"), region_level="prefecture")
    s = panels.build_panel(from_pandas(spark_con, df, name="gd"), region_level="prefecture")
    assert d.report.count("duplicate") == int(df.duplicated().sum()) > 0
    _same(d, s)
    assert_cells_equal(as_cells(s.observations), pandas_firm_year_reference(df, level="prefecture"))
