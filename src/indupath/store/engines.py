"""Compute engines for panel building: DuckDB through Ibis (default) and PySpark.

The panel builders in :mod:`indupath.store.panels` are written once as Ibis
expressions; this module only opens the backend they run on and reads inputs
into Ibis tables. Heavy libraries (Ibis, PySpark) are imported lazily, and a
missing one raises :class:`~indupath.errors.DependencyError` naming what to install.

``connect("duckdb")`` opens an in-memory DuckDB (or a file, read-only by default);
``connect("spark", spark_master="local[2]")`` starts or reuses a Spark session
(``spark://host:7077`` or ``yarn`` for a real cluster).
"""

from __future__ import annotations

import contextlib
import shutil
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from indupath.errors import ConfigError, DependencyError, EngineError, InputError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import ibis.expr.types as ir
    from ibis.backends import BaseBackend

EngineName = Literal["duckdb", "spark"]
ENGINES: tuple[str, ...] = ("duckdb", "spark")

#: Spark settings for small machines and tests: few shuffle partitions, no UI.
SPARK_DEFAULTS: dict[str, str] = {
    "spark.sql.shuffle.partitions": "4",
    "spark.default.parallelism": "2",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.session.timeZone": "UTC",
    "spark.driver.memory": "2g",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
}

# Deprecation chatter of third-party libraries about each other (Ibis 12 on
# pandas 3 and DuckDB 2; PySpark's sockets). It is not about our code, and the
# test suite turns warnings into errors, so engine calls run inside this filter.
_IGNORED_WARNINGS: tuple[tuple[str, type[Warning]], ...] = (
    (r".*fetch_arrow_table\(\) is deprecated", DeprecationWarning),
    (r".*'future\.infer_string' option is deprecated", Warning),
    (r".*The copy keyword is deprecated", Warning),
    (r"unclosed <socket", ResourceWarning),
)


@contextlib.contextmanager
def quiet_engine_warnings() -> Iterator[None]:
    """Silence known third-party deprecation warnings raised inside Ibis, DuckDB and PySpark calls.

    Only the messages listed in ``_IGNORED_WARNINGS`` are ignored; every other
    warning still surfaces.
    """
    with warnings.catch_warnings():
        for message, category in _IGNORED_WARNINGS:
            warnings.filterwarnings("ignore", message=message, category=category)
        yield


def _import_ibis() -> Any:
    try:
        import ibis
    except ImportError as exc:  # pragma: no cover - ibis is a core dependency
        raise DependencyError("Ibis is missing: pip install 'ibis-framework[duckdb]'") from exc
    return ibis


def spark_session(
    master: str = "local[2]", conf: Mapping[str, str] | None = None, app_name: str = "indupath"
) -> Any:
    """Start (or reuse) a Spark session on ``master`` with :data:`SPARK_DEFAULTS` plus ``conf``.

    ``master`` is ``local[N]`` for local mode or a cluster URL (``spark://host:7077``,
    ``yarn``, ``k8s://...``). Raises :class:`DependencyError` when PySpark or Java is missing.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise DependencyError(
            "PySpark is missing: pip install 'indupath[spark]' (pyspark, ibis-framework[pyspark])"
        ) from exc
    if shutil.which("java") is None:
        raise DependencyError(
            "Spark needs Java (17) on PATH: apt-get install openjdk-17-jre-headless, or run scripts/setup-system.sh"
        )
    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in {**SPARK_DEFAULTS, **dict(conf or {})}.items():
        builder = builder.config(key, value)
    try:
        with quiet_engine_warnings():
            session = builder.getOrCreate()
    except Exception as exc:  # py4j / JVM start-up errors have no common base class
        raise EngineError(f"could not start Spark on master {master!r}: {exc}") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def connect(
    engine: str = "duckdb",
    *,
    spark_master: str | None = None,
    spark_conf: Mapping[str, str] | None = None,
    spark: Any = None,
    duckdb_path: str | Path | None = None,
    threads: int | None = None,
) -> BaseBackend:
    """Open an Ibis backend: ``"duckdb"`` (in memory, or ``duckdb_path`` read-only) or ``"spark"``.

    Parameters
    ----------
    engine : ``"duckdb"`` or ``"spark"``.
    spark_master : Spark master URL (default ``local[2]``).
    spark_conf : extra Spark settings.
    spark : an existing ``SparkSession`` to wrap instead of starting one.
    duckdb_path : a DuckDB file to open read-only (to read a table of the store).
    threads : DuckDB worker threads (default: DuckDB's own choice).
    """
    ibis = _import_ibis()
    if engine == "duckdb":
        with quiet_engine_warnings():
            if duckdb_path is not None:
                path = Path(duckdb_path)
                if not path.exists():
                    raise NotFoundError(f"DuckDB file {str(path)!r} does not exist")
                con = ibis.duckdb.connect(str(path), read_only=True)
            else:
                con = ibis.duckdb.connect()
            if threads is not None:
                con.raw_sql(f"SET threads = {int(threads)}")
        return con  # type: ignore[no-any-return]
    if engine == "spark":
        session = spark if spark is not None else spark_session(spark_master or "local[2]", spark_conf)
        try:
            with quiet_engine_warnings():
                return ibis.pyspark.connect(session)  # type: ignore[no-any-return]
        except AttributeError as exc:
            raise DependencyError(
                "Ibis' PySpark backend is missing: pip install 'ibis-framework[pyspark]'"
            ) from exc
    raise ConfigError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


def engine_name(con: BaseBackend) -> str:
    """``"duckdb"`` or ``"spark"`` for a backend returned by :func:`connect`."""
    return "spark" if con.name == "pyspark" else str(con.name)


def _parquet_target(path: Path, engine: str) -> tuple[str, bool]:
    """The string to hand to the engine for a Parquet file or folder, and whether it is hive-partitioned."""
    if path.is_dir():
        hive = any(p.is_dir() and "=" in p.name for p in path.iterdir())
        if engine == "duckdb":
            return str(path / "**" / "*.parquet"), hive
        return str(path), hive
    return str(path), False


def read_input(
    con: BaseBackend,
    source: str | Path,
    *,
    fmt: Literal["parquet", "csv", "table"] | None = None,
) -> ir.Table:
    """Read firm records into an Ibis table on ``con``.

    ``source`` is a Parquet file, a folder of Parquet files (hive-partitioned
    ``key=value/`` folders become columns), a CSV file, or — with ``fmt="table"`` —
    the name of a table the backend already holds. ``fmt`` is guessed from the
    suffix when omitted.
    """
    engine = engine_name(con)
    if fmt == "table":
        try:
            with quiet_engine_warnings():
                return con.table(str(source))
        except Exception as exc:  # each backend raises its own "table not found"
            raise NotFoundError(f"table {str(source)!r} not found in the {engine} backend: {exc}") from exc
    path = Path(source)
    if not path.exists():
        raise NotFoundError(
            f"input {str(path)!r} does not exist; expected a Parquet file or folder, or a CSV file"
        )
    if fmt is None:
        if path.is_dir() or path.suffix.lower() in {".parquet", ".pq"}:
            fmt = "parquet"
        elif path.suffix.lower() in {".csv", ".gz", ".txt"}:
            fmt = "csv"
        else:
            raise InputError(
                "cannot tell the format; expected .parquet, a folder of Parquet files or .csv", file=str(path)
            )
    with quiet_engine_warnings():
        if fmt == "parquet":
            target, hive = _parquet_target(path, engine)
            if engine == "duckdb":
                return con.read_parquet(target, hive_partitioning=hive)  # type: ignore[attr-defined,no-any-return]
            return con.read_parquet(target)  # type: ignore[attr-defined,no-any-return]
        if fmt == "csv":
            if engine == "duckdb":
                return con.read_csv(str(path), all_varchar=True)  # type: ignore[attr-defined,no-any-return]
            return con.read_csv(str(path), header=True, inferSchema=False)  # type: ignore[attr-defined,no-any-return]
    raise ConfigError(f"unknown input format {fmt!r}; expected parquet, csv or table")


def from_pandas(con: BaseBackend, frame: Any, name: str = "firm_records") -> ir.Table:
    """Put a pandas DataFrame into the backend as a temporary table (DuckDB view / Spark temp view) named ``name``.

    (Ibis' own ``create_table`` from pandas is avoided: with DuckDB 2 it emits an
    invalid ``DROP VIEW`` statement.)
    """
    import pyarrow as pa

    with quiet_engine_warnings():
        if engine_name(con) == "spark":
            import pandas as pd

            session = con._session  # type: ignore[attr-defined]
            # PySpark's Arrow path fails on pandas 3's Arrow-backed string columns; plain objects convert.
            plain = frame.astype(
                {c: object for c in frame.columns if pd.api.types.is_string_dtype(frame[c].dtype)}
            )
            session.createDataFrame(plain).createOrReplaceTempView(name)
        else:
            con.con.register(name, pa.Table.from_pandas(frame, preserve_index=False))  # type: ignore[attr-defined]
        return con.table(name)
