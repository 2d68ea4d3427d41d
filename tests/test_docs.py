"""Docs tested from code: the command reference is current and every page is reachable."""

from __future__ import annotations

import re
from pathlib import Path

from indupath.cli.reference import cli_reference_markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_command_reference_is_current() -> None:
    current = (DOCS / "cli.md").read_text("utf-8")
    assert current == cli_reference_markdown(), "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


def test_every_command_is_in_the_reference_and_the_readme_commands_exist() -> None:
    reference = cli_reference_markdown()
    headings = set(re.findall(r"^## indupath (.+)$", reference, flags=re.M))
    for needed in ("extract", "eval", "advise", "audit", "overlap", "chain", "targets", "score", "serve",
                   "report", "load", "export", "datasets", "demo", "db info", "taxonomy search",
                   "build-panel", "analyze complexity", "taxbase", "alignment", "user add"):
        assert needed in headings, needed
    readme = (ROOT / "README.md").read_text("utf-8")
    for cmd in re.findall(r"`indupath ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", readme):
        first = cmd.split(" ")[0]
        assert any(h == cmd or h.split(" ")[0] == first for h in headings), cmd


def test_every_docs_page_is_in_the_nav_and_every_nav_entry_exists() -> None:
    nav = re.findall(r":\s*([\w.-]+\.md)\s*$", (ROOT / "mkdocs.yml").read_text("utf-8"), flags=re.M)
    pages = sorted(p.name for p in DOCS.glob("*.md"))
    assert sorted(nav) == pages
