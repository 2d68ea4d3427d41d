"""Commands ``indupath datasets`` (the embedded real data and its provenance) and ``indupath demo``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from indupath.cli.common import DbOption, console, db_path


def datasets_cmd(
    name: str | None = typer.Argument(None, help="Show one dataset's provenance (default: list all)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    head: int = typer.Option(0, "--head", min=0, help="With NAME: also show the first N rows."),
) -> None:
    """List the embedded real datasets with source, licence and size, or show one in full."""
    from rich.table import Table

    from indupath.datasets import dataset_info, list_datasets, load_dataset

    if name is None:
        infos = list_datasets()
        if as_json:
            typer.echo(json.dumps([i.as_dict() for i in infos], ensure_ascii=False, indent=1))
            return
        table = Table(title="Embedded datasets (indupath.datasets)")
        table.add_column("name", no_wrap=True)
        table.add_column("title", overflow="fold")
        table.add_column("rows", justify="right")
        table.add_column("licence", overflow="fold")
        for i in infos:
            table.add_row(i.name, f"{i.title_en}\n{i.title_zh}", f"{i.rows:,}", i.licence)
        console.print(table)
        console.print("Source, units and conversion steps: indupath datasets NAME", highlight=False)
        return
    info = dataset_info(name)
    if as_json:
        out: dict[str, Any] = info.as_dict()
        if head:
            frame = load_dataset(name).head(head)
            out["head"] = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    d = info.as_dict()
    console.print(f"[bold]{info.name}[/]: {info.title_en} / {info.title_zh}")
    for key in (
        "description",
        "source",
        "licence",
        "rows",
        "columns",
        "units",
        "original_files",
        "conversion",
    ):
        value = d[key]
        if key == "columns":
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, list):
            value = "\n  - " + "\n  - ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = "\n  - " + "\n  - ".join(f"{k}: {v}" for k, v in value.items())
        console.print(f"[bold]{key}[/]: {value}", highlight=False)
    if head:
        console.print(load_dataset(name).head(head).to_string())


def demo_cmd(
    db: Path | None = DbOption,
    fresh: bool = typer.Option(
        True, "--fresh/--keep", help="Start a new database (default) or add to an existing one."
    ),
) -> None:
    """Build a database from the embedded real data and take a short tour of what indupath does."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from indupath.demo import BUILD_STEPS, TOUR_STEPS, BuildStep, StepReport, TourStep, build_demo

    path = db_path(db)
    marks = {"ok": "[green]ok[/]", "skipped": "[yellow]skipped[/]", "failed": "[bold red]failed[/]"}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        overall = progress.add_task(f"Building {path}", total=len(BUILD_STEPS))
        touring = progress.add_task("Tour", total=len(TOUR_STEPS))
        current: dict[str, Any] = {}

        def start(step: BuildStep | TourStep) -> None:
            current["step"] = step
            task = touring if isinstance(step, TourStep) else overall
            progress.update(task, description=f"{'Tour' if task == touring else 'Building'}: {step.title}")

        def done(report: StepReport) -> None:
            task = touring if isinstance(current.get("step"), TourStep) else overall
            progress.advance(task)
            if task == overall:
                rows = f" {report.rows:,} rows" if report.rows else ""
                detail = f" - {report.detail}" if report.detail else ""
                progress.console.print(
                    f"  {marks[report.status]} {report.title}{rows} ({report.seconds:.1f} s){detail}",
                    highlight=False,
                )

        result = build_demo(path, fresh=fresh, on_step_start=start, on_step_done=done)
        progress.update(overall, description=f"Built {path}")
        progress.update(touring, description="Tour")

    for report, out in result.tour:
        console.rule(out.title if out is not None else report.title)
        if out is None:
            console.print(f"{marks[report.status]}: {report.detail}", highlight=False)
            continue
        for line in out.lines:
            console.print(line, highlight=False)
        if out.table is not None and len(out.table):
            table = Table()
            for col in out.table.columns:
                table.add_column(str(col))
            for row in out.table.itertuples(index=False):
                table.add_row(*(str(v) for v in row))
            console.print(table)
    size = path.stat().st_size if path.exists() else 0
    console.rule()
    console.print(
        f"Database {path} ({size / 1e6:.1f} MB) built in {result.seconds:.1f} s; "
        f"{len(result.failed)} step(s) failed.",
        highlight=False,
    )
    console.print(
        f"Dashboard: run `indupath serve --db {path}` and open http://127.0.0.1:8000/ "
        "(JSON API at /api, OpenAPI at /openapi.json). All commands: indupath --help",
        highlight=False,
    )
    if result.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``datasets`` and ``demo`` to the CLI."""
    app.command("datasets")(datasets_cmd)
    app.command("demo")(demo_cmd)
