"""The ``indupath`` command line: a thin Typer app.

Each ``*_cmds`` module in this package owns one group of commands and exposes
``register(app)``; this module discovers them, so a new capability adds a file
and touches nothing else. Commands import heavy libraries lazily so that
``indupath --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from indupath import __version__
from indupath.cli.common import err_console
from indupath.errors import IndupathError

app = typer.Typer(
    name="indupath",
    help="Plan local economic development around new industries: read roadmaps, measure, advise, track, show.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"indupath {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """indupath command line."""


def _register_all() -> None:
    package = importlib.import_module(__name__)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.endswith("_cmds"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            module.register(app)


_register_all()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and turn indupath errors into a one-line message and exit code 2."""
    try:
        app(args=argv, standalone_mode=False)
    except IndupathError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
