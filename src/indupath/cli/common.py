"""Options and helpers shared by the command modules."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "indupath.duckdb"


def default_db_path() -> Path:
    """The database path: ``$INDUPATH_DB`` if set, else ``./indupath.duckdb``."""
    return Path(os.environ.get("INDUPATH_DB", DEFAULT_DB))


DbOption = typer.Option(
    None,
    "--db",
    envvar="INDUPATH_DB",
    help="DuckDB file (default ./indupath.duckdb, or $INDUPATH_DB).",
)


def db_path(value: Path | None) -> Path:
    """Resolve a ``--db`` option value to a path."""
    return Path(value) if value is not None else default_db_path()
