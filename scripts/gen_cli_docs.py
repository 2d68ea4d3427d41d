"""Regenerate docs/cli.md from the CLI (run after adding or changing a command)."""

from pathlib import Path

from indupath.cli.reference import cli_reference_markdown

out = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
out.write_text(cli_reference_markdown(), encoding="utf-8")
print(f"wrote {out}")
