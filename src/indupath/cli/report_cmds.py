"""``indupath report``: a region's profile as HTML, PDF or Excel."""

from __future__ import annotations

from pathlib import Path

import typer

from indupath.cli.common import DbOption, console, db_path


def report(
    region: str = typer.Argument(..., help="Region code or name (340000, 安徽, Anhui)."),
    fmt: str = typer.Option("html", "--format", "-f", help="html, pdf or xlsx."),
    lang: str = typer.Option("zh", "--lang", help="zh or en."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file (default REGION-LANG.FORMAT)."),
    examples: bool = typer.Option(
        False, "--examples", help="Use the example roadmaps shipped with indupath when the store has none."
    ),
    db: Path | None = DbOption,
) -> None:
    """Write a region's profile: roadmap, targets, specialisation, opportunities, audit, overlap, chain gaps."""
    from indupath.errors import ConfigError
    from indupath.reports import FORMATS, build_region_report, write_report

    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if lang not in ("zh", "en"):
        raise ConfigError(f"--lang must be zh or en, got {lang!r}")
    from indupath.advise.runs import region_code

    code = region_code(region)
    roadmaps, all_roadmaps, observations = [], [], None
    path = db_path(db)
    if path.exists():
        from indupath.store import Store

        with Store.open(path, read_only=True) as store:
            all_roadmaps = store.roadmaps()
            roadmaps = store.roadmaps(code)
            observations = store.observations()
    if not roadmaps and examples:
        from indupath.advise.priorities import example_roadmaps

        all_roadmaps = example_roadmaps()
        roadmaps = [rm for rm in all_roadmaps if any(p.region_code == code for p in rm.priorities)]
    with console.status("building the report…"):
        doc, map_chart = build_region_report(
            code, roadmaps, lang=lang, observations=observations, all_roadmaps=all_roadmaps  # type: ignore[arg-type]
        )
        target = out or Path(f"{code}-{lang}.{fmt}")
        write_report(doc, target, fmt=fmt, map_chart=map_chart)
    console.print(f"wrote {target} ({target.stat().st_size:,} bytes, {len(doc.sections)} sections)")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
