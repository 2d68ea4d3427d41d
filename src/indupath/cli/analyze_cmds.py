"""``indupath analyze ...``: specialisation, concentration, shift-share, clusters, relatedness, complexity.

Thin: the input is read here (``--input`` CSV/Parquet, ``--dataset`` embedded data, or
the store with ``--db --metric --scheme``) and handed to the pure functions of
:mod:`indupath.analysis`; the result is printed as a table, CSV or JSON
(``{"meta": ..., "rows": [...]}``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from indupath.cli.common import DbOption, console, db_path

if TYPE_CHECKING:
    import pandas as pd

analyze_app = typer.Typer(
    name="analyze",
    help="Measure regional industrial structure: specialisation, concentration, shift-share, clusters, "
    "relatedness and complexity.",
    no_args_is_help=True,
)


@dataclass
class Columns:
    """Column names of a long panel, as given or from a dataset preset."""

    region: str = "region"
    industry: str = "industry"
    year: str | None = "year"
    value: str = "value"
    cluster_scheme: str | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _preset(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, Columns]:
    """Shape an embedded dataset into a long panel with known columns."""
    from indupath.datasets import load_dataset

    if name == "world-trade":
        return frame, Columns("country", "product", None, "value")
    if name == "cn-io2007-provincial":
        return frame, Columns(
            "province_code", "sector_code", None, "gross_output", cluster_scheme="CN-IO2007-42",
            note="gross output, 10,000 yuan, 2007",
        )  # fmt: skip
    if name == "cn-listed-firms":
        counts = (
            frame.groupby(["province_code", "csrc_code"], as_index=False)
            .size()
            .rename(columns={"size": "firms"})
        )
        counts.attrs = dict(frame.attrs)
        return counts, Columns("province_code", "csrc_code", None, "firms", note="number of listed firms")
    if name == "us-bea-employment":
        leaves = set(load_dataset("us-bea-linecodes")["line_code"].astype(str))
        keep = (frame["level"] == "state") & frame["line_code"].astype(str).isin(leaves)
        sub = frame.loc[keep].reset_index(drop=True)
        sub.attrs = dict(frame.attrs)
        return sub, Columns("geo_fips", "line_code", "year", "value", note="states x detailed BEA line codes")
    return frame, Columns()


def _load(
    dataset: str | None,
    input_: Path | None,
    db: Path | None,
    metric: str | None,
    scheme: str | None,
    cols: dict[str, str | None],
) -> tuple[pd.DataFrame, Columns]:
    """Read the panel from exactly one of --input, --dataset or the store."""
    import pandas as pd

    from indupath.errors import ConfigError, InputError

    given = [x for x in (dataset, input_, metric) if x is not None]
    if len(given) != 1:
        raise ConfigError(
            "give exactly one of --input FILE, --dataset NAME or --metric (with --db and --scheme)"
        )
    if input_ is not None:
        keys = {c: str for c in (cols["region"] or "region", cols["industry"] or "industry")}
        name = input_.name.lower()
        if name.endswith((".parquet", ".pq")):
            frame = pd.read_parquet(input_)
        elif name.endswith((".csv", ".csv.gz", ".txt")):
            frame = pd.read_csv(input_, dtype=keys)  # type: ignore[arg-type]
        else:
            raise InputError("expected a .csv, .csv.gz or .parquet file", file=str(input_))
        frame.attrs["source"] = str(input_)
        base = Columns()
    elif dataset is not None:
        from indupath.datasets import load_dataset

        frame, base = _preset(dataset, load_dataset(dataset))
    else:
        from indupath.store import Store

        if scheme is None:
            raise ConfigError("--metric needs --scheme (the industry scheme of the stored observations)")
        with Store.open(db_path(db), read_only=True) as store:
            frame = store.panel(str(metric), scheme)
        frame.attrs["source"] = f"store {db_path(db)}: {metric} ({scheme})"
        base = Columns()
    out = Columns(
        region=cols["region"] or base.region,
        industry=cols["industry"] or base.industry,
        year=cols["year"] if cols["year"] is not None else base.year,
        value=cols["value"] or base.value,
        cluster_scheme=base.cluster_scheme,
        note=base.note,
    )
    if out.year is not None and out.year not in frame.columns:
        out.year = None
    return frame, out


def _filter_year(frame: pd.DataFrame, c: Columns, year: int | None) -> pd.DataFrame:
    from indupath.errors import InputError

    if year is None:
        return frame
    if c.year is None:
        raise InputError(f"--year {year}: the panel has no year column")
    out = frame[frame[c.year].astype("int64") == year]
    if out.empty:
        raise InputError(f"--year {year}: no rows for that year", column=c.year)
    out.attrs = dict(frame.attrs)
    return out


def _emit(df: pd.DataFrame, fmt: str, region: str | None, title: str) -> None:
    """Print ``df`` (optionally only one region) as a table, CSV or JSON."""
    from indupath.errors import ConfigError, NotFoundError

    meta = {k: df.attrs.get(k) for k in ("method", "parameters", "source", "indupath_version")}
    if region is not None:
        if "region" not in df.columns:
            raise ConfigError("--region does not apply to this output")
        df = df[df["region"].astype(str) == region]
        if df.empty:
            raise NotFoundError(f"--region {region}: no such region in the result")
    if fmt == "csv":
        typer.echo(df.to_csv(index=False), nl=False)
    elif fmt == "json":
        rows = json.loads(df.to_json(orient="records", force_ascii=False))
        typer.echo(json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, default=str))
    elif fmt == "table":
        from rich.table import Table

        table = Table(title=title, caption=f"{meta['method']} | source: {meta['source']}")
        for col in df.columns:
            table.add_column(str(col), justify="right" if df[col].dtype.kind in "fiu" else "left")
        for row in df.itertuples(index=False):
            table.add_row(*[f"{v:.6g}" if isinstance(v, float) else str(v) for v in row])
        console.print(table)
    else:
        raise ConfigError(f"--format must be table, csv or json, got {fmt!r}")


# Shared options -------------------------------------------------------------------------

DatasetOpt = typer.Option(None, "--dataset", help="Embedded dataset, e.g. world-trade, cn-io2007-provincial.")
InputOpt = typer.Option(
    None, "--input", help="Long CSV or Parquet file: region, industry, value and optionally year."
)
MetricOpt = typer.Option(None, "--metric", help="Read this metric's observations from the store (--db).")
SchemeOpt = typer.Option(None, "--scheme", help="Industry scheme of the stored observations (with --metric).")
YearOpt = typer.Option(None, "--year", help="Keep only this year.")
RegionOpt = typer.Option(None, "--region", help="Show only this region code.")
FormatOpt = typer.Option("table", "--format", help="table, csv or json.")
RegionColOpt = typer.Option(None, "--region-col", help="Region column (default: region or the dataset's).")
IndustryColOpt = typer.Option(None, "--industry-col", help="Industry column.")
YearColOpt = typer.Option(None, "--year-col", help="Year column (absent: a single cross-section).")
ValueColOpt = typer.Option(None, "--value-col", help="Value column (employment, output...).")
ThresholdOpt = typer.Option(1.0, "--threshold", help="RCA threshold for presence M.")


def _cols(
    region_col: str | None, industry_col: str | None, year_col: str | None, value_col: str | None
) -> dict:
    return {"region": region_col, "industry": industry_col, "year": year_col, "value": value_col}


@analyze_app.command("specialization")
def specialization_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    year: int | None = YearOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    threshold: float = ThresholdOpt,
    db: Path | None = DbOption,
) -> None:
    """Location quotient / RCA (Balassa 1965) and binary presence M of every region x industry cell."""
    from indupath.analysis import binary_m, rca

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    frame = _filter_year(frame, c, year)
    out = binary_m(
        rca(frame, region=c.region, industry=c.industry, year=c.year, value=c.value), threshold=threshold
    )
    _emit(out, fmt, region, "RCA / location quotient")


@analyze_app.command("concentration")
def concentration_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    year: int | None = YearOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    by: str = typer.Option(
        "region", "--by", help="region (specialisation) or industry (geographic concentration)."
    ),
    threshold: float = ThresholdOpt,
    db: Path | None = DbOption,
) -> None:
    """HHI, Shannon entropy, Krugman, Hoover, (locational) Gini and diversity/ubiquity."""
    from indupath.analysis import concentration

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    frame = _filter_year(frame, c, year)
    out = concentration(
        frame,
        by=by,  # type: ignore[arg-type]
        threshold=threshold,
        region=c.region,
        industry=c.industry,
        year=c.year,
        value=c.value,
    )
    _emit(out, fmt, region if by == "region" else None, f"Concentration by {by}")


@analyze_app.command("shiftshare")
def shiftshare_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    base_year: int | None = typer.Option(None, "--base-year", help="Start year (default: first)."),
    end_year: int | None = typer.Option(None, "--end-year", help="End year (default: last)."),
    method: str = typer.Option("classic", "--method", help="classic, esteban-marquillas or dynamic."),
    nation: str | None = typer.Option(
        None, "--nation", help="Region code holding the national totals, if any."
    ),
    level: str = typer.Option("region", "--level", help="region (sum per region) or cell."),
    db: Path | None = DbOption,
) -> None:
    """Shift-share: national share, industry mix, competitive effect (Dunn; Esteban-Marquillas; dynamic)."""
    from indupath.analysis import shift_share

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    out = shift_share(
        frame,
        base_year=base_year,
        end_year=end_year,
        method=method,  # type: ignore[arg-type]
        nation=nation,
        level=level,  # type: ignore[arg-type]
        region=c.region,
        industry=c.industry,
        year=c.year or "year",
        value=c.value,
    )
    _emit(out, fmt, region, f"Shift-share ({method})")


@analyze_app.command("clusters")
def clusters_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    year: int | None = YearOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    definitions: Path | None = typer.Option(
        None,
        "--definitions",
        help="CSV with industry, cluster, traded (default: packaged 42-sector clusters).",
    ),
    cluster_scheme: str | None = typer.Option(
        None,
        "--cluster-scheme",
        help="Packaged definitions: CN-IO2007-42 or IO42 (default by dataset, else IO42).",
    ),
    establishments: str | None = typer.Option(
        None, "--establishments-col", help="Establishments column, if any."
    ),
    strong_only: bool = typer.Option(False, "--strong", help="Show only strong clusters."),
    db: Path | None = DbOption,
) -> None:
    """Cluster LQ against traded employment and the strong-cluster rule (Delgado, Porter & Stern 2016)."""
    import pandas as pd

    from indupath.analysis import cluster_definitions, cluster_mapping

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    frame = _filter_year(frame, c, year)
    if definitions is not None:
        defs = pd.read_csv(definitions, dtype={"industry": str})
        defs["traded"] = defs["traded"].astype(str).str.lower().isin(["true", "1", "yes"])
        defs.attrs["source"] = str(definitions)
    else:
        defs = cluster_definitions(cluster_scheme or c.cluster_scheme or "IO42")
    out = cluster_mapping(
        frame,
        defs,
        establishments=establishments,
        region=c.region,
        industry=c.industry,
        year=c.year,
        value=c.value,
    )
    if strong_only:
        attrs = dict(out.attrs)
        out = out[out["strong"]]
        out.attrs = attrs
    _emit(out, fmt, region, "Cluster mapping")


@analyze_app.command("relatedness")
def relatedness_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    year: int | None = YearOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    threshold: float = ThresholdOpt,
    kind: str = typer.Option("symmetric", "--kind", help="symmetric, asymmetric or continuous proximity."),
    proximity_pairs: bool = typer.Option(
        False, "--proximity", help="Print industry x industry proximity instead of density."
    ),
    db: Path | None = DbOption,
) -> None:
    """Relatedness density of every region x industry cell (or --proximity pairs), Hidalgo et al. 2007."""
    from indupath.analysis import density, proximity

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    frame = _filter_year(frame, c, year)
    kw: dict[str, Any] = {"region": c.region, "industry": c.industry, "year": c.year, "value": c.value}
    if proximity_pairs:
        out = proximity(frame, threshold=threshold, kind=kind, **kw)  # type: ignore[arg-type]
        _emit(out, fmt, None, "Proximity")
    else:
        out = density(frame, threshold=threshold, kind=kind, **kw)  # type: ignore[arg-type]
        _emit(out, fmt, region, "Relatedness density")


@analyze_app.command("complexity")
def complexity_cmd(
    dataset: str | None = DatasetOpt,
    input: Path | None = InputOpt,
    metric: str | None = MetricOpt,
    scheme: str | None = SchemeOpt,
    year: int | None = YearOpt,
    region: str | None = RegionOpt,
    fmt: str = FormatOpt,
    region_col: str | None = RegionColOpt,
    industry_col: str | None = IndustryColOpt,
    year_col: str | None = YearColOpt,
    value_col: str | None = ValueColOpt,
    threshold: float = ThresholdOpt,
    method: str = typer.Option("eigenvector", "--method", help="eigenvector, reflections or fitness."),
    standardize: str = typer.Option("regions", "--standardize", help="regions or rows (Stata's convention)."),
    ddof: int = typer.Option(1, "--ddof", help="1: sample s.d. (default); 0: population s.d."),
    iterations: int | None = typer.Option(
        None, "--iterations", help="Reflections order, even (default 18), or fitness iterations (default 19)."
    ),
    industries: bool = typer.Option(
        False, "--industries", help="Print PCI by industry instead of ECI by region."
    ),
    db: Path | None = DbOption,
) -> None:
    """ECI and rank of each region (or PCI with --industries), with the eigenvalue diagnostics."""
    from indupath.analysis import complexity, fitness

    frame, c = _load(dataset, input, db, metric, scheme, _cols(region_col, industry_col, year_col, value_col))
    frame = _filter_year(frame, c, year)
    kw: dict[str, Any] = {"region": c.region, "industry": c.industry, "year": c.year, "value": c.value}
    if method == "fitness":
        regs, inds = fitness(frame, threshold=threshold, iterations=iterations or 19, **kw)
        _emit(inds if industries else regs, fmt, None if industries else region, "Fitness-complexity")
        return
    res = complexity(
        frame,
        threshold=threshold,
        method=method,  # type: ignore[arg-type]
        standardize=standardize,  # type: ignore[arg-type]
        ddof=ddof,
        iterations=iterations or 18,
        cells=False,
        **kw,
    )
    if industries:
        _emit(res.industries, fmt, None, "Product/industry complexity (PCI)")
        return
    diag = res.diagnostics.drop(columns=[x for x in ("n_regions", "n_industries") if x in res.diagnostics])
    out = res.regions.merge(diag, on="year", how="left").sort_values(["year", "rank"], na_position="last")
    out.attrs = dict(res.regions.attrs)
    _emit(out.reset_index(drop=True), fmt, region, "Economic complexity (ECI)")


def register(app: typer.Typer) -> None:
    """Add ``indupath analyze ...`` to the app."""
    app.add_typer(analyze_app, name="analyze")
