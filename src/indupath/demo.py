"""The demo: build a fresh database from the embedded real data, then take a short tour.

``indupath demo`` (see :mod:`indupath.cli.data_cmds`) runs :data:`BUILD_STEPS` in
order against a new DuckDB store, then :data:`TOUR_STEPS`. Both are plain lists
of small steps so that other parts of indupath can add theirs: a build step is a
function ``(Store) -> (rows, detail)``; a tour step is a function
``(Store) -> TourOutput``. Every step is guarded: a capability that is not
installed yet (an ``ImportError``) or that refuses the data (an
:class:`~indupath.errors.IndupathError`) is reported as *skipped* with the
reason, and any other error as *failed* with its type and message (logged with
its traceback), so one broken step never hides the others.

What goes into the database, and under which codes:

=====================  ================  ===================  ==========================================
dataset                regions           industries           metrics (unit as written -> base unit)
=====================  ================  ===================  ==========================================
cn-listed-firms        GB/T 2260 prov.   CSRC-2012 divisions  firms_active, firm_entries (count)
cn-io2007-provincial   GB/T 2260 prov.   IO42-2007 sectors    gross_output, value_added,
                                                              labour_compensation, intermediate_input
                                                              (万元 -> CNY), year 2007
cn-hightech-*          GB/T 2260 prov.   NBS-HT ``HT``        hightech_* (see indupath.advise.embedded)
us-bea-gva             FIPS states       BEA-GVA line codes   gdp (current dollars -> USD)
us-bea-employment      FIPS states       BEA line codes       employment (jobs -> persons)
world-trade            ISO3 countries    SITC2 4-digit        exports (USD at 2000 prices; the
                                                              1998-2000 average is stored as year 2000)
=====================  ================  ===================  ==========================================

Rows whose region or industry code is not in the reference tables are left out
and counted in the step's detail (for BEA employment these are the aggregate
lines, e.g. 10 total employment, which the taxonomy's BEA line list does not
hold); suppressed (empty) source cells are left out.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from indupath import __version__
from indupath.errors import IndupathError

if TYPE_CHECKING:  # pragma: no cover
    from indupath.store import Store

log = logging.getLogger(__name__)

Status = Literal["ok", "skipped", "failed"]

IO2007_SCHEME = "IO42-2007"
IO2007_METRICS = ("gross_output", "value_added", "labour_compensation", "intermediate_input")
ANHUI = "340000"


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class StepReport:
    """What one build or tour step did."""

    key: str
    title: str
    status: Status
    rows: int = 0
    detail: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class TourOutput:
    """A tour step's output: a heading, text lines and an optional table."""

    title: str
    lines: tuple[str, ...] = ()
    table: pd.DataFrame | None = None


@dataclass(frozen=True)
class BuildStep:
    """One step of building the demo database: ``run(store) -> (rows written, detail)``."""

    key: str
    title: str
    run: Callable[[Store], tuple[int, str]]


@dataclass(frozen=True)
class TourStep:
    """One step of the tour: ``run(store) -> TourOutput``."""

    key: str
    title: str
    run: Callable[[Store], TourOutput]


@dataclass
class DemoResult:
    """The outcome of :func:`build_demo`: the database, the step reports and the tour."""

    db_path: Path
    steps: list[StepReport] = field(default_factory=list)
    tour: list[tuple[StepReport, TourOutput | None]] = field(default_factory=list)
    seconds: float = 0.0
    version: str = __version__

    @property
    def failed(self) -> list[StepReport]:
        """Build and tour steps that failed (not merely skipped)."""
        return [s for s in self.steps if s.status == "failed"] + [
            s for s, _ in self.tour if s.status == "failed"
        ]


def _guard(key: str, title: str, fn: Callable[[], Any]) -> tuple[StepReport, Any]:
    """Run ``fn``; turn a missing capability or refused data into *skipped*, other errors into *failed*."""
    t0 = time.perf_counter()
    try:
        value = fn()
    except ImportError as exc:
        return StepReport(
            key, title, "skipped", detail=f"not available yet: {exc}", seconds=time.perf_counter() - t0
        ), None
    except IndupathError as exc:
        return StepReport(
            key, title, "skipped", detail=f"{type(exc).__name__}: {exc}", seconds=time.perf_counter() - t0
        ), None
    except Exception as exc:  # reported as failed, with traceback in the log: never hidden
        log.exception("demo step %s failed", key)
        return StepReport(
            key, title, "failed", detail=f"{type(exc).__name__}: {exc}", seconds=time.perf_counter() - t0
        ), None
    return StepReport(key, title, "ok", seconds=time.perf_counter() - t0), value


# ----------------------------------------------------------------------------- pure converters


def _nan_to_none(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and value != value) or value is pd.NA else value


def _split(value: Any) -> tuple[str, ...]:
    value = _nan_to_none(value)
    return tuple(v for v in str(value).split("|") if v) if value else ()


def region_models(table: pd.DataFrame) -> list[Any]:
    """``indupath.taxonomy.regions_table()`` rows as :class:`~indupath.model.Region` records."""
    from indupath.model import Region

    out = []
    for rec in table.to_dict("records"):
        out.append(
            Region(
                code=str(rec["code"]),
                scheme=str(rec["scheme"]),
                name_zh=_nan_to_none(rec.get("name_zh")),
                name_en=_nan_to_none(rec.get("name_en")),
                level=rec["level"],
                parent=_nan_to_none(rec.get("parent")),
                members=_split(rec.get("members")),
                aliases=_split(rec.get("aliases")),
            )
        )
    return out


def io2007_industries(frame: pd.DataFrame) -> list[Any]:
    """The 42 sectors of the 2007 provincial IO tables (scheme ``IO42-2007``), Chinese names as in the source."""
    from indupath.model import Industry

    sectors = frame[["sector_code", "sector_name"]].drop_duplicates().sort_values("sector_code")
    return [
        Industry(code=c, scheme=IO2007_SCHEME, name_zh=n, level="sector")
        for c, n in zip(sectors["sector_code"], sectors["sector_name"], strict=True)
    ]


def csrc_industries(firms: pd.DataFrame) -> list[Any]:
    """CSRC 2012 divisions named in the listed-firm data (code and Chinese name as baostock writes them)."""
    from indupath.model import Industry

    div = firms.dropna(subset=["csrc_code"])[["csrc_code", "csrc_name"]].drop_duplicates("csrc_code")
    return [
        Industry(code=c, scheme="CSRC-2012", name_zh=n, parent=c[0], level="division")
        for c, n in sorted(zip(div["csrc_code"], div["csrc_name"], strict=True))
    ]


def io2007_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """``cn-io2007-provincial`` as long observations (province x IO42-2007 sector, 2007, 万元)."""
    long = frame.melt(
        id_vars=["province_code", "sector_code"], value_vars=list(IO2007_METRICS), var_name="metric"
    )
    return pd.DataFrame(
        {
            "region_code": long["province_code"].astype(str),
            "industry_code": long["sector_code"].astype(str),
            "scheme": IO2007_SCHEME,
            "year": 2007,
            "metric": long["metric"].astype(str),
            "value": long["value"].astype(float),
            "unit": "万元",
            "source": frame.attrs.get("source", "cn-io2007-provincial"),
        }
    )


def bea_gva_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """``us-bea-gva`` as long observations: state FIPS x BEA-GVA line code x year, current dollars.

    Empty source cells (lines not published for 2018-2019) are left out.
    """
    df = frame.dropna(subset=["value"])
    return pd.DataFrame(
        {
            "region_code": df["state_fips"].astype(str),
            "industry_code": df["line_code"].astype(str),
            "scheme": "BEA-GVA",
            "year": df["year"].astype(int),
            "metric": "gdp",
            "value": df["value"].astype(float),
            "unit": "current dollars",
            "source": frame.attrs.get("source", "us-bea-gva"),
        }
    )


def bea_employment_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """``us-bea-employment`` as long observations: states and the US only (BEA regions left out);
    suppressed cells left out."""
    df = frame[(frame["level"] != "bea_region") & frame["value"].notna()]
    return pd.DataFrame(
        {
            "region_code": df["state_fips"].astype(str),
            "industry_code": df["line_code"].astype(str),
            "scheme": "BEA",
            "year": df["year"].astype(int),
            "metric": "employment",
            "value": df["value"].astype(float),
            "unit": "jobs",
            "source": frame.attrs.get("source", "us-bea-employment"),
        }
    )


def trade_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """``world-trade`` as long observations: ISO3 x SITC2 4-digit; the 1998-2000 average stored as year 2000."""
    source = frame.attrs.get("source", "world-trade")
    return pd.DataFrame(
        {
            "region_code": frame["iso3"].astype(str),
            "industry_code": frame["product"].astype(str),
            "scheme": "SITC2",
            "year": 2000,
            "metric": "exports",
            "value": frame["value"].astype(float),
            "unit": "USD",
            "source": f"{source}; average of 1998-2000 at 2000 prices, stored as year 2000",
        }
    )


def listed_firm_observations(firms: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Listed firms by province x CSRC 2012 division x year: ``firm_entries`` (new listings in the year)
    and ``firms_active`` (firms of the current list listed by the end of the year), via the store's
    Ibis panel builder. Firms delisted before 2026 are not in the list, so early-year stocks are
    those of today's survivors."""
    from indupath.store.engines import connect, from_pandas
    from indupath.store.panels import build_panel, listed_firm_records

    source = firms.attrs.get("source", "cn-listed-firms")
    records = listed_firm_records(firms.dropna(subset=["province_code", "csrc_code"]))
    backend = connect("duckdb")
    backend.raw_sql("SET enable_progress_bar = false")
    table = from_pandas(backend, records, "listed_firm_records")
    result = build_panel(table, scheme="CSRC-2012", region_level="province", source=source)
    return result.observations, f"{result.report.bad_records} firm records left out"


def keep_known(
    obs: pd.DataFrame, regions: set[str], industries: dict[str, set[str]]
) -> tuple[pd.DataFrame, dict[str, int]]:
    """Keep observations whose region is known and whose industry is known for its scheme
    (schemes absent from ``industries`` are not checked); return them and the counts left out."""
    reg_ok = obs["region_code"].isin(regions) if regions else pd.Series(True, index=obs.index)
    ind_ok = pd.Series(True, index=obs.index)
    for scheme, codes in industries.items():
        in_scheme = obs["scheme"] == scheme
        ind_ok &= ~in_scheme | obs["industry_code"].isin(codes)
    dropped = {"unknown_region": int((~reg_ok).sum()), "unknown_industry": int((reg_ok & ~ind_ok).sum())}
    return obs[reg_ok & ind_ok].reset_index(drop=True), dropped


# ----------------------------------------------------------------------------- build steps


def _insert(store: Store, obs: pd.DataFrame, dataset: str) -> tuple[int, str]:
    from indupath.datasets import dataset_info

    info = dataset_info(dataset)
    industries = store.known_industries(set(obs["scheme"].unique()))
    empty = obs["value"].isna()
    kept, dropped = keep_known(obs[~empty], store.known_regions(), industries)
    dropped["empty_value"] = int(empty.sum())
    result = store.insert_observations(kept, source=info.source, user="demo")
    store.record_dataset(dataset, __version__, info.source, user="demo")
    left_out = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in dropped.items() if v)
    return int(result["rows"]), f"{dataset}" + (f" ({left_out} left out)" if left_out else "")


def _step_regions(store: Store) -> tuple[int, str]:
    from indupath.taxonomy import regions_table

    table = regions_table()
    dup = table.duplicated(["scheme", "code"])
    table = table[~dup]
    n = store.insert_regions(region_models(table), user="demo", source="indupath.taxonomy")
    counts = table.groupby("scheme").size().to_dict()
    detail = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    if dup.any():
        detail += f" ({int(dup.sum())} duplicate scheme+code rows in the taxonomy left out)"
    return n, detail


def _step_industries(store: Store) -> tuple[int, str]:
    from indupath.datasets import load_dataset

    n = 0
    parts: list[str] = []
    try:
        from indupath.taxonomy import industries_table  # type: ignore[attr-defined]
    except ImportError:
        parts.append("taxonomy industries not available yet")
    else:
        table = industries_table()
        dup = table.duplicated(["scheme", "code"])
        models = [_industry_model(rec) for rec in table[~dup].to_dict("records")]
        n += store.insert_industries(models, user="demo", source="indupath.taxonomy")
        parts.append(f"taxonomy: {len(models)}")
        if dup.any():
            parts.append(f"{int(dup.sum())} duplicate scheme+code rows in the taxonomy left out")
    loaded = store.known_industries()
    own = [] if IO2007_SCHEME in loaded else io2007_industries(load_dataset("cn-io2007-provincial"))
    if "CSRC-2012" not in loaded:
        own += csrc_industries(load_dataset("cn-listed-firms"))
    try:
        from indupath.advise.embedded import HIGHTECH_INDUSTRY, HIGHTECH_SCHEME
    except ImportError:
        pass
    else:
        from indupath.model import Industry

        own.append(
            Industry(
                code=HIGHTECH_INDUSTRY,
                scheme=HIGHTECH_SCHEME,
                name_zh="高技术产业（制造业）",
                name_en="high-technology manufacturing",
                level="aggregate",
            )
        )
    n += store.insert_industries(own, user="demo", source="indupath.datasets")
    parts.append(f"from the datasets: {len(own)} ({', '.join(sorted({i.scheme for i in own}))})")
    return n, "; ".join(parts)


def _step_concordances(store: Store) -> tuple[int, str]:
    from indupath.taxonomy import concordances_table

    table = concordances_table()
    key = ["from_scheme", "from_code", "to_scheme", "to_code"]
    dup = table.duplicated(key)
    n = store.insert_concordance(table[~dup], user="demo", source="indupath.taxonomy")
    pairs = sorted({f"{a}->{b}" for a, b in zip(table["from_scheme"], table["to_scheme"], strict=True)})
    detail = ", ".join(pairs)
    if dup.any():
        detail += f" ({int(dup.sum())} duplicate rows in the taxonomy left out)"
    return n, detail


def _industry_model(rec: dict[Any, Any]) -> Any:
    from indupath.model import Industry

    return Industry(
        code=str(rec["code"]),
        scheme=str(rec["scheme"]),
        name_zh=_nan_to_none(rec.get("name_zh")),
        name_en=_nan_to_none(rec.get("name_en")),
        parent=_nan_to_none(rec.get("parent")),
        level=_nan_to_none(rec.get("level")),
        aliases=_split(rec.get("aliases")),
    )


def _step_listed_firms(store: Store) -> tuple[int, str]:
    from indupath.datasets import load_dataset

    obs, note = listed_firm_observations(load_dataset("cn-listed-firms"))
    rows, detail = _insert(store, obs, "cn-listed-firms")
    return rows, f"{detail}; {note}"


def _step_io2007(store: Store) -> tuple[int, str]:
    from indupath.datasets import load_dataset

    return _insert(store, io2007_observations(load_dataset("cn-io2007-provincial")), "cn-io2007-provincial")


def _step_hightech(store: Store) -> tuple[int, str]:
    from indupath.advise.embedded import hightech_observations
    from indupath.datasets import load_dataset

    rows = 0
    details = []
    for name in ("cn-hightech-operation", "cn-hightech-rd"):
        obs = hightech_observations(load_dataset(name))
        n, d = _insert(store, obs, name)
        rows += n
        details.append(d)
    return rows, "; ".join(details)


def _step_bea(store: Store) -> tuple[int, str]:
    from indupath.datasets import load_dataset

    n1, d1 = _insert(store, bea_gva_observations(load_dataset("us-bea-gva")), "us-bea-gva")
    n2, d2 = _insert(
        store, bea_employment_observations(load_dataset("us-bea-employment")), "us-bea-employment"
    )
    return n1 + n2, f"{d1}; {d2}"


def _step_trade(store: Store) -> tuple[int, str]:
    from indupath.datasets import load_dataset

    return _insert(store, trade_observations(load_dataset("world-trade")), "world-trade")


def _step_documents(store: Store) -> tuple[int, str]:
    import datetime as dt

    from indupath.datasets import example_documents, example_gold
    from indupath.extract import extract  # type: ignore[attr-defined]

    saved = []
    for name, text in example_documents():
        gold = example_gold(name)
        date = dt.date.fromisoformat(gold["date"]) if gold.get("date") else None
        roadmap = extract(text, language=gold.get("language"), date=date)
        document = roadmap.document.model_copy(
            update={"id": f"example:{name}", "name": name, "kind": "example"}
        )
        doc_id = store.save_roadmap(roadmap.model_copy(update={"document": document}), user="demo")
        saved.append(f"{doc_id}: {len(roadmap.priorities)} priorities, {len(roadmap.targets)} targets")
    return len(saved), "; ".join(saved)


#: Steps that build the demo database, in order. Append to add one.
BUILD_STEPS: list[BuildStep] = [
    BuildStep("regions", "Regions (GB/T 2260, FIPS, ISO3, zones)", _step_regions),
    BuildStep("industries", "Industries (taxonomy and dataset schemes)", _step_industries),
    BuildStep("concordances", "Industry concordances (taxonomy)", _step_concordances),
    BuildStep("listed-firms", "Listed firms by province x CSRC division x year", _step_listed_firms),
    BuildStep("io2007", "Provincial input-output 2007 (30 provinces x 42 sectors)", _step_io2007),
    BuildStep("hightech", "High-tech manufacturing by province (NBS)", _step_hightech),
    BuildStep("bea", "US GDP and employment by state and industry (BEA)", _step_bea),
    BuildStep("trade", "World exports by country and SITC2 product", _step_trade),
    BuildStep("documents", "Example roadmaps through the extractor", _step_documents),
]


# ----------------------------------------------------------------------------- tour steps


def _tour_loaded(store: Store) -> TourOutput:
    from indupath.datasets import list_datasets

    counts = store.table_counts()
    table = pd.DataFrame({"table": list(counts), "rows": list(counts.values())})
    table = table[table["rows"] > 0].reset_index(drop=True)
    loaded = store.datasets_loaded()
    names = list(loaded["name"]) if len(loaded) else []
    lines = (
        f"{len(names)} datasets loaded: {', '.join(names)}",
        f"{len(list_datasets())} embedded datasets in all (indupath datasets lists them with source and licence)",
    )
    return TourOutput("What is loaded", lines, table)


def _tour_anhui_roadmap(store: Store) -> TourOutput:
    roadmaps = store.roadmaps(region_code=ANHUI)
    if not roadmaps:
        return TourOutput("Anhui's roadmap (安徽省)", ("no stored roadmap mentions Anhui (340000)",))
    rows = []
    for rm in roadmaps:
        for p in rm.priorities:
            if p.region_code == ANHUI:
                rows.append({"document": rm.document.name, "industry": p.industry, "tier": p.tier})
    table = pd.DataFrame(rows)
    targets = [t for rm in roadmaps for t in rm.targets if t.region_code == ANHUI]
    lines = [f"{len(rows)} priority industries for Anhui in {len(roadmaps)} document(s)"]
    lines += [f"target: {t.metric} {t.comparator} {t.value:g} {t.unit} by {t.year}" for t in targets]
    return TourOutput("Anhui's roadmap (安徽省)", tuple(lines), table)


def _top_lq(
    store: Store, metric: str, scheme: str, year: int | None, n: int = 5, min_value: float = 0.0
) -> pd.DataFrame:
    """Anhui's ``n`` highest location quotients in one year, among cells with at least ``min_value``."""
    from indupath.analysis import location_quotient

    panel = store.panel(metric, scheme, region_level="province")
    if year is None:
        year = int(panel["year"].max())
    panel = panel[panel["year"] == year]
    lq = location_quotient(panel)
    mine = lq[(lq["region"] == ANHUI) & (lq["value"] >= min_value)]
    top = mine.sort_values("lq", ascending=False).head(n)
    names = {i.code: (i.name_zh or i.name_en) for i in store.industries(scheme)}
    return pd.DataFrame(
        {
            "code": top["industry"].to_numpy(),
            "industry": [names.get(c, c) for c in top["industry"]],
            "value": top["value"].to_numpy(),
            "LQ": top["lq"].round(2).to_numpy(),
            "year": year,
        }
    )


def _tour_anhui_lq(store: Store) -> TourOutput:
    table = _top_lq(store, "gross_output", IO2007_SCHEME, 2007)
    table["value"] = (table["value"] / 1e8).round(1)
    table = table.rename(columns={"value": "output (亿元)"})
    return TourOutput(
        "Anhui's top location quotients (gross output, 2007 provincial IO tables)",
        (
            "LQ = (sector's share of Anhui's output) / (its share of the 30 provinces' output); > 1: specialised",
        ),
        table,
    )


def _tour_anhui_firms(store: Store) -> TourOutput:
    table = _top_lq(store, "firms_active", "CSRC-2012", 2025, min_value=5)
    table["value"] = table["value"].astype(int)
    table = table.rename(columns={"value": "firms"})
    return TourOutput(
        "Anhui's most over-represented CSRC divisions among listed firms (end of 2025)",
        (
            "LQ of the number of listed firms by province and CSRC 2012 division (divisions with >= 5 Anhui firms)",
        ),
        table,
    )


def _tour_anhui_hightech(store: Store) -> TourOutput:
    obs = store.observations(metric="hightech_revenue", region_codes=[ANHUI])
    obs = obs.sort_values("year")
    lines = tuple(
        f"{int(y)}: {v / 1e8:,.0f} 亿元 (100 million yuan)"
        for y, v in zip(obs["year"], obs["value"], strict=True)
    )
    return TourOutput("Anhui's high-tech manufacturing revenue (NBS)", lines)


def _io2007_panel_and_names(store: Store) -> tuple[pd.DataFrame, dict[str, str]]:
    panel = store.panel("gross_output", IO2007_SCHEME, region_level="province")
    names = {i.code: (i.name_zh or i.name_en or i.code) for i in store.industries(IO2007_SCHEME)}
    return panel, names


def _tour_opportunities(store: Store) -> TourOutput:
    from indupath.advise.opportunities import opportunities

    panel, names = _io2007_panel_and_names(store)
    result = opportunities(panel, ANHUI, scheme="io42_2007", names=names, source="cn-io2007-provincial")
    cols = [
        c
        for c in ("rank", "industry", "name", "rca", "density_pct", "score", "quadrant")
        if c in result.table
    ]
    return TourOutput(
        "Opportunities for Anhui (sectors not yet specialised in, gross output 2007)",
        ("ranked by relatedness density and attractiveness; indupath advise opportunities for more",),
        result.table[cols].head(5).round(2),
    )


def _tour_audit(store: Store) -> TourOutput:
    from indupath.advise.audit import audit

    roadmaps = store.roadmaps(region_code=ANHUI)
    priorities = [(p.industry, p.tier) for rm in roadmaps for p in rm.priorities if p.region_code == ANHUI]
    if not priorities:
        return TourOutput("Audit of Anhui's priorities", ("no stored priorities for Anhui to audit",))
    panel, names = _io2007_panel_and_names(store)
    result = audit(panel, ANHUI, priorities, scheme="io42_2007", names=names, source="cn-io2007-provincial")
    cols = [c for c in ("priority", "tier", "sectors", "lq", "density_pct", "verdict") if c in result.table]
    return TourOutput(
        "Audit of Anhui's declared priorities against its 2007 production structure",
        (),
        result.table[cols].round(2),
    )


def _tour_dashboard(store: Store) -> TourOutput:
    import importlib.util

    if importlib.util.find_spec("indupath.api.app") is None:
        raise ImportError("indupath.api.app (the web app) is not installed")
    return TourOutput(
        "Dashboard",
        (
            f"indupath serve --db {store.path}" if getattr(store, "path", None) else "indupath serve",
            "then open http://127.0.0.1:8000/ in a browser (the JSON API's documentation is at /docs)",
        ),
    )


#: Steps of the tour, in order. Append to add one; a missing capability is reported, not fatal.
TOUR_STEPS: list[TourStep] = [
    TourStep("loaded", "What is loaded", _tour_loaded),
    TourStep("anhui-roadmap", "Anhui's example roadmap", _tour_anhui_roadmap),
    TourStep("anhui-lq", "Anhui's top location quotients", _tour_anhui_lq),
    TourStep("anhui-firms", "Anhui's listed firms", _tour_anhui_firms),
    TourStep("anhui-hightech", "Anhui's high-tech manufacturing", _tour_anhui_hightech),
    TourStep("opportunities", "Opportunities for Anhui", _tour_opportunities),
    TourStep("audit", "Audit of Anhui's priorities", _tour_audit),
    TourStep("dashboard", "Dashboard", _tour_dashboard),
]


# ----------------------------------------------------------------------------- driver


def _open_store(path: Path) -> Store:
    from indupath.store import Store

    store = Store.open(path)
    # DuckDB draws its own progress bar on long queries; the caller shows progress instead.
    store.con.execute("SET enable_progress_bar = false")
    return store


def prepare_path(db_path: Path, *, fresh: bool) -> None:
    """Remove an existing database file (and its WAL) when ``fresh``."""
    if fresh:
        for p in (db_path, db_path.with_name(db_path.name + ".wal")):
            if p.exists():
                p.unlink()
    db_path.parent.mkdir(parents=True, exist_ok=True)


def build_demo(
    db_path: str | Path,
    *,
    fresh: bool = True,
    on_step_start: Callable[[BuildStep | TourStep], None] | None = None,
    on_step_done: Callable[[StepReport], None] | None = None,
    tour: bool = True,
) -> DemoResult:
    """Build the demo database at ``db_path`` and run the tour; return every step's report.

    ``fresh`` deletes an existing file first; with ``fresh=False`` the data are
    upserted into the existing database. The callbacks let a caller (the CLI)
    show progress; this function prints nothing.
    """
    path = Path(db_path)
    prepare_path(path, fresh=fresh)
    result = DemoResult(db_path=path)
    t0 = time.perf_counter()
    store = _open_store(path)
    try:
        for step in BUILD_STEPS:
            if on_step_start:
                on_step_start(step)
            report, value = _guard(step.key, step.title, functools.partial(step.run, store))
            if value is not None:
                rows, detail = value
                report = StepReport(
                    step.key, step.title, "ok", rows=rows, detail=detail, seconds=report.seconds
                )
            result.steps.append(report)
            if on_step_done:
                on_step_done(report)
        if tour:
            for tstep in TOUR_STEPS:
                if on_step_start:
                    on_step_start(tstep)
                report, out = _guard(tstep.key, tstep.title, functools.partial(tstep.run, store))
                result.tour.append((report, out))
                if on_step_done:
                    on_step_done(report)
    finally:
        store.close()
    result.seconds = time.perf_counter() - t0
    return result


__all__ = [
    "BUILD_STEPS",
    "TOUR_STEPS",
    "BuildStep",
    "DemoResult",
    "StepReport",
    "TourOutput",
    "TourStep",
    "bea_employment_observations",
    "bea_gva_observations",
    "build_demo",
    "io2007_observations",
    "keep_known",
    "listed_firm_observations",
    "trade_observations",
]
