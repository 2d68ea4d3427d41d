"""``indupath build-panel`` (firm records → region × industry × year observations) and ``indupath synth-firms``.

Thin wrappers: the logic lives in :func:`indupath.store.panels.build_panel` and
:func:`indupath.synthetic.write_synthetic_firms`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import typer

from indupath.cli.common import DbOption, console, db_path

LISTED_FIRMS = "cn-listed-firms"


def _parse_years(text: str | None) -> tuple[int, int] | None:
    from indupath.errors import ConfigError

    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-|:|\.\.)\s*(\d{4})\s*", text)
    if m is None:
        single = re.fullmatch(r"\s*(\d{4})\s*", text)
        if single is None:
            raise ConfigError(f"--years {text!r}: expected FIRST-LAST, e.g. 2000-2025")
        return int(single.group(1)), int(single.group(1))
    return int(m.group(1)), int(m.group(2))


def _parse_map(items: list[str]) -> dict[str, str]:
    from indupath.errors import ConfigError

    out: dict[str, str] = {}
    for item in items:
        for pair in item.split(","):
            if not pair.strip():
                continue
            if "=" not in pair:
                raise ConfigError(f"--map {pair!r}: expected canonical=column, e.g. firm_id=cid")
            key, value = pair.split("=", 1)
            out[key.strip()] = value.strip()
    return out


def build_panel_cmd(
    input: str = typer.Argument(
        ...,
        help="Firm records: a Parquet file or folder (hive partitions ok), a CSV file, "
        f"a table of --db with --table, or '{LISTED_FIRMS}' (the embedded listed firms).",
    ),
    engine: str = typer.Option("duckdb", "--engine", help="duckdb (default) or spark."),
    spark_master: str | None = typer.Option(
        None, "--spark-master", help="Spark master URL (default local[2]; spark://host:7077 for a cluster)."
    ),
    region_level: str = typer.Option("province", "--region-level", help="county, prefecture or province."),
    scheme: str = typer.Option(
        "GB/T 4754-2017", "--scheme", help="Output industry scheme: GB/T4754, CSRC, or IO42/IO153 (via the taxonomy)."
    ),
    years: str | None = typer.Option(None, "--years", help="FIRST-LAST, e.g. 2000-2025 (default: span of the data)."),
    concordance: Path | None = typer.Option(
        None, "--concordance", help="CSV with from_code,to_code,weight (default: built-in GB/T 4754 / CSRC 2012)."
    ),
    table: bool = typer.Option(False, "--table", help="INPUT names a table in the --db file (or in --input-db)."),
    input_db: Path | None = typer.Option(None, "--input-db", help="DuckDB file holding the --table (default: --db)."),
    map_: list[str] = typer.Option([], "--map", help="Column names: firm_id=cid,region_code=county (repeatable)."),
    source: str | None = typer.Option(None, "--source", help="Source label (default: the input name)."),
    out: Path | None = typer.Option(None, "--out", help="Also write the observations to this .csv or .parquet file."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Build and report, but write nothing to the store."),
    user: str = typer.Option("cli", "--user", help="Name recorded in the audit log."),
    db: Path | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the summary and bad-record report as JSON."),
) -> None:
    """Build firm counts, entries, exits and summed measures by region, industry and year; write them to the store."""
    import pandas as pd

    from indupath.store import panels
    from indupath.store.engines import connect, from_pandas

    options: dict[str, Any] = {
        "region_level": region_level,
        "scheme": scheme,
        "years": _parse_years(years),
        "columns": _parse_map(map_) or None,
    }
    if concordance is not None:
        options["concordance"] = pd.read_csv(concordance, dtype={"from_code": str, "to_code": str})
    if source is not None:
        options["source"] = source
    if input == LISTED_FIRMS and not table and not Path(input).exists():
        from indupath.datasets import dataset_info, load_dataset

        con = connect(engine, spark_master=spark_master)
        records = panels.listed_firm_records(load_dataset(LISTED_FIRMS))
        options.setdefault("source", f"{LISTED_FIRMS}: {dataset_info(LISTED_FIRMS).source}")
        result = panels.build_panel(from_pandas(con, records), **options)
    elif table:
        source_db = input_db if input_db is not None else db_path(db)
        result = panels.build_panel_from(input, engine="duckdb", fmt="table", duckdb_path=source_db, **options)
    else:
        result = panels.build_panel_from(input, engine=engine, spark_master=spark_master, **options)

    written: dict[str, int] | None = None
    if out is not None:
        if out.suffix.lower() == ".parquet":
            result.observations.to_parquet(out, index=False)
        else:
            result.observations.to_csv(out, index=False)
    if not dry_run and len(result.observations):
        from indupath.store import Store

        with Store.open(db_path(db)) as store:
            written = store.insert_observations(result.observations, source=result.source, user=user)
    report = result.report
    if as_json:
        payload = {
            "source": result.source,
            "synthetic": result.synthetic,
            "engine": result.engine,
            "method": result.method,
            "parameters": result.parameters,
            "version": result.version,
            "observations": len(result.observations),
            "written": written,
            "records": report.total_records,
            "bad_records": {k: v for k, v in report.as_dict().items()},
            "bad_examples": {k: ex for k, ex in zip(report.table["kind"], report.table["examples"], strict=True)},
            "notes": list(result.notes),
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, default=str))
        return
    from rich.table import Table

    console.print(f"[bold]{result.method}[/]")
    console.print(f"source: {result.source}" + ("  [yellow](synthetic data)[/]" if result.synthetic else ""))
    console.print(
        f"records read: {report.total_records:,}; left out: {report.bad_records:,}; "
        f"observations: {len(result.observations):,}"
    )
    bad = Table("kind", "count", "examples", title="bad records")
    for kind, count, examples in zip(report.table["kind"], report.table["count"], report.table["examples"], strict=True):
        bad.add_row(kind, f"{int(count):,}", "; ".join(str(e) for e in examples))
    console.print(bad if len(report.table) else "bad records: none")
    for note in result.notes:
        console.print(f"note: {note}")
    if written is not None:
        console.print(f"store {db_path(db)}: {written}")
    elif dry_run:
        console.print("dry run: nothing written to the store")


def synth_firms_cmd(
    out: Path = typer.Argument(..., help="Parquet file (or folder with --partition year) to write."),
    rows: int = typer.Option(1_000_000, "--rows", help="Number of firm-year rows."),
    seed: int = typer.Option(..., "--seed", help="Random seed (required: the same seed gives the same rows)."),
    first_year: int = typer.Option(2000, "--first-year"),
    last_year: int = typer.Option(2025, "--last-year"),
    partition: str | None = typer.Option(None, "--partition", help="'year' for hive partitions year=YYYY/."),
    chunk_rows: int = typer.Option(2_000_000, "--chunk-rows", help="Rows generated per chunk (memory bound)."),
) -> None:
    """Write SYNTHETIC firm-year records (seeded, Zipf sizes, concentrated regions) for tests and benchmarks."""
    from indupath.errors import ConfigError
    from indupath.synthetic import write_synthetic_firms

    if partition not in (None, "year"):
        raise ConfigError(f"--partition {partition!r}: expected 'year' or nothing")
    result = write_synthetic_firms(
        out,
        rows=rows,
        seed=seed,
        first_year=first_year,
        last_year=last_year,
        partition="year" if partition == "year" else None,
        chunk_rows=chunk_rows,
    )
    console.print(
        f"wrote {result.rows:,} SYNTHETIC firm-year rows of {result.firms:,} firms to {result.path} "
        f"({result.files} file(s), seed {seed}; metadata synthetic=true)"
    )


def register(app: typer.Typer) -> None:
    """Add ``build-panel`` and ``synth-firms`` to the app."""
    app.command("build-panel")(build_panel_cmd)
    app.command("synth-firms")(synth_firms_cmd)
