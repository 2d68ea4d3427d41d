"""``indupath serve`` (the JSON API and dashboard) and ``indupath user add|list``."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from indupath.cli.common import DbOption, console, db_path

user_app = typer.Typer(
    help="Manage dashboard users (viewer, editor of regions, admin).", no_args_is_help=True
)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    db: Path | None = DbOption,
    read_only: bool = typer.Option(False, "--read-only", help="Open the store read-only (no edits)."),
    workers: int = typer.Option(
        1, "--workers", min=1, help="Uvicorn worker processes (read-only stores only)."
    ),
) -> None:
    """Run the JSON API and the web dashboard with uvicorn."""
    import uvicorn

    from indupath.api import create_app

    path = db_path(db)
    console.print(f"indupath: serving {path} on http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(create_app(path, read_only=read_only), host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="User name."),
    role: str = typer.Option("viewer", "--role", help="viewer, editor or admin."),
    region: list[str] = typer.Option([], "--region", help="Region code an editor may edit (repeatable)."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from standard input."
    ),
    replace: bool = typer.Option(False, "--replace", help="Overwrite an existing user."),
    db: Path | None = DbOption,
) -> None:
    """Create a user with an Argon2-hashed password."""
    from indupath.api import users
    from indupath.store import Store

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Store.open(db_path(db)) as store:
        user = users.add_user(store, name, password, role, region, replace=replace)
    console.print(
        f"user {user.name} ({user.role}{'; regions ' + ', '.join(user.regions) if user.regions else ''}) saved"
    )


@user_app.command("list")
def user_list(db: Path | None = DbOption) -> None:
    """List users with their roles and regions."""
    from rich.table import Table

    from indupath.store import Store

    with Store.open(db_path(db), read_only=True) as store:
        rows = store.users()
    table = Table("name", "role", "regions", "created")
    for r in rows:
        table.add_row(r["name"], r["role"], ", ".join(r["regions"]), str(r["created_at"])[:19])
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add ``serve`` and the ``user`` group to the CLI."""
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")
