"""``indupath taxonomy``: search, show and count the reference regions and industries."""

from __future__ import annotations

import typer

from indupath.cli.common import console

taxonomy_app = typer.Typer(help="Reference regions and industries: search names, show codes, count.",
                           no_args_is_help=True)


@taxonomy_app.command("search")
def search(
    text: str = typer.Argument(..., help="A name in Chinese or English: 安徽, Inner Mongolia, 新型储能, humanoid robots"),
    kind: str = typer.Option("both", "--kind", "-k", help="region, industry or both"),
    scheme: str | None = typer.Option(None, "--scheme", "-s", help="industry scheme (gbt, sei, io42 ...)"),
    within: str | None = typer.Option(None, "--within", help="region code that the region must lie in"),
    limit: int = typer.Option(5, "--limit", "-n", min=1, help="maximum number of candidates"),
    as_json: bool = typer.Option(False, "--json", help="print the candidates as JSON"),
) -> None:
    """Resolve a name to ranked candidate codes (exact, alias, fuzzy; ambiguous ones flagged)."""
    import dataclasses
    import json

    from rich.table import Table

    from indupath.errors import InputError
    from indupath.taxonomy import resolve_industry, resolve_region

    if kind not in ("region", "industry", "both"):
        raise InputError(f"--kind must be region, industry or both, not {kind!r}")
    table = Table("kind", "scheme", "code", "name_zh", "name_en", "level", "match", "score", "ambiguous", "concept")
    for col in table.columns:
        col.overflow = "fold"
    rows = []
    if kind in ("region", "both"):
        rows += [("region", c) for c in resolve_region(text, within=within, limit=limit)]
    if kind in ("industry", "both"):
        rows += [("industry", c) for c in resolve_industry(text, scheme=scheme, limit=limit)]
    for what, c in rows:
        table.add_row(what, c.scheme, c.code, c.name_zh or "", c.name_en or "", c.level or "", c.kind,
                      f"{c.score:.3f}", "yes" if c.ambiguous else "", c.concept or "")
    if not rows:
        console.print(f"no match for {text!r}")
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps([{"type": what, **dataclasses.asdict(c)} for what, c in rows], ensure_ascii=False))
        return
    console.print(table)


@taxonomy_app.command("show")
def show(
    code: str = typer.Argument(..., help="A code: 430181, Z-110000-01, C-YRD, 39, C39, 1.5, F4.2"),
    scheme: str | None = typer.Option(None, "--scheme", "-s", help="scheme of the code (gbt, csrc, sei ...)"),
) -> None:
    """Show one region or industry: names, parent, aliases, and its concordance rows."""
    from indupath.errors import NotFoundError
    from indupath.taxonomy import concordances_table, get_industry, get_region
    from indupath.taxonomy.industries import canonical_scheme, find_industry_code

    shown = False
    region_schemes = ("GB/T 2260", "indupath-zone", "indupath-cluster", "FIPS", "ISO3")
    if scheme is None or scheme in region_schemes:
        try:
            r = get_region(code, scheme=scheme)
        except NotFoundError:
            r = None
        if r is not None:
            console.print(f"[bold]{r.code}[/] ({r.scheme}, {r.level}) {r.name_zh or ''} / {r.name_en or ''}")
            if r.parent:
                p = get_region(r.parent)
                console.print(f"  parent: {p.code} {p.name_zh or ''} / {p.name_en or ''}")
            if r.members:
                console.print(f"  members: {', '.join(r.members)}")
            if r.aliases:
                console.print(f"  aliases: {' | '.join(r.aliases)}")
            shown = True
    if scheme is None or scheme not in region_schemes:
        pairs = find_industry_code(code, canonical_scheme(scheme) if scheme else None)
        conc = concordances_table()
        for s, c in pairs:
            ind = get_industry(c, s)
            console.print(f"[bold]{ind.code}[/] ({ind.scheme}, {ind.level}) {ind.name_zh or ''} / {ind.name_en or ''}")
            if ind.parent:
                console.print(f"  parent: {ind.parent}")
            rows = conc[(conc["from_scheme"] == s) & (conc["from_code"] == c)]
            for _, row in rows.iterrows():
                console.print(f"  -> {row['to_scheme']} {row['to_code']} (weight {row['weight']:.3g})")
            shown = True
    if not shown:
        raise NotFoundError(f"no region or industry with code {code!r}" + (f" in scheme {scheme!r}" if scheme else ""))


@taxonomy_app.command("stats")
def stats() -> None:
    """Count regions by level, industries by scheme, aliases and policy phrases."""
    from rich.table import Table

    from indupath.taxonomy.stats import taxonomy_stats

    t = Table("table", "group", "count")
    for table, group, n in taxonomy_stats():
        t.add_row(table, group, str(n))
    console.print(t)


def register(app: typer.Typer) -> None:
    """Attach the ``taxonomy`` command group."""
    app.add_typer(taxonomy_app, name="taxonomy")
