"""The command reference as Markdown, generated from the Typer app itself.

``docs/cli.md`` is this function's output; ``tests/test_docs.py`` fails when the
two differ, so a command or option cannot go undocumented.
"""

from __future__ import annotations

from typing import Any


def _walk(cmd: Any, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []
    subs = getattr(cmd, "commands", None)
    if subs:
        for name in sorted(subs):
            out.extend(_walk(subs[name], (*path, name)))
    else:
        out.append((path, cmd))
    return out


def _param_line(param: Any) -> str:
    if param.param_type_name == "argument":
        help_text = (getattr(param, "help", None) or "").strip()
        name = str(param.name).upper()
        return f"- `{name}` (argument): {help_text}" if help_text else f"- `{name}` (argument)"
    opts = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    help_text = (getattr(param, "help", None) or "").strip()
    return f"- {opts}: {help_text}" if help_text else f"- {opts}"


def cli_reference_markdown() -> str:
    """Every ``indupath`` command with its one-line help, arguments and options, as Markdown."""
    import typer.main

    from indupath.cli import app

    root = typer.main.get_command(app)
    lines = [
        "# Command reference",
        "",
        "Generated from the CLI by `python scripts/gen_cli_docs.py`; `tests/test_docs.py` checks it is current.",
        "",
    ]
    for path, cmd in _walk(root, ()):
        lines.append(f"## indupath {' '.join(path)}")
        lines.append("")
        doc = (cmd.help or "").strip().split("\n\n")[0].replace("\n", " ")
        if doc:
            lines.append(doc)
            lines.append("")
        params = [p for p in cmd.params if p.name not in ("help",)]
        lines.extend(_param_line(p) for p in params)
        if params:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
