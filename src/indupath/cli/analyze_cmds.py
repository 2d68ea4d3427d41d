"""``indupath analyze ...``: specialisation, concentration, shift-share, clusters, relatedness, complexity.

Thin: the input is read here (``--input`` CSV/Parquet, ``--dataset`` embedded data, or
the store with ``--db --metric --scheme``) and handed to the pure functions of
:mod:`indupath.analysis`; the result is printed as a table, CSV or JSON
(``{"meta": ..., "rows": [...]}``).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
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

    def as_kwargs(self) -> dict[str, Any]:
        """The column keywords the :mod:`indupath.analysis` functions take (``region=...`` etc.)."""
        return {"region": self.region, "industry": self.industry, "year": self.year, "value": self.value}


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


def _load(opts: SharedOptions) -> tuple[pd.DataFrame, Columns]:
    """Read the panel from exactly one of --input, --dataset or the store."""
    import pandas as pd

    from indupath.errors import ConfigError, InputError

    dataset, input_, metric, scheme, db = opts.dataset, opts.input, opts.metric, opts.scheme, opts.db
    cols = {
        "region": opts.region_col,
        "industry": opts.industry_col,
        "year": opts.year_col,
        "value": opts.value_col,
    }
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


# Shared options: each declared once here --------------------------------------------------

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


def _option(name: str, annotation: Any, option: Any) -> inspect.Parameter:
    """A keyword parameter ``name: annotation = option``, as Typer reads it from a signature."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation)


#: The options every subcommand takes before its own, in ``--help`` order (``--db`` comes after its own).
_SHARED_HEAD = (
    _option("dataset", str | None, DatasetOpt),
    _option("input", Path | None, InputOpt),
    _option("metric", str | None, MetricOpt),
    _option("scheme", str | None, SchemeOpt),
    _option("year", int | None, YearOpt),
    _option("region", str | None, RegionOpt),
    _option("fmt", str, FormatOpt),
    _option("region_col", str | None, RegionColOpt),
    _option("industry_col", str | None, IndustryColOpt),
    _option("year_col", str | None, YearColOpt),
    _option("value_col", str | None, ValueColOpt),
)
_SHARED_TAIL = (_option("db", Path | None, DbOption),)


@dataclass(frozen=True)
class SharedOptions:
    """The values of the options every ``analyze`` subcommand shares (see :func:`_command`)."""

    dataset: str | None = None
    input: Path | None = None
    metric: str | None = None
    scheme: str | None = None
    year: int | None = None
    region: str | None = None
    fmt: str = "table"
    region_col: str | None = None
    industry_col: str | None = None
    year_col: str | None = None
    value_col: str | None = None
    db: Path | None = None

    def load(self) -> tuple[pd.DataFrame, Columns]:
        """The panel from --input, --dataset or the store and its columns; only --year's rows if given."""
        frame, c = _load(self)
        return _filter_year(frame, c, self.year), c

    def emit(self, df: pd.DataFrame, title: str, *, per_region: bool = True) -> None:
        """Print ``df`` in --format; only --region's rows when ``per_region`` (rows are regions)."""
        _emit(df, self.fmt, self.region if per_region else None, title)


def _command(name: str, *, year: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register ``fn(opts: SharedOptions, **own_options)`` as ``indupath analyze NAME``.

    The subcommand takes the shared options (without ``--year`` when ``year`` is false),
    then ``fn``'s own options in their order, then ``--db``: Typer reads that composed
    signature, and the shared values reach ``fn`` as one :class:`SharedOptions`. The
    help text is ``fn``'s docstring.
    """
    head = tuple(p for p in _SHARED_HEAD if year or p.name != "year")
    shared = [p.name for p in (*head, *_SHARED_TAIL)]

    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        own = list(inspect.signature(fn, eval_str=True).parameters.values())[1:]

        def command(**kwargs: Any) -> None:
            fn(SharedOptions(**{k: kwargs.pop(k) for k in shared}), **kwargs)

        command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [*head, *(p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own), *_SHARED_TAIL]
        )
        command.__name__, command.__qualname__ = fn.__name__, fn.__qualname__
        command.__doc__, command.__module__ = fn.__doc__, fn.__module__
        analyze_app.command(name)(command)
        return fn

    return decorate


# Subcommands: each declares only its own options ------------------------------------------


@_command("specialization")
def specialization_cmd(opts: SharedOptions, threshold: float = ThresholdOpt) -> None:
    """Location quotient / RCA (Balassa 1965) and binary presence M of every region x industry cell."""
    from indupath.analysis import binary_m, rca

    frame, c = opts.load()
    out = binary_m(rca(frame, **c.as_kwargs()), threshold=threshold)
    opts.emit(out, "RCA / location quotient")


@_command("concentration")
def concentration_cmd(
    opts: SharedOptions,
    by: str = typer.Option(
        "region", "--by", help="region (specialisation) or industry (geographic concentration)."
    ),
    threshold: float = ThresholdOpt,
) -> None:
    """HHI, Shannon entropy, Krugman, Hoover, (locational) Gini and diversity/ubiquity."""
    from indupath.analysis import concentration

    frame, c = opts.load()
    out = concentration(frame, by=by, threshold=threshold, **c.as_kwargs())  # type: ignore[arg-type]
    opts.emit(out, f"Concentration by {by}", per_region=by == "region")


@_command("shiftshare", year=False)
def shiftshare_cmd(
    opts: SharedOptions,
    base_year: int | None = typer.Option(None, "--base-year", help="Start year (default: first)."),
    end_year: int | None = typer.Option(None, "--end-year", help="End year (default: last)."),
    method: str = typer.Option("classic", "--method", help="classic, esteban-marquillas or dynamic."),
    nation: str | None = typer.Option(
        None, "--nation", help="Region code holding the national totals, if any."
    ),
    level: str = typer.Option("region", "--level", help="region (sum per region) or cell."),
) -> None:
    """Shift-share: national share, industry mix, competitive effect (Dunn; Esteban-Marquillas; dynamic)."""
    from indupath.analysis import shift_share

    frame, c = opts.load()
    out = shift_share(
        frame,
        base_year=base_year,
        end_year=end_year,
        method=method,  # type: ignore[arg-type]
        nation=nation,
        level=level,  # type: ignore[arg-type]
        **{**c.as_kwargs(), "year": c.year or "year"},
    )
    opts.emit(out, f"Shift-share ({method})")


@_command("clusters")
def clusters_cmd(
    opts: SharedOptions,
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
) -> None:
    """Cluster LQ against traded employment and the strong-cluster rule (Delgado, Porter & Stern 2016)."""
    import pandas as pd

    from indupath.analysis import cluster_definitions, cluster_mapping

    frame, c = opts.load()
    if definitions is not None:
        defs = pd.read_csv(definitions, dtype={"industry": str})
        defs["traded"] = defs["traded"].astype(str).str.lower().isin(["true", "1", "yes"])
        defs.attrs["source"] = str(definitions)
    else:
        defs = cluster_definitions(cluster_scheme or c.cluster_scheme or "IO42")
    out = cluster_mapping(frame, defs, establishments=establishments, **c.as_kwargs())
    if strong_only:
        attrs = dict(out.attrs)
        out = out[out["strong"]]
        out.attrs = attrs
    opts.emit(out, "Cluster mapping")


@_command("relatedness")
def relatedness_cmd(
    opts: SharedOptions,
    threshold: float = ThresholdOpt,
    kind: str = typer.Option("symmetric", "--kind", help="symmetric, asymmetric or continuous proximity."),
    proximity_pairs: bool = typer.Option(
        False, "--proximity", help="Print industry x industry proximity instead of density."
    ),
) -> None:
    """Relatedness density of every region x industry cell (or --proximity pairs), Hidalgo et al. 2007."""
    from indupath.analysis import density, proximity

    frame, c = opts.load()
    if proximity_pairs:
        out = proximity(frame, threshold=threshold, kind=kind, **c.as_kwargs())  # type: ignore[arg-type]
        opts.emit(out, "Proximity", per_region=False)
    else:
        out = density(frame, threshold=threshold, kind=kind, **c.as_kwargs())  # type: ignore[arg-type]
        opts.emit(out, "Relatedness density")


@_command("complexity")
def complexity_cmd(
    opts: SharedOptions,
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
) -> None:
    """ECI and rank of each region (or PCI with --industries), with the eigenvalue diagnostics."""
    from indupath.analysis import complexity, fitness

    frame, c = opts.load()
    kw = c.as_kwargs()
    if method == "fitness":
        regs, inds = fitness(frame, threshold=threshold, iterations=iterations or 19, **kw)
        opts.emit(inds if industries else regs, "Fitness-complexity", per_region=not industries)
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
        opts.emit(res.industries, "Product/industry complexity (PCI)", per_region=False)
        return
    diag = res.diagnostics.drop(columns=[x for x in ("n_regions", "n_industries") if x in res.diagnostics])
    out = res.regions.merge(diag, on="year", how="left").sort_values(["year", "rank"], na_position="last")
    out.attrs = dict(res.regions.attrs)
    opts.emit(out.reset_index(drop=True), "Economic complexity (ECI)")


def register(app: typer.Typer) -> None:
    """Add ``indupath analyze ...`` to the app."""
    app.add_typer(analyze_app, name="analyze")
