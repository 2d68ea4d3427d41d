"""``indupath advise | audit | overlap | chain | targets | score | taxbase | realeconomy | alignment``.

Thin wrappers over :mod:`indupath.advise.runs`: read roadmaps, targets and
observations from the store (``--db``) and optional roadmap JSON files, call the
pure functions, render a table or JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from indupath.cli.common import DbOption, console, db_path

if TYPE_CHECKING:
    import pandas as pd

    from indupath.advise.result import AdviseResult
    from indupath.model import Roadmap

JsonOption = typer.Option(False, "--json", help="Print the full result as JSON.")
ExamplesOption = typer.Option(
    False, "--examples", help="Also use the example roadmaps shipped with indupath (Anhui, Liaoning, 2024)."
)
RoadmapOption = typer.Option(
    [], "--roadmap", help="Extraction-output JSON file(s) with priorities/targets/measures."
)


def _roadmaps(db: Path | None, region: str | None, examples: bool, files: list[Path]) -> list[Roadmap]:
    from indupath.advise.priorities import example_roadmaps, roadmap_from_record

    out: list[Roadmap] = []
    path = db_path(db)
    if path.exists():
        from indupath.store import Store

        with Store.open(path, read_only=True) as store:
            out.extend(store.roadmaps(region))
    if examples:
        out.extend(example_roadmaps())
    for f in files:
        data = json.loads(Path(f).read_text("utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            out.append(roadmap_from_record(rec, document_id=str(f)))
    return out


def _observations(db: Path | None) -> pd.DataFrame | None:
    path = db_path(db)
    if not path.exists():
        return None
    from indupath.store import Store

    with Store.open(path, read_only=True) as store:
        return store.observations()


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        if v != v:
            return ""
        if abs(v) >= 1e5:
            return f"{v:,.0f}"
        return f"{v:.3f}"
    return str(v)


def _show(
    res: AdviseResult, columns: list[str] | None, as_json: bool, title: str, limit: int | None = None
) -> None:
    if as_json:
        typer.echo(json.dumps(res.to_dict(), ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    df = res.table if columns is None else res.table[[c for c in columns if c in res.table.columns]]
    if limit:
        df = df.head(limit)
    table = Table(title=title, show_lines=False)
    for c in df.columns:
        table.add_column(str(c))
    for row in df.itertuples(index=False):
        table.add_row(*[_fmt(v) for v in row])
    console.print(table)
    console.print(
        f"[dim]method: {res.method}\nsource: {res.source}\nindupath {res.version}[/]", highlight=False
    )


def advise(
    region: str = typer.Argument(..., help="Region code or name (340000, 安徽, Anhui)."),
    year: int | None = typer.Option(None, "--year", help="Panel year (default: latest)."),
    candidates: str = typer.Option("all", "--candidates", help="all, sei or future."),
    dataset: str = typer.Option(
        "cn-io2007-provincial",
        "--dataset",
        help="cn-io2007-provincial, cn-listed-firms, or store (with --metric, --scheme).",
    ),
    metric: str = typer.Option(
        "gross_output", "--metric", help="Metric: gross_output/value_added, or a store metric."
    ),
    scheme: str | None = typer.Option(
        None, "--scheme", help="Industry scheme of the store panel, e.g. CSRC-2012."
    ),
    strategy: str = typer.Option("balanced", "--strategy", help="low-hanging, balanced or long-jump."),
    limit: int = typer.Option(20, "--limit", help="Rows to show."),
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Rank industries the region does not yet specialise in by feasibility and attractiveness."""
    from indupath.advise.runs import run_opportunities, sector_scheme

    if dataset == "store":
        from indupath.errors import InputError
        from indupath.store import Store

        path = db_path(db)
        if scheme is None or not path.exists():
            raise InputError("--dataset store needs --scheme and an existing --db")
        with Store.open(path, read_only=True) as store:
            panel = store.panel(metric, scheme)
        res = run_opportunities(
            region,
            year=year,
            candidates=candidates,
            strategy=strategy,
            panel=panel,
            scheme=sector_scheme(scheme),
        )
    else:
        res = run_opportunities(
            region, year=year, candidates=candidates, dataset=dataset, metric=metric, strategy=strategy
        )
    cols = [
        "rank",
        "industry",
        "name",
        "rca",
        "density",
        "density_pct",
        "pci",
        "cog",
        "growth",
        "attractiveness",
        "score",
        "quadrant",
        "sei",
        "future",
    ]
    _show(
        res, cols, as_json, f"Opportunities for {res.parameters['region']} ({res.parameters['year']})", limit
    )


def roadmap_audit(
    region: str = typer.Argument(..., help="Region code or name."),
    priorities: str | None = typer.Option(
        None, "--priorities", help='Comma-separated list, e.g. "新材料,人工智能".'
    ),
    dataset: str = typer.Option(
        "cn-io2007-provincial", "--dataset", help="cn-io2007-provincial or cn-listed-firms."
    ),
    db: Path | None = DbOption,
    examples: bool = ExamplesOption,
    roadmap: list[Path] = RoadmapOption,
    as_json: bool = JsonOption,
) -> None:
    """Audit a region's declared priorities: LQ, density percentile, verdict, alternatives."""
    from indupath.advise.priorities import parse_priority_list, priority_table, region_priorities
    from indupath.advise.runs import region_code, run_audit

    code = region_code(region)
    items: list[Any]
    if priorities:
        items = list(parse_priority_list(priorities))
    else:
        items = region_priorities(priority_table(_roadmaps(db, code, examples, roadmap)), code)
    res = run_audit(code, items, dataset=dataset)
    cols = ["priority", "tier", "sectors", "lq", "density_pct", "verdict", "alternatives"]
    _show(res, cols, as_json, f"Roadmap audit for {code}")


def overlap(
    tier: str | None = typer.Option(None, "--tier", help="future or emerging (default: all)."),
    db: Path | None = DbOption,
    examples: bool = ExamplesOption,
    roadmap: list[Path] = RoadmapOption,
    as_json: bool = JsonOption,
) -> None:
    """How many regions target each industry; crowding index; Jaccard similarity of priority sets."""
    from indupath.advise.runs import run_overlap

    res = run_overlap(_roadmaps(db, None, examples, roadmap), tier=tier)
    cols = [
        "industry",
        "name_zh",
        "tier",
        "regions_targeting",
        "regions",
        "regions_specialised",
        "crowding",
        "national_share",
    ]
    _show(res, cols, as_json, "Overlap of declared priorities")
    if not as_json and len(res.extra["jaccard"]):
        from indupath.advise.result import AdviseResult

        _show(
            AdviseResult("Jaccard similarity of priority sets", res.extra["jaccard"]), None, False, "Jaccard"
        )


def chain(
    industry: str = typer.Argument(..., help="Sector code or (part of) its name, e.g. 20 or 电子设备."),
    region: str | None = typer.Option(None, "--region", help="Region code or name: list the links to fill."),
    table: str = typer.Option("2020-42", "--table", help="2020-153, 2020-42, 2017-42 or 2007-provincial."),
    top: int = typer.Option(10, "--top", help="Suppliers and users to list."),
    origin: str = typer.Option("total", "--origin", help="total (domestic + imported inputs) or domestic."),
    as_json: bool = JsonOption,
) -> None:
    """Main upstream suppliers and downstream users of an industry; links to fill (补链) for a region."""
    from indupath.advise.runs import run_chain

    res = run_chain(industry, region=region, table=table, top=top, origin=origin)
    title = f"Chain of {res.parameters['sector']} {res.parameters['sector_name']} ({table})"
    if region is None:
        _show(res, None, as_json, title)
    else:
        _show(
            res,
            ["code", "name", "direct_coefficient", "total_requirement", "local_lq", "to_fill"],
            as_json,
            title
            + f", links to fill in {res.parameters['region']} (own LQ {res.parameters['sector_lq']:.2f})",
        )


def targets(
    region: str | None = typer.Option(None, "--region", help="Region code or name."),
    metric: str | None = typer.Option(
        None, "--metric", help="Track an ad-hoc target: metric, e.g. 'high-tech revenue'."
    ),
    value: str | None = typer.Option(None, "--value", help="Target value in CNY or count: 1e12 or 10000亿."),
    unit: str = typer.Option("CNY", "--unit", help="Unit of --value."),
    year: int | None = typer.Option(None, "--year", help="Deadline year of the ad-hoc target."),
    comparator: str = typer.Option(">=", "--comparator", help=">=, <=, = or about."),
    seed: int = typer.Option(0, "--seed", help="Seed of the bootstrap."),
    n_boot: int = typer.Option(2000, "--n-boot", help="Bootstrap paths."),
    db: Path | None = DbOption,
    examples: bool = ExamplesOption,
    roadmap: list[Path] = RoadmapOption,
    as_json: bool = JsonOption,
) -> None:
    """Progress, required vs historical growth, probability of meeting each target, status."""
    from indupath.advise.runs import region_code, run_targets
    from indupath.advise.targets import parse_amount
    from indupath.errors import InputError
    from indupath.model import Span, Target

    code = region_code(region) if region else None
    tlist = [t for rm in _roadmaps(db, code, examples, roadmap) for t in rm.targets if t.region_code]
    if code:
        tlist = [t for t in tlist if t.region_code == code]
    if metric is not None:
        if code is None or value is None or year is None:
            raise InputError("an ad-hoc target needs --region, --metric, --value and --year")
        if comparator not in (">=", "<=", "=", "about"):
            raise InputError(
                "--comparator must be >=, <=, = or about", column="--comparator", value=comparator
            )
        tlist.append(
            Target.model_validate(
                {
                    "region_code": code,
                    "metric": metric,
                    "value": parse_amount(value),
                    "unit": unit,
                    "comparator": comparator,
                    "year": year,
                    "span": Span(start=0, end=0),
                }
            )
        )
    if not tlist:
        raise InputError(
            "no targets: store roadmaps with targets, pass --roadmap, or give --metric/--value/--year"
        )
    res = run_targets(tlist, observations=_observations(db), seed=seed, n_boot=n_boot)
    cols = [
        "region_code",
        "metric",
        "comparator",
        "target",
        "deadline",
        "latest_year",
        "latest_value",
        "progress",
        "required_growth",
        "historical_growth",
        "probability",
        "projection_p10",
        "projection_p50",
        "projection_p90",
        "status",
    ]
    _show(res, cols, as_json, "Target tracking")


def score(
    config: Path | None = typer.Argument(
        None, help="Scorecard YAML (default: the shipped real-economy scorecard)."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Entropy-weight (or given-weight) TOPSIS scorecard with ±20 % weight sensitivity."""
    from indupath.advise.runs import run_score

    res = run_score(config)
    _show(
        res,
        ["rank", "region_code", "name", "score", "rank_best", "rank_worst", "rank_range"],
        as_json,
        f"Scorecard: {res.parameters['scorecard']}",
    )
    if not as_json:
        console.print("weights: " + ", ".join(f"{k} {v:.3f}" for k, v in res.extra["weights"].items()))
        if res.extra["excluded"]:
            console.print(f"excluded (missing data): {', '.join(res.extra['excluded'])}")


def taxbase_cmd(
    region: str = typer.Argument(..., help="Region code or name."),
    priorities: str | None = typer.Option(
        None, "--priorities", help="Comma-separated priorities (default: stored)."
    ),
    db: Path | None = DbOption,
    examples: bool = ExamplesOption,
    roadmap: list[Path] = RoadmapOption,
    as_json: bool = JsonOption,
) -> None:
    """Production-tax base by sector and the tax each priority adds per 1亿元 of output."""
    from indupath.advise.priorities import parse_priority_list, priority_table, region_priorities
    from indupath.advise.result import AdviseResult
    from indupath.advise.runs import region_code, run_taxbase

    code = region_code(region)
    rms = _roadmaps(db, code, examples, roadmap)
    names = (
        parse_priority_list(priorities)
        if priorities
        else [p for p, _ in region_priorities(priority_table(rms), code)]
    )
    measures = [m for rm in rms for m in rm.measures if m.region_code in (None, code)]
    res = run_taxbase(code, names, measures=measures)
    if as_json:
        _show(res, None, True, "")
        return
    _show(
        res,
        ["code", "name", "output", "tax_per_output", "estimated_tax", "share"],
        False,
        f"Estimated production-tax base of {code} (2007 structure x 2020 national yields)",
        12,
    )
    console.print(
        f"implied net production tax / output: {res.extra['tax_to_output']:.4f}; "
        f"median sector yield {res.extra['median_sector_yield']:.4f}"
    )
    _show(
        AdviseResult("priority tax yield", res.extra["priorities"], source=res.source),
        None,
        False,
        "Net production tax per 1亿元 of output, by priority",
    )


def realeconomy(
    region: str | None = typer.Option(None, "--region", help="Region code or name (default: all provinces)."),
    year: int | None = typer.Option(None, "--year", help="Latest year for the high-tech series."),
    as_json: bool = JsonOption,
) -> None:
    """Manufacturing shares, high-tech revenue/profit and growth, listed SEI-division firms by province."""
    from indupath.advise.runs import run_realeconomy

    res = run_realeconomy(region, year=year)
    cols = [
        "region_code",
        "name",
        "manufacturing_output_share",
        "manufacturing_va_share",
        "hightech_revenue",
        "hightech_revenue_growth",
        "hightech_profit",
        "hightech_margin",
        "rd_intensity",
        "newproduct_share",
        "sei_listed_firms",
    ]
    _show(res, cols, as_json, "Real-economy indicators")


def alignment_cmd(
    region: str = typer.Argument(..., help="Region code or name."),
    capacity_metric: str | None = typer.Option(
        None,
        "--capacity-metric",
        help="Store metric of R&D or patents by field (default: listed-firm proxy).",
    ),
    scheme: str | None = typer.Option(
        None, "--scheme", help="Field scheme of --capacity-metric, e.g. CSRC-2012."
    ),
    db: Path | None = DbOption,
    examples: bool = ExamplesOption,
    roadmap: list[Path] = RoadmapOption,
    as_json: bool = JsonOption,
) -> None:
    """Are the region's priorities where its innovation capacity is? Coherence score and peers."""
    from indupath.advise.result import AdviseResult
    from indupath.advise.runs import run_alignment, sector_scheme

    rms = _roadmaps(db, None, examples, roadmap)
    if capacity_metric is not None:
        from indupath.errors import InputError
        from indupath.store import Store

        path = db_path(db)
        field_scheme = sector_scheme(scheme or "")
        if field_scheme is None or not path.exists():
            raise InputError(
                "--capacity-metric needs --scheme (CSRC-2012 or IO42 codes) and an existing --db"
            )
        with Store.open(path, read_only=True) as store:
            capacity = store.panel(capacity_metric, str(scheme))
        res = run_alignment(
            region,
            rms,
            capacity=capacity,
            scheme=field_scheme,
            capacity_label=f"{capacity_metric} by {scheme} (store)",
        )
    else:
        res = run_alignment(region, rms)
    if as_json:
        _show(res, None, True, "")
        return
    _show(
        res,
        ["priority", "tier", "fields", "rta", "field_score", "peers", "rank_among_declarers"],
        False,
        f"S&T alignment of {res.parameters['region']}",
    )
    coh = res.extra["coherence"]
    console.print(
        f"coherence C = {coh:.3f} ({res.extra['coherence_formula']}); capacity: {res.extra['capacity']}"
        if coh is not None
        else "coherence: no mapped priorities"
    )
    if "rd_profile" in res.extra:
        _show(
            AdviseResult("high-tech industry R&D", res.extra["rd_profile"]),
            None,
            False,
            "High-tech R&D profile",
        )
    fut = res.extra["future_without_capacity"]
    _show(
        AdviseResult("future industries and capacity", fut),
        None,
        False,
        "Future industries: capacity behind them",
    )


def register(app: typer.Typer) -> None:
    """Add the advise and track commands to the app."""
    app.command("advise")(advise)
    app.command("audit")(roadmap_audit)
    app.command("overlap")(overlap)
    app.command("chain")(chain)
    app.command("targets")(targets)
    app.command("score")(score)
    app.command("taxbase")(taxbase_cmd)
    app.command("realeconomy")(realeconomy)
    app.command("alignment")(alignment_cmd)
