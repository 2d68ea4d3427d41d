"""``indupath load``, ``indupath export`` and ``indupath db info|migrate|log``.

Thin wrappers over :mod:`indupath.store`: the logic lives in
:func:`indupath.store.loading.load_files`, :func:`indupath.store.loading.export_table`
and the :class:`~indupath.store.Store` methods.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from indupath.cli.common import DbOption, console, db_path

db_app = typer.Typer(help="The DuckDB store: information, schema migration and the audit log of changes.", no_args_is_help=True)


def load(
    files: list[Path] = typer.Argument(..., help="CSV, XLSX or Parquet observation files."),
    format: str = typer.Option("auto", "--format", help="long, wide (years as columns) or auto."),
    map_: list[str] = typer.Option(
        [],
        "--map",
        help="Name the file's columns: value=VAL,region=prov (repeatable; region, industry, "
        "scheme, year, metric, value, unit, source).",
    ),
    metric: str | None = typer.Option(
        None, "--metric", help="Metric of every row (when the file has no metric column)."
    ),
    unit: str | None = typer.Option(None, "--unit", help="Unit of every value, e.g. 万元, 亿元, persons."),
    scheme: str | None = typer.Option(
        None, "--scheme", help="Industry scheme, e.g. 'GB/T 4754-2017', BEA, SITC2."
    ),
    industry: str | None = typer.Option(
        None, "--industry", help="Industry code of every row (when the file has no industry column)."
    ),
    encoding: str | None = typer.Option(
        None, "--encoding", help="Text encoding of CSV files (default: detect)."
    ),
    sheet: str | None = typer.Option(None, "--sheet", help="Excel sheet (default: the first)."),
    source: str | None = typer.Option(None, "--source", help="Source of the data (default: the file name)."),
    skip_missing: bool = typer.Option(False, "--skip-missing", help="Skip empty / '-' values in long files."),
    user: str = typer.Option("cli", "--user", help="Name recorded in the audit log."),
    db: Path | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Validate and load observation files in one transaction (a bad row anywhere loads nothing)."""
    from indupath.errors import InputError
    from indupath.store import Store
    from indupath.store.files import parse_map
    from indupath.store.loading import load_files

    if format not in ("auto", "long", "wide"):
        raise InputError("--format must be long, wide or auto", column="--format", value=format)
    with Store.open(db_path(db)) as store:
        results = load_files(
            store,
            files,
            format=format,  # type: ignore[arg-type]
            mapping=parse_map(map_),
            metric=metric,
            unit=unit,
            scheme=scheme,
            industry=industry,
            source=source,
            encoding=encoding,
            sheet=sheet,
            skip_missing=skip_missing,
            user=user,
        )
    if as_json:
        console.print_json(json.dumps(results, ensure_ascii=False))
        return
    for r in results:
        console.print(
            f"{r['file']}: {r['rows']} rows ({r['inserted']} new, {r['replaced']} replaced"
            f"{', ' + str(r['skipped']) + ' empty cells skipped' if r['skipped'] else ''}; {r['layout']}"
            f"{', ' + r['encoding'] if r['encoding'] else ''})",
            highlight=False,
        )


def export(
    table: str = typer.Argument(..., help="Table name, e.g. observations, regions, targets, audit_log."),
    format: str = typer.Option("csv", "--format", help="csv, parquet or xlsx."),
    out: Path | None = typer.Option(None, "--out", help="Output file (default: TABLE.FORMAT)."),
    db: Path | None = DbOption,
) -> None:
    """Export a table to CSV (UTF-8 with BOM), Parquet or Excel."""
    from indupath.errors import InputError
    from indupath.store import Store
    from indupath.store.loading import export_table

    if format not in ("csv", "parquet", "xlsx"):
        raise InputError("--format must be csv, parquet or xlsx", column="--format", value=format)
    target = out if out is not None else Path(f"{table}.{format}")
    with Store.open(db_path(db), read_only=db_path(db).exists()) as store:
        result = export_table(store, table, format, target)  # type: ignore[arg-type]
    console.print(f"{result['rows']} rows of {table} written to {result['path']}", highlight=False)


@db_app.command("info")
def db_info(
    db: Path | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Tables, row counts, schema version and file size."""
    from rich.table import Table

    from indupath.store import Store

    with Store.open(db_path(db)) as store:
        info = store.info()
    if as_json:
        console.print_json(json.dumps(info))
        return
    console.print(
        f"{info['path']}: schema version {info['schema_version']}, "
        f"{info['size_bytes'] if info['size_bytes'] is not None else '?'} bytes",
        highlight=False,
    )
    t = Table("table", "rows")
    for name, n in info["tables"].items():
        t.add_row(name, str(n))
    console.print(t)


@db_app.command("migrate")
def db_migrate(db: Path | None = DbOption) -> None:
    """Upgrade the store to the current schema version (opening it does the same), audited."""
    import duckdb

    from indupath.store import Store
    from indupath.store.schema import CURRENT_VERSION, read_version

    path = db_path(db)
    con = duckdb.connect(str(path), read_only=path.exists())
    try:
        before = read_version(con)
    finally:
        con.close()
    with Store.open(path) as store:
        after = store.schema_version
    if before == after:
        console.print(f"{path}: schema version {after} is current", highlight=False)
    else:
        console.print(
            f"{path}: migrated schema version {before} -> {after} (current {CURRENT_VERSION})",
            highlight=False,
        )


def audit_log(
    limit: int = typer.Option(20, "--limit", min=1, help="How many entries, newest first."),
    table: str | None = typer.Option(None, "--table", help="Only entries about this table."),
    db: Path | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON lines."),
) -> None:
    """Recent audit-log entries: who changed what, when, from which source."""
    from rich.table import Table

    from indupath.store import Store

    path = db_path(db)
    with Store.open(path, read_only=path.exists()) as store:
        frame = store.audit(limit, table=table)
    if as_json:
        for rec in frame.to_dict(orient="records"):
            typer.echo(json.dumps(rec, ensure_ascii=False, default=str))
        return
    t = Table("id", "at (UTC)", "user", "action", "table", "key", "source", "change")
    for column in t.columns:
        column.no_wrap = True
        column.overflow = "ellipsis"
    for rec in frame.to_dict(orient="records"):
        t.add_row(
            str(rec["id"]),
            str(rec["at"])[:19],
            str(rec["user"]),
            str(rec["action"]),
            str(rec["table_name"]),
            str(rec["row_key"] or ""),
            str(rec["source"] or ""),
            str(rec["after"] or "")[:60],
        )
    console.print(t)


def register(app: typer.Typer) -> None:
    """Add the store commands to the ``indupath`` app."""
    app.command("load")(load)
    app.command("export")(export)
    db_app.command("log")(audit_log)
    app.add_typer(db_app, name="db")
